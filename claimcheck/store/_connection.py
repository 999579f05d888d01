"""Opening the database for one short operation at a time.

DuckDB lets one process open a database file read-write, and then no other process
may open it at all. So the store never keeps the file open: each operation ATTACHes
it to a process-wide in-memory DuckDB connection, runs one short transaction, and
DETACHes it again, which releases the file lock. Attaching costs a millisecond or
two (a new DuckDB instance per operation would cost 40 ms: it has to register every
built-in function first). When another process holds the file, attaching is retried
with backoff for a few seconds before `StoreLockedError` is raised.

A writable session ends with an explicit CHECKPOINT, which folds the write-ahead log
into the main file (about 3 ms). A caller that makes many tiny writes may skip it:
the commit has already fsync'ed the log, so the data is as safe there, and whoever
attaches the file next (any process, read-only too) replays the log. Replaying costs
about 0.1 ms per transaction in the log, so the log must be checkpointed again soon.

Within one process all operations are serialised by a lock, so the store's methods
may be called from any thread.
"""

from __future__ import annotations

import errno
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from .._files import FileProblem, os_reason, read_head
from ._errors import (
    DiskFullError,
    NotAStoreError,
    ReadOnlyLocationError,
    StoreError,
    StoreLockedError,
)

CATALOG = "claimcheck"

# No network, ever: a query must not make DuckDB download an extension.
CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}

_LOCK = threading.RLock()
_host: duckdb.DuckDBPyConnection | None = None
_host_pid = -1
# whether DETACH itself checkpoints (a DuckDB without the checkpoint_on_detach setting)
_detach_checkpoints = False

_DUCKDB_MAGIC = b"DUCK"
_LOCK_HELD = re.compile(r"Conflicting lock is held in (?P<program>.*?) \(PID (?P<pid>\d+)\)")


def process_lock() -> threading.RLock:
    """The lock that serialises this process's use of the shared connection."""
    return _LOCK


def host() -> duckdb.DuckDBPyConnection:
    """The in-memory connection that databases are attached to (one per process)."""
    global _host, _host_pid, _detach_checkpoints
    if _host is None or _host_pid != os.getpid():
        # after a fork the parent's connection must not be touched: start afresh
        _host = duckdb.connect(":memory:", config=CONFIG)
        _host_pid = os.getpid()
        # sessions checkpoint explicitly, when they want to (see open_session)
        try:
            _host.execute("SET checkpoint_on_detach = 'DISABLED'")
            _detach_checkpoints = False
        except duckdb.Error:
            _detach_checkpoints = True
    return _host


def _reset_host() -> None:
    """Drop the shared connection (closing it releases every file it had attached)."""
    global _host
    if _host is not None and _host_pid == os.getpid():
        try:
            _host.close()
        except duckdb.Error:
            pass
    _host = None


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def describe_error(exc: BaseException, what: str, *, writing: bool = True) -> StoreError:
    """The one-line StoreError for a DuckDB or OS error that happened on database `what`."""
    if isinstance(exc, StoreError):
        return exc
    message = str(exc)
    lower = message.lower()
    code = exc.errno if isinstance(exc, OSError) else None
    if code == errno.ENOSPC or "no space left" in lower or "disk is full" in lower:
        return DiskFullError(
            what,
            "the disk is full; nothing was written (free some space and run the command again)",
        )
    if code == errno.EDQUOT or "quota exceeded" in lower:
        return DiskFullError(what, "the disk quota is used up; nothing was written")
    if (
        code in (errno.EROFS, errno.EACCES, errno.EPERM)
        or "read-only file system" in lower
        or "permission denied" in lower
    ):
        reason = (
            "read-only file system"
            if (code == errno.EROFS or "read-only file system" in lower)
            else "permission denied"
        )
        verb = "cannot write here" if writing else "cannot read it"
        return ReadOnlyLocationError(what, f"{verb} ({reason})")
    if "not a valid duckdb database file" in lower:
        return NotAStoreError(what, "is not a claimcheck database (not a DuckDB file)")
    if (
        "storage version" in lower
        or "newer version of duckdb" in lower
        or "created with a newer" in lower
    ):
        return NotAStoreError(
            what,
            "was written by a newer version of DuckDB than the one "
            f"installed ({duckdb.__version__}); upgrade duckdb",
        )
    if "could not read enough bytes" in lower:
        return NotAStoreError(
            what,
            "is damaged: the file is shorter than the database in it (cut off while it "
            "was copied?); use a backup",
        )
    if "corrupt database file" in lower or "checksum" in lower:
        return NotAStoreError(
            what, "is damaged: a block of it does not match its checksum; use a backup"
        )
    if "could not set lock" in lower or "conflicting lock" in lower:
        return locked_error(what, message, 0.0)
    if "no such file or directory" in lower:
        return StoreError(what, "the folder does not exist")
    if isinstance(exc, OSError):
        # the reason only: the file name in the message may be a temporary file's
        return StoreError(what, os_reason(exc))
    return StoreError(what, first_line(exc))


def locked_error(what: str, message: str, waited: float) -> StoreLockedError:
    match = _LOCK_HELD.search(message)
    pid = int(match["pid"]) if match else None
    program = os.path.basename(match["program"]) if match else None
    holder = f" ({program}, process {pid})" if match else ""
    waited_text = f" for {waited:.0f} s" if waited >= 1 else ""
    return StoreLockedError(
        what,
        f"in use by another program{holder}{waited_text}; try again when it has "
        "finished (the review UI only holds it for a moment)",
        pid=pid,
        program=program,
    )


def check_file(path: Path) -> None:
    """Refuse early, with a clear message, a path that is not a DuckDB database."""
    what = str(path)
    _check_wal(path)
    try:
        if path.is_dir():
            raise NotAStoreError(what, "is a directory, not a database file")
        head = read_head(path, 16)
    except FileNotFoundError:
        return
    except FileProblem as problem:
        if problem.kind:
            raise NotAStoreError(what, f"is {problem.kind}, not a database file") from None
        if problem.code is not None:
            error = OSError(problem.code, os.strerror(problem.code))
            raise describe_error(error, what, writing=False) from None
        raise NotAStoreError(what, problem.reason) from None
    except OSError as exc:
        raise describe_error(exc, what, writing=False) from None
    if not head:
        raise NotAStoreError(what, "is an empty file, not a claimcheck database")
    if head[8:12] != _DUCKDB_MAGIC:
        raise NotAStoreError(what, "is not a claimcheck database (not a DuckDB file)")


def _check_wal(path: Path) -> None:
    """Refuse a write-ahead log that is not a plain file: DuckDB would replay it (or
    fail to create it) with an error about rollbacks that names no cause."""
    wal = path.with_name(path.name + ".wal")
    try:
        if not wal.exists() or wal.is_file():
            return
    except OSError as exc:
        raise describe_error(exc, str(wal), writing=False) from None
    kind = "a directory" if wal.is_dir() else "not a regular file"
    raise NotAStoreError(
        str(path),
        f"its write-ahead log {wal.name} is {kind}; move it away and run the command again",
    )


def _is_lock_error(exc: duckdb.Error) -> bool:
    text = str(exc).lower()
    return "could not set lock" in text or "conflicting lock" in text


def attach(
    conn: duckdb.DuckDBPyConnection, path: Path, alias: str, *, read_only: bool, timeout: float
) -> None:
    """ATTACH `path` as `alias`, retrying with backoff while another process holds it."""
    options = " (READ_ONLY)" if read_only else ""
    sql = f'ATTACH {quote_literal(os.fspath(path))} AS "{alias}"{options}'
    start = time.monotonic()
    delay = 0.005
    while True:
        try:
            conn.execute(sql)
            return
        except duckdb.Error as exc:
            waited = time.monotonic() - start
            if not _is_lock_error(exc):
                raise describe_error(exc, str(path), writing=not read_only) from None
            if waited >= timeout:
                raise locked_error(str(path), str(exc), waited) from None
            time.sleep(min(delay, timeout - waited))
            delay = min(delay * 2, 0.2)


def detach(conn: duckdb.DuckDBPyConnection, alias: str, *, checkpoint: bool = False) -> None:
    """DETACH `alias`, after a CHECKPOINT if `checkpoint`; never leave it attached."""
    try:
        conn.execute("USE memory")
        if checkpoint and not _detach_checkpoints:
            conn.execute(f'CHECKPOINT "{alias}"')
        conn.execute(f'DETACH DATABASE IF EXISTS "{alias}"')
    except duckdb.Error:
        # e.g. the checkpoint failed on a full disk: the committed data is safe in the
        # write-ahead log; closing the connection is the sure way to release the file
        _reset_host()
        raise


class Session:
    """One attached database for the length of one operation."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, path: Path, writable: bool) -> None:
        self.conn = conn
        self.path = path
        self.writable = writable
        self.what = str(path)

    def execute(self, sql: str, params: Any = None) -> duckdb.DuckDBPyConnection:
        if params is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, params)

    def fetchall(self, sql: str, params: Any = None) -> list[tuple[Any, ...]]:
        return self.execute(sql, params).fetchall()

    def fetchone(self, sql: str, params: Any = None) -> tuple[Any, ...] | None:
        return self.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Any = None) -> Any:
        row = self.fetchone(sql, params)
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """BEGIN … COMMIT; any exception, a failed COMMIT too, rolls everything back."""
        self.conn.execute("BEGIN TRANSACTION")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            try:
                self.conn.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise


@contextmanager
def open_session(
    path: Path, *, write: bool, timeout: float, checkpoint: bool = True
) -> Iterator[Session]:
    """Attach the database at `path` for one operation, then detach it; a writable
    session is checkpointed first unless `checkpoint` is false.

    Raises a StoreError subclass (one line) for anything that goes wrong with the
    file; errors of the caller's own code pass through unchanged.
    """
    with _LOCK:
        conn = host()
        attach(conn, path, CATALOG, read_only=not write, timeout=timeout)
        try:
            conn.execute(f'USE "{CATALOG}"')
            yield Session(conn, path, write)
        except duckdb.Error as exc:
            raise describe_error(exc, str(path), writing=write) from exc
        except OSError as exc:
            raise describe_error(exc, str(path), writing=write) from exc
        finally:
            try:
                detach(conn, CATALOG, checkpoint=write and checkpoint)
            except duckdb.Error as exc:  # pragma: no cover - depends on the disk
                raise describe_error(exc, str(path), writing=write) from exc
