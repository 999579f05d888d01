"""The report's errors: one line, "WHAT: reason", printed as "claimcheck: WHAT: reason"."""

from __future__ import annotations

from .._errors import ClaimcheckError


class ReportError(ClaimcheckError):
    """A report cannot be made or written: no such article, nothing selected, an output
    path that cannot be written."""

    def __init__(self, what: str, reason: str) -> None:
        reason = " ".join(reason.split())
        super().__init__(f"{what}: {reason}")
        self.what = what
        self.reason = reason
