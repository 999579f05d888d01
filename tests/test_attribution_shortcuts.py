"""The shortcuts that spare the attribution rules work: each must give what the full
search gives. Every sentence and word here is invented for these tests."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Article
from claimcheck._attribution import (
    _TOKEN,
    _WORD,
    _Endings,
    _Engine,
    _engine,
    _find_attributions,
    _has_verb_form,
    _References,
    _sentence_tokens,
    _token_words,
    _tokens,
    _triggered,
)
from claimcheck._model import Sentence
from claimcheck._rules import load_rules


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


# sentences whose lower case splits into the words of the text itself, and some whose
# lower case does not ("İ", the Kelvin sign, "Σ", a capital after a dot); quotations
# masked ([start, end) of the marks) inside them, across their ends, and where a word
# runs across a mark
TOKEN_CASES = [
    ("Die Ministerin sagte am 5. August, die Lage sei ernst.", []),
    ("Laut t-online.de stieg der Preis um 7,4 Prozent auf 8.100 Euro.", []),
    ("Bürgermeister Imamoğlu aus İstanbul sagte, er bleibe.", []),
    ("Das Gerät misst 300 \u212a, so der Hersteller.", []),
    ("ΟΔΟΣ.Β heißt die Straße, sagte der Fahrer.", []),
    ("So sprach Merkel.Sie fuhr dann nach Hause.", []),
    ("Die Zeitung spiegel.de berichtete, sagte er.", []),
    ("„Wir bleiben“, sagte der Sprecher, „und wir kämpfen.“", [(0, 13), (35, 53)]),
    ("Er sagte „nie“ und „immer“.", [(9, 14), (19, 26)]),
    ("bleiben wir hier“, sagte sie.", [(-20, 17)]),
    ("Sie sagte: „Wir gehen", [(11, 40)]),
    ("He called it ‘Hi’s day’ then.", [(13, 17)]),
    ("Die Seite spiegel.de„Zitat“ nennt es so.", [(20, 27)]),
    ("Sie sagte „a“„b“ dann.", [(10, 13), (13, 16)]),
]


@pytest.mark.parametrize(("sentence", "masks"), TOKEN_CASES)
def test_sentence_tokens_agree_with_tokens(sentence: str, masks: list[tuple[int, int]]) -> None:
    prefix = "Vorher. "  # the sentence inside a text, as in an article
    text = prefix + sentence + " Danach."
    start, end = len(prefix), len(prefix) + len(sentence)
    shifted = [(a + start, b + start) for a, b in masks]
    s = Sentence(0, 0, start, end, sentence)
    lowered = sentence.lower()
    lows = _TOKEN.findall(lowered)
    assert _sentence_tokens(text, s, lowered, lows, shifted) == _tokens(text, start, end, shifted)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Laut t-online.de stieg es um 7,4 Prozent.",
            ["Laut", "t-online.de", "stieg", "es", "um", "7,4", "Prozent", "."],
        ),
        (
            "Die Seite news.example.co.uk meldete es.",
            ["Die", "Seite", "news.example.co.uk", "meldete", "es", "."],
        ),
        ("So ZDNet.com.", ["So", "ZDNet.com", "."]),
        # no space after a full stop: a capital is no top-level domain
        ("am Ende.Der Wagen", ["am", "Ende", ".", "Der", "Wagen"]),
        ("auf spiegel.de.x stand", ["auf", "spiegel", ".", "de", ".", "x", "stand"]),
        (
            "die Web-Seite sub-domain.news-portal.info",
            ["die", "Web-Seite", "sub-domain.news-portal.info"],
        ),
        ("Peskow’s Wort", ["Peskow’s", "Wort"]),
    ],
)
def test_tokens_keep_numbers_and_web_addresses_whole(text: str, words: list[str]) -> None:
    assert _TOKEN.findall(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "die ministerin sagte am 5. august, die lage sei „ernst“.",
        "laut t-online.de stieg der preis um 7,4 prozent auf 8.100 euro!",
        "so zdnet.com.\tdanach\u00a0kam peskow’s wort – und (endlich) das ende…",
        "",
        "   ",
        "wort-",
        "a_b c1 ß-straße '' ’",
    ],
)
def test_token_words_agree_with_the_pattern(text: str) -> None:
    assert _token_words(text) == _TOKEN.findall(text)


# A trigger word that stands for phrases only, or a postposed cue: the quick filter
# passes the sentence on only with the rest of one phrase, or after a comma or dash.
UNTRIGGERED_DE = [
    "Das Team ist in der Liga so gut wie nie geworden.",  # "geworden" without "bekannt"
    "Der Park ist so groß wie die Altstadt.",  # "so" after no comma or dash
    "Den Kindern, denen der Platz gehört, fehlt ein Dach.",  # "denen" without "zufolge"
]
TRIGGERED_DE = [
    ("Am Abend war bekannt geworden, dass die Brücke gesperrt bleibt.", "reported_speech"),
    ("Die Brücke bleibt gesperrt, so der Sprecher der Stadt.", "reported_speech"),
    ("Es gibt Pläne, denen zufolge die Halle im Mai schließt.", "reported_speech"),
]


def _engine_and_lows(text: str) -> tuple[_Engine, list[str]]:
    return _engine(load_rules("de")), _token_words(text.lower())


@pytest.mark.parametrize("text", UNTRIGGERED_DE)
def test_de_filter_passes_no_sentence_the_rules_give_nothing(text: str) -> None:
    engine, lows = _engine_and_lows(text)
    assert not _triggered(engine, lows)
    # the full search agrees: the rules find nothing in the sentence
    sentence = Sentence(0, 0, 0, len(text), text)
    toks = _sentence_tokens(text, sentence, text.lower(), lows, [])
    assert _find_attributions(engine, text, toks, _References(engine, text, [sentence])) == []
    assert _analyze("de", text).sentences[-1].attribution == "unattributed"


@pytest.mark.parametrize(("text", "kind"), TRIGGERED_DE)
def test_de_filter_passes_a_phrase_whole_or_a_cue_after_a_comma(text: str, kind: str) -> None:
    engine, lows = _engine_and_lows(text)
    assert _triggered(engine, lows)
    s = _analyze("de", text).sentences[-1]
    assert s.attribution == kind, s.explanation


def test_de_colon_near_the_start_alone_calls_for_no_analysis() -> None:
    # German takes no name before a colon as a speaker without a quotation after it
    # (colon_speaker_words = 0): the filter lets the sentence pass by
    text = "Kellau Nord: Die Halle am Markt schließt im Mai."
    engine, lows = _engine_and_lows(text)
    assert not _triggered(engine, lows)
    assert _analyze("de", text).sentences[-1].attribution == "unattributed"


def test_en_name_and_colon_call_for_the_analysis() -> None:
    text = "Hartley: The county will pay for the new bridge."
    engine, lows = _engine(load_rules("en")), _token_words(text.lower())
    assert _triggered(engine, lows)
    s = _analyze("en", text).sentences[-1]
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "Hartley"


HYPHENS_AND_APOSTROPHES_DE = [
    "Die Lage sei- und bleibe ernst, hieß es.",  # a form joined by a hyphen
    "Das hätt' niemand gedacht.",  # by an apostrophe
    "Das hätt’ niemand gedacht.",
    "Der CDU-Politiker kam am Montag.",  # a hyphen, no form
    "Die Sei-Frage beschäftigt den Verein.",  # a capitalised part is no verb
    "Mehr steht auf sei.example.de und im Ortsblatt-Archiv.",  # a web address
    "Die Halle sei groß.",
    "Die Halle ist groß.",
]


@pytest.mark.parametrize("text", HYPHENS_AND_APOSTROPHES_DE)
def test_has_verb_form_agrees_with_the_words_as_written(text: str) -> None:
    forms = _engine(load_rules("de")).words["subjunctive_forms"]
    lows = _token_words(text.lower())
    assert _has_verb_form(forms, lows, text) == (not forms.isdisjoint(_WORD.findall(text)))
