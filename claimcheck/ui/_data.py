"""The UI's database work: plain functions over the store's public API.

They run in worker threads (never on the event loop), take a `Store` and return plain
data; the screens turn the results into messages. No Textual here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..store import (
    UNCHANGED,
    Annotation,
    NotFoundError,
    SourceInfo,
    Store,
    StoreError,
)
from ._state import ArticleRow, ClaimState, ReviewData

# --- reading ----------------------------------------------------------------------------

_ARTICLE_ROWS = """
WITH claim_stats AS (
    SELECT article_id, count(*) AS n_claims,
           count(*) FILTER (WHERE attribution = 'unattributed') AS n_unattributed
    FROM sentences_v WHERE claim GROUP BY article_id
), mine AS (
    SELECT article_id, count(*) AS n_reviewed
    FROM annotations_v
    WHERE reviewer = ? AND verdict IS NOT NULL AND claim AND NOT orphaned
    GROUP BY article_id
)
SELECT a.article_id, a.title, a.outlet, a.published, a.language, a.input, a.url,
       coalesce(c.n_claims, 0), coalesce(m.n_reviewed, 0), coalesce(c.n_unattributed, 0)
FROM articles_v a
LEFT JOIN claim_stats c USING (article_id)
LEFT JOIN mine m USING (article_id)
ORDER BY a.added_at DESC, a.article_id
"""

_SOURCES = """
SELECT source_id, kind, name, role, aliases, domain, credibility, independence, note,
       rated_by, rated_at, n_claims, n_articles
FROM sources_v WHERE source_id IN (SELECT unnest(?::VARCHAR[]))
"""


def article_rows(store: Store) -> list[ArticleRow]:
    """Every stored article with its claim counts and the reviewer's progress, in the
    store's order (newest first)."""
    result = store.query(_ARTICLE_ROWS, [store.reviewer])
    return [
        ArticleRow(
            article_id=r[0],
            title=r[1],
            outlet=r[2],
            published=r[3],
            language=r[4],
            input=r[5],
            url=r[6],
            n_claims=int(r[7]),
            n_reviewed=int(r[8]),
            n_unattributed=int(r[9]),
        )
        for r in result.rows
    ]


def _source_info(row: Sequence[Any]) -> SourceInfo:
    return SourceInfo(
        source_id=row[0],
        kind=row[1],
        name=row[2],
        role=row[3],
        aliases=tuple(row[4] or ()),
        domain=row[5],
        credibility=row[6],
        independence=row[7],
        note=row[8],
        rated_by=row[9],
        rated_at=row[10],
        n_claims=int(row[11] or 0),
        n_articles=int(row[12] or 0),
    )


def sources(store: Store, source_ids: Iterable[str]) -> dict[str, SourceInfo]:
    """The sources with these ids (ratings and claim counts), in one query."""
    ids = sorted({s for s in source_ids if s})
    if not ids:
        return {}
    return {row[0]: _source_info(row) for row in store.query(_SOURCES, [ids]).rows}


def find_source(store: Store, name: str) -> str | None:
    """The id of the source a corrected speaker names, if the store knows one."""
    try:
        return store.get_source(name).source_id
    except NotFoundError:
        return None


def effective_source(
    claim: ClaimState, outlet_source: str | None, named: Mapping[str, str | None]
) -> str | None:
    """Whom a 1-5 rating of this claim's source rates: the corrected speaker's source,
    else the outlet for a claim in the article's own voice, else the speaker's."""
    corrected = claim.corrected_speaker
    if corrected:
        return named.get(corrected.casefold())
    if claim.attribution == "unattributed":
        return outlet_source
    return claim.sentence.source_id


def load_review(store: Store, article: str) -> ReviewData:
    """The article (id, prefix, input or URL), its text, and its claims with the
    reviewer's annotations. The sources come separately (`review_sources`): they take
    longer to count, and the claims can be shown before."""
    info = store.get_article(article)
    text = store.article_text(info.article_id)
    sentences = store.claims_for(info.article_id)
    mine = {
        a.sentence_id: a
        for a in store.current_annotations(article_id=info.article_id, reviewer=store.reviewer)
    }
    claims = [ClaimState(s, mine.get(s.sentence_id)) for s in sentences]
    named: dict[str, str | None] = {}
    for s in sentences:
        for name in (s.speaker, s.speaker_text):
            if name and s.source_id:
                named.setdefault(name.casefold(), s.source_id)
    for name in {c.corrected_speaker for c in claims if c.corrected_speaker}:
        if name.casefold() not in named:
            named[name.casefold()] = find_source(store, name)
    data = ReviewData(info, text, claims, named=named)
    for claim in claims:
        claim.source_id = effective_source(claim, info.outlet_source_id, named)
    return data


def review_sources(store: Store, data: ReviewData) -> dict[str, SourceInfo]:
    """The sources behind the claims of `data` (speakers, corrected speakers, outlet)."""
    wanted = {c.source_id for c in data.claims if c.source_id}
    wanted |= {c.sentence.source_id for c in data.claims if c.sentence.source_id}
    if data.article.outlet_source_id:
        wanted.add(data.article.outlet_source_id)
    return sources(store, wanted)


def speaker_suggestions(store: Store, typed: str, limit: int = 12) -> list[SourceInfo]:
    """People and organisations whose name or alias contains `typed`."""
    found = store.list_sources(search=typed.strip(), limit=limit * 2) if typed.strip() else []
    return [s for s in found if s.kind != "outlet"][:limit]


# --- writing ----------------------------------------------------------------------------

JobKind = Literal["annotate", "undo", "rate"]


@dataclass(frozen=True, slots=True)
class Job:
    """One change to save, in the order the reviewer made it.

    annotate: `changes` holds the annotation fields to set on `sentence_id`.
    undo: take back the reviewer's latest annotation of `sentence_id`.
    rate: rate `source_id` with `changes` (credibility, independence, note).
    """

    seq: int
    kind: JobKind
    label: str
    sentence_id: str | None = None
    article_id: str | None = None
    source_id: str | None = None
    changes: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the store made of a job."""

    job: Job
    annotation: Annotation | None = None  # the sentence's current annotation afterwards
    source: SourceInfo | None = None  # the source afterwards (for rate)
    speaker_source: str | None = None  # the source a corrected speaker names
    pending: bool = False  # waits in the store's journal (database busy), safe on disk
    nothing_to_undo: bool = False


class PermanentError(Exception):
    """A job that can never succeed (its sentence is gone, a bad value); dropped."""


def run_job(store: Store, job: Job) -> Outcome:
    """Save one job. StoreError (busy, disk full, read-only) propagates: retry later."""
    try:
        if job.kind == "annotate":
            assert job.sentence_id is not None and job.changes is not None
            fields = {
                key: job.changes.get(key, UNCHANGED)
                for key in (
                    "verdict",
                    "source_credibility",
                    "note",
                    "corrected_attribution",
                    "corrected_speaker",
                )
            }
            annotation = store.record_annotation(job.sentence_id, **fields)
            speaker_source = None
            if job.changes.get("corrected_speaker"):
                speaker_source = find_source(store, str(job.changes["corrected_speaker"]))
            return Outcome(
                job, annotation, speaker_source=speaker_source, pending=annotation.pending
            )
        if job.kind == "undo":
            assert job.sentence_id is not None
            taken = store.undo_last(sentence_id=job.sentence_id)
            current = store.current_annotations(job.sentence_id, reviewer=store.reviewer)
            return Outcome(job, current[-1] if current else None, nothing_to_undo=taken is None)
        assert job.kind == "rate" and job.source_id is not None and job.changes is not None
        rating = store.rate_source(
            job.source_id,
            credibility=job.changes.get("credibility"),
            independence=job.changes.get("independence", "unknown"),
            note=job.changes.get("note"),
        )
        source = None
        if not rating.pending:
            source = sources(store, [rating.source_id]).get(rating.source_id)
        return Outcome(job, source=source, pending=rating.pending)
    except NotFoundError as exc:
        raise PermanentError(str(exc)) from None
    except ValueError as exc:
        raise PermanentError(str(exc)) from None
    except StoreError:
        raise
