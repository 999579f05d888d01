"""What the screens show, as plain data: article rows, claims with the reviewer's
annotation, filters and sort orders. No Textual here; the widgets draw these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal

from ..store import Annotation, ArticleInfo, SourceInfo, StoredSentence

ATTRIBUTION_LABELS = {
    "direct_quote": "direct quote",
    "reported_speech": "reported",
    "unattributed": "unattributed",
}
ATTRIBUTION_LETTERS = {"direct_quote": "Q", "reported_speech": "R", "unattributed": "U"}
KIND_SHORT = {
    "quantity": "qty",
    "prediction": "prd",
    "causal": "cau",
    "rule": "rul",
    "quote": "quo",
    "event": "evt",
    "position": "pos",
    "other": "oth",
}
VERDICT_SHORT = {
    "supported": "supported",
    "refuted": "refuted",
    "misleading": "misleading",
    "unverifiable": "unverifiable",
    "not a claim": "not a claim",
}

# --- the article list -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One line of the article list."""

    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    language: str
    input: str
    url: str | None
    n_claims: int
    n_reviewed: int
    n_unattributed: int

    @property
    def display_title(self) -> str:
        if self.title and self.title.strip():
            return self.title
        name = self.url or self.input
        return name.rstrip("/").rsplit("/", 1)[-1] or name

    @property
    def date(self) -> str:
        return (self.published or "")[:10]

    @property
    def progress(self) -> float:
        return self.n_reviewed / self.n_claims if self.n_claims else 1.0

    @property
    def unattributed_share(self) -> float:
        return self.n_unattributed / self.n_claims if self.n_claims else 0.0

    @property
    def finished(self) -> bool:
        return self.n_reviewed >= self.n_claims

    def haystack(self) -> str:
        return " ".join(
            x
            for x in (self.title, self.outlet, self.input, self.url, self.language, self.date)
            if x
        ).casefold()


SortKey = Literal["added", "title", "outlet", "date", "language", "claims", "reviewed", "unattr"]
SORT_KEYS: tuple[SortKey, ...] = (
    "added",
    "title",
    "outlet",
    "date",
    "language",
    "claims",
    "reviewed",
    "unattr",
)
SORT_LABELS: dict[SortKey, str] = {
    "added": "added",
    "title": "title",
    "outlet": "outlet",
    "date": "date",
    "language": "language",
    "claims": "claims",
    "reviewed": "progress",
    "unattr": "unattributed share",
}


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """How the article list is filtered and sorted."""

    text: str = ""
    unfinished_only: bool = False
    sort: SortKey = "added"
    descending: bool = False

    def apply(self, rows: list[ArticleRow]) -> list[ArticleRow]:
        words = self.text.casefold().split()
        chosen = [
            r
            for r in rows
            if (not self.unfinished_only or not r.finished)
            and all(w in r.haystack() for w in words)
        ]
        if self.sort == "added":  # the store's order: newest first
            return chosen[::-1] if self.descending else chosen
        key = _SORTERS[self.sort]
        present = [r for r in chosen if key(r) is not None]
        missing = [r for r in chosen if key(r) is None]
        present.sort(key=key, reverse=self.descending)  # type: ignore[arg-type]
        return present + missing  # rows without a value last, either way


def _outlet(r: ArticleRow) -> str | None:
    return r.outlet.casefold() if r.outlet else None


_SORTERS: dict[str, Callable[[ArticleRow], object]] = {
    "title": lambda r: r.display_title.casefold(),
    "outlet": _outlet,
    "date": lambda r: r.published or None,
    "language": lambda r: r.language,
    "claims": lambda r: r.n_claims,
    "reviewed": lambda r: (r.progress, r.n_claims),
    "unattr": lambda r: (r.unattributed_share, r.n_claims),
}


# --- the review screen ------------------------------------------------------------------

Scope = Literal["source", "claim"]


@dataclass(slots=True)
class ClaimState:
    """A claim with the reviewer's current annotation of it (None: not annotated)."""

    sentence: StoredSentence
    annotation: Annotation | None = None
    # the source 1-5 rates "everywhere" (the speaker's, the outlet's for a claim in
    # the article's own voice, or the corrected speaker's); None: nobody to rate
    source_id: str | None = None
    saving: int = 0  # how many of its changes are not saved yet

    @property
    def sentence_id(self) -> str:
        return self.sentence.sentence_id

    @property
    def verdict(self) -> str | None:
        return self.annotation.verdict if self.annotation else None

    @property
    def reviewed(self) -> bool:
        return self.verdict is not None

    @property
    def attribution(self) -> str:
        """The attribution as the reviewer sees it (their correction, else the engine's)."""
        if self.annotation and self.annotation.corrected_attribution:
            return self.annotation.corrected_attribution
        return self.sentence.attribution

    @property
    def corrected_attribution(self) -> str | None:
        return self.annotation.corrected_attribution if self.annotation else None

    @property
    def speaker(self) -> str | None:
        if self.annotation and self.annotation.corrected_speaker:
            return self.annotation.corrected_speaker
        return self.sentence.speaker

    @property
    def corrected_speaker(self) -> str | None:
        return self.annotation.corrected_speaker if self.annotation else None

    @property
    def note(self) -> str | None:
        return self.annotation.note if self.annotation else None

    @property
    def claim_credibility(self) -> int | None:
        return self.annotation.source_credibility if self.annotation else None

    def haystack(self) -> str:
        s = self.sentence
        parts = [s.text, s.speaker, s.speaker_text, s.speaker_role, s.cue_label, s.act_label]
        parts.append(self.note)
        parts += [self.corrected_speaker, s.claim_kind]
        return " ".join(p for p in parts if p).casefold()


def blank_annotation(claim: ClaimState, reviewer: str) -> Annotation:
    """An annotation with nothing set, the base for an optimistic change."""
    import uuid

    s = claim.sentence
    return Annotation(
        annotation_id=uuid.UUID(int=0),
        sentence_id=s.sentence_id,
        article_id=s.article_id,
        reviewer=reviewer,
        verdict=None,
        source_credibility=None,
        note=None,
        corrected_attribution=None,
        corrected_speaker=None,
        created_at=datetime.now().astimezone(),
    )


def with_changes(base: Annotation, changes: dict[str, object]) -> Annotation:
    """`base` with the fields of `changes` set (what the store will make of it)."""
    return replace(base, **changes)  # type: ignore[arg-type]


def is_empty(annotation: Annotation | None) -> bool:
    if annotation is None:
        return True
    return all(
        getattr(annotation, f) is None
        for f in ("verdict", "source_credibility", "note", "corrected_attribution")
    ) and (annotation.corrected_speaker is None)


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims of the article the list shows."""

    unattributed_only: bool = False
    unreviewed_only: bool = False
    kind: str | None = None
    speaker: str | None = None
    search: str = ""

    @property
    def active(self) -> bool:
        return self != ClaimFilter()

    def matches(self, claim: ClaimState) -> bool:
        if self.unattributed_only and claim.attribution != "unattributed":
            return False
        if self.unreviewed_only and claim.reviewed:
            return False
        if self.kind and claim.sentence.claim_kind != self.kind:
            return False
        if self.speaker and (claim.speaker or "").casefold() != self.speaker.casefold():
            return False
        words = self.search.casefold().split()
        return not words or all(w in claim.haystack() for w in words)

    def describe(self) -> str:
        parts = []
        if self.unattributed_only:
            parts.append("unattributed")
        if self.unreviewed_only:
            parts.append("unreviewed")
        if self.kind:
            parts.append(f"kind {self.kind}")
        if self.speaker:
            parts.append(f"speaker {self.speaker}")
        if self.search:
            parts.append(f"“{self.search}”")
        return ", ".join(parts)


@dataclass(slots=True)
class ReviewData:
    """Everything the review screen shows of one article."""

    article: ArticleInfo
    text: str
    claims: list[ClaimState]
    sources: dict[str, SourceInfo] = field(default_factory=dict)
    # speaker names (casefolded) -> the source they stand for, None if none is known
    named: dict[str, str | None] = field(default_factory=dict)

    def claim(self, sentence_id: str) -> ClaimState | None:
        return next((c for c in self.claims if c.sentence_id == sentence_id), None)

    def speakers(self) -> list[str]:
        seen: dict[str, None] = {}
        for claim in self.claims:
            for name in (claim.speaker, claim.sentence.speaker):
                if name:
                    seen.setdefault(name, None)
        return sorted(seen, key=str.casefold)

    def kinds(self) -> list[str]:
        return sorted({c.sentence.claim_kind for c in self.claims if c.sentence.claim_kind})

    @property
    def n_reviewed(self) -> int:
        return sum(1 for c in self.claims if c.reviewed)


@dataclass(frozen=True, slots=True)
class UndoEntry:
    """How to take back one action.

    annotation: the store takes back the reviewer's latest annotation of the sentence;
    `before` is what the claim showed before (shown again at once).
    rating: the source is rated again as it was before (`rating_before`: credibility,
    independence, note), since the rating log is append-only.
    """

    kind: Literal["annotation", "rating"]
    label: str
    article_id: str | None = None
    sentence_id: str | None = None
    before: Annotation | None = None
    source_id: str | None = None
    rating_before: tuple[int | None, str, str | None] | None = None
