"""German attributions found with the right words as their cue: which verb or phrase
of a sentence frames the reported words (see rules/de/attribution.toml and
rules/de/speech_verbs.toml).

Every sentence here is invented for these tests: the people, places and events do
not exist.
"""

from __future__ import annotations

import pytest
from test_attribution_de_support import analyze

from claimcheck import Article, Attribution


def attributions_of(article: Article, start: str) -> list[Attribution]:
    hits = [s for s in article.sentences if s.text.startswith(start)]
    assert len(hits) == 1
    return list(hits[0].attributions)


def content_of(article: Article, a: Attribution) -> str:
    assert a.content is not None
    return article.text[a.content[0] : a.content[1]]


# --- a conjunct joined by a comma alone: its verb frames its clause ------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "first", "cue", "said"),
    [
        (
            "Die Feuerwehr bestätigte den Brand, teilte aber mit, die Ursache sei noch unklar.",
            "Die Feuerwehr",
            "bestätigte",
            "teilte",
            "die Ursache sei noch unklar",
        ),
        (
            "Der Elternbeirat lobte den Entwurf, kritisierte jedoch, dass die Pausen "
            "zu kurz seien.",
            "Der Elternbeirat",
            "lobte",
            "kritisierte",
            "dass die Pausen zu kurz seien",
        ),
        (
            "Die Prüfer beanstandeten einige Belege, sprachen aber davon, dass die Kasse "
            "ordentlich geführt werde.",
            "Die Prüfer",
            "beanstandeten",
            "sprachen",
            "dass die Kasse ordentlich geführt werde",
        ),
    ],
)
def test_a_verb_first_after_a_comma_frames_the_clause_after_it(
    text: str, speaker: str, first: str, cue: str, said: str
) -> None:
    article = analyze(text)
    atts = attributions_of(article, text[:20])
    framed = [a for a in atts if a.content is not None and content_of(article, a) == said]
    assert len(framed) == 1, [(a.cue, a.content) for a in atts]
    a = framed[0]
    assert a.cue is not None and a.cue.text == cue
    # the subject of the first conjunct is the speaker of the second
    assert a.speaker is not None and a.speaker.text == speaker
    # the verb of the first conjunct frames none of it
    assert all(b.cue is None or b.cue.text != first for b in atts)


@pytest.mark.parametrize(
    "text",
    [
        # a fused separable verb or a participle after the comma opens no main clause
        "Die Feuerwehr bestätigte den Brand, mitgeteilt wurde nur der Ort.",
        # nor does a particle word that starts a cue of its own ("als … ansehen")
        "Die Feuerwehr bestätigte den Brand, als die Leitstelle anrief.",
    ],
)
def test_a_comma_before_no_finite_verb_of_saying_adds_no_cue(text: str) -> None:
    article = analyze(text)
    for a in attributions_of(article, text[:20]):
        assert a.cue is None or a.cue.text not in {"mitgeteilt", "als"}


def test_a_verb_first_after_a_subordinate_clause_keeps_its_own_subject() -> None:
    text = "Als die Leitstelle anrief, teilte der Einsatzleiter mit, der Brand sei gelöscht."
    article = analyze(text)
    atts = attributions_of(article, "Als die")
    assert len(atts) == 1
    a = atts[0]
    assert a.cue is not None and a.cue.text == "teilte"
    assert a.speaker is not None and a.speaker.text == "der Einsatzleiter"
    assert content_of(article, a) == "der Brand sei gelöscht"


# --- a subordinate clause that ends in a cue: the main clause after it is no report --------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the perfect of an adverbial clause, then the main clause with its verb first
        (
            "Nachdem er den Wagen angehalten und festgehalten hatte, habe er den Fahrer "
            "bedroht, teilte die Polizei mit.",
            "festgehalten hatte",
        ),
        # a relative clause: "gestanden" of "stehen" looks like "gestehen"
        (
            "Ein Tief, das lange über der Ostsee gestanden hatte, habe nun die Küste "
            "erreicht, meldet der Wetterdienst.",
            "gestanden hatte",
        ),
        (
            "Nachdem die Wirtin die Polizei informiert hatte, wurde eine Sonderkommission "
            "gebildet, um den Täter zu finden.",
            "informiert hatte",
        ),
    ],
)
def test_a_cue_that_ends_a_subordinate_clause_does_not_frame_the_main_clause(
    text: str, cue: str
) -> None:
    article = analyze(text)
    atts = attributions_of(article, text[:20])
    assert all(a.cue is None or a.cue.text != cue for a in atts), [(a.cue, a.content) for a in atts]


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        # a clause of its own after the subordinate cue is still its report
        (
            "Nachdem der Verband mitgeteilt hatte, dass die Halle schließt, protestierten "
            "die Eltern.",
            "mitgeteilt hatte",
            "dass die Halle schließt",
        ),
        # "wie" makes the clause after it the report: "Wie X mitteilte, ist …"
        (
            "Wie der Verband mitteilte, ist die Halle seit Montag geschlossen.",
            "Wie … mitteilte",
            "ist die Halle seit Montag geschlossen",
        ),
    ],
)
def test_a_subordinate_cue_keeps_its_own_clause(text: str, cue: str, said: str) -> None:
    article = analyze(text)
    atts = attributions_of(article, text[:20])
    framed = [a for a in atts if a.cue is not None and a.cue.label == cue]
    assert len(framed) == 1, [(a.cue, a.content) for a in atts]
    assert content_of(article, framed[0]).startswith(said)


# --- a semicolon ends the reach of a cue ---------------------------------------------------


def test_a_cue_before_a_semicolon_gives_no_quotation_after_it() -> None:
    text = (
        "Die Eltern befürchten weitere Schließungen; auf der Versammlung wurde es laut: "
        "„Das hören wir seit Jahren.“"
    )
    article = analyze(text)
    quotes = [a for a in attributions_of(article, "Die Eltern") if a.kind == "direct_quote"]
    assert len(quotes) == 1
    assert quotes[0].cue is None or quotes[0].cue.text != "befürchten"


def test_a_cue_after_the_semicolon_gives_the_quotation_of_its_own_clause() -> None:
    text = (
        "Die Eltern befürchten weitere Schließungen; ihre Sprecherin sagte: "
        "„Das geht seit Jahren so.“"
    )
    article = analyze(text)
    quotes = [a for a in attributions_of(article, "Die Eltern") if a.kind == "direct_quote"]
    assert len(quotes) == 1
    assert quotes[0].cue is not None and quotes[0].cue.text == "sagte"
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "ihre Sprecherin"


# --- the adjective or noun of a cue phrase may have its complement after it ---------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Der Trainer zeigte sich zufrieden mit dem Ergebnis, die Mannschaft habe gut gespielt.",
            "zeigte sich zufrieden",
        ),
        (
            "Der Trainer zeigte sich besorgt über das Spiel: „Wir müssen mehr laufen.“",
            "zeigte sich besorgt",
        ),
        (
            "Der Verein zeigte sich offen für den Vorschlag, man könne die Halle teilen.",
            "zeigte sich offen",
        ),
        ("Die Kassenwartin übte Kritik an dem Plan: „Das Geld reicht nicht.“", "übte Kritik"),
    ],
)
def test_a_phrase_cue_with_a_complement_after_its_adjective_or_noun(text: str, cue: str) -> None:
    article = analyze(text)
    atts = attributions_of(article, text[:20])
    assert cue in {a.cue.label for a in atts if a.cue is not None}, [
        (a.cue, a.content) for a in atts
    ]


def test_a_separable_particle_before_a_preposition_is_no_cue() -> None:
    # "kündigte … an" needs its particle at the end of the clause: here "an" is the
    # preposition of "an die Firma", and the verb is "kündigen", to terminate
    article = analyze("Die Gemeinde kündigte den Vertrag an die Firma.")
    assert attributions_of(article, "Die Gemeinde") == []
