"""The pending journal: where an annotation waits when the database is busy.

If another process holds the database for longer than the lock timeout (a long
export, someone's DuckDB shell), the review UI must not lose the reviewer's work.
The entry is then appended, fsync'ed, to DB.pending.jsonl next to the database, and
the next operation that opens the database for writing (from any process) moves
every pending entry into it, in the same transaction as its own work, and empties
the journal. Entries carry their UUID, so replaying one twice changes nothing.

The journal is locked with flock(2) while it is appended to or replayed, so two
processes never interleave or lose lines.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, Any

from ._connection import describe_error
from ._errors import StoreError
from ._paths import journal_path

if sys.platform != "win32":
    import fcntl


@contextmanager
def _locked(path: Path, mode: str) -> Iterator[IO[str]]:
    with path.open(mode, encoding="utf-8") as handle:
        if sys.platform != "win32":
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield handle
        finally:
            if sys.platform != "win32":
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def append(db: Path, entry: dict[str, Any]) -> None:
    """Append one entry durably (flushed and fsync'ed before returning)."""
    path = journal_path(db)
    line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
    try:
        with _locked(path, "a") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise describe_error(exc, str(path)) from None


def has_entries(db: Path) -> bool:
    try:
        return journal_path(db).stat().st_size > 0
    except OSError:
        return False


def _parse(lines: list[str]) -> list[dict[str, Any]]:
    entries = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            # a line cut short by a crash mid-write: it was never acknowledged
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries


def read(db: Path) -> list[dict[str, Any]]:
    """The pending entries, oldest first (without taking them out)."""
    path = journal_path(db)
    try:
        with _locked(path, "r") as handle:
            return _parse(handle.readlines())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(str(path), f"cannot read the pending journal ({exc.strerror})") from None


@contextmanager
def draining(db: Path) -> Iterator[list[dict[str, Any]]]:
    """Hold the journal locked and give its entries; when the block ends without an
    exception (the entries are committed to the database), empty the journal.

    The file itself is kept (empty): removing it could lose an entry that another
    process is about to append to the old file.
    """
    path = journal_path(db)
    with ExitStack() as stack:
        try:
            handle = stack.enter_context(_locked(path, "r+"))
        except FileNotFoundError:
            handle = None
        if handle is None:
            yield []
            return
        entries = _parse(handle.readlines())
        yield entries
        handle.seek(0)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())
