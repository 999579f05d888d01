"""Sentence splitting with NLTK's Punkt, built from parameters in `rules/<lang>/sentences.toml`.

NLTK's trained models cannot be downloaded here, and need not be: Punkt with a
good abbreviation list, ordinal collocations and sentence starters does the work.
Two things Punkt does not know are added after it: a fragment such as
"«, sagte sie." that it cut off after a closing quotation mark goes back to its
sentence, and sentences never cross a paragraph (each paragraph is split alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from ._body import Paragraph
from ._rules import Rules

_CLOSING = "\"'“”»«‘’)]"
# "verschwunden.Der": a sentence end with the space missing
_GLUED = re.compile(r"(?<=[a-zäöüß]{3}[.!?])(?=[A-ZÄÖÜ][a-zäöüß])")
# "J.P." / "C.Y." at the end of a piece: initials of a name, not a sentence end
_INITIALS = re.compile(r"(?:^|\s)(?:[A-ZÄÖÜ]\.){2,3}$")
_ORDINAL_END = re.compile(r"(\w+)\s+\d{1,3}\.$")


class _NewsLanguageVars(PunktLanguageVars):  # type: ignore[misc]
    """Punkt's defaults, plus the quotation marks of German and French typography.

    A closing „…“, »…« or «…» after the full stop belongs to the sentence before it.
    """

    re_boundary_realignment = re.compile(r"[\"')\]}‘’“”«»‚„›‹]+?(?:\s+|(?=--)|$)", re.MULTILINE)


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
    return PunktSentenceTokenizer(params, lang_vars=_NewsLanguageVars())


def split_paragraph(text: str, paragraph: Paragraph, rules: Rules) -> Iterator[tuple[int, int]]:
    """(start, end) offsets into `text` of the sentences of one paragraph."""
    chunk = text[paragraph.start : paragraph.end]
    if paragraph.headline:
        yield paragraph.start, paragraph.end
        return
    attached = rules.pattern("sentences", "attached_fragment")
    before_numbers, before_ordinals = _number_words(rules)
    starters = _starters(rules)
    spans: list[list[int]] = []
    for start, end in _punkt_spans(chunk, rules):
        piece = chunk[start:end]
        previous = chunk[: spans[-1][1]].rstrip() if spans else ""
        if spans and (
            _belongs_to_previous(previous, piece, attached)
            or _number_follows_abbreviation(previous, piece, before_numbers)
            or _is_ordinal(previous, before_ordinals)
            or (
                _INITIALS.search(previous[-12:])
                and piece[:1].isupper()
                and _first_word(piece) not in starters
            )
        ):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    for start, end in spans:
        yield paragraph.start + start, paragraph.start + end


def _punkt_spans(chunk: str, rules: Rules) -> Iterator[tuple[int, int]]:
    """Punkt's spans, after cutting where a full stop has no space after it
    ("verschwunden.Der"), which Punkt never splits."""
    offset = 0
    for m in _GLUED.finditer(chunk):
        for start, end in _tokenizer(rules).span_tokenize(chunk[offset : m.end()]):
            yield offset + start, offset + end
        offset = m.end()
    for start, end in _tokenizer(rules).span_tokenize(chunk[offset:]):
        yield offset + start, offset + end


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
    m = _ORDINAL_END.search(previous[-40:])
    return bool(m) and m is not None and m.group(1).lower() in preceders


def _belongs_to_previous(previous: str, piece: str, attached: re.Pattern[str] | None) -> bool:
    # Punkt may cut before the closing mark: »Wir sind bereit.« | «, sagte sie.
    if piece[:1] in _CLOSING and len(piece) > 1 and not piece[1].isalnum():
        # a mark followed by a letter opens a quotation («Ein Kino …»); one followed
        # by a comma or a space closes the one before
        return bool(previous) and previous[-1] in ".!?…"
    if not previous:
        return False
    if attached is None or not attached.match(piece):
        return False
    # Only after a closing quotation mark, or a '!'/'?' that may close a quote:
    # elsewhere Punkt's decision stands.
    return previous[-1] in _CLOSING or previous[-1] in "!?"
