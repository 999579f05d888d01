"""claimcheck's review UI (Textual): `claimcheck review`.

    from claimcheck.ui import ReviewApp
    ReviewApp("reviews.duckdb", reviewer="alice").run()

Only this package imports Textual; the engine and the store never do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import ReviewApp

__all__ = ["ReviewApp"]


def __getattr__(name: str) -> Any:
    # Textual loads only when the UI is used, not when the CLI builds its parser.
    if name == "ReviewApp":
        from .app import ReviewApp

        return ReviewApp
    raise AttributeError(f"module 'claimcheck.ui' has no attribute {name!r}")
