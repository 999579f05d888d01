"""German speaker rules of the fourth round (see rules/de/attribution.toml): where the
subject of a cue stands, and sources named by a phrase rather than a subject.

Every sentence here is invented for these tests: the people, places and events do
not exist.
"""

from __future__ import annotations

import pytest
from test_attribution_de_support import analyze, one

from claimcheck import Sentence


def speakers(s: Sentence) -> list[str]:
    return [a.speaker.text for a in s.attributions if a.speaker is not None]


# --- where the subject stands -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Den Umbau des Bahnhofs bezeichnete er als überfällig.",
        "Die Schließung der Bücherei hat er als Fehler bezeichnet.",
        "Den Anwohnern schlug er vor, sich an die Stadtwerke zu wenden.",
    ],
)
def test_a_nominative_pronoun_after_the_finite_verb_is_the_subject(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == ["er"]


def test_a_pronoun_after_the_verb_does_not_displace_a_pronoun_subject() -> None:
    s = one("Sie erklärte, er habe den Termin verpasst.")
    assert speakers(s) == ["Sie"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ergänzend fügte Mara Lind hinzu: „Wir bauen im Frühjahr weiter.“", "Mara Lind"),
        (
            "Passend zum Wetter warnte die Sprecherin des Wetterdienstes, es werde glatt.",
            "die Sprecherin des Wetterdienstes",
        ),
        (
            "Möglicherweise erklärt der Bürgermeister noch heute, dass die Brücke gesperrt bleibe.",
            "der Bürgermeister",
        ),
    ],
)
def test_an_adverbial_participle_or_adverb_that_opens_the_sentence_is_no_subject(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert speakers(s)[:1] == [speaker], s.explanation


def test_a_noun_ending_like_a_participle_can_open_the_subject() -> None:
    s = one("Die Jugend des Dorfes erklärte, sie wolle einen Treffpunkt.")
    assert speakers(s) == ["Die Jugend des Dorfes"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Das Komitee im benachbarten Oberfeld erklärte am Abend, die Wahl sei gültig.",
            "Das Komitee im benachbarten Oberfeld",
        ),
        (
            "Der Vorsitzende im örtlichen Sportverein, Kai Brenner, hatte erklärt, das Fest "
            "falle aus.",
            "Der Vorsitzende im örtlichen Sportverein, Kai Brenner",
        ),
    ],
)
def test_a_modifier_of_place_with_an_adjective_stays_in_a_subject_before_the_verb(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert speakers(s) == [speaker], s.explanation


def test_a_phrase_with_an_adjective_in_the_middle_field_is_an_adverbial() -> None:
    s = one("Am Montag hatte Kai Brenner aus heiterem Himmel erklärt, er trete zurück.")
    assert speakers(s) == ["Kai Brenner"], s.explanation


# --- impersonal cues with the place the words came from --------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aus dem Rathaus hieß es, die Straße werde im Mai gesperrt.", "dem Rathaus"),
        ("Bei der Feuerwehr Oberfeld hieß es, der Brand sei gelöscht.", "der Feuerwehr Oberfeld"),
        ("Die Straße werde im Mai gesperrt, hieß es aus dem Rathaus.", "dem Rathaus"),
        ("Der Brand sei gelöscht, hieß es vom Sprecher Tom Weiler.", "Sprecher Tom Weiler"),
        (
            "Die Kosten seien gestiegen, heißt es weiter in einem Bericht des Bauamts.",
            "einem Bericht des Bauamts",
        ),
        (
            "In der ersten Meldung hatte es geheißen, dass drei Boote gekentert seien.",
            "der ersten Meldung",
        ),
    ],
)
def test_a_phrase_of_place_or_origin_at_an_impersonal_cue_names_the_source(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == [speaker]
    assert "impersonal cue" in s.explanation and "where it was said" in s.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2019 hieß es, die Straße werde im Mai gesperrt.",
        "In der Nacht hieß es, der Brand sei gelöscht.",
        "Der Brand sei gelöscht, hieß es am Montag.",
    ],
)
def test_a_phrase_of_time_at_an_impersonal_cue_names_nobody(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == []


def test_a_source_of_the_impersonal_cue_from_vague_circles_is_vague() -> None:
    s = one("Aus Regierungskreisen hieß es, der Minister trete zurück.")
    assert speakers(s) == ["Regierungskreisen"]
    assert s.vague_source


# --- the phrase a noun of reporting opens -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Angaben örtlicher Behörden wurden zwei Häuser beschädigt.",
            "Angaben örtlicher Behörden",
        ),
        ("Nach Angaben seiner Anwältin ist der Mann unschuldig.", "Angaben seiner Anwältin"),
        (
            "Nach Angaben eines Sprechers des Roten Bundes in Oberfeld wurden zwei Häuser "
            "beschädigt.",
            "Angaben eines Sprechers des Roten Bundes",
        ),
        (
            "Nach Angaben von Eva Lind, der Leiterin des Wetteramts, fiel ein Meter Schnee.",
            "Angaben von Eva Lind, der Leiterin des Wetteramts",
        ),
        (
            "Nach Ansicht des Direktors der Bücherei, Jonas Hell, fehlt das Geld.",
            "Ansicht des Direktors der Bücherei, Jonas Hell",
        ),
    ],
)
def test_genitives_and_an_apposition_belong_to_the_source_after_its_noun(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == [speaker]


def test_a_relative_clause_after_the_source_is_not_part_of_it() -> None:
    s = one("Nach Angaben der Feuerwehr, die den Brand löschte, war niemand im Haus.")
    assert speakers(s) == ["Angaben der Feuerwehr"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Am Montag starben amtlichen Angaben zufolge zwei Menschen.", "amtlichen Angaben"),
        (
            "Angaben des örtlichen Wetteramts zufolge fiel ein Meter Schnee.",
            "Angaben des örtlichen Wetteramts",
        ),
        ("Im Saal sagte die Ministerin einigen Gästen zufolge, sie trete an.", "einigen Gästen"),
    ],
)
def test_the_phrase_before_a_postposition_stops_at_a_verb_or_an_article(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert speaker in speakers(s), s.explanation
    assert all(not sp.startswith(("Am ", "Im ")) for sp in speakers(s))


def test_a_noun_of_reporting_after_nach_names_the_source() -> None:
    s = one("Nach Darstellungen des Verlags erscheint das Buch im Mai.")
    assert speakers(s) == ["Darstellungen des Verlags"]


def test_an_event_noun_after_nach_gives_a_time() -> None:
    s = one("Nach der Veröffentlichung des Berichts stiegen die Kurse.")
    assert speakers(s) == []


# --- subjects of joined verbs, phrases of time, surnames with a particle ----------------


def test_an_accusative_phrase_after_the_auxiliary_is_no_subject() -> None:
    s = one("Die Bürgermeisterin Ina Falk hat diesen Montag im Rathaus angekündigt, sie trete an.")
    assert speakers(s) == ["Die Bürgermeisterin Ina Falk"]


def test_a_phrase_of_time_before_the_verb_is_no_subject() -> None:
    s = one("Ende Mai verkündete der Verband, dass er sich bewerben werde.")
    assert speakers(s) == ["der Verband"]


def test_a_surname_opened_by_a_particle_is_a_subject() -> None:
    s = one("Wie de Vries mitteilte, bleibt die Brücke gesperrt.")
    assert speakers(s) == ["de Vries"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Auch die Ministerin Ada Roth äußerte Zweifel und forderte eine Prüfung der Pläne.",
            "die Ministerin Ada Roth",
        ),
        (
            "Daraufhin pochte der Sprecher Jan Ott auf die Regeln und forderte eine Prüfung.",
            "der Sprecher Jan Ott",
        ),
    ],
)
def test_a_verb_joined_by_und_takes_the_subject_of_the_first_verb(text: str, speaker: str) -> None:
    s = one(text)
    assert speaker in speakers(s), s.explanation
    assert "eine Prüfung" not in " ".join(speakers(s))


def test_a_joined_verb_whose_subject_is_not_found_names_no_speaker() -> None:
    s = one(
        "Am Abend zogen Hunderte vor das Rathaus und skandierten Sprüche wie „Wir bleiben hier“."
    )
    assert s.attribution == "direct_quote", s.explanation
    assert all(a.speaker is None for a in s.attributions)
    assert "not found" in s.explanation


# --- an object before the verb, the speaker after it -------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Zahl der Verletzten bezifferte die Nachrichtenagentur Nordpress mit zwölf.",
            "die Nachrichtenagentur Nordpress",
        ),
        ("Eine Verlegung des Termins bezeichnete Kamps als Fehler.", "Kamps"),
        (
            "Die Höhe des Schadens bezifferte Bürgermeisterin Ida Mohr auf zwei Millionen Euro.",
            "Bürgermeisterin Ida Mohr",
        ),
    ],
)
def test_a_thing_before_the_verb_is_its_object_when_a_speaker_follows(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert speakers(s) == [speaker], s.explanation


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Ärztinnen forderten die Patienten auf, zu Hause zu bleiben.", "Die Ärztinnen"),
        ("Die Behörden werfen Kamps Betrug vor.", "Die Behörden"),
        ("Die Verteidigung zweifelt diese Darstellung jedoch an.", "Die Verteidigung"),
    ],
)
def test_a_speaker_before_the_verb_stays_the_subject(text: str, speaker: str) -> None:
    s = one(text)
    assert speakers(s) == [speaker], s.explanation


def test_a_speaker_opening_the_sentence_is_the_subject_before_the_auxiliary() -> None:
    s = one("Die Kanzlerin hat die Minister aufgefordert, das Geld zu sparen.")
    assert speakers(s) == ["Die Kanzlerin"]


def test_a_thing_opening_the_sentence_leaves_the_subject_after_the_auxiliary() -> None:
    s = one("Gestern Abend hat die Ministerin angekündigt, dass sie zurücktrete.")
    assert speakers(s) == ["die Ministerin"]


def test_a_source_preposition_opens_no_subject() -> None:
    s = one("Laut dem Sender Nordfunk sagte der Minister, dass die Brücke gebaut werde.")
    assert speakers(s) == ["dem Sender Nordfunk", "der Minister"]


def test_es_after_the_verb_stands_for_the_clause_and_the_subject_follows() -> None:
    s = one("Nun hält es die Ministerin für möglich, dass die Brücke gebaut wird.")
    assert speakers(s) == ["die Ministerin"]


def test_an_adverb_of_manner_opening_the_sentence_is_no_subject() -> None:
    s = one("Ähnlich äußerte sich der Bürgermeister Jan Pohl: „Wir bauen weiter.“")
    assert speakers(s) == ["der Bürgermeister Jan Pohl"]


def test_a_text_named_with_a_date_after_in_is_the_source_of_heisst_es() -> None:
    s = one("In einer Mitteilung des Verbands vom vergangenen Freitag heißt es, der Preis steige.")
    assert speakers(s) == ["einer Mitteilung des Verbands vom vergangenen Freitag"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Gewerkschaft wertet die Einigung als großen Erfolg.", "Die Gewerkschaft"),
        ("Der Bürgermeister schätzt den Schaden als gering ein.", "Der Bürgermeister"),
        ("Die Ministerin kündigte eine Reform der Schulen an.", "Die Ministerin"),
    ],
)
def test_a_judgment_or_announcement_with_an_object_states_a_position(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert speakers(s) == [speaker]
    assert "the statement as a whole" in s.explanation


def test_an_ordinal_date_does_not_end_the_clause_of_wie() -> None:
    s = one("Wie der Kellauer Bote in einer Ausgabe vom 3. Mai berichtet, sinkt die Miete.")
    assert speakers(s) == ["der Kellauer Bote"]


# --- words that refer back to a source ----------------------------------------------------


def test_demnach_is_the_speaker_and_resolves_to_the_source_of_the_sentence_before() -> None:
    article = analyze(
        "Die Lage sei ernst, sagte der Sprecher Jan Weber. "
        "Demnach sei die Brücke seit Montag gesperrt."
    )
    s = next(s for s in article.sentences if s.text.startswith("Demnach"))
    assert s.speaker is not None and s.speaker.text == "Demnach"
    assert s.speaker.resolved == "Jan Weber"
    assert "refers to the source of the sentence before, 'Jan Weber'" in s.explanation


def test_demnach_with_no_source_before_says_so() -> None:
    s = one("Demnach sei die Brücke seit Montag gesperrt.")
    assert s.speaker is not None and s.speaker.resolved is None
    assert "not named in the sentence before" in s.explanation


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Es gibt Berichte der Zeitung, wonach die Brücke gesperrt sei.", "Berichte der Zeitung"),
        ("Sie verwies auf Studien der Klinik, nach denen das Mittel wirke.", "Studien der Klinik"),
    ],
)
def test_the_noun_before_a_relative_of_reporting_is_its_source(text: str, speaker: str) -> None:
    s = one(text)
    assert speaker in speakers(s)
    assert any("the noun it refers to" in a.explanation for a in s.attributions)


# --- more places of the subject ------------------------------------------------------------


def test_an_apposition_with_its_article_does_not_split_a_cue_of_two_parts() -> None:
    s = one(
        "Zu der Zeit ging Ida Lenz, die Anwältin der Frau, noch davon aus, dass sie frei komme."
    )
    assert speakers(s) == ["Ida Lenz, die Anwältin der Frau"]


def test_an_object_pronoun_after_the_verb_stands_before_the_subject() -> None:
    s = one("„Er ist ein Kämpfer“, so beschrieb ihn die Trainerin Eva Sand.")
    assert s.attribution == "direct_quote"
    assert speakers(s) == ["die Trainerin Eva Sand"]


def test_a_pronoun_opens_the_subject_of_a_clause_with_its_verb_at_the_end() -> None:
    s = one("Sie half, indem sie die Stadt zum Handeln aufforderte: „Tun Sie endlich etwas.“")
    assert "sie" in speakers(s)


def test_a_surname_with_a_particle_may_open_the_sentence() -> None:
    s = one("Van Dijk betonte, die Preise seien gestiegen.")
    assert speakers(s) == ["Van Dijk"]


def test_a_phrase_with_von_before_the_verb_leaves_the_subject_after_it() -> None:
    s = one("Von der Reise erzählte der Minister, sie sei anstrengend gewesen.")
    assert speakers(s) == ["der Minister"]


def test_zusammen_mit_opens_no_subject() -> None:
    s = one("Zusammen mit dem Minister plädiert Frank Ott für eine neue Brücke.")
    assert speakers(s) == ["Frank Ott"]


# --- the content of a reported clause -------------------------------------------------------


def test_the_reported_clause_keeps_its_complementizer() -> None:
    text = "Die Ministerin erklärte, dass die Brücke gesperrt bleibe."
    article = analyze(text)
    s = next(s for s in article.sentences if s.text == text)
    assert s.content is not None
    assert article.text[s.content[0] : s.content[1]] == "dass die Brücke gesperrt bleibe"


def test_a_source_phrase_inside_the_statement_splits_the_content_around_it() -> None:
    text = "Die Brücke bleibt laut dem Bauamt bis Mai gesperrt."
    article = analyze(text)
    s = next(s for s in article.sentences if s.text == text)
    parts = [article.text[a.content[0] : a.content[1]] for a in s.attributions if a.content]
    assert parts == ["Die Brücke bleibt", "bis Mai gesperrt"]
    assert "both sides of the source" in s.explanation


def test_a_quotation_inside_a_reported_clause_keeps_the_clause_as_well() -> None:
    text = "Die Ministerin sagte, die Pläne seien „nicht mehr zu halten“, und sie ziehe sie zurück."
    article = analyze(text)
    s = next(s for s in article.sentences if s.text == text)
    kinds = [a.kind for a in s.attributions]
    assert kinds.count("direct_quote") == 1 and "reported_speech" in kinds
    clause = next(a for a in s.attributions if a.kind == "reported_speech")
    assert clause.content is not None
    assert article.text[clause.content[0] : clause.content[1]].startswith("die Pläne seien")


def test_adverbs_around_the_head_of_a_subject_with_apposition_are_left_out() -> None:
    s = one("Auch Lea Brandt, die Sprecherin der Stadt, glaubt, dass der Bau gelingt.")
    assert speakers(s) == ["Lea Brandt, die Sprecherin der Stadt"]
    s = one("Jan Ott dagegen, der selbst kandidiert hatte, erklärte, er trete zurück.")
    assert speakers(s)[0] == "Jan Ott"


def test_an_adjective_of_feeling_opening_the_sentence_is_no_subject() -> None:
    s = one("Besorgt äußerte sich der Bürgermeister Paul Reh: „Das ist ein Rückschlag.“")
    assert speakers(s) == ["der Bürgermeister Paul Reh"]


def test_the_subject_after_und_with_an_article_opens_a_second_clause() -> None:
    s = one("Es war nicht der erste Streit und die Anwohner befürchten, dass es weitergeht.")
    assert speakers(s) == ["die Anwohner"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Städte gaben keine Begründung, sodass die Anträge abgelehnt wurden.",
        "Der Wirt klagte, weil die Gäste nicht gewarnt worden waren.",
    ],
)
def test_a_passive_at_the_end_of_its_clause_names_no_speaker(text: str) -> None:
    s = one(text)
    assert all(
        a.speaker is None or a.speaker.text not in {"die Anträge", "die Gäste"}
        for a in s.attributions
    ), s.explanation


def test_a_final_passive_with_an_agent_is_left_to_the_agent_rules() -> None:
    s = one("Die Straße bleibt zu, nachdem von der Polizei gewarnt worden war.")
    assert all(a.speaker is None or a.speaker.text != "Die Straße" for a in s.attributions)


# --- uses of cue verbs that report no words -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Unglück hat nach ersten Schätzungen mehr als 40 Todesopfer gefordert.",
            ["ersten Schätzungen", "ersten Schätzungen"],  # the source, on both sides
        ),
        ("Warum der Zug hielt, gab die Bahn nicht bekannt.", []),
        ("Die Polizei folgt einer Spur des Fahrers, genauer gesagt seines Autos.", []),
        ("Die Lampen schalten sich nachts ab.", []),
    ],
)
def test_a_cue_verb_that_reports_no_words_gives_no_speaker(text: str, expected: list[str]) -> None:
    s = one(text)
    assert speakers(s) == expected, s.explanation


def test_a_demand_for_victims_is_still_a_demand() -> None:
    s = one("Die Gewerkschaft forderte mehr Geld für die Opfer des Unglücks.")
    assert speakers(s) == ["Die Gewerkschaft"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Angaben von Nordpress und Südfunk starben zwei Menschen.",
            "Angaben von Nordpress und Südfunk",
        ),
        (
            "Nach Angaben der Polizei und der Feuerwehr starben zwei Menschen.",
            "Angaben der Polizei und der Feuerwehr",
        ),
    ],
)
def test_a_second_source_joined_by_und_belongs_to_the_source(text: str, speaker: str) -> None:
    s = one(text)
    assert speakers(s) == [speaker]


def test_an_auxiliary_joined_by_und_shares_the_subject_of_the_first_verb() -> None:
    s = one("Die Sprecherin Ina Berg wies das zurück und ist der Meinung, dass der Plan hält.")
    assert "Die Sprecherin Ina Berg" in speakers(s)
    assert all(a.speaker is not None for a in s.attributions)


def test_a_place_after_the_apposition_in_a_wie_clause_is_no_part_of_the_source() -> None:
    s = one("Wie der Sprecher der Stadt, Jan Roth, in Kellau mitteilte, bleibt die Brücke zu.")
    assert speakers(s) == ["der Sprecher der Stadt, Jan Roth"]


def test_vom_after_a_verb_of_reporting_names_what_was_reported() -> None:
    s = one("Der Sender Nordfunk berichtet vom Einsturz zweier Häuser.")
    assert speakers(s) == ["Der Sender Nordfunk"]


def test_a_genitive_opened_by_a_quantifier_belongs_to_the_speaker() -> None:
    s = one("Der Sprecher beider Parteien erklärte, der Streit sei beigelegt.")
    assert speakers(s) == ["Der Sprecher beider Parteien"]


@pytest.mark.parametrize(
    "text",
    [
        "Zwei Monate nach dem Urteil des Gerichts liegt die Begründung vor.",
        "Nach der Auszählung aller Stimmen liegt die Partei vorn.",
    ],
)
def test_nach_of_time_names_no_source(text: str) -> None:
    assert speakers(one(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Im Mai legte er sein Amt nieder und verkündete, er gehe nach Kellau.", "er"),
        ("Diese baten ihn um Geld und drohten ihm an, ihn anzuzeigen.", "Diese"),
    ],
)
def test_the_first_verbs_pronoun_subject_is_shared_by_a_joined_verb(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert speakers(s) == [speaker]


def test_the_perfect_of_a_verb_with_sein_is_no_passive() -> None:
    s = one("Bisher waren die Forscher davon ausgegangen, dass die Höhle leer sei.")
    assert speakers(s) == ["die Forscher"]
    assert "passive" not in s.explanation


def test_a_second_source_after_laut_belongs_to_the_source() -> None:
    s = one("Laut Polizei und Feuerwehr wurden zwei Menschen verletzt.")
    assert speakers(s) == ["Polizei und Feuerwehr"]


def test_a_demonstrative_and_a_verb_with_no_other_verb_after_them_are_a_cue() -> None:
    s = one("Das erklärte Bürgermeister Jan Ott am Montag vor Journalisten.")
    assert speakers(s) == ["Bürgermeister Jan Ott"]
    assert "what was just said" in s.explanation


def test_a_participle_after_das_before_a_noun_and_a_verb_is_an_adjective() -> None:
    s = one("Das erklärte Ziel der Stadt ist eine neue Brücke.")
    assert s.attributions == []


def test_a_genitive_after_a_vague_source_belongs_to_it() -> None:
    s = one("Das berichteten Mitarbeiter des Roten Bundes aus Kellau.")
    assert speakers(s) == ["Mitarbeiter des Roten Bundes"]
    assert s.vague_source


def test_a_genitive_after_a_genitive_belongs_to_the_source() -> None:
    s = one("Nach Angaben eines Sprechers einer örtlichen Klinik starben zwei Menschen.")
    assert speakers(s) == ["Angaben eines Sprechers einer örtlichen Klinik"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kurz nach Mitternacht rief der Wirt, man solle die Fenster schließen.", "der Wirt"),
        ("Wochen vor der Wahl warnte die Ministerin, das Geld reiche nicht.", "die Ministerin"),
        ("Unmittelbar nach dem Spiel sagte der Trainer, er sei stolz.", "der Trainer"),
        # a name that is also such a word, with no preposition after it, stays the subject
        ("Kurz sagte, die Regierung werde nicht zurücktreten.", "Kurz"),
    ],
)
def test_a_relative_time_before_the_verb_is_no_subject(text: str, speaker: str) -> None:
    assert speakers(one(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Leiterin des Bauamts, Eva Brandt, wollte sich nicht festlegen, sagte aber, "
            "der Termin sei knapp.",
            "Die Leiterin des Bauamts, Eva Brandt",
        ),
        (
            "Tom Keller, hatte zunächst geschwiegen, erklärte dann, er sei unschuldig.",
            "Tom Keller",
        ),
    ],
)
def test_a_first_clause_between_commas_is_no_apposition_of_the_subject(
    text: str, speaker: str
) -> None:
    s = one(text)
    assert speakers(s) == [speaker]
    assert s.cue is not None and s.cue.text in {"sagte", "erklärte"}


def test_an_apposition_between_commas_still_belongs_to_the_subject() -> None:
    s = one("Eva Brandt, die Leiterin des Bauamts, sagte, der Termin sei knapp.")
    assert speakers(s) == ["Eva Brandt, die Leiterin des Bauamts"]


# --- who a surname and a pronoun refer to ---------------------------------------------------


def test_a_person_first_named_where_nobody_speaks_is_found_by_a_later_pronoun() -> None:
    article = analyze(
        "Bürgermeisterin Dr. Wiebke Harms stellte die Pläne am Montag vor.",
        "„Die Mittel sind da“, sagte Harms. „Wir brauchen aber die Zusage des Landes“, sagte sie.",
    )
    surname, pronoun = (s for s in article.sentences if "sagte" in s.text)
    for s in (surname, pronoun):
        assert s.speaker is not None, s.explanation
        assert s.speaker.resolved == "Wiebke Harms", s.explanation
        # "Dr." stands before the name and is no part of the role
        assert s.speaker.role == "Bürgermeisterin", s.explanation
    assert "pronoun 'sie' = 'Wiebke Harms'" in pronoun.explanation


def test_a_name_without_a_role_that_tells_the_gender_is_no_antecedent_of_a_pronoun() -> None:
    # "Kai Lorenz" may be a woman or a man: "er" is left open rather than guessed
    article = analyze(
        "Kai Lorenz eröffnete die Ausstellung.",
        "„Der Saal ist voll“, sagte Lorenz. „Wir sind froh“, sagte er.",
    )
    pronoun = next(s for s in article.sentences if s.text.endswith("sagte er."))
    assert pronoun.speaker is not None and pronoun.speaker.resolved is None


def test_the_role_of_a_source_after_a_preposition_leaves_the_preposition_out() -> None:
    s = one("Nach Angaben von Kämmerer Till Brakel fehlen der Stadt 12 Millionen Euro.")
    assert s.speaker is not None, s.explanation
    assert s.speaker.resolved == "Till Brakel"
    assert s.speaker.role == "Kämmerer"
