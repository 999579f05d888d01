"""Needles: the plain strings that every match of a pattern holds."""

from __future__ import annotations

import re
import sys

import pytest

from claimcheck._needles import FOLD_TRAPS, may_match, needles


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("%", ("%",)),
        ("[$€£¥]", ("$", "£", "¥", "€")),
        ("https?://|www\\.", ("http", "www.")),
        ("(?:Herr|Herrn|Frau|Dr\\.|Prof\\.) [A-Z]", ("Dr.", "Frau", "Herr", "Prof.")),
        ("[a-z,] (?:Sie|Ihnen|Ihr|Ihre)\\b", ("Ihnen", "Ihr", "Sie")),
        ("soll(?:en|te)? (?:\\w+ ){1,8}(?:haben|sein)\\b", ("soll",)),
        ("x?abc", ("abc",)),
        # nothing certain: a range, a category, an optional part, a branch that needs
        # nothing, a case-insensitive pattern or part, whitespace
        ("[A-Z]{6,}", None),
        ("\\d+", None),
        ("(?:abc)?d?", None),
        ("abc|\\d", None),
        ("(?i)abc", None),
        ("(?i:abc)\\d", None),
        (" \\d", None),
    ],
)
def test_needles_of_a_pattern(source: str, expected: tuple[str, ...] | None) -> None:
    assert needles(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("(?i)Abc", ("abc",)),
        ("\\b(?i:by (?:many|Some))\\b", ("many", "some")),
        ("(?i:critics|experts) say", ("critics", "experts")),
        ("[Kk]reisen", ("reisen",)),
        # a letter beyond ASCII ends a folded needle
        ("(?i)straße", ("stra",)),
        ("(?i)[a-z]+", None),
    ],
)
def test_folded_needles(source: str, expected: tuple[str, ...] | None) -> None:
    assert needles(source, folded=True) == expected


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Critics SAY the plan is late.", True),
        ("The plan, critics say, is late.", True),
        ("The plan is late.", False),
        ("Crıtics say the plan is late.", True),  # dotless i: the pattern takes it for "i"
        ("Crİtics say the plan is late.", True),
    ],
)
def test_folded_needles_find_every_text_the_pattern_matches(text: str, matches: bool) -> None:
    pattern = re.compile("\\b(?i:critics say)\\b")
    found = needles(pattern.pattern, folded=True)
    assert found == ("critics say",)
    assert bool(pattern.search(text)) is matches
    assert may_match(found, text) or not matches
    assert may_match(found, text) is (matches or any(t in text for t in FOLD_TRAPS))


def test_the_fold_traps_are_every_character_taken_for_an_ascii_letter() -> None:
    everything = "".join(
        chr(code) for code in range(128, sys.maxunicode + 1) if not 0xD800 <= code < 0xE000
    )
    taken = set(re.findall("(?i)[a-z]", everything))
    assert {char for char in taken if not char.lower().isascii()} == set(FOLD_TRAPS)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The plan was welcomed by many in the town."),
        ("en", "SOURCES CLOSE TO the mayor said the plan was late."),
        ("en", "People Familiar With the talks expect a deal."),
        ("en", "Crıtics say the bridge is too narrow."),  # dotless i, taken for "i"
        ("en", "The bridge opened on Monday."),
        ("de", "Der Plan wird von vielen begrüßt."),
        ("de", "In Regierungskreisen heißt es, der Plan sei gescheitert."),
        ("de", "Die Brücke wurde am Montag eröffnet."),
    ],
)
def test_the_vague_source_test_lets_every_match_through(language: str, text: str) -> None:
    from claimcheck._attribution import _engine, _may_be_vague, _needles_in
    from claimcheck._rules import load_rules

    engine = _engine(load_rules(language))
    assert engine.vague_pattern is not None and engine.vague_needles is not None
    matches = engine.vague_pattern.search(text) is not None
    # the sentence as an article of its own, and after another sentence of an article
    for article in (text, "A first line of the article.\n" + text):
        present = _needles_in(engine, article)
        assert _may_be_vague(engine, present, text, text.lower()) or not matches
        # the sentences without a vague source are told apart without a search
        if "bridge opened" in text or "Brücke wurde" in text:
            assert not _may_be_vague(engine, present, text, text.lower())
        else:
            assert matches


def test_the_vague_source_needles_of_an_article_are_those_it_holds() -> None:
    from claimcheck._attribution import _engine, _needles_in
    from claimcheck._rules import load_rules

    engine = _engine(load_rules("en"))
    present = _needles_in(engine, "Critics doubt it.\nThe plan was welcomed by Many.")
    assert present is not None and set(present) == {"critics", "many"}
