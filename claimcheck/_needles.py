"""Needles: plain strings of which every match of a regular expression holds one.

A search costs far more than looking for a few plain strings, so a pattern is searched
only where one of its needles occurs: "%" for '%', "Herr", "Frau", "Dr." and "Prof."
for '(?:Herr|Herrn|Frau|Dr\\.|Prof\\.) [A-Z]'. Worked out from the parsed pattern:
runs of literal characters, alternatives (every branch must give some), groups and
repeats of at least one, and classes of a few listed characters. Whatever the walk does
not know (lookarounds, ranges, categories) gives no needles, never wrong ones.

Case-insensitive patterns get folded needles: lower-case ASCII strings to look for in
the lower-cased text (see `may_match`).
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser

# How many characters a class may list for its characters to serve as needles.
_MAX_NEEDLE_CLASS = 6
_Needles = frozenset[str]

# The characters other than ASCII letters that a case-insensitive pattern takes for an
# ASCII letter although their lower case is not that letter: "ſ" for "s", "ı" and "İ"
# for "i" ("İ".lower() is "i" with a combining dot). A text holding one may match
# where its lower case holds no folded needle.
FOLD_TRAPS = ("İ", "ı", "ſ")


def needles(source: str, *, folded: bool = False) -> tuple[str, ...] | None:
    """Strings of which every match of `source` contains at least one, or None.

    Without `folded`, needles as written, and none for a pattern with a
    case-insensitive part. With `folded`, needles of lower-case ASCII characters that
    the lower case of every text with a match contains (unless the text holds one of
    FOLD_TRAPS), for case-insensitive patterns too; other characters end a needle.
    A needle of whitespace is no test in a sentence, so a pattern whose best needles
    hold one gets none.
    """
    try:
        parsed = re._parser.parse(source)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE and not folded:
        return None
    found = _sequence_needles(list(parsed), folded)
    if not found or any(not needle.strip() for needle in found):
        return None
    # a needle that holds another adds nothing: a text with "Herrn" has "Herr"
    kept = [n for n in found if not any(o != n and o in n for o in found)]
    return tuple(sorted(kept))


def may_match(found: tuple[str, ...], text: str, lowered: str | None = None) -> bool:
    """Can a pattern with the folded needles `found` match `text`? (`lowered`: its
    lower case, if already made.)"""
    low = text.lower() if lowered is None else lowered
    return any(needle in low for needle in found) or any(trap in text for trap in FOLD_TRAPS)


def _sequence_needles(items: list[tuple[object, object]], folded: bool) -> _Needles | None:
    """Needles of a sequence of parsed items: the best that any stretch of it gives."""
    candidates: list[_Needles] = []
    run = ""
    for op, value in items:
        if op is sre.LITERAL and isinstance(value, int) and (not folded or value < 128):
            run += chr(value).lower() if folded else chr(value)
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        found = _item_needles(op, value, folded)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({run}))
    if not candidates:
        return None
    # the longest shortest needle, then the fewest
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _item_needles(op: object, value: object, folded: bool) -> _Needles | None:
    if op is sre.SUBPATTERN and isinstance(value, tuple):
        _group, add_flags, _del_flags, sub = value
        if add_flags & re.IGNORECASE and not folded:
            return None
        return _sequence_needles(list(sub), folded)
    if op is sre.ATOMIC_GROUP:
        return _sequence_needles(list(value), folded)  # type: ignore[call-overload]
    if op is sre.BRANCH and isinstance(value, tuple):
        union: set[str] = set()
        for branch in value[1]:
            found = _sequence_needles(list(branch), folded)
            if not found:
                return None  # a branch that needs nothing: the whole needs nothing
            union |= found
        return frozenset(union)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and isinstance(value, tuple):
        least, _most, sub = value
        return _sequence_needles(list(sub), folded) if least >= 1 else None
    if op is sre.IN and isinstance(value, list):
        if len(value) <= _MAX_NEEDLE_CLASS and all(
            member_op is sre.LITERAL and (not folded or code < 128) for member_op, code in value
        ):
            return frozenset(chr(code).lower() if folded else chr(code) for _, code in value)
    return None
