"""The review UI marks every part of a cue ("Wie … mitteilte") as the cue, and shows a
narrated speech act, which has no cue, as an act: marked in the text, labelled "act" in
the claim's details, with the explanation. Driven through Textual's Pilot on a real
store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style
from test_parts_support import (
    ACT_PARTS_SENTENCE,
    ACT_SENTENCE,
    AUX_SENTENCE,
    CUE_SENTENCE,
    TEXT,
    narrated_article,
)
from test_ui_support import REVIEWER, new_store, open_review, screen_text, settle

from claimcheck.ui.app import ReviewApp
from claimcheck.ui.article_view import ArticleView
from claimcheck.ui.claim_detail import ClaimDetail
from claimcheck.ui.review_screen import ReviewScreen


def _at(words: str, sentence: str) -> tuple[int, int]:
    start = TEXT.index(sentence) + sentence.index(words)
    return (start, start + len(words))


def _marked(view: ArticleView, kind: str) -> set[tuple[int, int]]:
    """The spans of the article text drawn in the style of `kind` (cue, act, …)."""
    style: Style = view._style(kind)
    return {(s.start, s.end) for s in view._styled_text().spans if s.style == style}


async def _show(screen: ReviewScreen, sentence: str) -> tuple[set[tuple[int, int]], ...]:
    claim = next(c for c in screen.shown if c.sentence.text == sentence)
    screen.select(claim)
    view = screen.query_one(ArticleView)
    return _marked(view, "cue"), _marked(view, "act")


@pytest.mark.asyncio
async def test_every_cue_part_is_marked_and_a_narrated_act_is_shown_as_an_act(
    tmp_path: Path,
) -> None:
    path = new_store(tmp_path, [narrated_article()])
    app = ReviewApp(path, reviewer=REVIEWER)
    async with app.run_test(size=(110, 36)) as pilot:
        screen = await open_review(pilot)
        detail = screen.query_one(ClaimDetail)

        cues, acts = await _show(screen, CUE_SENTENCE)
        assert cues == {_at("Wie", CUE_SENTENCE), _at("mitteilte", CUE_SENTENCE)}
        assert acts == set()
        described = detail.describe(screen.current).plain
        assert "cue “Wie … mitteilte”" in described and "act " not in described

        cues, acts = await _show(screen, ACT_SENTENCE)
        assert cues == set()
        assert acts == {_at("forderte", ACT_SENTENCE)}
        described = detail.describe(screen.current).plain
        assert "speaker Die Gewerkschaft  act “forderte”" in described
        assert "cue " not in described
        assert "why speech act 'forderte' (fordern), the statement as a whole" in described
        await settle(pilot)
        shown = screen_text(app)
        assert "act “forderte”" in shown
        assert "speech act 'forderte' (fordern)" in shown

        cues, acts = await _show(screen, ACT_PARTS_SENTENCE)
        assert acts == {_at("warf", ACT_PARTS_SENTENCE), _at("vor", ACT_PARTS_SENTENCE)}
        assert "act “warf … vor”" in detail.describe(screen.current).plain

        cues, acts = await _show(screen, AUX_SENTENCE)
        assert cues == {_at("hatte", AUX_SENTENCE), _at("gesagt", AUX_SENTENCE)}
        assert "cue “hatte … gesagt”" in detail.describe(screen.current).plain

        # the search finds a claim by every part of its cue and by its act
        typed = ["space" if char == " " else char for char in "warf … vor"]
        await pilot.press("slash", *typed, "enter")
        await settle(pilot)
        assert [c.sentence.text for c in screen.shown] == [ACT_PARTS_SENTENCE]
