"""StatusLine: what the screen is showing (left) and whether everything is saved (right).

The save state belongs to the app (one writer for all screens); every status line
follows it. The line is one widget of fixed height drawn from two pieces of text, so
that a change of either repaints one line and never lays out the screen again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.text import Text
from textual.widget import Widget

from ._styles import component_style, forget_styles

SaveKind = Literal["idle", "saving", "saved", "journal", "problem"]


@dataclass(frozen=True, slots=True)
class SaveState:
    kind: SaveKind = "idle"
    waiting: int = 0
    message: str = ""

    def text(self) -> str:
        if self.kind == "saving":
            return f"● saving {self.waiting}…" if self.waiting > 1 else "● saving…"
        if self.kind == "saved":
            return "✓ saved"
        if self.kind == "journal":
            return "✓ saved to journal (database busy)"
        if self.kind == "problem":
            return f"✗ NOT SAVED, {self.waiting} waiting, retrying: {self.message}"
        return "✓ all saved"


class StatusLine(Widget):
    """One line: screen information on the left, the save state on the right."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "status-line--info",
        "status-line--saved",
        "status-line--saving",
        "status-line--journal",
        "status-line--problem",
    }

    DEFAULT_CSS = """
    StatusLine { height: 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.info = Text()
        self.state = SaveState()

    def on_mount(self) -> None:
        self.watch(self.app, "save_state", self._show_save, init=True)

    def set_info(self, text: str | Text) -> None:
        self.info = text if isinstance(text, Text) else Text(text)
        self.refresh()

    def _show_save(self, state: SaveState) -> None:
        self.state = state
        if self.screen.is_current:  # a screen underneath repaints when it is shown again
            self.refresh()

    def on_show(self) -> None:
        self.state = getattr(self.app, "save_state", self.state)
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        forget_styles(self)

    def render(self) -> Text:
        width = self.size.width or 80
        kind = "saved" if self.state.kind == "idle" else self.state.kind
        save = Text(self.state.text(), style=component_style(self, f"status-line--{kind}"))
        save.truncate(max(1, width - 2), overflow="ellipsis")
        info = self.info.copy()
        info.stylize_before(component_style(self, "status-line--info"))
        room = width - save.cell_len - 3
        if room < 12:
            info = Text()  # a problem saving matters more than where we are
        else:
            info.truncate(room, overflow="ellipsis")
        line = Text(" ", no_wrap=True, overflow="crop")
        line.append_text(info)
        line.append(" " * max(1, width - 2 - info.cell_len - save.cell_len))
        line.append_text(save)
        line.append(" ")
        return line
