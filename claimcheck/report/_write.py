"""Writing reports to files: atomically, and under safe names.

A report is written to a temporary file in the destination's folder and then renamed
over the destination, so a process that is killed never leaves half a report behind
(readers see the old file or the new one).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .._files import atomic_output
from ._errors import ReportError


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def write_atomically(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` through a temporary file and a rename (in place
    when `path` is a device or a FIFO, such as /dev/stdout)."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ReportError(str(path), "is a folder, not a file")
    if not folder.is_dir():
        raise ReportError(str(path), f"cannot be written: the folder {folder} does not exist")
    try:
        with atomic_output(path) as target:
            with target.open("w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
    except FileExistsError as exc:  # a database, which atomic_output refuses to replace
        raise ReportError(str(path), exc.strerror or "exists") from None
    except OSError as exc:
        raise ReportError(str(path), f"cannot be written ({_reason(exc)})") from None


@dataclass(frozen=True, slots=True)
class Destination:
    """Where the reports go: standard output, one file, or one file each in a folder."""

    kind: Literal["stdout", "file", "folder"]
    path: Path | None = None


def destination(output: str | None, reports: int) -> Destination:
    """-o FILE|DIR: a folder when it is one, when the name ends with a slash, or when
    there are several reports and the name is new and has no extension; else a file
    (several reports then go into one file)."""
    if output is None or output == "-":
        return Destination("stdout")
    path = Path(output).expanduser()
    folder = (
        path.is_dir()
        or output.endswith(("/", os.sep))
        or (reports > 1 and not path.exists() and not path.suffix)
    )
    if not folder:
        return Destination("file", path)
    if not path.is_dir():
        if path.exists():
            raise ReportError(str(path), "is not a folder")
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReportError(str(path), f"cannot be created ({_reason(exc)})") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise ReportError(str(path), "cannot be written (permission denied)")
    return Destination("folder", path)
