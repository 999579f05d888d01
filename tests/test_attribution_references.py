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


def _relative(text: str) -> Sentence:
    s = claimcheck.analyze_text(text, language="de").sentences[0]
    assert s.speaker is not None, s.explanation
    assert s.speaker.text in {"der", "die", "das"}, s.explanation
    return s


def test_a_relative_pronoun_refers_to_the_names_before_its_comma() -> None:
    s = _relative("Bürgermeister Jan Roth, der ankündigte, die Steuer werde steigen, blieb ruhig.")
    assert s.speaker is not None and s.speaker.resolved == "Jan Roth"
    assert s.speaker.role == "Bürgermeister"
    assert "relative pronoun 'der' = 'Jan Roth'" in s.explanation


def test_a_relative_pronoun_agrees_with_its_antecedent_in_gender() -> None:
    # "der" is masculine: the young witness, not the statement (feminine) he made
    s = _relative(
        "Entscheidend war die Aussage eines jungen Zeugen, der angab, er habe den Wagen gesehen."
    )
    assert s.speaker is not None and s.speaker.resolved == "eines jungen Zeugen"
    # "die" is feminine: the spokeswoman, not the ministry (neuter) after her
    s = _relative(
        "Anwesend war auch die Sprecherin des Ministeriums, die sagte, die Lage sei ernst."
    )
    assert s.speaker is not None and s.speaker.resolved == "die Sprecherin des Ministeriums"


def test_a_relative_pronoun_skips_a_place_after_a_preposition_for_a_phrase_that_agrees() -> None:
    s = _relative("Es begann mit einem Wirt aus Lohbach, der angab, die Gäste seien laut gewesen.")
    assert s.speaker is not None and s.speaker.resolved == "einem Wirt aus Lohbach"
    # where nothing before the preposition agrees, the name after it is the antecedent
    s = _relative(
        "Ein Antrag kam von der Delegation aus Ägypten, das vorschlug, die Frist zu verlängern."
    )
    assert s.speaker is not None and s.speaker.resolved == "Ägypten"


def test_a_demonstrative_before_the_comma_is_no_antecedent() -> None:
    # "Der, der …" / "Die, die …": the first word is a pronoun itself ("he who"), a
    # determiner with no noun, and names nobody the relative pronoun could stand for
    for text in (
        "Der, der behauptet, die Erde sei flach, irrt.",
        "Die, die sagen, der Winter falle aus, haben Unrecht.",
    ):
        s = _relative(text)
        assert s.speaker is not None and s.speaker.resolved is None, s.explanation
        assert "relative pronoun" not in s.explanation


def test_a_vague_antecedent_makes_the_relative_speaker_vague() -> None:
    s = _relative("Es gibt auch Kritiker, die sagen, der Plan sei zu teuer.")
    assert s.speaker is not None and s.speaker.resolved == "Kritiker"
    assert s.attributions[0].vague_source, s.explanation


def _impersonal(text: str) -> tuple[str, str, str | None, bool]:
    s = claimcheck.analyze_text(text, language="de").sentences[0]
    assert s.attribution == "reported_speech", s.explanation
    a = s.attributions[0]
    assert a.content is not None and a.cue is not None, s.explanation
    speaker = a.speaker.text if a.speaker is not None else None
    return text[a.content[0] : a.content[1]], a.cue.label, speaker, a.vague_source


def test_a_clause_of_wie_with_impersonal_es_gives_the_rest_of_the_sentence_as_words() -> None:
    assert _impersonal("Die Brücke bleibt bis Freitag gesperrt, wie es hieß.") == (
        "Die Brücke bleibt bis Freitag gesperrt",
        "wie es hieß",
        None,
        True,
    )
    # a phrase of time between "es" and the verb names no source
    content, cue, speaker, vague = _impersonal("Der Tunnel bleibt zu, wie es am Montag hieß.")
    assert (content, cue, speaker, vague) == ("Der Tunnel bleibt zu", "wie es … hieß", None, True)


def test_a_clause_of_wie_es_inside_the_sentence_gives_the_words_on_both_sides() -> None:
    # interposed like "…, sagte sie, …": the words are the whole sentence around it
    content, cue, speaker, vague = _impersonal(
        "Die Halle am Markt, wie es am Montag hieß, bleibt bis zum Sommer geschlossen."
    )
    assert content == "Die Halle am Markt, wie es am Montag hieß, bleibt bis zum Sommer geschlossen"
    assert cue == "wie es … hieß" and speaker is None and vague


def test_a_phrase_of_origin_in_the_clause_of_wie_es_names_the_source() -> None:
    content, cue, speaker, vague = _impersonal(
        "Wie es aus dem Rathaus hieß, bleibt die Halle bis Mai geschlossen."
    )
    assert content == "bleibt die Halle bis Mai geschlossen"
    assert cue == "Wie es … hieß"
    assert speaker == "dem Rathaus" and not vague
