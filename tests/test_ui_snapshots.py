"""Snapshots of the review UI's main screens at 80x24 (pytest-textual-snapshot).

The SVGs are in tests/__snapshots__/test_ui_snapshots/. After a deliberate change to
the look, look at the new screens and accept them with
`pytest tests/test_ui_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from test_parts_support import narrated_article
from test_ui_support import FLOOD_WALL, HARBOUR, HOSTILE, REVIEWER, new_store, settle, until
from textual.pilot import Pilot
from textual.widgets import TextArea

from claimcheck.ui.app import ReviewApp
from claimcheck.ui.article_table import ArticleTable
from claimcheck.ui.review_screen import ReviewScreen

SnapCompare = Callable[..., bool]
SIZE = (80, 24)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store, named relative to the working folder so that the screens do not show
    the temporary folder's changing name."""
    new_store(tmp_path, [FLOOD_WALL, HARBOUR, HOSTILE])
    monkeypatch.chdir(tmp_path)
    return Path("review.duckdb")


def _app(db: Path, theme: str | None = None) -> ReviewApp:
    return ReviewApp(db, reviewer=REVIEWER, theme=theme)


async def _list_ready(pilot: Pilot[Any]) -> None:
    app = pilot.app
    assert isinstance(app, ReviewApp)
    await app.first_screen_ready.wait()
    await settle(pilot)


async def _open(pilot: Pilot[Any], name: str) -> ReviewScreen:
    await _list_ready(pilot)
    table = pilot.app.screen.query_one(ArticleTable)
    row = next(i for i, r in enumerate(table.rows) if r.input == name)
    for _ in range(row):
        await pilot.press("down")
    await pilot.press("enter")
    await until(
        pilot,
        lambda: isinstance(pilot.app.screen, ReviewScreen) and pilot.app.screen.data is not None,
        "the review screen",
    )
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


def _reviewing(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Open the flood-wall article, press `keys`, wait until all is saved."""

    async def run(pilot: Pilot[Any]) -> None:
        await _open(pilot, FLOOD_WALL.input)
        await pilot.press(*keys)
        await settle(pilot)

    return run


def test_article_list(snap_compare: SnapCompare, db: Path) -> None:
    assert snap_compare(_app(db), terminal_size=SIZE, run_before=_list_ready)


def test_review_screen(snap_compare: SnapCompare, db: Path) -> None:
    # the Mayor's quote: judged refuted, her credibility rated 4 everywhere
    assert snap_compare(_app(db), terminal_size=SIZE, run_before=_reviewing("j", "r", "4"))


def test_review_screen_light_theme(snap_compare: SnapCompare, db: Path) -> None:
    run = _reviewing("j", "j", "j", "j", "m", "U", "R")
    assert snap_compare(_app(db, theme="light"), terminal_size=SIZE, run_before=run)


def test_help_screen(snap_compare: SnapCompare, db: Path) -> None:
    assert snap_compare(_app(db), terminal_size=SIZE, run_before=_reviewing("question_mark"))


def test_note_editor(snap_compare: SnapCompare, db: Path) -> None:
    async def run(pilot: Pilot[Any]) -> None:
        await _open(pilot, FLOOD_WALL.input)
        await pilot.press("e")
        await pilot.pause()
        area = pilot.app.screen.query_one(TextArea)
        area.cursor_blink = False
        await pilot.press(*"Budget", "enter", *"p4")
        await pilot.pause()

    assert snap_compare(_app(db), terminal_size=SIZE, run_before=run)


def test_hostile_article_text_shows_as_plain_text(snap_compare: SnapCompare, db: Path) -> None:
    async def run(pilot: Pilot[Any]) -> None:
        await _open(pilot, HOSTILE.input)
        await pilot.press("j")

    assert snap_compare(_app(db), terminal_size=SIZE, run_before=run)


def test_a_narrated_act_is_marked_and_labelled_as_an_act(
    snap_compare: SnapCompare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_store(tmp_path, [narrated_article()])
    monkeypatch.chdir(tmp_path)

    async def run(pilot: Pilot[Any]) -> None:
        await _open(pilot, narrated_article().input)
        await pilot.press("j")  # from "Wie … mitteilte" to "forderte"
        await settle(pilot)

    assert snap_compare(_app(Path("review.duckdb")), terminal_size=SIZE, run_before=run)
