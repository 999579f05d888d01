"""Attribution: who stands behind each sentence, and how.

The rules, as a linguist would state them (word lists in rules/<lang>/):

1. Quotations. Words in quotation marks („…“, »…«, «…», "…", “…”, ‘…’) are a
   direct quote when they are someone's words: long enough or a whole sentence,
   and not introduced as a title or term (das sogenannte „…“, the so-called "…").
   A quotation may run over several sentences and paragraphs.
2. Cues. A speech, thought or writing verb (speech_verbs.toml), the postposed
   "so X", a preposition such as "laut X" / "according to X", a postposition such
   as "X zufolge", "wie X mitteilte" / "as X said", or an impersonal "heißt es".
   German also: adverbs that refer back to a source ("Demnach", "wonach"), stances
   with "sein" ("ist der Ansicht"), "sprach von …", "geht aus … hervor". A cue of
   several parts is one span where only small words stand between them ("wies
   darauf hin", "hat sich geäußert"), else the verb alone. A verb of saying that
   gave no attribution of its own (its subject not found) is still the cue of the
   quotation or clause it introduces.
3. Speakers. The subject of the cue verb: the noun phrase before it, or after
   it where the verb comes first (", sagte Peskow", "said the minister", German
   inversion after a fronted phrase). Participle cues find their subject around
   the auxiliary ("hat Kremlsprecher Dmitri Peskow angekündigt"). A German
   speaker keeps the marks, parenthesis and apposition of its name ("der Sprecher
   des Amts, Jan Weber", "Merkel (CDU)"), not a phrase of time or circumstance
   ("am Dienstag", "in einer Rede"); a person named alone before a colon and a
   quotation speaks it ("BKA-Präsident Weber: „…“").
4. Content. The clause the cue governs: after dass/that/ob/whether, after a comma
   or colon, or, for a cue that closes the sentence (", so Peskow."), what stands
   before it; a German closing cue opens its own clause (", sagte X", ", hatte X
   gesagt"), and an adverbial clause before it ("Obwohl …, bestritt er") is none
   of the words. Verbs of saying and thinking need such a clause; narrated speech
   acts ("warnt vor …", "dämpft die Hoffnungen") do not, except acts of judging
   and assenting, which are events without one ("kritisierte die Pläne").
5. Continuation. A German sentence that goes on in Konjunktiv I right after
   reported speech, with no cue of its own, keeps the speaker; Konjunktiv I alone
   makes a German sentence reported speech, with the speaker named last nearby.
6. Reference. A surname or pronoun resolves to the last compatible full name
   before it ("Peskow" -> "Dmitri Peskow", "Sie" -> "Tatjana Stanowaja").
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple

from ._model import Attribution, AttributionKind, Sentence, Span, Speaker
from ._needles import may_match, needles
from ._rules import Rules

# numbers keep their decimal comma and thousands point ("7,4", "8.100"). The
# quantifiers are possessive: nothing follows them in their branch, so giving back a
# character could never make a match, and a failed number ("12 Tage") fails at once
# a web address is one word, a name of its own ("laut spiegel.de", "Wie t-online.de
# berichtet"): a word, dots, and a top-level domain of lower-case letters. Its part
# after the word opens with the dot, so that after most words one test ends it
_TOKEN = re.compile(
    r"\d++(?:[.,]\d++)++|\w++(?:[-'’]\w++)*+(?:\.(?:\w++(?:-\w++)*+\.)*?[a-z]{2,6}(?![\w-]|\.\w))?|[^\w\s]"
)
_WEB_ADDRESS = re.compile(r"[^\W\d_][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}")
_WORD = re.compile(r"\w+")
# one to four capitalised words right before a position: "Kremlsprecher Dmitri "
_NAME_BEFORE = re.compile(r"((?:[A-ZÄÖÜ][\w'’.-]*[ \t]+){1,4})\Z")
_INITIALS = re.compile(r"(?:[A-ZÄÖÜ]\.)+")  # "J.", "G.K.", "U.S."
_WORD_OR_PUNCT = _TOKEN
# what makes a text split into other words in lower case (`_sentence_tokens`) besides
# "İ", which lowers to two characters: the Kelvin sign lowers to a Latin "k", "Σ" by its
# context, and two to six letters with a capital after a dot ("Merkel.Sie") would in
# lower case end a web address. The pattern opens with its dot, which is found fast.
_LOWER_CASE_SPLITS_APART = re.compile(r"\.(?=[a-zA-Z]{2,6}(?![a-zA-Z]))[a-z]*[A-Z]")
_LOWER_CASE_BY_CONTEXT = ("\u212a", "\u03a3")
# a character that a word before it may take in, or whose presence changes the end
# of a web address: a word ends at such a character otherwise than at the end of text
_TOKEN_GOES_ON = re.compile(r"[\w.'’-]")
_QUOTE_TOKEN = "\x00QUOTE"
_CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", _QUOTE_TOKEN})
_END_PUNCT = frozenset({".", "!", "?", "…"})
_BREAK_PUNCT = _CLAUSE_PUNCT | _END_PUNCT  # the marks that end a clause or a sentence
_DASHES = frozenset({"―", "—", "–", "-"})
_INFINITIVE_MARKERS = frozenset({"zu", "to"})
# the kinds of pronouns, in the order in which they are told apart
_PRONOUN_KINDS = ("female", "male", "plural", "neutral")
_AND = frozenset({"und", "and", "&"})
# articles that open a German apposition in the nominative: "Celebi, die Anwältin der Frau,"
_APPOSITION_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
# the articles of a genitive: "der Feuerwehr", "des Roten Kreuzes", "einer Zeitung"
_GENITIVE_ARTICLES = frozenset({"der", "des", "einer", "eines"})
# the articles of a dative phrase after "von": "von der Polizei", "von dem Verband"
_DEFINITE_DATIVES = frozenset({"der", "dem", "den"})
_PARTITIVE_PRONOUNS = frozenset({"einer", "eine", "eines", "einem", "einen"})
# the infinitive that ends a clause of hearsay: "soll … gesagt haben", "… gestiegen sein"
_HEARSAY_ENDS = frozenset({"haben", "sein", "worden"})
_PERFECT_INFINITIVE_AUXILIARIES = frozenset({"haben", "sein", "werden", "worden"})
_NUMBER_WORDS = frozenset(
    {
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "mehrere",
        "einige",
        "viele",
        "alle",
        "beide",
    }
)
# a zu-infinitive written as one word: "einzureichen", "aufzugeben", "anzukündigen"
_ZU_INFINITIVE = re.compile(r"[a-zäöü]{2,8}zu[a-zäöüß]{2,}en$")
# words too common to start the search for a multi-word cue ("sich äußern", "davon ausgehen")
_COMMON_FORM_WORDS = frozenset(
    {
        "sich",
        "es",
        "davon",
        "dazu",
        "darauf",
        "damit",
        "daran",
        "darüber",
        "dafür",
        "dagegen",
        "it",
        "itself",
        "himself",
        "herself",
        "up",
        "out",
    }
)
# endings of German participles inflected as adjectives
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_ATTRIBUTIVE_ENDINGS = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")
_OPENING_MARKS = frozenset('„“"»«‚‘')
_CLOSING_MARKS = frozenset('“”"«»‘’')
_CLOSING_BRACKETS = frozenset({")", "]", _QUOTE_TOKEN, "“", "”", '"', "«", "»"})

_MAX_QUOTE_CHARS = 6000
# how far back a surname or pronoun is resolved (characters / people)
_REFERENCE_WINDOW = 20_000
_MAX_PEOPLE = 200

# Opening mark -> closing marks, by language. Straight and single marks need a
# look at their neighbours (apostrophes, inch signs) and are handled apart.
_PAIRS = {
    "de": {"„": '“”"', "»": "«", "«": "»", "‚": "‘’", "“": '”"', '"': '"', "›": "‹"},
    # a right mark that opens ('”Fortunately, …”'): a slip common in reader comments
    "en": {"“": '”"', '"': '"', "«": "»", "»": "«", "‘": "’", "„": "“”", "”": "”"},
}


class _Tok(NamedTuple):
    text: str
    lower: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        """A capital letter opens the word or its last part ("Peskow", "39-Jährige"), or
        it is a web address, which names its site in lower case ("t-online.de")."""
        text = self.text
        first = text[:1]
        return (
            first.isupper()
            or (first.isdigit() and "-" in text and text.rsplit("-", 1)[1][:1].isupper())
            or (first.isalpha() and "." in text and _WEB_ADDRESS.fullmatch(text) is not None)
        )


@dataclass(slots=True)
class Quote:
    """A stretch of text in quotation marks (the marks included)."""

    start: int
    end: int
    words: int
    speech: bool = True
    # a title, a name or a term ("der „Sacharow-Preis“", das sogenannte „…“)
    title: bool = False
    # ends like a sentence: "… ernst.“", "… ernst,“ sagte sie"
    sentence_like: bool = False
    speaker: Speaker | None = None
    cue: Span | None = None
    explanation: str = ""
    vague: bool = False
    resolved_by_frame: bool = False
    carried: bool = False
    revised: bool = False


@dataclass(frozen=True, slots=True)
class _CueForm:
    lemma: str
    category: str
    rest: tuple[str, ...]  # particle or further words that must follow in the clause
    # words that must come before it in the clause: "die Vermutung äußerte" is
    # found at "äußerte", so that common words like "die" never start a search
    before: tuple[str, ...] = ()


@dataclass(slots=True)
class _Found:
    kind: AttributionKind
    speaker: Speaker | None
    cue: Span | None
    content: tuple[int, int] | None
    explanation: str
    vague: bool = False
    # a cue before its clause opens a passage of reported speech that the next
    # sentences may continue; a cue after it ("…, so Peskow.") closes the passage
    opens: bool = False
    # "PENCE: Well, …": a speaker's turn in a transcript, which runs to the end of
    # its paragraph
    turn: bool = False
    # a narrated speech act ("Die Ministerin forderte den Rücktritt …"): the whole
    # statement reports the act, and its verb is no frame around reported words
    narrated: bool = False
    # a verb joined to the one before shares its subject, which was not found: the
    # speaker is unnamed, but the cue still frames quoted words in its clause
    shares_subject: bool = False
    # a thought or speech act that is itself reported (German Konjunktiv I: "Die
    # Behörde gehe davon aus, dass …"): the sentence gives the words of a source named
    # before, and its verb is no cue of them (a verb of saying or writing in Konjunktiv
    # I, "Dieser behaupte, …", "habe geschrieben, …", frames a report of its own)
    reported: bool = False

    @property
    def given_cue(self) -> Span | None:
        """The cue the attribution shows: none for a reported thought or speech act,
        whose verb still covers its clause for the rules that look for free cues."""
        return None if self.reported else self.cue


@dataclass(frozen=True, slots=True)
class _Endings:
    """Word endings to test words against, by their last two letters: a word can end
    only in those that end in its own last two, and `str.endswith` with a tuple
    tries every ending in turn."""

    by_tail: dict[str, tuple[str, ...]]
    short: tuple[str, ...]  # endings of fewer than two letters

    @classmethod
    def of(cls, endings: Sequence[str]) -> _Endings:
        by_tail: dict[str, list[str]] = {}
        for ending in endings:
            if len(ending) >= 2:
                by_tail.setdefault(ending[-2:], []).append(ending)
        return cls(
            {tail: tuple(group) for tail, group in by_tail.items()},
            tuple(e for e in endings if len(e) < 2),
        )

    def end(self, word: str) -> bool:
        """Does `word` end in one of the endings?"""
        return word.endswith(self.by_tail.get(word[-2:], ())) or word.endswith(self.short)


@dataclass(slots=True)
class _Engine:
    rules: Rules
    language: str
    forms: dict[str, list[_CueForm]] = field(default_factory=dict)
    participles: frozenset[str] = frozenset()
    # the lemmas with a form apart from its particle or noun ("teilte … mit")
    separable_lemmas: frozenset[str] = frozenset()
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    preposed: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    impersonal: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    source_adverbs: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # words one of which a sentence must contain to have any attribution at all
    triggers: frozenset[str] = frozenset()
    needs: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    # trigger words that call for the full analysis on their own ("laut", "zufolge")
    direct_triggers: frozenset[str] = frozenset()
    # direct triggers that stand for phrases alone ("geworden" of "bekannt geworden
    # ist"), with the words of each phrase: a sentence must hold all of one
    phrase_needs: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    # direct triggers that are postposed cues alone ("so"): after a comma or dash only
    postposed_only: frozenset[str] = frozenset()
    # the rules of `_find_attributions` that start to look at a word, by the word:
    # one scan of a sentence gives each rule the few places to try
    rules_of_word: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rule_words: frozenset[str] = frozenset()  # the keys of rules_of_word
    pronouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # the genders and numbers a determiner or a relative pronoun can mark
    determiner_genders: dict[str, frozenset[str]] = field(default_factory=dict)
    relative_genders: dict[str, frozenset[str]] = field(default_factory=dict)
    # each pronoun's kind: the first of female, male, plural, neutral that lists it
    pronoun_kinds: dict[str, str] = field(default_factory=dict)
    # the words that look like a verb or a preposition (`_is_verbish`)
    verbish: frozenset[str] = frozenset()
    # the cue verbs, auxiliaries, Konjunktiv forms and complementizers in one set: the
    # words that tell a clause of its own (`_verbless_tail`), by one lookup for each word
    clause_words: frozenset[str] = frozenset()
    # lemma -> endings of the nouns that, as its object, make it an event, not a speech act
    event_objects: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # by cue word, the endings of event_objects of all its forms' lemmas
    event_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # by lemma, the prepositions that open the object of speech ("warnte vor")
    governed_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)
    role_words: tuple[str, ...] = ()
    role_set: frozenset[str] = frozenset()
    role_endings: _Endings = _Endings({}, ())
    source_nouns: _Endings = _Endings({}, ())
    adverb_suffixes: tuple[str, ...] = ()
    female_endings: tuple[str, ...] = ()
    # endings of the nouns of institutions that speak ("Nachrichtenagentur", "Ministerium")
    institution_endings: tuple[str, ...] = ()
    # referring_source_adverbs as written in a text: lower case and capitalised
    source_adverb_forms: tuple[str, ...] = ()
    # the last words of idiomatic_cue_phrases ("gesagt" of "genauer gesagt")
    idiom_ends: frozenset[str] = frozenset()
    # words_phrases as word sequences, by their last word ("worten" of "mit den worten")
    words_phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # endings of adverbial participles and sentence adverbs, and of nouns ending alike
    adverbial_endings: tuple[str, ...] = ()
    adverbial_exceptions: tuple[str, ...] = ()
    # how many small words may stand between the parts of a cue for them to be shown
    # as one span; 0 shows the verb and a particle right after it only
    join_gap_words: int = 0
    # at most this many words before a colon may name the speaker ("Sanders: …")
    colon_speaker_words: int = 4
    # at most this many words before a colon and a quotation may name its speaker
    colon_quote_speaker_words: int = 0
    # does Konjunktiv I alone make a sentence reported speech?
    standalone_subjunctive: bool = False
    narrated_act_cue: bool = True
    # do Konjunktiv II and 'sollen' continue any reported sentence, not only one
    # whose cue opened it?
    mood_continues_any_report: bool = False
    vague_pattern: re.Pattern[str] | None = None
    # strings one of which a sentence must hold for vague_pattern to match, folded:
    # to be looked for in its lower case (see _needles); None: no such test
    vague_needles: tuple[str, ...] | None = None
    vague_folded: bool = False
    min_quote_words: int = 4
    # the forms of the moods of reported speech (Konjunktiv I and II), and those with
    # the finite auxiliaries
    moods: frozenset[str] = frozenset()
    # the auxiliaries of tense and of the passive
    all_auxiliaries: frozenset[str] = frozenset()
    finite_forms: frozenset[str] = frozenset()
    title_marker_endings: tuple[str, ...] = ()

    def has(self, key: str, token: str) -> bool:
        return token in self.words[key]


_WORD_KEYS = (
    "complementizers",
    "clause_nouns",
    "auxiliaries",
    "subjunctive_forms",
    "conditional_forms",
    "prepositions",
    "postposed_cues",
    "postposed_prepositions",
    "as_cues",
    "vague_sources",
    "name_particles",
    "not_names",
    "title_quote_markers",
    "determiners",
    "skippable",
    "clause_breakers",
    "reportive_modals",
    "passive_auxiliaries",
    "agent_prepositions",
    "negations",
    "bare_clause_verbs",
    "honorifics",
    "source_prepositions",
    "relative_pronouns",
    "demonstratives",
    "reflexives",
    "event_speech_acts",
    "predicative_markers",
    "comparatives",
    "not_predicative_after",
    "dating_prepositions",
    "not_subjunctive_phrases",
    "report_of_verbs",
    "report_of_prepositions",
    "quoted_passives",
    "source_locatives",
    "clausal_impersonal_cues",
    "object_statement_verbs",
    "object_determiners",
    "first_person",
    "aus_source_verbs",
    "cue_modifiers",
    "subordinators",
    "adverb_subordinators",
    "naming_verbs",
    "impersonal_subjects",
    "noun_markers",
    "possessives",
    "infinitive_verbs",
    "object_pronouns",
    "not_adverbs",
    "time_prepositions",
    "time_nouns",
    "colon_adverbs",
    "not_source_nouns",
    "not_cue_words",
    "infinitive_conjunctions",
    "factive_verbs",
    "open_question_verbs",
    "nominative_relatives",
    "addressee_words",
    "reflexive_fact_verbs",
    "polite_addressee_words",
    "statement_complementizers",
    "nominative_pronouns",
    "impersonal_source_prepositions",
    "genitive_determiners",
    "surname_particles",
    "referring_source_adverbs",
    "idiomatic_cue_phrases",
    "genitive_quantifiers",
    "time_before_nach",
    "time_after_prepositions",
    "demonstrative_pronouns",
    "sein_perfect_verbs",
    "sein_forms",
    "words_phrases",
    "direction_adverbs",
    "correlates",
    "colon_manner_adverbs",
)


@cache
def _engine(rules: Rules) -> _Engine:
    engine = _Engine(rules=rules, language=rules.language)
    participles: set[str] = set()
    for key in _WORD_KEYS:
        engine.words[key] = frozenset(w.lower() for w in rules.words("attribution", key))
    common = (
        engine.words["determiners"]
        | engine.words["prepositions"]
        | engine.words["complementizers"]
        | engine.words["auxiliaries"]
        | _INFINITIVE_MARKERS
        | _COMMON_FORM_WORDS
    )
    for category in ("speech", "thought", "writing", "speech_act"):
        for lemma, forms in rules.mapping("speech_verbs", category).items():
            for form in forms:
                parts = form.lower().split()
                anchor = 0
                if len(parts) > 1 and parts[0] in common:
                    anchor = max(
                        range(len(parts)), key=lambda k: (parts[k] not in common, len(parts[k]))
                    )
                engine.forms.setdefault(parts[anchor], []).append(
                    _CueForm(lemma, category, tuple(parts[anchor + 1 :]), tuple(parts[:anchor]))
                )
                # forms that can follow an auxiliary ("hat … gesagt", "has said")
                if rules.language != "de" or parts[anchor].endswith(("t", "en")):
                    participles.add(parts[anchor])
    engine.participles = frozenset(participles)
    engine.separable_lemmas = frozenset(
        f.lemma for forms in engine.forms.values() for f in forms if f.rest
    )
    engine.preposed = _by_first_word(rules.words("attribution", "preposed_prepositions"))
    engine.impersonal = _by_first_word(rules.words("attribution", "impersonal_cues"))
    adverbs = rules.words("attribution", "source_adverbs")
    engine.source_adverbs = _by_first_word(adverbs)
    # A phrase triggers on its longest word, the rarest ("nach Angaben" on "angaben");
    # the postposition "nach" ("dem Bericht nach") is too common to look at always.
    phrases = [
        *rules.words("attribution", "preposed_prepositions"),
        *rules.words("attribution", "impersonal_cues"),
    ]
    engine.direct_triggers = frozenset(
        {max(p.lower().split(), key=len) for p in phrases}
        | engine.words["postposed_cues"]
        | {max(p.lower().split(), key=len) for p in adverbs}
        | (engine.words["postposed_prepositions"] - {"nach"})
        | engine.words["clause_nouns"]
    )
    single = (
        engine.words["postposed_cues"]
        | (engine.words["postposed_prepositions"] - {"nach"})
        | engine.words["clause_nouns"]
    )
    phrase_needs: dict[str, list[frozenset[str]]] = {}
    for phrase in [*phrases, *adverbs]:
        parts = phrase.lower().split()
        phrase_needs.setdefault(max(parts, key=len), []).append(frozenset(parts))
    engine.phrase_needs = {
        word: needed
        for word, needed in phrase_needs.items()
        if word not in single and all(len(n) > 1 for n in needed)
    }
    engine.postposed_only = engine.words["postposed_cues"] - (
        (engine.words["postposed_prepositions"] - {"nach"})
        | engine.words["clause_nouns"]
        | frozenset(phrase_needs)
    )
    engine.triggers = (
        frozenset(engine.forms)
        | {max(p.lower().split(), key=len) for p in phrases}
        | engine.words["postposed_cues"]
        | engine.words["source_prepositions"]
        | {max(p.lower().split(), key=len) for p in adverbs}
        | (engine.words["postposed_prepositions"] - {"nach"})
        | engine.words["clause_nouns"]
    )
    # what else a sentence must hold for a trigger word to matter: all the words of
    # one of its multi-word forms ("kam … zu dem Schluss"), or a noun of reporting
    # after a source preposition
    needs: dict[str, list[frozenset[str]]] = {}
    for word, cue_forms in engine.forms.items():
        if all(f.rest or f.before for f in cue_forms):
            needs[word] = [frozenset((*f.before, *f.rest)) for f in cue_forms]
    engine.needs = needs
    rule_starts: dict[str, AbstractSet[str]] = {
        "preposed": engine.preposed.keys(),
        "source_prepositions": engine.words["source_prepositions"],
        "postposed_prepositions": engine.words["postposed_prepositions"],
        "postposed_cues": engine.words["postposed_cues"],
        "forms": engine.forms.keys(),
        "source_adverbs": engine.source_adverbs.keys(),
        "impersonal": engine.impersonal.keys(),
        "clause_nouns": engine.words["clause_nouns"],
    }
    rules_of_word: dict[str, list[str]] = {}
    for rule, starts in rule_starts.items():
        for word in starts:
            rules_of_word.setdefault(word, []).append(rule)
    engine.rules_of_word = {word: tuple(rules) for word, rules in rules_of_word.items()}
    engine.rule_words = frozenset(engine.rules_of_word)
    engine.pronouns = {k: frozenset(v) for k, v in rules.mapping("attribution", "pronouns").items()}
    for kind in reversed(_PRONOUN_KINDS):
        engine.pronoun_kinds.update(dict.fromkeys(engine.pronouns.get(kind, ()), kind))
    engine.determiner_genders = _by_word(rules.mapping("attribution", "determiner_genders"))
    engine.relative_genders = _by_word(rules.mapping("attribution", "relative_genders"))
    engine.verbish = (
        frozenset(engine.forms)
        | engine.words["auxiliaries"]
        | engine.words["subjunctive_forms"]
        | engine.words["prepositions"]
    )
    engine.clause_words = (
        frozenset(engine.forms)
        | engine.words["auxiliaries"]
        | engine.words["subjunctive_forms"]
        | engine.words["complementizers"]
    )
    engine.event_objects = {
        lemma: tuple(w.lower() for w in nouns)
        for lemma, nouns in rules.mapping("attribution", "event_objects").items()
    }
    for word, cue_forms in engine.forms.items():
        endings = tuple(e for f in cue_forms for e in engine.event_objects.get(f.lemma, ()))
        if endings:
            engine.event_endings[word] = endings
    engine.governed_prepositions = {
        lemma: frozenset(w.lower() for w in words)
        for lemma, words in rules.mapping("attribution", "governed_prepositions").items()
    }
    engine.role_words = tuple(r.lower() for r in rules.words("attribution", "roles"))
    engine.role_set = frozenset(engine.role_words)
    engine.role_endings = _Endings.of([r for r in engine.role_words if len(r) > 3])
    engine.source_nouns = _Endings.of(
        [w.lower() for w in rules.words("attribution", "source_nouns")]
    )
    engine.adverb_suffixes = tuple(rules.words("attribution", "adverb_suffixes"))
    engine.female_endings = tuple(
        e.lower() for e in rules.words("attribution", "female_role_endings")
    )
    engine.source_adverb_forms = tuple(
        form
        for word in engine.words["referring_source_adverbs"]
        for form in (word, word.capitalize())
    )
    engine.idiom_ends = frozenset(p.split()[-1] for p in engine.words["idiomatic_cue_phrases"])
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for phrase in rules.words("attribution", "words_phrases"):
        words = tuple(phrase.lower().split())
        by_last.setdefault(words[-1], []).append(words)
    engine.words_phrases = {last: tuple(ws) for last, ws in by_last.items()}
    engine.institution_endings = tuple(
        e.lower() for e in rules.words("attribution", "institution_endings")
    )
    engine.adverbial_endings = tuple(
        e.lower() for e in rules.words("attribution", "adverbial_endings")
    )
    engine.adverbial_exceptions = tuple(
        e.lower() for e in rules.words("attribution", "adverbial_ending_nouns")
    )
    vague = rules.patterns("attribution", "vague_source_patterns")
    engine.vague_pattern = (
        re.compile("|".join(f"(?:{p.pattern})" for p in vague)) if vague else None
    )
    if engine.vague_pattern is not None:
        engine.vague_needles = needles(engine.vague_pattern.pattern)
        if engine.vague_needles is None:
            engine.vague_needles = needles(engine.vague_pattern.pattern, folded=True)
            engine.vague_folded = engine.vague_needles is not None
    engine.min_quote_words = int(rules.number("attribution", "min_quote_words", 4))
    engine.moods = engine.words["subjunctive_forms"] | engine.words["conditional_forms"]
    engine.all_auxiliaries = engine.words["auxiliaries"] | engine.words["passive_auxiliaries"]
    engine.finite_forms = engine.moods | engine.words["auxiliaries"]
    engine.title_marker_endings = tuple(
        w.lower() for w in rules.words("attribution", "title_marker_endings")
    )
    engine.join_gap_words = int(rules.number("attribution", "cue_join_gap_words", 0))
    engine.colon_speaker_words = int(rules.number("attribution", "colon_speaker_words", 4))
    engine.colon_quote_speaker_words = int(
        rules.number("attribution", "colon_quote_speaker_words", 0)
    )
    engine.standalone_subjunctive = bool(rules.number("attribution", "standalone_subjunctive", 0))
    engine.narrated_act_cue = bool(rules.number("attribution", "narrated_act_cue", 1))
    engine.mood_continues_any_report = bool(
        rules.number("attribution", "mood_continues_any_report", 0)
    )
    return engine


def _by_first_word(phrases: Sequence[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases indexed by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        index.setdefault(words[0], []).append(words)
    return {w: tuple(sorted(p, key=len, reverse=True)) for w, p in index.items()}


# ---------------------------------------------------------------- quotations


def find_quotes(text: str, start: int, end: int, language: str) -> list[Quote]:
    """Top-level quotations in text[start:end], including multi-paragraph ones."""
    pairs = _PAIRS.get(language, _PAIRS["en"])
    openers = _opener_pattern(language)
    quotes: list[Quote] = []
    i = start
    while True:
        m = openers.search(text, i, end)
        if m is None:
            return quotes
        i = m.start()
        ch = text[i]
        if ch == "'":
            # two apostrophes as quotation marks (''…''), as some newswires write them
            double_close = _find_double_close(text, i, end)
            if double_close is not None:
                inner = text[i + 2 : double_close]
                quotes.append(Quote(i, double_close + 2, len(_WORD.findall(inner))))
                i = double_close + 2
            else:
                i += 1
            continue
        close = _find_close(text, i, end, ch, pairs[ch]) if _can_open(text, i) else None
        if close is None:
            i += 1
            continue
        inner = text[i + 1 : close]
        quotes.append(Quote(i, close + 1, len(_WORD.findall(inner))))
        i = close + 1


@cache
def _opener_pattern(language: str) -> re.Pattern[str]:
    """The opening marks, and the apostrophe of two that open a quotation (''…'').
    One class of characters is searched far faster than a class or a pair; a single
    apostrophe is then passed over by `_find_double_close`."""
    marks = "".join(_PAIRS.get(language, _PAIRS["en"]))
    return re.compile("[" + re.escape(marks + "'") + "]")


def _find_double_close(text: str, i: int, end: int) -> int | None:
    if (
        text[i : i + 2] != "''"
        or i + 2 >= len(text)
        or text[i + 2].isspace()
        or (i > 0 and text[i - 1].isalnum())
    ):
        return None
    paragraph_end = text.find("\n", i, end)
    limit = min(end if paragraph_end < 0 else paragraph_end, i + _MAX_QUOTE_CHARS)
    close = text.find("''", i + 2, limit)
    return close if close > i + 2 else None


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    ch = text[i]
    if ch in "\"'‘":
        return before.isspace() or before in "([{–—-/:„»«" or i == 0
    return not before.isalnum()


def _find_close(text: str, i: int, end: int, opener: str, closers: str) -> int | None:
    j = i + 1
    limit = min(end, i + _MAX_QUOTE_CHARS)
    stops = _stop_pattern(closers)
    while j < limit:
        m = stops.search(text, j, limit)
        if m is None:
            return None
        j = m.start()
        ch = text[j]
        if ch == "\n":
            # A quotation goes on into the next paragraph only when that paragraph
            # opens with the same mark (the typographic convention for long quotes).
            k = j
            while k < limit and text[k].isspace():
                k += 1
            if k < limit and text[k] == opener:
                j = k + 1
                continue
            return None
        if ch in closers and j > i + 1:
            if ch in "’'\"" and ch == "’":
                nxt = text[j + 1] if j + 1 < len(text) else " "
                if nxt.isalpha():  # an apostrophe: don’t, Peskow’s
                    j += 1
                    continue
            if ch == '"' and opener == '"':
                prev = text[j - 1]
                if prev.isspace():
                    j += 1
                    continue
            return j
        j += 1
    return None


@cache
def _stop_pattern(closers: str) -> re.Pattern[str]:
    return re.compile("[\n" + re.escape(closers) + "]")


def _classify_quote(text: str, quote: Quote, engine: _Engine) -> None:
    inner = text[quote.start + 1 : quote.end - 1].strip()
    if text.startswith("''", quote.start):
        inner = inner[1:-1].strip()  # ''…'': two apostrophes on each side
    before = text[max(0, quote.start - 40) : quote.start].lower().split()
    whole_sentence = inner[-1:] in ".!?…" or (inner[-1:] in ",;" and quote.words >= 2)
    marker = (
        bool(before)
        and (
            before[-1].strip(",:") in engine.words["title_quote_markers"]
            or " ".join(before[-2:]) in engine.words["title_quote_markers"]
            # a compound of the kind: die Tageszeitung „…“, die Nachrichtenagentur „…“
            or before[-1].endswith(engine.title_marker_endings)
        )
        # "sagte der Chef der Firma: „Wir bleiben.“": a whole sentence after a colon is
        # someone's words, whatever noun ends the phrase before it
        and not (before[-1].endswith(":") and whole_sentence)
    )
    quote.sentence_like = whole_sentence
    if marker:
        quote.speech = False
        quote.title = True
    elif quote.words >= engine.min_quote_words:
        quote.speech = True
    else:
        quote.speech = whole_sentence


# ---------------------------------------------------------------- tokens, phrases


def _tokens(text: str, start: int, end: int, masks: Sequence[tuple[int, int]]) -> list[_Tok]:
    """Tokens of text[start:end]; each masked span becomes one quotation token."""
    toks: list[_Tok] = []
    pos = start
    for m_start, m_end in masks:
        if m_end <= start or m_start >= end:
            continue
        toks.extend(_plain_tokens(text, pos, max(pos, m_start)))
        toks.append(_Tok(_QUOTE_TOKEN, _QUOTE_TOKEN, max(m_start, start), min(m_end, end)))
        pos = min(m_end, end)
    toks.extend(_plain_tokens(text, pos, end))
    return toks


def _sentence_tokens(
    text: str,
    sentence: Sentence,
    lowered: str,
    lows: list[str],
    masks: Sequence[tuple[int, int]],
) -> list[_Tok]:
    """`_tokens` of the sentence, built from the words `lows` that `_TOKEN` found in
    its lower case `lowered`: where the lower case splits into the same words at the
    same places, each word only needs its place, and `str.find` gives it with no
    second scan of the sentence by the pattern and no lower() of each word."""
    start, end = sentence.start, sentence.end
    spans = [(m_start, m_end) for m_start, m_end in masks if m_end > start and m_start < end]
    if (
        len(lowered) != end - start
        or len(sentence.text) != end - start
        or not text.startswith(sentence.text, start)
        or any(char in sentence.text for char in _LOWER_CASE_BY_CONTEXT)
        or _LOWER_CASE_SPLITS_APART.search(text, start, end)
        # the words before a quotation end at its mark, as if the text ended there
        or any(m_start > start and _TOKEN_GOES_ON.match(text, m_start) for m_start, _ in spans)
        or any(a[1] > b[0] for a, b in itertools.pairwise(spans))
    ):
        return _tokens(text, start, end, masks)
    new = tuple.__new__
    find = lowered.find
    toks: list[_Tok] = []
    pos = 0  # where the next word is looked for in `lowered`
    k = 0  # the next quotation
    m_start, m_end = spans[0] if spans else (end, end)
    quoted = False  # its token is given
    for low in lows:
        at = find(low, pos)
        pos = at + len(low)
        w_start, w_end = start + at, start + pos
        while w_end > m_start:  # the word reaches the quotation
            if w_start < m_start or (w_start < m_end < w_end):
                # the word runs across a mark (a closing quote before "’s"): the
                # pattern splits it at the mark, so the text is tokenised in parts
                return _tokens(text, start, end, masks)
            if not quoted:
                toks.append(_Tok(_QUOTE_TOKEN, _QUOTE_TOKEN, max(m_start, start), min(m_end, end)))
                quoted = True
            if w_start < m_end:
                break  # a word of the quotation
            k += 1
            m_start, m_end = spans[k] if k < len(spans) else (end, end)
            quoted = False
        else:
            toks.append(new(_Tok, (text[w_start:w_end], low, w_start, w_end)))
    if k < len(spans):
        if not quoted:
            toks.append(_Tok(_QUOTE_TOKEN, _QUOTE_TOKEN, max(m_start, start), min(m_end, end)))
        toks.extend(
            _Tok(_QUOTE_TOKEN, _QUOTE_TOKEN, max(a, start), min(b, end)) for a, b in spans[k + 1 :]
        )
    return toks


def _token_words(text: str) -> list[str]:
    """`_TOKEN.findall(text)`, with the pattern only where it is needed: no token runs
    across whitespace, and a run of letters between spaces, most of them, is one."""
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalpha():
            words.append(chunk)
        elif chunk[:-1].isalpha() and not (chunk[-1].isalnum() or chunk[-1] == "_"):
            # letters and one mark ("sagte,", "Ende."): the mark is a token of its own,
            # as nothing joins a word or a web address to a mark at the end of text
            words.append(chunk[:-1])
            words.append(chunk[-1])
        else:
            words.extend(_TOKEN.findall(chunk))
    return words


def _plain_tokens(text: str, start: int, end: int) -> list[_Tok]:
    # tuple.__new__ builds the _Tok without the Python-level __new__ of a NamedTuple
    new = tuple.__new__
    return [
        new(_Tok, (word, word.lower(), m.start(), m.end()))
        for m in _TOKEN.finditer(text, start, end)
        for word in (m.group(),)
    ]


def _is_role(engine: _Engine, tok: _Tok) -> bool:
    low = tok.lower
    if engine.language == "de":
        # German compounds end in their role: "Kremlsprecher", "Bundesinnenministerin"
        return engine.role_endings.end(low) or low in engine.role_set
    # English plurals name a group of sources: "inspectors", "lawyers", "spokesmen"
    return (
        low in engine.role_set
        or low + "." in engine.role_set
        or (len(low) > 4 and low.endswith("s") and low[:-1] in engine.role_set)
        or (low.endswith("men") and low[:-3] + "man" in engine.role_set)
    )


def _np_token_ok(engine: _Engine, tok: _Tok, first: bool) -> bool:
    """Can this token stand inside a speaker's noun phrase?"""
    low = tok.lower
    if tok.text == _QUOTE_TOKEN or low in engine.words["clause_breakers"]:
        return False
    if tok.text in {"-", ".", "'", "’"}:
        return not first
    if engine.language == "de" and tok.text in _OPENING_MARKS:
        return True  # a quoted name inside the phrase: "Das „Hurricane Centre“ der USA"
    if engine.language == "de" and "-" in tok.text and tok.text.rsplit("-", 1)[-1][:1].isupper():
        return True  # "der Sender al-Dschasira", "der ai-Bericht"
    if tok.capitalised or tok.text[:1].isdigit():
        return True
    if low in engine.words["determiners"] or low in engine.words["name_particles"]:
        return True
    if engine.language == "de":
        # lower-case words inside German noun phrases are adjectives and participles
        return (
            len(low) > 2
            and low.endswith(("e", "en", "er", "es", "em"))
            and not _is_verbish(engine, low)
        )
    return low.replace("'", "").replace("’", "").replace("-", "").isalpha() and not _is_verbish(
        engine, low
    )


def _modifier_ok(engine: _Engine, toks: list[_Tok], i: int) -> bool:
    """Inside a noun phrase after its head: a prepositional modifier ("Experten vor Ort",
    "a spokesman for the ministry") or a parenthesis ("Merkel (CDU)")."""
    if i == 0:
        return False
    tok = toks[i]
    if tok.text in {"(", ")"}:
        return True
    if (
        tok.text == ","
        and i + 1 < len(toks)
        and (toks[i + 1].capitalised or toks[i + 1].lower in engine.words["determiners"])
    ):
        return True  # an apposition: "die Mitarbeiterin seines Büros, Arminda Thomas"
    if any(t.text == "(" for t in toks[:i]) and not any(t.text == ")" for t in toks[:i]):
        return tok.text != _QUOTE_TOKEN  # anything inside a parenthesis
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or tok.lower in engine.words["clause_breakers"] and tok.lower not in _AND:
        return False  # "after the company", "weil …" open a clause, not a modifier
    if tok.lower in _AND:
        # "Ministerium für Umwelt und Küste": 'und' between two nouns or names; in
        # German also between two phrases with their articles, a coordinated subject
        # ("Die Gewerkschaft und der Arbeitgeberverband forderten"), and after the hyphen
        # of a shortened compound ("der Such- und Rettungsagentur")
        return (
            toks[i - 1].capitalised
            or (
                engine.language == "de"
                and toks[i - 1].text == "-"
                and i > 1
                and toks[i - 2].capitalised
            )
        ) and (nxt.capitalised or (engine.language == "de" and nxt.lower in _APPOSITION_ARTICLES))
    if tok.lower in engine.words["prepositions"]:
        # "experts on North Korea", "those close to him", "eight of 10 voters"
        return (
            nxt.capitalised
            or nxt.lower in engine.words["determiners"]
            or nxt.lower in engine.words["object_pronouns"]
            or (engine.language == "en" and nxt.text[:1].isdigit())
        )
    return False


def _adjective_before_noun(engine: _Engine, toks: list[_Tok], k: int) -> int:
    """ "im indischen Dharamshala", "aus ostdeutschen Ländern": the declined adjectives
    after a German preposition at toks[k - 1] and before the noun they go with. Returns
    where the noun stands, or k where there are none."""
    m = k
    while m < len(toks) and m - k < 3 and not toks[m].capitalised:
        tok = toks[m]
        if (
            not tok.text.isalpha()
            or tok.lower in engine.words["determiners"]
            or not _np_token_ok(engine, tok, False)
        ):
            return k
        m += 1
    if m < len(toks) and toks[m].capitalised and toks[m].text.isalpha():
        return m
    return k


def _prefield_subject(engine: _Engine, toks: list[_Tok]) -> bool:
    """A German subject before its verb with a modifier of place or origin whose noun
    has an adjective and no article: "Das Exilparlament im indischen Dharamshala
    erklärte". Only before the verb: in the middle field such a phrase is mostly an
    adverbial of the clause ("hat Weber aus heiterem Himmel erklärt")."""
    kept: list[_Tok] = []
    k = 0
    while k < len(toks):
        if k > 0 and toks[k].lower in engine.words["prepositions"]:
            noun = _adjective_before_noun(engine, toks, k + 1)
            if noun > k + 1:
                kept.append(toks[k])
                k = noun
                continue
        kept.append(toks[k])
        k += 1
    return len(kept) < len(toks) and _valid_subject(engine, kept)


def _is_verbish(engine: _Engine, low: str) -> bool:
    return low in engine.verbish


def _pronoun(engine: _Engine, tok: _Tok) -> str | None:
    return engine.pronoun_kinds.get(tok.lower)


def _valid_subject(engine: _Engine, toks: list[_Tok]) -> bool:
    # a parenthesis lengthens the phrase ("Merkel (CDU)"): 24 words with one, else 14;
    # only a phrase whose length lies between needs the look for it
    if (
        not toks
        or len(toks) > 24
        or (len(toks) > 14 and all(t.text != "(" for t in toks))
        or toks[-1].lower in engine.words["prepositions"]
    ):
        return False
    first = toks[0]
    if engine.language == "de" and first.text in _OPENING_MARKS and len(toks) > 1:
        first = toks[1]  # "„BBC News“ berichtet"
    if engine.language == "de" and not (
        first.capitalised
        or first.lower in engine.words["determiners"]
        or first.lower in engine.words["vague_sources"]
        or _pronoun(engine, first)
        # "de Maizière", "al-Sadr": a particle opening a surname
        or (
            first.lower in engine.words["surname_particles"]
            and len(toks) > 1
            and toks[1].capitalised
        )
    ):
        return False  # a German subject opens with an article, a name or a noun
    if engine.language == "de" and first.lower in engine.words["time_nouns"]:
        return False  # "Ende Januar verkündete der Verband", "Anfang Mai erklärte sie"
    if (
        engine.language == "de"
        and len(toks) > 1
        and first.lower in engine.words["time_before_nach"]
        and toks[1].lower in engine.words["time_after_prepositions"]
    ):
        return False  # "Kurz nach Mitternacht rief der Wirt": a time, not the subject
    if any(
        a.lower in engine.words["determiners"]
        and b.lower in engine.words["determiners"]
        # "einer der Feuerwehrmänner": a pronoun and its partitive genitive
        and not (k == 0 and a.lower in _PARTITIVE_PRONOUNS and b.lower in {"der", "des"})
        for k, (a, b) in enumerate(zip(toks, toks[1:], strict=False))
    ):
        return False  # "der die Geschichte …": a relative clause, not a noun phrase
    if (
        first.lower in engine.words["prepositions"]
        or first.lower in engine.words["not_names"]
        or first.lower in engine.words["source_prepositions"]  # "Laut BBC sagte der Minister"
    ):
        return False
    if _adverbial_form(engine, first):
        return False  # "Relativierend fügt Weber hinzu", "Passend dazu warnte die Polizei"
    if engine.language == "en" and first.lower in engine.words["auxiliaries"]:
        return False  # "Do you know …": a question, the subject follows the auxiliary
    if len(toks) == 1 and _pronoun(engine, first):
        return True
    if len(toks) == 1 and first.lower in engine.words["demonstrative_pronouns"]:
        return True  # "Dieser bestätigte, dass …": a demonstrative that stands alone
    if not all(
        _np_token_ok(engine, t, i == 0)
        or _modifier_ok(engine, toks, i)
        # "the report said", "her statement noted": a cue word after an article is a noun
        or (engine.language == "en" and i > 0 and _after_noun_marker(engine, toks, i))
        for i, t in enumerate(toks)
    ):
        return False
    head_ok = any(
        t.capitalised
        and t.lower not in engine.words["determiners"]
        and t.lower not in engine.words["not_names"]
        for t in toks[1:]
    ) or (first.capitalised and first.lower not in engine.words["determiners"])
    if engine.language == "en":
        # English common-noun sources: "the minister", "officials", "the union",
        # "their attorneys", "a spokesman for X"
        head_ok = (
            head_ok
            or any(_is_role(engine, t) or t.lower in engine.words["vague_sources"] for t in toks)
            or (first.lower in engine.words["determiners"] and 2 <= len(toks) <= 6)
        )
    return head_ok


def _adverbial_form(engine: _Engine, tok: _Tok) -> bool:
    """A capitalised present participle or sentence adverb ("Ergänzend", "Passend",
    "Möglicherweise"): capitalised only because it opens the sentence, it heads no
    noun phrase. Nouns that end alike ("Abend", "Jugend") are listed as exceptions."""
    low = tok.lower
    return (
        len(low) >= 7
        and low.endswith(engine.adverbial_endings)
        and not low.endswith(engine.adverbial_exceptions)
        and tok.capitalised
    )


def _hyphenated_name(tok: _Tok) -> bool:
    """A name with a lower-case article joined by a hyphen ("al-Arabija", "el-Masri"),
    which goes on the name of the noun before it: "dem Sender al-Arabija"."""
    head, _, name = tok.text.rpartition("-")
    return bool(head) and head.isalpha() and name[:1].isupper()


def _np_right(engine: _Engine, toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """The noun phrase starting at or shortly after toks[j] (a subject after its verb)."""
    k = j
    skipped = 0
    while k < len(toks) and toks[k].lower in engine.words["skippable"] and skipped < 4:
        if _pronoun(engine, toks[k]):
            break
        if (
            engine.language == "de"
            and toks[k].lower in engine.words["determiners"]
            and k + 1 < len(toks)
            and (
                toks[k + 1].lower not in engine.words["skippable"]
                or _head_noun_outside_phrase(engine, toks, j, k + 1)
                # "sagte der in Kellau lebende Autor"
                or _past_extended_attribute(engine, toks, k + 1) > k + 1
            )
        ):
            break  # "sagte am Montag der Sprecher": the article opens the subject
        if engine.language == "de" and _head_noun_outside_phrase(engine, toks, j, k):
            break  # "meldete Sender X"
        k += 1
        skipped += 1
    if (
        engine.language == "de"
        and k > j
        and k < len(toks)
        and toks[k - 1].lower in engine.words["prepositions"]
        and toks[k].lower in engine.words["determiners"]
    ):
        return None  # "sagte gegenüber der Agentur": the article opens the preposition's object
    if k < len(toks) and toks[k].text in _OPENING_MARKS:
        k += 1
    if k >= len(toks):
        return None
    if _pronoun(engine, toks[k]) and toks[k].lower != "es":
        return k, k + 1
    if (
        toks[k].lower in engine.words["vague_sources"]
        and (k + 1 >= len(toks) or not toks[k + 1].capitalised)
        # "Mitarbeiter des Hilfsdienstes": a genitive after the noun belongs to it
        and not (
            engine.language == "de"
            and k + 2 < len(toks)
            and toks[k].capitalised
            and toks[k + 1].lower in _GENITIVE_ARTICLES
        )
    ):
        return k, k + 1
    start = k
    if toks[k].lower in engine.words["determiners"]:
        k += 1
        if engine.language == "de":
            k = _past_extended_attribute(engine, toks, k)
    while (
        k < len(toks)
        and not toks[k].capitalised
        and _np_token_ok(engine, toks[k], False)
        and toks[k].lower not in engine.words["determiners"]
        and k - start < 5
    ):
        k += 1
    names = k
    while k < len(toks) and (
        toks[k].capitalised
        or (
            toks[k].lower in engine.words["name_particles"]
            and k + 1 < len(toks)
            and toks[k + 1].capitalised
            # German 'der', 'den' are particles of a name only after another
            # ("von der Leyen", "van den Berg"); else they open the next phrase
            # ("sagte Marta Sanz den Reportern")
            and not (
                engine.language == "de"
                and toks[k].lower in engine.words["determiners"]
                and toks[k - 1].lower not in engine.words["name_particles"]
            )
        )
        or (toks[k].text in ".-" and k > names and k + 1 < len(toks) and toks[k + 1].capitalised)
        # a name with a lower-case article joined by a hyphen after its noun: "dem
        # Sender al-Arabija", "der Politiker el-Masri"
        or (k > names and _hyphenated_name(toks[k]))
    ):
        if toks[k].lower in engine.words["not_names"] and k > names:
            break
        k += 1
    if k == names:
        if (
            engine.language == "en"
            and k > start
            and (
                any(
                    _is_role(engine, t) or t.lower in engine.words["vague_sources"]
                    for t in toks[start:k]
                )
                or toks[start].lower in engine.words["determiners"]
            )
        ):
            return start, k
        return None
    # genitive or "of"/"von" complement: "der Sprecher des Ministeriums", "head of the agency"
    if k < len(toks) and (
        toks[k].lower in {"des", "der", "of", "for", "von", "vom"}
        # "die Vereinigung aller Mönche", "Sprecher beider Parteien"
        or toks[k].lower in engine.words["genitive_quantifiers"]
    ):
        m = k + 1
        if m < len(toks) and toks[m].lower in engine.words["determiners"]:
            m += 1
        while (
            m < len(toks)
            and not toks[m].capitalised
            and _np_token_ok(engine, toks[m], False)
            and m - k < 4
        ):
            m += 1
        if m < len(toks) and toks[m].capitalised:
            while m < len(toks) and (
                toks[m].capitalised or (engine.language == "de" and _hyphenated_name(toks[m]))
            ):
                m += 1
            k = m
    if (
        engine.language == "de"
        and k + 1 < len(toks)
        and toks[k].lower == "für"
        and toks[k + 1].capitalised
        and toks[k - 1].capitalised
    ):
        # an institution's name: "das Landesamt für Küstenschutz", "Institut für Arbeit"
        m = k + 1
        while m < len(toks) and (
            toks[m].capitalised
            or (toks[m].lower in _AND and m + 1 < len(toks) and toks[m + 1].capitalised)
        ):
            m += 1
        k = m
    if engine.language == "de":
        return _german_np_end(engine, toks, start, k)
    return start, k


def _german_np_end(engine: _Engine, toks: list[_Tok], start: int, end: int) -> tuple[int, int]:
    """A German noun phrase keeps the marks that enclose a name ("der „Tagesspiegel“"),
    a parenthesis after it ("Christian Wulff (CDU)", "Aufsichtsbehörde (DGAC)") and an
    apposition between a role and a personal name ("der Chefankläger des Gerichts,
    Luis Moreno Ocampo" / "Luis Moreno Ocampo, der Chefankläger des Gerichts") that
    the end of the clause closes."""
    n = len(toks)
    if start > 0 and toks[start - 1].text in _OPENING_MARKS and toks[start].capitalised:
        start -= 1
    opened = sum(t.text in _OPENING_MARKS for t in toks[start:end])
    if opened % 2 and end < n and toks[end].text in _OPENING_MARKS:
        end += 1
    elif end + 2 < n and toks[end].text in _OPENING_MARKS and toks[end + 1].capitalised:
        # a quoted name after the noun: "des Magazins „Der Spiegel“", "Agentur „Interfax“"
        close = end + 1
        while close < n and close - end <= 6 and toks[close].text not in _OPENING_MARKS:
            if toks[close].text in _BREAK_PUNCT:
                break
            close += 1
        if close < n and toks[close].text in _OPENING_MARKS:
            end = close + 1
    if end + 2 < n and toks[end].text == "(":
        close = end + 1
        while close < n and close - end <= 8 and toks[close].text not in {")", _QUOTE_TOKEN}:
            close += 1
        if close < n and toks[close].text == ")" and close > end + 1:
            end = close + 1
    if end + 2 < n and toks[end].text == ",":
        k = end + 1
        while k < n and k - end <= 12 and toks[k].text not in _BREAK_PUNCT:
            k += 1
        closed = k >= n or toks[k].text in {",", ".", ":"}
        apposition = toks[end + 1 : k]
        head = toks[start:end]
        if closed and _apposition_of(engine, head, apposition):
            end = k
    return start, end


def _is_name_run(engine: _Engine, toks: list[_Tok]) -> bool:
    return (
        len(toks) >= 2
        and toks[0].capitalised
        and (toks[-1].capitalised or toks[-1].text.rsplit("-", 1)[-1][:1].isupper())
        and all(
            (
                t.capitalised
                and t.lower not in engine.words["not_names"]
                and t.lower not in engine.words["determiners"]
                and not _is_role(engine, t)
            )
            or (
                t.lower in engine.words["name_particles"]
                # "von der Heide", but not "Motto der Woche"
                and (
                    t.lower not in engine.words["determiners"]
                    or toks[k - 1].lower in engine.words["name_particles"]
                )
            )
            or t.text == "-"
            # "el-Baradei", "al-Sadr"
            or ("-" in t.text and t.text.rsplit("-", 1)[-1][:1].isupper())
            for k, t in enumerate(toks)
        )
    )


def _apposition_of(engine: _Engine, head: list[_Tok], apposition: list[_Tok]) -> bool:
    """A role and a personal name stand beside each other: one of them names the
    person, the other (with a role word and no verb) says what the person is."""
    if not apposition or len(apposition) > 12:
        return False
    if any(
        _is_verbish(engine, t.lower) and t.lower not in engine.words["prepositions"]
        for t in apposition
    ):
        return False
    if any(_is_role(engine, t) for t in head) and _is_name_run(engine, apposition):
        return True
    roles = [k for k, t in enumerate(head) if _is_role(engine, t)]
    # a full name, or a name after its title ("Senator Dodd, Vorsitzender des Ausschusses")
    after_title = head[roles[-1] + 1 :] if roles else []
    person = _is_name_run(engine, head) or (
        0 < len(after_title) <= 4
        and all(
            t.capitalised
            and t.lower not in engine.words["not_names"]
            and t.lower not in engine.words["determiners"]
            and not _is_role(engine, t)
            for t in after_title
        )
    )
    return (
        person
        and (apposition[0].lower in engine.words["determiners"] or apposition[0].capitalised)
        and any(_is_role(engine, t) for t in apposition)
        and all(
            _np_token_ok(engine, t, False) or _modifier_ok(engine, apposition, i)
            for i, t in enumerate(apposition)
        )
    )


def _before_apposition(engine: _Engine, toks: list[_Tok], clause_start: int) -> int:
    """Where a German clause starts that an apposition between commas interrupts
    between its auxiliary and its participle: "Zuvor hatte ein Sprecher der Stadt, Jan
    Weber, erklärt, …" ."""
    if clause_start < 4 or toks[clause_start - 1].text != ",":
        return clause_start
    apposition_start = clause_start - 1
    while apposition_start > 0 and toks[apposition_start - 1].text not in _CLAUSE_PUNCT:
        apposition_start -= 1
    if apposition_start < 2 or toks[apposition_start - 1].text != ",":
        return clause_start
    head_start, _ = _clause_bounds(toks, apposition_start - 2)
    head = toks[head_start : apposition_start - 1]
    if not any(t.lower in engine.words["auxiliaries"] for t in head):
        # "Jan Weber, der Sprecher der Stadt, sagte": a subject before its apposition
        # is found from the verb's own clause
        return clause_start
    names = len(head)
    while names > 0 and head[names - 1].capitalised:
        names -= 1
    apposition = toks[apposition_start : clause_start - 1]
    if _apposition_of(engine, head[-6:], apposition) or _apposition_of(
        engine, head[names:], apposition
    ):
        return head_start
    return clause_start


def _past_extended_attribute(engine: _Engine, toks: list[_Tok], k: int) -> int:
    """ "der für die Region zuständige Koordinator": a prepositional phrase after the
    article that an adjective or participle closes belongs to the noun after it."""
    if k >= len(toks) or toks[k].lower not in engine.words["prepositions"]:
        return k
    for m in range(k + 1, min(len(toks) - 1, k + 7)):
        tok = toks[m]
        if tok.text in _CLAUSE_PUNCT or tok.text in _END_PUNCT:
            return k
        if (
            not tok.capitalised
            and len(tok.lower) > 4
            and tok.lower not in engine.words["determiners"]
            and tok.lower.endswith(_ATTRIBUTIVE_ENDINGS + ("e", "en"))
            and toks[m + 1].capitalised
            and not _is_verbish(engine, tok.lower)
        ):
            return m
    return k


def _head_noun_outside_phrase(engine: _Engine, toks: list[_Tok], j: int, k: int) -> bool:
    """A noun among the words skipped before a German subject ("Interview", "Sender",
    "Zeitung") is skipped only inside a phrase a preposition opens ("in einem
    Interview", "gegenüber dem Sender"); with none before it, it heads the subject
    ("meldete der Sender", "berichtete die Zeitung")."""
    tok = toks[k]
    return (
        tok.capitalised
        and tok.lower not in engine.words["time_nouns"]
        and tok.lower not in engine.words["determiners"]
        and not any(toks[x].lower in engine.words["prepositions"] for x in range(j, k))
    )


def _name_before_apposition(engine: _Engine, toks: list[_Tok], start: int, end: int) -> int:
    """ "Theo Weber, Präsident des Verbands (KV) kritisierte …": the name before a
    German subject that is its apposition belongs to the speaker."""
    if start < 2 or toks[start - 1].text != ",":
        return start
    head_start, _ = _clause_bounds(toks, start - 2)
    if _apposition_of(engine, toks[head_start : start - 1], toks[start:end]):
        return head_start
    return start


def _closes_sentence(toks: list[_Tok], verb: int) -> bool:
    """Nothing but an object and adverbs follow the verb: no clause of its own."""
    return not any(t.text in {",", ":", _QUOTE_TOKEN} for t in toks[verb + 1 :])


def _plain_phrase(engine: _Engine, toks: list[_Tok]) -> bool:
    """A short phrase with no verb in it."""
    return 0 < len(toks) <= 8 and not any(
        _is_verbish(engine, t.lower)
        and t.lower not in engine.words["prepositions"]
        or t.text in _CLAUSE_PUNCT
        for t in toks
    )


def _strip_adverbials(engine: _Engine, toks: list[_Tok], start: int, end: int) -> int:
    """Drop adverbs and time phrases between a subject and its verb-final cue:
    "wie die Polizei am Montag mitteilte" -> "die Polizei"."""
    while end > start + 1:
        last = toks[end - 1]
        if last.text == ")" or (last.capitalised and last.lower not in engine.words["not_names"]):
            if (
                end - 2 >= start
                and toks[end - 2].lower in engine.words["prepositions"]
                and last.lower in engine.words["not_names"]
            ):
                end -= 2
                continue
            break
        end -= 1
    if engine.language == "de":
        end = next(
            (k for k in range(start + 1, end) if _adverbial_phrase(engine, toks, k, end)), end
        )
    return end


def _adverbial_phrase(engine: _Engine, toks: list[_Tok], k: int, end: int) -> bool:
    """A German prepositional phrase of time or circumstance belongs to the clause, not
    to the noun before it: "am Dienstag", "in einer Rede", "bei einem Besuch in Kellau"
    (but "der Sprecher der Stadt in Kellau" keeps its place)."""
    if toks[k].lower not in engine.words["prepositions"] or k + 1 >= end:
        return False
    nxt = toks[k + 1].lower
    if toks[k].lower in engine.words["time_prepositions"] or nxt in engine.words["time_nouns"]:
        return True
    return nxt.startswith("ein") and nxt in engine.words["determiners"]


def _subject_with_apposition(
    engine: _Engine, toks: list[_Tok], clause_start: int
) -> tuple[int, int] | None:
    """ "Marcelo Ebrard, der Bürgermeister von Mexiko-Stadt, teilte mit": a subject
    and its apposition, each between commas, before a verb that opens its clause."""
    if clause_start < 2 or toks[clause_start - 1].text != ",":
        return None
    apposition_end = clause_start - 1
    apposition_start = apposition_end
    while apposition_start > 0 and toks[apposition_start - 1].text not in _CLAUSE_PUNCT:
        apposition_start -= 1
    if apposition_start < 2 or toks[apposition_start - 1].text != ",":
        return None
    head_end = apposition_start - 1
    head_start = head_end
    while head_start > 0 and toks[head_start - 1].text not in _CLAUSE_PUNCT:
        head_start -= 1
    if engine.language == "en":
        return _english_apposition(engine, toks, head_start, head_end, apposition_end)
    # "Auch Weber, der Sprecher, sagte", "Weber dagegen, der …, sagte": adverbs around
    # the head are no part of it
    while head_end - head_start > 1 and _adverb_of_clause(engine, toks[head_start]):
        head_start += 1
    while head_end - head_start > 1 and _adverb_of_clause(engine, toks[head_end - 1]):
        head_end -= 1
    head = toks[head_start:head_end]
    if not _valid_subject(engine, head) and not (
        head_start == 0 and _prefield_subject(engine, head)
    ):
        return None
    if toks[apposition_start].lower in engine.words["relative_pronouns"] and not (
        engine.language == "de" and toks[apposition_end - 1].capitalised
    ):
        # a relative clause ends in its verb; "Conze, der Direktor der Mission, sagte"
        # ends in a noun and is an apposition
        return (
            head_start,
            head_end,
        )  # "Baptie, der … hatte, sagte": the relative clause is not the name
    apposition = toks[apposition_start:apposition_end]
    opener = apposition[0].lower
    if (
        not apposition[0].capitalised
        and (opener in engine.words["auxiliaries"] or opener in engine.forms)
        and opener not in engine.words["prepositions"]
    ):
        # "Weber, die Sprecherin, wollte sich nicht festlegen, sagte aber": a finite
        # verb opens a first clause, whose subject (with its own apposition) the cue
        # shares; that clause is no apposition
        return _subject_with_apposition(engine, toks, apposition_start) or (head_start, head_end)
    if len(apposition) <= 12 and not any(t.text == _QUOTE_TOKEN for t in apposition):
        # "Hillary Clinton, at a later press gaggle, said", "Justin Bamberg, 41, said"
        return head_start, apposition_end
    return None


def _subject_of_second_clause(
    engine: _Engine, toks: list[_Tok], start: int, verb: int
) -> tuple[int, int] | None:
    """ "Die Lage war ruhig, und die Anwohner befürchten …", "Es war nicht der erste
    Streit und die Bürger befürchten …": where 'und' joins two main clauses, the phrase
    after it is the subject of the verb; where it joins two phrases ("Die IADB und
    der MIF geben …") the whole is."""
    conjunction = next((k for k in range(verb - 2, start, -1) if toks[k].lower in _AND), None)
    if conjunction is None:
        return None
    left, right = toks[start:conjunction], toks[conjunction + 1 : verb]
    # a bare name after 'und' may end a phrase of names ("Rhein und Neckar"): only an
    # article or a pronoun opens the second clause's subject for certain; and the first
    # clause has a finite verb of its own ("Es war …"), which a phrase has not ("Zur
    # Lage des Unternehmens und seiner Aufgabe wird Weber zitiert")
    if (
        (right[0].lower in _APPOSITION_ARTICLES or _pronoun(engine, right[0]) is not None)
        and any(t.lower in engine.words["auxiliaries"] for t in left)
        and _valid_subject(engine, right)
        and not _valid_subject(engine, left)
    ):
        return conjunction + 1, verb
    return None


def _adverb_of_clause(engine: _Engine, tok: _Tok) -> bool:
    """An adverb that may stand next to a German subject ("auch", "dagegen", "jedoch")."""
    low = tok.lower
    return (
        (low in engine.words["not_names"] or low in engine.words["skippable"])
        and low not in engine.words["determiners"]
        and low not in engine.words["prepositions"]
        and not _is_role(engine, tok)
    )


def _english_apposition(
    engine: _Engine, toks: list[_Tok], head_start: int, head_end: int, end: int
) -> tuple[int, int] | None:
    """ "Ann Lee, a lawyer for the city, who has fought the plan for years, said": an
    English subject, with everything between it and the verb that is set off by
    commas, appositions and non-restrictive relative clauses alike. A part that
    opens with an article, a relative pronoun, a number or a small word ("a lawyer
    …", "who …", "59", "president of …") is an apposition; the head before it is
    the first part that does not ("Last year, Ann Lee, 59, said" -> "Ann Lee, 59")."""
    for _ in range(3):
        chunk = toks[head_start:head_end]
        first = chunk[0] if chunk else None
        apposition_like = first is not None and (
            first.lower in engine.words["determiners"]
            or first.lower in engine.words["relative_pronouns"]
            or first.text[:1].isdigit()
            or not first.capitalised
        )
        further = head_start >= 2 and toks[head_start - 1].text == ","
        if apposition_like and further:
            head_end = head_start - 1
            head_start = head_end
            while head_start > 0 and toks[head_start - 1].text not in _CLAUSE_PUNCT:
                head_start -= 1
            continue
        break
    between = toks[head_end:end]
    if (
        not _valid_subject(engine, toks[head_start:head_end])
        or len(between) > 40
        or any(
            t.text == _QUOTE_TOKEN
            or t.text in {";", ":"}
            or (t.text in _END_PUNCT and not _abbreviation_dot(toks, head_end + k))
            for k, t in enumerate(between)
        )
    ):
        return None
    return head_start, end


def _abbreviation_dot(toks: list[_Tok], k: int) -> bool:
    """Is the '.' at toks[k] the end of an abbreviation inside a name ("Mr. Peña",
    "Leonard E. Burman", "D.C.") rather than of a sentence?"""
    if toks[k].text != "." or k == 0 or k + 1 >= len(toks):
        return False
    before, after = toks[k - 1], toks[k + 1]
    if len(before.text) == 1 and before.text.isupper():
        return True  # an initial or an initialism: "Leonard E. Burman", "U.S. ambassador"
    return (
        before.capitalised
        and len(before.text) <= 3
        and (after.capitalised or after.text in {",", "(", ")", "."})
    )


def _tail_end(toks: list[_Tok], k: int) -> int:
    """Where the clause that goes on at toks[k] ends: a comma, a quotation or the end."""
    while k < len(toks) and not (
        toks[k].text in {",", ";", ":", _QUOTE_TOKEN}
        or (toks[k].text in _END_PUNCT and not _abbreviation_dot(toks, k))
    ):
        k += 1
    return k


def _plain_tail(engine: _Engine, toks: list[_Tok], k: int) -> bool:
    """After a subject that follows its verb, a short phrase with no verb may close
    the clause: '…," said Ann Lee in a statement.', '… on Monday.'"""
    end = _tail_end(toks, k)
    return 0 < end - k <= 10 and _plain_phrase(engine, toks[k:end])


def _inverted_subject_end(
    engine: _Engine, toks: list[_Tok], subject: tuple[int, int]
) -> tuple[int, int]:
    """A subject after its verb goes on past a first name run when a common noun
    follows ("said MSNBC host Chris Matthews", "said one Democratic source on the
    panel"), or a common noun takes a modifier ("the senior senator from Ohio"); a
    name with a phrase after it keeps to the name ("said Ann Lee on Monday")."""
    start, k = subject
    end = _tail_end(toks, k)
    if not (0 < end - k <= 10 and _plain_phrase(engine, toks[k:end])):
        return subject
    nxt = toks[k]
    if nxt.lower in engine.words["prepositions"]:
        if not toks[k - 1].capitalised and nxt.lower in {"of", "for", "from", "at", "with", "on"}:
            return start, end  # "the senior senator from Ohio"
        return subject
    if (
        not nxt.capitalised
        and nxt.lower not in engine.words["skippable"]
        and nxt.lower not in engine.words["not_names"]
        and nxt.text.isalpha()
    ):
        if not toks[start].capitalised or toks[start].lower in engine.words["determiners"]:
            return start, end  # "one Democratic source on the panel"
        # after a name only a role and another name: "MSNBC host Chris Matthews"
        m = k
        while m < end and not toks[m].capitalised and m - k < 2:
            m += 1
        if m < end and all(t.capitalised for t in toks[m:end]):
            return start, end
    return subject


def _english_closing_apposition(engine: _Engine, toks: list[_Tok], comma: int) -> int:
    """Where a subject after its verb ends when an apposition or a relative clause
    closes the sentence ('…," said Ann Lee, a lawyer for the city.', '… who heads the
    board.'); `comma` is the comma after the name. A participle or a conjunction
    there opens a clause of its own (", adding that …", ", but …")."""
    end = next(
        (
            k
            for k in range(comma + 1, len(toks))
            if toks[k].text in _END_PUNCT and not _abbreviation_dot(toks, k)
        ),
        len(toks),
    )
    if comma + 1 >= end or end - comma > 40:
        return comma
    first = toks[comma + 1]
    tail = toks[comma + 1 : end]
    if any(t.text == _QUOTE_TOKEN or t.text in {";", ":"} for t in tail):
        return comma
    if first.lower in engine.words["relative_pronouns"] or (
        first.lower not in engine.words["clause_breakers"]
        and first.lower not in engine.forms
        and (
            first.lower in engine.words["determiners"]
            or first.text[:1].isdigit()
            or not first.capitalised
        )
    ):
        return end
    return comma


def _first_phrase_end(engine: _Engine, toks: list[_Tok], start: int, end: int) -> int:
    """Where the first noun phrase of a German middle field ends: an article after a
    noun opens the next phrase, the object ("hat die Ministerin die Länder
    aufgefordert", "dass die Anklage eine Haftstrafe fordert"). 'der', 'des', 'einer'
    and 'eines' may open a genitive that belongs to the noun, and a capitalised
    article is part of a name ("Die Linke")."""
    for k in range(start + 1, end):
        tok = toks[k]
        if (
            tok.lower in engine.words["determiners"]
            and tok.lower not in _GENITIVE_ARTICLES
            and not tok.capitalised
            and toks[k - 1].capitalised
            and toks[k - 1].lower not in engine.words["determiners"]
        ):
            return k
        if tok.text in _CLAUSE_PUNCT or tok.text == "(":
            return end
    return end


def _closes_its_clause(engine: _Engine, toks: list[_Tok], verb: int) -> bool:
    """Does the German verb at toks[verb], with an auxiliary after it, end its clause, as
    the finite verb of a subordinate clause does ("…, der angab, …", "Während X
    angekündigt hatte, …")?"""
    k = verb + 1
    if k < len(toks) and toks[k].lower in engine.words["auxiliaries"]:
        k += 1
    return k >= len(toks) or toks[k].text in _BREAK_PUNCT


def _relative_subject_de(
    engine: _Engine, toks: list[_Tok], clause_start: int, verb: int
) -> tuple[int, int] | None:
    """ "Der Zeuge, der angab, …", "Ägypten, das vorschlug, …": the relative pronoun
    that opens a German relative clause, its verb at the end, is the subject unless a
    pronoun subject follows it ("die er gestern nannte")."""
    if not (
        0 < clause_start < verb
        and toks[clause_start - 1].text == ","
        and toks[clause_start].lower in engine.words["nominative_relatives"]
        and _closes_its_clause(engine, toks, verb)
    ):
        return None
    n = len(toks)
    between = toks[clause_start + 1 : verb]
    if any(_pronoun(engine, t) is not None for t in between):
        return None
    if between and (
        between[0].capitalised
        or (
            len(between) > 1
            and between[1].capitalised
            and between[0].lower.endswith(_ADJECTIVE_ENDINGS)
        )
    ):
        return None  # "…, die Aktion erinnere an …": an article and its noun
    after = verb + 1
    if after < n and toks[after].lower in engine.words["passive_auxiliaries"]:
        return None  # "der Wind, der als „Sonnenwind“ bezeichnet wird": named, not naming
    if after < n and toks[after].lower in engine.words["auxiliaries"]:
        after += 1
    quoted = any(t.text == _QUOTE_TOKEN for t in between)
    opens_words = (
        after + 1 < n
        and toks[after].text in {",", ":"}
        and toks[after + 1].lower not in engine.forms
        and toks[after + 1].lower not in engine.finite_forms
    )
    if not (quoted or opens_words):
        # "die den Wert später korrigiert hatte, sagte, …": the main clause goes on
        # after the relative clause, which gives no words
        return None
    return clause_start, clause_start + 1


def _np_left(
    engine: _Engine, toks: list[_Tok], clause_start: int, verb: int
) -> tuple[int, int] | None:
    """The noun phrase between the clause start and the verb, if it is one."""
    opening = clause_start
    # "But Fowler said", "Doch Peskow sagte": a conjunction or adverb before the subject
    while (
        clause_start < verb - 1
        and (
            toks[clause_start].lower in engine.words["clause_breakers"]
            or toks[clause_start].lower in engine.words["skippable"]
            or toks[clause_start].lower in engine.words["not_names"]
        )
        and (
            toks[clause_start].lower not in engine.words["prepositions"]
            # "Während der Premier ankündigte, …": a subordinator, not the preposition
            # of "während der Sitzung", where the verb closes the clause
            or (
                engine.language == "de"
                and toks[clause_start].lower in engine.words["subordinators"]
                and _closes_its_clause(engine, toks, verb)
            )
        )
        and toks[clause_start].lower not in engine.words["determiners"]
        # "Als Begründung sagte ein Sprecher": a phrase with 'als' is no subject
        and not (engine.language == "de" and toks[clause_start].lower == "als")
    ):
        clause_start += 1
    if engine.language == "en":
        # adverbs before the verb belong to the cue, not the subject ("Trump also said")
        while verb > clause_start + 1 and (
            toks[verb - 1].lower in engine.words["cue_modifiers"] or _adverb(engine, toks[verb - 1])
        ):
            verb -= 1
        # the subject stands in the verb's own clause: "the hearing because they felt",
        # "the claim that officials said"; "failed as predicted" has none
        for k in range(verb - 1, clause_start - 1, -1):
            if toks[k].lower in engine.words["subordinators"]:
                clause_start = k + 1
                break
        if clause_start >= verb:
            return None
        if (
            verb - clause_start > 1
            and _pronoun(engine, toks[verb - 1])
            and toks[verb - 2].lower not in engine.forms
            and toks[verb - 2].lower not in engine.words["complementizers"]
        ):
            # "in which he said", "the day she told"; but in "said she thinks" the
            # second verb is part of what was said
            return verb - 1, verb
    if engine.language == "de":
        # "Die Kanadier hingegen sagten": an adverb between the subject and its verb
        while (
            verb - clause_start > 1
            and toks[verb - 1].lower in engine.words["skippable"]
            and not toks[verb - 1].capitalised
            and toks[verb - 1].lower not in engine.words["determiners"]
            and toks[verb - 1].lower not in engine.words["prepositions"]
        ):
            verb -= 1
    if engine.language == "de":
        verb = _first_phrase_end(engine, toks, clause_start, verb)
    chunk = toks[clause_start:verb]
    if chunk and chunk[0].lower in engine.words["object_determiners"]:
        return None  # "Den Unmut der Partei brachte die Sprecherin zum Ausdruck"
    if (
        engine.language == "de"
        and len(chunk) > 1
        and opening > 0
        and chunk[0].lower in engine.words["nominative_pronouns"] | {"sie"}
    ):
        # "…, indem sie den Rat zum Handeln aufforderte": in a clause with its verb at
        # the end a pronoun subject comes first
        return clause_start, clause_start + 1
    valid = _valid_subject(engine, chunk)
    if engine.language == "de" and not valid:
        joined = _subject_of_second_clause(engine, toks, clause_start, verb)
        if joined is not None:
            return joined
    if valid or (
        engine.language == "de"
        and opening == 0
        and verb < len(toks)
        and (toks[verb].lower in engine.forms or toks[verb].lower in engine.words["auxiliaries"])
        and _prefield_subject(engine, chunk)
    ):
        if engine.language == "de":
            return _name_before_apposition(engine, toks, clause_start, verb), verb
        return clause_start, verb
    if engine.language == "en" and chunk:
        conjunctions = [k for k, t in enumerate(chunk) if t.lower in _AND or t.lower == "or"]
        if conjunctions and 0 < conjunctions[-1] < len(chunk) - 1:
            # "Federal and state officials said", "Lee and her lawyers said": a
            # coordinated subject; after a longer first part, 'and' may join clauses
            # ("The plant closed and the workers said …"), so only the last part counts
            split = clause_start + conjunctions[-1]
            left = toks[clause_start:split]
            right = toks[split + 1 : verb]
            if _valid_subject(engine, right):
                if len(left) <= 4 and all(
                    t.capitalised or t.lower in engine.words["determiners"] for t in left
                ):
                    return clause_start, verb
                return split + 1, verb
            if (
                _valid_subject(engine, left)
                and len(right) <= 4
                and all(
                    _np_token_ok(engine, t, False) or _modifier_ok(engine, right, k)
                    for k, t in enumerate(right)
                )
            ):
                # "Experts on North Korea and nuclear arms said", "observers in
                # Virginia and around the country say": a second modifier
                return clause_start, verb
        if (
            _plain_phrase(engine, chunk)
            and len(chunk) <= 5
            and not chunk[0].capitalised
            and verb + 1 < len(toks)
            and toks[verb + 1].lower in engine.words["complementizers"]
        ):
            return clause_start, verb  # "human rights groups warned that …"
        # "In a meeting with the board Trump said": the name right before the verb
        run = verb
        while (
            run > clause_start
            and toks[run - 1].capitalised
            and verb - run < 4
            and toks[run - 1].lower not in engine.words["not_names"]
        ):
            run -= 1
        if clause_start < run < verb and not toks[run - 1].capitalised:
            return run, verb
    if (
        engine.language == "en"
        and clause_start > 0
        and toks[clause_start - 1].text in {",", _QUOTE_TOKEN}
        and _closes_sentence(toks, verb)
        and _plain_phrase(engine, chunk)
        and chunk[0].lower not in engine.words["prepositions"]
        and not toks[verb].lower.endswith("ing")
    ):
        # "…, attorneys for the family said.": what stands between the comma and a
        # closing cue is its subject, named or not
        return clause_start, verb
    # English: "Smith, the party's chair, said" -> the phrase before the apposition
    return None


# ---------------------------------------------------------------- speakers


@dataclass(slots=True)
class _Person:
    name: str
    role: str | None
    female: bool | None
    position: int


class _References:
    """The people named so far in an article, to resolve surnames and pronouns."""

    def __init__(self, engine: _Engine, text: str, sentences: Sequence[Sentence] = ()) -> None:
        self.engine = engine
        self.text = text
        self.people: list[_Person] = []
        # where each sentence starts and its paragraph, so that an explanation can say
        # where the person it refers to was named
        self._sentence_starts = [s.start for s in sentences]
        self._paragraphs = [s.paragraph for s in sentences]

    def where(self, person: _Person) -> str:
        """ " from paragraph 2", or "" where the position lies before the first sentence."""
        k = bisect.bisect_right(self._sentence_starts, person.position) - 1
        return f" from paragraph {self._paragraphs[k]}" if k >= 0 else ""

    def add(self, person: _Person) -> None:
        self.people.append(person)

    def resolve(self, mention: str, position: int, kind: str | None) -> _Person | None:
        # the people of the last stretch of text only: references reach back a few
        # paragraphs, and a bounded search keeps a huge input linear in its size; they
        # are looked at in turn, latest first, until one fits: most searches end early
        recent = itertools.islice(reversed(self.people), _MAX_PEOPLE)
        if kind in ("female", "male"):
            want_female = kind == "female"
            for person in recent:
                if person.position <= position and (
                    person.female is None or person.female == want_female
                ):
                    return person
            return None
        if kind is not None:
            return None  # "it", "they", "es": no one person stands behind them
        last = mention.split()[-1] if mention.split() else mention
        for person in recent:
            if (
                person.position <= position
                and person.name.split()[-1] == last
                and person.name != mention
            ):
                return person
        found = self._scan_back(last, position)
        if found is not None and found.female is not None:
            # a person written out with a role that tells their gender in a sentence
            # that gave no speaker ("Bürgermeisterin Henrike Vosskamp stellte die Pläne
            # vor") is known from now on, where the text names them, so that a pronoun
            # after the surname finds them too; a name without such a role may be no
            # person at all, or the wrong one for "er"/"sie"
            bisect.insort(self.people, found, key=lambda p: p.position)
        return found

    def _scan_back(self, surname: str, position: int) -> _Person | None:
        """Find "Firstname Surname" written out earlier in the article."""
        # the nearest earlier occurrence of the surname with capitalised words before it
        floor = max(0, position - _REFERENCE_WINDOW)
        at = self.text.rfind(surname, floor, position)
        best = None
        while at > floor:
            after = self.text[at + len(surname) : at + len(surname) + 1]
            # the names end in a space or tab right before the surname, and no line
            # break stands among them: where neither holds, a search finds nothing
            if not after.isalnum() and self.text[at - 1 : at] in (" ", "\t"):
                lo = max(floor, at - 120)
                lo = max(lo, self.text.rfind("\n", lo, at) + 1)
                best = _NAME_BEFORE.search(self.text, lo, at)
                if best is not None:
                    break
            at = self.text.rfind(surname, floor, at)
        if best is None:
            return None
        words = best.group(1).split()
        honorifics = self.engine.words["honorifics"]
        # a word with a full stop that is no initial, title or role ends a sentence:
        # "Miss Universe Alicia Machado. It" names nobody called "It"
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            if (
                word.endswith(".")
                and not _INITIALS.fullmatch(word)
                and word.lower() not in honorifics
                and not _is_role(self.engine, _Tok(word, word.lower(), 0, 0))
            ):
                words = words[k + 1 :]
                break
        # "Dr." and "Prof." stand before a name but are no role ("Bürgermeisterin Dr. X")
        titles = [w for w in words if w.lower() in honorifics]
        roles = [
            w for w in words if w not in titles and _is_role(self.engine, _Tok(w, w.lower(), 0, 0))
        ]
        names = [
            w
            for w in words
            if w not in roles
            and w not in titles
            and w.lower() not in self.engine.words["not_names"]
            and w.lower() not in self.engine.words["determiners"]
            # a preposition that opens a sentence is capitalised too: "Nach Angaben", "Gegen Lenz"
            and w.lower() not in self.engine.words["prepositions"]
        ]
        if not names:
            return None
        return _Person(
            " ".join([*names, surname]),
            " ".join(roles) or None,
            _female(self.engine, roles),
            best.start(),
        )


def _opens_name(engine: _Engine, phrase: list[_Tok], first: _Tok, markers: list[_Tok]) -> bool:
    k = phrase.index(first)
    if k == 0:
        return True
    before = phrase[k - 1]
    return (
        before in markers
        or before.text in {",", "(", "."}
        or (before.lower in engine.words["determiners"] and k == 1)
    )


def _name_runs(engine: _Engine, phrase: list[_Tok], roles: list[_Tok]) -> list[list[_Tok]]:
    """Runs of consecutive name words in a noun phrase (roles, articles, dates excluded)."""
    runs: list[list[_Tok]] = []
    current: list[_Tok] = []
    for k, tok in enumerate(phrase):
        is_name = (
            tok.capitalised
            and tok not in roles
            and tok.lower not in engine.words["determiners"]
            and tok.lower not in engine.words["not_names"]
        )
        particle = (
            bool(current)
            and tok.lower in engine.words["name_particles"]
            and k + 1 < len(phrase)
            and phrase[k + 1].capitalised
        )
        if is_name or particle:
            current.append(tok)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [r[:-1] if r[-1].lower in engine.words["name_particles"] else r for r in runs]


def _role_text(
    engine: _Engine, text: str, phrase: list[_Tok], roles: list[_Tok], name_run: list[_Tok]
) -> str | None:
    """The role words with their adjectives: "russische Politologin", "Kremlsprecher"."""
    if not roles:
        return None
    before_name = [r for r in roles if not name_run or r.start < name_run[0].start]
    chosen = before_name or roles
    first = phrase.index(chosen[0])
    # the words before the role are its adjectives, up to a determiner or a
    # preposition: "Angaben von Kämmerer X" gives the role "Kämmerer", not "von Kämmerer"
    while (
        first > 0
        and not phrase[first - 1].capitalised
        and phrase[first - 1].lower not in engine.words["determiners"]
        and phrase[first - 1].lower not in engine.words["prepositions"]
        and phrase[first - 1].text.isalpha()
    ):
        first -= 1
    return text[phrase[first].start : chosen[-1].end]


def _female(engine: _Engine, roles: Sequence[str]) -> bool | None:
    """True for a role that names a woman, False for one that names a man, else None.

    German role nouns have a feminine form (-in), so the plain form is taken as
    masculine; English roles mostly have no gender ("mayor"), except -man/-woman.
    """
    if not roles:
        return None
    lows = [r.lower() for r in roles]
    if any(r.endswith(engine.female_endings) for r in lows):
        return True
    if engine.language == "de" or any(r.endswith("man") for r in lows):
        return False
    return None


def _by_word(words_of: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """{"masculine": ["der", "ein"], …} turned round: {"der": {"masculine"}, …}."""
    kinds: dict[str, set[str]] = {}
    for kind, words in words_of.items():
        for word in words:
            kinds.setdefault(word.lower(), set()).add(kind)
    return {word: frozenset(found) for word, found in kinds.items()}


def _relative_antecedent(
    engine: _Engine, toks: list[_Tok], comma: int, relative: str
) -> tuple[int, int] | None:
    """The noun phrase that the relative pronoun after the comma at toks[comma] refers
    to. It agrees with the pronoun in gender and number, as its determiner shows: the
    nearest phrase that may agree ("die Aussage eines Jungen, der …" → "eines Jungen";
    "die Sprecherin des Amts, die …" → "die Sprecherin des Amts"). A name or noun
    with no determiner after a preposition ("ein Wirt aus Lohbach, der …") gives way
    to an agreeing phrase before the preposition; where none agrees it is the one."""
    if comma == 0 or not toks[comma - 1].capitalised:
        return None  # "…, folgen, der": a verb ends the clause, not a noun
    wanted = engine.relative_genders.get(relative)
    k = comma
    bare: int | None = None  # a phrase with no determiner found on the way
    while k > 0:
        tok = toks[k - 1]
        if tok.text in _BREAK_PUNCT or tok.text == "(" or not tok.text[:1].isalpha():
            break
        genders = engine.determiner_genders.get(tok.lower)
        if genders is not None:
            if k == comma:
                return None  # "Der, der …": a pronoun itself, no noun phrase to refer to
            if wanted is None or genders & wanted:
                return k - 1, comma
            k -= 1
            continue
        if tok.lower in engine.words["prepositions"]:
            if bare is None:
                bare = k  # the phrase after the preposition, if nothing before agrees
            k -= 1
            continue
        if tok.capitalised or (tok.lower.endswith(_ADJECTIVE_ENDINGS) and toks[k].capitalised):
            k -= 1
            continue
        break
    if bare is None:
        # no preposition: the names and nouns right before the comma ("Jan Roth, der")
        bare = comma
        while bare > k and toks[bare - 1].capitalised:
            bare -= 1
    return (bare, comma) if bare < comma else None


def _make_speaker(
    engine: _Engine, text: str, toks: list[_Tok], span: tuple[int, int], refs: _References
) -> tuple[Speaker, str, bool]:
    """Speaker from a noun phrase: mention, role, resolved name; and a note, vague flag."""
    phrase = toks[span[0] : span[1]]
    start, end = phrase[0].start, phrase[-1].end
    mention = text[start:end]
    if (
        len(phrase) == 1
        and span[0] > 0
        and toks[span[0] - 1].text == ","
        and phrase[0].lower in engine.words["nominative_relatives"]
    ):
        antecedent = _relative_antecedent(engine, toks, span[0] - 1, phrase[0].lower)
        if antecedent is not None:
            # "ein Wirt aus Lohbach, der angab, …": the reviewer sees who "der" is
            named, _, vague = _make_speaker(engine, text, toks, antecedent, refs)
            who = named.resolved or named.text
            return (
                Speaker(mention, start, end, who, named.role),
                f"relative pronoun '{mention}' = '{who}'",
                vague,
            )
    kind = _pronoun(engine, phrase[0]) if len(phrase) == 1 else None
    # (a quotation token's lower case is no word of the rules)
    vague = not engine.words["vague_sources"].isdisjoint([t.lower for t in phrase])
    if kind:
        person = refs.resolve(mention, start, kind)
        if person:
            return (
                Speaker(mention, start, end, person.name, person.role),
                f"pronoun '{mention}' = '{person.name}'{refs.where(person)}",
                False,
            )
        return Speaker(mention, start, end), f"pronoun '{mention}' not resolved", False
    titles = [
        t
        for t in phrase
        if t.lower in engine.words["honorifics"] or t.lower + "." in engine.words["honorifics"]
    ]
    roles = [t for t in phrase if _is_role(engine, t) and t not in titles]
    if roles and roles[-1] is phrase[-1] and len(phrase) >= 2:
        # a role word after a first name is a surname: "Gerhard Richter", "Anna Bauer"
        before = phrase[-2]
        if (
            before.capitalised
            and before not in roles
            and before not in titles
            and (before.lower not in engine.words["determiners"])
        ):
            roles = roles[:-1]
    runs = _name_runs(engine, phrase, roles + titles)
    # a full name is the first run of two or more name words that opens the phrase
    # or follows a role, a title or a comma ("Patrick Kamanda von der Behörde …",
    # "der Sprecher des Ministeriums, Jan Weber"); a run after "of"/"der" names an
    # organisation ("the Office of Municipal Water Standards"); else the last word
    long_runs = [
        r for r in runs if len(r) >= 2 and _opens_name(engine, phrase, r[0], roles + titles)
    ]
    name_run = long_runs[0] if long_runs else (runs[-1] if runs and len(runs[-1]) == 1 else [])
    role_text = _role_text(engine, text, phrase, roles, name_run)
    note = f"speaker '{mention}'"
    resolved = None
    female = _female(engine, [r.text for r in roles])
    if name_run and not vague:
        name = text[name_run[0].start : name_run[-1].end]
        if len(name_run) >= 2:
            resolved = name
            refs.add(_Person(name, role_text, female, start))
        else:
            person = refs.resolve(name, start, None)
            if person:
                resolved = person.name
                role_text = role_text or person.role
                note += f"; '{name}' = '{person.name}'{refs.where(person)}"
            elif roles:
                refs.add(_Person(name, role_text, female, start))
    elif roles and not vague:
        refs.add(_Person(mention, role_text, female, start))
    return Speaker(mention, start, end, resolved, role_text), note, vague


# ---------------------------------------------------------------- cues


def _clause_bounds(toks: list[_Tok], i: int) -> tuple[int, int]:
    """The clause around toks[i], between punctuation; a parenthesis does not end it
    ("Kamanda von der Behörde (National Environment Authority, NEMA) sagte")."""
    start = i
    depth = 0
    while start > 0:
        text = toks[start - 1].text
        if text == ")":
            depth += 1
        elif text == "(" and depth:
            depth -= 1
        elif depth == 0 and text in _CLAUSE_PUNCT:
            break
        start -= 1
    end = i + 1
    n = len(toks)
    while end < n:
        text = toks[end].text
        if text in _CLAUSE_PUNCT or (text in _END_PUNCT and _ends_clause(toks, end)):
            break
        end += 1
    return start, end


def _ends_clause(toks: list[_Tok], k: int) -> bool:
    """Does the mark at toks[k] end the sentence? Inside it, where the sentence splitter
    saw no end, a full stop is that of an abbreviation, an ordinal or an address ("am
    5. August", "Benedikt XVI. gebeten", "ZDNet.com")."""
    if toks[k].text not in _END_PUNCT:
        return False
    return toks[k].text != "." or all(
        t.text in _END_PUNCT or t.text in _CLOSING_BRACKETS for t in toks[k + 1 :]
    )


def _match_cue(
    engine: _Engine, toks: list[_Tok], i: int, present: AbstractSet[str]
) -> tuple[_CueForm, int, tuple[int, int]] | None:
    """A cue verb form at toks[i]; returns it, the index of its last word and the
    bounds of its clause (`_clause_bounds`), which the rules after it need again.
    `present`: the lower-case words of the sentence."""
    forms = engine.forms.get(toks[i].lower)
    if not forms or (i > 0 and toks[i - 1].lower in _INFINITIVE_MARKERS):
        # "… zu schätzen", "to say": an infinitive gives nobody's words
        return None
    required = engine.needs.get(toks[i].lower)
    if required is not None:
        # every form of the word has further words ("gab … bekannt"): where the
        # sentence lacks the words of each, none can match, which the search below
        # would find out only after finding the clause
        if not any(words <= present for words in required):
            return None
    if (
        engine.language == "de"
        # a noun that anchors a cue with its verb ("ist der Ansicht") is meant as a noun
        and not all(f.before for f in forms)
        and _german_non_verb(engine, toks, i)
    ):
        return None
    if (
        engine.language == "de"
        and i + 2 < len(toks)
        and toks[i + 1].lower == "zu"
        and toks[i + 2].lower in _PERFECT_INFINITIVE_AUXILIARIES
    ):
        # "…, die Spieler beleidigt zu haben": a perfect infinitive is what is reported
        return None
    if engine.language == "en" and i > 0 and _after_noun_marker(engine, toks, i):
        return None  # "the report", "his claims", "the IMF's estimate": nouns
    bounds = _clause_bounds(toks, i)
    clause_start, clause_end = bounds
    if engine.language == "de":
        clause_end = _past_apposition(engine, toks, clause_end)
    endings = engine.event_endings.get(toks[i].lower)
    if endings is not None and _names_an_event(engine, toks, endings, clause_start, clause_end):
        return None  # "Der Sturm forderte zwei Todesopfer": no demand
    best: tuple[_CueForm, int, tuple[int, int]] | None = None
    before: list[str] | None = None  # the words of the clause before the verb
    for form in forms:
        if form.before:
            before = [t.lower for t in toks[clause_start:i]] if before is None else before
            if not _in_order(form.before, before):
                continue
        if (
            len(form.rest) == 1
            and i > clause_start
            and toks[i - 1].lower == form.rest[0]
            and (i + 1 >= len(toks) or toks[i + 1].text in _BREAK_PUNCT)
        ):
            # verb-final order: "wie das Ministerium heute bekannt gab"
            return form, i, bounds
        if not form.rest:
            if best is None:
                best = (form, i, bounds)
            continue
        # the further words must follow in order within the clause, and a separable
        # particle stands at its end: "kündigte … an, dass", not "forderte ein Taifun"
        k = i + 1
        last = i
        for word in form.rest:
            while k < clause_end and toks[k].lower != word:
                k += 1
            if k >= clause_end:
                break
            last = k
            k += 1
        else:
            particle_ends_clause = (
                last + 1 >= len(toks)
                or last + 1 == clause_end
                or toks[last + 1].lower in engine.words["complementizers"]
                # the adjective or noun of a phrase, unlike a separable particle, may
                # have its complement after it: "zeigte sich zufrieden mit dem Ergebnis",
                # "übte Kritik an dem Plan"
                or (
                    engine.language == "de"
                    and form.rest[-1] in form.lemma.lower().split()[:-1]
                    and toks[last + 1].lower in engine.words["prepositions"]
                )
            )
            if (particle_ends_clause or len(form.rest) > 1) and (best is None or not best[0].rest):
                best = (form, last, bounds)
    return best


def _names_an_event(
    engine: _Engine, toks: list[_Tok], endings: tuple[str, ...], start: int, end: int
) -> bool:
    """Does an object in the clause make the verb an event ("forderte zwei Todesopfer",
    "hat viele Menschenleben gefordert"; rules: event_objects, whose nouns' `endings`
    are those of the verb's lemmas)? A noun in a phrase of its own is no object
    ("forderte Geld für die Opfer")."""
    return any(
        t.capitalised
        and t.lower.endswith(endings)
        and not _after_preposition(engine, toks, k, start)
        for k, t in enumerate(toks[start:end], start)
    )


def _after_preposition(engine: _Engine, toks: list[_Tok], k: int, start: int) -> bool:
    """Does a preposition open the phrase of the noun at toks[k], across the article,
    numbers and adjectives before it ("für die vielen Opfer")?"""
    j = k - 1
    while (
        j >= start and not toks[j].capitalised and toks[j].lower not in engine.words["prepositions"]
    ):
        if toks[j].text in _CLAUSE_PUNCT or toks[j].text in _END_PUNCT:
            return False
        j -= 1
    return j >= start and toks[j].lower in engine.words["prepositions"]


def _past_apposition(engine: _Engine, toks: list[_Tok], end: int) -> int:
    """Where a clause ends that an apposition between commas interrupts: "gab der
    Leiter der Dienststelle, Andreas Huber, bekannt, dass …" ends after "bekannt"."""
    n = len(toks)
    if end >= n or toks[end].text != ",":
        return end
    k = end + 1
    while k < n and k - end <= 7 and toks[k].text not in _BREAK_PUNCT:
        if not (
            toks[k].capitalised
            or toks[k].lower in engine.words["name_particles"]
            # "ging Celebi, die Anwältin der Frau, davon aus": an apposition with its
            # article
            or (k == end + 1 and engine.language == "de" and toks[k].lower in _APPOSITION_ARTICLES)
        ):
            return end
        k += 1
    if k >= n or toks[k].text != "," or k == end + 1:
        return end
    k += 1
    while k < n and toks[k].text not in _CLAUSE_PUNCT and toks[k].text not in _END_PUNCT:
        k += 1
    return k


def _inverted_name_apposition(
    engine: _Engine, toks: list[_Tok], subject: tuple[int, int]
) -> int | None:
    """Where a subject after its verb ends when a personal name between commas
    follows its role: "sagte der Koordinator, Paul Maier, dass …" ends at the second
    comma. A name stands beside a role noun, not beside another name, and a single
    capitalised word may open the statement ("sagte der Minister, Berlin habe …")."""
    n = len(toks)
    end = subject[1]
    if end >= n or toks[end].text != ",":
        return None
    if not (
        _is_role(engine, toks[end - 1]) or toks[subject[0]].lower in engine.words["determiners"]
    ):
        return None
    k = end + 1
    while k < n and k - end <= 5 and toks[k].text not in _BREAK_PUNCT:
        k += 1
    if k >= n or toks[k].text != "," or not _is_name_run(engine, toks[end + 1 : k]):
        return None
    return k


def _after_noun_marker(engine: _Engine, toks: list[_Tok], i: int) -> bool:
    """Is the English cue form at toks[i] a noun? After an article or a possessive it
    is ("the report"), and before an auxiliary too ("the cooking show was filmed",
    "what she said was true" is no report either)."""
    if (
        i + 1 < len(toks)
        and toks[i + 1].lower in engine.words["auxiliaries"]
        and toks[i + 1].lower not in engine.words["cue_modifiers"]
    ):
        return True
    previous = toks[i - 1].lower
    return (
        previous in engine.words["noun_markers"]
        or previous in engine.words["possessives"]
        or previous.endswith(("'s", "’s"))
    )


def _nominal_attribution(
    engine: _Engine, text: str, toks: list[_Tok], i: int, refs: _References
) -> _Found | None:
    """ "Trump's claim that …", "her warning that …": a noun of saying or thinking
    with a possessor before it and a that-clause or a quotation after it; the
    possessor is the source."""
    if i == 0 or i + 2 >= len(toks):
        return None
    previous = toks[i - 1]
    nxt = toks[i + 1]
    if nxt.lower != "that" and nxt.text != _QUOTE_TOKEN:
        return None
    if previous.lower in engine.words["possessives"]:
        start = i - 1
    elif previous.lower.endswith(("'s", "’s")) and previous.capitalised:
        start = i - 1
        while start > 0 and toks[start - 1].capitalised and i - start < 5:
            start -= 1
    else:
        return None
    speaker, note, vague = _make_speaker(engine, text, toks, (start, i), refs)
    content = (
        (nxt.start, nxt.end)
        if nxt.text == _QUOTE_TOKEN
        else _longest_content(toks, [(i + 2, _clause_bounds(toks, i + 2)[1])])
    )
    if content is None:
        return None
    cue = Span(toks[i].start, toks[i].end, toks[i].text)
    return _Found(
        "reported_speech",
        speaker,
        cue,
        content,
        f"noun '{cue.text}' with its possessor as the source; {note}",
        vague,
    )


def _in_order(words: tuple[str, ...], seen: list[str]) -> bool:
    """Do `words` occur in `seen` in this order (with gaps)?"""
    position = 0
    for word in words:
        try:
            position = seen.index(word, position) + 1
        except ValueError:
            return False
    return True


def _german_non_verb(engine: _Engine, toks: list[_Tok], i: int) -> bool:
    """A German word that looks like a cue verb but is a noun or an adjective.

    Inside a sentence a capitalised word is a noun ("Schloss"), also the first word of
    a quoted name or phrase ("den „Empörten Bürgern“"); an inflected
    participle before a noun is an adjective ("ein von Putin unterstützten
    Referendum", "beschuldigte Personen") unless it opens its clause ("…, sagten
    Experten").
    """
    tok = toks[i]
    at_start = i == 0 or toks[i - 1].text in _CLAUSE_PUNCT
    if tok.capitalised and not at_start:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    # all the tests below are of an attributive form before a noun
    if nxt is None or not nxt.capitalised or not tok.lower.endswith(_ATTRIBUTIVE_ENDINGS):
        return False
    previous = toks[i - 1] if i > 0 else None
    if (
        previous is not None
        and (
            previous.lower in engine.words["determiners"]
            or previous.text[:1].isdigit()
            or previous.lower in _NUMBER_WORDS
        )
        # "Das erklärte General Weber am Montag.": after a demonstrative that opens the
        # clause, with no other verb in the rest of it, the form is the verb
        and not (
            previous.lower in engine.words["demonstratives"]
            and (i == 1 or toks[i - 2].text in _CLAUSE_PUNCT)
            and _verbless_tail(engine, toks, i + 1)
        )
    ):
        return True  # "eine beschuldigte Person", "zwei beschuldigte Personen"
    if (
        i > 1
        and toks[i - 2].lower in engine.words["determiners"]
        and toks[i - 1].text.isalpha()
        and not toks[i - 1].capitalised
        and toks[i - 1].lower not in engine.words["determiners"]
    ):
        return True  # "in der bereits erwähnten Botschaft", "eine oft beklagte Lücke"
    if nxt.lower not in engine.words["determiners"] and "ge" in tok.lower[:-3]:
        previous = toks[i - 1] if i > 0 else None
        if at_start and tok.capitalised:
            return True  # "Anerkannte Regelungen …"
        if (
            previous is not None
            and not at_start
            and _pronoun(engine, previous) is None
            and previous.lower not in engine.words["auxiliaries"]
        ):
            return True
    return False


def _content_after(toks: list[_Tok], k: int, engine: _Engine) -> tuple[int, int] | None:
    """Token range of the clause after index k: '…, dass X', ': X', ', X sei …'."""
    n = len(toks)
    while k < n and toks[k].text in {",", ":", "–", "—"}:
        k += 1
    end = n
    while end > k and toks[end - 1].text in _END_PUNCT:
        end -= 1
    if k >= end:
        return None
    if toks[k].lower in engine.words["complementizers"] and not _compares(engine, toks, k):
        k += 1
        # "say that, in addition to Scott, he would …"
        while engine.language == "en" and k < end and toks[k].text == ",":
            k += 1
    return (k, end) if k < end else None


def _span(toks: list[_Tok], a: int, b: int) -> tuple[int, int]:
    return toks[a].start, toks[b - 1].end


def _clause_span(toks: list[_Tok], clause: tuple[int, int], engine: _Engine) -> tuple[int, int]:
    """The characters of a reported clause (`_content_after`) with the complementizer
    that opens it: what was said is "dass die Lage ernst sei", "that the plan works"."""
    start, end = clause
    if start > 0 and toks[start - 1].lower in engine.words["complementizers"]:
        start -= 1
    return _span(toks, start, end)


def _positions(
    places: dict[str, list[int]], rule: str, start: int = 0, end: int | None = None
) -> list[int]:
    """Where the words of a rule stand (`places`, by rule; see `_Engine.rules_of_word`),
    from `start` and before `end`."""
    found = places.get(rule, [])
    if start or end is not None:
        return [k for k in found if start <= k and (end is None or k < end)]
    return found


def _find_attributions(
    engine: _Engine, text: str, toks: list[_Tok], refs: _References
) -> list[_Found]:
    found: list[_Found] = []
    n = len(toks)
    # Each rule looks only where its words stand: most sentences hold none of them,
    # and one scan finds them for all the rules.
    lows = [t.lower for t in toks]
    places: dict[str, list[int]] = {}
    rules_of_word = engine.rules_of_word
    # the few words of the sentence that start a rule, by a set intersection, and
    # where each stands, by list searches: no loop over every word in Python
    for word in engine.rule_words.intersection(lows):
        k = -1
        for _ in range(lows.count(word)):
            k = lows.index(word, k + 1)
            for rule in rules_of_word[word]:
                places.setdefault(rule, []).append(k)
    for positions in places.values():
        positions.sort()  # in the order of the sentence, whichever word put them there
    # (a) prepositions before the source: "laut Peskow", "according to the ministry"
    for i in _positions(places, "preposed"):
        for phrase in engine.preposed.get(toks[i].lower, ()):
            if tuple(lows[i : i + len(phrase)]) != phrase:
                continue
            np = _np_right(engine, toks, i + len(phrase))
            if np is None and engine.language == "de":
                j = i + len(phrase)
                np = _odd_name(text, toks, j)
                if np is None and j < n and toks[j].lower in engine.words["determiners"]:
                    # "laut einer dpa-Meldung": the article before such a name
                    odd = _odd_name(text, toks, j + 1)
                    np = (j, odd[1]) if odd is not None else None
            if np is None:
                continue
            if engine.language == "de":
                np = (np[0], _second_source_end(engine, toks, np[0], np[1]))
            speaker, note, vague = _make_speaker(engine, text, toks, np, refs)
            rest = [(0, i), (np[1], n)]
            cue = Span(
                toks[i].start,
                toks[i + len(phrase) - 1].end,
                text[toks[i].start : toks[i + len(phrase) - 1].end],
            )
            for content, around in _source_sides(engine, toks, rest):
                found.append(
                    _Found(
                        "reported_speech",
                        speaker,
                        cue,
                        content,
                        f"cue '{cue.text}' before the source, {note}{around}",
                        vague,
                    )
                )
            break
    # (a2) a preposition before a noun of reporting: "Nach Angaben der Polizei"
    for i in _positions(places, "source_prepositions"):
        if toks[i].lower not in engine.words["source_prepositions"] or any(
            f.cue and f.cue.start <= toks[i].start < f.cue.end for f in found
        ):
            continue
        if (
            i > 0
            and toks[i].lower == "nach"
            and toks[i - 1].lower in engine.words["time_before_nach"]
        ):
            continue  # "zwei Monate nach dem Urteil", "kurz nach der Auszählung": a time
        source = _source_phrase(engine, toks, i)
        if source is None:
            continue
        speaker, note, vague = _make_speaker(engine, text, toks, source, refs)
        cue = Span(toks[i].start, toks[i].end, toks[i].text)
        sides = [(0, min(i, source[0])), (max(i, source[1] - 1) + 1, n)]
        for content, around in _source_sides(engine, toks, sides):
            found.append(
                _Found(
                    "reported_speech",
                    speaker,
                    cue,
                    content,
                    f"'{cue.text}' with a noun of reporting, {note}{around}",
                    vague,
                )
            )
    # (b) postpositions: "dem Bericht zufolge"
    for i in _positions(places, "postposed_prepositions", 1):
        if toks[i].lower != "nach" or (i + 1 < n and toks[i + 1].text in _CLAUSE_PUNCT):
            start = _phrase_start_before(engine, toks, i, 8)
            if start < i and _valid_subject(engine, toks[start:i]):
                speaker, note, vague = _make_speaker(engine, text, toks, (start, i), refs)
                content = _longest_content(toks, [(0, start), (i + 1, n)])
                cue = Span(toks[i].start, toks[i].end, toks[i].text)
                found.append(
                    _Found(
                        "reported_speech",
                        speaker,
                        cue,
                        content,
                        f"cue '{cue.text}' after the source, {note}",
                        vague,
                    )
                )
    # (c) postposed cue words: "…, so Peskow."
    for i in _positions(places, "postposed_cues", 1, max(n - 1, 0)):
        if (
            toks[i].lower in engine.words["postposed_cues"]
            and toks[i - 1].text in {",", "–", "—"}
            or (
                toks[i].lower in engine.words["postposed_cues"] and toks[i - 1].text == _QUOTE_TOKEN
            )
        ):
            np = _np_right(engine, toks, i + 1)
            if np is None:
                continue
            tail = _skip_parenthesis(toks, np[1])  # "so Bürgermeister Hampel (Bürgerliste)."
            inserted = _inserted_so(engine, toks, tail) if engine.language == "de" else None
            if inserted is not None:
                speaker, note, vague = _make_speaker(engine, text, toks, np, refs)
                found.append(
                    _Found(
                        "reported_speech",
                        speaker,
                        Span(toks[i].start, toks[i].end, toks[i].text),
                        _source_content(engine, toks, [(0, i - 1), (inserted, n)]),
                        f"cue '{toks[i].text}' inserted in the statement, {note}",
                        vague,
                    )
                )
                continue
            if (
                tail < n
                and toks[tail].text not in _END_PUNCT
                and toks[tail].text not in {",", _QUOTE_TOKEN}
                and not (engine.language == "de" and _verbless_tail(engine, toks, tail))
                and not (engine.language == "de" and _so_before_colon(engine, toks, tail))
            ):
                continue
            speaker, note, vague = _make_speaker(engine, text, toks, np, refs)
            content = _span(toks, 0, i - 1) if i - 1 > 0 else None
            cue = Span(toks[i].start, toks[i].end, toks[i].text)
            found.append(
                _Found(
                    "reported_speech",
                    speaker,
                    cue,
                    content,
                    f"cue '{cue.text}' after the claim, {note}",
                    vague,
                )
            )
    # (d) verbs of saying, thinking, writing; narrated speech acts
    done_until = 0
    verbs = _positions(places, "forms")
    present = set(lows) if verbs else set()
    for i in verbs:
        if i < done_until:
            continue
        match = _match_cue(engine, toks, i, present)
        if match is None:
            nominal = (
                _nominal_attribution(engine, text, toks, i, refs)
                if engine.language == "en"
                else None
            )
            if nominal is not None:
                found.append(nominal)
            continue
        form, last, bounds = match
        shared = _speaker_tokens(toks, found[-1]) if found else None
        result = _verb_attribution(engine, text, toks, i, last, form, refs, bounds, shared)
        if result is not None:
            found.append(result)
            done_until = last + 1
    # (d2) "Sanders: Clinton needs to …", "PENCE: Well, …": a name and a colon
    # opening the sentence give it to that speaker (headlines, transcripts)
    colon_limit = min(n, engine.colon_speaker_words + 1)
    colon = lows.index(":", 1, colon_limit) if ":" in lows[1:colon_limit] else None
    if (
        colon is not None
        and not found
        and colon + 1 < n
        and all(
            t.capitalised
            and t.lower not in engine.words["not_names"]
            and t.lower not in engine.words["determiners"]
            for t in toks[:colon]
        )
        and not any(_is_verbish(engine, t.lower) for t in toks[:colon])
    ):
        speaker, note, vague = _make_speaker(engine, text, toks, (0, colon), refs)
        cue = Span(toks[colon].start, toks[colon].end, ":")
        after_colon = toks[colon + 1]
        content = (
            (after_colon.start, after_colon.end)
            if after_colon.text == _QUOTE_TOKEN
            else _longest_content(toks, [(colon + 1, n)])
        )
        if content is not None:
            found.append(
                _Found(
                    "reported_speech",
                    speaker,
                    cue,
                    content,
                    f"name and colon before the words, {note}",
                    vague,
                    opens=True,
                    turn=True,
                )
            )
    # (d2b) German "BKA-Präsident Ziercke: „…“", "Weber wörtlich: „…“": a person named
    # alone before a colon and a quotation is its speaker
    colon_quote = _colon_quote_speaker(engine, toks, refs) if not found else None
    if colon_quote is not None:
        speaker, note, vague = _make_speaker(engine, text, toks, colon_quote, refs)
        colon = next(k for k in range(colon_quote[1], n) if toks[k].text == ":")
        colon_tok = toks[colon]
        quoted = next(t for t in toks if t.start > colon_tok.start)
        manner = toks[colon - 1]
        # "Weber wörtlich: „…“": an adverb of the manner of saying is the cue, not the colon
        cue_tok = manner if manner.lower in engine.words["colon_manner_adverbs"] else colon_tok
        found.append(
            _Found(
                "reported_speech",
                speaker,
                Span(cue_tok.start, cue_tok.end, cue_tok.text),
                (quoted.start, quoted.end),
                f"name and colon before the quotation, {note}",
                vague,
                opens=True,
            )
        )
    # (d2c) German "Zypries sieht in dem Urteil eine Bestätigung: „…“": a clause whose
    # words the quotation after its colon spells out belongs to the subject before its
    # finite verb, whatever the verb
    framed = (
        _colon_frame_subject(engine, text, toks, refs)
        if not found and engine.language == "de"
        else None
    )
    if framed is not None:
        (subject_start, subject_end), colon = framed
        speaker, note, vague = _make_speaker(engine, text, toks, (subject_start, subject_end), refs)
        quoted = toks[colon + 1]
        found.append(
            _Found(
                "reported_speech",
                speaker,
                # the verb frames the words without saying them ("sieht", "bekannte
                # sich"), and the colon is punctuation: the quotation has no cue
                None,
                (quoted.start, quoted.end),
                f"subject of the clause before the colon and the quotation, {note}",
                vague,
                opens=True,
            )
        )
    # (d3) '"…" ― Carla Sanchez': a dash and a name after a quotation sign it
    for k in range(1, n - 1) if _QUOTE_TOKEN in lows else ():
        if toks[k].text in _DASHES and toks[k - 1].text == _QUOTE_TOKEN:
            np = _np_right(engine, toks, k + 1)
            if np is not None and (np[1] >= n or toks[np[1]].text in _END_PUNCT | {","}):
                speaker, note, vague = _make_speaker(engine, text, toks, np, refs)
                quoted = toks[k - 1]
                found.append(
                    _Found(
                        "reported_speech",
                        speaker,
                        Span(toks[k].start, toks[k].end, toks[k].text),
                        (quoted.start, quoted.end),
                        f"dash and name after the quotation, {note}",
                        vague,
                    )
                )
    # (e0) adverbs that refer back to a source: "Demnach …", "Berichte, wonach …"
    for i in _positions(places, "source_adverbs"):
        adverb = next(
            (p for p in engine.source_adverbs[lows[i]] if tuple(lows[i : i + len(p)]) == p), ()
        )
        content = _longest_content(toks, [(i + len(adverb), n)]) if adverb else None
        if adverb and content is not None:
            last = i + len(adverb) - 1
            # "nach denen", "der zufolge": the relative pronoun stands for the source,
            # the preposition is the cue
            preposition = [
                k for k in range(i, last + 1) if lows[k] in engine.words["source_prepositions"]
            ]
            cue = (
                _token_span(text, toks, preposition[0], preposition[0])
                if last > i and preposition
                else _token_span(text, toks, i, last)
            )
            referent = _source_adverb_speaker(engine, text, toks, i, last, refs)
            found.append(
                _Found(
                    "reported_speech",
                    referent[0] if referent else None,
                    cue,
                    content,
                    f"'{cue.text}' gives what the source named before it says"
                    + (f"; {referent[1]}" if referent else ""),
                    referent[2] if referent else False,
                    opens=True,
                )
            )
    # (e) impersonal cues: "heißt es", "it is said"
    for i in _positions(places, "impersonal"):
        if i > 0 and toks[i - 1].lower in engine.words["as_cues"]:
            as_clause = _as_impersonal(engine, text, toks, i, refs)
            if as_clause is not None:
                found.append(as_clause)
                continue
        for phrase in engine.impersonal.get(toks[i].lower, ()):
            matched = _impersonal_match(engine, toks, i, phrase)
            if matched is not None:
                end = matched[-1] + 1
                if " ".join(phrase) in engine.words["clausal_impersonal_cues"] and not (
                    # "Wie bekannt wurde", "Wie gestern bekannt wurde"
                    any(
                        t.lower in engine.words["as_cues"]
                        for t in itertools.takewhile(
                            lambda t: t.text not in _CLAUSE_PUNCT, reversed(toks[max(0, i - 3) : i])
                        )
                    )
                    or (end < n and toks[end].lower in engine.words["complementizers"])
                    # a clause of words after the comma, not ", weil …" or the rest of
                    # the sentence after a relative clause ("das durch … bekannt wurde, …")
                    or (end < n and _reports_clause_after(engine, toks, end - 1))
                ):
                    continue  # "Bekannt wurde das Kino durch einen Film": became famous
                first, last = _longest_run(toks, matched)
                cue = Span(
                    toks[first].start, toks[last].end, text[toks[first].start : toks[last].end]
                )
                content = _longest_content(toks, [(0, i), (end, n)])
                written = _written_source(engine, toks, i)
                after_source = (
                    _impersonal_source_after(engine, toks, end) if written is None else None
                )
                if after_source is not None:
                    # "…, hieß es aus dem Ministerium", "…, heißt es in einer Erklärung
                    # des Verbands": the phrase after the cue names where it was said
                    speaker, note, vague = _make_speaker(engine, text, toks, after_source, refs)
                    found.append(
                        _Found(
                            "reported_speech",
                            speaker,
                            cue,
                            _longest_content(toks, [(0, i), (after_source[1], n)]),
                            f"impersonal cue '{cue.text}' before where it was said; {note}",
                            vague,
                        )
                    )
                    continue
                if written is not None:
                    # "In der Mitteilung des Verbands heißt es, …", "In Regierungskreisen
                    # heißt es": where it was said names the source
                    speaker, note, vague = _make_speaker(engine, text, toks, written, refs)
                    k = end
                    while k < n - 1 and toks[k].lower in engine.words["skippable"]:
                        k += 1  # "heißt es weiter, dass …"
                    clause = _content_after(toks, k, engine)
                    content = _clause_span(toks, clause, engine) if clause else content
                    found.append(
                        _Found(
                            "reported_speech",
                            speaker,
                            cue,
                            content,
                            f"impersonal cue '{cue.text}' after where it was said; {note}",
                            vague,
                            opens=True,
                        )
                    )
                    continue
                found.append(
                    _Found(
                        "reported_speech",
                        None,
                        cue,
                        content,
                        f"impersonal cue '{cue.text}': nobody named",
                        True,
                    )
                )
    # (f) nouns of saying with a clause of the words: "die Behauptung, dass …", "die
    # Ankündigung, der Iran werde …", "eine Warnung der Wärter, auf Flüchtende zu schießen"
    for i in _positions(places, "clause_nouns"):
        noun = _noun_clause(engine, text, toks, i)
        if noun is not None and noun.content is not None:
            start, end = noun.content
            if not any(
                f.content is not None and f.content[0] < end and start < f.content[1] for f in found
            ):
                found.append(noun)
    return found


def _noun_clause(engine: _Engine, text: str, toks: list[_Tok], i: int) -> _Found | None:
    """A noun of saying (`clause_nouns`) whose clause gives the words: after a comma,
    a clause with "dass" or "ob", in Konjunktiv I, or a zu-infinitive. A genitive or
    "von" phrase may stand between the noun and its comma ("die Forderung des
    Vorsitzenden, …"). The noun is the cue; who said it is left to the sentence."""
    n = len(toks)
    if not toks[i].capitalised:
        return None
    j = i + 1
    if j < n and (
        toks[j].lower in {"des", "der", "von", "vom"}
        or toks[j].lower in engine.words["genitive_determiners"]
    ):
        j += 1
        while j < n and j - i <= 8 and toks[j].text not in _CLAUSE_PUNCT:
            low = toks[j].lower
            if low in engine.forms or low in engine.words["auxiliaries"]:
                return None  # a verb: the noun phrase has ended in a clause of its own
            j += 1
    if j + 1 >= n or toks[j].text != ",":
        return None
    clause = _content_after(toks, j, engine)
    if clause is None:
        return None
    first = toks[j + 1].lower
    clause_toks = toks[clause[0] : clause[1]]
    # the clause up to its next comma: a later clause belongs to the sentence
    stop = next((k for k, t in enumerate(clause_toks) if t.text in _CLAUSE_PUNCT), len(clause_toks))
    own = [t.lower for t in clause_toks[:stop]]
    if not (
        first in {"dass", "daß", "ob"}
        or not engine.words["subjunctive_forms"].isdisjoint(own)
        or _has_zu_infinitive(engine, clause_toks[:stop])
    ):
        return None
    # the cue is the noun phrase that names the act: the noun with its determiner
    # ("die Behauptung", "einer Warnung") and the inflected adjectives between them
    # ("die erneute Warnung")
    k = i - 1
    while (
        k > 0
        and i - k <= 2
        and not toks[k].capitalised
        and toks[k].text.isalpha()
        and toks[k].lower.endswith(("e", "en", "er", "es", "em"))
        and toks[k].lower not in engine.words["determiners"]
        and toks[k].lower not in engine.verbish
    ):
        k -= 1
    first_cue = k if k >= 0 and toks[k].lower in engine.words["determiners"] else i
    cue = _token_span(text, toks, first_cue, i)
    return _Found(
        "reported_speech",
        None,
        cue,
        _clause_span(toks, clause, engine),
        f"noun of saying '{cue.text}' with the clause of its words",
        True,
    )


def _as_impersonal(
    engine: _Engine, text: str, toks: list[_Tok], i: int, refs: _References
) -> _Found | None:
    """ "…, wie es hieß", "Wie es am Montag aus dem Rathaus hieß, …": a clause of "wie"
    whose subject is the impersonal "es" at toks[i] and whose verb of saying ends it
    gives the rest of the sentence as someone's words. The cue is the whole clause but
    what stands between "es" and the verb; a phrase of origin there ("aus dem
    Rathaus") names the source, a phrase of time ("am Montag") does not."""
    n = len(toks)
    wie = i - 1
    if wie > 0 and toks[wie - 1].text != ",":
        return None
    k = i + 1
    while k < n and toks[k].text not in _BREAK_PUNCT:
        k += 1
    verbs = {word for phrase in engine.impersonal.get("es", ()) for word in phrase[1:]}
    verb = k - 1
    if verb > i + 1 and toks[verb].lower in engine.words["auxiliaries"]:
        verb -= 1  # "wie es geheißen hatte"
    if (
        verb <= i
        or toks[verb].lower not in verbs
        or toks[verb].lower in engine.words["auxiliaries"]
    ):
        return None
    if wie > 0 and k < n and toks[k].text == ",":
        # "X, wie es hieß, Y": interposed, as "X, sagte sie, Y" is, between the words
        content = _longest_content(toks, [(0, n)])
    elif wie > 0:
        content = _longest_content(toks, [(0, wie - 1)])  # "X, wie es hieß"
    elif k < n and toks[k].text == ",":
        content = _longest_content(toks, [(k + 1, n)])  # "Wie es hieß, X"
    else:
        return None
    if content is None:
        return None
    opening = _token_span(text, toks, wie, i)
    closing = _token_span(text, toks, verb, k - 1)
    if verb == i + 1:
        cue = _token_span(text, toks, wie, k - 1)
    else:
        longest = max(opening, closing, key=lambda part: part.end - part.start)
        cue = replace(longest, parts=(opening, closing))
    source = _impersonal_source_after(engine, toks, i + 1)
    if source is not None and source[1] <= verb:
        speaker, note, vague = _make_speaker(engine, text, toks, source, refs)
        explanation = f"impersonal cue '{cue.label}' with where it was said; {note}"
        return _Found("reported_speech", speaker, cue, content, explanation, vague)
    explanation = f"impersonal cue '{cue.label}': nobody named"
    return _Found("reported_speech", None, cue, content, explanation, True)


def _impersonal_match(
    engine: _Engine, toks: list[_Tok], i: int, phrase: tuple[str, ...]
) -> list[int] | None:
    """Where the words of an impersonal cue stand from toks[i]: one after the other,
    or with sentence adverbs between them ("wurde inzwischen auch bekannt", "war
    schon bekannt geworden", "hatte es zunächst geheißen"), as in any German clause."""
    matched = [i]
    k = i + 1
    for word in phrase[1:]:
        skipped = 0
        while (
            k < len(toks)
            and toks[k].lower != word
            and toks[k].lower in engine.words["not_cue_words"]
            and skipped < engine.join_gap_words
        ):
            k += 1
            skipped += 1
        if k >= len(toks) or toks[k].lower != word:
            return None
        matched.append(k)
        k += 1
    return matched


def _longest_run(toks: list[_Tok], indices: list[int]) -> tuple[int, int]:
    """The first and last index of the run of consecutive indices that covers the most
    characters (the first of equal ones): the part of a cue that is shown as its span,
    "bekannt" of "wurde auch bekannt"."""
    runs: list[tuple[int, int]] = []
    for k in indices:
        if runs and k == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    return max(runs, key=lambda r: toks[r[1]].end - toks[r[0]].start)


def _source_adverb_speaker(
    engine: _Engine, text: str, toks: list[_Tok], i: int, last: int, refs: _References
) -> tuple[Speaker, str, bool] | None:
    """Who a word that refers back to a source stands for. A relative after a comma
    has its noun before the comma ("Berichte der Zeitung, wonach …", "Studien, nach
    denen …"): that phrase is the speaker. An adverb ("Demnach …") is itself the
    speaker's mention; the source it refers to, in an earlier sentence, is filled in
    as what it resolves to once the article is read (`_resolve_source_adverbs`)."""
    if i >= 2 and toks[i - 1].text == ",":
        start = _phrase_start_before(engine, toks, i - 1, 8)
        if start < i - 1 and _valid_subject(engine, toks[start : i - 1]):
            speaker, note, vague = _make_speaker(engine, text, toks, (start, i - 1), refs)
            return speaker, f"the noun it refers to, {note}", vague
        return None
    if last != i or toks[i].lower not in engine.words["referring_source_adverbs"]:
        return None
    tok = toks[i]
    return Speaker(tok.text, tok.start, tok.end), f"speaker '{tok.text}'", False


def _resolve_source_adverbs(engine: _Engine, text: str, sentences: list[Sentence]) -> None:
    """Give "Demnach …" the source it refers to: the speaker of the sentence before
    it (in the same or the paragraph before), so that a reviewer sees who stands
    behind the words, and its explanation says so."""
    if not any(form in text for form in engine.source_adverb_forms):
        return  # most articles hold none: no pass over their sentences
    previous: Speaker | None = None
    previous_paragraph = -2
    for sentence in sentences:
        if not sentence.attributions:
            continue
        for k, a in enumerate(sentence.attributions):
            spoken = a.speaker
            if (
                spoken is None
                or spoken.resolved is not None
                or spoken.text.lower() not in engine.words["referring_source_adverbs"]
            ):
                continue
            if previous is None or sentence.paragraph - previous_paragraph > 1:
                note = "; the source it refers to is not named in the sentence before"
                sentence.attributions[k] = replace(a, explanation=a.explanation + note)
                continue
            source = previous.resolved or previous.text
            sentence.attributions[k] = replace(
                a,
                speaker=replace(spoken, resolved=source, role=previous.role),
                vague_source=a.vague_source,
                explanation=a.explanation
                + f"; '{spoken.text}' refers to the source of the sentence before, '{source}'",
            )
        main = sentence.main
        named = main.speaker if main is not None else None
        if named is not None and named.text.lower() not in engine.words["referring_source_adverbs"]:
            previous, previous_paragraph = named, sentence.paragraph


def _written_source(engine: _Engine, toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """ "In der Pressemitteilung des Verbands heißt es", "Aus dem Ministerium hieß es",
    "Bei der Agentur hieß es": the noun phrase after a preposition of place or origin
    that opens the clause right before the cue at toks[i]. A relative clause between
    the phrase and the cue is no part of it ("In dem Bericht, der am Montag erschien,
    heißt es"): the phrase stands before the relative clause."""
    start, _ = _clause_bounds(toks, i)
    end = i
    if start == i and i > 2 and toks[i - 1].text == ",":
        relative, _ = _clause_bounds(toks, i - 2)
        if (
            relative > 2
            and toks[relative].lower in engine.words["relative_pronouns"]
            and toks[relative - 1].text == ","
        ):
            start, _ = _clause_bounds(toks, relative - 2)
            end = relative - 1
    if end - start < 2 or not (
        toks[start].lower in engine.words["source_locatives"]
        or toks[start].lower in engine.words["impersonal_source_prepositions"]
    ):
        return None
    phrase = toks[start + 1 : end]
    if (_valid_subject(engine, phrase) or _prefield_subject(engine, phrase)) and not _time_phrase(
        engine, toks, start + 1, end
    ):
        return start + 1, end
    return None


def _impersonal_source_after(engine: _Engine, toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """The source after an impersonal cue that ends at toks[k]: "…, hieß es bei der
    Agentur", "hieß es aus Regierungskreisen", "heißt es weiter in einem Bericht des
    Amts". A phrase of time ("hieß es am Montag", "im Jahr 2020") names none."""
    n = len(toks)
    while (
        k < n - 1
        and toks[k].lower in engine.words["skippable"]
        and not (
            toks[k].lower in engine.words["source_locatives"]
            or toks[k].lower in engine.words["impersonal_source_prepositions"]
        )
    ):
        k += 1  # "hieß es weiter aus dem Amt"
    if k >= n - 1 or not (
        toks[k].lower in engine.words["source_locatives"]
        or toks[k].lower in engine.words["impersonal_source_prepositions"]
    ):
        return None
    np = _np_right(engine, toks, k + 1)
    if np is None or np[0] != k + 1 or _time_phrase(engine, toks, *np):
        return None
    return np


def _time_phrase(engine: _Engine, toks: list[_Tok], start: int, end: int) -> bool:
    """Is the phrase toks[start:end] after a preposition a time ("Jahr 2020",
    "Montag", "der Nacht") rather than a place or a text? Its head, the first noun or number, tells:
    "in der Mitteilung von heute Mittag" is a text."""
    head = next((t for t in toks[start:end] if t.capitalised or t.text[:1].isdigit()), None)
    return head is not None and (
        head.lower in engine.words["time_nouns"] or head.text[:1].isdigit()
    )


def _source_phrase(engine: _Engine, toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """The noun phrase of reporting next to a source preposition at toks[i]:
    after it ("nach einem Bericht der Zeitung X") or, for a postposition, before
    it ("eigenen Angaben zufolge")."""
    n = len(toks)
    k = i + 1
    while (
        k < n
        and (
            toks[k].lower in engine.words["determiners"]
            or (not toks[k].capitalised and _np_token_ok(engine, toks[k], False))
        )
        and k - i < 4
    ):
        k += 1
    if (
        k + 1 < n
        and toks[k].capitalised
        and toks[k].lower.endswith("s")
        and toks[k + 1].capitalised
        and _source_noun(engine, toks[k + 1].lower)
    ):
        k += 1  # a genitive before the noun: "nach Grupps Meinung"
    if k < n and toks[k].capitalised and _source_noun(engine, toks[k].lower):
        end = k + 1
        while end < n and toks[end].capitalised and end - k < 4:
            end += 1  # a genitive name: "nach Auffassung Österreichs"
        # a genitive or 'von' complement names who reports: "der Polizei", "von Airbus",
        # "einer russischen Quelle"
        if end < n and (
            toks[end].lower in {"der", "des", "von", "vom", "of", "by"}
            or (engine.language == "de" and toks[end].lower in {"einer", "eines"})
        ):
            np = _np_right(engine, toks, end + 1)
            if np is not None:
                end = _source_end(engine, toks, np[0], np[1])
        elif engine.language == "de":
            end = _source_end(engine, toks, k, end)
        return i + 1, end
    if toks[i].lower not in engine.words["postposed_prepositions"] or (
        i + 1 < n and toks[i + 1].lower in engine.words["direction_adverbs"]
    ):
        return None  # "die Sicht nach oben": the adverb is the object of the preposition
    start = _phrase_start_before(engine, toks, i, 6)
    openers = engine.words["determiners"] | engine.words["possessives"]
    if i - start > 2 and toks[start].lower in openers and toks[start + 1].lower in openers:
        # "gegen die ihrer Meinung nach falschen Pläne": the article is the outer phrase's
        start += 1
    elif toks[start].lower in engine.words["prepositions"] or (
        start > 0 and toks[start - 1].lower in engine.words["prepositions"]
    ):
        # "in einer Stellungnahme nach dem Angriff": a phrase that a preposition before
        # it governs is the object of no postposition
        return None
    heads = [t for t in toks[start:i] if t.capitalised]
    if start < i and heads and _source_noun(engine, heads[-1].lower):
        return start, i
    return None


def _phrase_start_before(engine: _Engine, toks: list[_Tok], i: int, limit: int) -> int:
    """Where the noun phrase before a postposition at toks[i] starts ("dem Bericht der
    Zeitung zufolge", "behördlichen Angaben zufolge"), at most `limit` words back. In
    German a lower-case word right after a noun opens no phrase that goes on to the
    postposition unless it is a genitive article or adjective ("Angaben des Instituts
    zufolge", "Angaben örtlicher Behörden zufolge"); another article opens it ("sagte
    die Kanzlerin einigen Teilnehmern zufolge"), and in "Am Samstag starben behördlichen
    Angaben zufolge" the verb ends it."""
    start = i
    bracketed = 0  # the words in parentheses, which do not count against the limit
    while start > 0 and i - start - bracketed < limit:
        if toks[start - 1].text == ")":
            # an abbreviation in parentheses after its name belongs to the phrase:
            # "einer Erklärung des Verbands der Lehrer (VDL) zufolge"
            opening = next(
                (k for k in range(start - 2, max(-1, start - 6), -1) if toks[k].text == "("),
                None,
            )
            if opening is None or opening == 0 or not toks[opening - 1].capitalised:
                break
            bracketed += start - opening
            start = opening
            continue
        if not _np_token_ok(engine, toks[start - 1], False):
            break
        before = toks[start - 1]
        if (
            engine.language == "de"
            and start > 1
            and not before.capitalised
            and before.text.isalpha()
            and toks[start - 2].capitalised
            and toks[start - 2].text.isalpha()
            and toks[start - 2].lower not in engine.words["determiners"]
            and not before.lower.endswith("er")
            and before.lower not in engine.words["name_particles"]
            and before.lower not in _GENITIVE_ARTICLES
        ):
            # an article or quantifier there opens the phrase ("sagte die Kanzlerin
            # einigen Teilnehmern zufolge"); anything else ends it
            if (
                before.lower in engine.words["determiners"]
                or before.lower in engine.words["vague_sources"]
            ):
                start -= 1
            break
        start -= 1
    return start


def _source_end(engine: _Engine, toks: list[_Tok], start: int, end: int) -> int:
    """Where a German source that a source noun introduces ends, given its first
    phrase toks[start:end] ("Angaben der Polizei", "des Direktors"): further genitives
    ("eines Mitarbeiters einer Organisation", "des Fonds (MIF) der Bank"), a genitive
    with no article ("Angaben libanesischer Sicherheitskreise", "Angaben seines
    Anwalts") and an apposition between commas ("von Jan Roth, dem Leiter des
    Amts,") belong to it."""
    n = len(toks)
    if (
        end < n
        and not toks[end].capitalised
        and toks[end].lower in engine.words["genitive_determiners"]
    ):
        np = _np_right(engine, toks, end)
        if np is not None and np[0] == end:
            end = np[1]  # "Angaben seines Anwalts"
    elif end < n and not toks[end].capitalised and toks[end].lower.endswith("er"):
        noun = _adjective_before_noun(engine, toks, end)
        if noun > end:
            end = noun + 1  # "Angaben libanesischer Sicherheitskreise"
            while end < n and toks[end].capitalised and toks[end].text.isalpha():
                end += 1
    # after a genitive ("eines Mitarbeiters") 'der' and 'einer' open another genitive
    # ("… einer Organisation"); else they may open the clause's subject or a dative
    genitive = any(toks[k].lower in {"des", "eines"} for k in (start, start - 1) if 0 <= k < n)
    chain = {"des", "eines", "der", "einer"} if genitive else {"des", "eines"}
    for _ in range(3):
        end = _skip_parenthesis(toks, end)  # "des Fonds (MIF)"
        if end >= n or toks[end].lower not in chain:
            break
        np = _np_right(engine, toks, end + 1)
        if np is None or np[0] != end + 1:
            break
        end = np[1]  # "eines Mitarbeiters des Roten Kreuzes", "(MIF) des Landes"
    end = _second_source_end(engine, toks, start, end)
    end = _before_date(engine, toks, start, end)
    return _source_apposition(engine, toks, start, end)


def _before_date(engine: _Engine, toks: list[_Tok], start: int, end: int) -> int:
    """ "nach Angaben der Polizei vom Dienstag", "laut einer Mitteilung des Amts vom 5.
    Mai": a date after 'vom' says when the source spoke, and is no part of it. Returns
    the end of the source toks[start:end] without it."""
    for k in range(start + 1, end - 1):
        if toks[k].lower not in engine.words["dating_prepositions"]:
            continue
        rest = toks[k + 1 : end]
        if any(t.lower in engine.words["time_nouns"] for t in rest) and all(
            t.lower in engine.words["time_nouns"] or t.text[:1].isdigit() or t.text == "."
            for t in rest
        ):
            return k
    return end


def _second_source_end(engine: _Engine, toks: list[_Tok], start: int, end: int) -> int:
    """ "Angaben von AFP und Reuters", "der Polizei und der Feuerwehr", "laut Polizei
    und Feuerwehr": a second source of the same kind after 'und' (with the article of
    the first, or a name after a name) extends the source toks[start:end]."""
    n = len(toks)
    if end + 1 < n and toks[end].lower in _AND:
        np = _np_right(engine, toks, end + 1)
        article = next(
            (
                toks[k].lower
                for k in (start, start - 1)
                if k >= 0 and toks[k].lower in engine.words["determiners"]
            ),
            None,
        )
        if (
            np is not None
            and np[0] == end + 1
            and (
                toks[end + 1].lower == article
                # "der Feuerwehr und des Roten Kreuzes": two genitives
                or (article in _GENITIVE_ARTICLES and toks[end + 1].lower in _GENITIVE_ARTICLES)
                or (toks[end + 1].capitalised and article is None and toks[start].capitalised)
            )
        ):
            end = np[1]
    return end


def _source_apposition(engine: _Engine, toks: list[_Tok], start: int, end: int) -> int:
    """ "nach Angaben von Jan Roth, dem Leiter des Amts, …", "laut dem Direktor der
    Schule, Eva Lind, …": a role beside a name, between commas after the source
    toks[start:end] (or closing the sentence), belongs to it. Returns its new end."""
    n = len(toks)
    if end >= n - 1 or toks[end].text != ",":
        return end
    k = end + 1
    while k < n and toks[k].text not in _CLAUSE_PUNCT and toks[k].text not in _END_PUNCT:
        k += 1
    if k >= n or not (toks[k].text == "," or all(t.text in _END_PUNCT for t in toks[k:])):
        return end
    head = toks[start:end]
    apposition = toks[end + 1 : k]
    names = [t for t in head if t.capitalised and t.lower not in engine.words["determiners"]]
    if _apposition_of(engine, head, apposition) or (
        # "des Direktors der Fluggesellschaft, Jan Weber": a genitive role and the name
        any(
            _is_role(engine, t) or _is_role(engine, _Tok(t.text[:-1], t.lower[:-1], 0, 0))
            for t in names
        )
        and _is_name_run(engine, apposition)
    ):
        return k
    return end


def _source_noun(engine: _Engine, low: str) -> bool:
    """A noun of reporting, alone or as the head of a compound ("Polizeiangaben");
    "Voraussicht", "Absicht" end the same way and are none."""
    return engine.source_nouns.end(low) and low not in engine.words["not_source_nouns"]


def _inserted_cue(
    engine: _Engine,
    toks: list[_Tok],
    i: int,
    clause_start: int,
    subject: tuple[int, int],
) -> tuple[int, int] | None:
    """The statement around a German cue inserted between commas, with its subject
    after it: "Die Lage, sagte der Minister, sei ernst", "In zehn Jahren, so schätzen
    die Forscher, ist die Arbeit getan". Returns the content, or None."""
    n = len(toks)
    opens_clause = i == clause_start or (
        i == clause_start + 1 and toks[clause_start].lower in engine.words["postposed_cues"]
    )
    if (
        engine.language != "de"
        or not opens_clause
        or clause_start < 2
        or toks[clause_start - 1].text != ","
        or subject[0] <= i
        or subject[1] + 2 >= n
        or toks[subject[1]].text != ","
        or all(t.text in _END_PUNCT for t in toks[subject[1] + 1 :])
        # "…, sagte Ida Kern, die Sprecherin der Stadtwerke.": an apposition follows
        or _closing_apposition(engine, toks, subject[1]) is not None
    ):
        return None
    return _source_content(engine, toks, [(0, clause_start - 1), (subject[1] + 1, n)])


def _inserted_so(engine: _Engine, toks: list[_Tok], k: int) -> int | None:
    """ "Das sei, so der Minister in einem Interview, ein Fehler", "– so Weber –": the
    source between commas or dashes inside the statement, with modifiers but no verb
    of its own. Returns where the statement goes on after it."""
    n = len(toks)
    stop = k
    while stop < n and stop - k <= 8 and toks[stop].text not in _BREAK_PUNCT:
        stop += 1
    if stop >= n or toks[stop].text not in {",", "–", "—"}:
        return None
    if stop > k and not _verbless_tail(engine, toks[:stop], k):
        return None
    rest = stop + 1
    while rest < n and toks[rest].text in {",", "–", "—"}:
        rest += 1
    if rest >= n or all(t.text in _END_PUNCT for t in toks[rest:]):
        return None
    if toks[stop].text == "," and toks[rest].lower in engine.words["relative_pronouns"]:
        return None  # "…, so Weber, der seit Jahren warnt.": a relative clause on the source
    return rest


def _colon_quote_speaker(
    engine: _Engine, toks: list[_Tok], refs: _References
) -> tuple[int, int] | None:
    """The noun phrase that opens a sentence and stands alone before a colon and a
    quotation: a role or a full name ("Bundesinnenminister Weber", "Anna Berg"), or a
    surname the article has named before; a label ("Das Motto: „…“") is none."""
    limit = engine.colon_quote_speaker_words
    colon = next((k for k in range(1, min(len(toks), limit + 1)) if toks[k].text == ":"), None)
    if colon is None or colon + 1 >= len(toks) or toks[colon + 1].text != _QUOTE_TOKEN:
        return None
    end = colon
    while end > 1 and toks[end - 1].lower in engine.words["colon_adverbs"]:
        end -= 1
    head = toks[:end]
    if not _valid_subject(engine, head) or any(t.text in _CLAUSE_PUNCT for t in head):
        return None
    names = [t for t in head if t.capitalised and t.lower not in engine.words["determiners"]]
    if any(_is_role(engine, t) for t in head) or any(
        _is_name_run(engine, head[a:b])
        for a in range(len(head))
        for b in range(a + 2, len(head) + 1)
    ):
        return 0, end
    if len(names) == 1 and refs.resolve(names[0].text, names[0].start, None) is not None:
        return 0, end
    return None


def _colon_frame_subject(
    engine: _Engine, text: str, toks: list[_Tok], refs: _References
) -> tuple[tuple[int, int], int] | None:
    """The subject of a German main clause that ends in a colon and a quotation closing
    the sentence, and the colon: "Die Bewohner sehen alles gelassen: „…“". The subject
    fills the prefield, so the finite verb (a lower-case word that opens no phrase of
    its own) follows it or its apposition; a prefield of another kind (an adverbial, a
    prepositional phrase) leaves the subject after the verb, which this does not take.
    The subject opens with an article or names a person or role ("Zypries", "Der
    Ermittler"), so that a capitalised adverb ("Darauf", "Aktuell") is none; a clause
    in the subjunctive is itself reported ("Die Lage sei ernst: „…“") and keeps the
    speaker who reports it; a subject with a possessive names a thing of the speaker
    ("Seine Zuversicht"), not the speaker."""
    n = len(toks)
    colon = next((k for k in range(2, n - 1) if toks[k].text in _CLAUSE_PUNCT), None)
    np = _np_right(engine, toks, 0)
    if np is None or np[0] != 0 or toks[0].lower in engine.words["prepositions"]:
        return None
    subject, verb = np, np[1]
    if verb < n and toks[verb].text == ",":
        closing = next((k for k in range(verb + 1, n) if toks[k].text in _CLAUSE_PUNCT), None)
        if closing is None or toks[closing].text != ",":
            return None
        appositive = _subject_with_apposition(engine, toks, closing + 1)
        if appositive is None or appositive[0] != 0:
            return None
        subject, verb = appositive, closing + 1
        colon = next((k for k in range(verb, n - 1) if toks[k].text in _CLAUSE_PUNCT), None)
    if (
        colon is None
        or toks[colon].text != ":"
        or toks[colon + 1].text != _QUOTE_TOKEN
        or (colon + 2 < n and toks[colon + 2].text not in _END_PUNCT)
        # a quotation that runs on into the next sentences may have its frame where it
        # closes ("… bei uns“, wird der Teamchef zitiert")
        or text[toks[colon + 1].end - 1] not in _CLOSING_MARKS
        or verb >= colon
    ):
        return None
    finite = toks[verb]
    if (
        finite.capitalised
        or not finite.text.isalpha()
        or finite.lower in engine.words["skippable"]
        or finite.lower in engine.words["prepositions"]
        or finite.lower in engine.words["subordinators"]
        or not _valid_subject(engine, toks[subject[0] : np[1]])
        # a noun may spell a subjunctive ("mit Sorge"): only a verb in lower case counts
        or any(
            t.lower in engine.words["subjunctive_forms"] and not t.capitalised
            for t in toks[1:colon]
        )
    ):
        return None
    head = toks[: np[1]]
    names = [t for t in head if t.capitalised]
    if head[0].lower in engine.words["possessives"]:
        return None
    if (
        head[0].lower in engine.words["determiners"]
        or any(_is_role(engine, t) for t in head)
        or any(
            _is_name_run(engine, head[a:b])
            for a in range(len(head))
            for b in range(a + 2, len(head) + 1)
        )
        or (len(names) == 1 and refs.resolve(names[0].text, names[0].start, None) is not None)
    ):
        return subject, colon
    return None


def _so_before_colon(engine: _Engine, toks: list[_Tok], k: int) -> bool:
    """Does a German "so X" close the words before it and open a quotation after a
    colon: "Die Lage sei ernst, so Weber weiter: „…“"? Between the source and the colon
    stand a few words with no verb."""
    colon = next(
        (j for j in range(k, min(len(toks), k + 4)) if toks[j].text in _CLAUSE_PUNCT), None
    )
    return (
        colon is not None
        and toks[colon].text == ":"
        and colon + 1 < len(toks)
        and toks[colon + 1].text == _QUOTE_TOKEN
        and (colon == k or _verbless_tail(engine, toks[:colon], k))
    )


def _verbless_tail(engine: _Engine, toks: list[_Tok], k: int) -> bool:
    """Only modifiers of the source follow toks[k] to the end of the sentence, no verb
    of a clause of its own: "…, so eine Mitteilung des Amts in Wiesbaden am Montag."."""
    rest = toks[k:]
    return len(rest) <= 12 and not any(
        t.text in _CLAUSE_PUNCT
        or t.lower in engine.clause_words
        or (
            not t.capitalised
            and t.lower.endswith(("te", "ten", "t"))
            and len(t.lower) > 4
            and not _attributive(engine, rest, j)
        )
        for j, t in enumerate(rest)
    )


def _attributive(engine: _Engine, toks: list[_Tok], j: int) -> bool:
    """Is the participle-like toks[j] an adjective before its noun, after an article
    with at most one word between ("einer gestern vorgestellten Studie")?"""
    return (
        j + 1 < len(toks)
        and toks[j + 1].capitalised
        and toks[j].lower.endswith(("te", "ten", "ter", "tes", "tem"))
        and any(t.lower in engine.words["determiners"] for t in toks[max(0, j - 2) : j])
    )


def _odd_name(text: str, toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """A source written in lower case: a web address ("laut ndr.de", "laut bildblog.de")
    or a compound with a capitalised head ("laut ai-Bericht"), also in quotation marks
    ("laut „tagesschau.de“")."""
    n = len(toks)
    if j < n and toks[j].text in _OPENING_MARKS:
        inner = _odd_name(text, toks, j + 1)
        if inner is not None and inner[1] < n and toks[inner[1]].text in _CLOSING_MARKS:
            return j, inner[1] + 1
        return None
    if j >= n or toks[j].capitalised or not toks[j].text[:1].isalpha():
        return None
    k = j + 1
    while (
        k + 1 < n
        and toks[k].text == "."
        and toks[k].start == toks[k - 1].end
        and toks[k + 1].start == toks[k].end
        and toks[k + 1].text.isalpha()
    ):
        k += 2  # "ndr" "." "de"
    if k > j + 1:
        return j, k
    head = toks[j].text.rsplit("-", 1)[-1]
    if "-" in toks[j].text and head[:1].isupper():
        return j, j + 1
    return None


def _source_content(
    engine: _Engine, toks: list[_Tok], ranges: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """What a source phrase in the middle of a sentence gives: in German both sides of
    it make one statement ("Ein Verdacht bestehe nach Angaben der Polizei nicht
    mehr"), so the content spans them and the source phrase between; else the
    longer side."""
    longest = _longest_content(toks, ranges)
    if engine.language != "de" or longest is None:
        return longest
    parts = [_longest_content(toks, [r]) for r in ranges]
    sides = [p for p in parts if p is not None]
    if len(sides) == 2 and toks[ranges[0][1] - 1].text not in _CLAUSE_PUNCT:
        return sides[0][0], sides[1][1]
    return longest


def _source_sides(
    engine: _Engine, toks: list[_Tok], ranges: list[tuple[int, int]]
) -> list[tuple[tuple[int, int] | None, str]]:
    """The content of a source phrase (`_source_content`), as one part or, where the
    statement runs on both sides of the phrase ("Ein Verdacht bestehe nach Angaben
    der Polizei nicht mehr"), as its two parts without the phrase, each with a note
    for the explanation."""
    content = _source_content(engine, toks, ranges)
    parts = [_longest_content(toks, [r]) for r in ranges]
    if (
        content is not None
        and len(parts) == 2
        and parts[0] is not None
        and parts[1] is not None
        and content == (parts[0][0], parts[1][1])
    ):
        around = "; the statement runs on both sides of the source"
        return [(parts[0], around), (parts[1], around)]
    return [(content, "")]


def _skip_parenthesis(toks: list[_Tok], k: int) -> int:
    """The index after a parenthesis that opens at toks[k], else k."""
    if k < len(toks) and toks[k].text == "(":
        for m in range(k + 1, min(len(toks), k + 12)):
            if toks[m].text == ")":
                return m + 1
    return k


def _longest_content(toks: list[_Tok], ranges: list[tuple[int, int]]) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for a, b in ranges:
        while a < b and (toks[a].text in _CLAUSE_PUNCT or toks[a].text in _END_PUNCT):
            a += 1
        while b > a and (toks[b - 1].text in _CLAUSE_PUNCT or toks[b - 1].text in _END_PUNCT):
            b -= 1
        if b - a >= 2 and (best is None or b - a > best[1] - best[0]):
            best = (a, b)
    return _span(toks, *best) if best else None


def _embedded_verb_final(
    engine: _Engine, toks: list[_Tok], i: int, last: int, bounds: tuple[int, int]
) -> bool:
    """A German verb at the end of a dass/ob/weil clause is part of what is reported or
    explained, not a cue of its own ("Es wird vermutet, dass er davon wusste.").
    `bounds`: the clause around toks[i] (`_clause_bounds`)."""
    start, end = bounds
    opener = toks[start].lower if start < len(toks) else ""
    return (
        last + 1 >= end
        and opener in engine.words["complementizers"]
        and opener not in engine.words["as_cues"]
        and start < i
    )


def _final_passive(
    engine: _Engine, toks: list[_Tok], i: int, last: int, bounds: tuple[int, int]
) -> bool:
    """A German participle at the end of its clause with a passive auxiliary after it
    and no agent: "…, sodass die Anträge abgelehnt wurden", "…, weil sie gewarnt
    worden waren". The phrase before it is the passive's subject, not a speaker; a
    clause with "wie" ("wie mitgeteilt wurde") is left to the other rules."""
    start, end = bounds
    return (
        i + 1 < end
        and toks[i + 1].lower in engine.words["passive_auxiliaries"]
        and last == i
        and toks[i].lower in engine.participles
        and toks[start].lower not in engine.words["as_cues"]
        and not any(toks[k].lower in engine.words["agent_prepositions"] for k in range(start, i))
        and all(
            t.lower in engine.words["passive_auxiliaries"] or t.lower in engine.words["auxiliaries"]
            for t in toks[i + 1 : end]
        )
    )


def _passive_text_source(
    engine: _Engine, toks: list[_Tok], start: int, verb: int
) -> tuple[int, int] | None:
    """ "In einem Bericht der Zeitung wurde vermutet, dass …", "So wird in einer
    Erklärung des Vereins gefordert, …": a passive of speech with no agent has as its
    source the text it was said in, a phrase after "in" (source_locatives) whose head
    is a noun of reporting, in its clause toks[start:verb]."""
    for k in range(start, verb - 1):
        if toks[k].lower not in engine.words["source_locatives"]:
            continue
        np = _np_right(engine, toks, k + 1)
        if (
            np is None
            or np[0] != k + 1
            or np[1] > verb
            or _time_phrase(engine, toks, *np)
            or not _source_noun(engine, _head_noun(toks, *np).lower)
        ):
            continue
        return np[0], min(verb, _source_end(engine, toks, *np))
    return None


def _head_noun(toks: list[_Tok], start: int, end: int) -> _Tok:
    """The first capitalised word of a German noun phrase, its head before genitives
    ("einem Bericht der Zeitung" -> "Bericht"; a lower-case adjective comes before it)."""
    return next((t for t in toks[start:end] if t.capitalised and t.text.isalpha()), toks[start])


def _definite_agent(
    engine: _Engine, toks: list[_Tok], k: int, verb: int, refs: _References
) -> bool:
    """Does the 'von' at toks[k] open the agent of a passive after a noun: a phrase with
    its article ("vom Verband", "von der Polizei") that names a speaker and ends before
    the verb at toks[verb]? A bare noun after 'von' belongs to the noun before it ("der
    Ausbruch von Cholera", "der Rücktritt von Minister Roth")."""
    if toks[k].lower != "vom" and not (k + 1 < verb and toks[k + 1].lower in _DEFINITE_DATIVES):
        return False
    np = _np_right(engine, toks, k + 1)
    return (
        np is not None
        and np[1] <= verb
        and _names_source(engine, toks[np[0] : np[1]], refs, texts=False)
    )


def _states(
    engine: _Engine,
    form: _CueForm,
    toks: list[_Tok],
    clause: tuple[int, int],
) -> bool:
    """Does this narrated speech act, with no clause, still give the speaker's position?

    Demands, warnings, denials and accusations do ("fordert den Rücktritt", "wies die
    Vorwürfe zurück"); the acts of judging and assenting that a language lists as
    events do not ("kritisierte die Pläne", "lehnte den Antrag ab"), unless the clause
    (the token range `clause`) says what the judgment was: in the speaker's quoted
    words ("würdigte den Verein als „wichtige Stütze der Stadt“") or in a predicative
    phrase ("kritisierte den Besuch als Werbung", "wurde als rückschrittlich
    kritisiert")."""
    if form.lemma not in engine.words["event_speech_acts"]:
        return True
    start, end = clause
    # a word that opens the clause is no predicative ("Als Bürgermeister lobte er …")
    return any(
        t.text == _QUOTE_TOKEN or _predicative_marker(engine, toks, k)
        for k, t in enumerate(toks[start + 1 : end], start + 1)
    )


def _open_question(engine: _Engine, form: _CueForm, opener: _Tok) -> bool:
    """Does `opener` open an indirect question after a verb of deciding, the question
    still to be decided ("entscheidet, ob …"), where no words are given?"""
    return (
        form.lemma in engine.words["open_question_verbs"]
        and opener.lower in engine.words["complementizers"]
        and opener.lower not in engine.words["statement_complementizers"]
    )


def _in_parenthesis(toks: list[_Tok], start: int, i: int) -> bool:
    """Does toks[i] stand inside a parenthesis opened after toks[start] and not yet
    closed ("(PCF) (Wikinews berichtete)": the last one counts)?"""
    depth = 0
    for k in range(i - 1, start - 1, -1):
        if toks[k].text == ")":
            depth += 1
        elif toks[k].text == "(":
            if depth == 0:
                return True
            depth -= 1
    return False


def _turns_out(engine: _Engine, toks: list[_Tok], form: _CueForm, bounds: tuple[int, int]) -> bool:
    """Is this German verb used with "sich" in its clause in the sense of turning out,
    which reports a fact and nobody's words ("Es stellte sich heraus, dass …", "Damit
    bestätigt sich die Befürchtung, …", "Die Region charakterisiert sich dadurch, dass
    …")? The verbs are listed in rules: reflexive_fact_verbs."""
    start, end = bounds
    return form.lemma in engine.words["reflexive_fact_verbs"] and any(
        t.lower in engine.words["reflexives"] for t in toks[start:end]
    )


def _opens_subordinate_clause(engine: _Engine, toks: list[_Tok], start: int) -> bool:
    """Does a German subordinate clause, its finite verb at the end, open at toks[start]:
    a subordinator, a complementizer or a relative pronoun, also after a preposition
    ("…, in der der Partei vorgeworfen wird, …")?"""
    low = toks[start].lower if start < len(toks) else ""
    if low in engine.words["prepositions"] and start + 1 < len(toks):
        low = toks[start + 1].lower
        return low in engine.words["relative_pronouns"]
    return (
        low in engine.words["subordinators"]
        or low in engine.words["complementizers"]
        or low in engine.words["relative_pronouns"]
    ) and low not in engine.words["predicative_markers"]  # "Als Ergebnis darf …": no clause


def _passive_words_clause(engine: _Engine, toks: list[_Tok]) -> bool:
    """Is the German comma clause `toks` after an agentless passive of saying the words
    reported: a zu-infinitive, also before a relative clause ("wird der König
    aufgefordert, einen Nachfolger einzusetzen, der …"), or Konjunktiv I ("wurde
    mitgeteilt, die Brücke werde gesperrt")? Not a clause of purpose ("…, um … zu")
    nor an adverbial one."""
    if not toks or (
        toks[0].lower in engine.words["infinitive_conjunctions"]
        or toks[0].lower in engine.words["subordinators"]
    ):
        return False
    return _has_zu_infinitive(engine, toks) or not engine.words["subjunctive_forms"].isdisjoint(
        t.lower for t in toks
    )


def _verb_in_e_after_subject(engine: _Engine, toks: list[_Tok]) -> bool:
    """Does a German verb-second clause open with a singular subject (a noun with its
    article and adjectives, or a name) and then a lower-case verb in -e ("…, die Sorte
    erspare den Bauern viel Arbeit", "…, Berger trage die Schuld")? In the third person
    singular that is Konjunktiv I, for the indicative ends in -t ("erspart", "trägt"),
    so the clause gives someone's words, whatever verb it is."""
    n = len(toks)
    k = 0
    if n and toks[0].lower in engine.words["determiners"]:
        k = 1
        while (
            k < min(n, 4) and not toks[k].capitalised and toks[k].lower.endswith(_ADJECTIVE_ENDINGS)
        ):
            k += 1
        if k >= n or not toks[k].capitalised or not toks[k].text.isalpha():
            return False
        k += 1
        if k < n - 1 and toks[k].capitalised and toks[k].text.isalpha():
            k += 1  # a name after the noun: "die Bundesrepublik Deutschland bekenne …"
    elif n and toks[0].capitalised and toks[0].text.isalpha():
        k = 1
        while k < min(n, 3) and toks[k].capitalised and toks[k].text.isalpha():
            k += 1  # "Jan Berger trage …"
    else:
        return False
    if k >= n:
        return False
    verb = toks[k]
    return (
        verb.text.isalpha()
        and not verb.capitalised
        and len(verb.text) >= 4
        and verb.lower.endswith("e")
        # not "-ie"/"-ee" (no verb), nor "-te" of the weak preterite ("machte"), which
        # the list of Konjunktiv forms covers where it is one ("arbeite", "halte")
        and not verb.lower.endswith(("ie", "ee", "te"))
        and verb.lower not in engine.words["auxiliaries"]  # "wurde"
        and all(
            verb.lower not in engine.words[key]
            for key in (
                "determiners",
                "prepositions",
                "relative_pronouns",
                "complementizers",
                "skippable",
                "clause_breakers",
                "subordinators",
            )
        )
    )


def _compares(engine: _Engine, toks: list[_Tok], k: int) -> bool:
    """German "wie" that joins a phrase to a comparison opens no clause of words:
    "begrüßte das Urteil ebenso wie der Minister", "bedauert wie auch die Partei …"
    (an indirect question, "erklärte, wie es dazu kam", has neither word)."""
    return (
        engine.language == "de"
        and toks[k].lower in engine.words["as_cues"]
        and (
            (k > 0 and toks[k - 1].lower in engine.words["comparatives"])
            or (k + 1 < len(toks) and toks[k + 1].lower in engine.words["not_predicative_after"])
        )
    )


def _quoted_predicative(
    engine: _Engine, toks: list[_Tok], start: int, end: int
) -> tuple[int, int] | None:
    """The characters of the quotation right after a German predicative "als" in the
    clause toks[start:end] ("als „überteuert“ bezeichnet"), if there is one; a long
    quotation stands as one token and ends a clause, so the one just before counts."""
    if engine.language != "de":
        return None
    n = len(toks)
    for k in range(max(start - 2, 1), min(end, n - 1)):
        if not _predicative_marker(engine, toks, k):
            continue
        opening = toks[k + 1]
        if opening.text == _QUOTE_TOKEN:
            return opening.start, opening.end
        if opening.text in _OPENING_MARKS:
            closing = next(
                (t for t in toks[k + 2 : min(n, k + 12)] if t.text in _CLOSING_MARKS), None
            )
            if closing is not None:
                return opening.start, closing.end
    return None


def _predicative_marker(engine: _Engine, toks: list[_Tok], k: int) -> bool:
    """Is toks[k] the 'als' of a predicative ("als Erfolg", "als geschmacklos"), not of a
    comparison ("mehr als 100 Helfer", "früher als geplant") or of a coordination
    ("sowohl vom Gericht als auch vom Tribunal")?"""
    return (
        toks[k].lower in engine.words["predicative_markers"]
        and toks[k - 1].lower not in engine.words["comparatives"]
        and toks[k - 1].text not in _CLAUSE_PUNCT
        and k + 1 < len(toks)
        and not toks[k + 1].text[:1].isdigit()
        and toks[k + 1].lower not in engine.words["not_predicative_after"]
    )


def _speaker_tokens(toks: list[_Tok], found: _Found) -> tuple[int, int] | None:
    """The token range of a found attribution's speaker, if it is in these tokens."""
    if found.speaker is None:
        return None
    inside = [k for k, t in enumerate(toks) if found.speaker.start <= t.start < found.speaker.end]
    return (inside[0], inside[-1] + 1) if inside else None


def _relative_subject(
    engine: _Engine, toks: list[_Tok], clause_start: int, i: int
) -> tuple[int, int] | None:
    """ "the senator, who said …", "a study that found …": the relative pronoun right
    before the verb (adverbs aside) is its subject and stands for the noun before it."""
    k = _past_auxiliaries_and_adverbs(engine, toks, i, clause_start)
    if k == 0 or toks[k - 1].lower not in engine.words["relative_pronouns"]:
        return None
    before = toks[k - 2] if k >= 2 else None
    if (
        before is None
        or before.lower in engine.forms
        or before.lower in engine.words["prepositions"]
    ):
        return None  # "said that claimed …" is no relative clause; "of which" is no subject
    return k - 1, k


def _antecedent(
    engine: _Engine, toks: list[_Tok], k: int, speaker: Speaker, refs: _References
) -> Speaker:
    """A relative pronoun speaker resolved to the name before it ("Ann Lee, who")."""
    end = k - 1 if k > 0 and toks[k - 1].text == "," else k
    start = end
    while start > 0 and toks[start - 1].capitalised and end - start < 4:
        start -= 1
    names = [t.text for t in toks[start:end] if t.lower not in engine.words["honorifics"]]
    if not names:
        return speaker
    name = " ".join(names)
    if len(names) == 1:
        person = refs.resolve(name, toks[start].start, None)
        name = person.name if person is not None else name
    return Speaker(speaker.text, speaker.start, speaker.end, name, speaker.role)


def _opening_subject(engine: _Engine, toks: list[_Tok]) -> tuple[int, int] | None:
    """The subject that opens an English sentence: the words before its first verb
    ("Donald Trump is defending …", "The nominee complained …")."""
    if toks and _pronoun(engine, toks[0]):
        return 0, 1
    for j in range(1, min(len(toks), 10)):
        low = toks[j].lower
        if toks[j].text in _CLAUSE_PUNCT:
            return None
        if low in engine.words["auxiliaries"] or low in engine.forms:
            return (0, j) if _valid_subject(engine, toks[:j]) else None
    return None


def _english_shared_subject(
    engine: _Engine,
    toks: list[_Tok],
    clause_start: int,
    i: int,
    shared: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """A verb that has no subject of its own in its clause shares one: a participle
    after a comma takes the subject of the sentence ("Trump defended the tweets,
    saying …", "…, even suggesting …"), and a verb joined by 'and'/'but' that of the
    verb before it ("Graham urged …, and criticized …")."""
    k = _cue_start(engine, toks, i, clause_start)
    if shared is not None and k > 0 and toks[k - 1].lower in _AND | {"but"} and shared[1] < k - 1:
        return shared  # "Trump criticized the deals and called for …"
    participle = toks[i].lower.endswith("ing")
    if (
        participle
        and k > 0
        and toks[k - 1].lower in engine.words["subordinators"] | engine.words["prepositions"]
    ):
        # "… before asking her", "while showing support for …", "by announcing that …"
        if shared is not None and shared[1] < k - 1:
            return shared
        return _opening_subject(engine, toks)
    if (
        clause_start == 0
        or i == 0
        or toks[clause_start - 1].text not in {",", "–", "—", _QUOTE_TOKEN}
    ):
        return None
    between = toks[clause_start:i]
    if not all(
        t.lower in engine.words["clause_breakers"]
        or t.lower in engine.words["cue_modifiers"]
        or _adverb(engine, t)
        for t in between
    ):
        return None
    joined = bool(between) and between[0].lower in _AND | {"but"}
    if not (participle or joined) or any(
        t.lower in engine.words["complementizers"] and t.lower not in _AND for t in between
    ):
        return None
    if shared is not None and shared[1] <= clause_start:
        return shared
    return _opening_subject(engine, toks) if participle else None


def _cue_start(engine: _Engine, toks: list[_Tok], i: int, floor: int) -> int:
    """Where an English cue begins: its auxiliaries and the adverbs among them belong
    to it ("has also said", "is now claiming", "had repeatedly denied"); `floor` is
    where the subject ends."""
    if engine.language != "en":
        return i
    return _past_auxiliaries_and_adverbs(engine, toks, i, floor)


def _past_auxiliaries_and_adverbs(engine: _Engine, toks: list[_Tok], i: int, floor: int) -> int:
    """Where the auxiliaries and adverbs right before toks[i] begin, not before `floor`."""
    k = i
    while k > floor and (
        toks[k - 1].lower in engine.words["auxiliaries"]
        or toks[k - 1].lower in engine.words["cue_modifiers"]
        or _adverb(engine, toks[k - 1])
    ):
        k -= 1
    return k


def _english_object(
    engine: _Engine, toks: list[_Tok], last: int, subject: tuple[int, int]
) -> tuple[int, int] | None:
    """What an English verb with its subject before it says without a clause: the
    words after the verb ("cited [the audit in her letter]")."""
    if engine.language != "en" or subject[1] > last:
        return None
    return _longest_content(toks, [(last + 1, len(toks))])


def _names_source(engine: _Engine, toks: list[_Tok], refs: _References, texts: bool = True) -> bool:
    """Does the phrase name someone who can speak: a person (a role, a full name, a
    name the article gave before), an institution, a group, or (with `texts`) a text
    ("der Bericht")?"""
    for k, tok in enumerate(toks):
        low = tok.lower
        # plurals: "Polizisten", "Ärztinnen", "Behörden"
        stems = [low, *(low[: -len(e)] for e in ("en", "n", "nen") if low.endswith(e))]
        if (
            any(_is_role(engine, _Tok(tok.text, stem, 0, 0)) for stem in stems)
            or any(stem.endswith(engine.institution_endings) for stem in stems)
            or _pronoun(engine, tok) is not None
            or low in engine.words["vague_sources"]
            or (texts and _source_noun(engine, low))
            or (len(tok.text) >= 2 and tok.text.isalpha() and tok.text.isupper())  # "OSZE"
            or (k + 1 < len(toks) and _is_name_run(engine, toks[k : k + 2]))
        ):
            return True
    names = [t for t in toks if t.capitalised and t.lower not in engine.words["determiners"]]
    return len(names) == 1 and refs.resolve(names[0].text, names[0].start, None) is not None


def _source_after_finite(
    engine: _Engine,
    toks: list[_Tok],
    finite: int,
    subject: tuple[int, int],
    refs: _References,
) -> tuple[int, int]:
    """ "Eine Verschiebung der Wahl bezeichnete Conze als fatal", "Die Zahl der Toten
    bezifferte die Agentur mit 13": where the phrase before the finite verb names
    nothing that can speak and the one right after it does, the first is the object
    (German puts it first freely) and the second the subject."""
    n = len(toks)
    if (
        subject[0] != 0
        or subject[1] > finite
        or finite + 1 >= n
        # the object named first is a thing with its article: "Die Zahl der Toten"
        or toks[0].lower not in engine.words["determiners"]
    ):
        return subject
    after = toks[finite + 1]
    if after.lower in engine.words["object_determiners"] or not (
        after.capitalised or after.lower in engine.words["determiners"]
    ):
        return subject
    np = _np_right(engine, toks, finite + 1)
    if np is None or np[0] != finite + 1:
        return subject
    phrase = toks[np[0] : np[1]]
    names = [t for t in phrase if t.capitalised and t.lower not in engine.words["determiners"]]
    alone = len(phrase) == 1 and np[1] < n and toks[np[1]].lower == "als"  # "… Conze als"
    if (
        _names_source(engine, phrase, refs, texts=False) or (alone and len(names) == 1)
    ) and not _names_source(engine, toks[subject[0] : subject[1]], refs):
        return np
    return subject


def _particle_name_subject(
    engine: _Engine, toks: list[_Tok], clause_start: int, verb: int
) -> tuple[int, int] | None:
    """ "Von der Leyen betonte, …", "Van Gaal sagte": a surname with a particle that
    opens the sentence, capitalised there, right before the verb, where no subject
    follows the verb (else "Von der Reise berichtete der Minister" is a phrase)."""
    if clause_start != 0 or verb < 2 or verb + 1 >= len(toks):
        return None
    k = 0
    while k < verb and toks[k].lower in engine.words["name_particles"]:
        k += 1
    if (
        k == 0
        or k == verb
        or not all(t.capitalised and t.text.isalpha() for t in toks[k:verb])
        or verb - k > 2
        or toks[verb + 1].text not in {",", ":"}
    ):
        return None
    return 0, verb


def _ordinal_dot(toks: list[_Tok], k: int) -> bool:
    """Is the full stop at toks[k] that of a German ordinal ("am 22. August")?"""
    return (
        toks[k].text == "."
        and k > 0
        and toks[k - 1].text.isdigit()
        and toks[k - 1].end == toks[k].start
        and k + 1 < len(toks)
        and toks[k + 1].text not in _END_PUNCT
    )


def _first_conjunct_subject(
    engine: _Engine, toks: list[_Tok], clause_start: int, conjunction: int
) -> tuple[int, int] | None:
    """The subject of the first of two German verbs joined by 'und' in one clause:
    before its verb ("Podolski war anwesend und sagte"), after adverbs ("Auch die
    Ministerin äußerte Vorbehalte und wagte …"), or after the verb when an adverb
    opens the clause ("Demgegenüber pochte Kauder auf … und trat …")."""
    start = clause_start
    while (
        start < conjunction
        and (
            toks[start].lower in engine.words["not_names"]
            or toks[start].lower in engine.words["skippable"]
        )
        and toks[start].lower not in engine.words["determiners"]
        and toks[start].lower not in engine.words["prepositions"]
    ):
        start += 1
    for at in (start, start + 1):
        if at >= conjunction or (at > start and toks[start].capitalised):
            break
        first = _np_right(engine, toks, at)
        if (
            first is not None
            and first[0] == at
            and first[1] < conjunction - 1
            and not toks[first[1]].capitalised
            and toks[at].lower not in engine.words["object_determiners"]
            # "Unter dem Motto … zogen sie los und skandierten": a preposition opens
            # no subject
            and _valid_subject(engine, toks[first[0] : first[1]])
        ):
            return first
    # "Im Januar legte er sein Amt nieder und verkündete …": a nominative pronoun right
    # after the first verb; "Diese baten ihn … und drohten …": a demonstrative alone
    for k in range(start, conjunction):
        tok = toks[k]
        if tok.lower in engine.words["nominative_pronouns"] | {"sie"} and (
            k > start and not toks[k - 1].capitalised and toks[k - 1].text.isalpha()
        ):
            return k, k + 1
        if (
            k == start
            and tok.lower in engine.words["demonstrative_pronouns"]
            and k + 1 < conjunction
            and not toks[k + 1].capitalised
        ):
            return k, k + 1
    return None


def _opens_with_finite(engine: _Engine, toks: list[_Tok], k: int) -> bool:
    """Does a finite verb open the clause at toks[k]: an auxiliary, a modal, a form of
    the moods of reported speech or a cue verb ("habe er versucht", "wurde eine …")?"""
    if k >= len(toks) or toks[k].capitalised:
        return False
    low = toks[k].lower
    return (
        low in engine.finite_forms
        or low in engine.all_auxiliaries
        or _finite_after_comma(engine, toks, k)
    )


def _finite_after_comma(engine: _Engine, toks: list[_Tok], k: int) -> bool:
    """Does a finite cue verb open the clause at toks[k], right after a comma? That
    is a main clause with its verb first and its subject left out, a conjunct of the
    clause before ("…, teilte aber mit"); a participle or a zu-infinitive there opens
    no clause of its own ("…, gefolgt von", "…, mitzuteilen")."""
    if k >= len(toks) or toks[k].capitalised:
        return False
    low = toks[k].lower
    forms = engine.forms.get(low)
    if not forms or (low.startswith("ge") and low in engine.participles):
        return False
    # a separable verb stands first apart from its particle ("teilte … mit"); its
    # fused forms ("mitgeteilt", "mitteilte") end a clause; and the word must be the
    # verb of its cue, not the particle or noun it is found at ("als" of "als erwiesen
    # ansehen")
    if all(
        (not f.rest and f.lemma in engine.separable_lemmas) or low in f.lemma.lower().split()[:-1]
        for f in forms
    ):
        return False
    zu = low.find("zu", 1)
    return not (zu > 0 and low[:zu] + low[zu + 2 :] in engine.forms)


def _pronoun_after_finite(
    engine: _Engine, toks: list[_Tok], finite: int, subject: tuple[int, int]
) -> tuple[int, int]:
    """ "Die Tat bezeichnete er als sinnlos", "Den Plan hat er abgelehnt": where a
    nominative pronoun follows the finite verb of a main clause, it is the subject,
    and the phrase before the verb is its object or an adverbial."""
    after = finite + 1
    if (
        subject[1] <= finite
        and after < len(toks)
        and toks[after].lower in engine.words["nominative_pronouns"]
        # a pronoun before the verb is the subject ("Sie sagte er …" has lost a comma),
        # and so is a relative pronoun ("…, die er nannte" is verb-final anyway)
        and not (
            subject[1] - subject[0] == 1
            and (
                _pronoun(engine, toks[subject[0]]) is not None
                or toks[subject[0]].lower in engine.words["relative_pronouns"]
                or toks[subject[0]].lower in engine.words["nominative_pronouns"]
            )
        )
    ):
        return after, after + 1
    return subject


def _adverb(engine: _Engine, tok: _Tok) -> bool:
    """An English adverb in -ly ("repeatedly"), not a noun in -ly ("family", "ally")."""
    return (
        not tok.capitalised
        and len(tok.lower) > 4
        and tok.lower.endswith(engine.adverb_suffixes)
        and tok.lower not in engine.words["not_adverbs"]
    )


def _negated(engine: _Engine, toks: list[_Tok], i: int) -> bool:
    """A negation just before the cue or its participle ("has not said", "nie erklärt"),
    in the cue's own clause: the "nicht" of "Die Lage sei nicht ernst, sagte er" negates
    the words reported, not the saying."""
    for t in reversed(toks[max(0, i - 3) : i]):
        if t.text in _CLAUSE_PUNCT or t.text in _END_PUNCT:
            return False
        if t.lower in engine.words["negations"]:
            return True
    return False


def _not_a_speech_act(
    engine: _Engine,
    toks: list[_Tok],
    i: int,
    last: int,
) -> bool:
    """German uses of a cue verb that report no words: negated before the particle of
    the verb ("gab die Behörde nicht bekannt"), an idiom ("genauer gesagt"). (A demand
    of lives, "Das Unglück forderte 73 Todesopfer", is found by `_names_an_event`.)"""
    if last > i and any(
        t.lower in engine.words["negations"] for t in toks[max(i + 1, last - 2) : last]
    ):
        return True
    if (
        i > 0
        and toks[i].lower in engine.idiom_ends
        and f"{toks[i - 1].lower} {toks[i].lower}" in engine.words["idiomatic_cue_phrases"]
    ):
        return True
    return False


def _names_only(
    engine: _Engine, toks: list[_Tok], i: int, form: _CueForm, bounds: tuple[int, int]
) -> bool:
    """Does this verb of naming (rules: naming_verbs) give a name, not someone's words?
    So it does with "sich" ("nennt sich „Nordwerk“"), with the impersonal "man" ("Dies
    nennt man einen Split"), in a clause of "wie" ("wie er genannt wurde") and as a
    participle with no auxiliary in its clause ("Das Objekt, genannt Nordstern, …");
    "nannte den Plan „mutig“" gives a judgement."""
    if form.lemma not in engine.words["naming_verbs"]:
        return False
    start, end = bounds
    near = [t.lower for t in toks[max(start, i - 2) : min(end, i + 3)]]
    return (
        not engine.words["reflexives"].isdisjoint(near)
        or not engine.words["impersonal_subjects"].isdisjoint(near)
        or toks[start].lower in engine.words["as_cues"]
        or (
            # the participle proper ("genannt", not the present "nennt")
            toks[i].lower in engine.participles
            and toks[i].lower.startswith("ge")
            and not any(t.lower in engine.words["auxiliaries"] for t in toks[start:end])
        )
    )


def _quoted_passive(
    engine: _Engine,
    text: str,
    toks: list[_Tok],
    i: int,
    last: int,
    aux: int,
    clause_start: int,
    form: _CueForm,
    refs: _References,
) -> _Found | None:
    """ "Roth wird (von der Zeitung) mit den Worten zitiert, …": the subject of a
    passive of quoting is the speaker, the agent only passes the words on."""
    n = len(toks)
    subject = _np_left(engine, toks, clause_start, aux)
    if subject is None and clause_start == aux:
        # "Jan Roth, der Sprecher der Stadt, wird zitiert": the subject and its apposition
        subject = _subject_with_apposition(engine, toks, clause_start)
    if subject is None:
        right = _np_right(engine, toks, aux + 1)
        subject = right if right is not None and right[1] <= i else None
    if subject is None:
        return None
    after = last + 1
    if after < n and toks[after].text == _QUOTE_TOKEN:
        content: tuple[int, int] | None = (toks[after].start, toks[after].end)
    elif after >= n or all(t.text in _END_PUNCT for t in toks[after:]):
        before = toks[clause_start - 1] if clause_start > 0 else None
        content = (
            (before.start, before.end)
            if before is not None and before.text == _QUOTE_TOKEN
            else _longest_content(toks, [(0, clause_start)])
        )
    else:
        content_toks = _content_after(toks, after, engine)
        if content_toks is None or toks[after].text not in {",", ":"}:
            return None
        quoted = [t for t in toks[content_toks[0] : content_toks[1]] if t.text == _QUOTE_TOKEN]
        content = (
            (quoted[0].start, quoted[0].end)
            if len(quoted) == 1 and content_toks[1] - content_toks[0] == 1
            else _clause_span(toks, content_toks, engine)
        )
    if content is None:
        return None
    speaker, note, vague = _make_speaker(engine, text, toks, subject, refs)
    phrase = _words_phrase(engine, toks, aux, i)
    cue = _cue_span(
        engine, text, toks, [i, aux, *(phrase if phrase and phrase[-1] + 1 == i else [])], subject
    )
    return _Found(
        "reported_speech",
        speaker,
        cue,
        content,
        f"passive '{toks[aux].text} … {toks[i].text}' ({form.lemma}): the one quoted is "
        f"the subject; {note}",
        vague,
        opens=after < n,
    )


def _aus_source(
    engine: _Engine,
    text: str,
    toks: list[_Tok],
    i: int,
    last: int,
    form: _CueForm,
    refs: _References,
) -> _Found | None:
    """ "Dies geht aus einer Mitteilung der Polizei hervor", "Wie aus dem Bericht
    hervorgeht, …": the text after 'aus' is the source, not the subject."""
    n = len(toks)
    clause_start, clause_end = _clause_bounds(toks, i)
    end = max(i, last)
    aus = next((k for k in range(clause_start, end) if toks[k].lower == "aus"), None)
    if aus is None:
        return None
    # the whole phrase up to the verb, else the noun phrase after 'aus'
    source = (aus + 1, end) if _valid_subject(engine, toks[aus + 1 : end]) else None
    source = source or _np_right(engine, toks, aus + 1)
    if source is None or source[1] > end:
        return None
    opener = toks[clause_start].lower
    content: tuple[int, int] | None = None
    if opener in engine.words["as_cues"]:
        content = _longest_content(toks, [(0, clause_start), (clause_end, n)])
    elif opener in engine.words["demonstratives"] and clause_start + 1 == i:
        content = (toks[clause_start].start, toks[clause_start].end)  # what was just said
    elif (
        end + 2 < n
        and toks[end + 1].text == ","
        and toks[end + 2].lower in engine.words["complementizers"]
    ):
        clause = _content_after(toks, end + 1, engine)
        content = _clause_span(toks, clause, engine) if clause else None
    if content is None:
        return None
    speaker, note, vague = _make_speaker(engine, text, toks, source, refs)
    cue = _cue_span(engine, text, toks, [i, last], source)
    return _Found(
        "reported_speech",
        speaker,
        cue,
        content,
        f"'{cue.text}' ({form.lemma}) with its source after 'aus'; {note}",
        vague,
        opens=opener not in engine.words["as_cues"],
    )


def _closing_apposition(engine: _Engine, toks: list[_Tok], comma: int) -> tuple[int, bool] | None:
    """What follows an inverted closing subject after a comma at toks[comma]: an
    apposition ("…, sagte Roth, die Sprecherin der Stadtwerke.") is a noun phrase
    that ends in a noun and names the speaker; a relative clause ("…, die das Amt
    leitet.") ends in its verb and does not. Returns the phrase's end and whether it
    is an apposition, or None for anything else (a clause of its own)."""
    n = len(toks)
    end = n
    while end > comma + 1 and toks[end - 1].text in _END_PUNCT:
        end -= 1
    phrase = toks[comma + 1 : end]
    if (
        toks[comma].text != ","
        or not 1 <= len(phrase) <= 14
        or any(
            t.text in _CLAUSE_PUNCT
            and t.text != _QUOTE_TOKEN
            or t.lower in engine.words["complementizers"]
            for t in phrase
        )
    ):
        return None
    if (
        phrase[0].lower in engine.words["relative_pronouns"]
        and not phrase[-1].capitalised
        and phrase[-1].text[:1].isalpha()
    ):
        return end, False
    if phrase[-1].text == _QUOTE_TOKEN and (len(phrase) < 2 or not phrase[-2].capitalised):
        # a quoted name follows its noun ("der Verein „Hilfe“"); after an article or a
        # possessive the quotation is a statement of its own ("…, ihre „Gedanken …“")
        return None
    if (
        (phrase[0].capitalised or phrase[0].lower in engine.words["determiners"])
        and (phrase[-1].capitalised or phrase[-1].text in {")", _QUOTE_TOKEN, *_OPENING_MARKS})
        and not any(
            t.lower in engine.words["auxiliaries"] or t.lower in engine.words["subjunctive_forms"]
            for t in phrase
        )
    ):
        return end, True
    return None


def _spoken_of_before(
    engine: _Engine,
    toks: list[_Tok],
    form: _CueForm,
    i: int,
    clause_start: int,
    subject: tuple[int, int],
    aux: int | None,
) -> tuple[int, int] | None:
    """The same with 'von' before the verb: fronted ("Von einem Erfolg sprach der
    Trainer") or between the auxiliary and the participle ("hatten von einem Erfolg
    gesprochen"); never a 'von' inside the subject ("Der Sprecher von Siemens")."""
    if form.lemma not in engine.words["report_of_verbs"]:
        return None
    first = aux + 1 if aux is not None else clause_start
    for k in range(first, i):
        if subject[0] <= k < subject[1]:
            continue
        if toks[k].lower in engine.words["report_of_prepositions"] and (
            k == clause_start or aux is not None
        ):
            end = k + 1
            while end < i and not (subject[0] <= end < subject[1]):
                end += 1
            if toks[end - 1].lower == "aus":
                return None  # "Von Berlin aus sprach er mit …": where from, not what
            return (k + 1, end) if end - k > 1 else None
    return None


def _spoken_of(
    engine: _Engine, toks: list[_Tok], form: _CueForm, after: int
) -> tuple[int, int] | None:
    """ "sprach von einem Erfolg", "berichteten von einem lauten Knall": the phrase
    after the preposition names what the speaker said; returns its token range. Only
    a few adverbs may stand between the verb (with its subject) and the preposition."""
    if form.lemma not in engine.words["report_of_verbs"]:
        return None
    n = len(toks)
    for k in range(after, min(n, after + 4)):
        if toks[k].capitalised or toks[k].text in _CLAUSE_PUNCT or toks[k].text in _END_PUNCT:
            return None
        if toks[k].lower in engine.words["report_of_prepositions"]:
            end = k + 1
            while (
                end < n
                and toks[end].text not in _END_PUNCT
                and toks[end].text
                not in {
                    ",",
                    ";",
                    ":",
                }
            ):
                end += 1
            return (k + 1, end) if end - k > 2 else None
    return None


def _token_span(text: str, toks: list[_Tok], first: int, last: int) -> Span:
    """The text from token `first` to token `last`, both included."""
    return Span(toks[first].start, toks[last].end, text[toks[first].start : toks[last].end])


def _closes_report(engine: _Engine, toks: list[_Tok], finite: int, clause_start: int) -> bool:
    """Can the German cue whose finite verb is toks[finite] close the words before its
    clause (", sagte Weber", ", hatte er gesagt", ", so Weber", ", wie Weber sagte")?

    The reported clause then fills the first position, so that the finite verb opens
    the cue's clause, or "so", "wie" or a demonstrative ("das sagte er") stands before
    it. A clause before the cue that is no main clause ("Obwohl er das Geld hatte,
    bestritt er …") is no reported clause: it is an adverbial one of the cue's own
    sentence."""
    opener = toks[clause_start].lower
    if not (
        finite == clause_start
        or opener in engine.words["as_cues"]
        or opener in engine.words["postposed_cues"]
        or (finite == clause_start + 1 and opener in engine.words["demonstratives"])
    ):
        return False
    opening = [k for k in range(clause_start) if toks[k].text not in _OPENING_MARKS]
    if not opening or not _opens_subordinate(engine, toks, opening[0]):
        return True
    # "Weil die Preise stiegen, sei die Lage ernst, sagte er": a main clause follows
    return any(
        toks[k - 1].text == "," and toks[k].lower in engine.finite_forms
        for k in range(1, clause_start)
    )


def _closes_as_report(engine: _Engine, toks: list[_Tok], form: _CueForm, clause_start: int) -> bool:
    """Are the words before a German closing cue given as someone's words? After a verb
    of saying or writing they are ("Der Zug fährt um acht, sagte sie"). A speech act or
    a verb of thinking closes only words that show it: in Konjunktiv or quoted ("Der
    Plan müsse geprüft werden, forderte er"), or after "so" ("…, so glaubt man"); an
    indicative clause before it is the article's own ("Als die Halle brannte, forderte
    er Hilfe")."""
    if form.category not in ("speech_act", "thought"):
        return True
    before = toks[:clause_start]
    return (
        toks[clause_start].lower in engine.words["postposed_cues"]
        or any(t.text == _QUOTE_TOKEN for t in before)
        or not engine.moods.isdisjoint(t.lower for t in before)
    )


def _opens_subordinate(engine: _Engine, toks: list[_Tok], k: int) -> bool:
    """Does toks[k] open a subordinate clause: a subordinator ("Obwohl …"), or a word
    that is one only where no finite verb follows it ("Da er krank war, …", but the
    adverb in "Da sei nichts zu machen")?"""
    low = toks[k].lower
    if low in engine.words["subordinators"]:
        return True
    return (
        low in engine.words["adverb_subordinators"]
        and k + 1 < len(toks)
        and toks[k + 1].lower not in engine.finite_forms
    )


def _reported_comma_clause(engine: _Engine, toks: list[_Tok], clause: tuple[int, int]) -> bool:
    """Is the German comma clause toks[clause[0]:clause[1]] what a speech act reports?

    It is in Konjunktiv ("warnte, die Lage sei ernst"; also a reason or relative clause:
    "kritisierte den Plan, weil er zu teuer sei"), a zu-infinitive ("forderte ihn auf,
    zurückzutreten") or quoted. In the indicative a relative clause, an adverbial one
    (", da …") or a main clause joined by a comma (", beharren aber auf …") is the
    article's own, and so is an infinitive of purpose (", um … zu …")."""
    words = toks[clause[0] : clause[1]]
    lows = [t.lower for t in words]
    if not words or lows[0] in engine.words["infinitive_conjunctions"]:
        return False
    if _QUOTE_TOKEN in lows or not engine.moods.isdisjoint(lows):
        return True
    return lows[0] not in engine.words["subordinators"] and (
        "zu" in lows[-3:]
        or bool(_ZU_INFINITIVE.match(lows[-1]))
        or _has_zu_infinitive(engine, words)
    )


def _reports_clause_after(engine: _Engine, toks: list[_Tok], last: int) -> bool:
    """Does a clause of reported words follow the German cue that ends at toks[last]:
    a colon, a complementizer ("…, dass"), or a comma clause in Konjunktiv, quoted
    or a zu-infinitive (not ", da …", ", um … zu")?"""
    clause = _content_after(toks, last + 1, engine)
    if clause is None:
        return False
    opener = toks[last + 1].text
    return (
        opener == ":"
        or toks[clause[0] - 1].lower in engine.words["complementizers"]
        or (opener == "," and _reported_comma_clause(engine, toks, clause))
    )


def _cue_parts(
    engine: _Engine,
    toks: list[_Tok],
    i: int,
    last: int,
    aux: int | None,
    form: _CueForm | None = None,
) -> list[int]:
    """The verb at i first, then its particle and, where the language shows them,
    its auxiliary, a reflexive pronoun right after it ("äußerte sich") and the
    other words of a cue of several words (`form`: "geht … davon aus", "brachte …
    zum Ausdruck")."""
    parts = [i, last]
    if engine.join_gap_words:
        if aux is not None:
            parts.append(aux)
        if i + 1 < len(toks) and toks[i + 1].lower in engine.words["reflexives"]:
            parts.append(i + 1)
        elif (
            i + 2 < len(toks)
            and toks[i + 1].lower in engine.words["nominative_pronouns"]
            and toks[i + 2].lower in engine.words["reflexives"]
        ):
            parts.append(i + 2)  # after an inverted subject pronoun: "äußerte er sich"
        if form is not None and (len(form.rest) > 1 or form.before or (last == i and form.rest)):
            parts.extend(_form_words(toks, i, last, form))
        if toks[i].lower in engine.participles:
            # also after a finite auxiliary before them: "war festgestellt worden, dass"
            parts.extend(_trailing_auxiliaries(engine, toks, max(i, last) + 1))
        if engine.words_phrases:
            phrase = _words_phrase(engine, toks, min(parts), max(parts))
            if phrase and (phrase[0] - 1 in parts or phrase[-1] + 1 in parts):
                # only next to the verb: apart from it ("begründete seinen Schritt mit den
                # Worten") the phrase names the means and the verb alone is the cue
                parts.extend(phrase)
        parts.extend(_correlate(engine, toks, i, last))
        if (
            form is not None
            and last == i
            and i + 1 < len(toks)
            and toks[i + 1].lower in engine.governed_prepositions.get(form.lemma, ())
        ):
            parts.append(i + 1)  # the preposition of the object of speech: "warnte vor"
        first = min(parts)
        if (
            first > 0
            and toks[first - 1].lower == "es"
            and (first == 1 or toks[first - 2].text in _BREAK_PUNCT)
            and toks[first].lower in engine.all_auxiliaries
        ):
            # the expletive that opens an impersonal passive is part of its cue, as in
            # "heißt es": "Es wird vermutet, dass …", "Es ist geplant, …"
            parts.append(first - 1)
        elif (
            first > 1
            and toks[first - 1].lower == "so"
            and toks[first - 2].text in {",", _QUOTE_TOKEN}
        ):
            # "so" before the verb of a cue after the words stands for them, as in
            # "…, so Weber": "…, so schätzen die Forscher, …" (a "So" opening the
            # sentence is an adverb: "So sagte Weber, …")
            parts.append(first - 1)
    return parts


def _correlate(engine: _Engine, toks: list[_Tok], i: int, last: int) -> list[int]:
    """The pronominal adverb that stands for the clause the verb at toks[i] governs,
    right before that clause, is part of the cue: "erinnerte daran, dass …", "warnte
    sich davor, …", "hatte davor gewarnt, …", also before the particle that ends the
    verb (`last`): "wies am Montag darauf hin, dass …" (rules: correlates)."""
    correlates = engine.words["correlates"]
    if not correlates:
        return []
    n = len(toks)
    if (
        last > i + 1
        and last + 1 < n
        and toks[last - 1].lower in correlates
        and toks[last + 1].text in {",", ":"}
    ):
        return [last - 1]
    k = i + 1
    while k < n and k - i <= 2 and toks[k].lower in engine.words["reflexives"]:
        k += 1
    if k + 1 < n and toks[k].lower in correlates and toks[k + 1].text in {",", ":"}:
        return [k]
    if i > 0 and toks[i - 1].lower in correlates:
        k = i + 1
        while k < n and toks[k].lower in engine.all_auxiliaries:
            k += 1  # "…, wie davon berichtet wird, …"
        if k < n and toks[k].text == ",":
            return [i - 1]
    return []


def _words_phrase(engine: _Engine, toks: list[_Tok], first: int, last: int) -> list[int]:
    """A phrase that names the words the verb reports, in the clause of the cue whose
    parts run from toks[first] to toks[last] ("meldete sich mit den Worten", "wird mit
    den Worten zitiert"; rules: words_phrases). The clause ends at a comma, a colon or
    a quotation."""
    lo = first
    while lo > 0 and first - lo < 8 and not _breaks_words_clause(toks[lo - 1]):
        lo -= 1
    hi = last + 1
    while hi < len(toks) and hi - last < 10 and not _breaks_words_clause(toks[hi]):
        hi += 1
    for k in range(lo, hi):
        for words in engine.words_phrases.get(toks[k].lower, ()):
            start = k - len(words) + 1
            if start >= lo and all(toks[start + j].lower == w for j, w in enumerate(words)):
                return list(range(start, k + 1))
    return []


def _breaks_words_clause(tok: _Tok) -> bool:
    return tok.text in _CLAUSE_PUNCT or tok.text in _END_PUNCT


def _trailing_auxiliaries(engine: _Engine, toks: list[_Tok], k: int) -> list[int]:
    """The auxiliaries after a participle at the end of its clause, which are part of
    the cue ("wie er erklärt hatte", "was gesagt worden sei", "zitiert wird")."""
    found = []
    auxiliaries, passives = engine.words["auxiliaries"], engine.words["passive_auxiliaries"]
    while k < len(toks) and (toks[k].lower in auxiliaries or toks[k].lower in passives):
        found.append(k)
        k += 1
    if not found or (k < len(toks) and toks[k].text not in _BREAK_PUNCT):
        return []
    return found


def _form_words(toks: list[_Tok], i: int, last: int, form: _CueForm) -> list[int]:
    """Where the words of a cue form other than its anchor at i and its last word
    stand: the further words between them, in order ("davon" of "geht … davon aus"),
    and the words before the anchor ("zum" of "zum Ausdruck gebracht")."""
    found = []
    k = i + 1
    for word in form.rest[:-1]:
        while k < last and toks[k].lower != word:
            k += 1
        if k >= last:
            break
        found.append(k)
        k += 1
    if last == i and len(form.rest) == 1 and i > 0 and toks[i - 1].lower == form.rest[0]:
        found.append(i - 1)  # verb-final order: "wie das Amt bekannt gab"
    k = i - 1
    for word in reversed(form.before):
        while k >= 0 and toks[k].lower != word:
            k -= 1
        if k < 0:
            break
        found.append(k)
        k -= 1
    return found


def _cue_span(
    engine: _Engine,
    text: str,
    toks: list[_Tok],
    parts: Sequence[int],
    subject: tuple[int, int] | None,
) -> Span:
    """The cue as one span over its parts (auxiliary, verb, particle, "sich").

    Parts join where nothing but a few small words of the cue stands between them
    ("wies darauf hin", "hat sich geäußert", "hält es für möglich"). Across a noun,
    the speaker, a sentence adverb or a pronoun ("teilte die Polizei mit", "gab das
    Amt bekannt", "teilte aber mit"; rules: not_cue_words) they stay apart, so that a
    reviewer never sees the speaker inside the cue: the span is then the longest
    part, the verb where they are alike ("teilte", "bekannt", "hervor" of "hob …
    hervor"), and `Span.parts` holds them all.
    """
    verb = parts[0]
    gap_words = int(engine.join_gap_words)
    runs: list[list[int]] = []
    for part in sorted(set(parts)):
        if runs:
            between = toks[runs[-1][1] + 1 : part]
            if len(between) <= gap_words and not any(
                t.capitalised
                or t.text in _CLAUSE_PUNCT
                or t.text in _END_PUNCT
                or (subject is not None and subject[0] <= k < subject[1])
                or t.lower in engine.words["not_cue_words"]
                for k, t in enumerate(between, runs[-1][1] + 1)
            ):
                runs[-1][1] = part
                continue
        runs.append([part, part])
    spans = [_token_span(text, toks, first, last) for first, last in runs]
    if len(spans) == 1:
        return spans[0]
    best = max(
        range(len(runs)),
        key=lambda r: (
            sum(not c.isspace() for c in spans[r].text),
            runs[r][0] <= verb <= runs[r][1],
        ),
    )
    main = spans[best]
    return Span(main.start, main.end, main.text, tuple(spans))


def _verb_cue(
    engine: _Engine,
    text: str,
    toks: list[_Tok],
    i: int,
    last: int,
    aux: int | None,
    form: _CueForm,
    subject: tuple[int, int] | None,
    start: int,
    opener: int | None = None,
) -> Span:
    """The cue of the verb at toks[i] (its last word at `last`): in English from `start`
    (its auxiliaries, `_cue_start`) to the verb or the particle right after it; in
    German its parts (`_cue_parts`) as one span (`_cue_span`), with the word that opens
    the cue's clause where it makes the clause a cue ("Wie … mitteilte")."""
    if engine.language == "en":
        return _token_span(text, toks, start, last if last == i + 1 else i)
    parts = _cue_parts(engine, toks, i, last, aux, form)
    if opener is not None:
        parts.append(opener)
    return _cue_span(engine, text, toks, parts, subject)


def _verb_attribution(
    engine: _Engine,
    text: str,
    toks: list[_Tok],
    i: int,
    last: int,
    form: _CueForm,
    refs: _References,
    bounds: tuple[int, int],
    shared: tuple[int, int] | None = None,
) -> _Found | None:
    """`bounds` is the clause around toks[i] (`_clause_bounds`); `shared` the subject
    of the cue before this one in the sentence, which a verb with no subject of its
    own takes over ("he said, adding that …")."""
    n = len(toks)
    speaker: Speaker | None  # None where a joined verb's shared subject is not found
    if _negated(engine, toks, i):
        return None  # "hat nicht gesagt", "did not respond": nobody stands behind it
    if (
        engine.language == "de"
        and (last > i or toks[i].lower in engine.idiom_ends)
        and _not_a_speech_act(engine, toks, i, last)
    ):
        return None
    if engine.language == "de" and _names_only(engine, toks, i, form, bounds):
        return None  # "Das Objekt, genannt Nordstern, …", "wie er genannt wurde"
    if _turns_out(engine, toks, form, bounds):
        return None  # "Es stellte sich heraus, dass …": a fact that came out
    if (
        engine.language == "de"
        and last + 1 < len(toks)
        and toks[last + 1].text == ")"
        # a short remark of a source and its verb, not a whole clause in brackets
        and _in_parenthesis(toks, max(bounds[0], i - 3), i)
    ):
        return None  # "Der Minister (Wikinews berichtete) hat …": a remark of the article
    if engine.language == "de" and _embedded_verb_final(engine, toks, i, last, bounds):
        return None  # "…, dass der Minister von dem Plan wusste."
    if (
        engine.language == "de"
        and i + 1 < n
        and toks[i + 1].lower in engine.words["passive_auxiliaries"]
        and _final_passive(engine, toks, i, last, bounds)
    ):
        start, end = bounds
        if not (
            _opens_subordinate_clause(engine, toks, start)
            and not any(t.lower in engine.words["auxiliaries"] for t in toks[start:i])
            and end + 1 < n
            and toks[end].text == ","
            and (
                toks[end + 1].lower in engine.words["statement_complementizers"]
                or _passive_words_clause(engine, toks[end + 1 :])
            )
        ):
            return None  # "…, sodass die Anträge abgelehnt wurden."
        # "…, dass der Verband aufgefordert wurde, sich an den Kosten zu beteiligen":
        # the passive's clause of words follows its auxiliaries
        content = _content_after(toks, end, engine)
        if content is None:
            return None
        cue = _verb_cue(engine, text, toks, i, last, None, form, None, i)
        return _Found(
            "reported_speech",
            None,
            cue,
            _clause_span(toks, content, engine),
            f"passive '{cue.text}' ({form.lemma}) at the end of its clause, with no agent:"
            " the source is not named",
            True,
        )
    clause_start, clause_end = bounds
    if engine.language == "de":
        clause_start = _before_apposition(engine, toks, clause_start)
    if form.lemma in engine.words["aus_source_verbs"]:
        return _aus_source(engine, text, toks, i, last, form, refs)
    # a participle cue ("hat … angekündigt"): its auxiliary carries the clause
    aux = None
    for k in range(i - 1, clause_start - 1, -1):
        if toks[k].lower in engine.words["auxiliaries"]:
            aux = k
            break
        if (
            engine.language == "de"
            and toks[k].lower in _AND
            and k + 1 < i
            and (
                toks[k + 1].lower in _APPOSITION_ARTICLES
                or _pronoun(engine, toks[k + 1]) is not None
            )
            and _np_right(engine, toks, k + 1) == (k + 1, i)
        ):
            # "Es war ruhig und die Anwohner befürchten": a new clause, its subject
            # right before its own verb
            break
    if aux is not None and engine.language == "en" and _cue_start(engine, toks, i, aux) > aux:
        # an English auxiliary stands right before its verb, adverbs aside: in "were the
        # third time AROS said" the 'were' is another verb's
        aux = None
    subject: tuple[int, int] | None = None
    # "ist zuversichtlich", "ist der Ansicht", "ist davon überzeugt": 'sein' is the
    # cue's own verb, not an auxiliary of the passive
    copula = aux is not None and form.lemma.endswith(" sein") and engine.language == "de"
    passive = (
        aux is not None
        and not copula
        and toks[i].lower in engine.participles
        and toks[aux].lower in engine.words["passive_auxiliaries"]
        # "Die Partei wird darauf bestehen, dass …": 'werden' with the infinitive is
        # the future, not the passive
        and not (engine.language == "de" and toks[i].lower == form.lemma.split()[-1])
        # English "is saying", "was telling" is the progressive, not a passive
        and not (engine.language == "en" and toks[i].lower.endswith("ing"))
        # "waren davon ausgegangen": the perfect of a verb that takes 'sein'
        and not (
            form.lemma in engine.words["sein_perfect_verbs"]
            and toks[aux].lower in engine.words["sein_forms"]
        )
    )
    if passive and aux is not None and form.lemma in engine.words["quoted_passives"]:
        passive_quote = _quoted_passive(engine, text, toks, i, last, aux, clause_start, form, refs)
        if passive_quote is not None:
            return passive_quote
    if (
        passive
        and aux is not None
        and engine.language == "en"
        and form.category in ("speech", "thought", "writing")
    ):
        # the English agent follows the participle: "was first reported by the Post";
        # a speech act in the passive is mostly an event ("were threatened by …")
        agent_after = last + 1
        if agent_after < n and toks[agent_after].lower in engine.words["agent_prepositions"]:
            np = _np_right(engine, toks, agent_after + 1)
            if np is not None:
                speaker, note, vague = _make_speaker(engine, text, toks, np, refs)
                cue_start = _cue_start(engine, toks, i, clause_start)
                cue = _token_span(text, toks, cue_start, agent_after)
                content = _longest_content(toks, [(0, cue_start), (np[1], n)])
                return _Found(
                    "reported_speech",
                    speaker,
                    cue,
                    content,
                    f"passive '{cue.text}' ({form.lemma}) with agent '{speaker.text}'; {note}",
                    vague,
                )
    if passive and aux is not None:
        # the passive gives the position to its agent: "wird von vielen … betrachtet"
        agent = next(
            (
                k
                for k in range(aux + 1, i)
                if toks[k].lower in engine.words["agent_prepositions"]
                # "wird der Ausbruch von Cholera befürchtet": 'von' after a noun belongs
                # to the noun, not to the passive, unless a definite phrase that names
                # someone who speaks follows it ("wurde die Stadt vom Verband
                # aufgefordert")
                and not (
                    engine.language == "de"
                    and toks[k - 1].capitalised
                    and k - 1 > aux
                    and not _definite_agent(engine, toks, k, i, refs)
                )
            ),
            None,
        )
        said_without_clause = (
            engine.language == "de"
            and form.category in ("speech", "writing")
            and not (
                last + 1 < n
                and (
                    toks[last + 1].text in {",", ":"}
                    or toks[last + 1].lower in engine.words["complementizers"]
                )
            )
        )
        # "wurde vom Gericht verurteilt", "wurde von der Polizei gemeldet": with no
        # clause a passive of judging or of saying reports an event, not a position
        if (
            agent is None
            and engine.language == "de"
            and toks[clause_start].lower in engine.words["agent_prepositions"]
            and _np_right(engine, toks, clause_start + 1) == (clause_start + 1, aux)
        ):
            # "Von der Opposition wurde der Besuch als Werbung kritisiert": the agent
            # opens the clause, right before the auxiliary
            agent = clause_start
        # "Das wurde vom Presseamt bekannt gegeben": the demonstrative subject stands
        # for what was just said, as the fronted object of the active does ("Das gab
        # das Presseamt bekannt"), and the agent said it
        demonstrative = (
            agent is not None
            and engine.language == "de"
            and aux == clause_start + 1
            and toks[clause_start].lower in engine.words["demonstratives"]
        )
        np = _np_right(engine, toks, agent + 1) if agent is not None else None
        if (
            agent is not None
            and np is not None
            and np[1] <= i
            and (
                demonstrative
                or (
                    _states(engine, form, toks, (clause_start, clause_end + 1))
                    and not said_without_clause
                )
            )
        ):
            speaker, note, vague = _make_speaker(engine, text, toks, np, refs)
            cue = _cue_span(engine, text, toks, _cue_parts(engine, toks, i, last, aux, form), np)
            passive_cue = f"passive '{toks[aux].text} … {toks[i].text}' ({form.lemma}) with agent "
            agent_phrase = f"'{toks[agent].text} {speaker.text}'; {note}"
            if demonstrative:
                dem = toks[clause_start]
                return _Found(
                    "reported_speech",
                    speaker,
                    cue,
                    (dem.start, dem.end),
                    f"'{dem.text}' (what was just said) given in the {passive_cue}{agent_phrase}",
                    vague,
                )
            return _Found(
                "reported_speech",
                speaker,
                cue,
                _longest_content(toks, [(0, n)]),
                passive_cue + agent_phrase,
                vague,
                # with no clause after it, the passive narrates the act ("wurde von
                # der Opposition als Werbung kritisiert"), as the active verb does; the
                # clause follows its auxiliaries ("vorgeworfen worden, …")
                narrated=engine.language == "de"
                and not _reports_clause_after(
                    engine, toks, max([last, *_trailing_auxiliaries(engine, toks, last + 1)])
                ),
            )
    if passive and aux is not None:
        # an agentless passive hides its speaker: with a clause it reports words of
        # nobody named ("Es wird vermutet, dass …"); without one it is an event
        # ("Der Antrag wurde abgelehnt")
        content_toks = _content_after(toks, last + 1, engine)
        opener = toks[last + 1] if last + 1 < n else None
        if (
            (form.category == "speech_act" and engine.language != "de")
            or content_toks is None
            or opener is None
            or not (
                opener.lower in engine.words["complementizers"]
                or (
                    opener.text == ","
                    and last + 2 < n
                    and (
                        toks[last + 2].lower in engine.words["complementizers"]
                        # "Ihm wurde vorgeworfen, seine Frau belästigt zu haben."
                        or "zu" in [t.lower for t in toks[n - 4 : n]]
                        or bool(_ZU_INFINITIVE.match(toks[n - 2].lower if n >= 2 else ""))
                        or (
                            engine.language == "de"
                            and _passive_words_clause(engine, toks[last + 2 :])
                        )
                    )
                )
            )
        ):
            # the predicative stands before its participle ("als „…“ bezeichnet")
            predicative = _quoted_predicative(engine, toks, clause_start, i)
            if predicative is None:
                return None
            # "Die Pläne werden als „überteuert“ bezeichnet": the quoted judgment is
            # someone's words, though the passive does not name whose
            parts = _cue_parts(engine, toks, i, last if engine.join_gap_words else i, aux, form)
            cue = _cue_span(engine, text, toks, parts, None)
            how = f"passive '{toks[aux].text} … {toks[i].text}' ({form.lemma}) with no agent"
            written = _passive_text_source(engine, toks, clause_start, i)
            if written is None:
                return _Found(
                    "direct_quote",
                    None,
                    cue,
                    predicative,
                    how + " and a quoted predicative: the source is not named",
                    True,
                )
            # "In einem Bericht werden die Pläne als „…“ bezeichnet"
            speaker, note, vague = _make_speaker(engine, text, toks, written, refs)
            return _Found(
                "direct_quote",
                speaker,
                cue,
                predicative,
                f"{how} and a quoted predicative in the text '{speaker.text}'; {note}",
                vague,
            )
        if engine.language == "en":
            cue_start = _cue_start(engine, toks, i, aux - 1)
            cue = _token_span(text, toks, cue_start, i)
        else:
            parts = _cue_parts(engine, toks, i, last if engine.join_gap_words else i, aux, form)
            cue = _cue_span(engine, text, toks, parts, None)
            written = _passive_text_source(engine, toks, clause_start, i)
            if written is not None:
                speaker, note, vague = _make_speaker(engine, text, toks, written, refs)
                return _Found(
                    "reported_speech",
                    speaker,
                    cue,
                    _clause_span(toks, content_toks, engine),
                    f"passive '{toks[aux].text} … {toks[i].text}' ({form.lemma}) in the text "
                    f"'{speaker.text}', which is its source; {note}",
                    vague,
                )
        return _Found(
            "reported_speech",
            None,
            cue,
            _clause_span(toks, content_toks, engine),
            f"passive '{toks[aux].text} … {toks[i].text}' ({form.lemma}) with no agent: "
            "the source is not named",
            True,
        )
    as_cue_opener: int | None = None  # the "wie" of "wie X mitteilte", part of its cue
    if aux is not None and (toks[i].lower in engine.participles or copula):
        between = (aux + 1, i)
        if engine.language == "de":
            between = (aux + 1, _first_phrase_end(engine, toks, aux + 1, i))
        between_ok = _valid_subject(engine, toks[between[0] : between[1]]) and not (
            # "hat diesen Samstag angekündigt", "hat dem Minister gesagt": an accusative
            # or dative phrase is no subject
            engine.language == "de" and toks[between[0]].lower in engine.words["object_determiners"]
        )
        if (
            between_ok
            and engine.language == "de"
            and clause_start == 0
            and toks[between[0]].lower not in engine.words["nominative_pronouns"]
        ):
            # "Die Kanzlerin hat die Minister aufgefordert": a speaker that opens the
            # sentence is the subject, the phrase after the auxiliary its object
            prefield = _np_left(engine, toks, clause_start, aux)
            if (
                prefield is not None
                and prefield[0] == 0
                and _names_source(engine, toks[prefield[0] : prefield[1]], refs)
            ):
                subject = prefield
        if subject is None and between_ok:
            subject = between
        elif subject is None:
            subject = _np_left(engine, toks, clause_start, aux)
            if subject is None and clause_start == aux:
                subject = _subject_with_apposition(engine, toks, clause_start)
            if (
                subject is None
                and engine.language == "de"
                and aux > 2
                and toks[aux - 1].lower in _AND
            ):
                # "X spielte die Idee herunter und ist der Meinung, dass …": the
                # auxiliary joined to a clause shares its subject
                subject = _first_conjunct_subject(engine, toks, clause_start, aux - 1) or shared
            if subject is None and between[0] < between[1]:
                subject = _np_right(engine, toks, aux + 1)
                if subject and subject[1] > i:
                    subject = None
    else:
        # "wie X mitteilte" / "as X said": the source between 'wie' and the verb
        as_cue = next(
            (
                k
                for k in range(i - 1, max(-1, i - 25), -1)
                if toks[k].lower in engine.words["as_cues"]
                and (k == 0 or toks[k - 1].text in {",", "–", "—"})
            ),
            None,
        )
        if as_cue is not None and not any(
            (t.text in _END_PUNCT and not _ordinal_dot(toks, k)) or t.text in {";", ":"}
            for k, t in enumerate(toks[as_cue:i], as_cue)
        ):
            end = _strip_adverbials(engine, toks, as_cue + 1, i) if engine.language == "de" else i
            while end > as_cue + 1 and toks[end - 1].text == ",":
                end -= 1
            if engine.language == "de" and not _valid_subject(engine, toks[as_cue + 1 : end]):
                # "wie der Sprecher, Jan Roth, in Kellau mitteilte": the phrase after the
                # apposition's closing comma belongs to the clause
                end = next(
                    (
                        k
                        for k in range(end - 2, as_cue + 1, -1)
                        if toks[k].text == "," and toks[k + 1].lower in engine.words["prepositions"]
                    ),
                    end,
                )
            if _valid_subject(engine, toks[as_cue + 1 : end]):
                subject = (as_cue + 1, end)
                clause_start = as_cue
                as_cue_opener = as_cue
        if (
            subject is None
            and i - clause_start == 1
            and toks[clause_start].lower in engine.words["demonstratives"]
        ):
            # a fronted object ("Das meldet die Zeitung X"): the subject follows the verb
            subject = _np_right(engine, toks, i + 1)
            if subject is not None:
                speaker, note, vague = _make_speaker(engine, text, toks, subject, refs)
                # the verb and its particle apart, the longer is shown, as for any cue
                # ("bekannt" of "Das gab die Stadt bekannt")
                cue = _cue_span(
                    engine, text, toks, _cue_parts(engine, toks, i, last, None, form), subject
                )
                dem = toks[clause_start]
                return _Found(
                    "reported_speech",
                    speaker,
                    cue,
                    (dem.start, dem.end),
                    f"'{dem.text}' (what was just said) given by {form.lemma} '{cue.text}'; {note}",
                    vague,
                )
        if subject is None and engine.language == "en":
            subject = _relative_subject(engine, toks, clause_start, i)
        if subject is None and engine.language == "en":
            subject = _english_shared_subject(engine, toks, clause_start, i, shared)
        if (
            subject is None
            and engine.language == "de"
            # "Der Wirt, der genau wusste, dass …": what he knew is given as a fact
            and form.lemma not in engine.words["factive_verbs"]
        ):
            subject = _relative_subject_de(engine, toks, clause_start, i)
        if subject is None:
            subject = _np_left(engine, toks, clause_start, i)
        if subject is None and clause_start == i:
            subject = _subject_with_apposition(engine, toks, clause_start)
        joined = subject is None and engine.language == "de" and i > 2 and toks[i - 1].lower in _AND
        if joined:
            # "Podolski war anwesend und sagte, …": the subject of the first conjunct,
            # or that of a cue before ("X spricht von … und fordert …")
            subject = _first_conjunct_subject(engine, toks, clause_start, i - 1) or shared
        if (
            joined
            and subject is None
            and clause_start < i - 2
            and not toks[clause_start].capitalised
            and toks[clause_start].text.isalpha()
            # a finite verb, not an article, preposition or adverb, opens the clause
            and toks[clause_start].lower not in engine.words["determiners"]
            and toks[clause_start].lower not in engine.words["prepositions"]
            and toks[clause_start].lower not in engine.words["skippable"]
            and toks[clause_start].lower not in engine.words["complementizers"]
            and toks[clause_start].lower not in engine.words["subordinators"]
        ):
            # "Jan Roth, der Sprecher der Stadt, dankte den Helfern und ergänzte, …": the
            # first verb opens its clause after the subject and its apposition
            subject = _subject_with_apposition(engine, toks, clause_start)
        inverted = subject is None
        if inverted and joined and clause_start < i - 2:
            # "… pochte auf die Formulierung und trat einer Abschwächung entgegen": a
            # verb joined to a clause shares its subject; what follows it is an object,
            # so where the subject was not found the speaker stays unnamed
            subject = (i, i)
            inverted = False
        if inverted and engine.language == "de":
            subject = _particle_name_subject(engine, toks, clause_start, i)
            inverted = subject is None
        if inverted:
            after_verb = last + 1 if engine.language == "en" else i + 1
            while (
                engine.language == "de"
                and after_verb < n - 1
                and toks[after_verb].lower in engine.words["object_pronouns"]
            ):
                after_verb += 1  # "so charakterisierte ihn der Funktionär", "sagte ihm X"
            subject = _np_right(engine, toks, after_verb)
            if (
                subject is not None
                and engine.language == "de"
                and subject[1] - subject[0] == 1
                and toks[subject[0]].lower == "es"
            ):
                # "hält es der Präsident für möglich": 'es' stands for the clause, the
                # subject follows
                following = _np_right(engine, toks, subject[1])
                if following is not None and following[0] == subject[1]:
                    subject = following
            if (
                subject is not None
                and engine.language == "de"
                and toks[subject[0]].lower in engine.words["object_determiners"]
            ):
                # a subject is nominative: "rief den Demonstranten zu", "drohte dem
                # Mann" name whom the words were for, not who spoke; the subject may
                # follow such an object ("sagte dem Sender der Minister")
                following = _np_right(engine, toks, subject[1])
                subject = (
                    following
                    if following is not None
                    and following[0] == subject[1]
                    and toks[following[0]].lower not in engine.words["object_determiners"]
                    and toks[following[0]].lower in engine.words["determiners"]
                    else None
                )
            if subject is not None and engine.language == "en":
                # English puts the verb first only right after the quotation or clause,
                # and the subject then closes the clause: '…," said Smith.'
                subject = _inverted_subject_end(engine, toks, subject)
                after_np = toks[subject[1]].text if subject[1] < n else "."
                if (
                    # no inversion after a participle ("Speaking at a rally, …") nor
                    # before a clause ("complained that he …")
                    toks[i].lower.endswith("ing")
                    or toks[subject[0]].lower in engine.words["complementizers"]
                ):
                    subject = None
                elif (clause_start < i and not (toks[i - 1].text in _CLAUSE_PUNCT or i == 0)) or (
                    after_np not in _END_PUNCT
                    and after_np not in {",", ";", ":", "(", _QUOTE_TOKEN}
                    and not _plain_tail(engine, toks, subject[1])
                ):
                    subject = None
                elif after_np in {",", "("}:
                    # '…," said Rep. Ann Lee (D-Ore.), the ranking member.'
                    comma = _skip_parenthesis(toks, subject[1])
                    if comma < n and toks[comma].text == ",":
                        subject = (subject[0], _english_closing_apposition(engine, toks, comma))
    if (
        subject is None
        and engine.language == "de"
        and clause_start == i
        and i > 2
        and toks[i - 1].text == ","
        and _finite_after_comma(engine, toks, i)
    ):
        # "Die Polizei bestätigte den Unfall, teilte aber mit, …": the verb opens a
        # conjunct that shares the subject of the main clause opening the sentence
        first_start, _ = _clause_bounds(toks, i - 2)
        if (
            first_start == 0
            and toks[0].lower not in engine.words["complementizers"]
            and toks[0].lower not in engine.words["subordinators"]
        ):
            subject = _first_conjunct_subject(engine, toks, 0, i - 1)
    if subject is None:
        return None
    if (
        engine.language == "de"
        and subject[0] < subject[1]
        and toks[subject[0]].lower in engine.words["negations"]
    ):
        return None  # "Damals ahnte niemand, wie …", "Kein Sprecher sagte, …": nobody's words
    if engine.language == "de":
        finite = aux if aux is not None and (toks[i].lower in engine.participles or copula) else i
        subject = _pronoun_after_finite(engine, toks, finite, subject)
        if subject[0] == 0 and toks[0].lower in engine.words["determiners"]:
            subject = _source_after_finite(engine, toks, finite, subject, refs)
    if (
        engine.language == "de"
        and subject[0] > i
        and last > subject[1]
        and _past_apposition(engine, toks, subject[1]) > subject[1]
    ):
        # "gab der Leiter der Dienststelle, Andreas Huber, bekannt": the name between
        # the commas belongs to the subject
        second_comma = next(k for k in range(subject[1] + 1, last) if toks[k].text == ",")
        subject = (subject[0], second_comma)
    if engine.language == "de" and subject[0] > i and not last > subject[1]:
        named = _inverted_name_apposition(engine, toks, subject)
        if named is not None:
            subject = (subject[0], named)
    if subject[0] == subject[1]:
        speaker, note, vague = (
            None,
            "the subject it shares with the verb before is not found",
            False,
        )
    else:
        speaker, note, vague = _make_speaker(engine, text, toks, subject, refs)
    if (
        engine.language == "en"
        and speaker is not None
        and toks[subject[0]].lower in engine.words["relative_pronouns"]
    ):
        speaker = _antecedent(engine, toks, subject[0], speaker, refs)
    participle_aux = (
        aux if aux is not None and (toks[i].lower in engine.participles or copula) else None
    )
    cue_start = _cue_start(engine, toks, i, subject[1] if subject[1] <= i else clause_start)
    # the cue span is made (`_verb_cue`, with this subject) only for an attribution that
    # is given: a third of the verbs that get this far fail the tests of their clause
    cue_subject = subject
    after = max(last, subject[1] - 1) + 1
    if form.rest and last >= after:
        after = last + 1
    if (
        engine.language == "de"
        and subject[0] > i
        and any(t.text == "," for t in toks[subject[0] : subject[1]])
        and after + 1 < n
        and toks[after].text == ","
        and toks[after + 1].lower in engine.words["prepositions"]
    ):
        # "sagte der Koordinator, Paul Maier, gegenüber der BBC, dass …": the phrase
        # after the apposition belongs to the verb, as it would without the commas
        after += 1
    content_toks = None
    while (
        after < n - 1
        and toks[after].lower in engine.words["skippable"]
        and toks[after + 1].text in {",", ":"}
    ):
        after += 1  # "argumentierten außerdem, …"
    # a short object between the verb and its clause: "äußert die Vermutung, dass …",
    # "gave no reason why …"
    if (
        after < n
        and toks[after].text not in {",", ":", _QUOTE_TOKEN}
        and (
            toks[after].lower not in engine.words["complementizers"]
            or _compares(engine, toks, after)
        )
    ):
        k, stop = after + 1, min(n, after + (18 if _compares(engine, toks, after) else 12))
        while k < stop:
            if (
                engine.language == "de"
                and toks[k].lower in _AND
                and k + 1 < n
                and toks[k + 1].lower in engine.forms
            ):
                break  # "lobte den Plan und stellte fest, dass …": the clause is the next verb's
            if (
                engine.language == "de"
                and toks[k].text == ","
                and _finite_after_comma(engine, toks, k + 1)
            ):
                # "bestätigte den Unfall, teilte aber mit, …": a conjunct with no
                # subject of its own, joined by the comma alone; its clause is its own
                break
            # "kommentierte den Sachverhalt am Sonntag mit den Worten: „…“",
            # "sagte hierzu der Zeitung, sie könne …"
            if (
                toks[k].text in {",", ":"}
                and k + 1 < n
                and (
                    toks[k + 1].lower in engine.words["complementizers"]
                    or toks[k].text == ":"
                    or (k - after < 6 and engine.language == "de")
                )
            ):
                after = k
                break
            if (
                toks[k].lower in engine.words["complementizers"]
                and not _compares(engine, toks, k)
                and not (
                    # "… could change that.": a pronoun closing the sentence opens nothing
                    engine.language == "en" and all(t.text in _END_PUNCT for t in toks[k + 1 :])
                )
                # "erwartete Seuchen wie Cholera": "wie" right after a noun compares,
                # though the quoted examples of words are what was said ("skandierte
                # Parolen wie „…“")
                and not (
                    engine.language == "de"
                    and toks[k].lower in engine.words["as_cues"]
                    and toks[k - 1].capitalised
                    and all(
                        t.text != _QUOTE_TOKEN and t.text not in _OPENING_MARKS
                        for t in toks[k + 1 : k + 5]
                    )
                )
            ):
                after = k
                break
            if (
                engine.language == "en"
                and k - after <= 8
                and toks[k].text == _QUOTE_TOKEN
                # an object, not a clause: "said she wanted to speak “…”" reports more
                and not any(
                    _pronoun(engine, t) or t.lower in _INFINITIVE_MARKERS for t in toks[after:k]
                )
            ):
                # the object and then the words: 'called the plan "a disgrace"'
                after = k
                break
            if toks[k].text in _CLAUSE_PUNCT or toks[k].text in _END_PUNCT:
                break
            if _compares(engine, toks, k):
                # the phrase a comparison adds belongs to the object: "kritisierte das
                # Gesetz ebenso wie die Haltung der Regierung in scharfer Form: …"
                stop = min(n, stop + 6)
            k += 1
    inserted = _inserted_cue(engine, toks, i, clause_start, subject)
    if inserted is not None:
        # "Die Lage, sagte der Minister, sei ernst.": the cue between commas stands
        # inside the statement, which runs on both sides of it
        cue = _verb_cue(
            engine, text, toks, i, last, participle_aux, form, cue_subject, cue_start, as_cue_opener
        )
        return _Found(
            "reported_speech",
            speaker,
            cue,
            inserted,
            f"{form.lemma} '{cue.label}' inside the statement; {note}",
            vague,
            opens=True,
        )
    spoken_of = _spoken_of(engine, toks, form, after) or _spoken_of_before(
        engine, toks, form, i, clause_start, subject, participle_aux
    )
    if spoken_of is not None:
        cue = _verb_cue(
            engine, text, toks, i, last, participle_aux, form, cue_subject, cue_start, as_cue_opener
        )
        return _Found(
            "reported_speech",
            speaker,
            cue,
            # the whole sentence, as for a narrated speech act: what the speaker holds
            _longest_content(toks, [(0, len(toks))]),
            f"{form.lemma} '{cue.label}' {toks[spoken_of[0] - 1].text} what was said; {note}",
            vague,
            opens=True,
            narrated=True,
        )
    # the clause after the cue: a complementizer, a comma or colon clause, a quote
    if after < n and toks[after].text == _QUOTE_TOKEN:
        content = (toks[after].start, toks[after].end)
        how = "quotation after the cue"
    else:
        content_toks = _content_after(toks, after, engine)
        if (
            engine.language == "de"
            and content_toks is not None
            and as_cue_opener is None
            and toks[after].text == ","
            and content_toks[0] == after + 1
            and (
                toks[clause_start].lower in engine.words["subordinators"]
                or (
                    clause_start > 0
                    and toks[clause_start - 1].text == ","
                    and toks[clause_start].lower in engine.words["relative_pronouns"]
                )
            )
            and _opens_with_finite(engine, toks, content_toks[0])
        ):
            # "Nachdem er sie festgehalten hat, habe er …", "Ein Tief, das dort
            # gestanden hatte, habe …": after a subordinate clause that ends in the cue,
            # a finite verb first resumes the main clause, which the cue does not frame
            content_toks = None
        content = _clause_span(toks, content_toks, engine) if content_toks else None
        how = "clause after the cue"
    if content_toks is not None and _open_question(engine, form, toks[content_toks[0] - 1]):
        return None  # "Der Richter entscheidet, ob …": the question to decide, no words
    # German needs no comma before a zu-infinitive ("hat angekündigt die Preise zu
    # erhöhen"): the infinitive is what was said, as it is after a comma
    bare_infinitive = (
        _bare_zu_infinitive(engine, toks, after)
        if engine.language == "de" and how == "clause after the cue"
        else None
    )
    # "Nachdem sie die Polizei informiert hatte, wurde eine Kommission eingerichtet":
    # after an adverbial clause with the cue, the main clause resumes with its finite
    # verb, and what it says is the article's (after "wie X mitteilte" it is the words)
    resumes_main = (
        engine.language == "de"
        and content_toks is not None
        and toks[content_toks[0] - 1].text == ","
        and toks[content_toks[0]].lower in engine.words["auxiliaries"]
        and toks[content_toks[0]].lower not in engine.moods
        and toks[clause_start].lower in engine.words["subordinators"]
        and toks[clause_start].lower not in engine.words["as_cues"]
    )
    ends_sentence = all(t.text in _END_PUNCT for t in toks[after:]) or after >= n
    closing_position = (
        clause_start > 0
        and toks[clause_start - 1].text in {",", _QUOTE_TOKEN}
        # a subject before the verb closes the sentence only with a short object
        # after it ('…," Marsh told me this week.'), not with a clause
        and (
            (subject[0] > i and i - clause_start <= 1)
            # a subject with its apposition before the verb ("Smith, a lawyer, said the
            # plan …") opens the sentence, so it closes nothing
            or (
                subject[1] <= i
                # an English closing subject opens its clause ('…," Marsh told me')
                and (subject[0] == clause_start or engine.language != "en")
                and not (
                    engine.language == "en"
                    and toks[subject[0]].lower in engine.words["relative_pronouns"]
                )
                and n - after <= 5
            )
        )
    )
    if not ends_sentence and closing_position:
        # ", sagte X dem Sender Y." / ", said X in a statement.": an inverted cue that
        # opens the last clause, followed by no clause of its own, closes the sentence
        ends_sentence = not any(
            t.text in {",", ":"} or t.lower in engine.words["complementizers"] for t in toks[after:]
        )
        apposition = (
            _closing_apposition(engine, toks, after)
            if not ends_sentence and engine.language == "de" and subject[0] > i
            else None
        )
        if apposition is not None:
            # ", sagte Anna Roth, die Sprecherin der Stadtwerke.": the apposition names her
            ends_sentence = True
            if apposition[1]:
                subject = (subject[0], apposition[0])
                speaker, note, vague = _make_speaker(engine, text, toks, subject, refs)
    if (
        ends_sentence
        and clause_start > 0
        and (
            engine.language != "de"
            or (
                _closes_report(
                    engine, toks, i if participle_aux is None else participle_aux, clause_start
                )
                and _closes_as_report(engine, toks, form, clause_start)
            )
        )
    ):
        before = clause_start
        if engine.language == "de" and subject[1] <= clause_start:
            # "Die Partei, auf deren Liste er stand, schloss das aus.": the subject and
            # its apposition stand before the verb's clause and are not what was said
            before = subject[0]
        content = _longest_content(toks, [(0, before)])
        how = "cue after the clause"
        quoted = next(
            (
                t
                for t in reversed(toks[max(0, clause_start - 2) : clause_start])
                if t.text == _QUOTE_TOKEN
            ),
            None,
        )
        if quoted is not None:  # „…“, sagte er. / "…," she said.
            content = (quoted.start, quoted.end)
            how = "cue after the quotation"
    if content is None and form.category == "speech_act":
        content = _longest_content(toks, [(0, n)])  # "wies die Vorwürfe zurück."
        how = "the statement as a whole"
    if content is None and form.lemma in engine.words["object_statement_verbs"] and last > i + 1:
        content = _longest_content(toks, [(0, n)])  # "gab die Ergebnisse bekannt."
        how = "the statement as a whole"
    if content is None or (
        how == "the statement as a whole"
        and not _states(engine, form, toks, (clause_start, clause_end + 1))
    ):
        return None
    if (
        form.category in ("speech", "thought", "writing")
        and how == "clause after the cue"
        and content_toks is not None
    ):
        # verbs of saying and thinking need a clause: a complementizer, a comma or
        # colon clause, or (English) a finite clause with no 'that'
        opener = toks[after] if after < n else None
        has_clause = opener is not None and (
            opener.text in {",", "–", "—"}
            or (
                opener.lower in engine.words["complementizers"]
                and not _compares(engine, toks, after)
            )
            # English drops 'that' after the common verbs of saying and thinking only:
            # "she said the plan works", but not "he did not respond to a request"
            or form.lemma in engine.words["bare_clause_verbs"]
            or bare_infinitive is not None
            # … or where a pronoun or name opens the clause: "she warned he would"
            or (
                engine.language == "en"
                and (_pronoun(engine, opener) is not None or opener.capitalised)
            )
            # … or a to-infinitive after a verb of intention: "she wants to triple …";
            # "I want to …" is the speaker's own voice
            or (
                opener.lower == "to"
                and form.lemma in engine.words["infinitive_verbs"]
                and (speaker is None or speaker.text.lower() not in engine.words["first_person"])
            )
        )
        if (
            engine.language == "de"
            and opener is not None
            and opener.text == ","
            and content_toks is not None
            and toks[content_toks[0] - 1].text == ","
        ):
            # a bare comma clause is reported speech when it is in the subjunctive
            # ("sagte, die Lage sei ernst") or a zu-infinitive ("erklärte, nichts zu
            # wissen"); otherwise it is a relative or adverbial clause of the article
            clause = [t.lower for t in toks[content_toks[0] : content_toks[1]]]
            has_clause = not resumes_main and (
                _QUOTE_TOKEN in clause
                or toks[clause_start].lower in engine.words["as_cues"]
                or "zu" in clause[-3:]
                or bool(clause and _ZU_INFINITIVE.match(clause[-1]))
                or _has_zu_infinitive(engine, toks[content_toks[0] : content_toks[1]])
                or not engine.words["subjunctive_forms"].isdisjoint(clause)
                or not engine.words["conditional_forms"].isdisjoint(clause)
                or _verb_in_e_after_subject(engine, toks[content_toks[0] : content_toks[1]])
            )
        if opener is not None and opener.text == ":" and content_toks is not None:
            # after a colon German gives words to a speaker in quotation marks or in
            # Konjunktiv I; an indicative clause is the article explaining itself
            # ("hält an seinen Forderungen fest: Die Ukraine soll …")
            colon_clause = {t.lower for t in toks[content_toks[0] : content_toks[1]]}
            has_clause = (
                engine.language == "en"
                or _QUOTE_TOKEN in colon_clause
                or not colon_clause.isdisjoint(engine.words["subjunctive_forms"])
            )
        # a semicolon ends the clause of the cue: the quotation after it is in another
        quoted = next(
            (t for t in toks[content_toks[0] : content_toks[1]] if t.text in {_QUOTE_TOKEN, ";"}),
            None,
        )
        if quoted is not None and quoted.text == ";":
            quoted = None
        if (
            not has_clause
            and quoted is None
            and form.lemma in engine.words["object_statement_verbs"]
            and all(t.text not in _CLAUSE_PUNCT for t in toks[after : content_toks[1]])
        ):
            # "Die Polizei geht von Suizid aus", "nannte als Grund die Kosten": the
            # object of these verbs is what the speaker stated
            has_clause = True
            content = _longest_content(toks, [(0, n)])
            how = "the statement as a whole"
        if not has_clause and engine.language == "de" and quoted is not None:
            # "nannte die Zahlen „aus der Luft gegriffen“": quoted words in the object
            # of a verb of saying are the speaker's
            has_clause = True
            content = (quoted.start, quoted.end)
            how = "quotation in the object"
        if (
            not has_clause
            and engine.language == "en"
            and form.category in ("speech",)
            and (speaker is None or speaker.text.lower() not in engine.words["first_person"])
        ):
            # an English verb of saying with an object and no clause still names a
            # statement and its source ("she mentioned the budget", "he cited the
            # audit"); "I ask for your support" is the speaker's own act, and a verb
            # of writing with an object names an event ("reported results")
            content = _english_object(engine, toks, last, subject) or _longest_content(
                toks, [(0, n)]
            )
            how = "the statement as a whole"
        elif not has_clause:
            return None
    kind_note = {
        "speech": "verb of saying",
        "thought": "verb of thinking",
        "writing": "verb of writing",
        "speech_act": "speech act",
    }[form.category]
    if (
        form.category == "speech_act"
        and how == "clause after the cue"
        and bare_infinitive is None
        and (
            content_toks is None
            or (
                toks[content_toks[0] - 1].text not in {",", ":"}
                and toks[content_toks[0] - 1].lower not in engine.words["complementizers"]
            )
            or (
                engine.language == "de"
                and toks[content_toks[0] - 1].text == ","
                and (resumes_main or not _reported_comma_clause(engine, toks, content_toks))
            )
        )
    ):
        # a narrated speech act has no clause to report; the position it gives is
        # the whole statement ("Stanowaja dämpft die Hoffnungen auf …"), in English
        # what follows the verb ("the senator criticized the plan as costly")
        content = _english_object(engine, toks, last, subject) or _longest_content(toks, [(0, n)])
        how = "the statement as a whole"
        if not _states(engine, form, toks, (clause_start, clause_end + 1)):
            return None
    cue = _verb_cue(
        engine, text, toks, i, last, participle_aux, form, cue_subject, cue_start, as_cue_opener
    )
    return _Found(
        "reported_speech",
        speaker,
        cue,
        content,
        f"{kind_note} '{cue.label}' ({form.lemma}), {how}; {note}",
        vague,
        opens=how
        in ("clause after the cue", "quotation after the cue", "the statement as a whole"),
        narrated=how == "the statement as a whole",
        shares_subject=subject[0] == subject[1],
        reported=engine.language == "de"
        and form.category in ("thought", "speech_act")
        and _subjunctive_finite(
            engine, toks, i if participle_aux is None else participle_aux, form
        ),
    )


# ---------------------------------------------------------------- the article


def attribute(text: str, sentences: list[Sentence], rules: Rules) -> None:
    """Fill in `attributions` (and the vague flag) of every sentence of an article."""
    if not sentences:
        return
    engine = _engine(rules)
    refs = _References(engine, text, sentences)
    vague_needles = _needles_in(engine, text)
    quotes = find_quotes(text, sentences[0].start, sentences[-1].end, rules.language)
    for quote in quotes:
        _classify_quote(text, quote, engine)
    speech_quotes = [q for q in quotes if q.speech]
    fragments = [q for q in quotes if not q.speech and not q.title]
    q_index = 0
    previous: Sentence | None = None
    previous_found: _Found | None = None
    previous_opens = False
    recent: Sentence | None = None  # the last sentence that named a speaker
    turn: _Found | None = None
    for sentence in sentences:
        while q_index < len(speech_quotes) and speech_quotes[q_index].end <= sentence.start:
            q_index += 1
        inside = []
        if q_index < len(speech_quotes) and speech_quotes[q_index].start < sentence.end:
            for q in itertools.islice(speech_quotes, q_index, None):
                if q.start >= sentence.end:
                    break
                if q.end > sentence.start:
                    inside.append(q)
        lowered = sentence.text.lower()
        lows = _token_words(lowered)
        found: list[_Found] = []
        toks: list[_Tok] | None = None
        asked = False  # a question put to the addressee about their own words
        if inside or _triggered(engine, lows):
            masks = [(q.start, q.end) for q in inside]
            toks = _sentence_tokens(text, sentence, lowered, lows, masks)
            found = _find_attributions(engine, text, toks, refs)
            if found and sentence.text.rstrip().endswith("?"):
                kept = [f for f in found if not _asks_addressee(engine, sentence, f)]
                asked = len(kept) < len(found)
                found = kept
        results: list[Attribution] = []
        if inside:
            results.extend(
                _quote_attributions(engine, text, sentence, inside, found, previous, previous_found)
            )
        speaking = (
            next((f for f in found if f.speaker is not None or f.shares_subject), None)
            if found
            else None
        )
        if speaking is not None:
            # a mixed quotation: a few quoted words inside reported speech
            # ("wies alle Vorwürfe als „haltlos“ zurück")
            for q in fragments:
                name = speaking.speaker
                if name is not None and name.start <= q.start and q.end <= name.end:
                    continue  # a quoted name in the speaker: "das „Hurricane Centre“"
                if sentence.start <= q.start and q.end <= sentence.end:
                    results.append(
                        Attribution(
                            "direct_quote",
                            speaking.speaker,
                            speaking.given_cue,
                            (q.start, q.end),
                            speaking.vague,
                            "quoted words inside reported speech; " + speaking.explanation,
                        )
                    )
                    break
        for f in found:
            if inside and f.content and any(q.start <= f.content[0] < q.end for q in inside):
                continue
            if (
                inside
                and f.cue
                and any(r.cue == f.cue for r in results)
                and not _reports_more(f, inside)
            ):
                continue
            act = f.cue if f.narrated and not engine.narrated_act_cue else None
            cue = None if act is not None else f.given_cue
            results.append(
                Attribution(f.kind, f.speaker, cue, f.content, f.vague, f.explanation, act=act)
            )
        if not results and engine.language == "en" and q_index > 0 and sentence.text[:1] in _DASHES:
            signed = _signature(engine, text, sentence, speech_quotes[q_index - 1], refs)
            if signed is not None:
                results.append(signed)
        if turn is not None and (previous is None or sentence.paragraph != previous.paragraph):
            turn = None
        if found:
            turn = next((f for f in found if f.turn), turn)
        if not results and turn is not None and engine.language == "en":
            results.append(
                Attribution(
                    "reported_speech",
                    turn.speaker,
                    None,
                    (sentence.start, sentence.end),
                    turn.vague,
                    "goes on with the turn of the speaker named before the colon"
                    + (f", '{turn.speaker.text}'" if turn.speaker is not None else ""),
                )
            )
        # an attribution that only the mood of the sentence gives: its own verbs in
        # that mood belong to the words it reports
        by_mood: Attribution | None = None
        if not results and previous is not None:
            by_mood = _continuation(engine, lows, sentence, previous, previous_opens)
            if by_mood is not None:
                results.append(by_mood)
        if not results and engine.standalone_subjunctive:
            by_mood = _subjunctive_report(engine, lows, sentence, recent)
            if by_mood is not None:
                results.append(by_mood)
        if not results and _hearsay(engine, lows):
            results.append(
                Attribution(
                    "reported_speech",
                    None,
                    None,
                    (sentence.start, sentence.end),
                    True,
                    "reportive 'sollen' with a perfect infinitive ('soll … gesagt haben'): "
                    "the article passes on what others say, without naming them",
                )
            )
        if not results and toks is not None and engine.language == "de":
            orphan = _orphan_report(engine, text, toks, found)
            if orphan is not None:
                results.append(orphan)
        if toks is not None and any(
            r.cue is None or (r.kind == "direct_quote" and engine.language == "de") for r in results
        ):
            results = _lend_cue(engine, text, toks, found, results, by_mood)
        if asked:
            # what the rules for a cue with no speaker find is the question's own verb
            results = [r for r in results if r.speaker is not None]
        sentence.attributions = results
        if found:
            previous_opens = found[0].opens
        elif not results:
            previous_opens = False
        if (
            engine.vague_pattern is not None
            and _may_be_vague(engine, vague_needles, sentence.text, lowered)
            and engine.vague_pattern.search(sentence.text)
        ):
            sentence.vague = True
        previous = sentence
        previous_found = found[0] if found else None
        if results and results[0].speaker is not None:
            recent = sentence
    _revise_quotations(sentences, [q for q in speech_quotes if q.revised])
    _resolve_source_adverbs(engine, text, sentences)


def _asks_addressee(engine: _Engine, sentence: Sentence, found: _Found) -> bool:
    """Is the source of an attribution in a question the one it is put to ("Glauben
    Sie, dass …?", "Welche Teile sind Ihrer Meinung nach …?")? The question asks for
    words; it gives none. The polite "Sie" and "Ihr-" count where they are capitalised
    inside the sentence, since at its start they may as well be "she" or "they"."""
    if found.speaker is None:
        return False
    first = _WORD.match(found.speaker.text)
    if first is None:
        return False
    word = first.group()
    if word.lower() in engine.words["addressee_words"]:
        return True
    if not (word[:1].isupper() and word.lower() in engine.words["polite_addressee_words"]):
        return False
    # the sentence's first word, after any bracket, quotation mark or dash before it
    opening = _WORD.search(sentence.text)
    return opening is not None and found.speaker.start > sentence.start + opening.start()


def _lend_cue(
    engine: _Engine,
    text: str,
    toks: list[_Tok],
    found: list[_Found],
    results: list[Attribution],
    by_mood: Attribution | None = None,
) -> list[Attribution]:
    """Give an attribution with no cue the verb of saying that introduces its words,
    where the rules could not make an attribution of that verb (mostly because its
    subject was not found): „…“, rief der Mann, der … / Dieser behaupte, … . A
    quotation that took the cue of other words ("lobte X als „…“ und stellte fest,
    dass …") takes the verb beside it instead. The attribution that only the mood of
    its sentence gives (`by_mood`) takes no verb that is part of the words it reports
    ("Zudem beschreibe der Bericht …", "Ihnen sei abgeraten worden, …")."""
    lent = []
    for r in results:
        cue = None
        if r.cue is None:
            cue = _stray_cue(
                engine, text, toks, found, r.content, r.kind == "direct_quote", r is by_mood
            )
        elif engine.language == "de" and _borrowed_frame(r, found):
            cue = _stray_cue(engine, text, toks, found, r.content, r.kind == "direct_quote")
            # a verb inside the words of another attribution introduces none of its own
            if cue is not None and any(
                f.content is not None and f.content[0] <= cue.start < f.content[1] for f in found
            ):
                cue = None
        if cue is None:
            lent.append(r)
            continue
        explanation = (
            f"{r.explanation}; cue '{cue.label}' introduces the words"
            if r.cue is None
            else f"{r.explanation}; the cue beside the words is '{cue.label}', not '{r.cue.label}'"
        )
        lent.append(dataclasses.replace(r, cue=cue, explanation=explanation))
    return lent


def _borrowed_frame(r: Attribution, found: list[_Found]) -> bool:
    """Is `r` a quotation that took the speaker and cue of an attribution whose words
    are others ("Er sagte, … und fügte hinzu: „…“" gives the quotation to 'sagte')?"""
    if r.kind != "direct_quote" or r.content is None:
        return False
    frame = next((f for f in found if f.cue == r.cue), None)
    # a quotation that runs past the sentence overlaps its frame's words, clipped to it
    return (
        frame is not None
        and frame.content is not None
        and not (frame.content[0] < r.content[1] and r.content[0] < frame.content[1])
    )


def _covers(cue: Span, position: int) -> bool:
    """Does the cue, or one of its parts, hold this text position?"""
    return any(part.start <= position < part.end for part in cue.parts or (cue,))


class _FreeCue(NamedTuple):
    verb: int
    last: int  # its last word (a particle, the noun of a noun+verb cue)
    auxiliary: int | None  # the auxiliary of a participle
    bounds: tuple[int, int]  # its clause (`_clause_bounds`)
    form: _CueForm

    @property
    def head(self) -> int:
        """The finite verb: the auxiliary of a participle, else the verb."""
        return self.verb if self.auxiliary is None else self.auxiliary


def _free_cues(engine: _Engine, toks: list[_Tok], found: list[_Found]) -> Iterator[_FreeCue]:
    """The cue verbs of a sentence that no found attribution took as its cue, in
    order; negated ones ("hat nicht gesagt") give nobody's words and are left out."""
    lows = [t.lower for t in toks]
    forms = engine.forms
    verbs = [k for k, low in enumerate(lows) if low in forms]
    present = set(lows) if verbs else set()
    for i in verbs:
        if any(f.cue is not None and _covers(f.cue, toks[i].start) for f in found):
            continue
        match = _match_cue(engine, toks, i, present)
        if match is None or _negated(engine, toks, i):
            continue
        form, last, bounds = match
        if _turns_out(engine, toks, form, bounds):
            continue
        if _in_parenthesis(toks, bounds[0], i):
            continue  # "(Wikinews berichtete)": a remark in parentheses introduces nothing
        if (
            lows[i].endswith("end")
            or _ZU_INFINITIVE.match(lows[i])
            or (
                lows[i] == form.lemma.split()[-1]
                and not engine.finite_forms.isdisjoint(lows[bounds[0] : i])
            )
        ):
            continue  # "erklärend", "einen Krieg anzudrohen", "müsse … zustimmen": no finite verb
        aux = None
        if lows[i] in engine.participles:
            aux = next(
                (
                    k
                    for k in range(i - 1, bounds[0] - 1, -1)
                    if lows[k] in engine.words["auxiliaries"]
                ),
                None,
            )
        yield _FreeCue(i, last, aux, bounds, form)


def _free_cue_span(engine: _Engine, text: str, toks: list[_Tok], cue: _FreeCue) -> Span:
    return _verb_cue(
        engine, text, toks, cue.verb, cue.last, cue.auxiliary, cue.form, None, cue.verb
    )


def _reported_cue(engine: _Engine, toks: list[_Tok], cue: _FreeCue) -> bool:
    """Is this cue part of reported words: its finite verb in Konjunktiv I
    (`_subjunctive_finite`: "sei", "werde" before a participle, "beschreibe"), and is it
    no new report of its own? A passive or perfect ("Ihnen sei abgeraten worden, …") or a
    verb with no clause of words after it ("beschreibe der Bericht die Lage nicht")
    reports nothing new; "Dieser behaupte, der Wagen sei rot" does."""
    return _subjunctive_finite(engine, toks, cue.head, cue.form) and (
        cue.auxiliary is not None or not _reports_clause_after(engine, toks, cue.last)
    )


def _subjunctive_finite(engine: _Engine, toks: list[_Tok], finite: int, form: _CueForm) -> bool:
    """Is the finite verb toks[finite] of a cue in Konjunktiv I: a listed form ("sei",
    "habe" before a participle) or the stem of the cue's verb with -e ("glaube", "gehe
    davon aus", "fordere"), which beside no "ich" is no first person indicative?"""
    head = toks[finite].lower
    if head in engine.words["subjunctive_forms"]:
        return True
    infinitive = form.lemma.split()[-1]
    return (
        head.endswith("e")
        and (
            infinitive.endswith(head + "n")
            # verbs in -ern, -eln: "fordern" -> "fordere", "handeln" -> "handele"
            or (infinitive[-2:] in ("rn", "ln") and infinitive.endswith(head[:-1] + "n"))
        )
        and engine.words["first_person"].isdisjoint(t.lower for t in toks)
    )


def _stray_cue(
    engine: _Engine,
    text: str,
    toks: list[_Tok],
    found: list[_Found],
    content: tuple[int, int] | None,
    quoted: bool,
    unreported: bool = False,
) -> Span | None:
    """The first free cue verb of the sentence (`_free_cues`) that governs `content`
    (`_governs_words`; `quoted`: a quotation), as a cue span; with `unreported`, none
    that is part of reported words (`_reported_cue`)."""
    for cue in _free_cues(engine, toks, found):
        if unreported and _reported_cue(engine, toks, cue):
            continue
        if _governs_words(engine, toks, cue.head, cue.bounds, content, quoted):
            return _free_cue_span(engine, text, toks, cue)
    return None


def _orphan_report(
    engine: _Engine, text: str, toks: list[_Tok], found: list[_Found]
) -> Attribution | None:
    """Reported speech whose speaker the rules did not find: a German verb of saying
    that governs a clause still marks the clause as someone's words ("Der Direktor
    der Behörde in Kellau, Jan Ott aus Unterwald, sagte vor der Presse, dass …",
    "Wie sich aus der Auswertung ergab, …", "…, werde nichts geschehen, hatte der
    82-jährige gesagt.").

    The verb must be finite or have its auxiliary (no infinitive after a modal, no
    zu-infinitive) and may not stand in an adverbial clause ("Als sie bemerkte, dass
    …"). Its words are the clause a complementizer or a comma clause in Konjunktiv
    opens after it, the rest of the sentence around a "wie X sagte" that names
    someone, or, before a closing cue, a clause in Konjunktiv.
    """
    n = len(toks)
    lows = [t.lower for t in toks]
    if ("," not in lows and ":" not in lows) or (
        engine.moods.isdisjoint(lows)
        and engine.words["complementizers"].isdisjoint(lows)
        and "zu" not in lows
    ):
        return None  # no clause that a cue could govern
    for cue in _free_cues(engine, toks, found):
        start, end = cue.bounds
        if (
            toks[start].lower in engine.words["subordinators"]
            # "Was der Richter verkündet hat, …", "…, ob er weiß, …": a clause of its own
            or (
                toks[start].lower in engine.words["complementizers"]
                and toks[start].lower not in engine.words["as_cues"]
            )
            or cue.form.lemma in engine.words["factive_verbs"]
            or (end + 1 < n and _open_question(engine, cue.form, toks[end + 1]))
        ):
            continue
        content = None
        opener = _as_cue_before(engine, toks, cue.head)
        if opener is not None:
            if any(t.capitalised for t in toks[opener + 1 : cue.head]):
                content = _longest_content(toks, [(0, opener), (end + 1, n)])
        elif toks[start].lower in engine.words["as_cues"]:
            continue  # a comparison: "wie zunächst angenommen", "wie man sagt"
        elif (
            end + 1 < n
            and toks[end].text in {",", ":"}
            and _governs_words(
                engine, toks, cue.head, cue.bounds, (toks[0].start, toks[-1].end), False
            )
        ):
            clause = _content_after(toks, end, engine)
            content = _clause_span(toks, clause, engine) if clause else None
        elif (
            start > 1
            and toks[start - 1].text == ","
            and (end >= n or toks[end].text in _END_PUNCT)
            and _closes_report(engine, toks, cue.head, start)
            and not engine.moods.isdisjoint(lows[: start - 1])
        ):
            content = _longest_content(toks, [(0, start - 1)])
        if content is None:
            continue
        span = _free_cue_span(engine, text, toks, cue)
        return Attribution(
            "reported_speech",
            None,
            span,
            content,
            False,
            f"{cue.form.lemma} '{span.label}' governs the clause; its speaker was not found",
        )
    return None


def _as_cue_before(engine: _Engine, toks: list[_Tok], head: int) -> int | None:
    """Where the "wie" of "wie X (, Y,) mitteilte" stands that opens the clause of the
    cue verb at toks[head]: at the start of the sentence or after a comma, colon or
    dash, with no colon, semicolon or end of sentence between. A source follows it (an
    article, a name, or "sich" of "wie sich aus X ergab"), and the cue closes its clause
    with a comma unless it opens the sentence."""
    for k in range(head - 1, max(-1, head - 25), -1):
        if toks[k].text in {";", ":"} or _ends_clause(toks, k):
            return None
        if toks[k].lower in engine.words["as_cues"] and (
            k == 0 or toks[k - 1].text in {",", ":", "–", "—"}
        ):
            source = toks[k + 1]
            # "wie der Sprecher, …, mitteilte, …"; not a comparison ("wie sehr", "wie
            # zum Beispiel", "wie sie das Gesetz enthält")
            named = (
                source.lower in engine.words["determiners"]
                or source.lower in engine.words["reflexives"]  # "Wie sich aus … ergab"
                or (source.capitalised and source.lower not in engine.words["not_names"])
            )
            closes = head + 1 < len(toks) and toks[head + 1].text == ","
            return k if named and (closes or k == 0 or k + 1 == head - 1) else None
    return None


def _governs_words(
    engine: _Engine,
    toks: list[_Tok],
    head: int,
    bounds: tuple[int, int],
    content: tuple[int, int] | None,
    quoted: bool,
) -> bool:
    """Does the cue verb whose clause is `bounds` (its finite verb or auxiliary at
    toks[head]) introduce `content` (`quoted`: a quotation)?

    A quotation is introduced by a cue beside it only: right before the clause whose
    verb opens it („…“, rief er; "als „…“ bezeichnet") or right after the clause, a
    colon between ("sagte: „…“", "würdigte X als „…“"). Other words are introduced as
    a clause after the cue's clause: one that a complementizer opens ("sagte, dass …")
    or a comma clause in Konjunktiv ("behaupte, er sei …"), or the sentence around a
    "wie X sagte". A comma clause that opens with a finite verb is the main clause
    after a subordinate one ("Obwohl X rechnet, sei …"), not the cue's.
    """
    start, end = bounds
    n = len(toks)

    def is_content(k: int) -> bool:
        return (
            0 <= k < n
            and toks[k].text == _QUOTE_TOKEN
            and content is not None
            and content[0] <= toks[k].start
            and toks[k].end <= content[1]
        )

    if head == start and (
        is_content(start - 1)
        or (start > 1 and toks[start - 1].text == "," and is_content(start - 2))
    ):
        return True
    if end < n and (is_content(end) or (toks[end].text == ":" and is_content(end + 1))):
        return True
    if quoted and content is not None and toks[start].start <= content[0] < toks[end - 1].end:
        return True  # quoted words in the cue's own clause: "lobte den Plan als „…“"
    if (
        content is None
        or (end < n and toks[end].text == _QUOTE_TOKEN)
        # quoted words are introduced by a cue beside them only
        or quoted
    ):
        return False
    if toks[start].lower in engine.words["as_cues"]:
        return True
    if (
        start > 1
        and toks[start - 1].text == ","
        and content[0] <= toks[0].start
        and (end >= n or _ends_clause(toks, end))
        and toks[head].lower not in engine.moods
        and engine.words["negations"].isdisjoint(t.lower for t in toks[start:end])
        and engine.words["reflexives"].isdisjoint(t.lower for t in toks[start:end])
        and _closes_report(engine, toks, head, start)
    ):
        # "Morgen sei es zu spät, hatte der 82-jährige gesagt.": a closing cue in the
        # reporter's indicative, after the words it closes
        return True
    if end + 1 >= n or toks[end].text not in {",", ":"}:
        return False
    opener = toks[end + 1].lower
    if opener in engine.words["complementizers"]:
        return True
    if (
        opener in engine.finite_forms
        or opener in engine.words["subordinators"]
        or opener in engine.words["infinitive_conjunctions"]
    ):
        return False  # "…, sei …", "…, nachdem …", "…, um … zu beweisen": not the cue's words
    rest = toks[end + 1 :]
    # Konjunktiv, or a zu-infinitive: "kündigte an, auf das Geld verzichten zu wollen"
    return not engine.moods.isdisjoint(t.lower for t in rest) or _has_zu_infinitive(engine, rest)


def _signature(
    engine: _Engine, text: str, sentence: Sentence, quote: Quote, refs: _References
) -> Attribution | None:
    """'"… How did we get here?" ― Ann Lee': a dash and a name standing as a sentence
    of their own right after a quotation sign it (reader comments, epigraphs)."""
    if text[quote.end : sentence.start].strip():
        return None
    toks = _tokens(text, sentence.start, sentence.end, [])
    np = _np_right(engine, toks, 1)
    if np is None or (np[1] < len(toks) and toks[np[1]].text not in _END_PUNCT | {","}):
        return None
    speaker, note, vague = _make_speaker(engine, text, toks, np, refs)
    dash = toks[0]
    quote.speaker, quote.cue, quote.vague = speaker, Span(dash.start, dash.end, dash.text), vague
    quote.explanation = f"quotation; dash and name after it, {note}"
    quote.revised = True
    return Attribution(
        "direct_quote", speaker, quote.cue, (quote.start, quote.end), vague, quote.explanation
    )


def _reports_more(found: _Found, inside: list[Quote]) -> bool:
    """Does the reported clause reach beyond the quotations in it ('she said she wanted
    to speak "directly to white people" and …')? Then it stays beside them."""
    if found.content is None:
        return False
    start, end = found.content
    quoted = sum(
        min(end, q.end) - max(start, q.start) for q in inside if q.start < end and start < q.end
    )
    return (end - start) - quoted > 20


def _triggered(engine: _Engine, lows: list[str]) -> bool:
    """Could this sentence (its lower-case words) hold an attribution at all?

    A cheap test that lets most sentences skip the full analysis."""
    # "Brennan: State will pay …" (the rule that gives a name before a colon the words;
    # the one for a quotation after the colon has the quotation call for the analysis)
    if ":" in lows[1 : engine.colon_speaker_words + 1]:
        return True
    hits = engine.triggers.intersection(lows)
    if not hits:
        return False
    words: set[str] | None = None
    for hit in engine.direct_triggers.intersection(hits):
        needed = engine.phrase_needs.get(hit)
        if needed is not None:
            # a phrase is matched with all its words ("bekannt geworden ist")
            words = words if words is not None else set(lows)
            if any(n <= words for n in needed):
                return True
        elif hit not in engine.postposed_only or _after_mark(lows, hit):
            return True
    for hit in hits:
        required = engine.needs.get(hit)
        if hit in engine.forms and required is None:
            return True
        if required is not None:
            words = words if words is not None else set(lows)
            if any(r <= words for r in required):
                return True
    # a source preposition with a noun of reporting ("nach Angaben"): one look at the
    # words for a noun, whatever the number of prepositions
    return not engine.words["source_prepositions"].isdisjoint(hits) and any(
        engine.source_nouns.end(w) for w in lows
    )


# the marks after which a postposed cue ends the words it gives ("…, so Peskow")
_POSTPOSED_CUE_MARKS = frozenset({",", "–", "—"})


def _after_mark(lows: list[str], word: str) -> bool:
    """Does `word` stand after a comma or dash somewhere in `lows`?"""
    k = -1
    for _ in range(lows.count(word)):
        k = lows.index(word, k + 1)
        if k > 0 and lows[k - 1] in _POSTPOSED_CUE_MARKS:
            return True
    return False


def _needles_in(engine: _Engine, text: str) -> tuple[str, ...] | None:
    """The needles of vague_pattern that occur in the article: its sentences, parts of
    it, hold no others. One scan of the article for each needle costs less than one
    of each sentence for each."""
    found = engine.vague_needles
    if found is None:
        return None
    # folded needles are ASCII, and a character lowers to ASCII alike in a sentence
    # and in the whole text (only the Greek sigma's lower case depends on context)
    within = text.lower() if engine.vague_folded else text
    return tuple(needle for needle in found if needle in within)


def _may_be_vague(
    engine: _Engine, present: tuple[str, ...] | None, text: str, lowered: str
) -> bool:
    """Could vague_pattern match `text` (`lowered`: its lower case)? Its needles (those
    `present` in the article) tell far faster than a search."""
    if present is None:
        return True
    if engine.vague_folded:
        return may_match(present, text, lowered)
    return any(needle in text for needle in present)


def _revise_quotations(sentences: list[Sentence], revised: list[Quote]) -> None:
    """Give the earlier sentences of a quotation the speaker its closing cue named."""
    by_span = {(q.start, q.end): q for q in revised}
    if not by_span:
        return
    for sentence in sentences:
        for k, a in enumerate(sentence.attributions):
            quote = by_span.get(a.content) if a.kind == "direct_quote" and a.content else None
            if quote is not None and a.speaker is not quote.speaker:
                sentence.attributions[k] = Attribution(
                    "direct_quote",
                    quote.speaker,
                    quote.cue,
                    a.content,
                    quote.vague,
                    quote.explanation,
                )


def _quote_attributions(
    engine: _Engine,
    text: str,
    sentence: Sentence,
    inside: list[Quote],
    found: list[_Found],
    previous: Sentence | None,
    previous_found: _Found | None,
) -> list[Attribution]:
    results: list[Attribution] = []
    for quote in inside:
        # the cue that gives exactly this quotation ('…,” she said.') before one
        # whose clause merely contains it
        frame = next((f for f in found if f.content == (quote.start, quote.end)), None) or next(
            (
                f
                for f in found
                if f.content
                and f.content[0] <= quote.start
                and f.content[1] >= quote.end - 1
                and not _apart(text, f, quote)
            ),
            None,
        )
        if frame is None:
            frame = next(
                (f for f in found if f.speaker is not None and not _apart(text, f, quote)),
                None,
            )
        if frame is not None and (quote.speaker is None or quote.carried):
            # a cue in a later sentence of the quotation ("…,” he added.) outranks
            # the speaker carried over from the sentence before it
            quote.revised = quote.carried or quote.start < sentence.start
            quote.carried = False
            quote.speaker, quote.vague = frame.speaker, frame.vague
            quote.cue = frame.given_cue
            quote.explanation = "quotation; " + frame.explanation
            quote.resolved_by_frame = True
        if quote.speaker is None and not quote.resolved_by_frame and previous is not None:
            carried = previous.main
            if (
                carried is not None
                and carried.speaker is not None
                and (
                    text[previous.start : previous.end].rstrip().endswith(":")
                    or sentence.paragraph - previous.paragraph <= 1
                )
            ):
                quote.speaker, quote.vague = carried.speaker, carried.vague_source
                quote.explanation = (
                    f"quotation with no cue of its own; speaker of the sentence "
                    f"before, '{carried.speaker.resolved or carried.speaker.text}'"
                )
                quote.resolved_by_frame = True
                quote.carried = True
        if not quote.explanation:
            quote.explanation = "quotation; no speaker found"
        results.append(
            Attribution(
                "direct_quote",
                quote.speaker,
                quote.cue,
                (quote.start, quote.end),
                quote.vague,
                quote.explanation,
            )
        )
    return results


def _apart(text: str, found: _Found, quote: Quote) -> bool:
    """Does a semicolon stand between the cue and the quotation? It joins two main
    clauses, and the cue of one gives no words in the other ("Sie befürchten Nachteile;
    den Zusagen glauben sie nicht: „…“")."""
    cue = found.cue
    if cue is None:
        return False
    gap = text[cue.end : quote.start] if cue.end <= quote.start else text[quote.end : cue.start]
    return ";" in gap


def _continuation(
    engine: _Engine, lows: list[str], sentence: Sentence, previous: Sentence, previous_opens: bool
) -> Attribution | None:
    """A sentence that goes on in the mood of reported speech keeps its speaker.

    Konjunktiv I continues any reported speech. Weaker signs continue only a
    passage that a cue before its clause opened ("Sie äußert die Vermutung, dass
    …"): the reportive modal sollen ("… entschieden werden soll"), and Konjunktiv II
    ("Zudem könnte …", "Die Lieferungen hätten nie stattgefunden").
    """
    carried = previous.main
    if carried is None or sentence.paragraph - previous.paragraph > 1:
        return None
    # German reported passages go on in Konjunktiv II after any reported sentence, also
    # one whose cue closed it ("…, sagte X. Y hätten …"); 'sollen', which is also the
    # article's own "is to", only after a cue that opened the passage
    goes_on = previous_opens or (
        engine.mood_continues_any_report and carried.kind == "reported_speech"
    )
    # each mood is looked for only where the one before it is not found
    if _has_verb_form(engine.words["subjunctive_forms"], lows, sentence.text):
        mood = "Konjunktiv I"
    elif goes_on and _has_verb_form(engine.words["conditional_forms"], lows, sentence.text):
        mood = "Konjunktiv II after a clause of reported speech"
    elif not engine.words["reportive_modals"].isdisjoint(lows) and (
        previous_opens or _hearsay(engine, lows)
    ):
        mood = "the reportive modal 'sollen'"
    else:
        return None
    who = (
        f"speaker '{carried.speaker.resolved or carried.speaker.text}'"
        if carried.speaker is not None
        else "the same unnamed source"
    )
    return Attribution(
        "reported_speech",
        carried.speaker,
        None,
        (sentence.start, sentence.end),
        carried.vague_source,
        f"goes on in {mood} after reported speech, no new cue; {who}",
    )


def _bare_zu_infinitive(engine: _Engine, toks: list[_Tok], after: int) -> tuple[int, int] | None:
    """The span of a zu-infinitive clause that follows the cue with no comma and ends the
    sentence ("kündigte an die Steuern zu senken."), or None. A clause mark between them
    means the infinitive belongs to another clause."""
    end = len(toks)
    while end > after and toks[end - 1].text in _END_PUNCT:
        end -= 1
    rest = toks[after:end]
    if len(rest) < 3 or any(t.text in _CLAUSE_PUNCT or t.text in {"(", ")"} for t in rest):
        return None
    if any(t.lower in engine.words["clause_breakers"] for t in rest):
        return None  # "…, um die Steuern zu senken", "und versuchte zu bleiben"
    last = rest[-1].lower
    if not (_has_zu_infinitive(engine, rest[-2:]) or _ZU_INFINITIVE.match(last)):
        return None
    return rest[0].start, rest[-1].end


def _has_zu_infinitive(engine: _Engine, toks: list[_Tok]) -> bool:
    """ "…, eine Kommission zu gründen, die …": a zu-infinitive anywhere in the clause,
    also before a relative clause that ends it ("zu den Inseln", "zu Verhandlungen"
    are prepositional phrases)."""
    return any(
        w.lower == "zu"
        and not nxt.capitalised
        and nxt.text.isalpha()
        and nxt.lower.endswith(("en", "ern", "eln"))
        and nxt.lower not in engine.words["determiners"]
        and nxt.lower not in engine.words["relative_pronouns"]
        for w, nxt in zip(toks, toks[1:], strict=False)
    ) or any(not t.capitalised and _ZU_INFINITIVE.match(t.lower) for t in toks)


def _has_verb_form(forms: frozenset[str], lows: list[str], text: str) -> bool:
    """Does the text (`lows`: its lower-case tokens) hold one of these verb forms in
    lower case? A capitalised word is a noun ("die Spiele", "in die Falle"), not the
    verb "spiele", "falle"."""
    # A form as written is a lower-case token of its own, or a part of one joined by a
    # hyphen or an apostrophe ("sei-", "hätt'"): without those, the tokens tell.
    if forms.isdisjoint(lows):
        if "-" not in text and "'" not in text and "’" not in text:
            return False
        # a part of a token joined by a mark (a web address joins with "."), in lower
        # case: where none is a form, no word as written is one
        for low in lows:
            if ("-" in low or "'" in low or "’" in low or "." in low) and not forms.isdisjoint(
                _WORD.findall(low)
            ):
                break
        else:
            return False
    return not forms.isdisjoint(_WORD.findall(text))


def _subjunctive_report(
    engine: _Engine, lows: list[str], sentence: Sentence, recent: Sentence | None
) -> Attribution | None:
    """A sentence in Konjunktiv I is reported speech even with no cue before it.

    German news uses Konjunktiv I for nothing but reported words ("Die Lage sei
    ernst."), so the mood alone tells that the article passes on what someone said,
    also where the passage's cue stands several sentences back. The forms that equal
    the first person indicative do not count beside "ich", "mich", "mir" ("Ich habe …"
    in an interview). The speaker is the one named last in this or the paragraph
    before, where there is one."""
    if not engine.words["first_person"].isdisjoint(lows) or not _has_verb_form(
        engine.words["subjunctive_forms"], lows, sentence.text
    ):
        return None
    joined = " ".join(lows)
    if any(phrase in joined for phrase in engine.words["not_subjunctive_phrases"]):
        return None  # "es sei denn": a conjunction, not reported words
    source = recent.main if recent is not None else None
    if recent is None or source is None or sentence.paragraph - recent.paragraph > 1:
        return Attribution(
            "reported_speech",
            None,
            None,
            (sentence.start, sentence.end),
            True,
            "Konjunktiv I with no cue: the article passes on someone's words, "
            "no speaker named nearby",
        )
    who = source.speaker.resolved or source.speaker.text if source.speaker else ""
    return Attribution(
        "reported_speech",
        source.speaker,
        None,
        (sentence.start, sentence.end),
        source.vague_source,
        f"Konjunktiv I with no cue: the article passes on someone's words; "
        f"speaker named last, '{who}'",
    )


def _hearsay(engine: _Engine, lows: list[str]) -> bool:
    """'soll … gesagt haben', 'soll … gestiegen sein': the modal of hearsay."""
    if engine.words["reportive_modals"].isdisjoint(lows):
        return False
    # the modals are words of letters, so one of them makes a last such word
    last = next(w for w in reversed(lows) if w.isalpha())
    return last in _HEARSAY_ENDS
