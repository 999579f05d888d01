"""Messages that worker threads post back to the screens and the app.

Workers never touch widgets: they post one of these, and its handler (on the event
loop) updates what is shown.
"""

from __future__ import annotations

from textual.message import Message

from ..store import SourceInfo
from ._data import Job, Outcome
from ._state import ArticleRow, ReviewData


class ArticlesLoaded(Message):
    def __init__(self, rows: list[ArticleRow]) -> None:
        super().__init__()
        self.rows = rows


class ReviewLoaded(Message):
    def __init__(self, data: ReviewData) -> None:
        super().__init__()
        self.data = data


class SourcesLoaded(Message):
    def __init__(self, sources: dict[str, SourceInfo]) -> None:
        super().__init__()
        self.sources = sources


class LoadFailed(Message):
    """Reading the store failed; `message` is one line for the reviewer."""

    def __init__(self, what: str, message: str) -> None:
        super().__init__()
        self.what = what
        self.message = message


class Saved(Message):
    """A job is in the database (or, if `outcome.pending`, durably in its journal)."""

    def __init__(self, outcome: Outcome, waiting: int) -> None:
        super().__init__()
        self.outcome = outcome
        self.waiting = waiting


class SaveProblem(Message):
    """A job could not be saved yet; it is kept and tried again."""

    def __init__(self, job: Job, message: str, waiting: int) -> None:
        super().__init__()
        self.job = job
        self.message = message
        self.waiting = waiting


class SaveDropped(Message):
    """A job can never be saved (its claim is gone, a bad value): it was dropped."""

    def __init__(self, job: Job, message: str, waiting: int) -> None:
        super().__init__()
        self.job = job
        self.message = message
        self.waiting = waiting


class SaveStarted(Message):
    """The writer took up a job (for the status line)."""

    def __init__(self, waiting: int) -> None:
        super().__init__()
        self.waiting = waiting
