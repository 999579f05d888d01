"""SpeakerPicker: pick or type the right speaker of a claim.

The list offers the speakers of this article and, as you type, the people and
organisations in the store whose name matches. Enter takes the highlighted
suggestion if you moved to one (↓), else what you typed; an empty field removes
your correction. Returns the name, "" to remove the correction, or None (Escape).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..store import SourceInfo, Store, StoreError
from ._data import speaker_suggestions
from ._text import one_line


class SpeakersFound(Message):
    def __init__(self, typed: str, sources: list[SourceInfo]) -> None:
        super().__init__()
        self.typed = typed
        self.sources = sources


class SpeakerPicker(ModalScreen[str | None]):
    """Type or pick the speaker."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next suggestion", show=False, priority=True),
        Binding("up", "move(-1)", "Previous suggestion", show=False, priority=True),
    ]

    def __init__(
        self, store: Store, engine: str | None, current: str | None, article_speakers: list[str]
    ) -> None:
        super().__init__()
        self.store = store
        self.engine = engine
        self.current = current
        self.article_speakers = article_speakers
        self.found: list[SourceInfo] = []
        self.moved = False

    def compose(self) -> ComposeResult:
        with Vertical(id="speaker-dialog", classes="dialog"):
            yield Static(
                Text(f"The engine said: {one_line(self.engine, 'no speaker')}"),
                classes="dialog-hint",
            )
            yield Input(
                value=self.current or self.engine or "",
                placeholder="the speaker's name (empty: remove my correction)",
                id="speaker-input",
                select_on_focus=True,
                compact=True,
            )
            yield OptionList(id="speaker-options", compact=True)
            yield Static(Text("↓↑ pick · enter: take it · esc: no change"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = "Correct the speaker"
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, typed: str) -> None:
        words = typed.casefold().split()
        names: dict[str, str] = {}
        for name in self.article_speakers:
            if all(w in name.casefold() for w in words):
                names.setdefault(name.casefold(), name)
        extra: dict[str, SourceInfo] = {}
        for source in self.found:
            key = source.name.casefold()
            if key not in names:
                names[key] = source.name
                extra[key] = source
        options = self.query_one(OptionList)
        options.clear_options()
        for key, name in names.items():
            prompt = Text(one_line(name))
            found = extra.get(key)
            if found is None:
                prompt.append("  in this article", "dim")
            else:
                role = f", {one_line(found.role)}" if found.role else ""
                prompt.append(f"  {found.kind}{role}, {found.n_claims} claims", "dim")
            options.add_option(Option(prompt, id=f"n{len(options.options)}"))
        self._names = list(names.values())
        options.highlighted = None
        self.moved = False

    @on(Input.Changed, "#speaker-input")
    def _typed(self, event: Input.Changed) -> None:
        self.found = []
        self._fill(event.value)
        if event.value.strip():
            self._search(event.value)

    @work(thread=True, exclusive=True, group="speaker-search")
    def _search(self, typed: str) -> None:
        try:
            found = speaker_suggestions(self.store, typed)
        except StoreError:
            return  # suggestions are a help, not a need
        self.post_message(SpeakersFound(typed, found))

    def on_speakers_found(self, message: SpeakersFound) -> None:
        if message.typed == self.query_one(Input).value:
            self.found = message.sources
            self._fill(message.typed)

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        if not options.option_count:
            return
        current = options.highlighted
        if current is None:
            options.highlighted = 0 if delta > 0 else options.option_count - 1
        else:
            options.highlighted = max(0, min(options.option_count - 1, current + delta))
        self.moved = True

    @on(Input.Submitted, "#speaker-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one(OptionList)
        if self.moved and options.highlighted is not None:
            self.dismiss(self._names[options.highlighted])
        else:
            self.dismiss(event.value.strip())

    @on(OptionList.OptionSelected, "#speaker-options")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self._names[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)
