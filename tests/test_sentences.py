"""Sentence splitting in German and English: abbreviations, ordinals, quotation marks,
paragraphs, missing spaces, and offsets that always point at the sentence text."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import claimcheck
from claimcheck._body import Paragraph
from claimcheck._rules import load_rules
from claimcheck._sentences import _is_roman_ordinal, _punkt, _tokenizer, split_paragraph


def split(text: str, language: str) -> list[str]:
    """The body sentences of `text`, after checking that every offset is right."""
    article = claimcheck.analyze_text(text, language=language)
    previous_end = 0
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end
    assert [s.index for s in article.sentences] == list(range(len(article.sentences)))
    return [s.text for s in article.sentences]


GERMAN_ABBREVIATIONS = [
    ["Die Stadt plant z. B. neue Radwege.", "Danach folgt die Abstimmung."],
    ["Die Stadt plant z.B. neue Radwege.", "Danach folgt die Abstimmung."],
    ["Gebaut werden Radwege bzw. Busspuren.", "Der Rat stimmt zu."],
    ["Das Gutachten von Dr. Anna Berger liegt vor.", "Es ist lang."],
    ["Prof. Karl Ott hat das Gutachten geprüft.", "Er fand Fehler."],
    ["Beteiligt sind u. a. drei Vereine.", "Sie wollen klagen."],
    ["Der Antrag Nr. 5 wurde abgelehnt.", "Der Rat tagt wieder im Juni."],
    ["Es kamen ca. 300 Menschen.", "Die Polizei war vor Ort."],
    ["Das Projekt kostet 4 Mio. Euro.", "Der Bund zahlt mit."],
    ["Der Bund gibt 2 Mrd. Euro für alle Länder aus.", "Das ist viel."],
    ["Die Kirche St. Marien wird saniert.", "Das dauert zwei Jahre."],
    ["Dazu vgl. den Bericht des Rechnungshofs.", "Er ist öffentlich."],
    ["Die sog. Schuldenbremse gilt weiter.", "Die Länder klagen."],
    ["Äpfel, Birnen usw. werden teurer.", "Die Preise steigen weiter."],
    ["Die Burg stammt aus dem 12. Jh. und wurde oft umgebaut.", "Heute ist sie ein Museum."],
]


@pytest.mark.parametrize("expected", GERMAN_ABBREVIATIONS, ids=lambda e: e[0][:30])
def test_german_abbreviations_do_not_end_a_sentence(expected: list[str]) -> None:
    assert split(" ".join(expected), "de") == expected


def test_many_german_abbreviations_in_one_paragraph() -> None:
    expected = [
        "Laut Dr. Berger und Prof. Ott sind u. a. ca. 40 Gemeinden betroffen, z. B. im Süden.",
        "Die Kosten liegen bei 3,5 Mio. Euro bzw. 1,2 Mrd. Euro bis 2030.",
        "Der Bericht Nr. 12 nennt die sog. Altlasten usw. ausführlich.",
        "Die Untersuchung folgt im Herbst.",
    ]
    assert split(" ".join(expected), "de") == expected


GERMAN_ORDINALS = [
    ["Die Sitzung findet am 3. Mai statt.", "Alle sind eingeladen."],
    ["Er wurde am 1. Januar 1950 geboren.", "Er lebt in Kiel."],
    ["Die Fabrik wurde im 19. Jahrhundert gebaut.", "Sie steht noch."],
    ["Er war Kommandeur des 3. Bataillons in der Stadt.", "Später ging er nach Kiel."],
    ["Die Mannschaft belegte den 2. Platz.", "Sie war zufrieden."],
    ["Papst Benedikt XVI. trat im Jahr 2013 zurück.", "Sein Nachfolger kam aus Argentinien."],
    ["König Ludwig II. ließ ein Schloss bauen.", "Es steht im Allgäu."],
    ["Im Kapitel IV. geht es um die Kosten.", "Sie steigen."],
]


@pytest.mark.parametrize("expected", GERMAN_ORDINALS, ids=lambda e: e[0][:30])
def test_german_ordinals_do_not_end_a_sentence(expected: list[str]) -> None:
    assert split(" ".join(expected), "de") == expected


def test_a_roman_numeral_before_a_capital_still_ends_the_sentence() -> None:
    expected = ["Der Film hat einen Teil II.", "Danach ist Schluss."]
    assert split(" ".join(expected), "de") == expected


def test_english_roman_numeral_before_a_lower_case_word_is_an_ordinal() -> None:
    expected = ["Part II. covers the costs of the new bridge.", "The vote is in May."]
    assert split(" ".join(expected), "en") == expected


def test_only_a_numeral_of_its_own_is_an_ordinal() -> None:
    numeral = load_rules("en").pattern("sentences", "ordinal_numeral")
    assert _is_roman_ordinal("the reign of Henry VIII.", "was long", numeral)
    # the last letter of an abbreviation is no numeral: "D.C." and "S.E.C." are not
    assert not _is_roman_ordinal("based on D.C.", "conduct rules", numeral)
    assert not _is_roman_ordinal("the S.E.C.", "said", numeral)


def test_a_number_at_the_end_of_a_sentence_still_ends_it() -> None:
    expected = ["Die Zahl der Fälle stieg auf 3.", "Danach fiel sie wieder."]
    assert split(" ".join(expected), "de") == expected


def test_thousands_separator_is_not_a_sentence_end() -> None:
    expected = ["Die Stadt hat 1.200 Einwohner mehr als im Vorjahr.", "Das ist viel."]
    assert split(" ".join(expected), "de") == expected


ENGLISH_ABBREVIATIONS = [
    ["Mr. Smith met Mrs. Jones at the town hall.", "They talked for an hour."],
    ["Dr. Brown joined them later.", "She was tired."],
    ["The U.S. government said it would act.", "Officials declined to comment."],
    ["He joined the U.S. Army in 2001.", "He retired later."],
    ["The law took effect on Jan. 5 last year.", "It was challenged soon after."],
    ["Sen. Warren and Gov. Newsom spoke first.", "Then they left."],
    ["She met the vicar at St. John's church.", "They talked."],
    ["Analysts at J.P. Morgan raised their target.", "Shares rose."],
]


@pytest.mark.parametrize("expected", ENGLISH_ABBREVIATIONS, ids=lambda e: e[0][:30])
def test_english_abbreviations_do_not_end_a_sentence(expected: list[str]) -> None:
    assert split(" ".join(expected), "en") == expected


def test_us_at_the_end_of_a_sentence() -> None:
    # "U.S." then a sentence start that is a common sentence starter.
    expected = ["The company moved its headquarters to the U.S.", "The move cost millions."]
    assert split(" ".join(expected), "en") == expected


CLOSING_QUOTES = [
    ("de", ["„Wir schaffen das nicht allein.“", "Der Minister blieb ruhig."]),
    ("de", ["Der Bürgermeister sagte: „Das Geld ist da.“", "Die Opposition widersprach."]),
    ("de", ["Sie sagte: »Das Geld ist da.«", "Die Opposition widersprach."]),
    ("de", ["Er sagte: «Das Geld ist da.»", "Die Opposition widersprach."]),
    ("de", ['Er sagte: "Das Geld ist da."', "Die Opposition widersprach."]),
    ("en", ['He said: "It works."', "Then he left."]),
    ("en", ["She said: “It is over.”", "Crowds cheered."]),
    ("en", ['"We will appeal."', "The lawyer left the room."]),
]


@pytest.mark.parametrize(("language", "expected"), CLOSING_QUOTES, ids=lambda e: str(e)[:30])
def test_closing_quotation_mark_stays_with_its_sentence(language: str, expected: list[str]) -> None:
    assert split(" ".join(expected), language) == expected


ATTACHED_FRAGMENTS_OK = [
    ("de", ["„Wir schaffen das nicht allein“, sagte der Minister.", "Danach ging er."]),
    ("de", ["»Das ist ein Skandal«, rief die Abgeordnete.", "Niemand widersprach."]),
    ("de", ["„Das ist falsch.“ – so der Minister.", "Dann ging er."]),
    ("de", ["„Das ist falsch“ – so der Minister.", "Dann ging er."]),
    ("en", ['"Why?" she asked.', "Nobody answered."]),
    ("en", ["“Why now?” she asked.", "Nobody answered."]),
    ("en", ['"We will appeal," he said.', "The hearing ends today."]),
    ("en", ["“It is over,” the mayor said.", "Crowds cheered."]),
]


@pytest.mark.parametrize(("language", "expected"), ATTACHED_FRAGMENTS_OK, ids=lambda e: str(e)[:30])
def test_fragment_after_a_quotation_stays_with_it(language: str, expected: list[str]) -> None:
    assert split(" ".join(expected), language) == expected


# Punkt cuts before a closing mark that follows '.', '!' or '?' ("»Wir sind bereit.« |
# «, sagte sie."); the piece must go back to its sentence.
ATTACHED_FRAGMENTS_AFTER_SENTENCE_END = [
    ("de", ["»Das ist ein Skandal!«, rief die Abgeordnete.", "Niemand widersprach."]),
    ("de", ["»Wir sind bereit.«, sagte sie.", "Dann ging sie."]),
    ("de", ["«Wir sind bereit.», sagte sie.", "Dann ging sie."]),
    ("de", ["„Wir schaffen das.“, sagte er.", "Dann ging er."]),
    ("de", ["„Warum jetzt?“, fragte sie.", "Keiner antwortete."]),
    ("en", ['"Why now?", she asked.', "Nobody answered."]),
]


@pytest.mark.parametrize(
    ("language", "expected"), ATTACHED_FRAGMENTS_AFTER_SENTENCE_END, ids=lambda e: str(e)[:30]
)
def test_fragment_after_a_closed_quotation_sentence_stays_with_it(
    language: str, expected: list[str]
) -> None:
    assert split(" ".join(expected), language) == expected


def test_no_sentence_crosses_a_paragraph_break() -> None:
    text = (
        "Der erste Absatz endet ohne Punkt\n\n"
        "und der zweite beginnt klein. Er endet hier.\n\n"
        "Dritter Absatz: z. B.\n\nvierter Absatz."
    )
    article = claimcheck.analyze_text(text, language="de")
    for sentence in article.sentences:
        assert "\n\n" not in sentence.text
    assert [s.text for s in article.sentences] == [
        "Der erste Absatz endet ohne Punkt",
        "und der zweite beginnt klein.",
        "Er endet hier.",
        "Dritter Absatz: z. B.",
        "vierter Absatz.",
    ]
    assert [s.paragraph for s in article.sentences] == [0, 1, 1, 2, 3]


def test_english_sentence_does_not_cross_a_paragraph_break() -> None:
    text = "The mayor said the plan was approved by Mr.\n\nSmith and the board. It starts soon."
    texts = split(text, "en")
    assert texts[0] == "The mayor said the plan was approved by Mr."
    assert texts[1:] == ["Smith and the board.", "It starts soon."]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            ["Die Akten waren plötzlich verschwunden.", "Der Verdacht fiel auf den Hausmeister."],
        ),
        ("de", ["Das Ergebnis war knapp!", "Über den Antrag wird neu abgestimmt."]),
        ("en", ["The files had simply vanished.", "Suspicion fell on the caretaker."]),
    ],
)
def test_missing_space_after_full_stop_is_split(language: str, expected: list[str]) -> None:
    assert split("".join(expected), language) == expected


def test_missing_space_in_abbreviations_and_domains_is_not_split() -> None:
    expected = ["Mehr steht auf www.lindenau.de im Netz.", "Der Rat tagt."]
    assert split(" ".join(expected), "de") == expected


def test_split_paragraph_offsets_are_relative_to_the_whole_text() -> None:
    rules = load_rules("de")
    text = "Vorspann.\n\nDer Rat tagt. Dr. Berger spricht am 3. Mai. Dann folgt Nr. 5.\n"
    start = text.index("Der Rat")
    end = text.index("\n", start)
    spans = list(split_paragraph(text, Paragraph(start, end), rules))
    assert [text[s:e] for s, e in spans] == [
        "Der Rat tagt.",
        "Dr. Berger spricht am 3. Mai.",
        "Dann folgt Nr. 5.",
    ]
    assert spans[0][0] == start and spans[-1][1] == end


def test_headline_paragraph_is_one_sentence() -> None:
    rules = load_rules("de")
    text = "Dr. Berger: Der Rat tagt. Oder nicht"
    assert list(split_paragraph(text, Paragraph(0, len(text), headline=True), rules)) == [
        (0, len(text)),
    ]


MIXED = (
    "Stadt plant neue Radwege für 12 Mio. Euro\n\n"
    "LINDENAU (dpa) – Die Stadt will bis 2030 ca. 40 km neue Radwege bauen, u. a. am Ring. "
    "„Das ist überfällig“, sagte Dr. Anna Berger.Der Rat stimmt am 3. Mai ab.\n\n"
    "»Wir bleiben skeptisch«, so Prof. Ott. Die Kosten trägt z. T. das Land – vgl. Nr. 7 der "
    "Vorlage.\n"
)

MIXED_EN = """City to build new cycle lanes

LINDENAU (Reuters) — The city will build about 40 km of cycle lanes by 2030, Mr. Ott said.
"It is overdue," said Dr. Anna Berger of the U.S. Green Building Council. The vote is on Jan. 5.

"We remain sceptical," Mrs. Lee said.
"""


MIXED_SENTENCES = [
    "Stadt plant neue Radwege für 12 Mio. Euro",
    "Die Stadt will bis 2030 ca. 40 km neue Radwege bauen, u. a. am Ring.",
    "„Das ist überfällig“, sagte Dr. Anna Berger.",
    "Der Rat stimmt am 3. Mai ab.",
    "»Wir bleiben skeptisch«, so Prof. Ott.",
    "Die Kosten trägt z. T. das Land – vgl. Nr. 7 der Vorlage.",
]
MIXED_EN_SENTENCES = [
    "City to build new cycle lanes",
    "The city will build about 40 km of cycle lanes by 2030, Mr. Ott said.",
    '"It is overdue," said Dr. Anna Berger of the U.S. Green Building Council.',
    "The vote is on Jan. 5.",
    '"We remain sceptical," Mrs. Lee said.',
]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [(MIXED, "de", MIXED_SENTENCES), (MIXED_EN, "en", MIXED_EN_SENTENCES)],
)
def test_offsets_in_a_mixed_article(text: str, language: str, expected: list[str]) -> None:
    assert split(text, language) == expected


# Words and marks that reach every branch of Punkt's decision: abbreviations (with
# inner periods and hyphens), initials, ordinals and other numbers, ellipses, known
# collocations and sentence starters, closing marks, and separators such as line
# breaks and no-break spaces.
_PUNKT_PIECES = [
    *(
        "Der die Haus Er Über über Mai Januar x é Ä ß. Wort. sagte. USA. z. B. z.B. Dr. Nr. "
        "St. Mio. Jh. usw. bzw. e.V. Dipl.-Ing. U.S. Mr. Inc. etc. J. P. a. 3. 12. -3. 1950 "
        "3,5 % . .. ... … ! ? !! ?! , ; : - -- ( ) [ ] { } * @ & # „ “ » « \" ' ’ ‘ ‚ ‹ ›"
    ).split(),
    ". . .",
]
_PUNKT_SEPARATORS = [" ", " ", " ", "", "  ", "\n", "\t", "\u00a0", "\u2009"]


@pytest.mark.parametrize("language", ["de", "en"])
def test_fast_punkt_gives_exactly_the_spans_of_nltk_punkt(language: str) -> None:
    rules = load_rules(language)
    nltk_punkt, fast_punkt = _tokenizer(rules), _punkt(rules)
    rng = random.Random(20261201)
    texts = [
        "Die Stadt plant z. B. neue Radwege. Danach folgt die Abstimmung.",
        "Er kam am 3. Mai. Am 4. Mai ging er. J. P. Morgan war da. „Ja!“ Sie ging.",
        'Wait... What? He left (at 5 p.m.). Then Mr. Ott said: "No." The end.',
        "",
        "   ",
        "Kein Ende",
    ]
    samples = Path(__file__).resolve().parent.parent / "sample_articles"
    texts += [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    for _ in range(3000):
        pieces = rng.randint(1, 14)
        texts.append(
            "".join(
                rng.choice(_PUNKT_PIECES) + rng.choice(_PUNKT_SEPARATORS) for _ in range(pieces)
            ).strip(" ")
        )
    for text in texts:
        assert list(fast_punkt.span_tokenize(text)) == list(nltk_punkt.span_tokenize(text)), text
