"""The four renderers: what they show, that everything from an article is escaped in
each of them, and that the JSON fields are the documented ones."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from test_report_support import (
    HARBOR,
    HOSTILE_NOTE,
    HOSTILE_URL,
    ROOT,
    hostile_records,
    sample_store,
)

from claimcheck.report import (
    ArticleReport,
    Selection,
    build_summary,
    load_reports,
    render,
    render_summary,
    select_articles,
)
from claimcheck.store import Store

DOCS = ROOT / "docs" / "report.md"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = sample_store(tmp_path_factory.mktemp("render") / "db.duckdb")
    store.add_articles([hostile_records()])
    hostile = store.claims_for("hostile.txt")
    for claim in hostile:
        store.record_annotation(
            claim.sentence_id,
            reviewer="<b>eve</b>|x",
            verdict="refuted",
            note=HOSTILE_NOTE,
            corrected_speaker="[bold]Mallory[/bold]",
        )
    harbor = store.claims_for(HARBOR)
    store.record_annotation(harbor[1].sentence_id, verdict="misleading", note="grant is smaller")
    store.rate_source("Harbor Wire", credibility=4, independence="independent")
    yield store


def reports(store: Store, *refs: str, text: bool = False) -> list[ArticleReport]:
    return load_reports(store, select_articles(store, Selection(refs=refs)), with_text=text)


# --- terminal -------------------------------------------------------------------------------


def test_terminal_report_has_every_section(store: Store) -> None:
    out = render(reports(store, HARBOR), "terminal")
    for heading in (
        "CLAIMS REPORT",
        "Attribution profile",
        "Needs attention",
        "Claims (",
        "Sources",
    ):
        assert heading in out
    assert "Springfield to replace 9,000 lead pipes" in out
    assert "Harbor Wire" in out and "4/5, independent" in out
    assert "anna: misleading: grant is smaller" in out
    assert "Denise Hartwell" in out and "Mayor" in out
    assert "\x1b" not in out  # a file gets no colour codes
    assert "not reviewed" in out


def test_terminal_shows_control_characters_and_markup_as_text(store: Store) -> None:
    out = render(reports(store, "hostile.txt"), "terminal")
    assert "\x1b" not in out
    assert "\\x1b[31mtoo slow\\x1b[0m" in out
    assert "[bold red]now[/]" in out  # rich markup is not interpreted
    assert "[bold]Mallory[/bold]" in out
    assert "<script>alert('title')</script>" in out  # plain text, nothing to escape


def test_terminal_in_colour_keeps_article_escapes_inert(store: Store) -> None:
    import io

    from rich.console import Console

    from claimcheck.report import terminal_renderables

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        color_system="truecolor",
        width=100,
        markup=False,
        highlight=False,
    )
    for item in terminal_renderables(reports(store, "hostile.txt")):
        console.print(item)
    out = buffer.getvalue()
    assert "\x1b[31mtoo slow" not in out and "\x1b[2J" not in out
    assert "\\x1b[31mtoo slow" in out


# --- Markdown ---------------------------------------------------------------------------------


def markdown_tokens(text: str) -> list[Any]:
    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(text)
    flat: list[Any] = []
    for token in tokens:
        flat.append(token)
        flat.extend(token.children or [])
    return flat


def test_markdown_report_tables_and_sections(store: Store) -> None:
    md = render(reports(store, HARBOR), "md")
    assert md.startswith("## Claims report: Springfield to replace 9,000 lead pipes")
    for heading in (
        "### Attribution profile",
        "### Needs attention",
        "### Claims (",
        "### Sources",
    ):
        assert heading in md
    tokens = markdown_tokens(md)
    assert sum(t.type == "table_open" for t in tokens) == 5  # header, profile, attention,
    #                                                          claims, sources
    assert "grant is smaller" in md


def test_markdown_escapes_everything_from_the_article(store: Store) -> None:
    md = render(reports(store, "hostile.txt"), "md")
    tokens = markdown_tokens(md)
    assert not [t for t in tokens if t.type in ("html_inline", "html_block")]
    assert not [t for t in tokens if t.type == "link_open"]
    assert not [t for t in tokens if t.type == "em_open" and t.markup == "*"]
    assert "<script>" not in md and "<img" not in md and "\x1b" not in md
    # every row of a table has as many cells as its header: pipes in text are escaped
    for block in re.split(r"\n\n", md):
        rows = [r for r in block.splitlines() if r.startswith("|")]
        if rows:
            counts = {len(re.findall(r"(?<!\\)\|", r)) for r in rows}
            assert len(counts) == 1, block
    rendered = MarkdownIt("commonmark").enable("table").render(md)
    assert "&lt;script&gt;alert(" in rendered
    assert "<script" not in rendered and "<img" not in rendered


# --- HTML ---------------------------------------------------------------------------------


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> Collector:
    collector = Collector()
    collector.feed(text)
    collector.close()
    return collector


ALLOWED_TAGS = set(
    """html head meta title style body main article header nav section footer h1 h2 p dl dt dd
    div span b a ul ol li table thead tbody tr th td mark sup svg defs pattern rect line
    clippath g text""".split()
)


def check_safe_html(text: str) -> Collector:
    page = parse_html(text)
    tags = {tag for tag, _ in page.tags}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name not in ("src", "srcset", "action", "formaction"), (tag, name)
            if name in ("href", "xlink:href"):
                assert value is not None
                assert value.startswith("#") or re.match(r"https?://", value), value
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            assert "default-src 'none'" in (attrs.get("content") or "")
    assert any(
        tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
        for tag, attrs in page.tags
    )
    assert "<script" not in text.lower()
    assert "@import" not in text and "url(http" not in text
    return page


def test_html_report_is_one_safe_self_contained_file(store: Store) -> None:
    html = render(reports(store, HARBOR, text=True), "html")
    page = check_safe_html(html)
    assert html.startswith("<!DOCTYPE html>")
    visible = "".join(page.text)
    assert "Springfield to replace 9,000 lead pipes after years of delay" in visible
    assert "grant is smaller" in visible
    assert "@media print" in html
    # the article text with every claim highlighted by attribution
    report = reports(store, HARBOR, text=True)[0]
    marks = [a for tag, a in page.tags if tag == "mark"]
    assert len(marks) == len(report.claims)
    classes = [m["class"] for m in marks]
    short = {"direct_quote": "dq", "reported_speech": "rs", "unattributed": "un"}
    assert classes == [short[c.attribution] for c in report.claims]
    # the chart is inline SVG
    assert any(tag == "svg" for tag, _ in page.tags)
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids))


def test_html_escapes_every_piece_of_article_text(store: Store) -> None:
    html = render(reports(store, "hostile.txt", text=True), "html")
    page = check_safe_html(html)
    visible = "".join(page.text)
    assert "Council <script>alert('title')</script> votes" in visible  # shown as text
    assert "<img src=x onerror=alert(2)>" in visible
    assert "<script>alert('note')</script>" in visible
    assert "<b>eve</b>|x" in visible
    assert "<i>Eve</i> | Mallory" in visible
    assert HOSTILE_URL in visible  # the URL is shown as text, not linked
    assert not any(tag == "a" and a.get("href") == HOSTILE_URL for tag, a in page.tags)
    assert "\x1b" not in html and "\\x1b[31mtoo slow" in visible
    assert not any(tag in ("script", "img", "i", "iframe") for tag, _ in page.tags)


def test_html_links_an_http_url(tmp_path: Path) -> None:
    store = sample_store(tmp_path / "db.duckdb")
    records = hostile_records()
    records[0]["url"] = 'https://example.org/news?a=1&b="2"'
    records[0]["input"] = "linked.txt"
    for record in records[1:]:
        record["input"] = "linked.txt"
    store.add_articles([records])
    html = render(reports(store, "linked.txt", text=True), "html")
    page = check_safe_html(html)
    links = [a["href"] for tag, a in page.tags if tag == "a" and not a["href"].startswith("#")]
    assert links == ['https://example.org/news?a=1&b="2"']


def test_several_articles_in_one_html_file(store: Store) -> None:
    html = render(reports(store, HARBOR, "hostile.txt", text=True), "html")
    page = check_safe_html(html)
    assert sum(tag == "article" for tag, _ in page.tags) == 2
    assert any(tag == "nav" for tag, _ in page.tags)
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids))


def test_summary_in_every_format(store: Store) -> None:
    all_reports = load_reports(store, select_articles(store, Selection(all_articles=True)))
    summary = build_summary(all_reports)
    for fmt in ("terminal", "md", "html", "json"):
        text = render_summary(summary, fmt, top=3)
        assert "Harbor Wire" in text
        if fmt == "html":
            check_safe_html(text)
        if fmt == "md":
            assert not [t for t in markdown_tokens(text) if t.type.startswith("html")]
            assert "more (`--top 0` shows all)" in text
    data = json.loads(render_summary(summary, "json", top=3))
    assert len(data["speakers"]) == len(summary.speakers) > 3  # JSON is never cut


# --- JSON ---------------------------------------------------------------------------------


def documented_fields() -> set[str]:
    return set(re.findall(r"`([a-z_]+)`", DOCS.read_text(encoding="utf-8")))


def keys(value: Any, skip: frozenset[str] = frozenset({"verdicts"})) -> set[str]:
    """Every key of every object in a JSON value (verdict maps' keys are data)."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(key)
            if key not in skip or isinstance(item, list):
                found |= keys(item, skip)
    elif isinstance(value, list):
        for item in value:
            found |= keys(item, skip)
    return found


def test_json_report_fields_are_documented(store: Store) -> None:
    data = json.loads(render(reports(store, HARBOR, "hostile.txt"), "json"))
    assert data["type"] == "claimcheck.report" and data["version"] == 1
    assert len(data["articles"]) == 2
    missing = keys(data) - documented_fields()
    assert not missing, f"not in docs/report.md: {sorted(missing)}"
    article = data["articles"][0]
    numbers = [c["number"] for c in article["claims"]]
    assert numbers == list(range(1, len(numbers) + 1))
    assert set(article["attention"]) == {
        c["number"] for c in article["claims"] if c["needs_attention"]
    }
    claim = next(c for c in article["claims"] if c["reviews"])
    assert claim["reviews"][0]["note"] == "grant is smaller"


def test_json_summary_fields_are_documented(store: Store) -> None:
    all_reports = load_reports(store, select_articles(store, Selection(all_articles=True)))
    data = json.loads(render_summary(build_summary(all_reports), "json"))
    assert data["type"] == "claimcheck.summary"
    missing = keys(data) - documented_fields()
    assert not missing, f"not in docs/report.md: {sorted(missing)}"
    assert any(row["name"] is None for row in data["outlets"])  # articles with no outlet


def test_json_keeps_article_text_exactly(store: Store) -> None:
    data = json.loads(render(reports(store, "hostile.txt"), "json"))
    texts = [c["text"] for c in data["articles"][0]["claims"]]
    assert any("\x1b[31mtoo slow\x1b[0m" in t for t in texts)  # data, exactly as stored
    assert data["articles"][0]["article"]["url"] == HOSTILE_URL


def test_an_article_without_claims_renders_in_every_format(tmp_path: Path) -> None:
    import claimcheck

    store = sample_store(tmp_path / "db.duckdb")
    records = claimcheck.analyze_text("Ein Titel\n\nWie geht es weiter?\n", name="empty.txt")
    records_dicts = records.to_dict()
    for record in records_dicts[1:]:
        record["claim"], record["claim_kind"] = False, None
    store.add_articles([records_dicts])
    report = reports(store, "empty.txt", text=True)
    assert report[0].claims == () and report[0].profile.share_unattributed is None
    for fmt in ("terminal", "md", "html", "json"):
        out = render(report, fmt)
        assert "Ein Titel" in out
        if fmt in ("terminal", "md", "html"):
            assert "No claims were found" in out
    summary = build_summary(report)
    for fmt in ("terminal", "md", "html", "json"):
        assert render_summary(summary, fmt)
