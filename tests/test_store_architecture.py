"""The store's place in claimcheck: the only module that talks to DuckDB, never imported
by the engine, never importing the UI toolkit."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from test_store_support import ROOT, cli_env

import claimcheck._cli_store as cli_store
from claimcheck.store import SOURCE_KINDS
from claimcheck.store._export import EXPORT_FORMATS, EXPORTS
from claimcheck.store._store import DEFAULT_BATCH

PACKAGE = ROOT / "claimcheck"


def imports_of(path: Path) -> set[str]:
    """Every module a file imports, relative imports made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = parts[: len(parts) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def test_only_the_store_imports_duckdb() -> None:
    for path in PACKAGE.rglob("*.py"):
        uses_duckdb = any(name.split(".")[0] == "duckdb" for name in imports_of(path))
        inside = path.relative_to(PACKAGE).parts[0] == "store"
        assert not uses_duckdb or inside, path


def test_the_engine_never_imports_the_store() -> None:
    for path in PACKAGE.glob("_*.py"):
        if path.name == "_cli_store.py":
            continue
        assert not any(name.startswith("claimcheck.store") for name in imports_of(path)), path


def test_the_store_never_imports_the_ui_toolkit() -> None:
    for path in (PACKAGE / "store").rglob("*.py"):
        assert not any(name.split(".")[0] == "textual" for name in imports_of(path)), path


def test_extract_does_not_load_duckdb() -> None:
    code = (
        "import sys; from claimcheck.cli import build_parser; build_parser(); "
        "print('duckdb' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(), check=True
    )
    assert done.stdout.strip() == "False"


def test_the_command_line_offers_what_the_store_has() -> None:
    assert set(cli_store.EXPORT_TABLES) == set(EXPORTS)
    assert set(cli_store.EXPORT_FORMATS) == {*EXPORT_FORMATS, "claimreview"}
    assert set(cli_store.SOURCE_KINDS) == set(SOURCE_KINDS)
    assert cli_store.DEFAULT_BATCH == DEFAULT_BATCH
