"""The typed report model: what every renderer (terminal, Markdown, HTML, JSON) shows.

Built from the store by `_build`; plain frozen dataclasses, no I/O. Text in these
objects is the article's text as stored, unescaped: each renderer escapes it for its
own format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Attribution = Literal["direct_quote", "reported_speech", "unattributed"]
ATTRIBUTIONS: tuple[Attribution, ...] = ("direct_quote", "reported_speech", "unattributed")

Flag = Literal[
    "hedged",
    "vague_source",
    "low_credibility",
    "interested_party",
    "disputed",
    "attribution_corrected",
    "speaker_corrected",
]
FLAGS: tuple[Flag, ...] = (
    "hedged",
    "vague_source",
    "low_credibility",
    "interested_party",
    "disputed",
    "attribution_corrected",
    "speaker_corrected",
)

# a source rated this or lower is flagged as low credibility
LOW_CREDIBILITY = 2

VERDICT_ORDER: tuple[str, ...] = (
    "refuted",
    "misleading",
    "unverifiable",
    "supported",
    "not a claim",
)


@dataclass(frozen=True, slots=True)
class Review:
    """One reviewer's current annotation of a claim."""

    reviewer: str
    verdict: str | None
    source_credibility: int | None
    note: str | None
    corrected_attribution: str | None
    corrected_speaker: str | None
    annotated_at: datetime


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Who stands behind a claim: the speaker's source, or the outlet for a claim in the
    article's own voice. `source_id` is None for a speaker the store matched to no
    source (a vague one such as "officials")."""

    source_id: str | None
    name: str
    kind: str | None
    credibility: int | None
    independence: str


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a cue or of a narrated act: its text and its offsets (code points,
    end exclusive) into the article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim of the article with its tags, its source and its reviews."""

    number: int
    sentence_id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    score: float
    kind: str | None
    attribution: Attribution
    speaker: str | None
    speaker_mention: str | None
    role: str | None
    # the cue with all its parts ("Wie … mitteilte"), and those parts in text order
    cue: str | None
    cue_parts: tuple[Part, ...]
    # the verb of a narrated speech act, which has no cue ("forderte"), with its parts
    act: str | None
    act_parts: tuple[Part, ...]
    vague_source: bool
    hedged: bool
    explanation: str
    source: SourceRef | None
    reviews: tuple[Review, ...]
    flags: tuple[Flag, ...]

    @property
    def needs_attention(self) -> bool:
        """Nobody stands behind it: unattributed, or given to a vague source."""
        return self.attribution == "unattributed" or self.vague_source

    @property
    def verdicts(self) -> tuple[str, ...]:
        """The distinct verdicts the reviewers gave, most serious first."""
        given = {r.verdict for r in self.reviews if r.verdict}
        return tuple(v for v in VERDICT_ORDER if v in given) + tuple(
            sorted(given - set(VERDICT_ORDER))
        )


@dataclass(frozen=True, slots=True)
class Profile:
    """How the claims are attributed: counts, and shares of all claims."""

    claims: int
    direct_quote: int
    reported_speech: int
    unattributed: int
    vague_source: int
    hedged: int

    def count(self, attribution: Attribution) -> int:
        return {
            "direct_quote": self.direct_quote,
            "reported_speech": self.reported_speech,
            "unattributed": self.unattributed,
        }[attribution]

    def share(self, attribution: Attribution) -> float | None:
        return self.count(attribution) / self.claims if self.claims else None

    @property
    def share_unattributed(self) -> float | None:
        return self.share("unattributed")

    @property
    def share_vague(self) -> float | None:
        return self.vague_source / self.claims if self.claims else None

    @classmethod
    def of(cls, claims: tuple[Claim, ...] | list[Claim]) -> Profile:
        return cls(
            claims=len(claims),
            direct_quote=sum(c.attribution == "direct_quote" for c in claims),
            reported_speech=sum(c.attribution == "reported_speech" for c in claims),
            unattributed=sum(c.attribution == "unattributed" for c in claims),
            vague_source=sum(c.vague_source for c in claims),
            hedged=sum(c.hedged for c in claims),
        )


@dataclass(frozen=True, slots=True)
class SourceLine:
    """A speaker of the article (or its outlet), with rating and number of claims.

    `claims` counts this article's claims the source stands behind (for the outlet:
    the claims in the article's own voice); `claims_in_store` all claims of the
    source in the database. `kind` is None for a speaker matched to no source.
    """

    source_id: str | None
    name: str
    kind: str | None
    role: str | None
    is_outlet: bool
    credibility: int | None
    independence: str
    claims: int
    direct_quote: int
    reported_speech: int
    vague: bool
    claims_in_store: int | None


@dataclass(frozen=True, slots=True)
class ReviewStatus:
    """Who reviewed the claims, and when."""

    reviewers: tuple[str, ...]
    claims_reviewed: int
    annotations: int
    first_at: datetime | None
    last_at: datetime | None
    verdicts: tuple[tuple[str, int], ...]
    orphaned: int = 0


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    article_id: str
    input: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    author: str | None
    language: str
    added_at: datetime
    extracted_at: datetime
    sentences: int

    @property
    def display_title(self) -> str:
        return self.title or self.input


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """Everything the report of one article shows."""

    article: ArticleMeta
    review: ReviewStatus
    profile: Profile
    claims: tuple[Claim, ...]
    sources: tuple[SourceLine, ...]
    generated_at: datetime
    # the article text and the span of its body (headline to last sentence); only
    # loaded for the formats that show the text (HTML)
    text: str | None = None
    body: tuple[int, int] | None = None

    @property
    def attention(self) -> tuple[Claim, ...]:
        """The claims nobody stands behind, most check-worthy first."""
        chosen = [c for c in self.claims if c.needs_attention]
        return tuple(sorted(chosen, key=lambda c: (-c.score, c.number)))


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One outlet or speaker of the summary: counts, shares and verdict totals."""

    key: str | None
    name: str
    kind: str | None
    role: str | None
    credibility: int | None
    independence: str
    articles: int
    profile: Profile
    verdicts: tuple[tuple[str, int], ...]
    claims_reviewed: int


@dataclass(frozen=True, slots=True)
class Summary:
    """Across articles: totals, per outlet, per speaker, and verdict totals."""

    generated_at: datetime
    articles: int
    profile: Profile
    review: ReviewStatus
    outlets: tuple[GroupRow, ...]
    speakers: tuple[GroupRow, ...]
    selection: str
