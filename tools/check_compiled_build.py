"""Check the wheel that `pip install .` builds: compiled with mypyc, and the same output.

    python tools/check_compiled_build.py

Run by .ci/run after the tests, with the interpreter of the editable (pure Python)
install. It builds the wheel as pip builds it for `pip install .` and prints how long
that took, checks that it holds an extension module for each module that
pyproject.toml lists for hatch_build.py to compile, installs it into a temporary venv,
and compares `claimcheck extract --format jsonl --all` on sample_articles/ between the
compiled install and the Python source, byte for byte, and that the compiled articles
survive pickle and deepcopy. Then it checks that
CLAIMCHECK_PURE_PYTHON=1 builds a pure-Python wheel. Exits 1 on the first check that
fails, with one line that says which.
"""

from __future__ import annotations

import importlib.machinery
import os
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    try:
        return _check()
    except subprocess.CalledProcessError as error:
        # its output is shown above; one line says which step failed
        return _fail(f"{' '.join(map(str, error.cmd[:4]))} … exited with {error.returncode}")


def _check() -> int:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    modules = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["modules"]
    articles = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sample_articles").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="claimcheck-check-") as folder:
        work = Path(folder)
        started = time.monotonic()
        wheel = _build_wheel(work / "compiled", {})
        print(f"compiled wheel built in {time.monotonic() - started:.0f} s: {wheel.name}")
        with zipfile.ZipFile(wheel) as archive:
            names = archive.namelist()
        if wheel.name.endswith("-none-any.whl"):
            return _fail(f"{wheel.name} is pure Python: compiling failed (pip wheel -v says why)")
        missing = [m for m in modules if not _has_extension_module(names, m)]
        if missing:
            return _fail(f"the wheel holds no extension module for {', '.join(missing)}")

        venv = work / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        _quiet([str(venv / "bin" / "pip"), "install", "-q", str(wheel)])
        compiled_claimcheck = str(venv / "bin" / "claimcheck")
        version = _run([compiled_claimcheck, "--version"])
        expected = f"compiled with mypyc ({len(modules)} modules)"
        if expected not in version:
            return _fail(f"the installed wheel says {version.strip()!r}, not {expected!r}")

        extract = ["extract", "--format", "jsonl", "--all", *articles]
        # the console script of the temporary venv imports its installed (compiled) package;
        # `python -m` from the project's root imports the source
        compiled_output = _run([compiled_claimcheck, *extract])
        pure_output = _run([sys.executable, "-m", "claimcheck", *extract])
        if compiled_output != pure_output or not pure_output:
            return _fail("compiled and pure Python give different output on sample_articles/")
        print(f"compiled and pure Python agree on {len(articles)} sample articles")
        # articles cross process boundaries (`add --jobs`) and get copied: the compiled
        # objects must come back equal (mypyc-compiled frozen dataclasses once did not)
        round_trip = (
            "import copy, pickle, sys, claimcheck\n"
            "for path in sys.argv[1:]:\n"
            "    a = claimcheck.analyze(path)\n"
            "    assert pickle.loads(pickle.dumps(a)) == a and copy.deepcopy(a) == a, path\n"
        )
        absolute = [str(ROOT / article) for article in articles]
        # run outside the checkout, whose claimcheck/ would shadow the installed package
        _run([str(venv / "bin" / "python"), "-c", round_trip, *absolute], cwd=work)
        print("compiled articles survive pickle and deepcopy")

        pure_wheel = _build_wheel(work / "pure", {"CLAIMCHECK_PURE_PYTHON": "1"})
        if not pure_wheel.name.endswith("-py3-none-any.whl"):
            return _fail(f"CLAIMCHECK_PURE_PYTHON=1 built {pure_wheel.name}, not a pure wheel")
        print(f"CLAIMCHECK_PURE_PYTHON=1 builds {pure_wheel.name}")
    return 0


def _build_wheel(directory: Path, environment: dict[str, str]) -> Path:
    _quiet(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(directory), str(ROOT)],
        {**os.environ, **environment},
    )
    (wheel,) = directory.glob("claimcheck-*.whl")  # pip wheel --no-deps writes exactly one
    return wheel


def _has_extension_module(names: list[str], module: str) -> bool:
    stem = module.removesuffix(".py")
    return any(f"{stem}{suffix}" in names for suffix in importlib.machinery.EXTENSION_SUFFIXES)


def _quiet(command: list[str], environment: dict[str, str] | None = None) -> None:
    """Run pip with its output shown only if it fails."""
    result = subprocess.run(
        command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    if result.returncode != 0:
        print(result.stdout, file=sys.stderr)
        raise subprocess.CalledProcessError(result.returncode, command)


def _run(command: list[str], cwd: Path = ROOT) -> str:
    return subprocess.run(
        command, cwd=cwd, check=True, stdout=subprocess.PIPE, text=True, encoding="utf-8"
    ).stdout


def _fail(message: str) -> int:
    print(f"check_compiled_build: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
