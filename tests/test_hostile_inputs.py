"""Inputs and outputs a hostile (or unlucky) user gives every command: named pipes,
devices, NUL bytes, UTF-16 without a byte order mark, stray bytes in UTF-8, SQL that
would write files, negative limits. Each is one line naming the input, no hang, no
traceback, and nothing half written or replaced."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from test_store_support import claimcheck_command, cli_env, english, new_store

import claimcheck
import claimcheck._ingest
from claimcheck._errors import InputError
from claimcheck._files import FileProblem, atomic_output, read_regular_file
from claimcheck._ingest import decode_text, read_file, read_input
from claimcheck._output import OutputConsole
from claimcheck.cli import main
from claimcheck.store import Store

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")

ARTICLE = "The minister said that taxes would fall by 5 percent next year.\n"


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLAIMCHECK_DB", "CLAIMCHECK_REVIEWER", "CLAIMCHECK_LOCK_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.duckdb"
    new_store(path).add_articles([claimcheck.analyze_text(english(1), name="en.txt")])
    return path


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def finishes(call: Callable[[], Any], seconds: float = 20.0) -> Any:
    """call() in a thread, failing the test (instead of hanging it) if it blocks; its
    result is returned and its exception raised here."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed to the test's thread
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


# --- reading: named pipes, devices, directories --------------------------------------------


@needs_fifo
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(fifo: Path) -> None:
    with pytest.raises(FileProblem) as info:
        finishes(lambda: read_regular_file(fifo))
    assert info.value.kind == "a named pipe"
    assert "standard input" in info.value.reason


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_that_never_ends_is_refused() -> None:
    with pytest.raises(InputError) as info:
        finishes(lambda: read_file("/dev/zero"))
    assert str(info.value) == "/dev/zero: is a device, not a file"


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(FileProblem) as info:
        read_regular_file(path, limit=4000)
    assert info.value.reason == "too large (5 kB; the limit is 4 kB)"


def test_a_symlink_loop_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(InputError) as info:
        read_file(str(tmp_path / "a"))
    assert info.value.reason.startswith("cannot be read: ")
    assert "\n" not in str(info.value)


@needs_fifo
@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (("extract", "{pipe}"), "{pipe}: is a named pipe, not a file"),
        (("add", "--db", "{db}", "{pipe}"), "{pipe}: is a named pipe, not a file"),
        (("sources", "--db", "{db}", "import", "{pipe}"), "{pipe}: is a named pipe, not a CSV"),
        (("articles", "--db", "{pipe}"), "{pipe}: is a named pipe, not a database file"),
        (("add", "--db", "{pipe}", "{article}"), "{pipe}: is a named pipe, not a database file"),
        (("merge", "--db", "{db}", "{pipe}"), "{pipe}: is a named pipe, not a database file"),
    ],
)
def test_every_command_refuses_a_named_pipe_in_one_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    db: Path,
    fifo: Path,
    command: tuple[str, ...],
    expected: str,
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    names = {"pipe": str(fifo), "db": str(db), "article": str(article)}
    status, _, err = finishes(lambda: run(capsys, *(c.format(**names) for c in command)))
    assert status == 1
    assert err.startswith("claimcheck: " + expected.format(**names))
    assert "Traceback" not in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)


# --- decoding -------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"\x00" * 4000, b"\x00", b"abc\x00def ghi jkl"])
def test_nul_bytes_are_binary_not_text(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_text(data, "nul.txt")
    assert str(info.value) == "nul.txt: binary file, not text"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_ascii_utf16_without_a_byte_order_mark(encoding: str) -> None:
    # every byte of ASCII text in UTF-16 is valid UTF-8 too; the NULs give it away
    text = "The council said the bridge would open in May.\n"
    assert decode_text(text.encode(encoding), "u16.txt") == text


def test_utf8_with_a_few_stray_bytes_stays_utf8() -> None:
    data = "Die Brücke über den Fluss wird größer, sagte sie. ".encode() + b"Caf\xe9."
    assert decode_text(data, "mixed.txt") == (
        "Die Brücke über den Fluss wird größer, sagte sie. Caf\ufffd."
    )


def test_windows_1252_is_not_taken_for_broken_utf8() -> None:
    data = "Die Straße ist über fünf Meter breit, sagte der Bürgermeister.".encode("cp1252")
    assert decode_text(data, "cp.txt") == (
        "Die Straße ist über fünf Meter breit, sagte der Bürgermeister."
    )


def test_a_binary_csv_of_ratings_is_named_as_binary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    csv_file = tmp_path / "ratings.csv"
    csv_file.write_bytes(b"domain,rating\n\x00\x01\x02\xff" * 10)
    status, _, err = run(capsys, "sources", "--db", str(db), "import", str(csv_file))
    assert (status, err) == (1, f"claimcheck: {csv_file}: binary file, not text\n")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_a_ratings_csv_is_decoded_like_an_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path, encoding: str
) -> None:
    csv_file = tmp_path / "ratings.csv"
    csv_file.write_bytes("domain,rating,note\nbeispiel.de,4,Straße\n".encode(encoding))
    status, _, err = run(capsys, "sources", "--db", str(db), "import", str(csv_file))
    assert status == 0, err
    status, out, _ = run(capsys, "sources", "--db", str(db), "--search", "beispiel", "-f", "jsonl")
    assert '"note": "Straße"' in out


# --- writing: devices and FIFOs are written in place, files atomically ---------------------


@needs_fifo
@pytest.mark.parametrize(
    "command",
    [
        ("export", "--what", "articles", "--to", "csv"),
        ("export", "--what", "articles", "--to", "jsonl"),
        ("export", "--to", "claimreview", "--review-url", "https://example.org/{sentence_id}"),
        ("report", "--all", "--format", "md"),
    ],
)
def test_an_output_that_is_a_pipe_is_written_into_not_replaced(
    capsys: pytest.CaptureFixture[str], db: Path, fifo: Path, command: tuple[str, ...]
) -> None:
    # renaming a temporary file over it would replace the pipe (or /dev/null) by a file
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    status, _, err = finishes(lambda: run(capsys, *command, "--db", str(db), "-o", str(fifo)))
    reader.join(20)
    assert status == 0, err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received and received[0].strip()
    assert not [p for p in fifo.parent.iterdir() if p.name.endswith(".part")]


def test_an_atomic_output_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "out.csv"
    with atomic_output(target) as part:
        part.write_text("a\n", encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_an_atomic_output_that_fails_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as part:
        part.write_text("half", encoding="utf-8")
        raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_export_file_is_not_private(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path
) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    out = tmp_path / "articles.csv"
    status, _, err = run(capsys, "export", "--what", "articles", "--db", str(db), "-o", str(out))
    assert status == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


# --- sql and options --------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", "   ", " ; ", "-- only a comment"])
def test_sql_without_a_statement_is_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, query: str
) -> None:
    status, _, err = run(capsys, "sql", "--db", str(db), query)
    assert (status, err) == (1, "claimcheck: sql: no SQL statement given\n")


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    yield folder
    assert list(folder.iterdir()) == [], "a read-only query wrote a file"


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("COPY (SELECT * FROM articles) TO '{folder}/leak.csv'", "COPY"),
        ("SELECT 1; COPY articles TO '{folder}/leak.csv'", "COPY"),
        ("ATTACH '{folder}/new.duckdb' AS other", "ATTACH"),
        ("EXPORT DATABASE '{folder}/dump'", "EXPORT"),
        ("SET threads = 1", "SET"),
        ("DETACH claimcheck", "DETACH"),
    ],
)
def test_sql_without_write_writes_no_file_and_leaves_the_session_alone(
    capsys: pytest.CaptureFixture[str], db: Path, elsewhere: Path, query: str, kind: str
) -> None:
    status, _, err = run(capsys, "sql", "--db", str(db), query.format(folder=elsewhere))
    assert (status, err) == (
        1,
        f"claimcheck: sql: {kind} statements change more than a query may; add --write\n",
    )
    status, out, _ = run(
        capsys, "sql", "--db", str(db), "-f", "csv", "SELECT count(*) FROM articles"
    )
    assert (status, out.splitlines()[1:]) == (0, ["1"])


def test_sql_with_write_may_copy_to_a_file(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "articles.csv"
    status, _, err = run(capsys, "sql", "--db", str(db), "--write", f"COPY articles TO '{out}'")
    assert status == 0, err
    assert out.read_text(encoding="utf-8").startswith("article_id,")


@pytest.mark.parametrize("command", ["articles", "sources"])
@pytest.mark.parametrize("value", ["-1", "x"])
def test_a_bad_limit_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], db: Path, command: str, value: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--db", str(db), "--limit", value])
    assert info.value.code == 2
    assert "argument --limit" in capsys.readouterr().err


# --- a reader that goes away -----------------------------------------------------------------


def test_the_output_console_reports_a_closed_pipe_to_the_caller() -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    # rich's own console would exit with status 1 here
    with pytest.raises(BrokenPipeError):
        OutputConsole(file=ClosedPipe()).print("x" * 100)


def _read_one_line_and_go_away(*args: str) -> tuple[int, bytes]:
    with subprocess.Popen(
        claimcheck_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env()
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        error = process.stderr.read()
        return process.wait(timeout=120), error


def test_a_terminal_report_cut_short_by_head_is_not_an_error(tmp_path: Path) -> None:
    # the report is printed piece by piece: a later piece meets the closed pipe, and
    # rich's console ended the process with status 1
    db = tmp_path / "db.duckdb"
    long_article = claimcheck.analyze_text(english(1) * 300, name="long.txt")
    new_store(db).add_articles([long_article])
    assert _read_one_line_and_go_away("report", "--db", str(db), "long.txt") == (0, b"")


@pytest.mark.parametrize("fmt", ["table", "markdown", "jsonl"])
def test_extract_cut_short_by_head_is_not_an_error(tmp_path: Path, fmt: str) -> None:
    article = tmp_path / "long.txt"
    article.write_text(english(1) * 300, encoding="utf-8")  # far more than a pipe holds
    assert _read_one_line_and_go_away("extract", "--all", "-f", fmt, str(article)) == (0, b"")


def test_standard_input_is_held_to_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # `claimcheck extract - < /dev/zero` read until memory ran out
    monkeypatch.setattr(claimcheck._ingest, "MAX_TEXT_BYTES", 1000)
    with pytest.raises(InputError) as info:
        read_input("-", stdin=io.BytesIO(b"\x00" * 5000))
    assert str(info.value) == "-: too large (more than 1 kB)"


# --- paths the file system refuses ------------------------------------------------------------

LONG = "x" * 300  # longer than a file name may be (255 bytes on the usual file systems)


@pytest.mark.parametrize(
    "command",
    [
        ("extract", "{long}.txt"),
        ("add", "--db", "{long}.duckdb", "{article}"),
        ("articles", "--db", "{long}.duckdb"),
        ("export", "--db", "{db}", "-o", "{long}.csv"),
        ("report", "--db", "{db}", "--all", "-f", "md", "-o", "{long}.md"),
        ("sources", "--db", "{db}", "import", "{long}.csv"),
        ("merge", "--db", "{db}", "{long}.duckdb"),
        ("review", "--db", "{db}", "{long}.txt"),
    ],
)
def test_a_name_too_long_is_one_line_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path, command: tuple[str, ...]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    names = {"long": str(tmp_path / LONG), "db": str(db), "article": str(article)}
    status, _, err = run(capsys, *(c.format(**names) for c in command))
    assert status == 1
    assert err.startswith(f"claimcheck: {tmp_path / LONG}.")
    assert err.endswith("the name is too long for the file system\n")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "command",
    [
        ("add", "--db", "{file}/db.duckdb", "{file}"),
        ("export", "--db", "{db}", "-o", "{file}/out.csv"),
    ],
)
def test_a_file_used_as_a_folder_is_one_line_without_temporary_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: Path, command: tuple[str, ...]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    names = {"file": str(article), "db": str(db)}
    status, _, err = run(capsys, *(c.format(**names) for c in command))
    target = command[-1] if command[0] == "export" else command[2]
    assert (status, err) == (
        1,
        f"claimcheck: {target.format(**names)}: a part of the path is a file, not a folder\n",
    )


# --- search text is text ----------------------------------------------------------------------


def test_a_search_for_percent_or_underscore_is_not_a_wildcard(tmp_path: Path) -> None:
    store = new_store(tmp_path / "db.duckdb")
    store.add_articles(
        [
            claimcheck.analyze_text(english(1), name="plain.txt"),
            claimcheck.analyze_text(english(2), name="100%_sure.txt"),
        ]
    )
    assert [a.input for a in store.list_articles(search="%")] == ["100%_sure.txt"]
    assert [a.input for a in store.list_articles(search="_")] == ["100%_sure.txt"]
    assert [a.input for a in store.list_articles(search="PLAIN")] == ["plain.txt"]
    assert store.list_sources(search="%") == []


# --- a damaged database -----------------------------------------------------------------------


@pytest.fixture
def cut_off(tmp_path: Path) -> Path:
    """A database cut off halfway, as a copy that was interrupted leaves it."""
    whole = tmp_path / "whole.duckdb"
    new_store(whole).add_articles(
        [claimcheck.analyze_text(english(n), name=f"en{n}.txt") for n in range(1, 4)]
    )
    data = whole.read_bytes()
    path = tmp_path / "cut.duckdb"
    path.write_bytes(data[: len(data) // 2])
    return path


DAMAGED = "is damaged: the file is shorter than the database in it"


@pytest.mark.parametrize("command", [("articles",), ("add", "-"), ("export",)])
def test_a_cut_off_database_is_called_damaged_and_left_alone(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cut_off: Path,
    command: tuple[str, ...],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    before = cut_off.read_bytes()
    status, _, err = run(capsys, *command, "--db", str(cut_off))
    assert status == 1
    assert err.startswith(f"claimcheck: {cut_off}: {DAMAGED}")
    assert err.count("\n") == 1
    assert cut_off.read_bytes() == before


def test_merging_a_cut_off_database_names_it_not_ours(
    capsys: pytest.CaptureFixture[str], db: Path, cut_off: Path
) -> None:
    status, _, err = run(capsys, "merge", "--db", str(db), str(cut_off))
    assert status == 1
    assert err.startswith(f"claimcheck: {cut_off}: {DAMAGED}")
    assert [a.input for a in Store.open(db).list_articles()] == ["en.txt"]


@pytest.mark.parametrize("existing", [False, True], ids=["new database", "stored database"])
def test_a_write_ahead_log_that_is_a_directory_is_named(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    existing: bool,
) -> None:
    path = tmp_path / "store.duckdb"
    if existing:
        new_store(path).add_articles([claimcheck.analyze_text(english(1), name="en1.txt")])
    wal = tmp_path / "store.duckdb.wal"
    wal.mkdir()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    before = path.read_bytes() if existing else None
    status, _, err = run(capsys, "add", "-", "--db", str(path))
    assert status == 1
    assert err == (
        f"claimcheck: {path}: its write-ahead log store.duckdb.wal is a directory; "
        "move it away and run the command again\n"
    )
    assert wal.is_dir()
    assert (path.read_bytes() if existing else None) == before
    assert existing or not path.exists()


# --- an extraction process that dies ----------------------------------------------------------


def test_a_killed_extraction_process_ends_the_run_with_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    from claimcheck.store import _collect

    class DyingPool:
        """A pool whose second worker result never comes: the OOM killer took it."""

        def __init__(self, **_: object) -> None:
            pass

        def map(self, function: Callable[[str], Any], names: list[str], **_: object) -> Any:
            yield function(names[0])
            raise BrokenProcessPool("A process in the process pool was terminated abruptly")

        def shutdown(self, **_: object) -> None:
            pass

    monkeypatch.setattr(_collect, "ProcessPoolExecutor", DyingPool)
    names = [str(tmp_path / f"{n}.txt") for n in range(_collect.PARALLEL_MIN)]
    for name in names:
        Path(name).write_text(ARTICLE, encoding="utf-8")
    outcomes = _collect.extract_all(names, known=frozenset(), jobs=2)
    assert next(outcomes).prepared is not None
    with pytest.raises(_collect.ExtractionAborted) as info:
        next(outcomes)
    assert info.value.left == names[1:]
    assert str(info.value).startswith(
        f"add: an extraction process was killed (out of memory?); {len(names) - 1} inputs "
        f"were not added, from {names[1]} on"
    )


def test_add_keeps_what_was_extracted_before_an_extraction_process_died(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from claimcheck.store import _collect

    real = _collect.extract_all

    def dies_after_one(inputs: list[str], **options: Any) -> Iterator[_collect.Outcome]:
        outcomes = real(inputs[:1], **options)
        yield from outcomes
        raise _collect.ExtractionAborted(inputs[1:])

    monkeypatch.setattr(_collect, "extract_all", dies_after_one)
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(english(2), encoding="utf-8")
    db = tmp_path / "db.duckdb"
    status, _, err = run(capsys, "add", "--db", str(db), str(first), str(second))
    assert status == 1
    assert err.splitlines()[0].startswith("claimcheck: add: an extraction process was killed")
    assert "added 1 article" in err.splitlines()[1] and "1 failed" in err.splitlines()[1]
    assert [a.input for a in Store.open(db).list_articles()] == [str(first)]


def test_an_engine_bug_on_one_article_fails_only_that_input_in_extract(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import claimcheck._pipeline

    real = claimcheck._pipeline.analyze_document

    def breaks_on_odd(document: Any, **options: Any) -> Any:
        if "odd" in document.input:
            raise IndexError("list index out of range\nsecond line")
        return real(document, **options)

    monkeypatch.setattr(claimcheck._pipeline, "analyze_document", breaks_on_odd)
    odd, fine = tmp_path / "odd.txt", tmp_path / "fine.txt"
    odd.write_text(ARTICLE, encoding="utf-8")
    fine.write_text(ARTICLE, encoding="utf-8")
    status, out, err = run(capsys, "extract", "-f", "jsonl", str(odd), str(fine))
    assert status == 1
    assert err == (
        f"claimcheck: {odd}: could not be analysed (IndexError: list index out of range)\n"
    )
    assert f'"input": "{fine}"' in out


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_sql_not_a_number_is_an_empty_cell_not_the_word_none(
    capsys: pytest.CaptureFixture[str], db: Path, fmt: str
) -> None:
    query = "SELECT 'nan'::DOUBLE AS n, 'inf'::DOUBLE AS i, NULL AS z, 1.5 AS x"
    status, out, _ = run(capsys, "sql", "--db", str(db), "-f", fmt, query)
    assert status == 0
    assert "None" not in out
    assert out.splitlines()[-1] in (",,,1.5", "|  |  |  | 1.5 |")


# --- an empty name is not the current folder ----------------------------------------------------


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (("extract", ""), "'': is an empty name, not a file, folder or URL"),
        (("add", "--db", "{db}", ""), "'': is an empty name, not a file, folder or URL"),
        (("review", "--db", "{db}", ""), "'': no such file, URL or stored article"),
        (("claims", "--db", "{db}", ""), "'': names no article"),
        (("report", "--db", "{db}", " "), "'': names no article"),
        (("sources", "--db", "{db}", "merge", "", "x"), "'': names no source"),
    ],
)
def test_an_empty_name_reads_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: tuple[str, ...],
    expected: str,
) -> None:
    # Path("") is the current folder: `add ""` added every article file under it
    db = tmp_path / "db.duckdb"
    new_store(db)
    folder = tmp_path / "here"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(folder)
    status, _, err = run(capsys, *(c.format(db=db) for c in command))
    assert status == 1
    assert err.startswith(f"claimcheck: {expected}")
    assert Store.open(db).list_articles() == []


# --- an output never replaces a database --------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("export", "--what", "articles"),
        ("export", "--to", "csv"),
        ("export", "--to", "parquet"),
        ("export", "--to", "claimreview", "--review-url", "https://example.org/{sentence_id}"),
        ("report", "--all", "-f", "md"),
        ("report", "--summary", "-f", "html"),
    ],
)
@pytest.mark.parametrize("target", ["itself", "its log", "another database"])
def test_an_output_never_replaces_a_database(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    db: Path,
    command: tuple[str, ...],
    target: str,
) -> None:
    # `export -o claimcheck.duckdb` replaced the database with the export
    other = tmp_path / "other.duckdb"
    new_store(other)
    log = db.with_name(db.name + ".wal")
    log.write_bytes(b"what DuckDB left of a transaction")
    path = {"itself": db, "its log": log, "another database": other}[target]
    before = {p: p.read_bytes() for p in (db, log, other)}
    status, _, err = run(capsys, *command, "--db", str(db), "-o", str(path))
    assert (status, err) == (
        1,
        f"claimcheck: {path}: is a database (or its log or journal); "
        "an export or report never replaces one\n",
    )
    assert {p: p.read_bytes() for p in (db, log, other)} == before
