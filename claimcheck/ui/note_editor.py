"""NoteEditor: a multi-line editor for the reviewer's note on a claim.

Ctrl+S and Escape both keep the note (so a reflexive Escape never loses what was
typed); Ctrl+R or the Discard button throws the changes away. It returns the new
note (an empty string clears it), or None when nothing is to be saved.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from ._text import one_line, shorten


class NoteEditor(ModalScreen[str | None]):
    """Write or change the note on a claim."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "keep", "Save note", priority=True),
        Binding("escape", "keep", "Save and close", priority=True),
        Binding("ctrl+r", "discard", "Discard changes", priority=True),
    ]

    def __init__(self, claim_text: str, note: str | None) -> None:
        super().__init__()
        self.claim_text = claim_text
        self.original = note or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Static(Text(shorten(one_line(self.claim_text), 300)), id="note-claim")
            yield TextArea(
                self.original,
                id="note-text",
                soft_wrap=True,
                show_line_numbers=False,
                tab_behavior="focus",
            )
            yield Static(
                Text("ctrl+s or esc: save · ctrl+r: discard changes", no_wrap=True),
                classes="dialog-hint",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", id="note-save", variant="primary", compact=True)
                yield Button("Discard", id="note-discard", compact=True)

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = "Note"
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_keep(self) -> None:
        text = self.query_one(TextArea).text
        self.dismiss(None if text.strip() == self.original.strip() else text.strip())

    def action_discard(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "note-save":
            self.action_keep()
        else:
            self.action_discard()
