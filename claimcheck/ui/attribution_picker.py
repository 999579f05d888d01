"""AttributionPicker: correct the attribution type of a claim with one more key.

q direct quote, r reported speech, u unattributed, 0 back to the engine's tag.
Returns the chosen kind, "" to remove the correction, or None (Escape) for no change.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ._state import ATTRIBUTION_LABELS

CHOICES = (
    ("q", "direct_quote", "direct quote"),
    ("r", "reported_speech", "reported speech"),
    ("u", "unattributed", "unattributed (the article's own voice)"),
    ("0", "", "the engine's tag (remove my correction)"),
)


class AttributionPicker(ModalScreen[str | None]):
    """Pick the right attribution type."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        *(Binding(key, f"pick('{kind}')", label, show=False) for key, kind, label in CHOICES),
    ]

    def __init__(self, engine: str, current: str | None) -> None:
        super().__init__()
        self.engine = engine
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="attribution-dialog", classes="dialog"):
            engine = ATTRIBUTION_LABELS.get(self.engine, self.engine)
            yield Static(Text(f"The engine said: {engine}"), classes="dialog-hint")
            options = []
            for key, kind, label in CHOICES:
                prompt = Text()
                prompt.append(f" {key} ", "bold reverse")
                prompt.append(f" {label}")
                if kind and kind == (self.current or ""):
                    prompt.append("  (yours now)", "italic")
                options.append(Option(prompt, id=kind or "engine"))
            yield OptionList(*options, id="attribution-options", compact=True)
            yield Static(Text("a key, or ↑↓ and enter · esc: no change"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = "Correct the attribution"
        options = self.query_one(OptionList)
        options.highlighted = next(
            (i for i, (_, kind, _) in enumerate(CHOICES) if kind == (self.current or self.engine)),
            0,
        )
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        chosen = event.option.id or ""
        self.dismiss("" if chosen == "engine" else chosen)

    def action_pick(self, kind: str) -> None:
        self.dismiss(kind)

    def action_cancel(self) -> None:
        self.dismiss(None)
