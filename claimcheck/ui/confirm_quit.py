"""ConfirmQuit: asked only when changes are still waiting to be saved at quit time."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmQuit(ModalScreen[bool]):
    """Quit although some changes are not saved? True: quit anyway."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,w", "wait", "Keep waiting"),
        Binding("Q", "quit_anyway", "Quit anyway"),
    ]

    def __init__(self, waiting: int, problem: str) -> None:
        super().__init__()
        self.waiting = waiting
        self.problem = problem

    def compose(self) -> ComposeResult:
        with Vertical(id="quit-dialog", classes="dialog"):
            changes = "change is" if self.waiting == 1 else "changes are"
            text = Text(f"{self.waiting} {changes} not saved yet.\n", style="bold")
            if self.problem:
                text.append(self.problem + "\n", style="")
            text.append(
                "The app keeps trying while it runs. If you quit now, they are lost.",
                style="",
            )
            yield Static(text, id="quit-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Keep waiting (w)", id="quit-wait", variant="primary", compact=True)
                yield Button("Quit anyway (Q)", id="quit-anyway", variant="error", compact=True)

    def on_mount(self) -> None:
        self.query_one("#quit-dialog").border_title = "Unsaved changes"
        self.query_one("#quit-wait").focus()

    def action_wait(self) -> None:
        self.dismiss(False)

    def action_quit_anyway(self) -> None:
        self.dismiss(True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "quit-anyway")
