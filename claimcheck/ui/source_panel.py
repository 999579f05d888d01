"""SourcePanel: who stands behind the current claim (the speaker, or the outlet for a
claim in the article's own voice), their role, their credibility and independence as
rated so far, and how many claims they have in the store."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from ..store import SourceInfo
from ._state import ClaimState, Scope
from ._styles import component_style, forget_styles
from ._text import one_line
from .claim_detail import stars


class SourcePanel(Static):
    """The source of the current claim and its rating."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source-panel--label",
        "source-panel--dim",
        "source-panel--stars",
        "source-panel--scope",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[ClaimState | None, SourceInfo | None, Scope, bool] = (
            None,
            None,
            "source",
            False,
        )

    def _style(self, name: str) -> Style:
        return component_style(self, f"source-panel--{name}")

    def show(
        self,
        claim: ClaimState | None,
        source: SourceInfo | None,
        scope: Scope,
        *,
        loading: bool = False,
    ) -> None:
        self._shown = (claim, source, scope, loading)
        self.update(self.describe(claim, source, scope, loading=loading), layout=False)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        forget_styles(self)
        if self.is_mounted:
            claim, source, scope, loading = self._shown
            self.update(self.describe(claim, source, scope, loading=loading))

    def describe(
        self,
        claim: ClaimState | None,
        source: SourceInfo | None,
        scope: Scope,
        *,
        loading: bool = False,
    ) -> Text:
        label, dim = self._style("label"), self._style("dim")
        out = Text()
        if claim is None:
            return out
        if source is None:
            if loading and claim.source_id:
                out.append("loading…", dim)
            elif claim.corrected_speaker:
                out.append(one_line(claim.corrected_speaker))
                out.append("\nnot a source in the store yet", dim)
            else:
                out.append("no source in the store", dim)
                speaker = claim.sentence.speaker
                if speaker:
                    out.append(f"\nfor “{one_line(speaker)}”", dim)
        else:
            out.append(one_line(source.name))
            out.append(f" · {source.kind}", dim)
            out.append("\nrole ", label)
            out.append(one_line(source.role or claim.sentence.speaker_role, "–"))
            out.append("\ncredibility ", label)
            if source.credibility is None:
                out.append("unrated", dim)
            else:
                out.append(stars(source.credibility), self._style("stars"))
                out.append(f" {source.credibility}/5")
                if source.rated_by:
                    out.append(f" ({one_line(source.rated_by)})", dim)
            out.append("\nindependence ", label)
            out.append(source.independence)
            out.append("\nin store ", label)
            claims = "claim" if source.n_claims == 1 else "claims"
            articles = "article" if source.n_articles == 1 else "articles"
            out.append(f"{source.n_claims} {claims}, {source.n_articles} {articles}")
        out.append("\n1–5 rate ", label)
        if scope == "claim" or source is None:
            out.append("this claim only", self._style("scope"))
        else:
            out.append("this source everywhere", self._style("scope"))
        return out
