"""The build hook (hatch_build.py) falls back to a pure-Python wheel, with one warning
line, wherever compiling cannot run; it never fails the build nor writes into the
source tree. hatchling is a build dependency only, so its base class is stood in for
here; the compiler itself is never run (tools/check_compiled_build.py builds for real).
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


class _App:
    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def display_warning(self, message: str) -> None:
        self.warnings.append(message)

    def display_info(self, message: str) -> None:
        self.infos.append(message)


@pytest.fixture()
def hook_module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    interface = types.ModuleType("hatchling.builders.hooks.plugin.interface")
    interface.BuildHookInterface = object  # type: ignore[attr-defined]
    for name in ("hatchling", "hatchling.builders", "hatchling.builders.hooks"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "hatchling.builders.hooks.plugin", types.ModuleType("p"))
    monkeypatch.setitem(sys.modules, interface.__name__, interface)
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.delenv(module.PURE_PYTHON_VARIABLE, raising=False)
    return module


def _hook(module: types.ModuleType, modules: list[str]) -> Any:
    hook = module.MypycBuildHook()
    hook.target_name = "wheel"
    hook.root = str(ROOT)
    hook.config = {"modules": modules}
    hook.app = _App()
    return hook


def _tree() -> set[Path]:
    """The files of the checkout, but for the venv, git's and the tools' caches and the
    byte code Python writes on import, which may change while the tests run."""
    return {
        p
        for p in ROOT.rglob("*")
        if not any(
            part.startswith(".") or part == "__pycache__" for part in p.parts[len(ROOT.parts) :]
        )
    }


def test_a_temporary_folder_that_cannot_be_made_gives_a_pure_wheel(
    hook_module: types.ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(hook_module.tempfile, "tempdir", str(tmp_path / "missing"))
    hook = _hook(hook_module, ["claimcheck/_needles.py"])
    build_data: dict[str, Any] = {"force_include": {}}
    hook.initialize("standard", build_data)
    hook.finalize("standard", build_data, "wheel.whl")
    assert build_data == {"force_include": {}}
    (warning,) = hook.app.warnings
    assert "\n" not in warning and "pure Python" in warning and "temporary folder" in warning


def test_a_failed_compile_gives_a_pure_wheel_with_the_line_that_says_why(
    hook_module: types.ModuleType, tmp_path: Path
) -> None:
    before = _tree()
    # a module file that does not exist: mypyc stops at once, before any compiler runs
    hook = _hook(hook_module, [str(tmp_path / "nowhere.py")])
    build_data: dict[str, Any] = {"force_include": {}}
    hook.initialize("standard", build_data)
    folder = hook._folder
    hook.finalize("standard", build_data, "wheel.whl")
    assert build_data == {"force_include": {}}
    (warning,) = hook.app.warnings
    assert "\n" not in warning and "nowhere.py" in warning, warning
    assert folder is None or not folder.exists()
    assert _tree() == before


def test_an_editable_or_a_forced_pure_build_compiles_nothing(
    hook_module: types.ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = _hook(hook_module, ["claimcheck/_needles.py"])
    build_data: dict[str, Any] = {"force_include": {}}
    hook.initialize("editable", build_data)
    assert build_data == {"force_include": {}} and not hook.app.warnings
    monkeypatch.setenv(hook_module.PURE_PYTHON_VARIABLE, "1")
    assert hook.dependencies() == []
    hook.initialize("standard", build_data)
    assert build_data == {"force_include": {}} and not hook.app.warnings
    assert hook_module.PURE_PYTHON_VARIABLE in hook.app.infos[0]


def test_the_line_of_a_compiler_output_that_names_the_error(
    hook_module: types.ModuleType,
) -> None:
    first_error = hook_module._first_error
    gcc = (
        "building 'x' extension\n"
        "x.c:1:10: fatal error: Python.h: No such file or directory\n"
        "compilation terminated.\n"
        "error: command '/usr/bin/gcc' failed with exit code 1\n"
    )
    assert first_error(gcc) == "x.c:1:10: fatal error: Python.h: No such file or directory"
    mypy = "a.py:3: error: Name 'y' is not defined  [name-defined]\nFound 1 error in 1 file\n"
    assert first_error(mypy) == "a.py:3: error: Name 'y' is not defined  [name-defined]"
    assert first_error("one\ntwo\n") == "two"
    assert first_error("") == "no output"
