"""ErrorScreen: the store cannot be used (not a claimcheck database, newer schema,
held by another program ...). One clear message, retry or quit; never a traceback."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Static

from .key_bar import KeyBar, item


class ErrorScreen(Screen[bool]):
    """Returns True to try again, False to quit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "Try again"),
        Binding("q,escape", "give_up", "Quit"),
    ]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="error-dialog", classes="dialog"):
            yield Static(Text(self.message), id="error-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Try again (r)", id="error-retry", variant="primary", compact=True)
                yield Button("Quit (q)", id="error-quit", compact=True)
        yield KeyBar([item("try again", ("r", "retry")), item("quit", ("q", "give_up"))])

    def on_mount(self) -> None:
        self.query_one("#error-dialog").border_title = self.title_text

    def action_retry(self) -> None:
        self.dismiss(True)

    def action_give_up(self) -> None:
        self.dismiss(False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "error-retry")
