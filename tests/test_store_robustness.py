"""Bad situations: a database held by another process, a read-only location, a full disk,
a process killed in the middle of `add`. One clear line, nothing half written, and the
database still opens."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from test_store_support import (
    ROOT,
    assert_state_matches_log,
    claimcheck_command,
    cli_env,
    new_store,
    records,
    write_articles,
)

import claimcheck
from claimcheck.cli import main
from claimcheck.store import DiskFullError, Store, StoreLockedError, _connection, _journal
from claimcheck.store._paths import journal_path

TEXT = "Die Stadt baut 40 Kilometer Radwege. Das kostet 12 Millionen Euro."


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLAIMCHECK_DB", "CLAIMCHECK_REVIEWER", "CLAIMCHECK_LOCK_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = new_store(tmp_path / "db.duckdb")
    store.add_articles(
        [
            records(
                TEXT,
                [
                    ("Die Stadt baut 40 Kilometer Radwege.", None),
                    ("Das kostet 12 Millionen Euro.", None),
                ],
            )
        ]
    )
    return store


def first_sentence(store: Store) -> str:
    return store.claims_for("test.txt")[0].sentence_id


class Holder:
    """Another process that opens the database read-write, as a DuckDB shell would."""

    def __init__(self, db: Path, seconds: float) -> None:
        code = (
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
            "print('locked', flush=True); time.sleep(float(sys.argv[2])); c.close()"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        self.process.terminate()
        self.process.wait()
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def holder(store: Store) -> Iterator[Holder]:
    held = Holder(store.path, 60)
    yield held
    held.release()


def test_a_database_held_by_another_process_is_one_clear_line(
    store: Store,
    holder: Holder,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLAIMCHECK_LOCK_TIMEOUT", "0.3")
    started = time.monotonic()
    assert main(["articles", "--db", str(store.path)]) == 1
    assert time.monotonic() - started >= 0.3  # it waited before giving up
    err = capsys.readouterr().err
    assert err.startswith(f"claimcheck: {store.path}: in use by another program (python")
    assert err.endswith(
        f", process {holder.process.pid}); try again when it has finished "
        "(the review UI only holds it for a moment)\n"
    )
    assert len(err.splitlines()) == 1
    with pytest.raises(StoreLockedError) as caught:
        Store(store.path, lock_timeout_s=0.1).list_articles()
    assert caught.value.pid == holder.process.pid


def test_a_short_hold_is_waited_out(store: Store) -> None:
    sentence = first_sentence(store)
    held = Holder(store.path, 0.7)
    try:
        started = time.monotonic()
        annotation = store.record_annotation(sentence, verdict="supported")
        assert not annotation.pending
        assert time.monotonic() - started > 0.2
    finally:
        held.release()
    assert [a.annotation_id for a in store.current_annotations(sentence)] == [
        annotation.annotation_id
    ]


def test_an_annotation_waits_in_the_journal_while_the_database_stays_busy(store: Store) -> None:
    sentence = first_sentence(store)
    store.record_annotation(sentence, verdict="refuted", note="Zahl falsch")
    busy = Store(store.path, reviewer="anna", lock_timeout_s=0.2)
    busy.current_annotations(sentence)  # what the UI shows before the edit
    held = Holder(store.path, 60)
    try:
        pending = busy.record_annotation(sentence, source_credibility=2)
        assert pending.pending
        assert (pending.verdict, pending.note, pending.source_credibility) == (
            "refuted",
            "Zahl falsch",
            2,
        )
        rating = busy.rate_source("Nobody In Particular", credibility=3)
        assert rating.pending
        assert busy.pending_count() == 2
        with pytest.raises(StoreLockedError):
            busy.undo_last()
    finally:
        held.release()
    current = store.current_annotations(sentence)  # any write, or read, moves them in
    assert [(a.annotation_id, a.pending, a.source_credibility, a.note) for a in current] == [
        (pending.annotation_id, False, 2, "Zahl falsch")
    ]
    assert store.pending_count() == 0
    log = store.query("SELECT origin FROM annotations ORDER BY created_at").rows
    assert log == [("review",), ("journal",)]
    assert_state_matches_log(store)
    # the rating named a source that does not exist: it is kept all the same
    assert store.query("SELECT credibility FROM source_ratings").rows == [(3,)]


def test_a_journal_entry_replayed_twice_is_stored_once(store: Store) -> None:
    sentence = first_sentence(store)
    entry: dict[str, Any] = {
        "type": "annotation",
        "annotation_id": "6f0c3d4e-8a51-4f3e-9a0b-1c2d3e4f5a6b",
        "sentence_id": sentence,
        "article_id": "",
        "reviewer": "anna",
        "created_at": "2025-01-02T03:04:05+00:00",
        "changes": {"verdict": "misleading"},
    }
    _journal.append(store.path, entry)
    _journal.append(store.path, entry)
    with journal_path(store.path).open("a", encoding="utf-8") as handle:
        handle.write('{"type": "annotation", "cut sho')  # a crash in mid-write
    assert store.flush_pending() == 2
    rows = store.query("SELECT verdict, article_id FROM annotations").rows
    assert rows == [("misleading", store.list_articles()[0].article_id)]


def test_a_read_only_location_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = Path("/sys/claimcheck-test.duckdb")
    if not Path("/sys").is_dir() or os.access("/sys", os.W_OK) and not _sys_refuses(target):
        pytest.skip("needs a folder that even this user cannot write (Linux /sys)")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["add", "--db", str(target), str(article)]) == 1
    assert capsys.readouterr().err == (
        f"claimcheck: {target}: cannot write here (permission denied)\n"
    )
    assert not target.exists()


def _sys_refuses(target: Path) -> bool:
    try:
        target.touch()
    except OSError:
        return True
    target.unlink()
    return False


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="file modes do not bind root")
def test_a_read_only_folder_can_still_be_read(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = store.path.parent
    folder.chmod(0o555)
    try:
        assert (
            main(
                ["sql", "--db", str(store.path), "-f", "csv", "SELECT count(*) AS n FROM articles"]
            )
            == 0
        )
        assert capsys.readouterr().out == "n\n1\n"
        assert main(["sql", "--write", "--db", str(store.path), "SELECT 1"]) == 1
        assert "cannot write here (permission denied)" in capsys.readouterr().err
    finally:
        folder.chmod(0o755)


def _full_disk_on(statement: str, monkeypatch: pytest.MonkeyPatch) -> None:
    execute = _connection.Session.execute

    def failing(self: _connection.Session, sql: str, params: Any = None) -> Any:
        if sql.lstrip().startswith(statement):
            raise duckdb.IOException(
                f'IO Error: Could not write file "{self.path}.wal": No space left on device'
            )
        return execute(self, sql, params)

    monkeypatch.setattr(_connection.Session, "execute", failing)


def test_a_full_disk_writes_nothing_and_says_so(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = store.info()
    folder = tmp_path / "new"
    write_articles(folder, 3)
    with monkeypatch.context() as patch:
        # the articles are inserted, then the disk fills up while their sentences are
        _full_disk_on("INSERT INTO sentences", patch)
        assert main(["add", "--db", str(store.path), str(folder)]) == 1
        assert capsys.readouterr().err == (
            f"claimcheck: {store.path}: the disk is full; nothing was written (free some "
            "space and run the command again)\n"
        )
        with pytest.raises(DiskFullError):
            store.add_articles([claimcheck.analyze_text(TEXT + " Neu.")])
    after = store.info()
    assert (after.articles, after.sentences) == (before.articles, before.sentences)
    assert main(["add", "--db", str(store.path), str(folder)]) == 0  # there is room again
    assert store.info().articles == before.articles + 3


def test_a_full_disk_during_an_export_leaves_no_file(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("shutil.copyfile", no_space)
    target = tmp_path / "out.parquet"
    assert main(["export", "--db", str(store.path), "--what", "claims", "-o", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"claimcheck: {target}: the disk is full; nothing "
        "was written (free some space and run the command "
        "again)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.duckdb"]


def test_a_process_killed_in_the_middle_of_add_leaves_only_whole_articles(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, 150)
    db = tmp_path / "db.duckdb"
    process = subprocess.Popen(
        claimcheck_command("add", "--db", str(db), "--jobs", "1", "--batch-size", "3", str(folder)),
        # a killed process cannot remove its temporary batch file: keep it in tmp_path
        env=cli_env(TMPDIR=str(tmp_path)),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        stored = 0
        while not stored and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
            if db.exists():
                try:
                    stored = Store(db, lock_timeout_s=5).info().articles
                except Exception:  # noqa: BLE001 - still being created
                    stored = 0
        assert process.poll() is None, "add finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    store = Store.open(db, create=False)  # it opens
    rows = store.query(
        "SELECT a.text, count(s.sentence_id), max(s.sentence_index) "
        "FROM articles a LEFT JOIN sentences s USING (article_id) "
        "GROUP BY a.article_id, a.text"
    ).rows
    assert 1 <= len(rows) < 150
    for text, count, last in rows:  # every stored article is whole
        expected = len(claimcheck.analyze_text(text).sentences)
        assert count == expected == last + 1
    assert main(["add", "--db", str(db), str(folder)]) == 0
    assert store.info().articles == 150


def _wal(store: Store) -> Path:
    return store.path.with_name(store.path.name + ".wal")


def test_deferred_checkpoints_leave_saves_in_the_log_where_every_process_reads_them(
    store: Store,
) -> None:
    sentence = first_sentence(store)
    assert not _wal(store).exists()
    reviewing = Store(store.path, reviewer="kim", defer_checkpoints=True)
    reviewing.record_annotation(sentence, verdict="refuted", note="from the log")
    assert _wal(store).exists()  # committed, not yet folded into the file
    # another process reads it, as `claimcheck sql` in a second terminal would
    code = (
        "import sys; from claimcheck.store import Store; "
        "print(Store(sys.argv[1]).current_annotations(sys.argv[2])[0].note)"
    )
    seen = subprocess.run(
        [sys.executable, "-c", code, str(store.path), sentence],
        capture_output=True,
        text=True,
        check=True,
    )
    assert seen.stdout.strip() == "from the log"
    # ordinary writes still checkpoint, so the log goes with the next one of them too
    reviewing.checkpoint()
    assert not _wal(store).exists()
    reviewing.checkpoint()  # nothing to fold in: it does not even open the file
    assert store.current_annotations(sentence)[0].note == "from the log"
    assert_state_matches_log(store)


def test_a_save_left_in_the_log_survives_kill_9(store: Store) -> None:
    sentence = first_sentence(store)
    code = (
        "import sys, time; from claimcheck.store import Store; "
        "s = Store(sys.argv[1], reviewer='kim', defer_checkpoints=True); "
        "s.record_annotation(sys.argv[2], verdict='misleading'); "
        "print('saved', flush=True); time.sleep(60)"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code, str(store.path), sentence], stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        process.kill()  # SIGKILL: no checkpoint, no clean-up of any kind
        process.communicate(timeout=30)
    assert line.strip() == "saved"
    with duckdb.connect(str(store.path), read_only=True) as db:
        assert db.execute(
            "SELECT verdict FROM annotations WHERE sentence_id = ?", [sentence]
        ).fetchall() == [("misleading",)]
    assert store.current_annotations(sentence)[0].verdict == "misleading"
    assert_state_matches_log(store)
