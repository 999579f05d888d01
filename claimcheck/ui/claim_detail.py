"""ClaimDetail: the tags of the current claim, the reviewer's judgement of it, and the
explanation of why the engine tagged it so."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from ._state import ATTRIBUTION_LABELS, ATTRIBUTION_LETTERS, ClaimState
from ._styles import component_style, forget_styles
from ._text import one_line
from .claim_list import VERDICT_CLASSES, VERDICT_MARKS


def stars(value: int | None) -> str:
    if value is None:
        return "☆☆☆☆☆"
    return "★" * value + "☆" * (5 - value)


class ClaimDetail(Static):
    """What is known and decided about the current claim."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claim-detail--label",
        "claim-detail--value",
        "claim-detail--dim",
        "claim-detail--direct_quote",
        "claim-detail--reported_speech",
        "claim-detail--unattributed",
        "claim-detail--flag",
        "claim-detail--saving",
        "claim-detail--saved",
        *(f"claim-detail--{name}" for name in VERDICT_CLASSES.values()),
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.claim: ClaimState | None = None
        self._lines = 0

    def _style(self, name: str) -> Style:
        return component_style(self, f"claim-detail--{name}")

    def reset(self) -> None:
        """Another article: the panel may shrink again."""
        self._lines = 0

    def show(self, claim: ClaimState | None) -> None:
        self.claim = claim
        text = self.describe(claim)
        width = self.size.width
        if not width:
            self.update(text)
            return
        lines = len(text.wrap(self.app.console, width))
        # The panel keeps the height of the tallest claim shown so far, so that moving
        # between claims repaints it without a new layout of the screen.
        grow = lines > self._lines
        self._lines = max(self._lines, lines)
        if lines < self._lines:
            text.append("\n" * (self._lines - lines))
        self.update(text, layout=grow)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        forget_styles(self)
        if self.is_mounted and self.claim is not None:
            self.update(self.describe(self.claim))

    def describe(self, claim: ClaimState | None) -> Text:
        if claim is None:
            return Text("No claim to show.", style=self._style("dim"))
        s = claim.sentence
        label, dim = self._style("label"), self._style("dim")
        out = Text()
        kind = claim.attribution
        out.append(f" {ATTRIBUTION_LETTERS.get(kind, '?')} ", self._style(kind))
        out.append(" " + ATTRIBUTION_LABELS.get(kind, kind))
        if claim.corrected_attribution and claim.corrected_attribution != s.attribution:
            out.append(f" (yours; engine: {ATTRIBUTION_LABELS[s.attribution]})", dim)
        out.append("\n")
        out.append("speaker ", label)
        if claim.corrected_speaker:
            out.append(one_line(claim.corrected_speaker))
            out.append(f" (yours; engine: {one_line(s.speaker, 'none')})", dim)
        elif s.speaker:
            out.append(one_line(s.speaker))
            if s.speaker_text and s.speaker_text != s.speaker:
                out.append(f" (“{one_line(s.speaker_text)}”)", dim)
        else:
            out.append("none", dim)
        if s.speaker_role:
            out.append(", " + one_line(s.speaker_role))
        if s.cue_label:
            out.append("  cue ", label)
            out.append(f"“{one_line(s.cue_label)}”")
        elif s.act_label:
            # a narrated speech act frames no words of the speaker: its verb is the act
            # itself, not a cue that introduces a quotation or reported speech
            out.append("  act ", label)
            out.append(f"“{one_line(s.act_label)}”")
        out.append("\n")
        out.append("score ", label)
        out.append(f"{s.claim_score:.2f}")
        out.append("  kind ", label)
        out.append(one_line(s.claim_kind, "–"))
        if s.hedged:
            out.append("  ~hedged", self._style("flag"))
        if s.vague_source:
            out.append("  ?vague source", self._style("flag"))
        out.append("\n")
        out.append("verdict ", label)
        if claim.verdict:
            cls = VERDICT_CLASSES.get(claim.verdict, "dim")
            out.append(f"{VERDICT_MARKS.get(claim.verdict, '•')} {claim.verdict}", self._style(cls))
        else:
            out.append("not reviewed", dim)
        if claim.claim_credibility is not None:
            out.append("  this claim's source ", label)
            out.append(f"{stars(claim.claim_credibility)} {claim.claim_credibility}/5")
        out.append("  ")
        if claim.saving:
            out.append("● saving…", self._style("saving"))
        elif claim.annotation is not None:
            if claim.annotation.pending:
                out.append("✓ saved (journal)", self._style("saved"))
            else:
                out.append("✓ saved", self._style("saved"))
        out.append("\n")
        out.append("note ", label)
        if claim.note:
            out.append(one_line(claim.note))
        else:
            out.append("none (e to write one)", dim)
        out.append("\n")
        out.append("why ", label)
        out.append(one_line(s.explanation, "–"), dim)
        return out
