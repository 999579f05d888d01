"""Hatchling build hook: a wheel built for installing gets the pipeline compiled with mypyc.

The modules listed as `modules` in `[tool.hatch.build.targets.wheel.hooks.custom]`
(pyproject.toml) are compiled to C extension modules and put in the wheel beside their
.py files, which Python then no longer imports (an extension module wins over a source
file of the same name). The output stays the same; only the speed differs.

The wheel stays pure Python:
- for an editable install (`pip install -e .`), so that the tests and a developer run
  the .py files as they are edited, never an extension module built from an older state
  (nothing is ever compiled into the source tree);
- when CLAIMCHECK_PURE_PYTHON is set to anything but "" or "0";
- when compiling fails (no C compiler, no Python headers, an error of mypyc): the build
  prints one warning line and goes on without the extension modules.

The compiler runs in a temporary folder, in a subprocess, so that a failure there (or
a crash of mypyc) cannot take the build with it, and mypy's cache and the generated C
stay out of the source tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PURE_PYTHON_VARIABLE = "CLAIMCHECK_PURE_PYTHON"

# Run by the build's interpreter, in the build environment, which holds the
# `compile-requires`. argv: build folder, mypy config file, then the module files.
_COMPILE = """
import sys
from setuptools import Distribution
from mypyc.build import mypycify

build_lib, config_file, *modules = sys.argv[1:]
extensions = mypycify([f"--config-file={config_file}", *modules], target_dir="generated")
distribution = Distribution({"name": "claimcheck", "ext_modules": extensions})
command = distribution.get_command_obj("build_ext")
command.build_lib = build_lib
command.build_temp = "objects"
distribution.run_command("build_ext")
"""


def pure_python_forced() -> bool:
    return os.environ.get(PURE_PYTHON_VARIABLE, "") not in ("", "0")


class MypycBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """What compiling needs in the build environment; nothing where it is forced off.

        hatchling asks for them before it says whether the wheel is editable, so an
        editable install gets them too, unused (`pip install -e .` needs them at hand).
        """
        if pure_python_forced():
            return []
        return [str(requirement) for requirement in self.config.get("compile-requires", [])]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._folder: Path | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if pure_python_forced():
            self.app.display_info(f"claimcheck: {PURE_PYTHON_VARIABLE} is set: pure Python wheel")
            return
        modules = [str(Path(self.root, module)) for module in self.config.get("modules", [])]
        try:
            self._folder = Path(tempfile.mkdtemp(prefix="claimcheck-mypyc-"))
        except OSError as error:  # a read-only or missing TMPDIR
            self._fall_back(f"no temporary folder to compile in: {error}")
            return
        build_lib = self._folder / "lib"
        started = time.monotonic()
        try:
            result = subprocess.run(
                [sys.executable, "-c", _COMPILE, str(build_lib), self._config_file(), *modules],
                cwd=self._folder,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                errors="replace",
            )
        except OSError as error:
            self._fall_back(str(error))
            return
        if result.returncode != 0:
            self._fall_back(_first_error(result.stdout))
            return
        built = sorted(path for path in build_lib.rglob("*") if path.is_file())
        if not built:
            self._fall_back("mypyc built no extension module")
            return
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(build_lib).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(
            f"claimcheck: compiled {len(modules)} modules with mypyc "
            f"in {time.monotonic() - started:.0f} s"
        )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        self._remove_folder()

    def _remove_folder(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def _config_file(self) -> str:
        # mypyc type-checks what it compiles with the project's own mypy settings
        return str(Path(self.root, "pyproject.toml"))

    def _fall_back(self, reason: str) -> None:
        # nothing of a failed compile is needed: removed now, not in finalize, which a
        # build that fails later never reaches
        self._remove_folder()
        self.app.display_warning(
            f"claimcheck: compiling with mypyc failed ({reason}); "
            f"the wheel is pure Python (same output, slower)"
        )


def _first_error(output: str) -> str:
    """The line of a compiler's output that says what went wrong, else its last line.

    The first line with "error:" is the cause ("fatal error: Python.h: …", a type
    error of mypy); the later ones are consequences ("error: command 'gcc' failed",
    "Found 1 error in 1 file").
    """
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for line in lines:
        if "error:" in line.lower():
            return line
    return lines[-1] if lines else "no output"
