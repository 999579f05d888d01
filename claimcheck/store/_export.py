"""Exports: a view as JSON lines, CSV or Parquet, and verdicts as ClaimReview JSON-LD.

A view is first copied to a temporary Parquet file by DuckDB (fast, and the database
is free again as soon as the copy is done), then written to its destination: as is
for Parquet, row by row for CSV and JSON lines. A file destination is written under
a temporary name in the same folder and renamed at the end, so that it is never
half written.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast
from urllib.parse import quote

from .._files import atomic_output
from .._output import write_rows
from ._connection import describe_error, host, process_lock, quote_literal
from ._errors import StoreError

if TYPE_CHECKING:
    from ._store import Store

EXPORTS = {
    "annotations": "annotations_v",
    "log": "annotation_log_v",
    "claims": "claims_v",
    "sentences": "sentences_v",
    "articles": "articles_v",
    "sources": "sources_v",
}
EXPORT_FORMATS = ("jsonl", "csv", "parquet")

_RATING = {
    "supported": ("Supported", 5),
    "misleading": ("Misleading", 2),
    "refuted": ("Refuted", 1),
    "unverifiable": ("Unverifiable", None),
}


@contextmanager
def _atomic_file(path: Path) -> Iterator[Path]:
    """Where to write the output for `path` (see `atomic_output`), with OS errors
    turned into StoreErrors."""
    path = path.expanduser()
    if path.is_dir():
        raise StoreError(str(path), "is a directory")
    try:
        with atomic_output(path) as target:
            yield target
    except OSError as exc:
        raise describe_error(exc, str(path)) from None


def _snapshot(store: Store, view: str, where: str, target: Path) -> int:
    """COPY a view into a Parquet file; returns the number of rows."""
    with store._reading() as s:
        row = s.fetchone(
            f"COPY (SELECT * FROM {view}{where}) TO "
            f"{quote_literal(os.fspath(target))} (FORMAT parquet)"
        )
    return int(row[0]) if row else 0


def export_view(
    store: Store,
    destination: str | os.PathLike[str] | IO[str],
    *,
    what: str,
    fmt: str,
    reviewer: str | None,
) -> int:
    if what not in EXPORTS:
        raise StoreError("export", f"unknown table {what!r} (one of: {', '.join(EXPORTS)})")
    if fmt not in EXPORT_FORMATS:
        raise StoreError("export", f"unknown format {fmt!r} (one of: {', '.join(EXPORT_FORMATS)})")
    view = EXPORTS[what]
    where = ""
    if reviewer and what in ("annotations", "log"):
        where = f" WHERE reviewer = {quote_literal(reviewer)}"
    is_stream = hasattr(destination, "write")
    if fmt == "parquet" and is_stream:
        raise StoreError("export", "Parquet needs an output file (-o FILE.parquet)")
    with tempfile.TemporaryDirectory(prefix="claimcheck-export-") as tmp:
        snapshot = Path(tmp) / "snapshot.parquet"
        try:
            count = _snapshot(store, view, where, snapshot)
        except StoreError:
            raise
        if fmt == "parquet":
            with _atomic_file(Path(os.fspath(cast("str | os.PathLike[str]", destination)))) as part:
                shutil.copyfile(snapshot, part)
            return count
        if is_stream:
            _write_snapshot(snapshot, fmt, cast(IO[str], destination))
            return count
        with _atomic_file(Path(os.fspath(cast("str | os.PathLike[str]", destination)))) as part:
            try:
                with part.open("w", encoding="utf-8", newline="") as stream:
                    _write_snapshot(snapshot, fmt, stream)
            except OSError as exc:
                raise describe_error(exc, str(destination)) from None
        return count


def _write_snapshot(snapshot: Path, fmt: str, stream: IO[str]) -> None:
    with process_lock():
        cursor = host().cursor()
        try:
            cursor.execute(f"SELECT * FROM read_parquet({quote_literal(os.fspath(snapshot))})")
            columns = [d[0] for d in cursor.description or ()]

            def rows() -> Iterator[tuple[Any, ...]]:
                while True:
                    chunk = cursor.fetchmany(10_000)
                    if not chunk:
                        return
                    yield from chunk

            write_rows(fmt, columns, rows(), stream)
        finally:
            cursor.close()


# --- ClaimReview (schema.org) -----------------------------------------------------------


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


_REVIEW_URL_FIELDS = ("sentence_id", "article_id", "reviewer", "annotation_id")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _check_review_url(template: str) -> None:
    """Refuse a placeholder that would be left in every address as it stands."""
    unknown = [name for name in _PLACEHOLDER.findall(template) if name not in _REVIEW_URL_FIELDS]
    if unknown:
        known = ", ".join("{" + name + "}" for name in _REVIEW_URL_FIELDS)
        raise StoreError(
            "export",
            f"--review-url has an unknown placeholder {{{unknown[0]}}}; it may contain {known}",
        )


def _fill(template: str, values: dict[str, str]) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", quote(value, safe=""))
    return out


def claim_reviews(
    store: Store,
    *,
    review_url: str,
    publisher: str | None,
    publisher_url: str | None,
    reviewer: str | None,
) -> list[dict[str, Any]]:
    if not review_url.lower().startswith(("http://", "https://")):
        raise StoreError(
            "export",
            "ClaimReview needs --review-url, the http(s) address where "
            "the fact checks are published (e.g. "
            "https://example.org/checks/{sentence_id})",
        )
    _check_review_url(review_url)
    params: list[Any] = []
    where = ""
    if reviewer:
        where = "AND an.reviewer = ?"
        params.append(reviewer)
    result = store.query(
        f"""
        SELECT an.annotation_id, an.sentence_id, an.article_id, an.reviewer, an.verdict,
               an.note, an.corrected_speaker, an.annotated_at, s.text,
               coalesce(s.speaker_resolved, s.speaker_text), s.attribution, src.kind,
               src.name, a.url, a.title, a.outlet, a.published, a.language, out.name
        FROM annotations_v an
        JOIN sentences s USING (sentence_id)
        JOIN articles a ON a.article_id = an.article_id
        LEFT JOIN source_canonical sc ON sc.source_id = s.source_id
        LEFT JOIN sources src ON src.source_id = sc.canonical_id
        LEFT JOIN source_canonical oc ON oc.source_id = a.outlet_source_id
        LEFT JOIN sources out ON out.source_id = oc.canonical_id
        WHERE an.verdict IS NOT NULL AND an.verdict <> 'not a claim' {where}
        ORDER BY an.annotated_at, an.annotation_id
    """,
        params,
    )
    reviews = []
    for row in result.rows:
        (
            annotation_id,
            sentence_id,
            article_id,
            who,
            verdict,
            note,
            corrected_speaker,
            annotated_at,
            text,
            speaker,
            attribution,
            source_kind,
            source_name,
            url,
            title,
            outlet,
            published,
            language,
            outlet_name,
        ) = row
        alternate, value = _RATING[verdict]
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": alternate}
        if value is not None:
            rating |= {"ratingValue": value, "bestRating": 5, "worstRating": 1}
        outlet_label = outlet_name or outlet
        claim_author: dict[str, Any] | None = None
        if corrected_speaker:
            claim_author = {"@type": "Person", "name": corrected_speaker}
        elif attribution != "unattributed" and (source_name or speaker):
            kind = "Organization" if source_kind in ("organisation", "outlet") else "Person"
            claim_author = {"@type": kind, "name": source_name or speaker}
        elif outlet_label:
            claim_author = {"@type": "Organization", "name": outlet_label}
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if url:
            appearance["url"] = url
        if title:
            appearance["headline"] = title
        if outlet_label:
            appearance["publisher"] = {"@type": "Organization", "name": outlet_label}
        claim: dict[str, Any] = {"@type": "Claim"}
        if claim_author:
            claim["author"] = claim_author
        if _iso_date(published):
            claim["datePublished"] = _iso_date(published)
        if len(appearance) > 1:
            claim["appearance"] = appearance
        if language:
            claim["inLanguage"] = language
        author: dict[str, Any] = (
            {"@type": "Organization", "name": publisher}
            if publisher
            else {"@type": "Person", "name": who}
        )
        if publisher and publisher_url:
            author["url"] = publisher_url
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": _fill(
                review_url,
                {
                    "sentence_id": sentence_id,
                    "article_id": article_id,
                    "reviewer": who,
                    "annotation_id": str(annotation_id),
                },
            ),
            "claimReviewed": " ".join(str(text).split()),
            "datePublished": _iso_date(annotated_at),
            "author": author,
            "reviewRating": rating,
            "itemReviewed": claim,
        }
        if note:
            review["reviewBody"] = note
        reviews.append(review)
    return reviews
