"""The article list: a header line you can click to sort, and a virtual table of rows.

Every value (title, outlet ...) comes from the store and is drawn as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from ._state import ArticleRow, SortKey
from ._styles import component_style
from ._text import one_line, percent, progress_bar
from .row_list import RowList

Align = Literal["left", "right"]


@dataclass(frozen=True, slots=True)
class Column:
    key: SortKey
    label: str
    width: int
    align: Align = "left"


BAR = 5


def columns_for(width: int, *, with_date: bool = True, counts: int = 7) -> list[Column]:
    """The columns that fit `width` cells (each followed by a space); the title takes
    what is left. Without dates (plain-text articles often have none) there is no date
    column. `counts` is the width of the widest "reviewed/claims" count."""
    reviewed = max(8, BAR + 1 + counts)  # bar, space, "12/34" (`counts` wide)
    outlet = max(8, min(20, width // 7))
    fixed: list[Column] = [
        Column("outlet", "Outlet", outlet),
        Column("date", "Date", 10),
        Column("language", "Lg", 2),
        Column("claims", "Claims", 6, "right"),
        Column("reviewed", "Reviewed", reviewed),
        Column("unattr", "Unattr", 6, "right"),
    ]
    if not with_date:
        fixed = [c for c in fixed if c.key != "date"]
    # drop the least needed columns on narrow terminals
    for drop in ("date", "outlet", "language"):
        used = sum(c.width + 1 for c in fixed)
        if width - used >= 16:
            break
        fixed = [c for c in fixed if c.key != drop]
    title = max(8, width - sum(c.width + 1 for c in fixed) - 1)
    return [Column("title", "Title", title), *fixed]


def _cell(text: Text, column: Column) -> Text:
    text.no_wrap = True
    text.truncate(column.width, overflow="ellipsis")
    pad = column.width - text.cell_len
    if pad > 0:
        if column.align == "right":
            text = Text(" " * pad) + text
        else:
            text.append(" " * pad)
    return text


class ArticleHeader(Widget):
    """The column titles; a click on one sorts by it (again: the other way)."""

    DEFAULT_CSS = """
    ArticleHeader { height: 1; }
    """

    class SortClicked(Message):
        def __init__(self, key: SortKey) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sort: SortKey = "added"
        self.descending = False
        self.content_width = 80
        self.with_date = True
        self.counts = 7

    def set_sort(self, key: SortKey, descending: bool) -> None:
        self.sort, self.descending = key, descending
        self.refresh()

    def set_layout(self, width: int, with_date: bool, counts: int) -> None:
        if (width, with_date, counts) != (self.content_width, self.with_date, self.counts):
            self.content_width, self.with_date, self.counts = width, with_date, counts
            self.refresh()

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="crop")
        for column in columns_for(self.content_width, with_date=self.with_date, counts=self.counts):
            label = column.label
            if column.key == self.sort:
                label += "▼" if self.descending else "▲"
            line.append_text(_cell(Text(label, style=Style(bold=True)), column))
            line.append(" ")
        return line

    def on_click(self, event: events.Click) -> None:
        x = 0
        for column in columns_for(self.content_width, with_date=self.with_date, counts=self.counts):
            if x <= event.x < x + column.width + 1:
                self.post_message(self.SortClicked(column.key))
                return
            x += column.width + 1


class ArticleTable(RowList):
    """The stored articles, one per line: title, outlet, date, language, claims, your
    progress (a bar and a count) and the share of unattributed claims."""

    COMPONENT_CLASSES: ClassVar[set[str]] = RowList.COMPONENT_CLASSES | {
        "article-table--done",
        "article-table--todo",
        "article-table--finished",
        "article-table--dim",
        "article-table--warn",
    }

    class WidthChanged(Message):
        """The table's width changed (the header lines up with it)."""

        def __init__(self, width: int) -> None:
            super().__init__()
            self.width = width

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[ArticleRow] = []
        self.with_date = True
        self.counts = 7

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.WidthChanged(self.size.width))

    def show(self, rows: list[ArticleRow], keep: str | None = None) -> None:
        """Show `rows`; keep the cursor on article `keep` if it is among them."""
        self.rows = rows
        self.with_date = any(r.published for r in rows)
        self.counts = max((len(f"{r.n_reviewed}/{r.n_claims}") for r in rows), default=3)
        cursor = None
        if keep is not None:
            cursor = next((i for i, r in enumerate(rows) if r.article_id == keep), None)
        self.set_row_count(len(rows), cursor)

    @property
    def current(self) -> ArticleRow | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def render_row(self, index: int, width: int) -> Text:
        row = self.rows[index]
        line = Text(no_wrap=True)
        for column in columns_for(width, with_date=self.with_date, counts=self.counts):
            line.append_text(_cell(self._value(row, column.key), column))
            line.append(" ")
        return line

    def _style(self, name: str) -> Style:
        return component_style(self, f"article-table--{name}")

    def _value(self, row: ArticleRow, key: SortKey) -> Text:
        get = self._style
        if key == "title":
            text = Text(one_line(row.display_title))
            if row.finished and row.n_claims:
                text.stylize(get("finished"))
            return text
        if key == "outlet":
            return Text(one_line(row.outlet, "–"))
        if key == "date":
            return Text(one_line(row.date, "–"))
        if key == "language":
            return Text(one_line(row.language))
        if key == "claims":
            return Text(str(row.n_claims))
        if key == "reviewed":
            done, todo = progress_bar(row.n_reviewed, row.n_claims, BAR)
            text = Text()
            text.append(done, get("done"))
            text.append(todo, get("todo"))
            text.append(f" {row.n_reviewed}/{row.n_claims}")
            return text
        if key == "unattr":
            share = percent(row.n_unattributed, row.n_claims)
            text = Text(share)
            if row.n_claims and row.unattributed_share >= 0.5:
                text.stylize(get("warn"))
            return text
        return Text("")
