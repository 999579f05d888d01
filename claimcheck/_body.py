"""Finding the article body in a text: paragraphs, headline, dateline, byline, furniture.

The text itself is never changed (every offset refers to it); this stage only
decides which stretches of it are body paragraphs. Sentences never cross a
paragraph, so a paragraph here is a line, or a block of hard-wrapped lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from ._model import Span
from ._rules import Rules

# A line ending in one of these closes a sentence; a line that does not, and is
# followed by more text in the same block, may be hard-wrapped.
_TERMINAL = ".!?:;\"'“”»«‘’)…"
_MAX_HEADLINE_CHARS = 200


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    headline: bool = False


@dataclass(slots=True)
class Body:
    paragraphs: list[Paragraph] = field(default_factory=list)
    dateline: Span | None = None
    dateline_outlet: str | None = None
    headline: str | None = None
    author: str | None = None
    furniture_start: int | None = None


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, end before the newline."""
    start = 0
    for match in re.finditer("\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _blocks(text: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of non-blank lines (stripped spans), separated by blank lines."""
    block: list[tuple[int, int]] = []
    for start, end in _lines(text):
        s, e = _strip(text, start, end)
        if s == e:
            if block:
                yield block
                block = []
        else:
            block.append((s, e))
    if block:
        yield block


def _is_hard_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    """A block whose lines were broken at a fixed width, not at sentence ends."""
    if len(block) < 3:
        return False
    lengths = [e - s for s, e in block[:-1]]
    open_ends = sum(text[e - 1] not in _TERMINAL for s, e in block[:-1])
    longest = max(lengths)
    evenly_long = sum(length >= 0.7 * longest for length in lengths)
    return (
        40 <= longest <= 100
        and open_ends >= 0.5 * len(lengths)
        and evenly_long >= 0.8 * len(lengths)
    )


def _line_units(text: str) -> Iterator[tuple[int, int]]:
    for block in _blocks(text):
        if _is_hard_wrapped(text, block):
            yield block[0][0], block[-1][1]
        else:
            yield from block


def find_body(text: str, rules: Rules, *, keep_furniture: bool = False) -> Body:
    """Split `text` into body paragraphs, leaving out furniture, dateline and byline."""
    body = Body()
    starts = _any_of(rules, "furniture_starts")
    lines = _any_of(rules, "furniture_lines")
    dateline = rules.pattern("furniture", "dateline")
    byline = rules.pattern("furniture", "byline")
    agency_codes = {w.lower() for w in rules.words("furniture", "dateline_outlets")}
    seen_text = False
    for start, end in _line_units(text):
        line = text[start:end]
        if not keep_furniture:
            if seen_text and any(p.search(line) for p in starts):
                body.furniture_start = start
                break
            if any(p.search(line) for p in lines):
                continue
        if not seen_text and byline and body.author is None:
            m = byline.match(line)
            if m:
                body.author = m.group("author")
                continue
        if dateline and body.dateline is None and len(body.paragraphs) <= 2:
            m = dateline.match(line)
            if m and _plausible_dateline(m, agency_codes):
                body.dateline = Span(start, start + m.end(), line[: m.end()])
                body.dateline_outlet = (m.group("outlet") or "").strip() or None
                start += m.end()
                if start >= end:
                    continue
        headline = (
            not seen_text
            and text[end - 1] not in '.!?…"“”»«'
            and end - start <= _MAX_HEADLINE_CHARS
            and body.dateline is None
        )
        if headline and body.headline is None:
            body.headline = text[start:end]
        body.paragraphs.append(Paragraph(start, end, headline=headline))
        if not headline:
            seen_text = True
    # A headline stands above a body: a text of one line is body, not a headline.
    if body.paragraphs and all(p.headline for p in body.paragraphs):
        body.paragraphs = [Paragraph(p.start, p.end) for p in body.paragraphs]
        body.headline = None
    return body


@cache
def _any_of(rules: Rules, key: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of a furniture key, for a test whether any matches: joined into one
    where they can be (one search instead of one each), else as they are."""
    patterns = rules.patterns("furniture", key)
    if len(patterns) < 2 or any(p.flags != re.UNICODE or p.groups for p in patterns):
        # a global flag or a group (a back reference counts them) would change its
        # meaning in the joined pattern
        return patterns
    return (re.compile("|".join(f"(?:{p.pattern})" for p in patterns)),)


def _plausible_dateline(match: re.Match[str], agency_codes: set[str]) -> bool:
    """Places in capitals (with any outlet, or none), or a known agency code."""
    places = match.group("places")
    outlet = (match.group("outlet") or "").strip()
    letters = sum(ch.isalpha() for ch in places)
    shouting = places.upper() == places and letters >= 3
    if not outlet:
        # "PORT ALVERY —": a place in capitals and a dash, then the first sentence
        rest = match.string[match.end() : match.end() + 1]
        return shouting and letters >= 4 and rest[:1].isupper()
    known = outlet.lower().split("/")[0].strip() in agency_codes
    # places in capitals make a dateline whatever the outlet looks like ("(nordpress)");
    # places in ordinary case only with a known agency ("Berlin (dpa) -")
    return shouting or known
