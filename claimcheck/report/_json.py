"""The JSON report, for machines. Its fields are documented in docs/report.md; keep the
two in step (tests check that every field is documented)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from ._model import (
    ArticleReport,
    Claim,
    GroupRow,
    Part,
    Profile,
    Review,
    ReviewStatus,
    SourceLine,
    SourceRef,
    Summary,
)

REPORT_VERSION = 1


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def profile_dict(profile: Profile) -> dict[str, Any]:
    return {
        "claims": profile.claims,
        "direct_quote": profile.direct_quote,
        "reported_speech": profile.reported_speech,
        "unattributed": profile.unattributed,
        "vague_source": profile.vague_source,
        "hedged": profile.hedged,
        "share_direct_quote": _share(profile.share("direct_quote")),
        "share_reported_speech": _share(profile.share("reported_speech")),
        "share_unattributed": _share(profile.share_unattributed),
        "share_vague_source": _share(profile.share_vague),
    }


def review_status_dict(review: ReviewStatus) -> dict[str, Any]:
    return {
        "reviewers": list(review.reviewers),
        "claims_reviewed": review.claims_reviewed,
        "annotations": review.annotations,
        "first_annotated_at": _time(review.first_at),
        "last_annotated_at": _time(review.last_at),
        "verdicts": dict(review.verdicts),
        "orphaned_annotations": review.orphaned,
    }


def _source_ref(source: SourceRef | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {
        "source_id": source.source_id,
        "name": source.name,
        "kind": source.kind,
        "credibility": source.credibility,
        "independence": source.independence,
    }


def _review(review: Review) -> dict[str, Any]:
    return {
        "reviewer": review.reviewer,
        "verdict": review.verdict,
        "source_credibility": review.source_credibility,
        "note": review.note,
        "corrected_attribution": review.corrected_attribution,
        "corrected_speaker": review.corrected_speaker,
        "annotated_at": _time(review.annotated_at),
    }


def _parts(parts: Sequence[Part]) -> list[dict[str, Any]]:
    return [{"text": p.text, "start": p.start, "end": p.end} for p in parts]


def claim_dict(claim: Claim) -> dict[str, Any]:
    return {
        "number": claim.number,
        "sentence_id": claim.sentence_id,
        "index": claim.index,
        "paragraph": claim.paragraph,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "claim_score": claim.score,
        "claim_kind": claim.kind,
        "attribution": claim.attribution,
        "speaker": claim.speaker,
        "speaker_mention": claim.speaker_mention,
        "speaker_role": claim.role,
        "cue": claim.cue,
        "cue_parts": _parts(claim.cue_parts),
        "act": claim.act,
        "act_parts": _parts(claim.act_parts),
        "vague_source": claim.vague_source,
        "hedged": claim.hedged,
        "needs_attention": claim.needs_attention,
        "explanation": claim.explanation,
        "source": _source_ref(claim.source),
        "reviews": [_review(r) for r in claim.reviews],
        "verdicts": list(claim.verdicts),
        "flags": list(claim.flags),
    }


def _source_line(line: SourceLine) -> dict[str, Any]:
    return {
        "source_id": line.source_id,
        "name": line.name,
        "kind": line.kind,
        "role": line.role,
        "is_outlet": line.is_outlet,
        "credibility": line.credibility,
        "independence": line.independence,
        "claims": line.claims,
        "direct_quote": line.direct_quote,
        "reported_speech": line.reported_speech,
        "vague": line.vague,
        "claims_in_store": line.claims_in_store,
    }


def article_dict(report: ArticleReport) -> dict[str, Any]:
    a = report.article
    return {
        "article": {
            "article_id": a.article_id,
            "input": a.input,
            "title": a.title,
            "outlet": a.outlet,
            "url": a.url,
            "published": a.published,
            "author": a.author,
            "language": a.language,
            "added_at": _time(a.added_at),
            "extracted_at": _time(a.extracted_at),
            "sentences": a.sentences,
        },
        "review": review_status_dict(report.review),
        "profile": profile_dict(report.profile),
        "attention": [c.number for c in report.attention],
        "claims": [claim_dict(c) for c in report.claims],
        "sources": [_source_line(s) for s in report.sources],
    }


def reports_document(reports: Sequence[ArticleReport]) -> dict[str, Any]:
    generated = reports[0].generated_at if reports else datetime.now(UTC)
    return {
        "type": "claimcheck.report",
        "version": REPORT_VERSION,
        "generated_at": _time(generated),
        "articles": [article_dict(r) for r in reports],
    }


def _group(row: GroupRow, total_claims: int, *, outlet: bool = False) -> dict[str, Any]:
    return {
        "source_id": row.key,
        # an outlet row without an outlet (articles whose outlet is unknown) has no name
        "name": None if outlet and row.kind != "outlet" else row.name,
        "kind": row.kind,
        "role": row.role,
        "credibility": row.credibility,
        "independence": row.independence,
        "articles": row.articles,
        **profile_dict(row.profile),
        "share_of_all_claims": _share(row.profile.claims / total_claims if total_claims else None),
        "claims_reviewed": row.claims_reviewed,
        "verdicts": dict(row.verdicts),
    }


def summary_document(summary: Summary) -> dict[str, Any]:
    total = summary.profile.claims
    return {
        "type": "claimcheck.summary",
        "version": REPORT_VERSION,
        "generated_at": _time(summary.generated_at),
        "selection": summary.selection,
        "articles": summary.articles,
        "profile": profile_dict(summary.profile),
        "review": review_status_dict(summary.review),
        "outlets": [_group(g, total, outlet=True) for g in summary.outlets],
        "speakers": [_group(g, total) for g in summary.speakers],
    }


def render_json(reports: Sequence[ArticleReport]) -> str:
    return json.dumps(reports_document(reports), ensure_ascii=False, indent=2) + "\n"


def render_summary_json(summary: Summary) -> str:
    return json.dumps(summary_document(summary), ensure_ascii=False, indent=2) + "\n"
