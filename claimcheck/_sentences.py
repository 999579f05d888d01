"""Sentence splitting with NLTK's Punkt, built from parameters in `rules/<lang>/sentences.toml`.

NLTK's trained models cannot be downloaded here, and need not be: Punkt with a
good abbreviation list, ordinal collocations and sentence starters does the work.
Two things Punkt does not know are added after it: a fragment such as
"«, sagte sie." that it cut off after a closing quotation mark goes back to its
sentence, and sentences never cross a paragraph (each paragraph is split alone).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from nltk.tokenize.punkt import (
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from ._body import Paragraph
from ._punkt_language import NewsLanguageVars
from ._rules import Rules

_CLOSING = "\"'“”»«‘’)]"
# "verschwunden.Der": a sentence end with the space missing (the cut is at the match's end;
# the pattern opens with the mark, so the engine can skip ahead to the next one)
_GLUED = re.compile(r"[.!?](?<=[a-zäöüß]{3}[.!?])(?=[A-ZÄÖÜ][a-zäöüß])")
# "J.P." / "C.Y." at the end of a piece: initials of a name, not a sentence end
_INITIALS = re.compile(r"(?:^|\s)(?:[A-ZÄÖÜ]\.){2,3}$")
_ORDINAL_END = re.compile(r"(\w+)\s+\d{1,3}\.$")
# how many of the last characters of the sentences before a piece its tests read
_TAIL = 64
# what Punkt takes for whitespace when it looks for the word before a candidate end, but
# the space, which is looked for first
_OTHER_WHITESPACE = tuple(string.whitespace.replace(" ", ""))


def _engine(pattern: Any) -> Any:
    """The compiled pattern inside one of NLTK's patterns.

    NLTK 3.10 wraps each of its patterns in a time limit against patterns supplied by
    callers (nltk.redos); Punkt's own patterns need none, and the wrapper costs more
    than the match. Should NLTK keep the pattern elsewhere, the wrapper itself is used.
    """
    return getattr(pattern, "_rx", pattern)


# Punkt's orthographic context flags (nltk.tokenize.punkt): seen lower / upper case,
# at the beginning of a sentence or in the middle.
_ORTHO_BEG_UC, _ORTHO_MID_UC, _ORTHO_UNK_UC = 1 << 1, 1 << 2, 1 << 3
_ORTHO_BEG_LC, _ORTHO_MID_LC, _ORTHO_UNK_LC = 1 << 4, 1 << 5, 1 << 6
_ORTHO_UC = _ORTHO_BEG_UC | _ORTHO_MID_UC | _ORTHO_UNK_UC
_ORTHO_LC = _ORTHO_BEG_LC | _ORTHO_MID_LC | _ORTHO_UNK_LC


class _Punkt:
    """NLTK's `PunktSentenceTokenizer.span_tokenize`, decision for decision, faster.

    Punkt finds candidate ends with a pattern, then decides each candidate by
    building a `PunktToken` object for every word of its context and running two
    passes of annotation over them; that machinery, not the decision, is most of the
    time it takes. This class applies the same patterns (NLTK's own, from the
    tokenizer's language variables) and the same tests (its parameters: abbreviations,
    collocations, sentence starters, orthographic context) to plain strings. It must
    give exactly Punkt's spans; tests/test_sentences.py compares the two.
    """

    def __init__(self, tokenizer: PunktSentenceTokenizer) -> None:
        lang_vars = tokenizer._lang_vars
        params = tokenizer._params
        self._candidates: Callable[[str], Iterator[re.Match[str]]] = _engine(
            lang_vars.period_context_re()
        ).finditer
        self._words: Callable[[str], list[str]] = _engine(lang_vars._word_tokenizer_re()).findall
        self._realignment: Callable[[str], re.Match[str] | None] = _engine(
            lang_vars.re_boundary_realignment
        ).match
        self._numeric = _engine(PunktToken._RE_NUMERIC).sub
        self._initial = _engine(PunktToken._RE_INITIAL).match
        self._ellipsis = _engine(PunktToken._RE_ELLIPSIS).match
        self._sent_end_chars: tuple[str, ...] = tuple(lang_vars.sent_end_chars)
        self._punctuation: tuple[str, ...] = tuple(tokenizer.PUNCTUATION)
        self._abbreviations: set[str] = params.abbrev_types
        self._collocations: set[tuple[str, str]] = params.collocations
        self._starters: set[str] = params.sent_starters
        self._ortho: dict[str, int] = params.ortho_context

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence of `text`, as Punkt's `span_tokenize` gives them."""
        slices = self._slices(text)
        # Punkt's _realign_boundaries: closing marks after an end go with its sentence.
        spans = []
        realign = 0
        last = len(slices) - 1
        for k, (start, stop) in enumerate(slices):
            start += realign
            if k < last:
                following_start, following_stop = slices[k + 1]
                m = self._realignment(text[following_start:following_stop])
                if m:
                    spans.append((start, following_start + len(m.group(0).rstrip())))
                    realign = m.end()
                    continue
                realign = 0
            if text[start:stop]:
                spans.append((start, stop))
        return spans

    def _slices(self, text: str) -> list[tuple[int, int]]:
        """Punkt's _slices_from_text over its _match_potential_end_contexts."""
        # each candidate with the start of the word before it: from the last whitespace
        # before it, or, if there is none (or it is the first character), from where the
        # previous candidate's word began; a candidate whose word overlaps the previous
        # one's replaces it
        candidates: list[tuple[re.Match[str], int]] = []
        previous_start = previous_stop = 0
        for match in self._candidates(text):
            before = text[previous_stop : match.start()]
            space = before.rfind(" ")
            if not before[space + 1 :].isalnum():
                # other whitespace can stand only after the last space, in the word
                # before the candidate; a word of letters and digits holds none
                space = max(space, *(before.rfind(ws, space + 1) for ws in _OTHER_WHITESPACE))
            word_start = space + previous_stop + 1 if space > 0 else previous_start
            if candidates and previous_stop > word_start:
                candidates.pop()
            candidates.append((match, word_start))
            previous_start, previous_stop = word_start, match.start()
        slices = []
        last_break = 0
        for match, word_start in candidates:
            word = text[word_start : match.start()]
            following = match.group("next_tok")
            if match.group() == "." and word.isalpha() and following and following.isalpha():
                # the commonest case, "Wort. Der": Punkt's words are "Wort." and "Der"
                ends = self._word_ends_sentence(word, following)
            else:
                ends = self._breaks_in(word + match.group() + match.group("after_tok"))
            if ends:
                slices.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        # the last sentence without trailing whitespace
        slices.append((last_break, len(text.rstrip())))
        return slices

    def _breaks_in(self, context: str) -> bool:
        """Punkt's text_contains_sentbreak: does a word of `context` other than the
        last end a sentence?"""
        if "\n" in context:
            # Punkt tokenises line by line (a multi-character mark never spans lines)
            words: list[str] = []
            for line in context.split("\n"):
                if line.strip():
                    words.extend(self._words(line))
        else:
            words = self._words(context)
        for i in range(len(words) - 1):
            if self._ends_sentence(words[i], words[i + 1]):
                return True
        return False

    def _first_pass(self, word: str) -> tuple[bool, bool]:
        """Punkt's first pass: (sentence break, abbreviation or ellipsis)."""
        if word in self._sent_end_chars:
            return True, False
        if self._ellipsis(word):
            return False, True
        if word.endswith(".") and not word.endswith(".."):
            bare = word[:-1].lower()
            if bare in self._abbreviations or bare.split("-")[-1] in self._abbreviations:
                return False, True
            return True, False
        return False, False

    def _type(self, word: str) -> str:
        return str(self._numeric("##number##", word.lower()))

    def _ends_sentence(self, word: str, following: str) -> bool:
        """Punkt's decision on `word` followed by `following` (both passes)."""
        sentbreak, abbreviation = self._first_pass(word)
        if not word.endswith("."):
            return sentbreak
        typ = self._type(word)
        if len(typ) > 1 and typ[-1] == ".":
            typ = typ[:-1]
        next_typ = self._type(following)
        if self._first_pass(following)[0] and len(next_typ) > 1 and next_typ[-1] == ".":
            next_typ = next_typ[:-1]
        initial = bool(self._initial(word))
        # [4.1.2] collocation heuristic
        if (typ, next_typ) in self._collocations:
            return False
        # [4.2] an abbreviation or ellipsis may also end a sentence
        if abbreviation and not initial:
            if self._ortho_heuristic(following, next_typ) is True:
                return True
            if following[0].isupper() and next_typ in self._starters:
                return True
        # [4.3] initials and ordinals
        if initial or typ == "##number##":
            starts = self._ortho_heuristic(following, next_typ)
            if starts is False:
                return False
            if (
                starts == "unknown"
                and initial
                and following[0].isupper()
                and not (self._ortho.get(next_typ, 0) & _ORTHO_LC)
            ):
                return False
        return sentbreak

    def _word_ends_sentence(self, word: str, following: str) -> bool:
        """`_ends_sentence(word + ".", following)` for alphabetic `word` and `following`.

        No letter is a digit, so neither is a number; `word + "."` is an initial when
        `word` is one letter; `following` is no abbreviation, ellipsis or end mark."""
        typ = word.lower()
        abbreviation = typ in self._abbreviations or typ.split("-")[-1] in self._abbreviations
        next_typ = following.lower()
        initial = len(word) == 1
        if (typ, next_typ) in self._collocations:
            return False
        if abbreviation and not initial:
            if self._ortho_heuristic(following, next_typ) is True:
                return True
            if following[0].isupper() and next_typ in self._starters:
                return True
        if initial:
            starts = self._ortho_heuristic(following, next_typ)
            if starts is False:
                return False
            if (
                starts == "unknown"
                and following[0].isupper()
                and not (self._ortho.get(next_typ, 0) & _ORTHO_LC)
            ):
                return False
        return not abbreviation

    def _ortho_heuristic(self, word: str, typ: str) -> bool | str:
        """Punkt's orthographic heuristic: does `word` (of type `typ`) start a sentence?"""
        if word in self._punctuation:
            return False
        context = self._ortho.get(typ, 0)
        if word[0].isupper() and (context & _ORTHO_LC) and not (context & _ORTHO_MID_UC):
            return True
        if word[0].islower() and ((context & _ORTHO_UC) or not (context & _ORTHO_BEG_LC)):
            return False
        return "unknown"


@cache
def _punkt(rules: Rules) -> _Punkt:
    return _Punkt(_tokenizer(rules))


@cache
def _tokenizer(rules: Rules) -> PunktSentenceTokenizer:
    params = PunktParameters()
    for abbreviation in rules.words("sentences", "abbreviations"):
        params.abbrev_types.add(abbreviation.lower())
        # Punkt sees "z. B." as the tokens "z." and "B."; both must be known.
        for part in abbreviation.lower().split("."):
            if part and len(part) <= 2:
                params.abbrev_types.add(part)
    for follower in rules.words("sentences", "ordinal_followers"):
        params.collocations.add(("##number##", follower.lower()))
    params.sent_starters.update(w.lower() for w in rules.words("sentences", "sentence_starters"))
    return PunktSentenceTokenizer(params, lang_vars=NewsLanguageVars())


def split_paragraph(text: str, paragraph: Paragraph, rules: Rules) -> Iterator[tuple[int, int]]:
    """(start, end) offsets into `text` of the sentences of one paragraph."""
    chunk = text[paragraph.start : paragraph.end]
    if paragraph.headline:
        yield paragraph.start, paragraph.end
        return
    attached = rules.pattern("sentences", "attached_fragment")
    ordinal_numeral = rules.pattern("sentences", "ordinal_numeral")
    before_numbers, before_ordinals = _number_words(rules)
    starters = _starters(rules)
    spans: list[list[int]] = []
    for start, end in _punkt_spans(chunk, rules):
        piece = chunk[start:end]
        # The paragraph so far without its trailing space is chunk[:stop]; the tests read
        # its last characters only (all but the abbreviation's, which reads a word), so
        # they get its last _TAIL characters: a copy of all of it would make a long
        # paragraph cost the square of its length.
        stop = spans[-1][1] if spans else 0
        while stop > 0 and chunk[stop - 1].isspace():
            stop -= 1
        previous = chunk[max(0, stop - _TAIL) : stop]
        if (
            spans
            and (
                _belongs_to_previous(previous, piece, attached)
                or (
                    piece[:1].isdigit()
                    and _number_follows_abbreviation(chunk[:stop], piece, before_numbers)
                )
                or _is_ordinal(previous, before_ordinals)
                or _is_roman_ordinal(previous, piece, ordinal_numeral)
                or (
                    piece[:1].isupper()
                    # what _INITIALS needs at the end, tested first: it is cheaper
                    and previous[-2:-1].isupper()
                    and _INITIALS.search(previous[-12:])
                    and _first_word(piece) not in starters
                )
            )
        ):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    for start, end in spans:
        yield paragraph.start + start, paragraph.start + end


def _punkt_spans(chunk: str, rules: Rules) -> list[tuple[int, int]]:
    """Punkt's spans, after cutting where a full stop has no space after it
    ("verschwunden.Der"), which Punkt never splits."""
    punkt = _punkt(rules)
    spans: list[tuple[int, int]] = []
    offset = 0
    for m in _GLUED.finditer(chunk):
        spans.extend(
            (offset + start, offset + end)
            for start, end in punkt.span_tokenize(chunk[offset : m.end()])
        )
        offset = m.end()
    if offset == 0:
        return punkt.span_tokenize(chunk)
    spans.extend(
        (offset + start, offset + end) for start, end in punkt.span_tokenize(chunk[offset:])
    )
    return spans


@cache
def _number_words(rules: Rules) -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(w.lower() for w in rules.words("sentences", "number_abbreviations")),
        frozenset(w.lower() for w in rules.words("sentences", "ordinal_preceders")),
    )


@cache
def _starters(rules: Rules) -> frozenset[str]:
    return frozenset(w.lower() for w in rules.words("sentences", "sentence_starters"))


def _first_word(piece: str) -> str:
    words = piece.split(None, 1)
    return words[0].lower().strip("\"'“”„»«") if words else ""


def _last_word(previous: str) -> str:
    words = previous[:-1].split()
    return words[-1].lower() if words else ""


def _number_follows_abbreviation(previous: str, piece: str, abbreviations: frozenset[str]) -> bool:
    """ "Art. 5" / "No. 12": the abbreviation and its number stay in one sentence."""
    return piece[:1].isdigit() and previous.endswith(".") and _last_word(previous) in abbreviations


def _is_ordinal(previous: str, preceders: frozenset[str]) -> bool:
    """ "des 3. Bataillons": a short number after an article is an ordinal."""
    if not (previous.endswith(".") and previous[-2:-1].isdigit()):
        return False  # what _ORDINAL_END needs at the end, tested first: it is cheaper
    m = _ORDINAL_END.search(previous[-40:])
    return bool(m) and m is not None and m.group(1).lower() in preceders


def _is_roman_ordinal(previous: str, piece: str, numeral: re.Pattern[str] | None) -> bool:
    """ "Papst Benedikt XVI. trat zurück": no sentence starts with a lower-case word, so
    the numeral is an ordinal."""
    return (
        numeral is not None
        and piece[:1].islower()
        and previous.endswith(".")
        and bool(numeral.search(previous[-12:]))
    )


def _belongs_to_previous(previous: str, piece: str, attached: re.Pattern[str] | None) -> bool:
    # Punkt may cut before the closing mark: »Wir sind bereit.« | «, sagte sie.
    if piece[:1] in _CLOSING and len(piece) > 1 and not piece[1].isalnum():
        # a mark followed by a letter opens a quotation («Ein Kino …»); one followed
        # by a comma or a space closes the one before
        return bool(previous) and previous[-1] in ".!?…"
    # Only after a closing quotation mark, or a '!'/'?' that may close a quote:
    # elsewhere Punkt's decision stands.
    if not previous or not (previous[-1] in _CLOSING or previous[-1] in "!?"):
        return False
    return attached is not None and bool(attached.match(piece))
