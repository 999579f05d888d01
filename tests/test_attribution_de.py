"""German attribution rules added for issue 3 (see rules/de/attribution.toml).

Every sentence here is invented for these tests: the people, places and events do
not exist.
"""

from __future__ import annotations

import pytest
from test_attribution_de_support import analyze, one

from claimcheck import Sentence


def cue_text(s: Sentence) -> str:
    assert s.cue is not None, s.explanation
    return s.cue.text


# --- the cue as one span over its parts --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Der Bürgermeister wies darauf hin, dass die Brücke gesperrt bleibe.", "wies darauf hin"),
        ("Die Wirtin geht davon aus, dass das Fest stattfinden wird.", "geht davon aus"),
        ("Die Ministerin äußerte sich, die Pläne seien noch nicht fertig.", "äußerte sich"),
        ("Dem Trainer wird vorgeworfen, die Spieler beleidigt zu haben.", "wird vorgeworfen"),
        ("Er hat angekündigt, dass er im Herbst zurücktreten werde.", "hat angekündigt"),
    ],
)
def test_small_words_between_cue_parts_join_them(text: str, cue: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert cue_text(s) == cue


def test_a_speaker_between_cue_parts_keeps_the_verb_alone() -> None:
    s = one("Gestern teilte die Polizei von Unterwald mit, dass der Dieb gefasst sei.")
    assert s.attribution == "reported_speech", s.explanation
    assert cue_text(s) == "teilte"
    assert s.speaker is not None and "Polizei" in s.speaker.text


def test_a_noun_between_auxiliary_and_participle_keeps_the_participle_alone() -> None:
    s = one("Der Vorstand hatte im Frühjahr angekündigt, dass die Filiale schließen werde.")
    assert cue_text(s) == "angekündigt"


# --- narrated speech acts without a clause ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Stadtrat kritisierte die Pläne für das neue Parkhaus.",
        "Das Parlament von Nordheim hat den Antrag der Opposition abgelehnt.",
        "Ein Sprecher der Feuerwehr bestätigte den Brand in der Lagerhalle.",
    ],
)
def test_judging_or_assenting_without_a_clause_is_an_event(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaft fordert den Rücktritt des Verkehrsministers.",
        "Der Verband warnte vor höheren Preisen für Heizöl.",
        "Die Wirtin wies die Vorwürfe der Nachbarn entschieden zurück.",
    ],
)
def test_demands_warnings_and_denials_stand_for_a_position(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation


def test_judging_with_a_clause_is_reported_speech() -> None:
    s = one("Der Stadtrat kritisierte, dass die Pläne zu teuer seien.")
    assert s.attribution == "reported_speech", s.explanation
    assert cue_text(s) == "kritisierte"


# --- no speaker from a label and a colon ------------------------------------------------


def test_a_label_and_a_colon_name_no_speaker() -> None:
    s = one("Verkehr: Die Stadt baut bis zum Sommer zwei neue Radwege.")
    assert s.attribution == "unattributed", s.explanation


# --- Konjunktiv I on its own --------------------------------------------------------------


def test_konjunktiv_i_alone_is_reported_speech_with_the_speaker_named_last() -> None:
    article = analyze(
        "Die Bürgermeisterin Jana Olbrich sagte am Abend, der Plan für die Schule stehe. "
        "Im Frühjahr wurde die alte Schule abgerissen.",
        "Der Neubau sei zu teuer geworden.",
    )
    s = [x for x in article.sentences if "Neubau" in x.text][0]
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is None
    assert s.speaker is not None and "Olbrich" in s.speaker.text


def test_konjunktiv_i_with_nobody_named_has_no_speaker() -> None:
    s = one("Der Neubau der Schule sei zu teuer geworden.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is None and s.vague_source


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe den Neubau der Schule lange geplant.",
        "Für mich habe sich der Umzug in die Stadt gelohnt.",
        "Der Bus fährt pünktlich, es sei denn, es schneit.",
    ],
)
def test_first_person_and_fixed_phrases_are_no_reported_speech(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


# --- speakers -------------------------------------------------------------------------------


def test_the_article_of_an_inverted_subject_belongs_to_the_speaker() -> None:
    s = one("Die Brücke bleibe gesperrt, sagte am Montag der Sprecher der Stadtwerke.")
    assert s.speaker is not None and s.speaker.text == "der Sprecher der Stadtwerke"


def test_a_sentence_adverb_before_the_verb_is_no_speaker() -> None:
    s = one("Weiter sagte der Kämmerer, die Kasse sei leer.")
    assert s.speaker is not None and s.speaker.text == "der Kämmerer"


def test_an_apposition_that_ends_in_a_noun_belongs_to_the_speaker() -> None:
    s = one("Lena Vogt, die Leiterin der Bücherei, sagte, das Haus bleibe offen.")
    assert s.speaker is not None and s.speaker.text == "Lena Vogt, die Leiterin der Bücherei"


def test_a_genitive_name_after_a_noun_of_opinion_is_the_source() -> None:
    s = one("Nach Auffassung Norwegens muss der Vertrag neu verhandelt werden.")
    assert s.speaker is not None and s.speaker.text == "Auffassung Norwegens"


# --- what a speaker spoke of; adverbs that refer back to a source ---------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Der Trainer sprach von einem verdienten Sieg seiner Mannschaft.",
            "einem verdienten Sieg",
        ),
        ("Anwohner berichteten gestern von einem lauten Knall.", "einem lauten Knall"),
    ],
)
def test_what_a_speaker_spoke_of_is_reported(text: str, said: str) -> None:
    article = analyze(text)
    s = [x for x in article.sentences if text[:20] in x.text][0]
    assert s.attribution == "reported_speech", s.explanation
    assert s.content is not None and said in article.text[s.content[0] : s.content[1]]


def test_sprechen_without_von_is_no_report() -> None:
    s = one("Der Trainer sprach am Montag mit seiner Mannschaft.")
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Demnach soll die neue Halle im Herbst eröffnet werden.",
        "Die Zeitung wies Berichte zurück, wonach der Verlag verkauft werden solle.",
        "Wie am Abend bekannt wurde, ist der Bürgermeister zurückgetreten.",
    ],
)
def test_source_adverbs_and_impersonal_cues_report_words(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation


def test_a_quoted_word_the_speaker_spoke_of_is_the_speakers_word() -> None:
    # mixed quotation: the quoted word is what the authority called it
    s = one("Die Hafenbehörde sprach von einem „Meilenstein“ für die Region.")
    assert s.attribution == "direct_quote", s.explanation
    assert s.speaker is not None and s.speaker.text == "Die Hafenbehörde"


# --- quotations whose cue verb needs more than the plain rules ------------------------------


def test_a_partitive_subject_gives_the_quotation_its_speaker() -> None:
    s = one("Einer der beiden Bergführer sagte: „Wir haben so einen Sturm noch nie erlebt.“")
    assert s.attribution == "direct_quote"
    assert s.speaker is not None and s.speaker.text == "Einer der beiden Bergführer"
    assert cue_text(s) == "sagte"


def test_a_reflexive_cue_finds_the_subject_after_it() -> None:
    s = one("Am Montag äußerte sich die Rektorin Maria Falk, die Prüfungen seien verschoben.")
    assert cue_text(s) == "äußerte sich"
    assert s.speaker is not None and s.speaker.text == "die Rektorin Maria Falk"


def test_quoted_words_in_the_object_of_a_verb_of_saying_are_the_speakers() -> None:
    s = one("Der Landrat nannte die neuen Zahlen „völlig aus der Luft gegriffen“.")
    assert s.attribution == "direct_quote", s.explanation
    assert s.speaker is not None and s.speaker.text == "Der Landrat"
    assert cue_text(s) == "nannte"


def test_an_apposition_closing_the_sentence_belongs_to_the_speaker() -> None:
    s = one("Die Bäder bleiben bis Mai geschlossen, sagte Ida Kern, die Sprecherin der Stadtwerke.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None
    assert s.speaker.text == "Ida Kern, die Sprecherin der Stadtwerke"


def test_a_relative_clause_after_a_closing_cue_is_not_the_speaker() -> None:
    s = one("Die Bäder bleiben geschlossen, sagte Ida Kern, die das Amt seit Mai leitet.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "Ida Kern"


# --- more sources after 'nach' ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach einer Stellungnahme der Bahn fallen am Montag alle Züge aus.",
            "einer Stellungnahme der Bahn",
        ),
        ("Nach Kerns Meinung ist der Haushalt nicht zu retten.", "Kerns Meinung"),
        (
            "Nach Berechnungen des Instituts steigen die Mieten weiter.",
            "Berechnungen des Instituts",
        ),
    ],
)
def test_nouns_of_statement_after_nach_name_the_source(text: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == speaker


def test_a_relative_nach_denen_gives_the_clause_to_its_source() -> None:
    s = one("Es gibt Gerüchte, nach denen der Verein verkauft werden soll.")
    assert s.attribution == "reported_speech", s.explanation
    assert cue_text(s) == "nach"  # the preposition; "denen" stands for the rumours


def test_konjunktiv_ii_continues_a_report_whose_cue_closed_it() -> None:
    article = analyze(
        "Die Kosten seien gestiegen, sagte die Sprecherin der Stadtwerke. "
        "Die Preise für Gas hätten sich seit Januar verdoppelt."
    )
    s = [x for x in article.sentences if "hätten" in x.text][0]
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "die Sprecherin der Stadtwerke"


def test_konjunktiv_ii_after_the_articles_own_sentence_stays_its_own() -> None:
    article = analyze(
        "Die Stadtwerke erhöhen im Mai die Preise. Ohne den Zuschuss hätten sie früher erhöht."
    )
    s = [x for x in article.sentences if "hätten" in x.text][0]
    assert s.attribution == "unattributed", s.explanation


def test_the_one_quoted_in_a_passive_of_quoting_is_the_speaker() -> None:
    s = one(
        "Die Bürgermeisterin wird von der Lokalzeitung mit den Worten zitiert, es gebe Hoffnung."
    )
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "Die Bürgermeisterin"


def test_the_text_before_heisst_es_is_the_source() -> None:
    article = analyze("In der Mitteilung des Verbands heißt es weiter, dass die Preise stiegen.")
    s = article.sentences[-1]
    assert s.speaker is not None and s.speaker.text == "der Mitteilung des Verbands"
    assert s.content is not None
    assert article.text[s.content[0] : s.content[1]] == "dass die Preise stiegen"


@pytest.mark.parametrize(
    "text",
    [
        "Der Wirt wurde vom Amtsgericht zu einer Geldstrafe verurteilt.",
        "Der Unfall wurde von einem Anwohner gemeldet.",
    ],
)
def test_a_passive_of_judging_or_saying_without_a_clause_is_an_event(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


def test_a_passive_of_thinking_with_an_agent_gives_the_agents_view() -> None:
    s = one("Der Plan wird von vielen Anwohnern mit Sorge betrachtet.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and "Anwohnern" in s.speaker.text


def test_a_phrase_with_als_before_the_verb_is_no_speaker() -> None:
    s = one("Als Begründung sagte ein Sprecher der Bahn, die Gleise seien marode.")
    assert s.speaker is not None and s.speaker.text == "ein Sprecher der Bahn"


def test_konjunktiv_i_of_a_common_verb_continues_the_report() -> None:
    article = analyze(
        "Der Ortsvorsteher sagte, der Zuschuss sei bewilligt. "
        "Das Geld stamme aus einem Fonds des Landes."
    )
    s = [x for x in article.sentences if "stamme" in x.text][0]
    assert s.attribution == "reported_speech", s.explanation


def test_a_capitalised_noun_is_no_konjunktiv_form() -> None:
    s = one("Die Spiele finden im Sommer in der neuen Halle statt.")
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bekannt wurde das Kino durch einen Film über den Ort.", "unattributed"),
        ("Wie am Montag bekannt wurde, schließt das Kino im Herbst.", "reported_speech"),
    ],
)
def test_bekannt_wurde_reports_words_only_with_a_clause(text: str, kind: str) -> None:
    s = one(text)
    assert s.attribution == kind, s.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Der Wahlleiter gab am Abend eine Beteiligung von 71 Prozent bekannt.",
        "Als Grund nannte die Reederei die hohen Kosten für Treibstoff.",
        "Ein Gutachter bezifferte den Schaden auf zwei Millionen Euro.",
    ],
)
def test_the_object_of_a_verb_of_stating_is_what_was_stated(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation


def test_a_subject_before_the_clause_of_a_closing_verb_is_not_the_content() -> None:
    article = analyze("Die Partei, auf deren Liste er stand, kritisierte den Beschluss.")
    s = article.sentences[-1]
    assert s.attribution == "unattributed", s.explanation


def test_a_quoted_name_in_the_subject_is_part_of_the_speaker() -> None:
    s = one("Das „Institut für Wetter“ der Stadt geht davon aus, dass es morgen regnet.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "Das „Institut für Wetter“ der Stadt"


def test_a_zu_infinitive_before_a_relative_clause_is_reported() -> None:
    s = one(
        "Die Regierung hat am 3. Mai angekündigt, eine Kommission zu gründen, "
        "die sich mit den Kosten befasst."
    )
    assert s.attribution == "reported_speech", s.explanation


def test_a_separable_cue_reaches_past_a_name_between_commas() -> None:
    s = one(
        "Jetzt gab der Leiter der Feuerwache, Jonas Brehm, bekannt, dass der Brand gelöscht sei."
    )
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None
    assert s.speaker.text == "der Leiter der Feuerwache, Jonas Brehm"


def test_a_fronted_object_is_no_speaker() -> None:
    s = one("Den neuen Plan für das Hallenbad kritisierte der Kämmerer, weil er zu teuer sei.")
    assert s.speaker is not None and s.speaker.text == "der Kämmerer"


def test_the_subject_of_the_first_conjunct_speaks_after_und() -> None:
    s = one("Die Ministerin besuchte das Werk und erklärte, die Stellen seien sicher.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "Die Ministerin"


def test_werden_with_an_infinitive_is_the_future_not_the_passive() -> None:
    s = one("Die Partei wird darauf bestehen, dass ihr Name auf dem Stimmzettel steht.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "Die Partei"


def test_von_after_a_noun_is_no_agent_of_the_passive() -> None:
    s = one("Nach dem Sturm wird der Ausbruch von Seuchen im Tal befürchtet.")
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Der Trainer ist zuversichtlich, dass die Mannschaft die Klasse hält.",
            "ist zuversichtlich",
            "Der Trainer",
        ),
        (
            "Die Ärztin ist der Ansicht, dass die Impfung sinnvoll ist.",
            "ist der Ansicht",
            "Die Ärztin",
        ),
        (
            "Der Verband ist davon überzeugt, dass die Preise sinken.",
            "ist davon überzeugt",
            "Der Verband",
        ),
    ],
)
def test_a_stance_with_sein_names_its_holder(text: str, cue: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert cue_text(s) == cue
    assert s.speaker is not None and s.speaker.text == speaker


def test_a_source_phrase_inside_the_statement_keeps_both_sides_in_the_content() -> None:
    text = "Ein Verdacht bestehe nach Angaben der Polizei nicht mehr."
    article = analyze(text)
    s = article.sentences[-1]
    assert s.speaker is not None and s.speaker.text == "Angaben der Polizei"
    # one attribution for each side of the source phrase, the phrase itself left out
    parts = [article.text[a.content[0] : a.content[1]] for a in s.attributions if a.content]
    assert parts == ["Ein Verdacht bestehe", "nicht mehr"]
    assert all(a.speaker == s.speaker for a in s.attributions)


@pytest.mark.parametrize(
    "text",
    [
        "Aus dem Bericht der Kommission geht hervor, dass die Zahl der Unfälle gestiegen ist.",
        "Wie aus einer Mitteilung der Feuerwehr hervorgeht, brannte die Scheune völlig aus.",
    ],
)
def test_the_text_after_aus_is_the_source_of_hervorgehen(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text.startswith(("dem Bericht", "einer Mitteilung"))


def test_hervorgehen_without_a_text_is_no_report() -> None:
    s = one("Der Verein ging aus einer Fusion zweier Klubs hervor.")
    assert s.attribution == "unattributed", s.explanation


def test_so_with_a_source_and_its_modifiers_closes_the_claim() -> None:
    s = one("Die Brücke bleibt gesperrt, so eine Mitteilung des Bauamts in Kellau am Montag.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "eine Mitteilung des Bauamts"


def test_so_before_a_clause_of_its_own_is_no_cue() -> None:
    s = one("Die Brücke war marode, so mussten die Autos einen Umweg fahren.")
    assert s.attribution == "unattributed", s.explanation


def test_a_cue_between_commas_keeps_the_statement_on_both_sides() -> None:
    text = "Die Lage, sagte der Minister, sei ernst."
    article = analyze(text)
    s = article.sentences[-1]
    assert s.speaker is not None and s.speaker.text == "der Minister"
    assert s.content is not None
    assert article.text[s.content[0] : s.content[1]] == text[:-1]


def test_fuer_after_an_institution_belongs_to_its_name() -> None:
    s = one("Laut dem Landesamt für Küstenschutz sind viele Deiche zu alt.")
    assert s.speaker is not None and s.speaker.text == "dem Landesamt für Küstenschutz"


@pytest.mark.parametrize(
    "text",
    [
        "Von einem verdienten Sieg sprach der Trainer der Gäste.",
        "Die Zeitungen hatten am Montag von einem schweren Unfall berichtet.",
    ],
)
def test_von_before_the_verb_of_speaking_names_what_was_said(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Von Berlin aus sprach der Minister mit den Bürgermeistern.",
        "Der Sprecher von Siemens sprach mit Journalisten.",
    ],
)
def test_von_of_a_place_or_inside_the_subject_names_nothing_said(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut stadtblatt.de wird die Brücke im Mai gesperrt.", "stadtblatt.de"),
        ("Im Land gibt es laut ai-Bericht eine hohe Dunkelziffer.", "ai-Bericht"),
    ],
)
def test_a_source_in_lower_case_after_laut(text: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == speaker


def test_laut_as_loud_is_no_cue() -> None:
    s = one("Die Musik im Festzelt war laut und die Stimmung gut.")
    assert s.attribution == "unattributed", s.explanation


def test_a_hyphenated_name_in_lower_case_stands_inside_the_source() -> None:
    s = one("Dem Sender al-Dschasira zufolge wird das Schiff in den Hafen gefahren.")
    assert s.speaker is not None and s.speaker.text == "Dem Sender al-Dschasira"


# --- the speaker's noun phrase: marks, parenthesis, apposition ------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Brücke sei marode, sagte der Sprecher des Bauamts, Konrad Wellmer.",
            "der Sprecher des Bauamts, Konrad Wellmer",
        ),
        (
            "Die Brücke sei marode, sagte Konrad Wellmer, der Sprecher des Bauamts.",
            "Konrad Wellmer, der Sprecher des Bauamts",
        ),
        (
            "Die Brücke sei marode, sagte Landrätin Hilde Ostkamp (SPD) am Montag.",
            "Landrätin Hilde Ostkamp (SPD)",
        ),
        (
            "Die Brücke sei marode, berichtete der „Kellauer Bote“.",
            "der „Kellauer Bote“",
        ),
    ],
)
def test_the_speaker_keeps_its_marks_parenthesis_and_apposition(text: str, speaker: str) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name after the comma that opens a clause of its own is no apposition
        (
            "Die Brücke sei marode, sagte der Sprecher, Konrad Wellmer habe sie geprüft.",
            "der Sprecher",
        ),
    ],
)
def test_no_apposition_where_the_comma_opens_something_else(text: str, speaker: str) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


def test_an_apposition_between_auxiliary_and_participle_keeps_the_subject() -> None:
    s = one("Zuvor hatte ein Sprecher der Stadt, Jan Obermann, erklärt, die Brücke sei marode.")
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == "ein Sprecher der Stadt, Jan Obermann"
    assert cue_text(s) == "erklärt"


def test_a_subject_before_its_apposition_is_still_found_from_its_verb() -> None:
    s = one("Jan Obermann, der Sprecher der Stadt, sagte, die Brücke sei marode.")
    assert s.speaker is not None, s.explanation
    assert s.speaker.text.startswith("Jan Obermann")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Doch sei es, so der Kellauer Autor Jan Obermann in einem Beitrag, ein Fehler gewesen.",
            "der Kellauer Autor Jan Obermann",
        ),
        (
            "Man sei dankbar – so Obermann –, trotzdem suche die Firma weiter nach Geld.",
            "Obermann",
        ),
    ],
)
def test_so_with_its_source_inside_the_statement(text: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == speaker
    assert cue_text(s) == "so"
    assert s.content is not None
    # the statement on both sides of the source
    assert s.content[1] - s.content[0] >= len(text) - 2


def test_so_before_a_relative_clause_on_its_source_keeps_the_statement_before_it() -> None:
    text = "Die Brücke sei marode, so Obermann, der seit Jahren davor warnt."
    s = one(text)
    main = next(a for a in s.attributions if a.cue is not None and a.cue.text == "so")
    assert main.content is not None
    assert (
        text[
            main.content[0] - len("Aus der Region\n\n") : main.content[1]
            - len("Aus der Region\n\n")
        ]
        == "Die Brücke sei marode"
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wie der Finanzminister Hans Obermann am Dienstag in Kellau mitteilte, "
            "wird die Brücke gesperrt.",
            "der Finanzminister Hans Obermann",
        ),
        ("Wie Obermann in einer Rede sagte, wird die Brücke gesperrt.", "Obermann"),
        # a place after the source's noun belongs to it
        (
            "Wie der Sprecher der Stadt in Kellau mitteilte, wird die Brücke gesperrt.",
            "der Sprecher der Stadt in Kellau",
        ),
    ],
)
def test_a_phrase_of_time_or_circumstance_is_no_part_of_the_source(text: str, speaker: str) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Brücke sei marode, sagte die Statikerin Marta Sanz den Reportern.",
            "die Statikerin Marta Sanz",
        ),
        ("Die Brücke sei marode, sagte Ulla von der Heide.", "Ulla von der Heide"),
    ],
)
def test_der_and_den_belong_to_a_name_only_after_another_particle(text: str, speaker: str) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Landrätin Hilde Ostkamp: „Wir werden die Brücke im Mai für alle sperren.“",
            "Landrätin Hilde Ostkamp",
        ),
        ("Jan Obermann wörtlich: „Wir werden die Brücke im Mai für alle sperren.“", "Jan Obermann"),
    ],
)
def test_a_person_named_alone_before_colon_and_quotation_speaks_it(text: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "direct_quote", s.explanation
    assert s.speaker is not None and s.speaker.text == speaker


def test_a_label_before_colon_and_quotation_is_no_speaker() -> None:
    s = one("Das Motto der Woche: „Wir werden die Brücke im Mai für alle sperren.“")
    assert s.speaker is None, s.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Die Brücke wird aller Voraussicht nach im Mai für den Verkehr gesperrt.",
        "Nach Absicht der Planer wird die Brücke im Mai für den Verkehr gesperrt.",
    ],
)
def test_nouns_that_only_end_like_a_noun_of_reporting_name_no_source(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


def test_a_compound_noun_of_reporting_still_names_a_source() -> None:
    s = one("Laut Polizeiangaben wird die Brücke im Mai für den Verkehr gesperrt.")
    assert s.speaker is not None and s.speaker.text == "Polizeiangaben"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Brücke sei marode, meldete der Sender am Montag.", "der Sender"),
        ("Die Brücke sei marode, schrieb die Zeitung am Wochenende.", "die Zeitung"),
        ("Die Brücke sei marode, sagte in einem Interview der Bürgermeister.", "der Bürgermeister"),
        ("Die Brücke sei marode, sagte am Montag der Bürgermeister.", "der Bürgermeister"),
    ],
)
def test_a_noun_heads_the_subject_unless_a_preposition_opens_its_phrase(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Angaben einer städtischen Quelle wird die Brücke im Mai gesperrt.",
            "Angaben einer städtischen Quelle",
        ),
        (
            "Nach Informationen des Magazins „Der Kellauer“ wird die Brücke im Mai gesperrt.",
            "Informationen des Magazins „Der Kellauer“",
        ),
    ],
)
def test_a_source_noun_keeps_its_indefinite_genitive_and_a_quoted_name(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Theo Obermann, Präsident des Kellauer Verbands (KV) kritisierte, "
            "die Brücke sei marode.",
            "Theo Obermann, Präsident des Kellauer Verbands (KV)",
        ),
        ("Die Kellauer hingegen sagten, die Brücke sei marode.", "Die Kellauer"),
        ("Selbst der Bürgermeister sagte, die Brücke sei marode.", "der Bürgermeister"),
    ],
)
def test_the_subject_before_its_verb_without_adverbs_and_with_its_name(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Ansicht von Senator Obermann, Vorsitzender des Bauausschusses, "
            "ist die Brücke marode.",
            "Ansicht von Senator Obermann, Vorsitzender des Bauausschusses",
        ),
        (
            "Im Interview sagte Jan Obermann, der Geschäftsführer der Firma: "
            "„Ich wurde alarmiert, aber als ich ankam, war alles vorbei.“",
            "Jan Obermann, der Geschäftsführer der Firma",
        ),
        (
            "Die Brücke sei marode, sagte der Direktor der Baubehörde, Samir el-Obeidi.",
            "der Direktor der Baubehörde, Samir el-Obeidi",
        ),
    ],
)
def test_an_apposition_after_a_title_and_name_before_a_colon_or_with_a_hyphenated_name(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Brücke sei marode, sagte der für die Region zuständige Koordinator Jan Obermann.",
            "der für die Region zuständige Koordinator Jan Obermann",
        ),
        (
            "Die Brücke sei marode, sagte der in Kellau lebende Autor.",
            "der in Kellau lebende Autor",
        ),
    ],
)
def test_an_extended_attribute_between_article_and_noun_stays_in_the_speaker(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Danach sagte der Koordinator der Helfer, Tilo Brandhuber, dass die Hilfe ankomme.",
            "der Koordinator der Helfer, Tilo Brandhuber",
            "dass die Hilfe ankomme",
        ),
        (
            "So erklärte die Sprecherin, Wiebke von Aschen, gegenüber dem Sender, "
            "die Straße bleibe gesperrt.",
            "die Sprecherin, Wiebke von Aschen",
            "die Straße bleibe gesperrt",
        ),
    ],
)
def test_a_name_between_commas_after_an_inverted_role_belongs_to_the_speaker(
    text: str, speaker: str, content: str
) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker
    assert s.content is not None
    assert s.text[s.content[0] - s.start : s.content[1] - s.start] == content


def test_a_single_place_name_after_an_inverted_subject_opens_the_statement() -> None:
    s = one("Dazu sagte der Minister, Kellau, Brandorf und Ulm seien sich einig.")
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == "der Minister"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut dem Sender al-Marwa wurden in Kellau zehn Häuser zerstört.", "dem Sender al-Marwa"),
        (
            "Die Lage sei ernst, sagte der Sprecher der Gruppe el-Sahra.",
            "der Sprecher der Gruppe el-Sahra",
        ),
    ],
)
def test_a_name_with_a_hyphenated_lower_case_article_stays_in_the_speaker(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


def test_a_dative_object_after_the_verb_is_not_the_speaker() -> None:
    s = one("Sie nickte und versprach dem Publikum, bald wiederzukommen.")
    assert all(a.speaker is None or a.speaker.text != "dem Publikum" for a in s.attributions), (
        s.explanation
    )


def test_the_subject_after_a_dative_object_is_the_speaker() -> None:
    s = one("Danach versprach dem Publikum eine Sprecherin, die Band komme wieder.")
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == "eine Sprecherin"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Inzwischen hat die Ministerin Ulla Brenk die Länder zur Senkung der Gebühren "
            "aufgefordert.",
            "die Ministerin Ulla Brenk",
        ),
        ("Im Prozess hat die Anklage eine Haftstrafe von sechs Jahren gefordert.", "die Anklage"),
    ],
)
def test_an_article_after_the_subjects_noun_opens_the_object_in_the_middle_field(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == speaker


def test_a_genitive_article_after_the_noun_stays_in_the_subject() -> None:
    s = one("Im Prozess hat der Anwalt des Klägers eine Haftstrafe von sechs Jahren gefordert.")
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == "der Anwalt des Klägers"


def test_the_object_of_a_preposition_after_the_verb_is_not_the_speaker() -> None:
    s = one("Die Lage sei ernst, sagte gegenüber der Zeitung Kellauer Bote ein Sprecher.")
    assert all(
        a.speaker is None or not a.speaker.text.startswith("der Zeitung") for a in s.attributions
    ), s.explanation


def test_a_quotation_after_a_possessive_is_no_apposition_of_the_closing_speaker() -> None:
    s = one(
        "Sie sei „völlig erschüttert“ über das Unglück, sagte die Bürgermeisterin, "
        "ihre „Gedanken sind bei allen Betroffenen“."
    )
    assert s.attributions, s.explanation
    assert all(
        a.speaker is not None and a.speaker.text == "die Bürgermeisterin" for a in s.attributions
    )


def test_a_quoted_name_after_its_noun_stays_in_the_closing_apposition() -> None:
    s = one("Die Lage sei ernst, sagte Jana Ott, die Sprecherin der Initiative „Grünes Tal“.")
    assert s.speaker is not None, s.explanation
    assert s.speaker.text == "Jana Ott, die Sprecherin der Initiative „Grünes Tal“"
