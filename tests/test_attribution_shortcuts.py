"""The shortcuts that spare the attribution rules work: each must give what the full
search gives. Every sentence and word here is invented for these tests."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Article
from claimcheck._attribution import _Endings


def _analyze(language: str, text: str) -> Article:
    headline = {"de": "Aus der Region", "en": "Local news"}[language]
    return claimcheck.analyze_text(f"{headline}\n\n{text}\n", language=language)


ENDINGS = ("sprecher", "sprecherin", "chef", "leiter", "rat", "n")
WORDS = [
    "kremlsprecher",
    "sprecherin",
    "polizeichef",
    "sprecher",
    "er",  # shorter than every ending but one
    "n",
    "rathaus",
    "stadtrat",
    "leitern",  # ends in the one-letter ending
    "ort",
    "",
]


@pytest.mark.parametrize("word", WORDS)
def test_endings_agree_with_str_endswith(word: str) -> None:
    assert _Endings.of(ENDINGS).end(word) == word.endswith(ENDINGS)


def test_endings_without_endings_match_nothing() -> None:
    assert not _Endings.of(()).end("sprecher")


def test_de_cue_word_without_its_further_words_is_no_cue() -> None:
    # "gab" is a cue only with further words ("gab … bekannt"); the sentence is
    # analysed for its "laut", and "gab" alone must not give a second attribution
    article = _analyze("de", "Laut Polizei gab es am Abend zwei Verletzte.")
    s = article.sentences[-1]
    assert [a.kind for a in s.attributions] == ["reported_speech"], s.explanation
    assert s.cue is not None and s.cue.text == "Laut"
    assert s.speaker is not None and s.speaker.text == "Polizei"


def test_de_cue_word_with_its_further_words_is_a_cue() -> None:
    article = _analyze("de", "Die Stadt gab am Montag bekannt, dass die Halle schließt.")
    s = article.sentences[-1]
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "Die Stadt"
    assert s.cue is not None and s.cue.text == "bekannt"


def test_de_gab_with_an_object_only_is_unattributed() -> None:
    s = _analyze("de", "Die Stadt gab den Vereinen im Frühjahr mehr Geld.").sentences[-1]
    assert s.attribution == "unattributed", s.explanation


def test_en_apostrophes_in_words_before_a_quotation_in_double_apostrophes() -> None:
    # a single apostrophe ("town's", "won't") opens nothing; the two after it do
    article = _analyze(
        "en", "The town's budget won't last. ''We are out of money,'' said Mayor Tull."
    )
    quotes = [a for s in article.sentences for a in s.attributions if a.kind == "direct_quote"]
    assert len(quotes) == 1
    assert quotes[0].content is not None
    start, end = quotes[0].content
    assert article.text[start:end] == "''We are out of money,''"
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Mayor Tull"
