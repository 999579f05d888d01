"""Who a surname or pronoun refers to: the person written out earlier, never words that
only look like a name. Every sentence here is invented for these tests."""

from __future__ import annotations

import claimcheck
from claimcheck import Sentence


def _said(text: str, language: str, opening: str) -> Sentence:
    article = claimcheck.analyze_text(text, language=language)
    return next(s for s in article.sentences if s.text.startswith(opening))


def test_a_neutral_pronoun_refers_to_no_person() -> None:
    s = _said(
        "The council sued Anna Kowalczyk. It said the video broke the law. "
        "It said the damage was large.",
        "en",
        "It said the damage",
    )
    assert s.speaker is None or s.speaker.resolved is None, s.explanation


def test_a_name_does_not_reach_back_over_the_end_of_a_sentence() -> None:
    s = _said(
        "The festival opened in Brackenfield. Holloway runs it. "
        "Holloway said the tickets had sold out.",
        "en",
        "Holloway said",
    )
    assert s.speaker is not None and s.speaker.text == "Holloway"
    assert s.speaker.resolved is None, s.explanation


def test_initials_and_titles_stay_in_the_name_they_open() -> None:
    s = _said(
        "The ruling came from Judge R.J. Ellery on Monday. Ellery said the law was clear.",
        "en",
        "Ellery said",
    )
    assert s.speaker is not None and s.speaker.resolved == "R.J. Ellery", s.explanation


def test_a_preposition_that_opens_a_sentence_is_no_first_name() -> None:
    s = _said(
        "Der Stadtrat tagte lange. Gegen Brommer gibt es seit Jahren Vorwürfe. "
        "Brommer bestreitet, Geld angenommen zu haben.",
        "de",
        "Brommer bestreitet",
    )
    assert s.speaker is not None and s.speaker.text == "Brommer"
    assert s.speaker.resolved is None, s.explanation
