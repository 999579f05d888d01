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


class _NewsLanguageVars(PunktLanguageVars):
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
    spans: list[list[int]] = []
    for start, end in _tokenizer(rules).span_tokenize(chunk):
        piece = chunk[start:end]
        if spans and _belongs_to_previous(chunk, spans[-1][1], piece, attached):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    for start, end in spans:
        yield paragraph.start + start, paragraph.start + end


def _belongs_to_previous(chunk: str, previous_end: int, piece: str,
                         attached: re.Pattern[str] | None) -> bool:
    previous = chunk[:previous_end].rstrip()
    if not previous:
        return False
    if attached is None or not attached.match(piece):
        return False
    # Only after a closing quotation mark, or a '!'/'?' that may close a quote:
    # elsewhere Punkt's decision stands.
    return previous[-1] in _CLOSING or previous[-1] in "!?"
