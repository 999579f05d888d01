"""claimcheck's review UI (Textual): `claimcheck review`.

    from claimcheck.ui import ReviewApp
    ReviewApp("reviews.duckdb", reviewer="alice").run()

Only this package imports Textual; the engine and the store never do.
"""

from __future__ import annotations

from .app import ReviewApp

__all__ = ["ReviewApp"]
