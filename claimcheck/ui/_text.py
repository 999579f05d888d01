"""Article text as data: making it safe and visible, and laying it out in lines.

Nothing here imports Textual, so it is cheap to test. The rules:

* Text from the store (article text, titles, speakers, notes) is never parsed as
  markup: the UI builds `rich.text.Text` objects from plain strings.
* Control characters are made visible, one character for one, so that every offset
  the store gives still points at the same place: C0 controls become the Unicode
  control pictures (ESC is shown as "␛"), DEL as "␡", C1 controls and invisible
  formatting characters (bidi overrides, zero-width spaces) as "¤". A tab becomes a
  space. So "\\x1b[31m" shows as "␛[31m" and can neither colour nor move anything.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len

# invisible characters that change how text is shown (bidi controls, zero width ...)
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u00ad"
)
_NEEDS_WORK = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]"
)
SOFT_HYPHEN = "\u00ad"


def _picture(char: str) -> str:
    code = ord(char)
    if char == "\t":
        return " "
    if char == SOFT_HYPHEN:
        return "-"
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (ESC is ␛)
    if code == 0x7F:
        return "␡"
    return "¤"


def visible(text: str, *, keep_newlines: bool = True) -> str:
    """`text` with every control or invisible formatting character replaced by one
    visible character (same length, so offsets stay valid)."""
    if not _NEEDS_WORK.search(text):
        return text

    def swap(match: re.Match[str]) -> str:
        char = match.group()
        if char == "\n" and keep_newlines:
            return char
        return _picture(char)

    return _NEEDS_WORK.sub(swap, text)


def marked_positions(text: str) -> list[int]:
    """Positions of the characters `visible` replaced (except newlines and tabs)."""
    return [
        m.start()
        for m in _NEEDS_WORK.finditer(text)
        if m.group() not in "\n\t" and m.group() != SOFT_HYPHEN
    ]


def one_line(text: str | None, default: str = "") -> str:
    """A value shown on one line (title, speaker, note preview): visible, newlines
    as " ⏎ ", runs of spaces squeezed."""
    if not text:
        return default
    flat = visible(text, keep_newlines=True).replace("\n", " ⏎ ")
    return " ".join(flat.split()) or default


@lru_cache(maxsize=4096)
def _width(token: str) -> int:
    return cell_len(token)


@dataclass(frozen=True, slots=True)
class Layout:
    """The display lines of a text at one width: (start, end) offsets of each line,
    end exclusive, without the newline."""

    width: int
    lines: tuple[tuple[int, int], ...]

    def line_of(self, offset: int) -> int:
        """The line that shows the character at `offset`."""
        if not self.lines:
            return 0
        starts = [s for s, _ in self.lines]
        index = bisect.bisect_right(starts, offset) - 1
        return max(0, min(index, len(self.lines) - 1))

    def offset_at(self, text: str, line: int, x: int) -> int | None:
        """The offset of the character shown at cell `x` of display line `line`."""
        if not 0 <= line < len(self.lines):
            return None
        start, end = self.lines[line]
        cells = 0
        for offset in range(start, end):
            cells += _width(text[offset])
            if cells > x:
                return offset
        return None


_TOKEN = re.compile(r"\S+\s*|\s+")


def layout(text: str, width: int) -> Layout:
    """Word-wrap `text` (already made `visible`) to `width` cells.

    Lines break at spaces; a word longer than the line is folded. Spaces at the end
    of a line stay on it (they are cropped when drawn), so every character belongs to
    exactly one line except the newlines between paragraphs.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    position = 0
    for paragraph in text.split("\n"):
        base = position
        position += len(paragraph) + 1
        if not paragraph:
            lines.append((base, base))
            continue
        line_start = base
        used = 0
        for match in _TOKEN.finditer(paragraph):
            token = match.group()
            word = token.rstrip()
            start = base + match.start()
            word_cells = _width(word) if word else 0
            if word and used and used + word_cells > width:
                lines.append((line_start, start))
                line_start, used = start, 0
            if word_cells > width:
                # a word longer than the line is folded (it starts a line of its own)
                cells = 0
                for i, char in enumerate(word):
                    char_cells = _width(char)
                    if cells and cells + char_cells > width:
                        lines.append((line_start, start + i))
                        line_start, cells = start + i, 0
                    cells += char_cells
                used = cells + _width(token[len(word) :])
                continue
            used += _width(token)
        lines.append((line_start, base + len(paragraph)))
    return Layout(width, tuple(lines))


def progress_bar(done: int, total: int, cells: int) -> tuple[str, str]:
    """The filled and empty parts of a progress bar `cells` wide."""
    if total <= 0:
        return "", "·" * cells
    filled = round(cells * min(done, total) / total)
    if done and not filled:
        filled = 1
    if done < total and filled == cells:
        filled = cells - 1
    return "━" * filled, "━" * (cells - filled)


def percent(part: int, whole: int) -> str:
    if whole <= 0:
        return "–"
    return f"{round(100 * part / whole)}%"


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"


def join_nonempty(parts: Sequence[str | None], sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)
