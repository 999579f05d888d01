"""The values the store hands out: plain frozen dataclasses, safe to pass between threads."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from .._model import Span, parts_label

Verdict = Literal["supported", "refuted", "misleading", "unverifiable", "not a claim"]
VERDICTS: tuple[Verdict, ...] = (
    "supported",
    "refuted",
    "misleading",
    "unverifiable",
    "not a claim",
)

Independence = Literal["independent", "interested party", "unknown"]
INDEPENDENCE: tuple[Independence, ...] = ("independent", "interested party", "unknown")

SourceKind = Literal["person", "organisation", "outlet"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("person", "organisation", "outlet")

AttributionKind = Literal["direct_quote", "reported_speech", "unattributed"]
ATTRIBUTION_KINDS: tuple[AttributionKind, ...] = ("direct_quote", "reported_speech", "unattributed")


class Unchanged(enum.Enum):
    """The type of `UNCHANGED`: "keep what the reviewer said before" for one field."""

    UNCHANGED = "unchanged"


UNCHANGED = Unchanged.UNCHANGED


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """One stored article (without its text; see `Store.article_text`)."""

    article_id: str
    input: str
    url: str | None
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    language: str
    content_hash: str
    added_at: datetime
    extracted_at: datetime
    outlet_source_id: str | None
    n_sentences: int
    n_claims: int
    n_annotated: int


@dataclass(frozen=True, slots=True)
class StoredSentence:
    """A body sentence with the tags the engine gave it (CONTRACT.md's sentence record).

    `sentence_id` is what annotations refer to; it stays the same when the article is
    re-extracted and the sentence is found again. `start`/`end` are offsets into the
    article text. `speaker` is the display name (resolved name, else the mention);
    `source_id` the source the speaker was matched to (after `sources merge`, the
    source it was merged into). `retired` is true for a sentence that a re-extraction
    no longer produced but that keeps annotations.
    """

    sentence_id: str
    article_id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    claim: bool
    claim_score: float
    claim_kind: str | None
    attribution: str
    speaker: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_resolved: str | None
    speaker_role: str | None
    cue_text: str | None
    cue_start: int | None
    cue_end: int | None
    content_start: int | None
    content_end: int | None
    vague_source: bool
    hedged: bool
    explanation: str
    source_id: str | None
    retired: bool
    cue_parts: tuple[Span, ...] = ()
    act: Span | None = None

    @property
    def cue_label(self) -> str | None:
        """The cue with all its parts ("Wie … mitteilte"), or None without a cue."""
        return parts_label(self.cue_text, (part.text for part in self.cue_parts))

    @property
    def act_label(self) -> str | None:
        """The narrated act with all its parts ("sprach … von"), or None."""
        return self.act.label if self.act is not None else None


@dataclass(frozen=True, slots=True)
class Annotation:
    """One entry of the append-only annotation log.

    For `action == "annotate"` the fields are the reviewer's whole judgement of the
    sentence at `created_at` (fields they did not touch are carried over from their
    previous entry). For `action == "undo"` the entry retracts `undoes`. `retracted`
    is true when a later undo retracted this entry (only set by `annotation_history`).
    `pending` is true while the entry waits in the journal because another process
    held the database (see README, "Working alongside the review UI").
    """

    annotation_id: uuid.UUID
    sentence_id: str
    article_id: str
    reviewer: str
    verdict: Verdict | None
    source_credibility: int | None
    note: str | None
    corrected_attribution: AttributionKind | None
    corrected_speaker: str | None
    created_at: datetime
    action: Literal["annotate", "undo"] = "annotate"
    undoes: uuid.UUID | None = None
    retracted: bool = False
    pending: bool = False


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """A person, organisation or outlet, with its current rating and how often it speaks.

    `credibility` is 1 (not credible) to 5 (highly credible), or None when unrated.
    `aliases` are the other spellings seen or merged in ("Peskow", "Dmitri Peskov").
    """

    source_id: str
    kind: SourceKind
    name: str
    role: str | None
    aliases: tuple[str, ...]
    domain: str | None
    credibility: int | None
    independence: Independence
    note: str | None
    rated_by: str | None
    rated_at: datetime | None
    n_claims: int
    n_articles: int


@dataclass(frozen=True, slots=True)
class SourceRating:
    """One entry of the append-only source rating log."""

    rating_id: uuid.UUID
    source_id: str
    reviewer: str
    credibility: int | None
    independence: Independence
    note: str | None
    rated_at: datetime
    origin: str
    pending: bool = False


@dataclass(frozen=True, slots=True)
class UnmatchedAnnotations:
    """Annotations on a sentence that re-extraction (or a merge) could not find again.

    They are kept, on the old sentence, which is marked retired; nothing is dropped.
    """

    article_id: str
    sentence_id: str
    text: str
    annotations: int


@dataclass(slots=True)
class AddResult:
    """What `Store.add_articles` (and `claimcheck add`) did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    sentences: int = 0
    claims: int = 0
    unmatched: list[UnmatchedAnnotations] = field(default_factory=list)

    def extend(self, other: AddResult) -> None:
        self.added += other.added
        self.updated += other.updated
        self.skipped += other.skipped
        self.failed += other.failed
        self.sentences += other.sentences
        self.claims += other.claims
        self.unmatched += other.unmatched


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What `Store.merge_from` brought in (all zero when merging the same file again)."""

    articles: int
    sentences: int
    sources: int
    source_merges: int
    annotations: int
    ratings: int
    unmatched: tuple[UnmatchedAnnotations, ...]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What `Store.import_source_ratings` did with a CSV of outlet ratings."""

    rows: int
    sources_created: int
    ratings_added: int
    unchanged: int
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The result of `Store.query`: column names and rows of Python values."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class AgreementRow:
    """Agreement between reviewers on one field (or on one label of it, one-vs-rest).

    `items` counts the sentences at least two of the reviewers annotated; `kappa` is
    Cohen's kappa averaged over reviewer pairs (each pair on the items both rated),
    `alpha` Krippendorff's alpha over all reviewers; None where undefined (fewer
    than two reviewers or no shared items).
    """

    field: str
    label: str
    items: int
    reviewers: int
    pairs: int
    observed: float | None
    kappa: float | None
    alpha: float | None


@dataclass(frozen=True, slots=True)
class StoreInfo:
    """Facts about a database file."""

    path: str
    schema_version: int
    store_id: str
    created_at: str
    articles: int
    sentences: int
    sources: int
    annotations: int
    pending: int
