"""ReviewApp: the review UI on an annotation store.

    ReviewApp("reviews.duckdb", reviewer="alice").run()

The app owns the store (a `Store` holds no connection: every call opens the file for
one short transaction), the writer that saves the reviewer's actions, and the undo
stack. Screens: the article list, the review screen, and dialogs over them.

Saving: each action becomes a `Job` in a FIFO queue. One writer thread at a time
takes jobs in order and posts a message per job; screens show "saving" until
then and "saved" once the store has committed it (or written it, fsync'ed, to its
pending journal while another program holds the database). A job that fails for a
reason that may pass (disk full, read-only, database busy) stays at the head of the
queue and is tried again; quitting with jobs waiting asks first. The store leaves each
save's commit in DuckDB's write-ahead log (durable already) and the writer folds the
log into the file with one checkpoint when its queue is empty.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.reactive import var
from textual.screen import Screen

from ..store import Store, StoreError, resolve_db_path
from ._data import Job, JobKind, PermanentError, run_job
from ._state import UndoEntry
from .articles_screen import ArticlesScreen
from .confirm_quit import ConfirmQuit
from .error_screen import ErrorScreen
from .help_screen import HelpScreen
from .messages import Saved, SaveDropped, SaveProblem
from .review_screen import ReviewScreen
from .status_line import SaveState

UNDO_LEVELS = 500
# how long the idle writer waits for a busy file to checkpoint it (it is no loss to skip)
CHECKPOINT_WAIT = 0.5
THEMES = {"dark": "textual-dark", "light": "textual-light"}


class ReviewApp(App[int]):
    """Review the claims in a claimcheck database."""

    TITLE = "claimcheck review"
    CSS_PATH = [
        "app.tcss",
        "articles_screen.tcss",
        "review_screen.tcss",
        "dialogs.tcss",
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+t", "toggle_theme", "", show=False, tooltip="Light or dark theme"),
        Binding("ctrl+q", "quit", "", show=False, priority=True, tooltip="Quit"),
        Binding("ctrl+p", "command_palette", "", show=False, tooltip="Command palette"),
    ]
    ENABLE_COMMAND_PALETTE = True

    save_state: var[SaveState] = var(SaveState)  # a var: no repaint of the whole screen

    def __init__(
        self,
        store_path: str | os.PathLike[str] | None = None,
        *,
        reviewer: str | None = None,
        open_article: str | None = None,
        lock_timeout_s: float | None = None,
        theme: str | None = None,
    ) -> None:
        super().__init__()
        self.store_path = resolve_db_path(store_path)
        # the writer checkpoints when its queue is empty, not after every save
        self.store = Store(
            self.store_path,
            reviewer=reviewer,
            lock_timeout_s=lock_timeout_s,
            defer_checkpoints=True,
        )
        self.reviewer = self.store.reviewer
        self.open_first = open_article
        self.start_theme = THEMES.get(theme or "", theme)
        self.article_order: list[str] = []
        self.current_article: str | None = None
        self.last_article: str | None = None  # the list puts its cursor back on it
        self.first_screen_ready = asyncio.Event()
        # the writer
        self._jobs: deque[Job] = deque()
        self._save_lock = threading.Lock()
        self._draining = False
        self._seq = 0
        self._in_flight = 0  # jobs queued whose message has not been handled yet
        self._writer: threading.Thread | None = None
        self._stop = threading.Event()
        self.sources_saving: dict[str, int] = {}
        self.last_problem = ""
        # undo
        self._undo: list[UndoEntry] = []

    def on_mount(self) -> None:
        if self.start_theme:
            self.theme = self.start_theme
        # the list starts at once; its worker opens (or creates) the store and reads.
        # Screens replace each other (switch_screen) rather than pile up: a screen
        # left underneath would be repainted with every change of the one on top.
        self.install_screen(ArticlesScreen(), name="articles")
        self.push_screen("articles")
        if self.open_first:
            self.open_article(self.open_first)

    def store_failed(self, message: str, retry: Callable[[], object]) -> None:
        """The store cannot be used at all: say why, offer to try again or quit."""

        def done(again: bool | None) -> None:
            if again:
                retry()
            else:
                self.exit(1)

        if not isinstance(self.screen, ErrorScreen):
            self.push_screen(ErrorScreen("Cannot open the database", message), done)

    def first_screen_drawn(self) -> None:
        self.first_screen_ready.set()

    # --- screens -----------------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        screen = self.screen
        if isinstance(screen, ReviewScreen):
            screen.load(article_id)
        else:
            self.switch_screen(ReviewScreen(article_id))

    def show_articles(self) -> None:
        self.last_article, self.current_article = self.current_article, None
        self.switch_screen("articles")

    def show_help(self, screen: Screen[Any], kind: str) -> None:
        self.push_screen(HelpScreen(screen, kind))

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    # --- saving --------------------------------------------------------------------------

    def save_job(
        self,
        kind: JobKind,
        label: str,
        *,
        sentence_id: str | None = None,
        article_id: str | None = None,
        source_id: str | None = None,
        changes: dict[str, object] | None = None,
    ) -> Job:
        """Queue a change for the writer; returns at once."""
        self._seq += 1
        job = Job(self._seq, kind, label, sentence_id, article_id, source_id, changes)
        if kind == "rate" and source_id:
            self.sources_saving[source_id] = self.sources_saving.get(source_id, 0) + 1
        self._in_flight += 1
        with self._save_lock:
            self._jobs.append(job)
            waiting = len(self._jobs)
            start = not self._draining
            self._draining = True
        if self.save_state.kind != "problem":
            self.save_state = SaveState("saving", waiting)
        if start:
            # at once: the writer spends most of its time in DuckDB, which releases the
            # GIL, so saving overlaps with drawing the change
            self._writer = threading.Thread(target=self._drain, name="claimcheck-writer")
            self._writer.start()
        return job

    @property
    def unsaved(self) -> int:
        with self._save_lock:
            return len(self._jobs)

    async def saves_idle(self) -> None:
        """Wait until every queued change is saved and shown as saved (tests, benchmarks)."""
        while self._in_flight:
            await asyncio.sleep(0.001)

    async def writer_idle(self) -> None:
        """Wait until every change is shown as saved and the writer thread has ended
        (after its checkpoint): nothing of the app touches the file then (tests)."""
        while self._in_flight or (self._writer is not None and self._writer.is_alive()):
            await asyncio.sleep(0.001)

    def _drain(self) -> None:
        """The writer thread: saves the queued jobs in order, one transaction each; when
        the queue is empty, checkpoints the store and ends.

        A plain thread rather than a Textual worker: a worker starts on the event loop's
        next turn, after the frame that shows the change, which made every save wait
        for a whole redraw before it began."""
        failures = 0
        saved = False
        try:
            while not self._stop.is_set():
                with self._save_lock:
                    job = self._jobs[0] if self._jobs else None
                    if job is None and not saved:
                        self._draining = False
                        return
                if job is None:
                    saved = False
                    self._checkpoint()
                    continue
                try:
                    outcome = run_job(self.store, job)
                except PermanentError as exc:
                    with self._save_lock:
                        self._jobs.popleft()
                        waiting = len(self._jobs)
                    self.post_message(SaveDropped(job, str(exc), waiting))
                    continue
                except Exception as exc:  # whatever it is, the job stays queued: never lost
                    failures += 1
                    with self._save_lock:
                        waiting = len(self._jobs)
                    reason = exc.reason if isinstance(exc, StoreError) else str(exc)
                    self.post_message(SaveProblem(job, reason or type(exc).__name__, waiting))
                    self._stop.wait(min(5.0, 0.25 * 2**failures))
                    continue
                failures = 0
                saved = True
                with self._save_lock:
                    self._jobs.popleft()
                    waiting = len(self._jobs)
                self.post_message(Saved(outcome, waiting))
        finally:
            with self._save_lock:
                self._draining = False

    def _checkpoint(self) -> None:
        try:
            # the saves left their commits in DuckDB's log (durable, fsync'ed); fold it
            # into the file now that the reviewer pauses. A busy file can wait: the
            # next pause does this again, and any other writer folds the log in.
            self.store.checkpoint(timeout=CHECKPOINT_WAIT)
        except (StoreError, OSError):
            pass

    def on_unmount(self) -> None:
        # a writer retrying a change that cannot be saved must not keep the process alive
        self._stop.set()
        writer = self._writer
        if writer is not None:
            writer.join(timeout=self.store.lock_timeout + 1)

    def _job_done(self, job: Job) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if job.kind == "rate" and job.source_id:
            left = self.sources_saving.get(job.source_id, 1) - 1
            if left > 0:
                self.sources_saving[job.source_id] = left
            else:
                self.sources_saving.pop(job.source_id, None)

    def on_saved(self, message: Saved) -> None:
        outcome = message.outcome
        self._job_done(outcome.job)
        self.last_problem = ""
        if message.waiting:
            self.save_state = SaveState("saving", message.waiting)
        else:
            self.save_state = SaveState("journal" if outcome.pending else "saved")
        for screen in self._review_screens():
            screen.apply_saved(outcome)
        if outcome.nothing_to_undo:
            self.notify("The store had nothing left to undo for that claim.", markup=False)

    def on_save_problem(self, message: SaveProblem) -> None:
        self.last_problem = message.message
        self.save_state = SaveState("problem", message.waiting, message.message)

    def on_save_dropped(self, message: SaveDropped) -> None:
        self._job_done(message.job)
        self.notify(
            f"Could not save “{message.job.label}”: {message.message}",
            title="Not saved",
            severity="error",
            markup=False,
        )
        self.save_state = (
            SaveState("saving", message.waiting) if message.waiting else SaveState("saved")
        )
        for screen in self._review_screens():
            screen.apply_dropped(message.job.sentence_id)

    def _review_screens(self) -> list[ReviewScreen]:
        return [s for s in self.screen_stack if isinstance(s, ReviewScreen)]

    # --- undo --------------------------------------------------------------------------

    def push_undo(self, entry: UndoEntry) -> None:
        self._undo.append(entry)
        del self._undo[:-UNDO_LEVELS]

    def pop_undo(self) -> UndoEntry | None:
        return self._undo.pop() if self._undo else None

    @property
    def undo_depth(self) -> int:
        return len(self._undo)

    # --- quitting ----------------------------------------------------------------------

    async def action_quit(self) -> None:
        """Quit once everything is saved; if changes still wait, ask."""
        for _ in range(100):  # normally a save takes a few milliseconds
            if not self.unsaved or self.save_state.kind == "problem":
                break
            await asyncio.sleep(0.03)
        waiting = self.unsaved
        if not waiting:
            self.exit(0)
            return

        def done(anyway: bool | None) -> None:
            if anyway:
                self.exit(3)

        self.push_screen(ConfirmQuit(waiting, self.last_problem), done)
