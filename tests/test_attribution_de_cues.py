"""German cue rules: which words are the cue of an attribution, and where a cue
closes the words before it (see rules/de/attribution.toml).

Every sentence here is invented for these tests: the people, places and events do
not exist.
"""

from __future__ import annotations

import pytest
from test_attribution_de_support import analyze, one

from claimcheck import Article, Sentence


def sentence_of(article: Article, start: str) -> Sentence:
    hits = [s for s in article.sentences if s.text.startswith(start)]
    assert len(hits) == 1
    return hits[0]


def content_text(article: Article, s: Sentence) -> str:
    assert s.main is not None and s.main.content is not None, s.explanation
    start, end = s.main.content
    return article.text[start:end]


# --- a cue after the clause: the finite verb opens the cue's clause ----------------------


@pytest.mark.parametrize(
    ("text", "said", "cue"),
    [
        (
            "Die Brücke bleibe gesperrt, teilte die Stadt mit.",
            "Die Brücke bleibe gesperrt",
            "teilte",
        ),
        ("Die Gäste kämen spät, hatte der Wirt gesagt.", "Die Gäste kämen spät", "gesagt"),
        (
            "Die Brücke bleibe gesperrt, so erklärte die Stadt.",
            "Die Brücke bleibe gesperrt",
            "so erklärte",
        ),
        (
            "Die Brücke bleibe gesperrt, wie die Stadt mitteilte.",
            "Die Brücke bleibe gesperrt",
            "mitteilte",
        ),
        # a subordinate clause inside the reported words, with their main clause after it
        (
            "Weil die Preise stiegen, sei die Lage ernst, sagte der Händler.",
            "Weil die Preise stiegen, sei die Lage ernst",
            "sagte",
        ),
    ],
)
def test_a_cue_that_opens_its_clause_closes_the_words_before_it(
    text: str, said: str, cue: str
) -> None:
    article = analyze(text)
    s = sentence_of(article, text[:20])
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue
    assert content_text(article, s) == said


@pytest.mark.parametrize(
    "text",
    [
        "Nachdem der Antrag vorlag, hatte der Rat ihn abgelehnt.",
        "Obwohl der Verein wenig Geld hatte, kritisierte die Kassenwartin den Plan.",
        # the particle that ends the sentence leaves no clause to report
        "Die Kammer lobte den Plan; allerdings lehnt sie die Kosten ab.",
    ],
)
def test_an_adverbial_clause_before_an_event_is_not_what_was_said(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


def test_an_adverbial_clause_before_a_speech_act_is_not_its_content() -> None:
    text = "Obwohl der Kläger das Geld hatte, bestritt er die Tat."
    article = analyze(text)
    s = sentence_of(article, "Obwohl")
    assert "cue after the clause" not in s.explanation
    # a denial stands for the speaker's position: the statement as a whole
    assert content_text(article, s).startswith("Obwohl") and "bestritt" in content_text(article, s)


# --- a verb of saying that gave no attribution still cues the words it introduces ----------


def test_a_quotation_after_a_verb_whose_subject_is_not_found_gets_the_verb_as_cue() -> None:
    # the subject that "rief" shares with "stieß" is not found, its cue still is
    s = one(
        "Als die Wache kam, stieß ein 62-jähriger aus Kellau den Stuhl um und rief: "
        "„Lasst mich sofort hier raus, ich will nach Hause!“"
    )
    assert s.attribution == "direct_quote", s.explanation
    assert s.cue is not None and s.cue.text == "rief"
    assert s.speaker is None and "not found" in s.explanation


def test_a_quotation_in_the_object_of_an_act_of_judging_gets_the_act_as_cue() -> None:
    s = one("Die Ortsvorsteherin würdigte den Verein als „das Herz des Dorfes seit vielen Jahren“.")
    assert s.attribution == "direct_quote", s.explanation
    assert s.cue is not None and s.cue.text == "würdigte"


def test_a_continued_report_takes_the_verb_of_saying_that_governs_its_clause() -> None:
    article = analyze(
        "Der Zeuge sagte, er habe nichts gesehen. Dieser behaupte, der Wagen sei rot."
    )
    s = sentence_of(article, "Dieser")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "behaupte"


@pytest.mark.parametrize(
    "second",
    [
        # the verb is part of the reported words: it governs no clause
        "Die Stadt erwarte keine schnelle Einigung.",
        # an infinitive after a modal, with no clause of its own
        "Die Gemeinde müsse dem Bau noch zustimmen.",
        # a main clause after a subordinate one is not governed by its verb
        "Obwohl der Kämmerer mit mehr Geld rechnet, sei die Kasse leer.",
    ],
)
def test_a_verb_inside_continued_words_is_no_cue(second: str) -> None:
    article = analyze(f"Der Zeuge sagte, er habe nichts gesehen. {second}")
    s = sentence_of(article, second[:12])
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is None, s.explanation


def test_an_infinitive_after_a_modal_lends_no_cue_even_before_a_clause() -> None:
    article = analyze(
        "Der Zeuge sagte, er habe nichts gesehen. "
        "Die Gemeinde müsse dem Bau noch zustimmen, es fehle eine Unterschrift."
    )
    s = sentence_of(article, "Die Gemeinde")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is None, s.explanation


# --- a verb of saying that governs a clause marks reported speech without a speaker ------


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "Wie sich aus der Auswertung der Daten ergab, hatte der Fahrer noch gebremst.",
            "ergab",
            "hatte der Fahrer noch gebremst",
        ),
        (
            "Auch 62-jährige aus Kellau, Direktor der Schule, sagte vor der Presse, "
            "dass der Unterricht am Montag ausfalle.",
            "sagte",
            "dass der Unterricht am Montag ausfalle",
        ),
    ],
)
def test_a_verb_of_saying_with_a_clause_reports_words_when_no_speaker_is_found(
    text: str, cue: str, said: str
) -> None:
    article = analyze(text)
    s = sentence_of(article, text[:15])
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue
    assert content_text(article, s) == said


@pytest.mark.parametrize(
    "text",
    [
        # a verb of knowing in an adverbial clause
        "Als die Wirtin bemerkte, dass der Gast gegangen war, rief sie die Polizei.",
        # a comparison with 'wie' names nobody
        "Wie zunächst angenommen, kam der Sturm erst am Abend über das Tal.",
        # a zu-infinitive as the subject
        "Einen Streit anzudrohen ist ein Fehler, mit dem man sich Feinde machen würde.",
    ],
)
def test_a_clause_after_a_verb_that_reports_nothing_stays_the_articles(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


# --- a cue of several parts: the longest part as its span, every part listed -------------


@pytest.mark.parametrize(
    ("text", "cue", "label"),
    [
        # the speaker between the parts: the longer part is the span
        (
            "Gestern gab das Amt für Straßenbau bekannt, dass die Brücke gesperrt bleibe.",
            "bekannt",
            "gab … bekannt",
        ),
        # parts of the same length: the verb
        (
            "Am Montag teilte die Polizei von Unterwald mit, dass der Dieb gefasst sei.",
            "teilte",
            "teilte … mit",
        ),
        (
            "Die Brücke bleibe gesperrt, hatte Bürgermeisterin Anna Roth gesagt.",
            "gesagt",
            "hatte … gesagt",
        ),
        # the "wie" that makes its clause a cue, the source between
        (
            "Wie die Sprecherin der Stadtwerke am Montag mitteilte, sei die Leitung dicht.",
            "mitteilte",
            "Wie … mitteilte",
        ),
        (
            "Die Leitung sei dicht, wie ein Sprecher sagte.",
            "sagte",
            "wie … sagte",
        ),
        # the further words of a cue of several words form one part
        (
            "Der Wirt geht nach eigenen Worten fest davon aus, dass das Fest stattfindet.",
            "davon aus",
            "geht … davon aus",
        ),
    ],
)
def test_a_cue_in_parts_spans_its_longest_part_and_lists_them_all(
    text: str, cue: str, label: str
) -> None:
    s = next(a for a in one(text).attributions if a.cue is not None and a.cue.parts)
    assert s.cue is not None
    assert s.cue.text == cue
    assert s.cue.label == label
    assert (s.cue.start, s.cue.end) in [(p.start, p.end) for p in s.cue.parts]
    assert label in s.explanation


def test_a_cue_of_one_piece_has_no_parts() -> None:
    s = one("Der Bürgermeister wies darauf hin, dass die Brücke gesperrt bleibe.")
    assert s.cue is not None and s.cue.text == "wies darauf hin"
    assert s.cue.parts == ()
    assert "parts" not in s.cue.to_dict()


def test_the_record_of_a_cue_in_parts_lists_every_part() -> None:
    text = "Am Montag teilte die Polizei von Unterwald mit, dass der Dieb gefasst sei."
    article = analyze(text)
    record = next(r for r in article.to_dict() if r.get("cue") and "parts" in r["cue"])
    parts = record["cue"]["parts"]
    assert [p["text"] for p in parts] == ["teilte", "mit"]
    assert {k: record["cue"][k] for k in ("text", "start", "end")} == parts[0]
    for p in parts:
        assert article.text[p["start"] : p["end"]] == p["text"]
    assert record["attributions"][0]["cue"] == record["cue"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Wirtin teilte aber mit, dass das Fest ausfalle.", "teilte … mit"),
        ("Der Vorstand hat nun angekündigt, dass die Filiale schließe.", "hat … angekündigt"),
    ],
)
def test_a_sentence_adverb_between_the_parts_is_no_part_of_the_cue(text: str, label: str) -> None:
    s = one(text)
    assert s.cue is not None, s.explanation
    assert s.cue.label == label
    assert all(word not in s.cue.text for word in ("aber", "nun"))


def test_a_reflexive_between_the_parts_belongs_to_the_cue() -> None:
    s = one("Der Vorstand hat sich geäußert, die Filiale bleibe offen.")
    assert s.cue is not None and s.cue.text == "hat sich geäußert"
    assert s.cue.parts == ()


@pytest.mark.parametrize(
    "text",
    [
        "Am Morgen hatte es geheißen, die Fähre falle wegen des Sturms aus.",
        "Es hat geheißen, die Schule bleibe bis Freitag geschlossen.",
    ],
)
def test_the_perfect_of_es_heisst_is_an_impersonal_cue(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text.endswith("geheißen")
    assert s.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Mit den beiden Programmen schließt sich eine oft beklagte Lücke im Angebot.",
        "Mit dem neu formulierten Paragrafen soll eine Lücke im Gesetz geschlossen werden.",
    ],
)
def test_a_participle_between_an_article_and_its_noun_is_an_adjective(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


def test_a_participle_after_an_adverb_and_an_article_leaves_the_real_cue() -> None:
    s = one("Weber sagte in der bereits erwähnten Rede, die Stadt sei pleite.")
    assert [a.cue.text for a in s.attributions if a.cue is not None] == ["sagte"]


def test_a_coordinated_verb_of_saying_governs_the_clause_after_it() -> None:
    text = (
        "Die Stadträtin lobte den Plan als „längst überfällig“ und stellte fest, "
        "dass „die Kosten im Rahmen bleiben werden“."
    )
    article = analyze(text)
    s = sentence_of(article, "Die Stadträtin")
    cue_of = {
        article.text[a.content[0] : a.content[1]]: a.cue.label
        for a in s.attributions
        if a.cue is not None and a.content is not None
    }
    # the quoted judgement belongs to 'lobte', the clause to 'stellte fest'
    assert cue_of == {
        "„längst überfällig“": "lobte",
        "„die Kosten im Rahmen bleiben werden“": "stellte fest",
    }
    assert all(a.speaker is not None and a.speaker.text == "Die Stadträtin" for a in s.attributions)


def test_a_quotation_keeps_the_cue_that_frames_it() -> None:
    s = one("„Das Dorf braucht die Brücke dringend, und zwar bald“, sagte die Wirtin und lachte.")
    assert [a.cue.text for a in s.attributions if a.cue is not None] == ["sagte"]


# --- a verb of saying governs more than a clause with a complementizer ------------------


def test_a_zu_infinitive_after_a_verb_of_saying_is_what_was_said() -> None:
    text = (
        "Auch der Direktor der Schule, ein 62-jähriger aus Kellau, kündigte vor der "
        "Presse an, auf sein Gehalt verzichten zu wollen."
    )
    article = analyze(text)
    s = sentence_of(article, "Auch der Direktor")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.label == "kündigte … an"
    assert content_text(article, s) == "auf sein Gehalt verzichten zu wollen"


def test_an_infinitive_of_purpose_is_not_what_was_said() -> None:
    s = one(
        "Im Verfahren müssen die Befehle lückenlos dargelegt werden, um die Schuld "
        "des Generals zu beweisen."
    )
    assert s.attribution == "unattributed", s.explanation


def test_wie_with_a_source_and_an_apposition_gives_the_main_clause() -> None:
    text = (
        "Wie der Leiter des Amts, ein 50-jähriger aus Kellau, vor der Presse mitteilte, "
        "bleibt das Bad bis Mai geschlossen."
    )
    article = analyze(text)
    s = sentence_of(article, "Wie der Leiter")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "mitteilte"
    assert content_text(article, s) == "bleibt das Bad bis Mai geschlossen"


def test_wie_of_a_comparison_reports_nothing() -> None:
    s = one("Das Evangelium hat er, wie man sagt, ohne Veränderungen gelebt, bevor er ging.")
    assert s.attribution == "unattributed", s.explanation


def test_a_full_stop_inside_the_sentence_does_not_end_the_cues_clause() -> None:
    text = (
        "Die Ministerin des Landes, eine 62-jährige aus Kellau, sagte am 5. Mai vor der "
        "Presse, dass die Brücke gebaut werde."
    )
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "sagte"


def test_a_closing_cue_gives_a_konjunktiv_sentence_its_cue_where_no_speaker_is_found() -> None:
    s = one("Die Brücke werde nicht rechtzeitig fertig, hatte der 82-jährige am Montag gesagt.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.label == "hatte … gesagt"


def test_a_konjunktiv_verb_after_a_comma_is_no_closing_cue() -> None:
    article = analyze(
        "Der Zeuge sagte, er habe nichts gesehen. "
        "Der Wagen sei rot gewesen, sei aber schnell gemeldet worden."
    )
    s = sentence_of(article, "Der Wagen")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is None, s.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Der Sturm über dem Tal hat in der Nacht mindestens zwölf Todesopfer gefordert.",
        "In Kellau forderte das Hochwasser viele Menschenleben.",
        "Die Mannschaft aus Kellau bestreitet am Sonntag ihr zweites Gruppenspiel.",
    ],
)
def test_a_demand_of_lives_or_a_match_played_is_an_event(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Die Gewerkschaft forderte den Rücktritt des Ministers.", "forderte"),
        ("Der Angeklagte aus Kellau bestritt die Vorwürfe.", "bestritt"),
    ],
)
def test_a_demand_or_denial_of_something_else_stays_a_position(text: str, cue: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is None  # a narrated speech act: its verb is the act, not a cue
    assert s.main is not None and s.main.act is not None and s.main.act.text == cue


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause after an act of judging
        "Der Stadtrat kritisierte eine Änderung der Satzung, die im Mai in Kraft trat.",
        # a causal clause
        "Die Wirtin begrüßte den Plan des Vereins, da er neue Gäste bringt.",
        # a main clause joined by a comma
        "Die Bauern bestreiten diesen Vorwurf, beharren aber auf ihrer Forderung nach Geld.",
    ],
)
def test_a_comma_clause_that_reports_nothing_is_no_content_of_a_speech_act(text: str) -> None:
    article = analyze(text)
    s = sentence_of(article, text[:12])
    assert all("clause after the cue" not in a.explanation for a in s.attributions), s.explanation


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Die Feuerwehr warnte die Anwohner, die Lage sei ernst.", "die Lage sei ernst"),
        (
            "Die Stadt forderte die Bewohner auf, die Häuser sofort zu verlassen.",
            "die Häuser sofort zu verlassen",
        ),
    ],
)
def test_a_reported_comma_clause_is_the_content_of_a_speech_act(text: str, said: str) -> None:
    article = analyze(text)
    s = sentence_of(article, text[:12])
    assert s.attribution == "reported_speech", s.explanation
    assert content_text(article, s) == said


@pytest.mark.parametrize(
    "text",
    [
        # a verb of knowing presents its clause as a fact
        "Der Wirt, der genau wusste, dass die Gemeinde beim Preis bleiben wollte, "
        "setzte eine Erhöhung durch.",
        # a remark in parentheses introduces nothing outside them
        "Beim Fest des Vereins (die Zeitung berichtete) hat es keine Entscheidung darüber "
        "gegeben, ob die Halle gebaut wird.",
    ],
)
def test_no_reported_speech_without_a_speaker_from_facts_or_remarks(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


def test_a_capitalised_word_that_opens_a_quoted_name_is_no_cue() -> None:
    s = one("Die Streikenden gesellen sich zu den „Empörten Bürgern“, die seit Tagen marschieren.")
    assert all(a.cue is None or a.cue.text != "Empörten" for a in s.attributions), s.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Die Lage sei ernst, wie der Minister am Montag erklärt hatte.", "erklärt hatte"),
        (
            "Man werde klagen, wie die Sprecherin der Gemeinde gesagt haben soll.",
            "gesagt haben soll",
        ),
        (
            "Im Gutachten war festgestellt worden, dass die Halle einsturzgefährdet sei.",
            "war festgestellt worden",
        ),
        ("Der Trainer soll zu seinem Spieler gesagt haben, er sei zu langsam.", "gesagt haben"),
    ],
)
def test_the_auxiliaries_after_a_participle_at_the_clause_end_are_part_of_the_cue(
    text: str, cue: str
) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Die Bürgermeisterin von Kellau wird von der Lokalzeitung mit den Worten zitiert, "
            "der Haushalt sei gesichert.",
            "mit den Worten zitiert",
        ),
        (
            "Der Trainer Jens Olbrich meldete sich mit den Worten: „Wir sind noch nicht fertig.“",
            "meldete sich mit den Worten",
        ),
        (
            "Die Gemeinde hat den Antrag mit der Begründung abgelehnt, der Platz sei zu klein.",
            "mit der Begründung abgelehnt",
        ),
    ],
)
def test_a_phrase_that_names_the_reported_words_is_part_of_the_cue(text: str, cue: str) -> None:
    s = one(text)
    assert s.cue is not None and s.cue.text == cue, s.explanation


def test_a_words_phrase_apart_from_the_verb_is_no_part_of_its_cue() -> None:
    s = one("Der Bürgermeister begründete den Abriss mit den Worten: „Die Brücke ist marode.“")
    assert s.cue is not None and s.cue.text == "begründete", s.explanation
    assert not s.cue.parts


def test_a_words_phrase_in_another_clause_is_no_part_of_the_cue() -> None:
    s = one("Der Minister sagte, er habe mit den Worten des Vorgängers nichts zu tun.")
    assert s.cue is not None and s.cue.text == "sagte", s.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Die Brücke sei nicht sicher, sagte der Bauleiter.",
        "Der Plan werde vorerst nicht umgesetzt, teilte eine Sprecherin der Stadt mit.",
    ],
)
def test_a_negation_in_the_reported_clause_does_not_negate_the_cue_after_it(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.speaker is not None, s.explanation


def test_a_negated_cue_still_reports_nothing() -> None:
    s = one("Der Bauleiter hat nicht gesagt, dass die Brücke sicher sei.")
    assert s.cue is None or s.cue.text != "gesagt", s.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Im Nebel ist die Sicht nach oben schlecht.",
        "Die Gäste wollten am Abend schnell nach Hause.",
        "In einer Stellungnahme nach dem Treffen kritisierte der Verband die Stadt.",
    ],
)
def test_nach_that_governs_what_follows_is_no_postposition_of_a_source(text: str) -> None:
    s = one(text)
    assert all(a.cue is None or a.cue.text != "nach" for a in s.attributions), s.explanation


def test_a_postposed_source_inside_a_noun_phrase_starts_at_its_possessive() -> None:
    s = one("Der Bürgermeister sprach sich gegen die seiner Meinung nach zu teuren Pläne aus.")
    sources = [a for a in s.attributions if a.cue is not None and a.cue.text == "nach"]
    assert sources, s.explanation
    assert all(a.speaker is not None and a.speaker.text == "seiner Meinung" for a in sources)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Es wird befürchtet, dass der Damm bei Hochwasser bricht.", "Es wird befürchtet"),
        ("Es wurde vermutet, dass die Halle schließt.", "Es wurde vermutet"),
        ("Im Rathaus wird vermutet, dass es die Halle bald schließt.", "wird vermutet"),
    ],
)
def test_the_expletive_that_opens_an_impersonal_passive_is_part_of_its_cue(
    text: str, cue: str
) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue, s.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Es gibt Gerüchte, nach denen der Verein den Trainer entlassen habe.", "nach"),
        ("Der Verband legte eine Studie vor, der zufolge jede dritte Halle marode sei.", "zufolge"),
    ],
)
def test_the_preposition_of_a_relative_source_is_its_cue(text: str, cue: str) -> None:
    s = one(text)
    assert cue in [a.cue.text for a in s.attributions if a.cue is not None], s.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Die Ärztin erinnerte daran, dass die Impfung kostenlos sei.", "erinnerte daran"),
        ("Die Wetterdienste warnten davor, der Sturm könne Dächer abdecken.", "warnten davor"),
        ("Die Firma hatte den Umzug damit begründet, dass die Miete steige.", "damit begründet"),
        ("Die Nachbarn einigten sich darauf, dass der Zaun bleibt.", "einigten sich darauf"),
        ("Die Stadt hatte schon früh davor gewarnt, dass die Halle marode sei.", "davor gewarnt"),
    ],
)
def test_the_correlate_of_the_reported_clause_is_part_of_the_cue(text: str, cue: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue, s.explanation


def test_dazu_before_a_colon_is_no_correlate() -> None:
    s = one("Der Bürgermeister sagte dazu: „Wir bauen die Brücke neu.“")
    assert s.cue is not None and s.cue.text == "sagte", s.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Der Bürgermeister sprach von einem „schwarzen Tag für die Stadt“.", "sprach von"),
        ("Die Ärztin warnte vor einer „Welle von Infektionen im Winter“.", "warnte vor"),
    ],
)
def test_the_preposition_a_verb_of_speech_governs_is_part_of_the_cue(text: str, cue: str) -> None:
    s = one(text)
    assert cue in [a.cue.text for a in s.attributions if a.cue is not None], s.explanation


def test_a_preposition_the_verb_does_not_govern_is_no_part_of_the_cue() -> None:
    s = one("Der Minister sagte vor der Presse, die Brücke werde neu gebaut.")
    assert s.cue is not None and s.cue.text == "sagte", s.explanation


def test_so_before_the_verb_of_an_inserted_cue_is_part_of_it() -> None:
    s = one("Der Bau, so schätzen die Planer, dauert noch zwei Jahre.")
    assert s.cue is not None and s.cue.text == "so schätzen", s.explanation


def test_so_that_opens_the_sentence_is_no_part_of_the_cue() -> None:
    s = one("So sagte die Bürgermeisterin, die Brücke werde im Mai eröffnet.")
    assert s.cue is not None and s.cue.text == "sagte", s.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Die Bürgermeisterin zeigte sich bestürzt, dass die Halle abgebrannt sei.", "bestürzt"),
        ("Der Verband zeigte sich erfreut, dass die Förderung verlängert werde.", "erfreut"),
    ],
)
def test_showing_oneself_in_a_state_of_mind_reports_a_position(text: str, cue: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == f"zeigte sich {cue}", s.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Der Minister Jan Weber wörtlich: „Wir bauen die Brücke neu.“", "wörtlich"),
        ("Bürgermeisterin Anna Berg: „Wir bauen die Brücke neu.“", ":"),
    ],
)
def test_an_adverb_of_the_manner_of_saying_before_the_colon_is_the_cue(text: str, cue: str) -> None:
    s = one(text)
    assert s.attribution == "direct_quote", s.explanation
    assert s.cue is not None and s.cue.text == cue, s.explanation


def test_holding_a_fact_as_proven_reports_a_finding() -> None:
    s = one("Das Gericht sah es als erwiesen an, dass der Mann die Halle angezündet habe.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "Das Gericht", s.explanation
    assert s.cue is not None and s.cue.text == "sah es als erwiesen an", s.explanation


def test_the_reflexive_after_an_inverted_pronoun_is_a_part_of_the_cue() -> None:
    s = one("Gegenüber dem Sender äußerte er sich mit den Worten: „Das ist ein guter Tag.“")
    assert s.cue is not None, s.explanation
    assert [p.text for p in s.cue.parts] == ["äußerte", "sich mit den Worten"]


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "Der Konzern hat angekündigt die Preise für Strom im Herbst zu erhöhen.",
            "hat angekündigt",
            "die Preise für Strom im Herbst zu erhöhen",
        ),
        (
            "Die Firma versprach ihren Kunden die Rechnungen rasch zu erstatten.",
            "versprach",
            "ihren Kunden die Rechnungen rasch zu erstatten",
        ),
    ],
)
def test_a_zu_infinitive_without_a_comma_is_what_was_said(text: str, cue: str, said: str) -> None:
    article = analyze(text)
    s = sentence_of(article, text[:20])
    assert s.cue is not None and s.cue.text == cue
    assert content_text(article, s) == said


def test_an_infinitive_of_purpose_without_a_comma_is_no_clause_of_the_cue() -> None:
    article = analyze("Der Verein sammelte Spenden um die Halle zu sanieren.")
    assert sentence_of(article, "Der Verein").attributions == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt hat die Firma „Nordwerk Medical“ beauftragt, sagte der Bürgermeister.",
        "Laut der Polizei brannte das Hotel „Seeblick“ bis auf die Mauern nieder.",
        "Der Verein „Grüne Mitte“ habe den Antrag gestellt, sagte die Sprecherin.",
    ],
)
def test_a_quoted_name_after_the_kind_of_its_bearer_is_no_quotation(text: str) -> None:
    s = one(text)
    assert s.attributions
    assert all(a.kind == "reported_speech" for a in s.attributions), s.explanation


def test_a_whole_sentence_after_such_a_kind_and_a_colon_is_a_quotation() -> None:
    s = one("Der Sprecher sagte der Zeitung: „Wir bleiben in der Stadt.“")
    assert s.attribution == "direct_quote", s.explanation


# --- a passive with an agent narrates the act unless a clause of words follows -------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Die Pläne des Bürgermeisters wurden von der Opposition als überteuert bezeichnet.",
            "bezeichnet",
        ),
        (
            "Dieser Darstellung wurde von einem Sprecher der Stadtwerke widersprochen.",
            "widersprochen",
        ),
        (
            "Dem Wirt wird von der Staatsanwaltschaft Betrug vorgeworfen, da die Kasse fehlt.",
            "vorgeworfen",
        ),
    ],
)
def test_a_passive_with_an_agent_and_no_clause_narrates_the_act(text: str, act: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is None, s.explanation
    assert s.main is not None and s.main.act is not None and s.main.act.text == act


@pytest.mark.parametrize(
    "text",
    [
        "Von einem Sprecher des Vereins wurde erklärt, die Halle bleibe bis Mai geschlossen.",
        "Vom Sohn des Wirts wurde die Vermutung geäußert, der Brand sei gelegt worden.",
        "Von der Polizei wurde bestätigt, dass zwei Männer festgenommen worden sind.",
    ],
)
def test_a_passive_with_an_agent_and_a_clause_of_words_keeps_its_cue(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None, s.explanation
    assert s.main is not None and s.main.act is None


# --- "da" opens a clause before a speech act only where no finite verb follows it ----------


def test_a_causal_da_clause_before_a_speech_act_is_not_its_content() -> None:
    text = "Da der Wirt die Miete nie bezahlt hatte, bat er die Gemeinde um einen Aufschub."
    article = analyze(text)
    s = sentence_of(article, "Da der Wirt")
    assert all("cue after the clause" not in a.explanation for a in s.attributions), s.explanation


def test_the_adverb_da_before_a_finite_verb_leaves_a_closing_cue() -> None:
    text = "Da sei nichts mehr zu retten, bestätigte die Feuerwehr am Abend."
    article = analyze(text)
    s = sentence_of(article, "Da sei")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "bestätigte"
    assert content_text(article, s) == "Da sei nichts mehr zu retten"


# --- a quoted name after a compound that names its kind is no quotation --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister sagte der Tageszeitung „Kellauer Bote“, die Halle bleibe zu.",
        "Wie die Nachrichtenagentur „Nordpress“ meldete, sei die Brücke gesperrt worden.",
    ],
)
def test_a_quoted_name_after_a_compound_of_its_kind_is_no_quotation(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert all(a.kind != "direct_quote" for a in s.attributions), s.explanation


# --- a verb in Konjunktiv I inside a continued report is part of the reported words --------


@pytest.mark.parametrize(
    "second",
    [
        "Zudem beschreibe der Bericht nicht mehr die Lage in Kellau, da sich viel getan habe.",
        "Den Anwohnern sei lediglich abgeraten worden, die Brücke über den Fluss zu benutzen.",
    ],
)
def test_a_subjunctive_verb_in_a_continued_report_is_no_cue(second: str) -> None:
    article = analyze("Die Bürgermeisterin sagte, die Straße sei gesperrt. " + second)
    s = sentence_of(article, second[:12])
    assert s.attribution == "reported_speech", s.explanation
    assert s.speaker is not None and s.speaker.text == "Die Bürgermeisterin"
    assert s.cue is None, s.explanation


def test_an_indicative_verb_of_saying_in_a_continued_report_is_its_cue() -> None:
    second = "Später bestätigte ein Sprecher, die Sperre gelte bis Montag."
    article = analyze("Die Bürgermeisterin sagte, die Straße sei gesperrt. " + second)
    s = sentence_of(article, "Später")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "bestätigte"


# --- a speech act or verb of thinking closes only words given as someone's -----------------


@pytest.mark.parametrize(
    "text",
    [
        "In einem Brief, der am Montag im Rathaus einging, fordert der Verein eine neue Halle.",
        "Nach der Sitzung, die bis in die Nacht dauerte, befürchten die Bauern weitere Kosten.",
    ],
)
def test_an_indicative_clause_before_a_speech_act_or_thought_is_not_its_content(
    text: str,
) -> None:
    article = analyze(text)
    s = sentence_of(article, text[:12])
    assert all("cue after the clause" not in a.explanation for a in s.attributions), s.explanation


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "Die Halle müsse noch in diesem Jahr saniert werden, forderte der Verein.",
            "forderte",
            "Die Halle müsse noch in diesem Jahr saniert werden",
        ),
        (
            "Der Bau werde teurer als geplant, befürchten die Anwohner.",
            "befürchten",
            "Der Bau werde teurer als geplant",
        ),
        (
            "Der Streit ist noch lange nicht vorbei, so glaubt man im Rathaus.",
            "so glaubt",
            "Der Streit ist noch lange nicht vorbei",
        ),
    ],
)
def test_a_speech_act_or_thought_closes_words_in_konjunktiv_or_after_so(
    text: str, cue: str, said: str
) -> None:
    article = analyze(text)
    s = sentence_of(article, text[:12])
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue, s.explanation
    assert content_text(article, s) == said


# --- a thought or speech act in Konjunktiv I is itself reported: no cue --------------------


@pytest.mark.parametrize(
    "second",
    [
        "Die Behörde gehe davon aus, dass die Sperre noch bis Mai dauere.",
        "Sie sei zuversichtlich, dass die Brücke im Sommer wieder offen sei.",
        "Der Verein fordere zudem, dass die Halle bis zum Mai saniert werde.",
    ],
)
def test_a_thought_or_act_in_konjunktiv_is_reported_and_has_no_cue(second: str) -> None:
    article = analyze("Die Bürgermeisterin sagte, die Straße sei gesperrt. " + second)
    s = sentence_of(article, second[:12])
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is None, s.explanation
    assert all(a.cue is None for a in s.attributions)


def test_a_verb_of_writing_in_konjunktiv_still_cues_its_clause() -> None:
    second = "Der Wirt habe in einem Brief geschrieben, er müsse das Lokal schließen."
    article = analyze("Die Polizei sagte, der Mann sei gefasst. " + second)
    s = sentence_of(article, "Der Wirt")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and "geschrieben" in s.cue.text


def test_a_correlate_before_the_particle_of_the_verb_joins_the_particle() -> None:
    s = one("Der Sprecher des Vereins wies am Montag darauf hin, dass die Halle zu bleibe.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "darauf hin"
    assert [p.text for p in s.cue.parts] == ["wies", "darauf hin"]


# --- a verb of naming that gives a name reports no words -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der neue Stern, genannt Nordlicht 7, ist doppelt so groß wie die Sonne.",
        "„Der Bär“, wie der Wirt in Kellau genannt wurde, war bekannt für seine Feste.",
        "Seit dem Umzug nennt sich der Verein „Kellauer Ruderfreunde“ und hat neue Mitglieder.",
        "Dies nennt man einen „Ringtausch“ unter Nachbarn in Kellau.",
    ],
)
def test_a_verb_of_naming_that_gives_a_name_is_no_attribution(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation
    assert s.attributions == []


def test_naming_the_reason_is_still_a_statement() -> None:
    s = one("Als Grund für die Schließung nennt der Wirt die hohen Kosten der Heizung.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.main is not None and s.main.act is not None and s.main.act.text == "nennt"


def test_an_abbreviation_in_parentheses_belongs_to_the_source_before_zufolge() -> None:
    s = one("Einer Mitteilung des Verbands der Kellauer Wirte (VKW) zufolge schließen zehn Lokale.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "zufolge"
    assert s.speaker is not None
    assert s.speaker.text == "Einer Mitteilung des Verbands der Kellauer Wirte (VKW)"


def test_a_web_address_in_quotation_marks_is_the_source_after_laut() -> None:
    s = one("Laut „kellauer-bote.de“ gehören neue Straßen zu den Forderungen der Bürger.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "Laut"
    assert s.speaker is not None and s.speaker.text == "„kellauer-bote.de“"


def test_an_article_before_a_lower_case_compound_opens_the_source_after_laut() -> None:
    s = one("Der Wirt will laut einer dpa-Meldung sein Lokal in Kellau schließen.")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "laut"
    assert s.speaker is not None and s.speaker.text == "einer dpa-Meldung"


# --- "bekannt werden" reports words only before a clause of them ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Wirt, der durch eine Fernsehserie im ganzen Land bekannt wurde, schließt sein Lokal.",
        "Der Fall wurde bekannt, weil eine Nachbarin in Kellau die Polizei rief.",
    ],
)
def test_becoming_known_with_no_clause_of_words_is_no_cue(text: str) -> None:
    s = one(text)
    assert all(a.cue is None or "bekannt" not in a.cue.text for a in s.attributions)


@pytest.mark.parametrize(
    "text",
    [
        "Wie gestern bekannt wurde, schließt der Wirt in Kellau sein Lokal.",
        "Es wurde bekannt, dass der Wirt in Kellau sein Lokal schließt.",
    ],
)
def test_becoming_known_before_a_clause_of_words_is_a_cue(text: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and "bekannt" in s.cue.text


# --- "so X" after the words -------------------------------------------------------------


def test_so_with_its_source_before_a_colon_opens_the_quotation() -> None:
    s = one("Die Halle sei zu teuer, so Anna Roth weiter: „Das kann sich Kellau nicht leisten.“")
    quoted = [a for a in s.attributions if a.kind == "direct_quote"]
    assert quoted and quoted[0].cue is not None and quoted[0].cue.text == "so"
    assert quoted[0].speaker is not None and quoted[0].speaker.text == "Anna Roth"


def test_an_attributive_participle_in_the_source_after_so_is_no_verb() -> None:
    article = analyze("Die Halle ist zu klein, so das Ergebnis einer gestern vorgestellten Studie.")
    s = sentence_of(article, "Die Halle")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "so"
    assert content_text(article, s) == "Die Halle ist zu klein"


# --- "wie" right after a noun compares; it opens no clause of words ---------------------------


def test_wie_after_a_noun_is_a_comparison_not_the_clause_of_a_cue() -> None:
    s = one("Das Gesundheitsamt erwartete in den Dörfern um Kellau Krankheiten wie Masern.")
    assert all("clause after the cue" not in a.explanation for a in s.attributions), s.explanation


def test_quoted_examples_after_wie_are_the_words_of_the_verb() -> None:
    article = analyze(
        "Die Menge skandierte vor dem Rathaus Parolen wie „Kellau bleibt frei!“ und zog ab."
    )
    s = sentence_of(article, "Die Menge")
    quoted = [a for a in s.attributions if a.kind == "direct_quote"]
    assert quoted and quoted[0].cue is not None and quoted[0].cue.text == "skandierte"


# --- "entscheiden": a decision reported with its clause ---------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Das Landgericht Kellau hat am Dienstag entschieden, dass die Stadt den Anwohnern"
            " den Schaden ersetzen müsse.",
            "entschieden",
            "Das Landgericht Kellau",
        ),
        (
            "Wie das Verwaltungsgericht entschied, darf die neue Halle am Stadtrand gebaut werden.",
            "entschied",
            "das Verwaltungsgericht",
        ),
    ],
)
def test_a_decision_with_its_clause_is_reported(text: str, cue: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue
    assert s.speaker is not None and s.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Der Stadtrat von Kellau hat gestern Abend über den Haushalt entschieden.",
        "Die Wahl zum Vorsitz des Kellauer Sportvereins ist seit gestern entschieden.",
    ],
)
def test_a_decision_without_a_clause_attributes_nothing(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


# --- a web address names its site, in lower case ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Wie kellau-online.de am Montag berichtet, hat die Stadt den Bau der Halle gestoppt.",
            "berichtet",
            "kellau-online.de",
        ),
        (
            "Laut kellauer-bote.de hat die Stadt den Bau der Halle gestoppt.",
            "Laut",
            "kellauer-bote.de",
        ),
        (
            "Die Stadt hat den Bau der neuen Halle gestoppt, berichtet www.kellau-online.de.",
            "berichtet",
            "www.kellau-online.de",
        ),
    ],
)
def test_a_web_address_is_a_source(text: str, cue: str, speaker: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue
    assert s.speaker is not None and s.speaker.text == speaker


def test_a_missing_space_after_a_sentence_makes_no_web_address() -> None:
    # the next sentence opens with a capital letter: no top-level domain
    article = analyze("Die Halle bleibt zu.Die Stadt hat den Bau gestoppt, sagte Roth.")
    assert any(s.speaker is not None and s.speaker.text == "Roth" for s in article.sentences)


# --- sentence adverbs between the words of an impersonal cue ------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Inzwischen wurde auch bekannt, dass die Stadt für die Halle keinen Käufer hat.",
            "bekannt",
        ),
        (
            "Zuvor war schon bekannt geworden, dass die Stadt für die Halle keinen Käufer hat.",
            "bekannt geworden",
        ),
        (
            "Am Vormittag hatte es zunächst geheißen, der Bürgermeister habe die Sitzung abgesagt.",
            "hatte es",
        ),
    ],
)
def test_sentence_adverbs_may_stand_inside_an_impersonal_cue(text: str, cue: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue
    assert s.speaker is None


def test_became_famous_with_adverbs_is_still_no_report() -> None:
    s = one("Bekannt wurde das kleine Kino am Markt auch durch einen Film über Kellau.")
    assert s.attribution == "unattributed", s.explanation


# --- more verbs of advising and of attitude -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Den Anwohnern am Fluss wurde geraten, die Keller bis Montag zu räumen.", "wurde geraten"),
        (
            "Die Wirte am Markt sind sich bewusst, dass die Stadt die Gebühren erhöhen werde.",
            "sind sich bewusst",
        ),
        (
            "Der Wirt ärgerte sich darüber, dass die Stadt die Gebühren erhöht hat.",
            "ärgerte sich darüber",
        ),
    ],
)
def test_advice_and_attitude_with_their_clause_are_reported(text: str, cue: str) -> None:
    s = one(text)
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma am Markt ist im Winter in große Schwierigkeiten geraten.",
        "Die Farbe der Fassade am Rathaus ist bewusst gewählt.",
        "Der Wirt am Markt ärgerte sich über den Regen.",
    ],
)
def test_the_same_words_with_no_clause_attribute_nothing(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


# --- a noun of saying with the clause of its words ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Die Polizei fand keine Belege für die Behauptung, dass jemand die Halle anzünden"
            " wollte.",
            "die Behauptung",
            "dass jemand die Halle anzünden wollte",
        ),
        (
            "Die Antwort der Stadt bestand in der Ankündigung, der Bau der Halle werde sofort"
            " gestoppt.",
            "der Ankündigung",
            "der Bau der Halle werde sofort gestoppt",
        ),
        (
            "Viele Fahrer ignorierten die Aufforderung der Polizei, die Brücke am Markt zu meiden.",
            "die Aufforderung",
            "die Brücke am Markt zu meiden",
        ),
        (
            "Im Rat hörte niemand auf seine Warnung, die Brücke am Markt sei marode.",
            "seine Warnung",
            "die Brücke am Markt sei marode",
        ),
        (
            "Der Rat folgte der erneuten Aufforderung, die Halle am Markt zu schließen.",
            "der erneuten Aufforderung",
            "die Halle am Markt zu schließen",
        ),
    ],
)
def test_a_noun_of_saying_with_its_clause_is_reported(text: str, cue: str, content: str) -> None:
    # the cue is the noun with its determiner, the phrase that names the act
    article = analyze(text)
    s = sentence_of(article, text[:20])
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue
    assert content_text(article, s) == content


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause after the noun gives no words
        "Die Erklärung, die der Verein am Montag verteilte, war drei Seiten lang.",
        # a noun of deciding is not in the list
        "Die Entscheidung, die Halle am Markt zu schließen, fiel dem Rat nicht leicht.",
    ],
)
def test_a_noun_with_no_clause_of_words_attributes_nothing(text: str) -> None:
    s = one(text)
    assert s.attribution == "unattributed", s.explanation


# --- a demonstrative subject of a passive of saying: what was just said ---------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Das wurde vom Presseamt der Stadt am Montag bekannt gegeben.",
            "Presseamt der Stadt",
            "bekannt gegeben",
        ),
        (
            "Dies wurde von einem Sprecher des Vereins angegeben.",
            "einem Sprecher des Vereins",
            "angegeben",
        ),
    ],
)
def test_a_demonstrative_in_the_passive_is_what_the_agent_said(
    text: str, speaker: str, cue: str
) -> None:
    article = analyze("Die Halle am Markt bleibt bis zum Sommer geschlossen.", text)
    s = sentence_of(article, text[:20])
    assert s.attribution == "reported_speech", s.explanation
    assert s.main is not None and s.main.speaker is not None
    assert s.main.speaker.text == speaker
    assert s.cue is not None and s.cue.text == cue
    assert content_text(article, s) == text.split()[0]


def test_a_noun_subject_of_a_passive_of_saying_stays_an_event() -> None:
    # the demonstrative is what makes the passive give words: a plan made known is news
    s = one("Der Plan für die Halle wurde vom Presseamt der Stadt bekannt gegeben.")
    assert s.attribution == "unattributed", s.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the particle is the longer part of the cue, and is shown
        ("Das gab der Sprecher des Vereins am Montag bekannt.", "bekannt"),
        ("Dies wies die Leiterin der Schule zurück.", "zurück"),
        # the verb is the longer part
        ("Das teilte der Sprecher des Vereins am Montag mit.", "teilte"),
    ],
)
def test_a_fronted_demonstrative_shows_the_longer_part_of_a_separable_cue(
    text: str, cue: str
) -> None:
    article = analyze("Die Halle am Markt bleibt bis zum Sommer geschlossen.", text)
    s = sentence_of(article, text[:20])
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == cue
    assert content_text(article, s) == text.split()[0]


def test_a_passive_of_saying_with_an_agent_shows_all_the_words_of_its_cue() -> None:
    # the participle of "bekannt geben" is two words, and both are the cue
    article = analyze("Vom Verband wurde am Montag bekannt gegeben, dass die Halle schließt.")
    s = sentence_of(article, "Vom Verband")
    assert s.attribution == "reported_speech", s.explanation
    assert s.cue is not None and s.cue.text == "bekannt gegeben"
    assert s.main is not None and s.main.speaker is not None
    assert s.main.speaker.text == "Verband"
