"""The layering the project promises: the engine imports neither the store nor the UI."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint_imports is None:
        pytest.fail("lint-imports is not installed: install the 'test' extra")
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_analysing_an_article_loads_no_database_or_ui_library() -> None:
    code = (
        "import sys, claimcheck\n"
        "claimcheck.analyze_text('Die Lage sei ernst, sagte Müller.', language='de')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'duckdb')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
