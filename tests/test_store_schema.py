"""The store's file: where it is, its schema version, migrations, and files it refuses."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import platformdirs
import pytest
from test_store_support import ROOT, new_store, records

from claimcheck.cli import main
from claimcheck.store import (
    DOCUMENTED_VIEWS,
    MigrationError,
    NewerSchemaError,
    NotAStoreError,
    Store,
    _schema,
    latest_version,
    resolve_db_path,
    resolve_reviewer,
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLAIMCHECK_DB", "CLAIMCHECK_REVIEWER", "CLAIMCHECK_LOCK_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)


def one_line_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    status = main(list(args))
    captured = capsys.readouterr()
    assert status == 1
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("claimcheck: ")
    assert "Traceback" not in captured.err
    return lines[0]


def test_database_path_comes_from_option_then_environment_then_user_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    default = Path(platformdirs.user_data_dir("claimcheck", appauthor=False))
    assert resolve_db_path() == default / "claimcheck.duckdb"
    monkeypatch.setenv("CLAIMCHECK_DB", str(tmp_path / "env.duckdb"))
    assert resolve_db_path() == tmp_path / "env.duckdb"
    assert resolve_db_path(tmp_path / "opt.duckdb") == tmp_path / "opt.duckdb"


def test_reviewer_comes_from_option_then_environment_then_login(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "login-name")
    assert resolve_reviewer() == "login-name"
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "  Bea   Muster ")
    assert resolve_reviewer() == "Bea Muster"
    assert resolve_reviewer("carl") == "carl"


def test_a_new_database_has_the_current_schema_and_the_documented_views(tmp_path: Path) -> None:
    store = new_store(tmp_path / "new.duckdb")
    info = store.info()
    assert info.schema_version == latest_version()
    assert info.articles == info.annotations == 0
    names = {
        r[0] for r in store.query("SELECT view_name FROM duckdb_views() WHERE NOT internal").rows
    }
    assert set(DOCUMENTED_VIEWS) <= names


def test_open_without_create_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no claimcheck database here yet"):
        Store.open(tmp_path / "missing.duckdb", create=False)
    assert not (tmp_path / "missing.duckdb").exists()


def _with_next(monkeypatch: pytest.MonkeyPatch, *statements: str) -> int:
    """Pretend a claimcheck with one more migration; returns its schema version."""
    version = latest_version() + 1
    step = _schema.Migration(version, "test: a note on every article", statements)
    monkeypatch.setattr(_schema, "MIGRATIONS", (*_schema.MIGRATIONS, step))
    return version


def _one_article(store: Store) -> str:
    text = "Die Stadt baut 40 Kilometer Radwege. Das kostet 12 Millionen Euro."
    store.add_articles(
        [
            records(
                text,
                [
                    ("Die Stadt baut 40 Kilometer Radwege.", None),
                    ("Das kostet 12 Millionen Euro.", None),
                ],
            )
        ]
    )
    sentence = store.claims_for(store.list_articles()[0].article_id)[0]
    store.record_annotation(sentence.sentence_id, verdict="supported")
    return sentence.sentence_id


def test_an_older_database_is_upgraded_keeping_its_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.duckdb"
    sentence_id = _one_article(new_store(path))
    version = _with_next(
        monkeypatch,
        "ALTER TABLE articles ADD COLUMN note VARCHAR",
        "UPDATE articles SET note = 'migrated'",
    )
    store = new_store(path)
    assert store.info().schema_version == version
    assert store.query("SELECT note FROM articles").rows == [("migrated",)]
    assert [a.verdict for a in store.current_annotations(sentence_id)] == ["supported"]
    assert store.query("SELECT count(*) FROM claims_v").rows[0][0] == 2


def test_a_failed_upgrade_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.duckdb"
    _one_article(new_store(path))
    current = latest_version()
    with monkeypatch.context() as patch:
        _with_next(
            patch, "ALTER TABLE articles ADD COLUMN note VARCHAR", "SELECT * FROM no_such_table"
        )
        with pytest.raises(MigrationError) as caught:
            new_store(path)
        message = str(caught.value)
        assert f"could not be upgraded from schema {current} to {current + 1}" in message
        assert "the file is unchanged" in message and "\n" not in message
        line = one_line_error(capsys, "articles", "--db", str(path))
        assert "could not be upgraded" in line
    store = new_store(path)  # the program of the current schema still reads it, unchanged
    assert store.info().schema_version == current
    columns = [r[0] for r in store.query("DESCRIBE articles").rows]
    assert "note" not in columns


def test_a_database_from_a_newer_claimcheck_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "newer.duckdb"
    store = new_store(path)
    newer = latest_version() + 1
    store.query(f"UPDATE meta SET value = '{newer}' WHERE key = 'schema_version'", write=True)
    size = path.stat().st_size
    with pytest.raises(NewerSchemaError):
        Store.open(path)
    expected = (
        f"claimcheck: {path}: was written by a newer claimcheck (schema {newer}; "
        f"this one reads up to {latest_version()})"
    )
    assert one_line_error(capsys, "articles", "--db", str(path)) == expected
    assert one_line_error(capsys, "add", "--db", str(path), "-") == expected
    assert path.stat().st_size == size


@pytest.mark.parametrize(
    "content", [b"just some text, not a database\n" * 20, b""], ids=["text", "empty"]
)
def test_a_file_that_is_not_a_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_bytes(content)
    with pytest.raises(NotAStoreError):
        Store.open(path)
    line = one_line_error(capsys, "sql", "--db", str(path), "SELECT 1")
    assert line.startswith(f"claimcheck: {path}: ")
    assert "not a claimcheck database" in line
    assert path.read_bytes() == content


def test_a_directory_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = one_line_error(capsys, "articles", "--db", str(tmp_path))
    assert line == f"claimcheck: {tmp_path}: is a directory, not a database file"


def test_a_duckdb_database_of_another_program_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.duckdb"
    connection = duckdb.connect(str(path))
    connection.execute("CREATE TABLE measurements (x INTEGER)")
    connection.close()
    with pytest.raises(NotAStoreError, match="a DuckDB database, but not a claimcheck one"):
        Store.open(path)
    one_line_error(capsys, "articles", "--db", str(path))
    connection = duckdb.connect(str(path))
    assert connection.execute("SELECT count(*) FROM duckdb_tables()").fetchone() == (1,)
    connection.close()


def test_every_documented_view_and_example_query_of_docs_sql_md_works(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "sql.md").read_text(encoding="utf-8")
    for view in DOCUMENTED_VIEWS:
        assert f"`{view}`" in doc, view
    store = new_store(tmp_path / "docs.duckdb")
    _one_article(store)
    queries = re.findall(r"```sql\n(.*?)```", doc, flags=re.S)
    assert len(queries) >= 3
    for query in queries:
        store.query(query.replace(":reviewer", "'anna'"))
