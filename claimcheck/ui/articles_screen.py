"""ArticlesScreen: the stored articles, to sort, filter and open.

The rows are read in a worker thread; filtering and sorting happen in memory (10,000
rows take a few milliseconds) and the table draws only the rows on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Input, Label, Static

from ..store import StoreError
from ._data import article_rows
from ._state import SORT_KEYS, SORT_LABELS, ArticleQuery, ArticleRow, SortKey
from ._text import one_line
from .article_table import ArticleHeader, ArticleTable
from .key_bar import KeyBar, item
from .messages import ArticlesLoaded, LoadFailed
from .row_list import RowList
from .status_line import StatusLine

if TYPE_CHECKING:
    from .app import ReviewApp


KEYS = [
    item("open", ("⏎", "open")),
    item("filter", ("/", "filter")),
    item("sort", ("s", "sort")),
    item("unfinished only", ("u", "unfinished")),
    item("help", ("?", "help")),
    item("quit", ("q", "quit")),
]


class ArticlesScreen(Screen[None]):
    """The article list."""

    # back from a dialog the list takes the focus again; with no articles (the list is
    # hidden) nothing does, rather than the filter, where "q" would be typed
    AUTO_FOCUS = "ArticleTable"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "open", tooltip="Review the article"),
        # priority: handled as the key arrives, so that what is typed right after it
        # goes into the filter
        Binding(
            "slash",
            "filter",
            "filter",
            priority=True,
            tooltip="Filter by words in title, outlet, file …",
        ),
        Binding("s", "sort", "sort", tooltip="Sort by the next column"),
        Binding("S", "reverse", "", show=False, tooltip="Reverse the sort order"),
        Binding("u", "unfinished", "unfinished", tooltip="Only articles not fully reviewed"),
        Binding("r,f5", "reload", "", show=False, tooltip="Read the articles again"),
        Binding("escape", "clear_filter", "", show=False, tooltip="Clear the filter"),
        Binding("question_mark,f1", "help", "help", tooltip="Show every key"),
        Binding("q", "quit", "quit", tooltip="Quit (waits until everything is saved)"),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "filter" and isinstance(self.focused, Input):
            return False  # a "/" typed into the filter is text
        return True

    def __init__(self) -> None:
        super().__init__()
        self.all_rows: list[ArticleRow] = []
        self.query_state = ArticleQuery()
        self.loaded = False
        self.checked = False

    @property
    def review_app(self) -> ReviewApp:
        return cast("ReviewApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="articles-title", classes="title-bar")
        with Horizontal(id="articles-filter"):
            yield Label("Filter", id="articles-filter-label")
            yield Input(placeholder="words in title, outlet, file, language, date", id="filter")
        yield ArticleHeader(id="articles-header")
        yield ArticleTable(id="articles")
        yield Static(id="articles-empty")
        yield StatusLine(id="articles-status")
        yield KeyBar(KEYS, id="articles-keys")

    def on_mount(self) -> None:
        app = self.review_app
        title = Text(" claimcheck review ", style="bold")
        title.append(f" {one_line(str(app.store_path))} · reviewer {one_line(app.reviewer)}")
        self.query_one("#articles-title", Static).update(title)
        self.query_one("#articles-empty", Static).display = False
        self.query_one(ArticleTable).focus()
        self._set_info(Text("loading the articles…"))
        self.load()

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.load()  # progress changed while reviewing

    # --- loading -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="articles")
    def load(self) -> None:
        store = self.review_app.store
        try:
            if not self.checked:
                store.check(create=True)  # creates or upgrades the file if need be
                self.checked = True
        except StoreError as exc:
            self.post_message(LoadFailed("store", str(exc)))
            return
        try:
            rows = article_rows(store)
        except StoreError as exc:
            self.post_message(LoadFailed("articles", str(exc)))
            return
        self.post_message(ArticlesLoaded(rows))

    def on_articles_loaded(self, message: ArticlesLoaded) -> None:
        first = not self.loaded
        self.all_rows = message.rows
        self.loaded = True
        self._apply()
        if first:
            self.call_after_refresh(self.review_app.first_screen_drawn)

    def on_load_failed(self, message: LoadFailed) -> None:
        if message.what == "store":
            self._set_info(Text("cannot open the database"))
            self.review_app.store_failed(message.message, self.load)
            return
        self._set_info(Text(f"could not read the articles: {message.message}"))
        self.notify(
            message.message, title="Could not read the store", severity="error", markup=False
        )

    # --- filter and sort -----------------------------------------------------------------

    def _apply(self) -> None:
        table = self.query_one(ArticleTable)
        current = table.current
        keep = current.article_id if current else None
        if self.review_app.last_article:  # back from reviewing: stay on that article
            keep, self.review_app.last_article = self.review_app.last_article, None
        rows = self.query_state.apply(self.all_rows)
        table.show(rows, keep=keep)
        self.review_app.article_order = [r.article_id for r in rows]
        header = self.query_one(ArticleHeader)
        header.set_sort(self.query_state.sort, self.query_state.descending)
        header.set_layout(table.size.width or header.content_width, table.with_date, table.counts)
        empty = self.query_one("#articles-empty", Static)
        if not self.all_rows:
            empty.update(
                Text(
                    "No articles in this database yet.\n\n"
                    "Add some with `claimcheck add FILE-OR-FOLDER …`, or start the review "
                    "with them: `claimcheck review FILE-OR-FOLDER …`."
                )
            )
        elif not rows:
            empty.update(Text("No article matches the filter. Esc clears it."))
        empty.display = not rows
        table.display = bool(rows)
        self._set_info(self._summary(len(rows)))

    def _summary(self, shown: int) -> Text:
        total = len(self.all_rows)
        q = self.query_state
        what = f"{shown:,} of {total:,} articles" if shown != total else f"{total:,} articles"
        parts = [what, f"sorted by {SORT_LABELS[q.sort]}{' ↓' if q.descending else ''}"]
        if q.unfinished_only:
            parts.append("unfinished only")
        return Text(" · ".join(parts))

    def _set_info(self, text: Text) -> None:
        self.query_one(StatusLine).set_info(text)

    @on(ArticleTable.WidthChanged)
    def _table_width(self, event: ArticleTable.WidthChanged) -> None:
        table = self.query_one(ArticleTable)
        self.query_one(ArticleHeader).set_layout(event.width, table.with_date, table.counts)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.query_state = ArticleQuery(
            event.value,
            self.query_state.unfinished_only,
            self.query_state.sort,
            self.query_state.descending,
        )
        self._apply()

    @on(Input.Submitted, "#filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        self.query_one(ArticleTable).focus()

    @on(ArticleHeader.SortClicked)
    def _sort_clicked(self, event: ArticleHeader.SortClicked) -> None:
        q = self.query_state
        descending = (
            not q.descending
            if event.key == q.sort
            else event.key
            in (
                "claims",
                "unattr",
                "date",
            )
        )
        self._set_sort(event.key, descending)

    def _set_sort(self, key: SortKey, descending: bool) -> None:
        q = self.query_state
        self.query_state = ArticleQuery(q.text, q.unfinished_only, key, descending)
        self._apply()

    @on(RowList.Selected, "#articles")
    def _row_selected(self, event: RowList.Selected) -> None:
        self.action_open()

    # --- actions -------------------------------------------------------------------------

    def action_open(self) -> None:
        row = self.query_one(ArticleTable).current
        if row is not None:
            self.review_app.open_article(row.article_id)

    def action_filter(self) -> None:
        # at once, not on the loop's next turn: keys already typed after "/" go into it
        self.set_focus(self.query_one("#filter", Input))

    def action_clear_filter(self) -> None:
        field = self.query_one("#filter", Input)
        if field.value:
            field.value = ""
        self.query_one(ArticleTable).focus()

    def action_sort(self) -> None:
        q = self.query_state
        key = SORT_KEYS[(SORT_KEYS.index(q.sort) + 1) % len(SORT_KEYS)]
        self._set_sort(key, key in ("claims", "unattr", "date"))

    def action_reverse(self) -> None:
        self._set_sort(self.query_state.sort, not self.query_state.descending)

    def action_unfinished(self) -> None:
        q = self.query_state
        self.query_state = ArticleQuery(q.text, not q.unfinished_only, q.sort, q.descending)
        self._apply()

    def action_reload(self) -> None:
        self.load()

    def action_help(self) -> None:
        self.review_app.show_help(self, "articles")

    async def action_quit(self) -> None:
        await self.review_app.action_quit()
