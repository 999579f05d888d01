"""The review UI driven as a reviewer would: keys and clicks through Textual's Pilot, on a
real store in tmp_path. The app's workers are waited for, never slept on."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from test_ui_support import (
    ANSI,
    CLICK,
    FLOOD_WALL,
    HARBOUR,
    HOSTILE,
    HOSTILE_TITLE,
    MARKUP,
    REVIEWER,
    new_store,
    open_review,
    screen_text,
    settle,
    store_at,
    until,
)

from claimcheck.store import DiskFullError, Store
from claimcheck.ui.app import ReviewApp
from claimcheck.ui.article_table import ArticleTable
from claimcheck.ui.article_view import ArticleView
from claimcheck.ui.articles_screen import ArticlesScreen
from claimcheck.ui.claim_list import ClaimList
from claimcheck.ui.confirm_quit import ConfirmQuit
from claimcheck.ui.error_screen import ErrorScreen
from claimcheck.ui.help_screen import HelpScreen
from claimcheck.ui.review_screen import ReviewScreen
from claimcheck.ui.source_panel import SourcePanel

SIZE = (80, 24)


def _app(path: Path, **options: object) -> ReviewApp:
    return ReviewApp(path, reviewer=REVIEWER, **options)  # type: ignore[arg-type]


def _current(path: Path, sentence_id: str) -> dict[str, object]:
    found = store_at(path).current_annotations(sentence_id, reviewer=REVIEWER)
    if not found:
        return {}
    a = found[-1]
    return {
        "verdict": a.verdict,
        "source_credibility": a.source_credibility,
        "note": a.note,
        "corrected_attribution": a.corrected_attribution,
        "corrected_speaker": a.corrected_speaker,
    }


def _flood_row(app: ReviewApp) -> int:
    table = app.screen.query_one(ArticleTable)
    return next(i for i, r in enumerate(table.rows) if r.input == FLOOD_WALL.input)


async def _open_flood_wall(pilot: object) -> ReviewScreen:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    app = pilot.app
    assert isinstance(app, ReviewApp)
    await app.first_screen_ready.wait()
    return await open_review(pilot, _flood_row(app))


# --- the article list ---------------------------------------------------------------------


@pytest.mark.asyncio
async def test_article_list_shows_counts_sorts_and_filters(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        await app.first_screen_ready.wait()
        await pilot.pause()
        table = app.screen.query_one(ArticleTable)
        assert table.row_count == 2
        flood = next(r for r in table.rows if r.input == FLOOD_WALL.input)
        assert (flood.n_claims, flood.n_reviewed, flood.n_unattributed) == (6, 0, 2)
        text = screen_text(app)
        assert "Portvale approves a flood" in text and "Coastline" in text
        assert "0/6" in text and "33%" in text  # progress and share unattributed

        await pilot.press("s", "s")  # added -> title -> outlet
        assert [r.outlet for r in table.rows] == ["Coastline Courier", "Lindenauer Bote"]
        await pilot.press("S")
        assert [r.outlet for r in table.rows] == ["Lindenauer Bote", "Coastline Courier"]

        await pilot.press("slash", *"hafen")
        assert [r.input for r in table.rows] == [HARBOUR.input]
        await pilot.press("escape")
        assert table.row_count == 2 and table.has_focus

        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")


@pytest.mark.asyncio
async def test_an_empty_store_says_how_to_add_articles(tmp_path: Path) -> None:
    app = _app(tmp_path / "empty.duckdb")
    async with app.run_test(size=SIZE) as pilot:
        await app.first_screen_ready.wait()
        await pilot.pause()
        assert "No articles in this database yet" in screen_text(app)
    assert (tmp_path / "empty.duckdb").exists()


# --- annotating ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_annotate_is_saved_at_once_and_shown_as_saved(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        assert screen.data is not None and len(screen.data.claims) == 6
        first = screen.current
        assert first is not None and first.sentence.text.startswith("The council approved")
        await pilot.press("r")
        assert first.verdict == "refuted"  # shown at once, before the worker is done
        await settle(pilot)
        assert _current(path, first.sentence_id)["verdict"] == "refuted"
        assert app.save_state.kind == "saved"
        assert "✓ saved" in screen_text(app)

        await pilot.press("j", "m", "backspace")
        await settle(pilot)
        second = screen.shown[1]
        assert _current(path, second.sentence_id).get("verdict") is None
        history = store_at(path).annotation_history(second.sentence_id, reviewer=REVIEWER)
        assert [a.verdict for a in history] == ["misleading", None]

        await pilot.press("q")
        await until(pilot, lambda: isinstance(app.screen, ArticlesScreen), "the list")
        await settle(pilot)
        flood = next(r for r in app.screen.query_one(ArticleTable).rows if r.n_reviewed)
        assert flood.n_reviewed == 1


@pytest.mark.asyncio
async def test_undo_takes_back_several_actions_in_order(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        claim = screen.current
        assert claim is not None
        sid = claim.sentence_id
        await pilot.press("s", "r", "c", "2")  # supported, refuted, claim-only credibility 2
        await settle(pilot)
        assert _current(path, sid) == {
            "verdict": "refuted",
            "source_credibility": 2,
            "note": None,
            "corrected_attribution": None,
            "corrected_speaker": None,
        }
        await pilot.press("u")
        await settle(pilot)
        assert _current(path, sid)["source_credibility"] is None
        assert claim.claim_credibility is None
        await pilot.press("u")
        await settle(pilot)
        assert _current(path, sid)["verdict"] == "supported"
        assert claim.verdict == "supported"
        await pilot.press("u")
        await settle(pilot)
        assert _current(path, sid) == {}
        assert claim.annotation is None and not claim.reviewed
        await pilot.press("u")  # nothing left: a message, no error
        await settle(pilot)
        assert app.undo_depth == 0


@pytest.mark.asyncio
async def test_filters_and_search_choose_the_claims_listed(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        assert len(screen.shown) == 6
        await pilot.press("U")  # unattributed only
        assert [c.attribution for c in screen.shown] == ["unattributed"] * 2
        await pilot.press("U", "s")  # all again; review the first claim
        await settle(pilot)
        await pilot.press("R")  # unreviewed only
        assert len(screen.shown) == 5 and all(not c.reviewed for c in screen.shown)
        await pilot.press("escape")  # clears the filters
        assert len(screen.shown) == 6

        await pilot.press("slash", *"doubled", "enter")
        assert [c.sentence.text[:14] for c in screen.shown] == ["Costs have dou"]
        assert screen.current is screen.shown[0]
        assert screen.query_one(ClaimList).has_focus
        await pilot.press("escape")
        assert len(screen.shown) == 6

        # the filter dialog: by kind and by speaker
        await pilot.press("f")
        await pilot.pause()
        dialog = app.screen
        from textual.widgets import Select

        dialog.query_one("#filter-kind", Select).value = "quantity"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert {c.sentence.claim_kind for c in screen.shown} == {"quantity"}
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-kind", Select).clear()
        app.screen.query_one("#filter-speaker", Select).value = "Ilse Brandvold"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [c.speaker for c in screen.shown] == ["Ilse Brandvold", "Ilse Brandvold"]


@pytest.mark.asyncio
async def test_correct_the_speaker_and_the_attribution(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        await pilot.press("j", "j", "j", "j")  # "Critics say the plan may come too late."
        claim = screen.current
        assert claim is not None and claim.sentence.speaker == "Critics"
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Omar")
        await settle(pilot)
        await pilot.press("down", "enter")  # the suggestion from the store
        await settle(pilot)
        assert _current(path, claim.sentence_id)["corrected_speaker"] == "Omar Lindqvist"
        assert claim.speaker == "Omar Lindqvist"
        source = screen.query_one(SourcePanel)
        assert "Omar Lindqvist" in str(source.render())

        await pilot.press("a", "u")  # it is in fact the article's own voice
        await settle(pilot)
        assert _current(path, claim.sentence_id)["corrected_attribution"] == "unattributed"
        assert claim.attribution == "unattributed"
        await pilot.press("a", "0")  # back to the engine's tag
        await settle(pilot)
        assert _current(path, claim.sentence_id)["corrected_attribution"] is None

        # a name the store does not know is kept as typed
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Anon", "enter")
        await settle(pilot)
        assert _current(path, claim.sentence_id)["corrected_speaker"] == "Anon"
        assert "not a source in the store" in str(source.render())


@pytest.mark.asyncio
async def test_a_source_rating_reaches_the_sources_other_claims(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        await pilot.press("j")  # the Mayor's quote
        quote = screen.current
        assert quote is not None and quote.speaker == "Ilse Brandvold"
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        source = store_at(path).get_source("Ilse Brandvold")
        assert source.credibility == 4
        assert quote.annotation is None  # it rated the source, not this claim
        await pilot.press("j", "j")  # "Brandvold said that work would start in May."
        assert screen.current is not None and screen.current.sentence.speaker_text == "Brandvold"
        assert "★★★★☆ 4/5" in str(screen.query_one(SourcePanel).render())

        await pilot.press("i")  # independence, rated everywhere too
        await settle(pilot)
        assert store_at(path).get_source("Ilse Brandvold").independence == "independent"

        # the same source in another article shows the rating
        await pilot.press("right_square_bracket")
        await until(
            pilot,
            lambda: screen.data is not None and screen.data.article.input == HARBOUR.input,
            "the next article",
        )
        await settle(pilot)
        panel = str(screen.query_one(SourcePanel).render())
        assert "★★★★☆ 4/5" in panel and "independent" in panel and "3 claims, 2 articles" in panel

        # undo puts the rating back as it was
        await pilot.press("u", "u")
        await settle(pilot)
        assert store_at(path).get_source("Ilse Brandvold").credibility is None


@pytest.mark.asyncio
async def test_a_note_typed_in_the_ui_is_in_duckdb_after_the_app_exits(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    note = "Budget: 38m.\n[see p4]"
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        sid = screen.current.sentence_id if screen.current else ""
        await pilot.press("e")
        await pilot.pause()
        for line_number, line in enumerate(note.split("\n")):
            if line_number:
                await pilot.press("enter")
            await pilot.press(*[_key(ch) for ch in line])
        await pilot.press("ctrl+s")
        await pilot.press("q", "q")  # back to the list, then quit
    assert app.return_value == 0
    with duckdb.connect(str(path), read_only=True) as db:
        rows = db.execute(
            "SELECT note FROM annotations WHERE sentence_id = ? AND reviewer = ?",
            [sid, REVIEWER],
        ).fetchall()
    assert rows == [(note,)]


def _key(char: str) -> str:
    names = {
        " ": "space",
        ".": "full_stop",
        ":": "colon",
        "[": "left_square_bracket",
        "]": "right_square_bracket",
    }
    return names.get(char, char)


@pytest.mark.asyncio
async def test_escape_in_the_note_editor_keeps_the_note(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        await pilot.press("e", *"kept", "escape")
        await settle(pilot)
        assert screen.current is not None and screen.current.note == "kept"
        await pilot.press("e", "ctrl+u", *"gone", "ctrl+r")  # discard
        await settle(pilot)
        assert _current(path, screen.current.sentence_id)["note"] == "kept"


# --- moving -------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_next_previous_next_unreviewed_and_the_mouse(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        claims = screen.shown
        await pilot.press("s", "j", "s", "k")
        assert screen.current is claims[0]
        await pilot.press("n")
        assert screen.current is claims[2]
        await pilot.press("end")
        assert screen.current is claims[-1]

        # a click on a claim in the list, then on a claim in the text
        await pilot.click(ClaimList, offset=(5, 1))
        assert screen.current is claims[1]
        view = screen.query_one(ArticleView)
        gx, gy = view.content_region.offset - view.region.offset  # border and padding
        await pilot.press("home")
        await pilot.click(ArticleView, offset=(gx + 2, gy))  # the headline: no claim
        assert screen.current is claims[0]
        layout = view._current_layout()
        assert layout is not None
        target = claims[3].sentence.start
        line = layout.line_of(target)
        x = target - layout.lines[line][0]
        await pilot.click(ArticleView, offset=(gx + x + 3, gy + line - view.scroll_offset.y))
        assert screen.current is claims[3]


# --- safety -------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_article_text_is_never_read_as_markup_or_escape_codes(tmp_path: Path) -> None:
    path = new_store(tmp_path, [HOSTILE])
    app = _app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.first_screen_ready.wait()
        await pilot.pause()
        assert HOSTILE_TITLE in screen_text(app)
        screen = await open_review(pilot)
        text = screen_text(app)
        assert MARKUP in text
        assert CLICK in text
        assert "␛[31mred␛[0m" in text and "bell␇" in text
        assert "\x1b" not in text
        # clicking on the would-be action link does nothing but select the claim
        view = screen.query_one(ArticleView)
        layout = view._current_layout()
        assert layout is not None
        offset = view.text.index("[@click")
        line = layout.line_of(offset)
        gx, gy = view.content_region.offset - view.region.offset
        x = offset - layout.lines[line][0] + 2
        await pilot.click(ArticleView, offset=(gx + x, gy + line - view.scroll_offset.y))
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ReviewScreen)
        assert screen.current is not None and CLICK in screen.current.sentence.text
        # a note with markup is shown as typed
        await pilot.press("e", *"[red]", "ctrl+s")
        await settle(pilot)
        assert "note [red]" in screen_text(app)


def test_kill_9_loses_nothing_that_was_shown_as_saved(tmp_path: Path) -> None:
    """The UI in another process saves, shows "saved", and is killed with SIGKILL at
    once: the annotation is in the database file."""
    path = new_store(tmp_path)
    script = textwrap.dedent(
        f"""
        import asyncio, sys, time
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_ui_support import open_review, settle
        from claimcheck.ui.app import ReviewApp

        async def main():
            app = ReviewApp({str(path)!r}, reviewer="kim")
            async with app.run_test(size=(80, 24)) as pilot:
                await app.first_screen_ready.wait()
                rows = app.screen.query_one("ArticleTable").rows
                row = next(i for i, r in enumerate(rows) if r.input == "portvale-flood-wall.txt")
                screen = await open_review(pilot, row)
                await pilot.press("e", *"k9", "ctrl+s", "v")
                await settle(pilot)
                assert app.save_state.kind == "saved", app.save_state
                print("SAVED", screen.current.sentence_id, flush=True)
                time.sleep(60)  # killed here

        asyncio.run(main())
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as ui:
        assert ui.stdout is not None
        line = ui.stdout.readline()
        ui.kill()  # SIGKILL: no clean-up of any kind
        ui.communicate(timeout=30)
    assert line.startswith("SAVED "), line
    sentence_id = line.split()[1]
    with duckdb.connect(str(path), read_only=True) as db:
        rows = db.execute(
            "SELECT verdict, note FROM annotations WHERE sentence_id = ? AND reviewer = 'kim' "
            "ORDER BY created_at",
            [sentence_id],
        ).fetchall()
    assert rows == [(None, "k9"), ("unverifiable", "k9")]


@pytest.mark.asyncio
async def test_a_change_that_cannot_be_saved_is_kept_retried_and_guarded_at_quit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        working = app.store.record_annotation

        def disk_full(*args: object, **kwargs: object) -> object:
            raise DiskFullError(str(path), "the disk is full; nothing was written")

        monkeypatch.setattr(app.store, "record_annotation", disk_full)
        await pilot.press("r")
        await until(pilot, lambda: app.save_state.kind == "problem", "the save problem")
        await pilot.pause()
        assert "NOT SAVED" in screen_text(app) and "disk is full" in screen_text(app)
        assert screen.current is not None and screen.current.saving == 1
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ConfirmQuit), "the question")
        await pilot.press("w")  # keep waiting
        monkeypatch.setattr(app.store, "record_annotation", working)
        await until(pilot, lambda: app.save_state.kind == "saved", "the retry")
        assert _current(path, screen.current.sentence_id)["verdict"] == "refuted"
        await pilot.press("ctrl+q")
    assert app.return_value == 0


@pytest.mark.asyncio
async def test_saves_are_committed_at_once_and_checkpointed_when_the_reviewer_pauses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = new_store(tmp_path)
    wal = path.with_name(path.name + ".wal")
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        assert screen.current is not None
        checkpoints: list[bool] = []
        fold_in = app.store.checkpoint

        def checkpoint(timeout: float | None = None) -> None:
            # the save before it is committed and waits in DuckDB's log
            checkpoints.append(wal.exists())
            fold_in(timeout)

        monkeypatch.setattr(app.store, "checkpoint", checkpoint)
        await pilot.press("r", "s")
        await settle(pilot)
        assert checkpoints and checkpoints[0]
        assert not wal.exists()
        assert _current(path, screen.current.sentence_id)["verdict"] == "supported"


@pytest.mark.asyncio
async def test_an_unexpected_error_while_saving_keeps_the_change_and_retries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        assert screen.current is not None
        working = app.store.record_annotation
        calls: list[str] = []

        def broken_once(*args: object, **kwargs: object) -> object:
            if not calls:
                calls.append("failed")
                raise RuntimeError("something nobody foresaw")
            return working(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(app.store, "record_annotation", broken_once)
        await pilot.press("m")
        await until(pilot, lambda: app.save_state.kind == "saved", "the retry")
        assert calls == ["failed"]
        assert _current(path, screen.current.sentence_id)["verdict"] == "misleading"


@pytest.mark.asyncio
async def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are my notes, not a database\n", encoding="utf-8")
    app = _app(bogus)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ErrorScreen), "the error screen")
        await pilot.pause()
        text = screen_text(app)
        assert "not a claimcheck database" in text
        assert "Traceback" not in text
        await pilot.press("q")
    assert app.return_value == 1


@pytest.mark.asyncio
async def test_a_second_review_ui_on_the_same_database_works_alongside(tmp_path: Path) -> None:
    """Another process runs the review UI on the same file meanwhile: both save."""
    path = new_store(tmp_path)
    other = textwrap.dedent(
        f"""
        import asyncio, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_ui_support import open_review, settle
        from claimcheck.ui.app import ReviewApp

        async def main():
            app = ReviewApp({str(path)!r}, reviewer="otto")
            async with app.run_test(size=(80, 24)) as pilot:
                await app.first_screen_ready.wait()
                rows = app.screen.query_one("ArticleTable").rows
                row = next(i for i, r in enumerate(rows) if r.input == "lindenau-hafen.txt")
                screen = await open_review(pilot, row)
                await pilot.press("s", "5")
                await settle(pilot)
                await pilot.press("q", "q")
            print("other", app.return_value, app.save_state.kind)

        asyncio.run(main())
        """
    )
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        done = subprocess.run(
            [sys.executable, "-c", other], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert "other 0 saved" in done.stdout
        await pilot.press("r")
        await settle(pilot)
        assert app.save_state.kind == "saved"
        await pilot.press("right_square_bracket")
        await until(
            pilot,
            lambda: screen.data is not None and screen.data.article.input == HARBOUR.input,
            "the other article",
        )
        await settle(pilot)
        assert "★★★★★ 5/5 (otto)" in str(screen.query_one(SourcePanel).render())
    store = store_at(path)
    verdicts = {(a.reviewer, a.verdict) for a in store.current_annotations()}
    assert verdicts == {("otto", "supported"), (REVIEWER, "refuted")}


@pytest.mark.asyncio
async def test_while_another_program_holds_the_database_work_is_kept(tmp_path: Path) -> None:
    """DuckDB lets one process hold the file. The store keeps an annotation in its
    fsync'ed journal then; the UI says so and loses nothing."""
    path = new_store(tmp_path)
    hold = (
        "import duckdb, sys, time\n"
        "for _ in range(500):\n"
        "    try:\n"
        f"        db = duckdb.connect({str(path)!r})\n"
        "        break\n"
        "    except duckdb.IOException:\n"
        "        time.sleep(0.01)\n"
        "print('holding', flush=True)\n"
        "sys.stdin.readline()\n"
        "db.close()\n"
    )
    app = _app(path, lock_timeout_s=0.2)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        claim = screen.current
        assert claim is not None
        with subprocess.Popen(
            [sys.executable, "-c", hold], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        ) as holder:
            assert holder.stdin is not None and holder.stdout is not None
            try:
                assert holder.stdout.readline() == "holding\n"
                await pilot.press("m")
                await settle(pilot)
                assert app.save_state.kind == "journal"
                assert "saved to journal" in screen_text(app)
                assert claim.annotation is not None and claim.annotation.pending
            finally:
                holder.stdin.write("\n")
                holder.stdin.flush()
                holder.wait(timeout=30)
        await pilot.press("j", "s")  # the next save moves the journal in too
        await settle(pilot)
        assert app.save_state.kind == "saved"
    current = {a.verdict for a in store_at(path).current_annotations(reviewer=REVIEWER)}
    assert current == {"misleading", "supported"}


# --- help, themes, size -------------------------------------------------------------------


@pytest.mark.asyncio
async def test_help_lists_every_key_of_the_screen(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        await _open_flood_wall(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        console = Console(width=200, record=True, file=io.StringIO())
        console.print(app.screen._text())
        help_text = console.export_text()
        from textual.binding import Binding

        for binding in ReviewScreen.BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.tooltip and binding.tooltip in help_text, binding.key
        for key in ("j / ↓", "k / ↑", "1 2 3 4 5", "ctrl+t", "^t"):
            if key in help_text:
                break
        else:
            pytest.fail("the theme key is not listed")
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


@pytest.mark.asyncio
async def test_light_and_dark_theme_and_a_larger_terminal(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path, theme="light")
    async with app.run_test(size=(140, 45)) as pilot:
        await _open_flood_wall(pilot)
        assert app.theme == "textual-light"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-dark"
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "Portvale approves a flood wall" in screen_text(app)


def test_the_store_path_and_reviewer_come_through_the_constructor(tmp_path: Path) -> None:
    app = ReviewApp(tmp_path / "x.duckdb", reviewer="  ann   lee ")
    assert app.reviewer == "ann lee"
    assert isinstance(app.store, Store) and app.store.path == tmp_path / "x.duckdb"
    assert not (tmp_path / "x.duckdb").exists()  # nothing is opened before the app runs


def test_hostile_fixture_holds_what_the_safety_test_needs() -> None:
    assert MARKUP in HOSTILE.text and CLICK in HOSTILE.text and ANSI in HOSTILE.text


# --- keys that arrive together (fast typing over ssh, a paste) -----------------------------


def _burst(app: ReviewApp, text: str) -> None:
    """Post the keys of `text` at once, as a terminal delivers typeahead: no key waits
    for the one before it to be handled."""
    from textual import events

    for char in text:
        key = "slash" if char == "/" else "space" if char == " " else char
        app.post_message(events.Key(key, char))


@pytest.mark.asyncio
async def test_keys_typed_right_after_the_filter_key_go_into_the_filter(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        await app.first_screen_ready.wait()
        screen = app.screen
        assert isinstance(screen, ArticlesScreen)
        sort_before = screen.query_state.sort
        _burst(app, "/coastline")
        await until(pilot, lambda: screen.query_one("#filter").value == "coastline", "the filter")
        await settle(pilot)
        assert screen.query_state.sort == sort_before  # "s" is the sort key of the list
        assert [r.input for r in screen.query_one(ArticleTable).rows] == ["portvale-flood-wall.txt"]


@pytest.mark.asyncio
async def test_a_note_typed_right_after_the_note_key_is_in_the_note(tmp_path: Path) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        assert screen.current is not None
        _burst(app, "esmall rise")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert _current(path, screen.current.sentence_id) == {
            "verdict": None,
            "source_credibility": None,
            "note": "small rise",
            "corrected_attribution": None,
            "corrected_speaker": None,
        }


@pytest.mark.asyncio
async def test_q_still_quits_an_empty_list_after_a_dialog_was_closed(tmp_path: Path) -> None:
    """With no articles the list is hidden; closing the help must not leave the focus
    in the filter, where "q" would be typed instead of quitting."""
    path = new_store(tmp_path, articles=())
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        await app.first_screen_ready.wait()
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ArticlesScreen), "the list")
        await pilot.press("q")
        await settle(pilot)
        assert app.screen.query_one("#filter").value == ""
    assert app.return_value == 0


@pytest.mark.asyncio
async def test_a_speaker_typed_right_after_the_speaker_key_is_the_correction(
    tmp_path: Path,
) -> None:
    path = new_store(tmp_path)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_flood_wall(pilot)
        assert screen.current is not None
        _burst(app, "wJane Roe")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert _current(path, screen.current.sentence_id)["corrected_speaker"] == "Jane Roe"
