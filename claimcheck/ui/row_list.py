"""RowList: a virtual list with a cursor, drawn one line at a time (Textual's Line API).

Only the rows on screen are drawn, so a list of 100,000 rows costs no more than one
of ten: `set_row_count` is O(1) and each visible row is made by `render_row` when it
is painted. Subclasses (the article table, the claim list) say how a row looks.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ._styles import component_style, forget_styles


class RowList(ScrollView, can_focus=True):
    """A scrolling list of one-line rows with a highlighted cursor row."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--cursor", "row-list--cursor-blurred"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "", show=False, tooltip="Next row"),
        Binding("up", "cursor_up", "", show=False, tooltip="Previous row"),
        Binding("home", "first", "", show=False, tooltip="First row"),
        Binding("end", "last", "", show=False, tooltip="Last row"),
        Binding("pagedown", "page_down_rows", "", show=False, tooltip="A page down"),
        Binding("pageup", "page_up_rows", "", show=False, tooltip="A page up"),
    ]

    cursor: reactive[int] = reactive(-1, always_update=False, repaint=False)

    class Highlighted(Message):
        """The cursor moved to `index` (by key or mouse)."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            return self.row_list

    class Selected(Message):
        """A row was chosen: Enter, or a double click."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.row_count = 0

    # --- what subclasses provide ---------------------------------------------------------

    def render_row(self, index: int, width: int) -> Text:
        """The row `index` as one line of text (cropped to `width` by the caller)."""
        raise NotImplementedError

    # --- rows and cursor -----------------------------------------------------------------

    def set_row_count(self, count: int, cursor: int | None = None) -> None:
        """Show `count` rows; put the cursor on `cursor` (else keep it, within range)."""
        self.row_count = count
        self.virtual_size = Size(self.size.width, count)
        wanted = self.cursor if cursor is None else cursor
        self.set_reactive(RowList.cursor, min(max(wanted, 0), count - 1) if count else -1)
        self._scroll_cursor_into_view()
        self.refresh()

    def move_to(self, index: int, *, announce: bool = False) -> None:
        """Put the cursor on `index` (the screen's own choice: no Highlighted message
        unless `announce`)."""
        if not self.row_count:
            return
        index = min(max(index, 0), self.row_count - 1)
        old = self.cursor
        if announce:
            self.cursor = index
        else:
            self.set_reactive(RowList.cursor, index)
        self._refresh_row(old)
        self._refresh_row(index)
        self._scroll_cursor_into_view()

    def refresh_row(self, index: int) -> None:
        self._refresh_row(index)

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        self._scroll_cursor_into_view()
        if new >= 0:
            self.post_message(self.Highlighted(self, new))

    def _refresh_row(self, index: int) -> None:
        if index < 0:
            return
        y = index - self.scroll_offset.y
        if 0 <= y < self.size.height:
            self.refresh_line(y)

    def _scroll_cursor_into_view(self) -> None:
        if self.cursor < 0 or not self.size.height:
            return
        top = self.scroll_offset.y
        height = self.scrollable_content_region.height or self.size.height
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, self.row_count)
        self._scroll_cursor_into_view()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        forget_styles(self)
        self.refresh()

    def on_focus(self) -> None:
        self._refresh_row(self.cursor)

    def on_blur(self) -> None:
        self._refresh_row(self.cursor)

    # --- drawing -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        index = self.scroll_offset.y + y
        if not 0 <= index < self.row_count:
            return Strip.blank(width, base)
        text = self.render_row(index, width)
        text.no_wrap = True
        text.truncate(width, overflow="ellipsis", pad=True)
        if index == self.cursor:
            text.stylize_before(self._cursor_style())
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.adjust_cell_length(width, base).apply_style(base)

    def _cursor_style(self) -> Style:
        name = "row-list--cursor" if self.has_focus else "row-list--cursor-blurred"
        return component_style(self, name)

    # --- keys and mouse ------------------------------------------------------------------

    def _step(self, delta: int) -> None:
        if self.row_count:
            self.cursor = min(max(self.cursor + delta, 0), self.row_count - 1)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_first(self) -> None:
        self._step(-self.row_count)

    def action_last(self) -> None:
        self._step(self.row_count)

    def action_page_down_rows(self) -> None:
        self._step(max(1, self.size.height - 1))

    def action_page_up_rows(self) -> None:
        self._step(-max(1, self.size.height - 1))

    def action_select_row(self) -> None:
        if self.cursor >= 0:
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.scroll_offset.y + offset.y
        if 0 <= index < self.row_count:
            self.focus()
            self.cursor = index
            if event.chain >= 2:
                self.post_message(self.Selected(self, index))
