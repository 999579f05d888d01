"""Reports show a cue with all its parts ("Wie … mitteilte") and, for a narrated speech
act, which has no cue, the act ("forderte"), in every format."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from test_parts_support import (
    ACT_PARTS_SENTENCE,
    ACT_SENTENCE,
    AUX_SENTENCE,
    CUE_SENTENCE,
    INPUT,
    TEXT,
    narrated_article,
)
from test_report_support import ROOT, new_store

from claimcheck.report import ArticleReport, Selection, load_reports, render, select_articles

LABELS = {
    CUE_SENTENCE: "cue “Wie … mitteilte”",
    ACT_SENTENCE: "act “forderte”",
    ACT_PARTS_SENTENCE: "act “warf … vor”",
    AUX_SENTENCE: "cue “hatte … gesagt”",
}


@pytest.fixture
def reports(tmp_path: Path) -> list[ArticleReport]:
    store = new_store(tmp_path / "db.duckdb")
    store.add_articles([narrated_article()])
    chosen = select_articles(store, Selection(refs=(INPUT,)))
    return load_reports(store, chosen, with_text=True)


def test_the_model_holds_every_part_and_the_act(reports: list[ArticleReport]) -> None:
    claims = {c.text: c for c in reports[0].claims}
    wie = claims[CUE_SENTENCE]
    assert wie.cue == "Wie … mitteilte" and wie.act is None and wie.act_parts == ()
    assert [(TEXT[p.start : p.end], p.text) for p in wie.cue_parts] == [
        ("Wie", "Wie"),
        ("mitteilte", "mitteilte"),
    ]
    demand = claims[ACT_SENTENCE]
    assert demand.cue is None and demand.cue_parts == () and demand.act == "forderte"
    assert claims[ACT_PARTS_SENTENCE].act == "warf … vor"


@pytest.mark.parametrize("fmt", ["terminal", "md", "html"])
def test_every_format_shows_the_cue_with_its_parts_and_the_act(
    reports: list[ArticleReport], fmt: str
) -> None:
    out = render(reports, fmt)
    if fmt == "html":
        out = html.unescape(re.sub(r"<[^>]+>", " ", out))
    elif fmt == "md":
        MarkdownIt().parse(out)  # still Markdown
    flat = " ".join(out.split())
    for sentence, label in LABELS.items():
        assert label in flat, (fmt, sentence)
    # the act is never called a cue
    assert "cue “forderte”" not in flat and "cue “warf" not in flat


def test_the_markdown_claim_row_names_speaker_and_cue_in_one_cell(
    reports: list[ArticleReport],
) -> None:
    out = render(reports, "md")
    row = next(line for line in out.splitlines() if "Die Gewerkschaft forderte" in line)
    assert "| Die Gewerkschaft · act “forderte” |" in row


def test_json_gives_the_cue_and_act_with_their_parts_and_documents_them(
    reports: list[ArticleReport],
) -> None:
    claims = {c["text"]: c for c in json.loads(render(reports, "json"))["articles"][0]["claims"]}
    wie = claims[CUE_SENTENCE]
    assert wie["cue"] == "Wie … mitteilte" and wie["act"] is None and wie["act_parts"] == []
    assert [TEXT[p["start"] : p["end"]] for p in wie["cue_parts"]] == ["Wie", "mitteilte"]
    assert [p["text"] for p in wie["cue_parts"]] == ["Wie", "mitteilte"]
    demand = claims[ACT_SENTENCE]
    assert (demand["cue"], demand["cue_parts"], demand["act"]) == (None, [], "forderte")
    start = TEXT.index("forderte")
    assert demand["act_parts"] == [{"text": "forderte", "start": start, "end": start + 8}]
    accused = claims[ACT_PARTS_SENTENCE]
    assert [p["text"] for p in accused["act_parts"]] == ["warf", "vor"]
    documented = (ROOT / "docs" / "report.md").read_text(encoding="utf-8")
    for key in ("cue", "cue_parts", "act", "act_parts"):
        assert f"| `{key}` |" in documented, key


def test_the_html_article_text_marks_every_cue_part_and_the_act(
    reports: list[ArticleReport],
) -> None:
    page = render(reports, "html")
    text = page[page.index('class="article-text"') :]
    assert re.findall(r'<span class="cue">([^<]*)</span>', text) == [
        "Wie",
        "mitteilte",
        "hatte",
        "gesagt",
    ]
    assert re.findall(r'<span class="act">([^<]*)</span>', text) == ["forderte", "warf", "vor"]
    assert 'title="#2 · reported speech · Die Gewerkschaft · act “forderte”"' in text
