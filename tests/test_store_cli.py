"""The store's commands: articles, claims, sql; one shared --format; one-line errors."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pytest
from test_store_support import assert_state_matches_log, english, german, new_store

import claimcheck
from claimcheck.cli import build_parser, main
from claimcheck.store import Store


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "CLAIMCHECK_DB",
        "CLAIMCHECK_REVIEWER",
        "CLAIMCHECK_LOCK_TIMEOUT",
        "FORCE_COLOR",
        "TTY_COMPATIBLE",
        "TTY_INTERACTIVE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.duckdb"
    store = new_store(path)
    store.add_articles(
        [
            claimcheck.analyze_text(german(1), name="de.txt"),
            claimcheck.analyze_text(english(2), name="en.txt"),
        ]
    )
    claim = store.claims_for("de.txt")[0]
    store.record_annotation(claim.sentence_id, verdict="refuted", note="Zahl falsch")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_every_store_command_shares_the_format_option_with_csv_added() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    extract = commands.choices["extract"]
    extract_format = next(a for a in extract._actions if a.dest == "format")
    assert tuple(extract_format.choices or ()) == ("table", "jsonl", "json", "markdown")
    for name in ("articles", "claims", "sql", "sources", "agreement"):
        action = next(a for a in commands.choices[name]._actions if a.dest == "format")
        assert action.option_strings == ["--format", "-f"]
        assert set(action.choices or ()) == {"table", "csv", "json", "jsonl", "markdown"}
        assert action.default == "table"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table", "markdown"])
def test_articles_in_every_format(capsys: pytest.CaptureFixture[str], db: Path, fmt: str) -> None:
    status, out, err = run(capsys, "articles", "--db", str(db), "--format", fmt)
    assert status == 0 and err == ""
    if fmt == "json":
        rows = json.loads(out)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
    else:
        assert "de.txt" in out and "en.txt" in out and "Harbor Wire" in out
        return
    assert sorted(r["input"] for r in rows) == ["de.txt", "en.txt"]
    de = next(r for r in rows if r["input"] == "de.txt")
    assert str(de["annotated"]) == "1" and de["outlet"] == "Stadtanzeiger"


def test_claims_of_an_article(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, out, _ = run(capsys, "claims", "de.txt", "--db", str(db), "-f", "jsonl")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    article = claimcheck.analyze_text(german(1), name="de.txt")
    assert [r["text"] for r in rows] == [s.text for s in article.claims]
    assert rows[0]["verdicts"] == ["anna: refuted"]
    assert {"sentence_id", "start", "end", "attribution", "speaker", "claim_score"} <= set(rows[0])
    status, out, _ = run(
        capsys, "claims", rows[0]["article_id"][:8], "--all", "--db", str(db), "-f", "csv"
    )
    assert len(list(csv.DictReader(io.StringIO(out)))) == len(article.sentences)
    status, out, _ = run(capsys, "claims", "de.txt", "--db", str(db))
    assert "anna: refuted" in out and "Lindenau" in out
    status, _, err = run(capsys, "claims", "nothing.txt", "--db", str(db))
    assert status == 1
    assert err == "claimcheck: nothing.txt: no such article (see `claimcheck articles`)\n"


def test_sql_reads_and_prints_in_the_chosen_format(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, out, _ = run(
        capsys,
        "sql",
        "--db",
        str(db),
        "-f",
        "json",
        "SELECT reviewer, verdict, note, annotated_at FROM annotations_v",
    )
    assert status == 0
    [row] = json.loads(out)
    assert (row["reviewer"], row["verdict"], row["note"]) == ("anna", "refuted", "Zahl falsch")
    assert row["annotated_at"][:4].isdigit() and "T" in row["annotated_at"]
    status, out, _ = run(
        capsys,
        "sql",
        "--db",
        str(db),
        "-f",
        "csv",
        "SELECT 1 AS a, NULL AS b, [1, 2] AS c, true AS d, 'x,y' AS e",
    )
    assert out.splitlines() == ["a,b,c,d,e", '1,,"[1, 2]",true,"x,y"']


def test_sql_is_read_only_unless_write(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, out, err = run(capsys, "sql", "--db", str(db), "DELETE FROM annotations")
    assert status == 1 and out == ""
    assert err == ("claimcheck: sql: the database is opened read-only; add --write to change it\n")
    assert Store.open(db).info().annotations == 1
    # with --write, all statements run in one transaction: a failure undoes them all
    status, _, err = run(
        capsys,
        "sql",
        "--db",
        str(db),
        "--write",
        "DELETE FROM annotations; SELECT * FROM no_such_table",
    )
    assert status == 1 and err.startswith("claimcheck: sql: Catalog Error")
    assert len(err.splitlines()) == 1
    assert Store.open(db).info().annotations == 1
    status, _, _ = run(
        capsys, "sql", "--db", str(db), "--write", "CREATE TABLE my_notes AS SELECT 1 AS x"
    )
    assert status == 0
    assert Store.open(db).query("SELECT x FROM my_notes").rows == [(1,)]
    # a change to the log with --write is followed by the current state
    status, _, _ = run(
        capsys, "sql", "--db", str(db), "--write", "UPDATE annotations SET verdict = 'supported'"
    )
    assert status == 0
    assert Store.open(db).current_annotations()[0].verdict == "supported"
    assert_state_matches_log(Store.open(db))


def test_sql_errors_are_one_line(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, _, err = run(capsys, "sql", "--db", str(db), "SELEC nonsense")
    assert status == 1 and err.startswith("claimcheck: sql: Parser Error: syntax error")
    assert len(err.splitlines()) == 1


def test_the_database_option_beats_the_environment(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_DB", str(db))
    status, out, _ = run(capsys, "sql", "-f", "csv", "SELECT count(*) AS n FROM articles")
    assert (status, out) == (0, "n\n2\n")
    status, _, err = run(capsys, "articles", "--db", str(tmp_path / "none.duckdb"))
    assert status == 1
    assert "no claimcheck database here yet" in err
    assert not (tmp_path / "none.duckdb").exists()
