"""Body and page furniture: dateline, headline, hard-wrapped lines, where furniture starts."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLES, SEED, expected_for, squash

import claimcheck
from claimcheck._body import find_body
from claimcheck._rules import load_rules


def furniture_offset(text: str, first_line: str) -> int:
    """Offset of the line that starts the page furniture (it must start a line)."""
    match = re.search(r"(?m)^[ \t]*" + re.escape(first_line), text)
    assert match, f"furniture line {first_line!r} not found at a line start"
    return match.start()


# --- the seed article ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> claimcheck.Article:
    return claimcheck.analyze(SEED)


def test_seed_dateline_and_outlet(seed: claimcheck.Article) -> None:
    assert seed.language == "de"
    assert seed.dateline is not None
    assert seed.dateline.text.rstrip() == "MOSKAU / MÜNCHEN (IT BOLTWISE) –"
    assert seed.dateline.start == 0
    assert seed.text[seed.dateline.start : seed.dateline.end] == seed.dateline.text
    assert seed.outlet == "IT BOLTWISE"
    assert seed.to_dict()[0]["outlet"] == "IT BOLTWISE"


def test_seed_first_sentence_leaves_the_dateline_out(seed: claimcheck.Article) -> None:
    first = seed.sentences[0]
    assert first.text.startswith("In einem geplanten")
    assert first.start >= seed.dateline.end  # type: ignore[union-attr]


def test_seed_furniture_is_cut(seed: claimcheck.Article) -> None:
    cut = furniture_offset(seed.text, "- Die besten Bücher")
    assert all(s.end <= cut for s in seed.sentences)
    assert not any("Kommentar" in s.text or "StepStone" in s.text for s in seed.sentences)
    # ...but it is still in the text: offsets refer to the whole file.
    assert seed.text == SEED.read_text(encoding="utf-8")


def test_seed_body_is_exactly_the_annotated_sentences(seed: claimcheck.Article) -> None:
    expected = [squash(entry["text"]) for entry in expected_for(SEED)["body"]]
    assert len(expected) == 18
    assert [squash(s.text) for s in seed.sentences] == expected


# --- every sample article against its hand annotation ---------------------------------


def _samples() -> list[Path]:
    return list(SAMPLE_ARTICLES)


def test_there_are_sample_articles() -> None:
    assert len(SAMPLE_ARTICLES) >= 5


@pytest.mark.parametrize("path", _samples(), ids=lambda p: p.stem)
def test_sample_every_annotated_body_sentence_is_found(path: Path) -> None:
    article = claimcheck.analyze(path)
    got = [squash(s.text) for s in article.sentences]
    for entry in expected_for(path)["body"]:
        assert squash(entry["text"]) in got


@pytest.mark.parametrize("path", _samples(), ids=lambda p: p.stem)
def test_sample_body_in_order(path: Path) -> None:
    article = claimcheck.analyze(path)
    assert [squash(s.text) for s in article.sentences] == [
        squash(entry["text"]) for entry in expected_for(path)["body"]
    ]


@pytest.mark.parametrize("path", _samples(), ids=lambda p: p.stem)
def test_sample_no_sentence_in_the_furniture(path: Path) -> None:
    article = claimcheck.analyze(path)
    cut = furniture_offset(article.text, expected_for(path)["boilerplate_starts_with"])
    assert article.sentences
    assert all(s.start < cut and s.end <= cut for s in article.sentences)


@pytest.mark.parametrize("path", _samples(), ids=lambda p: p.stem)
def test_sample_dateline(path: Path) -> None:
    article = claimcheck.analyze(path)
    expected = expected_for(path)["dateline"]
    if expected is None:
        assert article.dateline is None
        return
    assert article.dateline is not None
    for place in expected["places"]:
        assert place in article.dateline.text
    assert article.outlet == expected["outlet"]


@pytest.mark.parametrize("path", _samples(), ids=lambda p: p.stem)
def test_sample_keep_boilerplate_keeps_the_furniture(path: Path) -> None:
    cut_article = claimcheck.analyze(path)
    kept = claimcheck.analyze(path, keep_boilerplate=True)
    cut = furniture_offset(kept.text, expected_for(path)["boilerplate_starts_with"])
    assert len(kept.sentences) > len(cut_article.sentences)
    assert any(s.start >= cut for s in kept.sentences)
    for sentence in kept.sentences:
        assert kept.text[sentence.start : sentence.end] == sentence.text


# --- datelines, headlines, furniture in small texts of our own ------------------------


def test_english_dateline_is_not_part_of_the_first_sentence() -> None:
    text = (
        "WASHINGTON (Reuters) — The Senate passed the spending bill on Tuesday. "
        "It now goes to the House."
    )
    article = claimcheck.analyze_text(text, language="en")
    assert article.outlet == "Reuters"
    assert article.dateline is not None
    assert article.dateline.text.rstrip() == "WASHINGTON (Reuters) —"
    assert [s.text for s in article.sentences] == [
        "The Senate passed the spending bill on Tuesday.",
        "It now goes to the House.",
    ]


def test_german_agency_dateline_with_hyphen() -> None:
    text = "BERLIN (dpa) - Die Regierung hat den Haushalt beschlossen. Er gilt ab Januar."
    article = claimcheck.analyze_text(text, language="de")
    assert article.outlet == "dpa"
    assert article.sentences[0].text == "Die Regierung hat den Haushalt beschlossen."
    assert article.sentences[0].start == len("BERLIN (dpa) - ")
    assert all("BERLIN" not in s.text for s in article.sentences)


def test_dateline_after_a_headline() -> None:
    text = (
        "Rat beschließt neuen Haushalt\n\n"
        "BERLIN (dpa) - Die Regierung hat den Haushalt beschlossen. Er gilt ab Januar."
    )
    article = claimcheck.analyze_text(text, language="de")
    assert article.outlet == "dpa"
    assert [s.text for s in article.sentences] == [
        "Rat beschließt neuen Haushalt",
        "Die Regierung hat den Haushalt beschlossen.",
        "Er gilt ab Januar.",
    ]


def test_dateline_with_a_lower_case_local_outlet() -> None:
    text = "LINDENAU (ltb) – Die Stadt baut neue Radwege. Der Rat stimmt zu."
    article = claimcheck.analyze_text(text, language="de")
    assert article.outlet == "ltb"
    assert article.sentences[0].text == "Die Stadt baut neue Radwege."


def test_a_capitalised_word_with_brackets_is_not_a_dateline() -> None:
    text = (
        "Die Stadtwerke (SWL) - ein kommunales Unternehmen - erhöhen die Preise. "
        "Das trifft viele Haushalte."
    )
    article = claimcheck.analyze_text(text, language="de")
    assert article.dateline is None
    assert article.outlet is None
    assert article.sentences[0].text.startswith("Die Stadtwerke (SWL)")


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_headline_without_full_stop_is_its_own_sentence(separator: str) -> None:
    headline = "Rat beschließt neuen Haushalt für das Jahr 2025"
    text = headline + separator + "Die Regierung hat den Haushalt beschlossen. Er gilt ab Januar."
    article = claimcheck.analyze_text(text, language="de")
    assert article.sentences[0].text == headline
    assert article.sentences[1].text == "Die Regierung hat den Haushalt beschlossen."
    assert article.sentences[0].paragraph != article.sentences[1].paragraph
    assert article.title == headline
    assert not article.sentences[0].claim


def test_byline_is_left_out_and_becomes_the_author() -> None:
    text = "Von Anna Berger\n\nDer Stadtrat hat den Haushalt beschlossen. Er gilt ab Januar."
    article = claimcheck.analyze_text(text, language="de")
    assert article.author == "Anna Berger"
    assert article.sentences[0].text == "Der Stadtrat hat den Haushalt beschlossen."


GERMAN_WITH_FURNITURE = """Der Stadtrat hat am Montag den Haushalt beschlossen. Er gilt ab Januar.

Foto: Stadtarchiv Lindenau

Die Opposition stimmte dagegen. Sie will klagen.

Mehr zum Thema
- Haushalt 2025: Die Details

© 2025 Lindenauer Tageblatt
"""


def test_furniture_lines_and_tail_are_cut() -> None:
    article = claimcheck.analyze_text(GERMAN_WITH_FURNITURE, language="de")
    assert [s.text for s in article.sentences] == [
        "Der Stadtrat hat am Montag den Haushalt beschlossen.",
        "Er gilt ab Januar.",
        "Die Opposition stimmte dagegen.",
        "Sie will klagen.",
    ]
    assert article.text == GERMAN_WITH_FURNITURE


def test_keep_boilerplate_keeps_the_furniture() -> None:
    article = claimcheck.analyze_text(GERMAN_WITH_FURNITURE, language="de", keep_boilerplate=True)
    texts = [s.text for s in article.sentences]
    assert "Foto: Stadtarchiv Lindenau" in texts
    assert "Mehr zum Thema" in texts
    assert "© 2025 Lindenauer Tageblatt" in texts
    assert texts[:2] == [
        "Der Stadtrat hat am Montag den Haushalt beschlossen.",
        "Er gilt ab Januar.",
    ]


def test_find_body_reports_where_the_furniture_starts() -> None:
    rules = load_rules("de")
    body = find_body(GERMAN_WITH_FURNITURE, rules)
    assert body.furniture_start == GERMAN_WITH_FURNITURE.index("Mehr zum Thema")
    assert all(p.end <= body.furniture_start for p in body.paragraphs)
    kept = find_body(GERMAN_WITH_FURNITURE, rules, keep_furniture=True)
    assert kept.furniture_start is None


def test_english_furniture_tail_is_cut() -> None:
    text = (
        "The council approved the budget on Monday. It takes effect in January.\n\n"
        "Related: Budget 2025 explained\n\n"
        "Sign up for our newsletter!\n"
    )
    article = claimcheck.analyze_text(text, language="en")
    assert [s.text for s in article.sentences] == [
        "The council approved the budget on Monday.",
        "It takes effect in January.",
    ]


GERMAN_PARAGRAPH = (
    "Die Stadtverwaltung hat am Montag einen neuen Plan für den Ausbau der Radwege vorgestellt. "
    "Nach Angaben der Verwaltung sollen in den kommenden fünf Jahren insgesamt vierzig Kilometer "
    "neue Wege entstehen, die meisten davon entlang der großen Ausfallstraßen im Norden. "
    "Die Kosten werden auf rund zwölf Millionen Euro geschätzt, die zur Hälfte vom Land kommen "
    "sollen."
)
ENGLISH_PARAGRAPH = (
    "The harbour authority said on Friday that it would close the old ferry terminal at the end "
    "of the summer season after engineers found serious damage to the pier. "
    "A temporary landing stage will be built next to the fish market while the repairs go on. "
    "The work is expected to take at least two years and to cost about nine million pounds."
)


@pytest.mark.parametrize(
    ("paragraph", "language", "count"), [(GERMAN_PARAGRAPH, "de", 3), (ENGLISH_PARAGRAPH, "en", 3)]
)
def test_hard_wrapped_paragraph_is_joined_into_sentences(
    paragraph: str, language: str, count: int
) -> None:
    wrapped = textwrap.fill(paragraph, width=70)
    assert wrapped.count("\n") >= 4
    text = wrapped + "\n\nEin letzter Absatz. Er ist kurz.\n"
    article = claimcheck.analyze_text(text, language=language)
    body = [s for s in article.sentences if s.paragraph == article.sentences[0].paragraph]
    assert len(body) == count
    # the sentences are those of the unwrapped paragraph, line breaks inside them
    expected = re.split(r"(?<=\.) ", paragraph)
    assert [squash(s.text) for s in body] == expected
    assert any("\n" in s.text for s in body)
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
    assert article.sentences[-1].text == "Er ist kurz."
    assert article.sentences[-1].paragraph > body[-1].paragraph


def test_short_lines_are_not_joined() -> None:
    # One sentence per line, lines of different length: not hard-wrapped.
    text = (
        "Der Rat tagt.\n"
        "Die Bürgermeisterin hat den Haushalt für das kommende Jahr vorgestellt.\n"
        "Die Opposition will dagegen stimmen.\n"
    )
    article = claimcheck.analyze_text(text, language="de")
    assert [s.text for s in article.sentences] == [
        "Der Rat tagt.",
        "Die Bürgermeisterin hat den Haushalt für das kommende Jahr vorgestellt.",
        "Die Opposition will dagegen stimmen.",
    ]
    assert len({s.paragraph for s in article.sentences}) == 3
