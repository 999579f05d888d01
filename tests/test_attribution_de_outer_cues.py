"""German attributions that the annotators do not see (a cue where no words are
reported) and those they see that a rule must find (see rules/de/attribution.toml).

Every sentence here is invented for these tests: the people, places and events do
not exist.
"""

from __future__ import annotations

import pytest
from test_attribution_de_support import one

from claimcheck import Sentence

# --- "wie" in a comparison opens no clause of words ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Bürgermeisterin begrüßte den Beschluss ebenso wie der Landrat von Kellau.",
        "Der Wirt bedauert wie auch viele Gäste die Schließung der Halle am Markt.",
        "Die Fraktion wird dem Plan zustimmen genauso wie die Mehrheit im Rat von Kellau.",
    ],
)
def test_a_comparison_with_wie_gives_no_words(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the clause after the comparison is what was said
        (
            "Der Landrat erklärte ebenso wie die Bürgermeisterin, dass die Brücke gesperrt bleibe.",
            "erklärte",
            "dass die Brücke gesperrt bleibe",
        ),
        # an indirect question with "wie" is the words
        (
            "Der Wirt erzählte, wie das Feuer in der Küche ausbrach.",
            "erzählte",
            "wie das Feuer in der Küche ausbrach",
        ),
    ],
)
def test_words_after_or_with_wie_are_still_reported(text: str, cue: str, content: str) -> None:
    assert_reported(text, cue, content)


def content_of(s: Sentence) -> str:
    assert s.main is not None and s.main.content is not None, s.explanation
    start, end = s.main.content
    return s.text[start - s.start : end - s.start]


def assert_reported(text: str, cue: str, content: str) -> None:
    """The sentence is reported speech with this cue and these words."""
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue
    assert content_of(s) == content


# --- a verb of deciding with an indirect question: the question still to decide ------------


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag entscheidet der Rat von Kellau, ob die Halle am Markt schließen muss.",
        "Das Amtsgericht muss nun entscheiden, wer die Kosten für die Brücke trägt.",
        "Die Kammer hat am Freitag über die Frage geurteilt, ob der Wirt die Miete schuldet.",
    ],
)
def test_a_verb_of_deciding_with_an_indirect_question_reports_nothing(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the decision itself is reported
        ("Das Amtsgericht hat entschieden, dass der Wirt die Miete schuldet.", "hat entschieden"),
        # a question asked is the words of the one who asked
        ("Der Landrat fragte, ob die Halle am Markt schließen muss.", "fragte"),
    ],
)
def test_a_decision_and_a_question_asked_are_still_reported(text: str, cue: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue


# --- a verb of saying in a subordinate or relative clause -----------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # "während" with the verb at the end of its clause is a subordinator, not the
        # preposition of "während der Sitzung"
        (
            "Während der Landrat ankündigte, die Brücke am Markt prüfen zu lassen, schwieg"
            " der Rat.",
            "ankündigte",
            "der Landrat",
        ),
        (
            "Während der Sitzung sagte der Landrat, die Brücke werde gesperrt.",
            "sagte",
            "der Landrat",
        ),
        # the relative pronoun that opens the clause is its subject
        (
            "Befragt wurde auch ein Wirt vom Markt, der angab, die Brände gesehen zu haben.",
            "angab",
            "der",
        ),
        (
            "Der Vorschlag kam von der Gemeinde Unterwald, die forderte, die Halle am Markt"
            " abzureißen.",
            "forderte",
            "die",
        ),
    ],
)
def test_a_cue_in_a_subordinate_or_relative_clause_finds_its_subject(
    text: str, cue: str, speaker: str
) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue
    assert s.main is not None and s.main.speaker is not None
    assert s.main.speaker.text == speaker


def test_a_relative_pronoun_in_the_passive_names_no_speaker() -> None:
    # what is named, not who names it
    s = one("Am Markt weht ein Wind, der von den Alten als „Kellauer Föhn“ bezeichnet wird.")
    assert s.attribution == "unattributed", s.explanation


def test_a_relative_clause_before_the_main_verb_gives_no_words() -> None:
    # the main clause goes on after the relative clause, and its verb has the words
    s = one(
        "Die Stadtwerke, die den Preis im Mai erhöht und im Juni korrigiert hatten, sagten,"
        " die Preise blieben stabil."
    )
    assert [(a.cue and a.cue.text, a.speaker and a.speaker.text) for a in s.attributions] == [
        ("sagten", "Die Stadtwerke")
    ], s.explanation


# --- a question put to the addressee asks for words and gives none --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Welche Teile des Plans für den Markt sind Ihrer Meinung nach zu teuer?",
        "Glauben Sie, dass die Brücke am Markt noch in diesem Jahr fertig wird?",
        "Was ist deiner Meinung nach der Grund für den Brand in der Halle?",
    ],
)
def test_a_question_to_the_addressee_reports_nothing(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "sie" is "she" or "they" here: a question about what someone else said
        ("Hat sie gesagt, dass die Brücke am Markt marode sei?", "sie"),
        # at the start of a statement "Sie" names a third person
        ("Sie sagte, dass die Brücke am Markt marode sei.", "Sie"),
        # so it does as the first word of a question, after a dash that opens it too
        ("– Sie sagte, dass die Brücke am Markt marode sei?", "Sie"),
    ],
)
def test_a_question_about_someone_elses_words_keeps_them(text: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.main is not None and s.main.speaker is not None
    assert s.main.speaker.text == speaker


# --- Konjunktiv I of any verb: a singular subject and a verb in -e ----------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Der Verband argumentiert, die neue Sorte erspare den Bauern viel Arbeit.",
            "die neue Sorte erspare den Bauern viel Arbeit",
        ),
        (
            "Der Wirt sagte, Jan Berger trage die Schuld am Brand.",
            "Jan Berger trage die Schuld am Brand",
        ),
        # a name after the noun
        (
            "Der Landrat hat bekräftigt, die Gemeinde Unterwald bekenne sich zu ihrer Schuld.",
            "die Gemeinde Unterwald bekenne sich zu ihrer Schuld",
        ),
    ],
)
def test_a_comma_clause_in_konjunktiv_of_any_verb_is_reported(text: str, content: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert content_of(s) == content


@pytest.mark.parametrize(
    "text",
    [
        # the indicative (-t), the weak preterite (-te) and "wurde" give no words
        "Der Rat erklärte die Wahl für gültig, der Wirt verkauft die Halle.",
        "Der Rat erklärte die Wahl für gültig, der Wirt verkaufte die Halle.",
        "Der Rat erklärte die Wahl für gültig, der Auftrag wurde neu vergeben.",
    ],
)
def test_a_comma_clause_in_the_indicative_is_the_articles_own(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


# --- an agentless passive of saying with its clause of words --------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a relative clause after the zu-infinitive
        (
            "Darin wird der Rat aufgefordert, einen Prüfer einzusetzen, der die Kasse des Vereins"
            " kontrolliert.",
            "aufgefordert",
            "einen Prüfer einzusetzen, der die Kasse des Vereins kontrolliert",
        ),
        # a comma clause in Konjunktiv I
        (
            "Den Wirten am Markt wurde mitgeteilt, die Brücke werde im Mai gesperrt.",
            "wurde mitgeteilt",
            "die Brücke werde im Mai gesperrt",
        ),
    ],
)
def test_an_agentless_passive_of_saying_reports_its_clause(
    text: str, cue: str, content: str
) -> None:
    assert_reported(text, cue, content)


def test_an_agentless_passive_with_a_clause_of_purpose_is_an_event() -> None:
    s = one("Die Brücke am Markt wurde gesperrt, um Unfälle im Winter zu vermeiden.")
    assert s.attribution == "unattributed", s.explanation


# --- "sich herausstellen", "sich bestätigen": a fact that turned out -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Am Abend hatte sich herausgestellt, dass in der Halle am Markt kein Feuer ausbrach.",
        "Damit bestätigt sich die Sorge, dass die Brücke am Markt marode ist.",
        "Der Ort Kellau charakterisiert sich dadurch, dass fast alle Häuser aus Holz sind.",
    ],
)
def test_a_verb_of_saying_with_sich_that_means_turning_out_reports_nothing(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Die Bürgermeisterin stellte heraus, dass die Brücke am Markt marode sei.",
            "stellte heraus",
        ),
        # "sich" in the clause of words is not the verb's
        ("Der Landrat bestätigte, dass er sich beim Preis der Brücke geirrt habe.", "bestätigte"),
    ],
)
def test_the_same_verbs_without_sich_are_still_cues(text: str, cue: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue


# --- "unterstützen" names an act of support, not words --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein soll die Feuerwehr unterstützen, indem er die Straßen am Markt absperrt.",
        "Die Helfer suchten, unterstützt von der Feuerwehr aus Kellau, die ganze Nacht am Fluss.",
    ],
)
def test_support_is_no_cue(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


def test_the_verb_of_saying_beside_support_is_the_cue() -> None:
    s = one("Der Verein unterstützt den Plan und fordert, dass die Halle am Markt bleibt.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "fordert"


# --- an agentless passive with a quoted predicative: someone's words --------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "Die Pläne für die Halle am Markt wurden als „völlig überteuert“ kritisiert.",
            "kritisiert",
            "„völlig überteuert“",
            None,
        ),
        (
            "In einem Bericht des Rundfunks werden die Zustände am Markt als „unhaltbar“"
            " bezeichnet.",
            "bezeichnet",
            "„unhaltbar“",
            "einem Bericht des Rundfunks",
        ),
    ],
)
def test_an_agentless_passive_with_a_quoted_predicative_is_a_quotation(
    text: str, cue: str, content: str, speaker: str | None
) -> None:
    s = one(text)
    assert s.attribution == "direct_quote", s.explanation
    assert s.cue is not None and s.cue.text == cue
    assert content_of(s) == content
    assert (s.main.speaker.text if s.main and s.main.speaker else None) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a predicative with no quotation marks is the article's own account
        "Die Pläne für die Halle am Markt wurden als völlig überteuert kritisiert.",
        # the quotation belongs to another verb after the passive
        "Der Vorfall wird mit der Stufe 1 bewertet und gilt damit nicht als „Störfall“.",
    ],
)
def test_a_passive_without_its_own_quoted_predicative_stays_an_event(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


# --- a remark in parentheses introduces nothing outside them --------------------------------


def test_a_remark_in_parentheses_after_another_parenthesis_introduces_nothing() -> None:
    s = one(
        "Beim Fest des Vereins für Kultur (VfK) (Wikinews berichtete) gab es keine"
        " Entscheidung darüber, ob die Halle am Markt gebaut wird."
    )
    assert s.attribution == "unattributed", s.explanation


def test_the_cue_after_a_remark_in_parentheses_is_found() -> None:
    s = one("Der Landrat (Wikinews berichtete) hat erklärt, dass er im Mai zurücktritt.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "hat erklärt"


# --- a passive of saying at the end of a subordinate clause, its words after it -------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Der Streit ging so weit, dass der Verein aufgefordert wurde, die Kosten zu tragen.",
            "aufgefordert wurde",
            "die Kosten zu tragen",
        ),
        (
            "Die Stadt reagierte, nachdem ihr mitgeteilt worden war, die Brücke sei marode.",
            "mitgeteilt worden war",
            "die Brücke sei marode",
        ),
    ],
)
def test_a_final_passive_of_saying_reports_the_clause_after_it(
    text: str, cue: str, content: str
) -> None:
    assert_reported(text, cue, content)


def test_a_final_passive_with_no_clause_of_words_is_an_event() -> None:
    s = one("Der Streit ging so weit, dass die Anträge des Vereins abgelehnt wurden.")
    assert s.attribution == "unattributed", s.explanation


# --- the main clause after an adverbial clause with the cue is the article's ------------------


def test_the_main_clause_after_an_adverbial_clause_with_a_cue_gives_no_words() -> None:
    s = one(
        "Nachdem die Wirtin die Polizei informiert hatte, wurde eine Suche eingeleitet, um den"
        " Hund zu finden."
    )
    assert s.attribution == "unattributed", s.explanation


def test_the_main_clause_after_wie_and_a_cue_is_the_words() -> None:
    s = one("Wie die Polizei in Kellau mitteilte, wurden bei dem Brand drei Menschen verletzt.")
    assert s.attribution == "reported_speech", s.explanation
    assert content_of(s) == "wurden bei dem Brand drei Menschen verletzt"


# --- a negative subject: nobody stands behind the words ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Niemand erwartet, dass die Brücke am Markt noch in diesem Jahr fertig wird.",
        "Keiner der Wirte sagte, dass die Halle am Markt schließen muss.",
    ],
)
def test_a_negative_subject_gives_nobodys_words(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


def test_a_phrase_with_kein_after_the_verb_is_no_subject() -> None:
    # "keine schnelle Entscheidung" is the object; the subject is "Die Wirte"
    s = one("Die Wirte erwarten keine schnelle Entscheidung, weil der Antrag fehle.")
    assert all(
        a.speaker is None or a.speaker.text != "keine schnelle Entscheidung" for a in s.attributions
    )
