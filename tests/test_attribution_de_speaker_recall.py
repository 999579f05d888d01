"""German speaker rules of the recall round (see rules/de/attribution.toml): acts of
judging that say what the judgment was, the agent of a passive of speech, the
subject of a clause that a colon and a quotation close, a written source before a
relative clause and "heißt es", and a phrase of a written preposition before the verb.

Every sentence here is invented for these tests: the people, places and events do
not exist.
"""

from __future__ import annotations

import pytest
from test_attribution_de_support import one

from claimcheck import Sentence


def speakers(s: Sentence) -> list[str]:
    return [a.speaker.text for a in s.attributions if a.speaker is not None]


# --- an act of judging that gives the judgment ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Bürgermeister Hans Weber würdigte den Verein als „wichtige Stütze der Stadt“.",
            "Der Bürgermeister Hans Weber",
        ),
        (
            "Die Landrätin lobte den Heimatverein als „Herz des ganzen Tals“.",
            "Die Landrätin",
        ),
    ],
)
def test_an_act_of_judging_with_quoted_words_names_its_speaker(text: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "direct_quote", s.explanation
    assert speaker in speakers(s)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Bürgermeister kritisierte den Besuch als bloße Werbung.", "Der Bürgermeister"),
        ("Die Gewerkschaft bewertete das Angebot als unzureichend.", "Die Gewerkschaft"),
    ],
)
def test_an_act_of_judging_with_a_predicative_states_a_position(text: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == [speaker]
    # a narrated act: its verb is the act, not a cue around reported words
    assert s.attributions[0].cue is None
    assert s.attributions[0].act is not None


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister kritisierte die Pläne der Stadtwerke.",
        "Der Bürgermeister lobte mehr als hundert Helfer der Feuerwehr.",
        "Als Bürgermeister lobte er die Helfer der Feuerwehr.",
        "Der Bürgermeister lobte die Helfer, als er am Montag den Hof besuchte.",
        "Der Bürgermeister kritisierte sowohl die Stadt als auch den Rat.",
        "Der Plan wurde sowohl vom Gericht als auch vom Rat verurteilt.",
    ],
)
def test_an_act_of_judging_without_the_judgment_is_an_event(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


# --- the agent of a passive -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Von der Opposition wurde der Besuch als Werbung kritisiert.", "der Opposition"),
        ("Von den Grünen wurde der Plan als unsozial bezeichnet.", "den Grünen"),
        ("Der Neubau wurde vom Denkmalamt als Gewinn für die Altstadt gewertet.", "Denkmalamt"),
    ],
)
def test_the_agent_of_a_passive_of_judging_is_its_speaker(text: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == [speaker]
    # with no clause after the verb the passive narrates the act, as the active does
    assert s.attributions[0].cue is None
    assert s.attributions[0].act is not None


def test_a_passive_agent_with_a_clause_keeps_its_cue() -> None:
    s = one("Zudem wurde die Stadt vom Verband aufgefordert, die Brücke sofort zu sperren.")
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == ["Verband"]
    assert s.attributions[0].cue is not None
    assert s.attributions[0].cue.text == "aufgefordert"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Zudem wurde die Stadt vom Verband aufgefordert, die Brücke zu sperren.", "Verband"),
        (
            "Zudem wurde die Gemeinde von der Polizei aufgefordert, die Straße zu sperren.",
            "der Polizei",
        ),
    ],
)
def test_a_definite_agent_after_a_noun_belongs_to_the_passive(text: str, speaker: str) -> None:
    assert speakers(one(text)) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Im Dorf wird der Ausbruch von Cholera befürchtet.",
        "Im Dorf wird der Rücktritt von Bürgermeister Roth gefordert.",
    ],
)
def test_a_bare_phrase_after_von_belongs_to_the_noun_before_it(text: str) -> None:
    assert speakers(one(text)) == []


def test_a_passive_agent_keeps_its_cue_where_a_clause_follows_the_auxiliaries() -> None:
    s = one(
        "Von Seiten der Gemeinde war dem Verein vorgeworfen worden, die Halle verkauft zu haben."
    )
    assert s.attributions[0].cue is not None
    assert s.attributions[0].act is None


# --- coordinated speakers and sources -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Gewerkschaft und der Arbeitgeberverband forderten, dass die Löhne steigen.",
            "Die Gewerkschaft und der Arbeitgeberverband",
        ),
        (
            "Der Verein und die Stadt teilten mit, die Halle bleibe im Winter zu.",
            "Der Verein und die Stadt",
        ),
    ],
)
def test_two_phrases_joined_by_und_are_one_subject(text: str, speaker: str) -> None:
    assert speakers(one(text)) == [speaker]


def test_und_between_two_clauses_still_gives_the_second_subject() -> None:
    s = one("Die Lage war ruhig und die Anwohner befürchten, dass es bald regnet.")
    assert speakers(s) == ["die Anwohner"]


def test_a_second_genitive_after_und_belongs_to_the_source() -> None:
    s = one("Nach Angaben der Feuerwehr und des Roten Kreuzes wurden drei Menschen verletzt.")
    assert speakers(s) == ["Angaben der Feuerwehr und des Roten Kreuzes"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Angaben der Polizei vom Dienstag war der Fahrer betrunken.",
            "Angaben der Polizei",
        ),
        (
            "Laut einer Mitteilung des Bauamts vom 5. Mai ist die Halle zu klein.",
            "einer Mitteilung des Bauamts",
        ),
        # a place after 'vom' is part of the source
        (
            "Nach Angaben der Polizei vom Bahnhof war der Fahrer betrunken.",
            "Angaben der Polizei vom Bahnhof",
        ),
    ],
)
def test_a_date_after_the_source_is_no_part_of_it(text: str, speaker: str) -> None:
    assert speakers(one(text)) == [speaker]


# --- demonstratives and texts as sources ----------------------------------------------------


def test_a_demonstrative_alone_before_the_verb_is_its_subject() -> None:
    s = one("Dieser bestätigte am Abend, dass die Halle im Winter geschlossen bleibt.")
    assert speakers(s) == ["Dieser"]


def test_a_demonstrative_before_a_noun_opens_no_pronoun_subject() -> None:
    s = one("Diese Woche bestätigte der Minister, dass die Halle geschlossen bleibt.")
    assert speakers(s) == ["der Minister"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In einem Bericht der Zeitung wurde vermutet, dass niemand den Sturm überlebt hat.",
            "einem Bericht der Zeitung",
        ),
        (
            "So wird in einer Pressemitteilung des Vereins gefordert, dass die Halle öffnet.",
            "einer Pressemitteilung des Vereins",
        ),
    ],
)
def test_the_text_an_agentless_passive_was_said_in_is_its_source(text: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2020 wurde vermutet, dass niemand den Sturm überlebt hat.",
        "In der Stadt wurde vermutet, dass niemand den Sturm überlebt hat.",
    ],
)
def test_a_time_or_place_after_in_is_no_source_of_the_passive(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == []


# --- subjects with appositions and shortened compounds --------------------------------------


def test_und_after_the_hyphen_of_a_shortened_compound_stays_in_the_subject() -> None:
    s = one("Die Leiterin der Kranken- und Pflegekasse sagte, dass die Beiträge steigen.")
    assert speakers(s) == ["Die Leiterin der Kranken- und Pflegekasse"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Sprecher der Stadt, Jan Roth, dankte allen und ergänzte, die Lage sei ruhig.",
            "Der Sprecher der Stadt, Jan Roth",
        ),
        (
            "Einer der Wirte, Karl Brand, lobte das Wetter und ergänzte, die Saison sei gut.",
            "Einer der Wirte, Karl Brand",
        ),
    ],
)
def test_a_joined_verb_shares_a_subject_with_its_apposition(text: str, speaker: str) -> None:
    assert speakers(one(text)) == [speaker]


def test_the_one_quoted_in_a_passive_of_quoting_may_have_an_apposition() -> None:
    s = one("Der Fraktionschef der Grünen, Peter Klein, wird mit den Worten zitiert, es regne.")
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == ["Der Fraktionschef der Grünen, Peter Klein"]


# --- the subject of a clause that a colon and a quotation close ---------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Anwohner der Siedlung nehmen den Umbau gelassen: "
            "„Wir haben schon Schlimmeres erlebt.“",
            "Die Anwohner der Siedlung",
        ),
        (
            "Der Förster, der den Wald seit Jahren betreut, blickt mit Sorge auf den Sommer: "
            "„Noch ein trockenes Jahr verkraften die Fichten nicht.“",
            "Der Förster",
        ),
        (
            "Bürgermeisterin Lena Hollmann bekannte sich in ihrer Rede zum neuen Bahnhof: "
            "„Ohne ihn hat unsere Stadt keine Zukunft.“",
            "Bürgermeisterin Lena Hollmann",
        ),
    ],
)
def test_the_subject_before_a_colon_and_a_closing_quotation_speaks_it(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.attribution == "direct_quote", s.explanation
    assert speakers(s) == [speaker]
    # the verb only frames the words ("nehmen … gelassen"), and a colon is no cue
    assert s.attributions[0].cue is None


@pytest.mark.parametrize(
    "text",
    [
        # an adverb fills the prefield: the subject stands after the verb
        "Darauf standen die Worte: „Willkommen in Talheim.“",
        # a possessive subject names a thing of the speaker, not the speaker
        "Seine Hoffnung gründet sich auf die Erfahrung der letzten Jahre: „Es wird gelingen.“",
        # a clause in the subjunctive is itself reported
        "Die Regeln seien im Vertrag klar festgelegt: „Jeder Staat trägt die Kosten selbst.“",
    ],
)
def test_no_subject_of_the_frame_speaks_the_quotation(text: str) -> None:
    s = one(text)
    assert s.attribution == "direct_quote", s.explanation
    assert speakers(s) == []


# --- a relative clause between a written source and "heißt es" ----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In dem Bericht des Amtes, der am Montag erschien, heißt es, "
            "die Zahl der Einbrüche sei gestiegen.",
            "dem Bericht des Amtes",
        ),
        (
            "In der Erklärung, die der Verband verbreitete, hieß es: „Wir lehnen den Plan ab.“",
            "der Erklärung",
        ),
    ],
)
def test_a_relative_clause_after_the_written_source_is_no_part_of_it(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert speakers(s) == [speaker]
    assert s.attributions[0].cue is not None
    assert s.attributions[0].cue.text in {"heißt es", "hieß es"}


def test_a_time_before_the_relative_clause_is_no_written_source() -> None:
    s = one("Im Jahr, das nun endet, heißt es, sei alles besser geworden.")
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == []


# --- a prepositional phrase of the written register before the verb -----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Bezüglich des Zeitplans meldet die Agentur, die Brücke werde im Mai fertig.",
            "die Agentur",
        ),
        (
            "Hinsichtlich der Kosten erklärte der Sprecher des Amtes, man liege im Plan.",
            "der Sprecher des Amtes",
        ),
        (
            "Anlässlich der Eröffnung sagte die Ministerin, das Museum sei ein Gewinn.",
            "die Ministerin",
        ),
    ],
)
def test_a_phrase_of_a_written_preposition_before_the_verb_is_no_subject(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == [speaker]
