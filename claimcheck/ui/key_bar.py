"""KeyBar: the footer line with the main keys of a screen; click a key to use it.

Textual's Footer builds a widget per key and rebuilds them whenever focus moves,
which costs a noticeable fraction of a second on a screen with forty bindings. This
bar is one line of text, drawn once; a click runs the action of the key under the
mouse. Every key is listed by the help screen (`?`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.widget import Widget

from ._styles import component_style, forget_styles


@dataclass(frozen=True, slots=True)
class KeyItem:
    """Keys shown together, what they do, and the action of each key."""

    description: str
    keys: tuple[tuple[str, str], ...]  # (what is shown, action)
    drop: int = 0  # on a narrow terminal, items with the highest `drop` go first

    @property
    def width(self) -> int:
        return sum(len(shown) for shown, _ in self.keys) + 1 + len(self.description)


def item(description: str, *keys: tuple[str, str], drop: int = 0) -> KeyItem:
    return KeyItem(description, keys, drop)


class KeyBar(Widget):
    """One line of keys and what they do."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}

    DEFAULT_CSS = """
    KeyBar { height: 1; }
    """

    def __init__(self, items: list[KeyItem], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items = items
        self._hits: list[tuple[int, int, str]] = []  # (from x, to x, action)

    def render(self) -> Text:
        key_style = component_style(self, "key-bar--key")
        description_style = component_style(self, "key-bar--description")
        line = Text(no_wrap=True, overflow="crop")
        self._hits = []
        for entry in self._fitting(self.size.width or 80):
            line.append(" ")
            for shown, action in entry.keys:
                start = line.cell_len
                line.append(shown, key_style)
                self._hits.append((start, line.cell_len, action))
            line.append(" ")
            start = line.cell_len
            line.append(entry.description, description_style)
            if len(entry.keys) == 1:
                self._hits.append((start, line.cell_len, entry.keys[0][1]))
            line.append(" ")
        return line

    def _fitting(self, width: int) -> list[KeyItem]:
        shown = list(self.items)
        while shown and sum(i.width + 2 for i in shown) > width:
            shown.remove(max(shown, key=lambda i: i.drop))
        return shown

    def notify_style_update(self) -> None:
        super().notify_style_update()
        forget_styles(self)

    async def on_click(self, event: events.Click) -> None:
        for start, end, action in self._hits:
            if start <= event.x < end:
                event.stop()
                await self.screen.run_action(action)
                return
