"""The report model on the sample articles: profile, attention, claims, sources, review
status, summary, selection; and the round trip (annotate through the store, the report
shows it)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from test_report_support import HARBOR, SAMPLES, hostile_records, new_store, sample_store

from claimcheck.report import (
    ArticleReport,
    ReportError,
    Selection,
    build_summary,
    load_reports,
    render,
    select_articles,
)
from claimcheck.store import NotFoundError, Store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("report") / "db.duckdb"
    yield sample_store(path)


def report_of(store: Store, ref: str, *, with_text: bool = False) -> ArticleReport:
    articles = select_articles(store, Selection(refs=(ref,)))
    return load_reports(store, articles, with_text=with_text)[0]


def test_every_sample_article_has_a_report_that_matches_the_store(store: Store) -> None:
    articles = select_articles(store, Selection(all_articles=True))
    assert len(articles) == len(SAMPLES)
    reports = load_reports(store, articles)
    for article, report in zip(articles, reports, strict=True):
        stored = store.claims_for(article.article_id)
        assert report.article.article_id == article.article_id
        assert [c.sentence_id for c in report.claims] == [s.sentence_id for s in stored]
        assert [c.number for c in report.claims] == list(range(1, len(stored) + 1))
        assert [c.start for c in report.claims] == sorted(c.start for c in report.claims)
        for claim, sentence in zip(report.claims, stored, strict=True):
            assert claim.text == sentence.text
            assert claim.attribution == sentence.attribution
            assert claim.speaker == sentence.speaker
            assert claim.role == sentence.speaker_role
            assert claim.vague_source == sentence.vague_source
            assert claim.hedged == sentence.hedged
        profile = report.profile
        assert profile.claims == len(stored) == article.n_claims
        for kind in ("direct_quote", "reported_speech", "unattributed"):
            assert profile.count(kind) == sum(s.attribution == kind for s in stored)
        assert profile.vague_source == sum(s.vague_source for s in stored)
        assert profile.direct_quote + profile.reported_speech + profile.unattributed == len(stored)
        if profile.claims:
            assert profile.share_unattributed == profile.unattributed / profile.claims
            assert profile.share_vague == profile.vague_source / profile.claims


def test_attention_lists_the_claims_nobody_stands_behind_highest_score_first(
    store: Store,
) -> None:
    report = report_of(store, HARBOR)
    attention = report.attention
    expected = {
        c.number for c in report.claims if c.attribution == "unattributed" or c.vague_source
    }
    assert {c.number for c in attention} == expected
    assert attention, "the Harbor Wire sample has unattributed claims"
    scores = [c.score for c in attention]
    assert scores == sorted(scores, reverse=True)
    texts = [c.text for c in attention]
    assert "The federal action level is 15 parts per billion." in texts
    assert not any(c.attribution == "direct_quote" and not c.vague_source for c in attention)


def test_sources_hold_the_outlet_and_every_speaker(store: Store) -> None:
    report = report_of(store, HARBOR)
    outlet = report.sources[0]
    assert outlet.is_outlet and outlet.name == "Harbor Wire" and outlet.kind == "outlet"
    assert outlet.claims == report.profile.unattributed
    speakers = report.sources[1:]
    assert not any(s.is_outlet for s in speakers)
    assert sum(s.claims for s in speakers) == report.profile.claims - report.profile.unattributed
    assert [s.claims for s in speakers] == sorted((s.claims for s in speakers), reverse=True)
    hartwell = next(s for s in speakers if s.name == "Denise Hartwell")
    assert hartwell.kind == "person" and hartwell.role == "Mayor"
    assert hartwell.claims == hartwell.direct_quote + hartwell.reported_speech
    assert any(s.vague and s.source_id is None for s in speakers)  # "officials" and the like


def test_an_article_without_outlet_has_no_outlet_line(store: Store) -> None:
    article = next(a for a in store.list_articles() if a.outlet is None)
    report = load_reports(store, [article])[0]
    assert not any(s.is_outlet for s in report.sources)
    assert all(c.source is None for c in report.claims if c.attribution == "unattributed")


def test_the_text_and_body_span_are_loaded_for_html(store: Store) -> None:
    report = report_of(store, HARBOR, with_text=True)
    assert report.text is not None and report.body is not None
    start, end = report.body
    assert report.text[start:end].startswith("Springfield to replace 9,000 lead pipes")
    for claim in report.claims:
        assert report.text[claim.start : claim.end] == claim.text
        assert start <= claim.start < claim.end <= end
    assert report_of(store, HARBOR).text is None


def test_round_trip_annotations_and_ratings_show_in_the_report(tmp_path: Path) -> None:
    store = sample_store(tmp_path / "db.duckdb")
    claims = store.claims_for(HARBOR)
    first, second = claims[0].sentence_id, claims[1].sentence_id
    report = report_of(store, HARBOR)
    assert report.review.reviewers == () and report.review.claims_reviewed == 0

    store.record_annotation(first, verdict="refuted", note="the grant is smaller")
    store.record_annotation(first, reviewer="ben", verdict="supported", source_credibility=2)
    store.record_annotation(second, reviewer="ben", corrected_attribution="direct_quote")
    store.rate_source("Denise Hartwell", credibility=2, independence="interested party")
    store.rate_source("Harbor Wire", credibility=5, independence="independent")

    report = report_of(store, HARBOR)
    claim = report.claims[0]
    assert [(r.reviewer, r.verdict, r.note) for r in claim.reviews] == [
        ("anna", "refuted", "the grant is smaller"),
        ("ben", "supported", None),
    ]
    assert claim.reviews[1].source_credibility == 2
    assert claim.verdicts == ("refuted", "supported")
    assert "disputed" in claim.flags
    assert "attribution_corrected" in report.claims[1].flags
    assert report.review.reviewers == ("anna", "ben")
    assert report.review.claims_reviewed == 2 and report.review.annotations == 3
    assert dict(report.review.verdicts) == {"refuted": 1, "supported": 1}
    assert report.review.first_at is not None and report.review.last_at is not None
    hartwell = [c for c in report.claims if c.speaker == "Denise Hartwell"]
    assert hartwell and all(
        c.source is not None
        and c.source.credibility == 2
        and "low_credibility" in c.flags
        and "interested_party" in c.flags
        for c in hartwell
    )
    own_voice = [c for c in report.claims if c.attribution == "unattributed"]
    assert all(c.source is not None and c.source.credibility == 5 for c in own_voice)
    assert report.sources[0].credibility == 5 and report.sources[0].independence == "independent"
    for fmt in ("terminal", "md", "html", "json"):
        text = render([report_of(store, HARBOR, with_text=fmt == "html")], fmt)
        assert "the grant is smaller" in text and "ben" in text, fmt
        assert "refuted" in text and "supported" in text, fmt

    store.undo_last("anna")  # takes back anna's verdict: the report shows it gone
    report = report_of(store, HARBOR)
    assert [r.reviewer for r in report.claims[0].reviews] == ["ben"]
    assert "disputed" not in report.claims[0].flags
    assert "the grant is smaller" not in render([report], "md")


def test_summary_adds_up(store: Store) -> None:
    reports = load_reports(store, select_articles(store, Selection(all_articles=True)))
    summary = build_summary(reports, selection="all articles")
    assert summary.articles == len(SAMPLES)
    assert summary.profile.claims == sum(r.profile.claims for r in reports)
    assert sum(g.profile.claims for g in summary.outlets) == summary.profile.claims
    assert sum(g.articles for g in summary.outlets) == summary.articles
    attributed = summary.profile.claims - summary.profile.unattributed
    assert sum(g.profile.claims for g in summary.speakers) == attributed
    assert all(g.profile.unattributed == 0 for g in summary.speakers)
    names = {g.name for g in summary.outlets}
    assert {"Harbor Wire", "nordpress", "(no outlet)"} <= names
    claims = [g.profile.claims for g in summary.speakers]
    assert claims == sorted(claims, reverse=True)


def test_summary_verdict_totals(tmp_path: Path) -> None:
    store = sample_store(tmp_path / "db.duckdb")
    harbor = store.claims_for(HARBOR)
    store.record_annotation(harbor[0].sentence_id, verdict="refuted")
    store.record_annotation(harbor[1].sentence_id, verdict="refuted")
    store.record_annotation(harbor[1].sentence_id, reviewer="ben", verdict="misleading")
    other_article = next(a for a in store.list_articles() if a.input != HARBOR)
    other = store.claims_for(other_article.article_id)
    store.record_annotation(other[0].sentence_id, reviewer="ben", verdict="supported")
    reports = load_reports(store, select_articles(store, Selection(all_articles=True)))
    summary = build_summary(reports)
    assert dict(summary.review.verdicts)["refuted"] == 2
    assert summary.review.reviewers == ("anna", "ben")
    wire = next(g for g in summary.outlets if g.name == "Harbor Wire")
    assert dict(wire.verdicts) == {"refuted": 2, "misleading": 1}
    assert wire.claims_reviewed == 2


def test_selection_by_outlet_and_date(tmp_path: Path) -> None:
    store = sample_store(tmp_path / "db.duckdb")
    store.add_articles([hostile_records()])  # published 2025-03-04
    by_outlet = select_articles(store, Selection(outlet="harbor wire"))
    assert [a.input for a in by_outlet] == [HARBOR]
    dated = select_articles(store, Selection(since=date(2025, 3, 1), until=date(2025, 3, 31)))
    assert [a.input for a in dated] == ["hostile.txt"]
    # without a publication date an article counts by the day it was added (today)
    today = date.today()
    recent = select_articles(store, Selection(since=today))
    assert len(recent) == len(SAMPLES)
    with pytest.raises(ReportError, match="no stored article matches"):
        select_articles(store, Selection(outlet="Nobody Times"))
    named = select_articles(store, Selection(refs=(HARBOR, "hostile.txt", HARBOR)))
    assert [a.input for a in named] == [HARBOR, "hostile.txt"]  # in order, once each
    with pytest.raises(ReportError, match="outlet Coast Herald"):
        select_articles(store, Selection(refs=(HARBOR,), outlet="Coast Herald"))


def test_articles_are_found_as_claims_finds_them(store: Store) -> None:
    article = store.get_article(HARBOR)
    for ref in (article.article_id, article.article_id[:6], HARBOR):
        assert [a.article_id for a in select_articles(store, Selection(refs=(ref,)))] == [
            article.article_id
        ]
    with pytest.raises(NotFoundError):
        select_articles(store, Selection(refs=("no-such-article.txt",)))


def test_an_empty_store_is_reported_as_such(tmp_path: Path) -> None:
    store = new_store(tmp_path / "empty.duckdb")
    with pytest.raises(ReportError, match="no articles stored yet"):
        select_articles(store, Selection(all_articles=True))
