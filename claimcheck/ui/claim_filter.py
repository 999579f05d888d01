"""ClaimFilterScreen: choose which claims of the article the list shows.

Unattributed only, unreviewed only, one kind, one speaker, and words to search for.
Returns the new filter, or None (Escape) for no change.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select

from ._state import ClaimFilter
from ._text import one_line


class ClaimFilterScreen(ModalScreen[ClaimFilter | None]):
    """The claim filters as a form (mouse and keyboard)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "apply", "Apply", priority=True),
    ]

    def __init__(self, current: ClaimFilter, kinds: list[str], speakers: list[str]) -> None:
        super().__init__()
        self.current = current
        self.kinds = kinds
        self.speakers = speakers

    def compose(self) -> ComposeResult:
        f = self.current
        with Vertical(id="filter-dialog", classes="dialog"):
            yield Checkbox(
                "Unattributed only", f.unattributed_only, id="filter-unattributed", compact=True
            )
            yield Checkbox(
                "Unreviewed only", f.unreviewed_only, id="filter-unreviewed", compact=True
            )
            with Horizontal(classes="filter-row"):
                yield Label("Kind", classes="filter-label")
                yield Select(
                    [(Text(k), k) for k in self.kinds],
                    value=f.kind if f.kind in self.kinds else Select.NULL,
                    prompt="any kind",
                    id="filter-kind",
                    compact=True,
                )
            with Horizontal(classes="filter-row"):
                yield Label("Speaker", classes="filter-label")
                yield Select(
                    [(Text(one_line(s)), s) for s in self.speakers],
                    value=f.speaker if f.speaker in self.speakers else Select.NULL,
                    prompt="any speaker",
                    id="filter-speaker",
                    compact=True,
                )
            with Horizontal(classes="filter-row"):
                yield Label("Search", classes="filter-label")
                yield Input(
                    f.search,
                    placeholder="words in the claim or note",
                    id="filter-search",
                    compact=True,
                )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Apply", id="filter-apply", variant="primary", compact=True)
                yield Button("Clear all", id="filter-clear", compact=True)
                yield Button("Cancel", id="filter-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#filter-dialog").border_title = "Filter the claims"
        self.query_one("#filter-unattributed").focus()

    def _read(self) -> ClaimFilter:
        kind = self.query_one("#filter-kind", Select).value
        speaker = self.query_one("#filter-speaker", Select).value
        return ClaimFilter(
            unattributed_only=self.query_one("#filter-unattributed", Checkbox).value,
            unreviewed_only=self.query_one("#filter-unreviewed", Checkbox).value,
            kind=kind if isinstance(kind, str) else None,
            speaker=speaker if isinstance(speaker, str) else None,
            search=self.query_one("#filter-search", Input).value.strip(),
        )

    def action_apply(self) -> None:
        self.dismiss(self._read())

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_apply()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "filter-apply":
            self.action_apply()
        elif event.button.id == "filter-clear":
            self.dismiss(ClaimFilter())
        else:
            self.action_cancel()
