"""ClaimList: the claims of the article, one per line.

Each line: a coloured badge for the attribution (Q direct quote, R reported, U
unattributed), the check-worthiness score, the kind, flags (~ hedged, ? vague
source), the reviewer's verdict mark (· not reviewed yet) and the start of the text.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType

from ._state import ATTRIBUTION_LETTERS, KIND_SHORT, ClaimState
from ._styles import component_style
from ._text import one_line
from .row_list import RowList

VERDICT_MARKS = {
    "supported": "✓",
    "refuted": "✗",
    "misleading": "!",
    "unverifiable": "?",
    "not a claim": "–",
}
VERDICT_CLASSES = {
    "supported": "supported",
    "refuted": "refuted",
    "misleading": "misleading",
    "unverifiable": "unverifiable",
    "not a claim": "not-a-claim",
}


class ClaimList(RowList):
    """The (filtered) claims of an article."""

    COMPONENT_CLASSES: ClassVar[set[str]] = RowList.COMPONENT_CLASSES | {
        "claim-list--direct_quote",
        "claim-list--reported_speech",
        "claim-list--unattributed",
        "claim-list--corrected",
        "claim-list--dim",
        "claim-list--flag",
        "claim-list--unreviewed",
        "claim-list--saving",
        *(f"claim-list--{name}" for name in VERDICT_CLASSES.values()),
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        *RowList.BINDINGS,
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.claims: list[ClaimState] = []

    def show(self, claims: list[ClaimState], cursor: int | None = None) -> None:
        self.claims = claims
        self.set_row_count(len(claims), cursor)

    def _style(self, name: str) -> Style:
        return component_style(self, f"claim-list--{name}")

    def render_row(self, index: int, width: int) -> Text:
        claim = self.claims[index]
        s = claim.sentence
        line = Text(no_wrap=True)
        letter = ATTRIBUTION_LETTERS.get(claim.attribution, "?")
        badge = self._style(claim.attribution)
        if claim.corrected_attribution:
            badge += self._style("corrected")
        line.append(f" {letter} ", badge)
        line.append(f"{min(99, round(s.claim_score * 100)):>2}", self._style("dim"))
        line.append(" ")
        line.append(f"{KIND_SHORT.get(s.claim_kind or '', s.claim_kind or '-'):<3}"[:3])
        flags = ("~" if s.hedged else " ") + ("?" if s.vague_source else " ")
        line.append(flags, self._style("flag"))
        if claim.saving:
            line.append("…", self._style("saving"))
        elif claim.verdict:
            line.append(
                VERDICT_MARKS.get(claim.verdict, "•"),
                self._style(VERDICT_CLASSES.get(claim.verdict, "dim")),
            )
        else:
            line.append("·", self._style("unreviewed"))
        line.append(" ")
        line.append(one_line(s.text))
        return line
