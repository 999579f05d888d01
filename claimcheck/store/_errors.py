"""The store's errors: each message is one line, "WHAT: reason", that a user can act on.

The command line prints them as "claimcheck: WHAT: reason" and exits with status 1;
a program (the review UI) can catch `StoreError` or one of its subclasses.
"""

from __future__ import annotations

from .._errors import ClaimcheckError


class StoreError(ClaimcheckError):
    """Something the store cannot do. `what` names the database, input or command."""

    def __init__(self, what: str, reason: str) -> None:
        reason = " ".join(reason.split())  # always one line
        super().__init__(f"{what}: {reason}")
        self.what = what
        self.reason = reason


class NotAStoreError(StoreError):
    """The file is not a DuckDB database, or a DuckDB database claimcheck did not write."""


class NewerSchemaError(StoreError):
    """The database was written by a newer claimcheck than this one."""

    def __init__(self, what: str, found: int, supported: int) -> None:
        super().__init__(
            what,
            f"was written by a newer claimcheck (schema {found}; this one reads up to {supported})",
        )
        self.found = found
        self.supported = supported


class MigrationError(StoreError):
    """Upgrading an older database failed; the file was left as it was."""


class StoreLockedError(StoreError):
    """Another process held the database for longer than the lock timeout."""

    def __init__(
        self, what: str, reason: str, *, pid: int | None = None, program: str | None = None
    ) -> None:
        super().__init__(what, reason)
        self.pid = pid
        self.program = program


class ReadOnlyLocationError(StoreError):
    """The database (or the folder it is in) cannot be written."""


class DiskFullError(StoreError):
    """The disk filled up; the transaction was rolled back and nothing was written."""


class NotFoundError(StoreError, LookupError):
    """No article, sentence or source matches the reference given."""


class QueryError(StoreError):
    """A user's SQL failed (syntax, unknown column, a write without --write ...)."""
