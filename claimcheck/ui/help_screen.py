"""HelpScreen (`?`): every key of the screen it was opened on, and of the app.

The list is made from the bindings themselves, so it cannot drift from what the keys
do. Bindings that share a description ("Verdict: supported" …) stay in their order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import ClassVar

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

NOTES = {
    "articles": (
        "Click a column title to sort by it; double-click a row to open it.",
        "Reviewed counts the claims you gave a verdict.",
    ),
    "review": (
        "Every change is saved at once, in the background; the status line says when it "
        "is in the database.",
        "1–5 rate the claim's source (its speaker, or the outlet for a claim in the "
        "article's own voice) everywhere, so its other claims show the rating too; c "
        "switches to rating the source for this claim only.",
        "Undo takes back your last changes one by one (a source rating is taken back by "
        "rating the source as it was before).",
        "Click a claim in the list or in the article text to go to it; scroll the text "
        "with the mouse wheel or PgUp/PgDn.",
        "Article text is shown exactly as stored: control characters appear as symbols "
        "such as ␛, and nothing in it is ever run or styled.",
    ),
}


def _key_names(app: App[object], binding: Binding) -> str:
    keys = [k.strip() for k in binding.key.split(",")]
    display = binding.key_display if len(keys) == 1 else None
    shown = [app.get_key_display(Binding(key, binding.action, key_display=display)) for key in keys]
    return " / ".join(dict.fromkeys(shown))


def _bindings(owner: object) -> Iterable[Binding]:
    for item in getattr(owner, "BINDINGS", []):
        if isinstance(item, Binding):
            yield item
        else:
            yield Binding(*item)


class HelpScreen(ModalScreen[None]):
    """The keys, with what they do."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close help"),
    ]

    def __init__(self, screen: Screen[object], kind: str) -> None:
        super().__init__()
        self.for_screen = screen
        self.kind = kind

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            with VerticalScroll(id="help-scroll"):
                yield Static(self._text(), id="help-text")
            yield Static(Text("esc: close · ↑↓ PgUp PgDn: scroll"), classes="dialog-hint")

    def on_mount(self) -> None:
        title = "Keys: the article list" if self.kind == "articles" else "Keys: reviewing"
        self.query_one("#help-dialog").border_title = title
        self.query_one("#help-scroll").focus()

    def _text(self) -> Table:
        key_style = Style(bold=True)
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        lists = list(self.for_screen.query("RowList"))[:1]
        sources: list[object] = [self.for_screen, *lists, self.app]
        for owner in sources:
            for binding in _bindings(owner):
                description = binding.tooltip or binding.description
                if not description or (binding.system and binding.key != "ctrl+p"):
                    continue
                fresh = [k.strip() for k in binding.key.split(",") if k.strip() not in seen]
                if not fresh:
                    continue  # a key the screen binds wins over the list's own
                seen.update(fresh)
                rows.append(
                    (_key_names(self.app, replace(binding, key=",".join(fresh))), description)
                )
        merged: list[tuple[str, str]] = []
        for keys, description in rows:
            if merged and merged[-1][1] == description:
                merged[-1] = (f"{merged[-1][0]} {keys}", description)
            else:
                merged.append((keys, description))
        table = Table.grid(padding=(0, 2))
        table.add_column(justify="right", no_wrap=True, style=key_style)
        table.add_column(ratio=1)
        for keys, description in merged:
            table.add_row(Text(keys), Text(description))
        notes = NOTES.get(self.kind, ())
        if notes:
            table.add_row("", "")
            for note in notes:
                table.add_row("•", Text(note))
        return table

    def action_close(self) -> None:
        self.dismiss(None)
