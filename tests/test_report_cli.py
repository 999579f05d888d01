"""`claimcheck report`: options, output files (atomic, safe names), one-line errors."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_report_support import (
    HARBOR,
    SAMPLES,
    hostile_records,
    new_store,
    report_parser,
    run_report,
    sample_store,
    single_line_error,
)

import claimcheck.report._write as write_module
from claimcheck.report._cli import FORMATS


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "CLAIMCHECK_DB",
        "CLAIMCHECK_REVIEWER",
        "CLAIMCHECK_LOCK_TIMEOUT",
        "FORCE_COLOR",
        "TTY_COMPATIBLE",
        "TTY_INTERACTIVE",
        "NO_COLOR",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "120")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("cli") / "db.duckdb"
    store = sample_store(path)
    store.add_articles([hostile_records()])
    claim = store.claims_for(HARBOR)[0]
    store.record_annotation(claim.sentence_id, verdict="refuted", note="wrong year")
    yield path


def test_the_command_and_its_options() -> None:
    parser = report_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    report = commands.choices["report"]
    options = {o for a in report._actions for o in a.option_strings}
    assert {
        "--all",
        "--outlet",
        "--since",
        "--until",
        "--summary",
        "--top",
        "--format",
        "-f",
        "-o",
        "--output",
        "--db",
    } <= options
    fmt = next(a for a in report._actions if a.dest == "format")
    assert fmt.default == "terminal"
    assert set(FORMATS) <= set(fmt.choices or ())
    assert FORMATS == ("terminal", "md", "html", "json")
    # registering does not import the store or the renderers' heavy parts
    code = (
        "import sys, argparse\n"
        "from claimcheck.report._cli import register_report_command\n"
        "p = argparse.ArgumentParser(); c = p.add_subparsers()\n"
        "register_report_command(c, lambda q: q.add_argument('--format', '-f'))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('duckdb', 'textual')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("fmt", ["terminal", "table", "md", "markdown", "html", "json"])
def test_one_article_to_standard_output(
    capsys: pytest.CaptureFixture[str], db: Path, fmt: str
) -> None:
    status, out, err = run_report(capsys, HARBOR, "--db", str(db), "-f", fmt)
    assert status == 0, err
    assert err == ""
    assert "Springfield to replace 9,000 lead pipes" in out
    assert "wrong year" in out
    if fmt == "json":
        assert json.loads(out)["articles"][0]["article"]["outlet"] == "Harbor Wire"
    if fmt == "html":
        assert out.startswith("<!DOCTYPE html>")
    if fmt in ("terminal", "table"):
        assert "\x1b[" not in out  # not a terminal: no colour


def test_article_by_id_prefix_and_several_articles(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    from claimcheck.store import Store

    article = Store.open(db).get_article(HARBOR)
    status, out, _ = run_report(
        capsys, article.article_id[:8], "hostile.txt", "--db", str(db), "-f", "json"
    )
    assert status == 0
    data = json.loads(out)
    assert [a["article"]["input"] for a in data["articles"]] == [HARBOR, "hostile.txt"]


def test_all_and_filters(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, out, _ = run_report(capsys, "--all", "--db", str(db), "-f", "json")
    assert status == 0 and len(json.loads(out)["articles"]) == len(SAMPLES) + 1
    status, out, _ = run_report(capsys, "--outlet", "COAST HERALD", "--db", str(db), "-f", "json")
    assert [a["article"]["input"] for a in json.loads(out)["articles"]] == ["hostile.txt"]
    status, out, _ = run_report(
        capsys, "--since", "2025-03-04", "--until", "2025-03-04", "--db", str(db), "-f", "json"
    )
    assert [a["article"]["input"] for a in json.loads(out)["articles"]] == ["hostile.txt"]


def test_summary(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, out, err = run_report(capsys, "--summary", "--db", str(db), "-f", "json")
    assert status == 0, err
    data = json.loads(out)
    assert data["articles"] == len(SAMPLES) + 1
    assert data["review"]["verdicts"] == {"refuted": 1}
    status, out, _ = run_report(capsys, "--summary", "--outlet", "Harbor Wire", "--db", str(db))
    assert status == 0 and "Claims summary: 1 article" in out and "outlet Harbor Wire" in out


def test_output_file_is_written_whole(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    status, out, err = run_report(capsys, HARBOR, "--db", str(db), "-f", "html", "-o", str(target))
    assert status == 0 and out == ""
    assert "wrote 1 report" in err
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]  # no temp file left
    # several articles into one file
    status, _, _ = run_report(
        capsys, HARBOR, "hostile.txt", "--db", str(db), "-f", "md", "-o", str(tmp_path / "both.md")
    )
    text = (tmp_path / "both.md").read_text(encoding="utf-8")
    assert status == 0 and text.count("## Claims report:") == 2


def test_output_folder_gets_one_safely_named_file_per_article(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    status, _, err = run_report(
        capsys, "--all", "--db", str(db), "-f", "html", "-o", f"{folder}{os.sep}"
    )
    assert status == 0, err
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == len(SAMPLES) + 1
    for name in names:
        assert name.endswith(".html")
        stem = name.removesuffix(".html")
        assert stem and all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in stem), name
    assert any(n.startswith("springfield-to-replace-9-000-lead-pipes") for n in names)
    assert any(n.startswith("council-script-alert-title-script-votes") for n in names)
    # a new name without extension is a folder when there are several articles
    status, _, _ = run_report(
        capsys, "--all", "--db", str(db), "-f", "json", "-o", str(tmp_path / "json-reports")
    )
    assert status == 0 and len(list((tmp_path / "json-reports").glob("*.json"))) == len(names)
    status, _, _ = run_report(capsys, "--summary", "--db", str(db), "-f", "md", "-o", str(folder))
    assert status == 0 and (folder / "summary.md").exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    target.write_text("the old report", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write_module.os, "replace", broken_replace)
    status, _, err = run_report(capsys, HARBOR, "--db", str(db), "-f", "md", "-o", str(target))
    assert status == 1
    line = single_line_error(err)
    assert str(target) in line and "no space left on device" in line
    assert target.read_text(encoding="utf-8") == "the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_an_interrupted_write_leaves_no_temporary_file(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(write_module.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_module.write_atomically(tmp_path / "r.md", "text")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["no-such-article.txt"], "no-such-article.txt: no such article"),
        (["--outlet", "Nobody Times"], "no stored article matches: outlet Nobody Times"),
    ],
)
def test_bad_input_is_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, args: list[str], expected: str
) -> None:
    status, out, err = run_report(capsys, *args, "--db", str(db))
    assert status == 1 and out == ""
    assert expected in single_line_error(err)


def test_unwritable_output_is_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    for target in (
        blocker / "report.html",
        tmp_path / "missing" / "report.html",
        f"{blocker}{os.sep}",
    ):
        status, out, err = run_report(
            capsys, HARBOR, "--db", str(db), "-f", "html", "-o", str(target)
        )
        assert status == 1 and out == "", target
        single_line_error(err)


def test_empty_and_missing_databases(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.duckdb"
    new_store(empty)
    status, _, err = run_report(capsys, "--all", "--db", str(empty))
    assert status == 1 and "no articles stored yet" in single_line_error(err)
    status, _, err = run_report(capsys, "--summary", "--db", str(empty))
    assert status == 1 and "no articles stored yet" in single_line_error(err)
    status, _, err = run_report(capsys, "--all", "--db", str(tmp_path / "nothing.duckdb"))
    assert status == 1 and "no claimcheck database here yet" in single_line_error(err)
    assert not (tmp_path / "nothing.duckdb").exists()
    not_a_db = tmp_path / "notes.duckdb"
    not_a_db.write_text("hello", encoding="utf-8")
    status, _, err = run_report(capsys, "--all", "--db", str(not_a_db))
    assert status == 1
    single_line_error(err)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--all", "some.txt"],
        ["--since", "2025-02-01", "--until", "2025-01-01"],
        ["--since", "yesterday"],
        ["--all", "--top", "-1"],
        ["--all", "--format", "pdf"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], db: Path, args: list[str]) -> None:
    status, out, err = run_report(capsys, *args, "--db", str(db))
    assert status == 2 and out == ""
    assert "Traceback" not in err and err.strip()


def test_the_command_runs_as_a_program(db: Path) -> None:
    """End to end in a subprocess: no traceback, and the report never loads textual."""
    code = (
        "import sys\n"
        "sys.path.insert(0, 'tests')\n"
        "from test_report_support import report_parser\n"
        "args = report_parser().parse_args(sys.argv[1:])\n"
        "status = args.handler(args)\n"
        "assert 'textual' not in sys.modules, 'the report imported textual'\n"
        "sys.exit(status)\n"
    )
    root = Path(__file__).resolve().parent.parent
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMCHECK_")}
    result = subprocess.run(
        [sys.executable, "-c", code, "report", "--all", "--db", str(db), "-f", "html"],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count('<article class="report"') == len(SAMPLES) + 1
    result = subprocess.run(
        [sys.executable, "-c", code, "report", "nope.txt", "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
    )
    assert result.returncode == 1
    single_line_error(result.stderr)


def test_the_report_package_never_imports_textual() -> None:
    """Statically as well: no module of claimcheck.report names textual (the review UI's
    library), so the report runs where the UI is not installed."""
    import ast

    package = Path(__file__).resolve().parent.parent / "claimcheck" / "report"
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] != "textual", f"{path.name} imports {name}"
                assert "tui" not in name.split("."), f"{path.name} imports {name}"
