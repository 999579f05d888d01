"""Reading and writing the files a user names, without hanging and without half a file.

Every command that reads a path the user gave (an article, a list of URLs, a CSV of
ratings, a database) and every command that writes one (exports, reports) goes
through here, so that they all agree on what happens with the odd ones:

- A named pipe, a socket or a device is refused as input: opening a FIFO nobody
  writes to blocks forever, and /dev/zero never ends. The file is opened with
  O_NONBLOCK and checked with fstat on the open descriptor, so neither the open nor
  a race with a rename can block. Standard input (`-`) is the way to pipe data in.
- An output that is a regular file (or new) is written under a temporary name in
  its folder and renamed over it, so a killed process leaves the old file or the
  new one, never half of one. An output that already exists and is not a regular
  file (/dev/null, /dev/stdout, a FIFO) is written to directly: renaming over it
  would replace the device with a file.

Errors are `FileProblem`s with a one-line reason; each caller names the input in its
own error type.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

_UMASK: int | None = None

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


class FileProblem(Exception):
    """A path that cannot be read as a file; `reason` is one line ("no such file").
    `kind` names what the path is instead of a file ("a named pipe"), `code` is the
    errno of an OS error."""

    def __init__(self, reason: str, *, kind: str | None = None, code: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind
        self.code = code


def _kind_problem(mode: int) -> FileProblem | None:
    if stat.S_ISREG(mode):
        return None
    kind = next((name for is_kind, name in _KINDS if is_kind(mode)), "not a regular file")
    reason = f"is {kind}, not a file"
    if kind == "a named pipe":
        reason += " (to read from a pipe, give - and pipe it into standard input)"
    return FileProblem(reason, kind=kind)


_OS_REASONS = {
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENAMETOOLONG: "the name is too long for the file system",
    errno.ELOOP: "too many levels of symbolic links",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "read-only file system",
    errno.ENOSPC: "the disk is full",
}


def os_reason(exc: OSError) -> str:
    """The one-line reason of an OS error, without the file name or errno number."""
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    return (exc.strerror or str(exc).strip().splitlines()[0]).lower()


def describe_os_error(exc: OSError, fallback: str) -> str:
    """'FILE: reason' for an OS error, naming `fallback` when the error names no file."""
    where = os.fsdecode(exc.filename) if exc.filename is not None else fallback
    return f"{where}: {os_reason(exc)}"


def _os_problem(exc: OSError) -> FileProblem:
    if exc.errno == errno.ENOENT:
        return FileProblem("no such file", code=exc.errno)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return FileProblem("permission denied", code=exc.errno)
    if exc.errno == errno.EISDIR:
        return FileProblem("is a directory, not a file", kind="a directory", code=exc.errno)
    return FileProblem(f"cannot be read: {os_reason(exc)}", code=exc.errno)


def size_text(n: int) -> str:
    return f"{n / 1e6:,.0f} MB" if n >= 10**6 else f"{n / 1e3:,.0f} kB"


def read_regular_file(path: str | os.PathLike[str], *, limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most `limit` of them (else FileProblem)."""
    try:
        fd = os.open(os.fspath(path), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise _os_problem(exc) from None
    try:
        info = os.fstat(fd)
        problem = _kind_problem(info.st_mode)
        if problem:
            raise problem
        if limit is not None and info.st_size > limit:
            raise FileProblem(
                f"too large ({size_text(info.st_size)}; the limit is {size_text(limit)})"
            )
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            data = handle.read() if limit is None else handle.read(limit + 1)
    except OSError as exc:
        raise _os_problem(exc) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if limit is not None and len(data) > limit:
        # the file grew while it was read
        raise FileProblem(f"too large (more than {size_text(limit)})")
    return data


def read_head(path: str | os.PathLike[str], size: int) -> bytes:
    """The first `size` bytes of a regular file (b"" if it is new: FileNotFoundError
    passes through, so that a caller can tell "not there yet" from "empty")."""
    try:
        fd = os.open(os.fspath(path), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise _os_problem(exc) from None
    try:
        problem = _kind_problem(os.fstat(fd).st_mode)
        if problem:
            raise problem
        return os.read(fd, size)
    except OSError as exc:
        raise _os_problem(exc) from None
    finally:
        os.close(fd)


def _umask() -> int:
    global _UMASK
    if _UMASK is None:
        current = os.umask(0o022)
        os.umask(current)
        _UMASK = current
    return _UMASK


def is_special_file(path: Path) -> bool:
    """Whether `path` exists and is something other than a regular file or a folder
    (a device such as /dev/null, a FIFO, a socket): it is written to in place."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


_DUCKDB_MAGIC = b"DUCK"  # at bytes 8 to 12 of a DuckDB file
_DATABASE_COMPANIONS = (".wal", ".pending.jsonl")  # DuckDB's log, the store's journal
REFUSE_DATABASE = "is a database (or its log or journal); an export or report never replaces one"


def _is_duckdb(path: Path) -> bool:
    try:
        # read_head: opening a FIFO to look at it must not wait for a writer
        return read_head(path, 12)[8:12] == _DUCKDB_MAGIC
    except (OSError, FileProblem):
        return False


def is_database_part(path: Path) -> bool:
    """Whether `path` is a DuckDB database, its write-ahead log or the store's journal."""
    if _is_duckdb(path):
        return True
    return any(
        path.name.endswith(suffix) and _is_duckdb(path.with_name(path.name[: -len(suffix)]))
        for suffix in _DATABASE_COMPANIONS
    )


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """The path to write the output for `path` to: a temporary file in its folder,
    renamed over `path` when the block ends without an exception (and removed when it
    does not); `path` itself when it is a device or a FIFO. OSErrors pass through; a
    database (`export -o claimcheck.duckdb`) is refused with FileExistsError."""
    if is_database_part(path):
        raise FileExistsError(errno.EEXIST, REFUSE_DATABASE, os.fspath(path))
    if is_special_file(path):
        yield path
        return
    folder = path.parent if str(path.parent) else Path(".")
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # mkstemp makes the file private; the output gets the usual permissions
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
