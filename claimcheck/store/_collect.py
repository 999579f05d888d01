"""`claimcheck add`: from INPUTs to prepared articles, on every core.

Inputs are files, folders (their article files, recursively), http(s) URLs, files
that list URLs one per line, and `-` for standard input. Each input is read and
analysed by the engine (`read_input`, `analyze_document`) and prepared for the
store (`prepare_article`) in a worker process; the parent only writes batches to
the database. An input whose text is already stored is skipped before analysis.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from .._errors import INPUT_FAILURES, ClaimcheckError, input_failure
from .._files import FileProblem, read_regular_file
from .._ingest import EMPTY_NAME, read_input
from .._pipeline import analyze_document
from ._prepare import PreparedArticle, content_hash, prepare_article

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".xhtml")
# below this many inputs, starting worker processes costs more than it saves
PARALLEL_MIN = 8
_URL_LIST_MAX_BYTES = 10 * 2**20


class ExtractionAborted(ClaimcheckError):
    """An extraction process died (killed, or out of memory): `left` are the inputs
    whose outcome never came back."""

    def __init__(self, left: Sequence[str]) -> None:
        super().__init__(
            f"add: an extraction process was killed (out of memory?); {len(left)} input"
            f"{'s were' if len(left) != 1 else ' was'} not added"
            + (f", from {left[0]} on" if left else "")
            + " (what was extracted before is stored: run the command again to add the rest)"
        )
        self.left = list(left)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: prepared, skipped (already stored) or failed."""

    input: str
    prepared: PreparedArticle | None = None
    skipped: bool = False
    error: str | None = None


def _is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def read_url_list(path: Path) -> list[str] | None:
    """The URLs of a file that lists URLs one per line (blank lines and # comments
    allowed), or None if the file is anything else (such as an article)."""
    try:
        text = read_regular_file(path, limit=_URL_LIST_MAX_BYTES).decode("utf-8-sig")
    except (FileProblem, UnicodeDecodeError):
        # not a list of URLs: reading it as an article reports what is wrong with it
        return None
    urls = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not _is_url(line) or any(ch.isspace() for ch in line):
            return None
        urls.append(line)
    return urls or None


def expand_inputs(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """The inputs to read, and one-line problems ("NAME: reason") with the names."""
    inputs: list[str] = []
    problems: list[str] = []
    for name in names:
        if not name:
            # Path("") is the current folder, which would be added whole
            problems.append(f"'': {EMPTY_NAME}")
            continue
        if name == "-" or _is_url(name) or "://" in name:
            inputs.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(
                str(p)
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not p.name.upper().startswith("README")
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                problems.append(
                    f"{name}: the folder holds no article files ({', '.join(ARTICLE_SUFFIXES)})"
                )
            inputs.extend(found)
            continue
        if path.is_file() and path.suffix.lower() not in (".html", ".htm", ".xhtml"):
            urls = read_url_list(path)
            if urls is not None:
                inputs.extend(urls)
                continue
        inputs.append(name)  # read_input reports a missing or unreadable file
    return inputs, problems


# --- the work of one input (in a worker process, or in-process for a few) ---------------

_known: frozenset[str] = frozenset()
_language = "auto"
_keep_boilerplate = False
_update = False


def _init(
    known: frozenset[str],
    language: str,
    keep_boilerplate: bool,
    update: bool,
    parent: int | None = None,
) -> None:
    global _known, _language, _keep_boilerplate, _update
    _known, _language, _keep_boilerplate, _update = known, language, keep_boilerplate, update
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    """End this worker when the process that started it is gone (killed with -9, say),
    instead of waiting for work forever."""
    while True:
        time.sleep(0.5)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # pragma: no cover - the pid was reused by another user
            os._exit(1)


def extract_one(name: str) -> Outcome:
    """Read, analyse and prepare one input; never raises for a bad input."""
    try:
        document = read_input(name)
        if not _update and content_hash(document.text) in _known:
            return Outcome(name, skipped=True)
        article = analyze_document(document, language=_language, keep_boilerplate=_keep_boilerplate)
        return Outcome(name, prepared=prepare_article(article))
    except INPUT_FAILURES as exc:
        return Outcome(name, error=input_failure(name, exc))


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def extract_all(
    inputs: Sequence[str],
    *,
    known: frozenset[str],
    language: str = "auto",
    keep_boilerplate: bool = False,
    update: bool = False,
    jobs: int | None = None,
) -> Iterator[Outcome]:
    """The outcome of each input, as soon as it is ready (in input order)."""
    jobs = default_jobs() if jobs is None else max(1, jobs)
    _init(known, language, keep_boilerplate, update)
    local = [name for name in inputs if name == "-"]
    rest = [name for name in inputs if name != "-"]
    for name in local:  # standard input belongs to this process
        yield extract_one(name)
    if jobs == 1 or len(rest) < PARALLEL_MIN:
        for name in rest:
            yield extract_one(name)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        context.set_forkserver_preload(["claimcheck.store._collect"])
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_init,
        initargs=(known, language, keep_boilerplate, update, os.getpid()),
    )
    done = 0
    try:
        for outcome in pool.map(extract_one, rest, chunksize=16):
            done += 1
            yield outcome
    except BrokenProcessPool:
        raise ExtractionAborted(rest[done:]) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
