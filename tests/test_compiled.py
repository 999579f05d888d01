"""Telling compiled modules from Python source (claimcheck/_compiled.py).

The wheel built for installing compiles the pipeline with mypyc (hatch_build.py); that
build is checked by tools/check_compiled_build.py, which .ci/run runs. Here: the tests
themselves run the Python source, and the check tells an extension module from a .py
file without loading either.
"""

from __future__ import annotations

import importlib.machinery
from pathlib import Path

import pytest

from claimcheck._compiled import compiled_modules, describe_build


def test_the_tests_run_the_python_source() -> None:
    # an editable install: an extension module here would run instead of the edited .py
    assert compiled_modules() == []
    assert describe_build() == "pure Python"


def test_a_module_with_an_extension_module_beside_its_source_counts_as_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "fakepipeline"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "plain.py").write_text("", encoding="utf-8")
    (package / "fast.py").write_text("", encoding="utf-8")
    # never loaded: the check reads where the module would come from, not its code
    (package / f"fast{importlib.machinery.EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert compiled_modules("fakepipeline") == ["fakepipeline.fast"]
