"""The claim detector: claims and non-claims, kinds, hedges, scores and explanations.

Every sentence here is written for these tests; none comes from a data set.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from claimcheck import _claims
from claimcheck._claims import (
    ClaimAssessment,
    _character_first,
    _compiled,
    _context_free,
    _first_character_apart,
    _free_of_line_breaks,
    _within_words,
    assess_claim,
    assess_claims,
    claim_features,
)
from claimcheck._errors import RulesError
from claimcheck._rules import Rules, load_rules_from

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture(scope="module")
def de() -> Rules:
    return load_rules_from(RULES, "de")


@pytest.fixture(scope="module")
def en() -> Rules:
    return load_rules_from(RULES, "en")


def _rules(lang: str, de: Rules, en: Rules) -> Rules:
    return de if lang == "de" else en


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "Unemployment fell to 3.9 percent in May, the statistics office reported.",
            "quantity",
        ),
        ("en", "The city spent $4.2 million on new buses last year.", "quantity"),
        (
            "en",
            "Parliament passed a law that makes it illegal to sell fireworks to minors.",
            "rule",
        ),
        (
            "en",
            "The factory closure caused hundreds of job losses because orders had dried up.",
            "quantity",
        ),
        ("en", "Officials said the flooding was caused by a blocked drainage tunnel.", "causal"),
        (
            "en",
            "The governor opposes the new pipeline and has called for a public inquiry.",
            "position",
        ),
        ("en", "The mayor signed the budget on Tuesday after the council approved it.", "event"),
        ("de", "Die Arbeitslosenquote stieg im März um 0,4 Punkte auf 6,1 Prozent.", "quantity"),
        (
            "de",
            "Der Bundestag hat das Gesetz gegen Einwegplastik am Donnerstag verabschiedet.",
            "rule",
        ),
        (
            "de",
            "Wegen des Streiks fielen in Köln am Montag alle Züge aus, weil die Stellwerke "
            "nicht besetzt waren.",
            "causal",
        ),
        (
            "de",
            "Die Regierung fordert von den Ländern eine Beteiligung an den Kosten der "
            "Unterbringung.",
            "position",
        ),
        (
            "de",
            "Die Preise für Strom werden im kommenden Jahr voraussichtlich weiter steigen.",
            "quantity",
        ),
        (
            "de",
            "Die Stadtverwaltung wird die Brücke im Herbst für den Verkehr sperren.",
            "prediction",
        ),
        ("de", "Der frühere Minister wurde 2019 zum Präsidenten des Verbands gewählt.", "event"),
    ],
)
def test_claims_and_their_kinds(lang: str, text: str, kind: str, de: Rules, en: Rules) -> None:
    verdict = assess_claim(text, _rules(lang, de, en))
    assert verdict.claim, verdict
    assert verdict.kind == kind, verdict
    assert 0.5 <= verdict.score <= 1.0
    assert verdict.reasons


@pytest.mark.parametrize(
    ("lang", "text", "reason"),
    [
        # questions
        ("en", "Is this the end of the road for the project?", "question"),
        ("de", "Wie viele Menschen leben eigentlich in der Stadt?", "question"),
        ("de", "Du willst keine Nachricht mehr verpassen?", "question"),
        # reader addresses and calls to action
        ("en", "Sign up now for our free morning briefing.", "reader address"),
        ("en", "Click here to read the full report.", "reader address"),
        ("de", "Abonnieren Sie unseren Newsletter für weitere Hintergründe.", "reader address"),
        ("de", "Nutze die Suchfunktion für weitere Artikel zum Thema!", "reader address"),
        ("de", "Jetzt kostenlos registrieren und mitdiskutieren!", "reader address"),
        # greetings and thanks
        ("en", "Thank you all for coming tonight.", "greeting"),
        ("de", "Vielen Dank für Ihre Aufmerksamkeit!", "greeting"),
        # page furniture and bylines
        ("de", "Alle Kommentare werden moderiert.", "furniture"),
        ("de", "Wir behalten uns vor, Beiträge ohne Bezug zum Thema zu löschen.", "furniture"),
        ("de", "Projektleiter (m/w/d) Energiewende, Vollzeit", "furniture"),
        ("en", "Read our cookie policy and privacy policy.", "furniture"),
        ("en", "By Jane Doe", "byline"),
        ("de", "Von Anna Beispiel", "byline"),
    ],
)
def test_sentences_that_are_never_claims(
    lang: str, text: str, reason: str, de: Rules, en: Rules
) -> None:
    verdict = assess_claim(text, _rules(lang, de, en))
    assert verdict == ClaimAssessment(False, 0.0, None, verdict.hedged, (f"not a claim: {reason}",))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I think that's a wonderful idea."),
        ("en", "What a great evening this is."),
        ("de", "Das ist einfach nur peinlich."),
        ("de", "Ich finde das total lächerlich!!"),
        ("de", "Haha, typisch."),
    ],
)
def test_opinion_and_insult_without_checkable_content(
    lang: str, text: str, de: Rules, en: Rules
) -> None:
    verdict = assess_claim(text, _rules(lang, de, en))
    assert not verdict.claim
    assert verdict.kind is None
    assert verdict.score < 0.3


@pytest.mark.parametrize(
    ("lang", "text", "hedge"),
    [
        ("en", "The minister reportedly resigned after twelve days in office.", "reportedly"),
        ("en", "The company may have broken export rules.", "may"),
        ("en", "The virus apparently spread through the ventilation system.", "apparently"),
        ("de", "Der Minister soll 2019 Steuern hinterzogen haben.", "soll"),
        ("de", "Vermutlich stieg die Zahl der Opfer auf 40.", "Vermutlich"),
        ("de", "Der Konzern dürfte im dritten Quartal Verluste schreiben.", "dürfte"),
        ("de", "Die Regierung könnte die Steuer schon im Januar senken.", "könnte"),
    ],
)
def test_hedges(lang: str, text: str, hedge: str, de: Rules, en: Rules) -> None:
    verdict = assess_claim(text, _rules(lang, de, en))
    assert verdict.hedged
    assert any(r.startswith("hedged: ") and hedge.lower() in r.lower() for r in verdict.reasons)


def test_the_month_may_is_no_hedge(en: Rules) -> None:
    verdict = assess_claim("Prices rose by 2 percent in May.", en)
    assert verdict.claim and not verdict.hedged


@pytest.mark.parametrize(
    ("lang", "plain", "hedged"),
    [
        (
            "en",
            "The plant released toxic gas into the river.",
            "The plant allegedly released toxic gas into the river.",
        ),
        (
            "de",
            "Die Firma hat giftige Abwässer in den Fluss geleitet.",
            "Die Firma hat angeblich giftige Abwässer in den Fluss geleitet.",
        ),
    ],
)
def test_a_hedge_lowers_the_score(lang: str, plain: str, hedged: str, de: Rules, en: Rules) -> None:
    rules = _rules(lang, de, en)
    assert assess_claim(hedged, rules).score < assess_claim(plain, rules).score
    assert assess_claim(hedged, rules).hedged and not assess_claim(plain, rules).hedged


@pytest.mark.parametrize(
    ("lang", "specific", "vague"),
    [
        (
            "en",
            "The Federal Reserve raised interest rates by 0.5 percentage points in March.",
            "Honestly, things are just not going very well.",
        ),
        (
            "de",
            "Das Statistische Bundesamt meldete für 2023 rund 84 Millionen Einwohner.",
            "Das ist alles irgendwie ziemlich schlecht gelaufen.",
        ),
    ],
)
def test_figures_and_named_bodies_score_above_vague_evaluation(
    lang: str, specific: str, vague: str, de: Rules, en: Rules
) -> None:
    rules = _rules(lang, de, en)
    high, low = assess_claim(specific, rules), assess_claim(vague, rules)
    assert high.claim and not low.claim
    assert high.score > low.score + 0.4


def test_attribution_raises_the_score_and_sets_the_fallback_kind(en: Rules) -> None:
    text = "The mood among the striking workers at the plant is calm and hopeful."
    plain = assess_claim(text, en)
    given = assess_claim(text, en, attributed=True)
    quoted = assess_claim(text, en, attributed=True, quoted=True)
    assert plain.score < given.score < quoted.score
    # No kind of its own: a sentence given to a speaker states a position, a quote is a quote.
    assert given.claim and given.kind == "position"
    assert quoted.claim and quoted.kind == "quote"
    assert any(r.startswith("quoted") for r in quoted.reasons)


def test_reasons_name_the_features_and_their_words(en: Rules) -> None:
    verdict = assess_claim("Exports to China fell by 12 percent in 2023.", en)
    assert verdict.claim
    assert any("count '12'" in r for r in verdict.reasons)
    assert all("(" in r and ")" in r for r in verdict.reasons)


def test_features_are_matched_as_written(de: Rules) -> None:
    # "ge*t" takes the lower-case participle, not the noun "Gewalt".
    assert claim_features("Die Erwartungen sind gedämpft.", de)["participle"] == "gedämpft"
    assert "participle" not in claim_features("Die Gewalt nimmt zu.", de)
    assert claim_features("Die Erwartungen sind gedämpft.", de)["nominal_style"] == "Erwartungen"


def test_empty_text_is_no_claim(en: Rules) -> None:
    assert not assess_claim("   ", en).claim
    assert not assess_claim("...", en).claim


def test_rules_are_compiled_once_per_rules_object(de: Rules) -> None:
    first = _claims._compiled(de)
    assert _claims._compiled(de) is first
    other = load_rules_from(RULES, "de")
    assert _claims._compiled(other) is not first


def _copy_rules(tmp_path: Path, lang: str, edit: tuple[str, str]) -> Path:
    directory = tmp_path / "rules"
    shutil.copytree(RULES / lang, directory / lang)
    path = directory / lang / "claims.toml"
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    return directory


def test_a_bad_pattern_names_the_file_and_the_key(tmp_path: Path) -> None:
    directory = _copy_rules(tmp_path, "en", ("[not_claim]\n", "[not_claim]\nbroken = ['(x']\n"))
    rules = load_rules_from(directory, "en")
    with pytest.raises(RulesError) as caught:
        assess_claim("The river rose by two metres.", rules)
    assert caught.value.key == "not_claim.broken[0]"
    assert str(directory / "en" / "claims.toml") in str(caught.value)


def test_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    directory = _copy_rules(
        tmp_path, "de", ("[kind_features]\n", '[kind_features]\nrumour = ["hedge"]\n')
    )
    with pytest.raises(RulesError, match="unknown claim kind"):
        assess_claim("Der Fluss stieg um zwei Meter.", load_rules_from(directory, "de"))


def test_a_bad_affix_is_refused(tmp_path: Path) -> None:
    directory = _copy_rules(
        tmp_path, "de", ("[feature_affixes]\n", '[feature_affixes]\nbroken = ["ung"]\n')
    )
    with pytest.raises(RulesError, match="feature_affixes.broken"):
        assess_claim("Der Fluss stieg um zwei Meter.", load_rules_from(directory, "de"))


def test_a_statement_left_joined_to_a_question_is_still_judged(de: Rules) -> None:
    joined = "Die Miete stieg 2023 um 12 Prozent. Wer soll das noch bezahlen?"
    assert assess_claim(joined, de).claim
    assert assess_claim("Wer soll das noch bezahlen?", de).reasons == ("not a claim: question",)


def test_long_runs_of_punctuation_stay_fast(de: Rules, en: Rules) -> None:
    import time

    start = time.perf_counter()
    for rules in (de, en):
        assess_claim("Na gut" + "." * 3000 + " na" + "!?" * 2000, rules)
        assess_claim("Wirklich" + "?." * 3000, rules)
    assert time.perf_counter() - start < 1.0


# ---------------------------------------------------------------- speed: the same results

# Sentences of one made-up article that fire rare patterns (per cent, currency, a web
# address, a title, an exclamation, an emoticon, shouting, hedging) beside plain ones.
ARTICLE_DE = [
    "Die Miete stieg 2023 um 12 % auf 950 € im Monat.",
    "Frau Berger sagte, das sei zu viel!",
    "Mehr dazu unter https://stadt.example/mieten",
    "Der Rat soll die Zahlen geprüft haben.",
    "Das ist ein SKANDAL :-)",
    "Wann entscheidet der Rat?",
    "Die Stadt hat Ihnen geschrieben, da die Frist endet.",
    "",
]
ARTICLE_EN = [
    "Rents rose 12% to $950 a month in 2023, Mr. Lee said.",
    "See www.city.example for the figures!",
    "The council may have checked the numbers.",
    "Is this the right plan?",
    "The city sent the letters in May.",
]


@pytest.mark.parametrize(("lang", "texts"), [("de", ARTICLE_DE), ("en", ARTICLE_EN)])
def test_assess_claims_gives_what_assess_claim_gives_for_each_sentence(
    lang: str, texts: list[str], de: Rules, en: Rules
) -> None:
    rules = _rules(lang, de, en)
    attributed = [i % 2 == 0 for i in range(len(texts))]
    quoted = [i % 3 == 0 for i in range(len(texts))]
    alone = [
        assess_claim(t, rules, attributed=a, quoted=q)
        for t, a, q in zip(texts, attributed, quoted, strict=True)
    ]
    together = assess_claims(texts, rules, attributed=attributed, quoted=quoted)
    assert together == alone
    # each sentence alone, where the other sentences cannot switch any pattern on
    for text, a, q, verdict in zip(texts, attributed, quoted, alone, strict=True):
        assert assess_claims([text], rules, attributed=[a], quoted=[q]) == [verdict]
    # the rare patterns do fire in these sentences, so their selection is tested
    fired = {name for text in texts for name in claim_features(text, rules)}
    assert {"percent_sign", "currency_sign", "exclamation", "hedge"} <= fired


def test_every_match_of_a_shipped_pattern_holds_one_of_its_needles(de: Rules, en: Rules) -> None:
    sentences = [*ARTICLE_DE, *ARTICLE_EN, "Laut Prof. Ott kostet es 5 £.", "Er sagte: ja; nein."]
    checked = 0
    for rules in (de, en):
        c = _compiled(rules)
        for entry in (*c.vetoes.floating, *c.patterns.floating):
            for sentence in sentences:
                if entry.needles is not None and entry.pattern.search(sentence):
                    assert any(n in sentence for n in entry.needles), (entry.pattern, sentence)
                    checked += 1
    assert checked >= 10


@pytest.mark.parametrize(
    ("source", "free"),
    [
        ("[A-Z]{6,}", True),
        ("(?:Herr|Frau) [A-Z][a-z]+", True),
        ("a.*?b", True),
        ("\\bda\\b", False),
        ("^Doch", False),
        ("\\d(?<!\\d\\d)", False),
        ("(a)\\1", False),
        ("(?>a+)b", False),
        ("a*", False),  # matches the empty string, so it matches everywhere
    ],
)
def test_patterns_that_do_not_look_around(source: str, free: bool) -> None:
    assert _context_free(source) is free


@pytest.mark.parametrize(
    ("source", "within"),
    [
        ("[A-ZÄÖÜ][A-ZÄÖÜ]+\\b", True),
        ("(?:1[89]|20)\\d\\d(?:er)?\\b", True),
        ("[$€£¥]", True),
        ("may\\b(?<=\\bmay)", True),
        ("(?i)ge[a-zäöüß]+t\\B", True),
        ("\\w+(?=n)", True),
        # white space, punctuation, any character, a negated class: a match may cross a token
        ("[a-z] [A-Z]", False),
        ("https?://", False),
        ("\\d+(?:[.,]\\d+)*", False),
        ("a.b", False),
        ("[^x]y", False),
        ("\\S+", False),
        ("!", False),
        # a lookaround that takes white space, an anchor, the empty string
        ("(?<= )Herr", False),
        ("^Doch", False),
        ("Ende$", False),
        ("x*", False),
    ],
)
def test_patterns_within_words(source: str, within: bool) -> None:
    assert _within_words(source) is within


@pytest.mark.parametrize(
    ("source", "free"),
    [
        ("\\d(?<![\\d.,]\\d)(?:\\d{0,2}(?:[.,]\\d+)*|\\d{4,})(?![\\d.,]*\\d)", True),
        ("[a-zäöüß,;:] [A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]{2}", True),
        ("[^\\s.,;:!?]+ \\bda\\b", True),
        ("\\s", False),
        ("[^x]", False),
        ("a.b", False),
        ("(?s:.)", False),
        ("x(?=\\s*$)", False),
        ("(?<=\\s)x", False),
        # a line break before "x" fails "\\S" as the start of a text does
        ("(?<!\\S)x", True),
    ],
)
def test_patterns_free_of_line_breaks(source: str, free: bool) -> None:
    assert _free_of_line_breaks(source) is free


def test_a_pattern_searched_in_the_joined_sentences_finds_what_it_finds_in_each(
    de: Rules, en: Rules
) -> None:
    # figures and names at the edges of sentences, where the neighbouring sentence could
    # switch a lookaround if the search saw it; a vetoed sentence and a line break between
    article = [
        "Die Halle kostete 12",
        "3 Monate später zahlte die Stadt weitere 4,5 Millionen.",
        "Wann zahlt die Stadt 7 Millionen an Anna Berg?",
        "laut Anna Berg",
        "Kurt Weber sagte,\n es seien 1.200 Euro.",
        "The hall cost 12",
        "3 months later, the city paid Mr. Anne Berg 4.5 million.",
        "said Anne Berg",
    ]
    for rules in (de, en):
        c = _compiled(rules)
        assert any(entry.joined for entry in c.patterns.floating)  # count, names
        assert assess_claims(article, rules) == [assess_claim(text, rules) for text in article]
        features = [claim_features(text, rules) for text in article]
        assert any("count" in found for found in features)


def test_every_character_that_ends_a_token_is_known_as_one() -> None:
    import sys

    spaces = {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()}
    assert spaces <= _claims._TOKEN_ENDS
    # and each of them parts two tokens, as the analysis of patterns within words assumes
    for end in _claims._TOKEN_ENDS:
        assert _claims._cleaned([f"ab{end}cd"])[0].split() == ["ab", "cd"], repr(end)


# Sentences with tokens between every kind of neighbour: punctuation, brackets, quotes,
# dashes, slashes, line breaks, no-break spaces, apostrophes straight and curly.
WORDY = [
    "Die EZB (Frankfurt) hob 2023 den Satz an; die EZB-Chefin sprach von 1990er-Jahren.",
    "„NEIN!“, rief er – und ging.",
    "Er zahlte 20 € bzw. 3 $/Monat.\nDanach: FDP/CSU-Streit…",
    "Ottos\u00a0Haus kostet 1899\u2009Euro, sagt’s der USA’s-Kenner, ’90er-Jahre.",
    "The ABCs of it: May said it may, in 1789s, be done; MAYBE.",
]


def test_a_pattern_within_words_matches_a_sentence_just_where_it_matches_one_of_its_tokens(
    de: Rules, en: Rules
) -> None:
    checked = 0
    for rules in (de, en):
        c = _compiled(rules)
        assert c.word_patterns  # year, acronym and more are within words
        for mark, pattern in enumerate(c.word_patterns):
            for sentence in WORDY:
                tokens = _claims._cleaned([sentence])[0].split()
                alone = pattern.search(sentence) is not None
                # (a token holds a "’" as "'": the same to a pattern that takes neither)
                curly = mark in c.curly_marks and "\u2019" in sentence
                assert alone == any(pattern.search(t) for t in tokens) or curly
                checked += alone
    assert checked >= 10


def test_a_pattern_within_words_fires_beside_a_curly_apostrophe(tmp_path: Path) -> None:
    # the tokens hold "’" as "'", so a sentence holding one is searched as it stands
    directory = _copy_rules(
        tmp_path, "de", ("[feature_patterns]\n", "[feature_patterns]\nelision = ['\\w’s\\b']\n")
    )
    rules = load_rules_from(directory, "de")
    c = _compiled(rules)
    assert c.patterns.floating[0].mark in c.curly_marks  # it takes a "’"
    article = ["Wie geht’s der Stadt?", "So geht’s der Stadt gut.", "So geht es."]
    assert claim_features(article[1], rules)["elision"] == "geht’s"
    assert "elision" not in claim_features(article[2], rules)
    assert assess_claims(article, rules) == [assess_claim(text, rules) for text in article]


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Die Gemeinde wird den Marktplatz im nächsten Sommer umgestalten.", True),
        ("Die neuen Gebühren werden ab Januar gelten.", True),
        ("Im Winter wird es in der Halle keine Konzerte geben.", True),
        ("Der Neubau wird frühestens 2029 fertig sein.", True),
        ("Die Kreisstraße wird für drei Wochen gesperrt werden.", True),
        ("Die Sanierung der Schule ist für die Sommerferien geplant.", True),
        # passive: a participle at the end of the clause, not an infinitive
        ("Der Antrag wird von der Opposition mit Misstrauen betrachtet.", False),
        ("Das Freibad ist das letzte, das noch vom Verein betrieben wird.", False),
        ("Die Brandstifter werden von der Polizei festgenommen.", False),
        ("Der Bericht wird vom Rechnungshof geschrieben.", False),
        # "werden" as a full verb, and "geplant" as an attribute
        ("Das Heizöl wird teurer.", False),
        ("Bei dem geplanten Treffen ging es um die Finanzen der Stadt.", False),
    ],
)
def test_german_future_tense_and_plans_are_predictions_and_the_passive_is_not(
    de: Rules, text: str, future: bool
) -> None:
    assert ("prediction" in claim_features(text, de)) is future


def test_a_pattern_that_weighs_nothing_still_marks_the_kind(tmp_path: Path, de: Rules) -> None:
    # A pattern feature of weight 0 is looked for only when the kind is still open; it
    # must then decide the kind as if it had been looked for everywhere.
    directory = _copy_rules(tmp_path, "de", ('rule = ["rule"]', 'rule = ["rule", "section_sign"]'))
    path = directory / "de" / "claims.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("[feature_patterns]\n", "[feature_patterns]\nsection_sign = ['§']\n", 1),
        encoding="utf-8",
    )
    rules = load_rules_from(directory, "de")
    sentence = (
        "Die Verwaltung lehnte den Antrag am Montag unter Berufung auf den § der Bauordnung ab."
    )
    assert assess_claim(sentence, de).kind == "event"
    verdict = assess_claim(sentence, rules)
    assert verdict.kind == "rule"
    assert verdict.score == assess_claim(sentence, de).score  # weight 0: the score is the same
    assert claim_features(sentence, rules)["section_sign"] == "§"
    article = ["Wann entscheidet der Rat?", sentence, "Der Stadtrat beschloss 2019 den Bau."]
    assert [v.kind for v in assess_claims(article, rules)] == [None, "rule", "event"]


def test_a_phrase_is_found_where_its_first_word_comes_again(de: Rules) -> None:
    # "Im" before "Mai" starts no phrase; "im" before "Jahr" starts one, and a phrase of
    # three words is found after the first word came without it.
    features = claim_features("Im Mai und im Jahr davor lag über die Hälfte der Betten leer.", de)
    assert features["statistic"] == "im Jahr"
    assert features["change"] == "über die Hälfte"
    # the first word of a phrase as the last word of the sentence starts nothing
    assert "statistic" not in claim_features("Die Gemeinde zahlt im", de)
    assert claim_features("Die Gemeinde zahlt im Jahr", de)["statistic"] == "im Jahr"


def test_the_memory_of_words_is_emptied_when_full(
    de: Rules, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = assess_claims(ARTICLE_DE, de)
    monkeypatch.setattr("claimcheck._claims._TOKEN_CACHE_SIZE", 5)
    rules = load_rules_from(RULES, "de")
    assert assess_claims(ARTICLE_DE, rules) == before
    assert assess_claims(ARTICLE_DE, rules) == before  # with a memory emptied again and again
    assert len(_compiled(rules).token_cache) <= 5


@pytest.mark.parametrize(
    ("source", "quicker"),
    [
        ("[A-ZÄÖÜ]{6,}", "[A-ZÄÖÜ][A-ZÄÖÜ]{5,}"),
        ("\\d{2,5} Euro", "\\d\\d{1,4} Euro"),
        ("x{3}y", "xx{2}y"),
        # left as written: no first character to set apart, or a repeat of another kind
        ("a{0,3}", "a{0,3}"),
        ("[a-z]{2,}?", "[a-z]{2,}?"),
        ("a{2,}+", "a{2,}+"),
        ("(?i)x{3}", "(?i)x{3}"),
        ("(?:ab){2}", "(?:ab){2}"),
        ("%", "%"),
    ],
)
def test_an_opening_repeat_gives_its_first_character_apart(source: str, quicker: str) -> None:
    assert _first_character_apart(source) == quicker
    text = "Am 12. MÄRZ 2024 kostete es 1234 Euro, xxxy und AAAAAAAB; abab a."
    found, found_quicker = re.search(source, text), re.search(quicker, text)
    assert (found and found.span()) == (found_quicker and found_quicker.span())


@pytest.mark.parametrize(
    ("source", "later"),
    [
        ("[a-zäöü,;:] [A-ZÄÖÜ][a-zäöü]+", "\\ (?<=[a-zäöü,;:]\\ )[A-ZÄÖÜ][a-zäöü]+"),
        ("\\d%", "%(?<=\\d%)"),
        ("[,;] (?:da|weil)\\b", "\\ (?<=[,;]\\ )(?:da|weil)\\b"),
        # no class then a plain character, or one under a repeat, or alternatives outside
        # parentheses, or leading flags: left as written
        ("ab", None),
        ("[a-z]+ X", None),
        ("[a-z] +X", None),
        ("[a-z] X|Y", None),
        ("(?i)[a-z] X", None),
        ("[^]a]b", None),
        ("[ab]\\.", None),
    ],
)
def test_a_class_then_a_character_opens_with_the_character(source: str, later: str | None) -> None:
    assert _character_first(source) == later
    if later is not None:
        text = "Am 12. März sagte Anna Weber, da 40% fehlen; Weil Otto Lind kam."
        found, found_later = re.search(source, text), re.search(later, text)
        assert found is not None and found_later is not None
        assert found.span() == (found_later.start() - 1, found_later.end())


def test_a_pattern_that_opens_with_its_second_character_shows_the_whole_match(
    de: Rules, en: Rules
) -> None:
    # name_pair (de) and name_inside (en) open with a class of one character
    assert any(entry.shift for entry in _compiled(de).patterns.floating)
    assert claim_features("Am Montag sprach Anna Weber im Rat.", de)["name_pair"] == (
        "sprach Anna Weber"
    )
    # the match "n M" starts inside "On", and is shown widened to whole words
    assert claim_features("On Monday, the mayor met Anne Berg.", en)["name_inside"] == "On Monday"


def test_assessments_are_claim_assessments_with_their_fields(de: Rules) -> None:
    # built with tuple.__new__ (no NamedTuple __new__): still the type, read by name
    plain, vetoed = assess_claims(
        ["Die Stadt hat im Jahr 2023 rund 4,5 Millionen Euro für Radwege ausgegeben.", ""], de
    )
    for verdict in (plain, vetoed):
        assert type(verdict) is ClaimAssessment
        assert verdict == ClaimAssessment(*verdict)
    assert plain.claim and plain.score == plain[1] and plain.reasons
    assert not vetoed.claim and vetoed.score == 0.0 and vetoed.reasons[0].startswith("not a claim")
