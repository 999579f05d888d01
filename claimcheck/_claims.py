"""Rule-based claim detection: is a sentence a checkable statement about the world?

Everything language-specific lives in `rules/<lang>/claims.toml`; this module only
applies it. A sentence is judged in three steps:

1. Vetoes. `not_claim` (patterns) and `not_claim_words` (words and phrases) name
   kinds of sentence that are never claims: questions, reader addresses and calls
   to action, greetings and thanks, page furniture, bylines. If one applies,
   `claim` is False, the score 0, and the family's name is the reason.
2. Evidence. Each named feature fires at most once, when
   - one of its `feature_words` occurs (whole words, any case; an entry of several
     words is a phrase), or
   - a word has the shape of one of its `feature_affixes`, matched as written:
     "*ung" a word ending in -ung, "russisch*" one beginning with russisch-, "ge*t"
     both, so that "ge*t" takes "gedämpft" but not "Gewalt" (`affix_exceptions`
     lists words that never count), or
   - one of its `feature_patterns` (regular expressions) matches, or
   - the sentence has at most `max_words` / at least `min_words` words.
   A word of `hedges` or a match of `hedge_patterns` fires "hedge". The score is
   the logistic of `score_weights.bias` plus the weights of the features that fired,
   plus the weights "attributed" / "quoted" when the attribution stage gives the
   sentence to a speaker / finds it a direct quote. Figures, comparisons, named
   people and bodies, causes and history weigh up; first-person opinion,
   evaluation, exhortation and hedges weigh down. The sentence is a claim when the
   score reaches `threshold`.
3. Kind (Full Fact's claim types). The first kind of `kind_order` one of whose
   `kind_features` fired is the kind. Failing that, a direct quote is "quote" (the
   claim is someone's quoted words and nothing more specific is known), a sentence
   given to a speaker is "position" (what the speaker says or holds), and anything
   else "other".

The reasons name the veto, or the features that pushed the decision its way with
their weights and the words that fired them, and the hedge, so that a reviewer can
see why a sentence was or was not taken.

The weights were fitted by logistic regression on the development data (check-worthy
debate sentences for English, fact-claiming comments for German) and then rounded;
a few were set by hand from what a claim in news prose needs (see the comments in
the rule files).

Speed: the rules are compiled once per `Rules` object. `assess_claims` works through
an article a step at a time, each step over all its sentences: the punctuation of all
of them is replaced in one pass; then one pass over each sentence's words, with what
each word fires remembered, and one match at the start of the sentence for all
anchored patterns together; then each other pattern, searched only in the sentences
where it may match: for a pattern whose every match lies inside one word (see
`_within_words`), those with a word that it matches, which is tried once for each new
word, as the word's entry in the lexicon is looked up once; for another, those that
hold one of the plain strings that every match of it holds (its needles), and none
when it matches nowhere in the article. A pattern with neither, that cannot take a
line break (see `_free_of_line_breaks`), is searched in the sentences joined by line
breaks, a match at a time, the search going on at the next sentence after each.
Features that change no score (weight 0) are looked for only where they can still
change something: a pattern that marks a kind when the kind is still open, any other
only by `claim_features`. A pattern that opens with a repeat of one character is
compiled with that character set apart, and one that opens with a class and a plain
character as the plain character looking back for the class, so that the engine can
skip ahead to a character that few places of a text hold.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import re._constants as sre
import re._parser
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import NamedTuple

from . import _needles
from ._errors import RulesError
from ._rules import Rules

FILE = "claims"
CLAIM_KINDS = ("quantity", "prediction", "causal", "rule", "quote", "event", "position", "other")
HEDGE = "hedge"
_VETO = "not_claim:"  # lexicon features of this prefix are vetoes
# Tokens are what is left between spaces and punctuation; apostrophes and hyphens stay inside.
_PUNCTUATION_CHARACTERS = '.,;:!?"()[]{}<>«»‹›„“”‚‘…–—/*|+=~^'
_PUNCTUATION = re.compile(f"[{re.escape(_PUNCTUATION_CHARACTERS)}]+")
_GLOBAL_FLAGS = re.compile(r"^\(\?([imsx]+)\)")
_DEFAULT_THRESHOLD = 0.5
_MAX_REASONS = 4  # how many features an explanation names, strongest first

# What a word fires: the features it fires by itself, and the phrases it starts, by the word
# that must come next: that word -> (how many words follow the first, the words after the
# next one, the features), shortest phrase first. Most phrases fail at the next word, so
# that is looked up on its own.
_Phrases = Mapping[str, tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]]
_Word = tuple[tuple[str, ...], _Phrases]  # what a word of the lexicon fires and starts
_NO_WORD: _Word = ((), {})
# What a token fires and starts, and the patterns within words (by their marks) that
# match it.
_Entry = tuple[tuple[str, ...], _Phrases, tuple[int, ...]]
_NOTHING: _Entry = ((), {}, ())
_TOKEN_CACHE_SIZE = 200_000


class ClaimAssessment(NamedTuple):
    """Whether a sentence is a claim, how check-worthy it is, and why.

    (A named tuple rather than a frozen dataclass: one is made for every sentence, and a
    tuple is made in under a third of the time.)"""

    claim: bool
    score: float  # 0..1 check-worthiness
    kind: str | None  # one of CLAIM_KINDS; None when not a claim
    hedged: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class _Compiled:
    """The claims rules of one Rules object, compiled for fast scoring."""

    vetoes: _Searcher
    lexicon: Mapping[str, _Word]  # lower-cased first word -> what it fires
    veto_words: frozenset[str]  # the lexicon's vetoes, as features (_VETO + name)
    prefixes: tuple[str, ...]  # the first parts of the affix entries, for a quick test
    suffixes: tuple[str, ...]  # the last parts of the affix entries without a first part
    affixes: tuple[tuple[str, str, int, str], ...]  # prefix, suffix, least length, feature
    affix_exceptions: Mapping[str, frozenset[str]]  # feature -> words it never fires on
    patterns: _Searcher
    # the floating patterns within words (see _within_words), by their marks: tried on each
    # new token, so that a sentence is searched for one only when one of its tokens matches
    word_patterns: tuple[re.Pattern[str], ...]
    # the marks of those that may take an apostrophe, straight or curly: a token holds a "’"
    # as "'", so they are searched in every sentence holding one
    curly_marks: tuple[int, ...]
    # the floating patterns whose features can change a score or the hedge, searched in
    # every sentence where they may match (those of features of weight 0 only in `kinds`,
    # where they can mark the kind, or only by claim_features)
    scored: tuple[_Floating, ...]
    token_cache: dict[str, _Entry]  # token as written -> what it fires, filled as met
    weights: Mapping[str, float]
    # the features that weigh for a claim / against one, each with its place when they
    # are ranked strongest first (the hedge apart, which the explanation names on its own)
    pros: Mapping[str, int]
    cons: Mapping[str, int]
    labels: Mapping[str, str]  # feature -> its name as the explanation spells it
    tags: Mapping[str, str]  # feature -> its weight as the explanation gives it
    bias: float
    threshold: float
    lengths: tuple[tuple[str, float, float], ...]  # feature, at most, at least so many words
    # kind -> its features, and the floating patterns of those of them that weigh nothing:
    # such a pattern can change only the kind, so it is searched only where the kind
    # is decided by it (a claim none of whose earlier kinds fired)
    kinds: tuple[tuple[str, frozenset[str], tuple[_Floating, ...]], ...]


def _words(text: str) -> list[str]:
    """The words of `text`, lower-cased."""
    return _PUNCTUATION.sub(" ", text.lower().replace("\u2019", "'")).split()


def _scoped(source: str) -> str:
    """`source` as a group, its leading global flags ("(?i)...") made local ("(?i:...)")."""
    flags = _GLOBAL_FLAGS.match(source)
    if flags:
        return f"(?{flags.group(1)}:{source[flags.end() :]})"
    return f"(?:{source})"


def _anchored_body(source: str) -> str | None:
    """For a source that can match only at the start ("^..." without a "|" outside
    parentheses), the source without its "^" and with its flags made local; else None."""
    flags = _GLOBAL_FLAGS.match(source)
    body = source[flags.end() :] if flags else source
    if not body.startswith("^"):
        return None
    depth, escaped, in_class = 0, False, False
    for char in body:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return None
    return _scoped((flags.group(0) if flags else "") + body[1:])


# What a pattern may hold for a match in a sentence to be a match in any text that holds
# the sentence: no assertions (anchors, \\b, lookarounds), back references, atomic groups
# or possessive repeats, whose outcome depends on what stands around the match.
_CONTEXT_FREE_OPS = frozenset(
    {
        sre.LITERAL,
        sre.NOT_LITERAL,
        sre.ANY,
        sre.IN,
        sre.BRANCH,
        sre.SUBPATTERN,
        sre.MAX_REPEAT,
        sre.MIN_REPEAT,
    }
)


def _parsed_nonempty(source: str) -> re._parser.SubPattern | None:
    """The parse of `source`, or None where it does not compile or can match an empty
    string (which matches anywhere, so no property of where it matches holds)."""
    try:
        parsed = re._parser.parse(source)
    except re.error:
        return None
    return parsed if parsed.getwidth()[0] > 0 else None


def _context_free(source: str) -> bool:
    """Does every match of `source` in a sentence make it match a text holding the
    sentence? True for patterns of characters, classes, groups, alternatives and
    repeats (and that match no empty string); False for anything that looks around."""
    parsed = _parsed_nonempty(source)
    if parsed is None:
        return False

    def free(items: object) -> bool:
        for op, value in items:  # type: ignore[attr-defined]
            if op not in _CONTEXT_FREE_OPS:
                return False
            if op is sre.SUBPATTERN and not free(value[3]):
                return False
            if op is sre.BRANCH and not all(free(branch) for branch in value[1]):
                return False
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and not free(value[2]):
                return False
        return True

    return free(parsed)


# What ends a token (see `_cleaned`): white space (as str.split takes it; U+3000 is the
# last such character) and punctuation. None of them is a letter with another case or a
# character of \w, so a case-insensitive class takes one just where it takes it as
# written, and a word boundary takes one as it takes the end of a text.
_TOKEN_ENDS = frozenset(
    [chr(code) for code in range(0x3001) if chr(code).isspace()] + [*_PUNCTUATION_CHARACTERS]
)
_CATEGORY_ESCAPES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


def _class_takes(items: object, char: str, flags: int) -> bool | None:
    """Does the parsed class `items` take `char`? None when it holds what is not known here."""
    code, negate, taken = ord(char), False, False
    for op, value in items:  # type: ignore[attr-defined]
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            taken = taken or value == code
        elif op is sre.RANGE:
            taken = taken or value[0] <= code <= value[1]
        elif op is sre.CATEGORY and value in _CATEGORY_ESCAPES:
            taken = taken or re.match(_CATEGORY_ESCAPES[value], char, flags) is not None
        else:
            return None
    return taken != negate


def _within_words(source: str) -> bool:
    """Does every match of `source` in a sentence lie inside one of its tokens, and does the
    pattern match a sentence just where it matches one of its tokens alone? Yes when it
    takes no token end (see `_takes_none`): beside a token stands one."""
    return _takes_none(source, _TOKEN_ENDS)


def _free_of_line_breaks(source: str) -> bool:
    """Are the matches of `source` in texts joined by line breaks just the matches in each
    text? Yes when it takes no line break (see `_takes_none`), which then stands between
    two texts as the end of a text: no match can hold one or look across one."""
    return _takes_none(source, _LINE_BREAK)


_LINE_BREAK = frozenset("\n")
_APOSTROPHES = frozenset("'\u2019")


def _takes_none(source: str, ends: frozenset[str]) -> bool:
    """Does `source` match no empty string, take none of `ends` (which \\w does not take)
    with its characters and classes (lookarounds too), and have no anchors but word
    boundaries? Then a match holds none of them, and on one of them every step fails
    but a word boundary, which takes it as it takes the end of a text."""
    parsed = _parsed_nonempty(source)
    if parsed is None:
        return False
    flags = parsed.state.flags & re.ASCII

    def inside(items: object) -> bool:
        for op, value in items:  # type: ignore[attr-defined]
            if op is sre.LITERAL:
                if chr(value) in ends:
                    return False
            elif op is sre.IN:
                if any(_class_takes(value, end, flags) is not False for end in ends):
                    return False
            elif op is sre.AT:
                if value not in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY):
                    return False
            elif op is sre.SUBPATTERN:
                if not inside(value[3]):
                    return False
            elif op is sre.BRANCH:
                if not all(inside(branch) for branch in value[1]):
                    return False
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                if not inside(value[2]):
                    return False
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                if not inside(value[1]):
                    return False
            elif op is sre.ATOMIC_GROUP:
                if not inside(value):
                    return False
            else:
                return False
        return True

    return inside(parsed)


# A pattern that opens with a repeat of one character or class ("[A-ZÄÖÜ]{6,}") gives the
# engine no first character to skip ahead to, so it starts a match at every place of the
# text; "[A-ZÄÖÜ][A-ZÄÖÜ]{5,}" matches just the same and lets it skip. (A lazy "{m,n}?" or
# possessive "{m,n}+" repeat is left as written.)
_LEADING_REPEAT = re.compile(
    r"(?P<item>\[(?:\\.|[^\]\\])+\]|\\[dwsDWS]|[^\\\[\](){}|^$.*+?])"
    r"\{(?P<least>\d+)(?P<range>,(?P<most>\d*))?\}(?![?+])"
)


def _first_character_apart(source: str) -> str:
    """`source`, or the same pattern with its first character set apart from its opening
    repeat ("x{m,n}" as "xx{m-1,n-1}"), which lets the engine skip to where it may match."""
    found = _LEADING_REPEAT.match(source)
    if found is None or int(found["least"]) == 0:
        return source
    item = found["item"]
    try:
        if re._parser.parse(item).getwidth() != (1, 1):
            return source
    except re.error:
        return source
    least = int(found["least"]) - 1
    if found["range"] is None:
        repeat_ = f"{{{least}}}"
    else:
        most = found["most"]
        repeat_ = f"{{{least},{int(most) - 1 if most else ''}}}"
    return item + item + repeat_ + source[found.end() :]


# A pattern that opens with a class of one character and then a plain character ("[a-z]
# [A-Z]...") lets the engine start a match at every place the class takes, most of a
# text; " (?<=[a-z] )[A-Z]..." starts one only at the plain character and looks back for
# the class: it matches just where the pattern does, one character later.
_CLASS_THEN_CHARACTER = re.compile(
    r"(?P<item>\[(?:\\.|[^\]\\])+\]|\\[dwsDWS])(?P<char>[^\\\[\](){}|^$.*+?])(?![*+?{])"
)


def _character_first(source: str) -> str | None:
    """For a source that opens with a class of one character and then a plain character,
    and has no "|" outside parentheses, the same pattern opening with the plain character
    and looking back for both, which lets the engine skip ahead to it; else None. Its
    matches start one character later than those of `source`."""
    found = _CLASS_THEN_CHARACTER.match(source)
    if found is None or _anchored_body("^" + source) is None:  # a "|" outside parentheses
        return None
    item, char = found["item"], found["char"]
    try:
        opening = list(re._parser.parse(source))[:2]
        if list(re._parser.parse(item)) != opening[:1] or opening[1] != (sre.LITERAL, ord(char)):
            return None
    except re.error:
        return None
    return f"{re.escape(char)}(?<={item}{re.escape(char)}){source[found.end() :]}"


@dataclass(frozen=True)
class _Searcher:
    """The patterns of a table of names (features or vetoes), compiled for speed.

    The sources anchored at the start of the sentence are joined into one pattern that
    is tried once, at the start, each name in a group of its own; every other source is
    compiled on its own, so that the engine can skip ahead to its first letter, and is
    searched only where one of its needles (see `_needles.needles`) occurs.
    """

    anchored: re.Pattern[str] | None
    groups: tuple[tuple[str, str], ...]  # group in `anchored` -> name
    numbered: tuple[tuple[int, str], ...]  # the same by the groups' numbers
    floating: tuple[_Floating, ...]


class _Floating(NamedTuple):
    """A pattern searched anywhere in the sentence, with what tells where it cannot match."""

    name: str
    pattern: re.Pattern[str]
    needles: tuple[str, ...] | None  # see _needles.needles
    context_free: bool  # see _context_free
    mark: int  # for a pattern within words, its place in _Compiled.word_patterns; else -1
    # searched in the sentences of an article joined by line breaks, a match at a time: a
    # pattern free of line breaks (see _free_of_line_breaks) with no needles and no mark
    joined: bool
    # how many characters before a match of `pattern` that of the rule starts (1 where
    # `pattern` is the rule's pattern opening with its second character, see
    # _character_first)
    shift: int


def _searcher(
    table: Mapping[str, Iterable[str]], path: str, key: str, all_matches: bool
) -> _Searcher:
    """A _Searcher for `table`. With `all_matches` the anchored pattern reports every name
    whose pattern matches, and the floating patterns within words are marked (for
    features, looked for after the words; not for vetoes, looked for before); without,
    the first one (for vetoes, where one is enough)."""
    anchored: dict[str, list[str]] = {}
    floating = []
    marks = itertools.count()
    for name, sources in table.items():
        for i, source in enumerate(sources):
            try:
                compiled = re.compile(source)
            except re.error as exc:
                raise RulesError(
                    path, f"{key}.{name}[{i}]", f"invalid regular expression {source!r}: {exc}"
                ) from None
            body = _anchored_body(source)
            if body is None:
                quicker = _first_character_apart(source)
                later = _character_first(source) if quicker == source else None
                if later is not None:
                    compiled = re.compile(later)
                elif quicker != source:
                    compiled = re.compile(quicker)
                mark = next(marks) if all_matches and _within_words(source) else -1
                found = _needles.needles(source)
                joined = all_matches and mark < 0 and found is None and _free_of_line_breaks(source)
                floating.append(
                    _Floating(
                        name,
                        compiled,
                        found,
                        _context_free(source),
                        mark,
                        joined,
                        0 if later is None else 1,
                    )
                )
            else:
                anchored.setdefault(name, []).append(body)
    groups = tuple((f"_claims{i}", name) for i, name in enumerate(anchored))
    parts = [f"(?P<{group}>{'|'.join(anchored[name])})" for group, name in groups]
    if not parts:
        pattern = None
    elif all_matches:
        # each part a lookahead or else nothing: "(?:(?=...)|)" rather than "(?:(?=...))?",
        # which means the same but costs the engine a repeat
        pattern = re.compile("".join(f"(?:(?={part})|)" for part in parts))
    else:
        pattern = re.compile("|".join(parts))
    numbered = tuple((pattern.groupindex[group], name) for group, name in groups) if pattern else ()
    return _Searcher(pattern, groups, numbered, tuple(floating))


def _compile(rules: Rules) -> _Compiled:
    values = rules.values.get(FILE, {})
    path = f"{rules.directory}/{FILE}.toml"

    def table(key: str) -> dict[str, tuple[str, ...]]:
        """A table of lists; a number where a list belongs is a RulesError."""
        items = dict(values.get(key, {}))
        for name, value in items.items():
            if not isinstance(value, tuple):
                raise RulesError(path, f"{key}.{name}", f"expected a list, got {value!r}")
        return items

    def numbers(key: str) -> dict[str, float]:
        """A table of numbers; a list where a number belongs is a RulesError."""
        items = dict(values.get(key, {}))
        for name, value in items.items():
            if isinstance(value, tuple):
                raise RulesError(path, f"{key}.{name}", f"expected a number, got {list(value)!r}")
        return {name: float(value) for name, value in items.items()}

    vetoes = _searcher(table("not_claim"), path, "not_claim", all_matches=False)

    singles: dict[str, dict[str, None]] = {}
    phrases: dict[str, dict[int, dict[tuple[str, ...], dict[str, None]]]] = {}
    word_table = {**table("feature_words"), HEDGE: rules.words(FILE, "hedges")}
    word_table.update({_VETO + name: words for name, words in table("not_claim_words").items()})
    for name, entries in word_table.items():
        for entry in entries:
            first, *rest = _words(entry) or [""]
            if rest:
                by_length = phrases.setdefault(first, {}).setdefault(len(rest), {})
                by_length.setdefault(tuple(rest), {})[name] = None
            elif first:
                singles.setdefault(first, {})[name] = None
    lexicon: dict[str, _Word] = {}
    for word in {*singles, *phrases}:
        by_next: dict[str, list[tuple[int, tuple[str, ...], tuple[str, ...]]]] = {}
        for n, table_ in sorted(phrases.get(word, {}).items()):
            for after_first, fired_names in table_.items():
                by_next.setdefault(after_first[0], []).append(
                    (n, after_first[1:], tuple(fired_names))
                )
        lexicon[word] = (
            tuple(singles.get(word, ())),
            {following: tuple(starts) for following, starts in by_next.items()},
        )

    affixes: list[tuple[str, str, int, str]] = []
    for name, entries in table("feature_affixes").items():
        for entry in entries:
            head, star, tail = entry.partition("*")
            if not star or "*" in tail or not (head or tail):
                raise RulesError(
                    path,
                    f"feature_affixes.{name}",
                    f"expected one '*' beside letters ('*ung', 'ge*t'), got {entry!r}",
                )
            # Between a prefix and a suffix at least two letters; before a suffix three.
            affixes.append((head, tail, len(head) + len(tail) + (2 if head else 3), name))
    exceptions = {
        name: frozenset(w.lower() for w in words)
        for name, words in table("affix_exceptions").items()
    }

    pattern_table = {
        **table("feature_patterns"),
        HEDGE: tuple(p.pattern for p in rules.patterns(FILE, "hedge_patterns")),
    }
    patterns = _searcher(pattern_table, path, "feature_patterns", all_matches=True)

    weights = numbers("score_weights")
    bias = weights.pop("bias", 0.0)
    lengths = [(name, n, -math.inf) for name, n in numbers("max_words").items()]
    lengths += [(name, math.inf, n) for name, n in numbers("min_words").items()]

    kind_table = table("kind_features")
    kinds = []
    for kind in dict.fromkeys([*rules.words(FILE, "kind_order"), *kind_table]):
        if kind not in CLAIM_KINDS:
            raise RulesError(
                path,
                f"kind_features.{kind}",
                f"unknown claim kind (known: {', '.join(CLAIM_KINDS)})",
            )
        if kind_table.get(kind):
            features = frozenset(kind_table[kind])
            kind_only = tuple(
                entry
                for entry in patterns.floating
                if entry.name in features and not _weighs(entry.name, weights)
            )
            kinds.append((kind, features, kind_only))

    return _Compiled(
        vetoes=vetoes,
        lexicon=lexicon,
        veto_words=frozenset(name for name in word_table if name.startswith(_VETO)),
        prefixes=tuple(dict.fromkeys(head for head, _, _, _ in affixes if head)),
        suffixes=tuple(dict.fromkeys(tail for head, tail, _, _ in affixes if not head)),
        affixes=tuple(affixes),
        affix_exceptions=exceptions,
        token_cache={},
        patterns=patterns,
        word_patterns=tuple(entry.pattern for entry in patterns.floating if entry.mark >= 0),
        curly_marks=tuple(
            entry.mark
            for entry in patterns.floating
            if entry.mark >= 0 and not _takes_none(entry.pattern.pattern, _APOSTROPHES)
        ),
        scored=tuple(entry for entry in patterns.floating if _weighs(entry.name, weights)),
        weights=weights,
        pros=_places(sorted(((w, n) for n, w in weights.items() if w > 0), reverse=True)),
        cons=_places(sorted((w, n) for n, w in weights.items() if w < 0)),
        labels={name: name.replace("_", " ") for name in weights},
        tags={name: f"({weight:+.1f})" for name, weight in weights.items()},
        bias=bias,
        threshold=rules.number(FILE, "threshold", _DEFAULT_THRESHOLD),
        lengths=tuple(lengths),
        kinds=tuple(kinds),
    )


def _places(ranked: Iterable[tuple[float, str]]) -> dict[str, int]:
    """Each feature of `ranked` (weight, name) but the hedge, with its place in that order."""
    names = (name for _, name in ranked if name != HEDGE)
    return {name: place for place, name in enumerate(names)}


def _weighs(name: str, weights: Mapping[str, float]) -> bool:
    """Can feature `name` change a score or the hedge? (A feature of weight 0 that is no
    hedge can change at most the kind.)"""
    return weights.get(name, 0.0) != 0.0 or name == HEDGE


def _fires(text: str, entries: Iterable[_Floating]) -> bool:
    """Does one of the floating patterns `entries` match `text`? (A pattern is searched only
    where one of its needles is found; a loop, as a generator for `any` costs more than
    the test.)"""
    for entry in entries:
        if entry.needles is not None:
            for needle in entry.needles:
                if needle in text:
                    break
            else:
                continue
        if entry.pattern.search(text):
            return True
    return False


_cache: dict[int, tuple[Rules, _Compiled]] = {}
_cache_lock = threading.Lock()


def _compiled(rules: Rules) -> _Compiled:
    """The compiled claims rules of `rules`, compiled on first use."""
    entry = _cache.get(id(rules))
    if entry is not None and entry[0] is rules:
        return entry[1]
    compiled = _compile(rules)
    with _cache_lock:
        if len(_cache) >= 64:
            _cache.clear()
        # The entry holds on to `rules`, so its id cannot be reused by another object.
        _cache[id(rules)] = (rules, compiled)
    return compiled


def _token(token: str, c: _Compiled) -> _Entry:
    """What `token` fires by itself (its word in the lexicon, its affixes), the phrases it
    starts and the patterns within words that match it; remembered, since most words
    come again and again."""
    word = token.lower()
    names, phrases = c.lexicon.get(word, _NO_WORD)
    if token.startswith(c.prefixes) or token.endswith(c.suffixes):
        extra = tuple(
            name
            for head, tail, least, name in c.affixes
            if len(token) >= least
            and token.startswith(head)
            and token.endswith(tail)
            and word not in c.affix_exceptions.get(name, ())
        )
        names = tuple(dict.fromkeys(names + extra))
    marks = tuple(mark for mark, pattern in enumerate(c.word_patterns) if pattern.search(token))
    entry = (names, phrases, marks) if names or phrases or marks else _NOTHING
    if len(c.token_cache) >= _TOKEN_CACHE_SIZE:
        c.token_cache.clear()
    c.token_cache[token] = entry
    return entry


# What fired a feature: the words, or the match of a pattern, or the span of a group of the
# anchored pattern in a text (text, start, end); a match or span is widened to whole words
# only when it is shown, as most never are.
_Found = str | re.Match[str] | tuple[str, int, int]
_Fired = dict[str, _Found]


# Joins the sentences of an article so that their punctuation is replaced in one pass;
# a character that no sentence holds, is no punctuation and no space.
_SEPARATOR = "\x1f"


def _cleaned(texts: Sequence[str]) -> list[str]:
    """Each of `texts` with its punctuation made spaces (so that `split` gives its tokens)."""
    together = _SEPARATOR.join(texts)
    if together.count(_SEPARATOR) != len(texts) - 1:
        return [_PUNCTUATION.sub(" ", text.replace("\u2019", "'")) for text in texts]
    return _PUNCTUATION.sub(" ", together.replace("\u2019", "'")).split(_SEPARATOR)


def _evidence(
    texts: Sequence[str], c: _Compiled, floating: Iterable[_Floating]
) -> list[tuple[str | None, _Fired]]:
    """For each of `texts` (the stripped sentences of one article), the veto that applies,
    if any, and else each fired feature with what fired it.

    The article is worked through a step at a time, each step over all its sentences:
    so each floating veto and pattern is tried on just the sentences where it may match
    (see `_possible`), and not asked about on every other. The steps keep the order of
    precedence of one sentence: no words, the anchored vetoes, the floating ones, the
    vetoes of the lexicon; then the features of words, lengths, anchored patterns and
    floating patterns, each filled in only where no earlier step gave the feature."""
    count = len(texts)
    vetoes: list[str | None] = [None] * count
    cleaned = _cleaned(texts)
    tokens_of = [piece.split() for piece in cleaned]
    together = "\n".join(texts)
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    anchored_veto = c.vetoes.anchored
    veto_of_group = dict(c.vetoes.groups)
    for i, text in enumerate(texts):
        if not tokens_of[i]:
            vetoes[i] = "no words"
        elif anchored_veto is not None:
            match = anchored_veto.match(text)
            if match:
                vetoes[i] = veto_of_group[match.lastgroup or ""]
    for name, veto, holders, _, _ in _possible(c.vetoes.floating, together, starts, ()):
        for i in range(count) if holders is None else holders:
            if vetoes[i] is None and veto.search(texts[i]):
                vetoes[i] = name

    # the sentences where each pattern within words may match: where one of their tokens
    # matches it, and for one that may take an apostrophe those holding a "’", which their
    # tokens hold as "'" (one that takes none matches the one where it matches the other)
    marked: list[set[int]] = [set() for _ in c.word_patterns]
    if c.curly_marks:
        curly = _holders(("\u2019",), together, starts)
        for mark in c.curly_marks:
            marked[mark] |= curly
    fired_of: list[_Fired] = []
    # the dict itself, not its bound get: the compiled module looks a key up in a dict
    # directly, but calls a bound method through the interpreter's calling convention
    token_cache = c.token_cache
    anchored = c.patterns.anchored
    for i, text in enumerate(texts):
        fired: _Fired = {}
        fired_of.append(fired)
        if vetoes[i] is not None:
            continue
        tokens = tokens_of[i]
        words: list[str] | None = None  # lower-cased tokens, made when a phrase may start
        last = len(tokens) - 1
        for k, token in enumerate(tokens):
            entry = token_cache.get(token) or _token(token, c)
            if entry is _NOTHING:
                continue
            names, phrases, marks = entry
            for name in names:
                if name not in fired:
                    fired[name] = token
            for mark in marks:
                marked[mark].add(i)
            if phrases and k < last:
                if words is None:
                    words = cleaned[i].lower().split()
                for n, tail, names in phrases.get(words[k + 1], ()):
                    if tuple(words[k + 2 : k + 1 + n]) == tail:
                        for name in names:
                            if name not in fired:
                                fired[name] = " ".join(tokens[k : k + 1 + n])
        if not c.veto_words.isdisjoint(fired):
            vetoes[i] = next(name for name in fired if name.startswith(_VETO))[len(_VETO) :]
            fired.clear()
            continue
        length = len(tokens)
        for name, at_most, at_least in c.lengths:
            if at_least <= length <= at_most:
                fired[name] = ""
        if anchored is not None:
            match = anchored.match(text)
            if match and match.lastindex is not None:  # some group took part in the match
                spans = match.regs
                for number, name in c.patterns.numbered:
                    start, end = spans[number]
                    if start >= 0 and name not in fired:
                        fired[name] = (text, start, end)
    for name, pattern, holders, joined, shift in _possible(floating, together, starts, marked):
        search = pattern.search
        if joined:
            match = search(together)
            while match is not None:
                start = match.start() - shift
                i = bisect.bisect_right(starts, start) - 1
                fired = fired_of[i]
                if vetoes[i] is None and name not in fired:
                    fired[name] = (texts[i], start - starts[i], match.end() - starts[i])
                match = search(together, starts[i + 1])
            continue
        for i in range(count) if holders is None else holders:
            fired = fired_of[i]
            if vetoes[i] is None and name not in fired:
                match = search(texts[i])
                if match:
                    fired[name] = (texts[i], match.start() - shift, match.end()) if shift else match
    return list(zip(vetoes, fired_of, strict=True))


_LETTERS_AND_DIGITS = re.compile(r"[^\W_]*")  # what str.isalnum takes: \w but "_"


def _widened(text: str, start: int, end: int) -> str:
    """`text[start:end]` widened to whole words."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    end = _LETTERS_AND_DIGITS.match(text, end).end()  # type: ignore[union-attr]
    return text[start:end].strip()


def _shown(found: _Found) -> str:
    """What fired a feature as the explanation quotes it: a match widened to whole words."""
    if isinstance(found, str):
        return found
    if isinstance(found, tuple):
        return _widened(*found)
    return _widened(found.string, *found.span())


def claim_features(text: str, rules: Rules) -> dict[str, str]:
    """The features that fire on `text`, each with the words that fired it (empty if vetoed)."""
    c = _compiled(rules)
    fired = _evidence([text.strip()], c, c.patterns.floating)[0][1]
    return {name: _shown(found) for name, found in fired.items()}


def assess_claim(
    text: str, rules: Rules, *, attributed: bool = False, quoted: bool = False
) -> ClaimAssessment:
    """Whether the sentence `text` is a claim, its check-worthiness, kind and reasons.

    `attributed` and `quoted` come from the attribution stage: the sentence is given
    to a speaker / is a direct quote.
    """
    return assess_claims([text], rules, attributed=[attributed], quoted=[quoted])[0]


def assess_claims(
    texts: Sequence[str],
    rules: Rules,
    *,
    attributed: Sequence[bool] | None = None,
    quoted: Sequence[bool] | None = None,
) -> list[ClaimAssessment]:
    """`assess_claim` for each of the sentences `texts` (one article, say), with the same
    results; `attributed` and `quoted` hold a flag for each.

    Faster than one call each: a pattern with needles is searched only in the
    sentences that hold one (found in one pass over them all for each needle), and a
    pattern that does not look around is tried on no sentence when it matches nowhere
    in them together.
    """
    c = _compiled(rules)
    stripped = [text.strip() for text in texts]
    return [
        _assess(
            text,
            c,
            attributed[i] if attributed is not None else False,
            quoted[i] if quoted is not None else False,
            veto,
            fired,
        )
        for i, (text, (veto, fired)) in enumerate(
            zip(stripped, _evidence(stripped, c, c.scored), strict=True)
        )
    ]


# builds a NamedTuple made for each sentence or article (ClaimAssessment, _Trial) without
# its __new__, a Python function that the compiled module would call through the
# interpreter
_new = tuple.__new__


class _Trial(NamedTuple):
    """A floating pattern as tried on the sentences of one article."""

    name: str
    pattern: re.Pattern[str]
    holders: Sequence[int] | None  # the sentences that may match, in order; None: any may
    joined: bool  # searched in the sentences joined (see _Floating.joined)
    shift: int  # see _Floating.shift


def _possible(
    floating: Iterable[_Floating],
    together: str,
    starts: Sequence[int],
    marked: Sequence[set[int]],
) -> list[_Trial]:
    """Those of the floating patterns that may match one of the texts joined by line
    breaks in `together` (text k from starts[k]), each with the texts where it may: for
    a pattern within words, the texts `marked` for it; else those that hold one of its
    needles. A pattern that does not look around and matches nowhere in `together`
    matches none of the texts: a match in a text would be a match there."""
    trials = []
    for entry in floating:
        name, pattern, shift = entry.name, entry.pattern, entry.shift
        if entry.joined:
            trials.append(_new(_Trial, (name, pattern, None, True, shift)))
        elif entry.mark >= 0:
            if marked[entry.mark]:
                trials.append(
                    _new(_Trial, (name, pattern, sorted(marked[entry.mark]), False, shift))
                )
        elif entry.needles is not None:
            holders = _holders(entry.needles, together, starts)
            if holders:
                trials.append(_new(_Trial, (name, pattern, sorted(holders), False, shift)))
        elif not entry.context_free or pattern.search(together) is not None:
            trials.append(_new(_Trial, (name, pattern, None, False, shift)))
    return trials


def _holders(needles: Iterable[str], together: str, starts: Sequence[int]) -> set[int]:
    """The texts (joined by line breaks in `together`, text k from starts[k]) that hold
    one of `needles`, by index; after a needle in a text, the search goes on in the
    next one."""
    found: set[int] = set()
    find = together.find
    for needle in needles:
        at = find(needle)
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            found.add(k)
            at = find(needle, starts[k + 1])
    return found


def _assess(
    text: str, c: _Compiled, attributed: bool, quoted: bool, veto: str | None, fired: _Fired
) -> ClaimAssessment:
    found_hedge = fired.get(HEDGE)
    hedge = None if found_hedge is None else _shown(found_hedge)
    if veto is not None:
        return _new(
            ClaimAssessment,
            (False, 0.0, None, hedge is not None, ("not a claim: " + veto.replace("_", " "),)),
        )
    if attributed:
        fired["attributed"] = ""
    if quoted:
        fired["quoted"] = ""

    weights = c.weights
    total = c.bias + sum(map(weights.get, fired, repeat(0.0)))
    score = 1.0 / (1.0 + math.exp(-total))
    claim = score >= c.threshold

    kind: str | None = None
    if claim:
        for candidate, features, kind_only in c.kinds:
            if not features.isdisjoint(fired) or (kind_only and _fires(text, kind_only)):
                kind = candidate
                break
        else:
            kind = "quote" if quoted else "position" if attributed else "other"

    # What pushed the decision its way: the strongest features for a claim, against a non-claim.
    places = c.pros if claim else c.cons
    ranked = sorted(filter(places.__contains__, fired), key=places.__getitem__)
    reasons = []
    for name in ranked[:_MAX_REASONS]:
        shown = _shown(fired[name])
        label, tag = c.labels[name], c.tags[name]
        reasons.append(f"{label} '{shown}' {tag}" if shown else f"{label} {tag}")
    if hedge is not None:
        reasons.append(f"hedged: '{hedge}'")
    if not reasons:
        reasons.append("a plain statement" if claim else "nothing checkable")
    return _new(ClaimAssessment, (claim, round(score, 3), kind, hedge is not None, tuple(reasons)))
