"""ArticleView: the article text, wrapped, with the current claim highlighted and its
speaker, cue (every part of it) or narrated act and quoted words marked, scrolled so
that the claim is in view.

The text is data: it is made `visible` (control characters shown, never obeyed) and
drawn from `rich.text.Text` built from the plain string, never parsed as markup. It
is drawn line by line (Line API) from a layout that depends only on the width, so
moving to another claim only restyles the few lines on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ._styles import component_style, forget_styles
from ._text import Layout, layout, marked_positions, visible


@dataclass(frozen=True, slots=True)
class Marks:
    """The spans to mark for the current claim (offsets into the article text)."""

    claim: tuple[int, int] | None = None
    content: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    # every part of the cue ("Wie", "mitteilte"), and of the verb of a narrated speech
    # act, which has no cue ("forderte"; "warf", "vor")
    cues: tuple[tuple[int, int], ...] = ()
    acts: tuple[tuple[int, int], ...] = ()


class ArticleView(ScrollView, can_focus=False):
    """The article text with the current claim marked."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--claim",
        "article-view--other-claim",
        "article-view--content",
        "article-view--speaker",
        "article-view--cue",
        "article-view--act",
        "article-view--control",
    }

    class ClaimClicked(Message):
        """The reviewer clicked on the text of a claim."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = ""
        self._plain = ""
        self._controls: list[int] = []
        self._claims: list[tuple[int, int]] = []
        self._marks = Marks()
        self._layout: Layout | None = None
        self._styled: Text | None = None
        self._pieces: list[Text] | None = None  # the styled text of each display line

    # --- content -------------------------------------------------------------------------

    def set_article(self, text: str, claims: list[tuple[int, int]]) -> None:
        """Show `text`; `claims` are the (start, end) spans of its claims."""
        self.text = text
        self._plain = visible(text)
        self._controls = marked_positions(text)
        self._claims = claims
        self._marks = Marks()
        self._layout = None
        self._styled = self._pieces = None
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._relayout()

    def mark(self, marks: Marks, *, scroll: bool = True) -> None:
        """Mark the current claim; scroll it into view unless it is already in view."""
        self._marks = marks
        self._styled = self._pieces = None
        if scroll and marks.claim is not None:
            self.scroll_to_span(*marks.claim)
        self.refresh()

    def scroll_to_span(self, start: int, end: int) -> None:
        lines = self._current_layout()
        if lines is None or not self.size.height:
            return
        first = lines.line_of(start)
        last = lines.line_of(max(start, end - 1))
        top = self.scroll_offset.y
        height = self.scrollable_content_region.height or self.size.height
        if first >= top and last < top + height:
            return  # already in view
        if last - first + 1 >= height:
            target = first
        else:
            target = max(0, first - max(1, (height - (last - first + 1)) // 3))
        self.scroll_to(y=target, animate=False, immediate=True)

    # --- layout and drawing --------------------------------------------------------------

    def _current_layout(self) -> Layout | None:
        width = self.scrollable_content_region.width or self.size.width
        if width <= 0:
            return None
        if self._layout is None or self._layout.width != width:
            self._layout = layout(self._plain, width)
            self._pieces = None
            self.virtual_size = Size(width, len(self._layout.lines))
        return self._layout

    def _relayout(self) -> None:
        self._layout = None
        self._current_layout()
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        if self._marks.claim is not None:
            self.scroll_to_span(*self._marks.claim)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        forget_styles(self)
        self._styled = self._pieces = None  # the theme changed: restyle with its colours

    def _style(self, name: str) -> Style:
        return component_style(self, f"article-view--{name}")

    def _styled_text(self) -> Text:
        if self._styled is None:
            text = Text(self._plain, no_wrap=True, end="")
            for start, end in self._claims:
                text.stylize(self._style("other-claim"), start, end)
            marks = self._marks
            if marks.claim:
                text.stylize(self._style("claim"), *marks.claim)
            if marks.content:
                text.stylize(self._style("content"), *marks.content)
            for start, end in marks.cues:
                text.stylize(self._style("cue"), start, end)
            for start, end in marks.acts:
                text.stylize(self._style("act"), start, end)
            if marks.speaker:
                text.stylize(self._style("speaker"), *marks.speaker)
            control = self._style("control")
            for position in self._controls:
                text.stylize(control, position, position + 1)
            self._styled = text
        return self._styled

    def _line_pieces(self, lines: Layout) -> list[Text]:
        """The styled text cut into display lines, in one pass."""
        if self._pieces is None:
            styled = self._styled_text()
            cuts = sorted({offset for span in lines.lines for offset in span})
            parts = styled.divide(cuts)
            at = {0: 0}
            for number, offset in enumerate(cuts, start=1):
                at[offset] = number
            self._pieces = [
                parts[at[start]] if end > start else Text("") for start, end in lines.lines
            ]
        return self._pieces

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        lines = self._current_layout()
        index = self.scroll_offset.y + y
        if lines is None or not 0 <= index < len(lines.lines):
            return Strip.blank(width, base)
        piece = self._line_pieces(lines)[index].copy()
        piece.rstrip_end(width)
        piece.truncate(width, overflow="crop")
        strip = Strip(piece.render(self.app.console), piece.cell_len)
        return strip.adjust_cell_length(width, base).apply_style(base)

    # --- mouse ---------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        lines = self._current_layout()
        if offset is None or lines is None:
            return
        position = lines.offset_at(self._plain, self.scroll_offset.y + offset.y, offset.x)
        if position is not None:
            self.post_message(self.ClaimClicked(position))
