"""Building the report model from the store.

Only the store's public API is used: `get_article` / `list_articles` to choose the
articles (an ARTICLE is what `claimcheck claims` accepts: an id, a unique id prefix,
an input name or a URL), `article_text` for the text, and read-only SQL (`Store.query`)
over the documented views `sentences_v`, `annotations_v` and `sources_v` (docs/sql.md).
The sentences, annotations and sources of all chosen articles are read with one query
each, so a report over a thousand articles costs a handful of database round trips,
not thousands.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from .._model import parts_label
from ._errors import ReportError
from ._model import (
    ATTRIBUTIONS,
    LOW_CREDIBILITY,
    VERDICT_ORDER,
    ArticleMeta,
    ArticleReport,
    Attribution,
    Claim,
    Flag,
    GroupRow,
    Part,
    Profile,
    Review,
    ReviewStatus,
    SourceLine,
    SourceRef,
    Summary,
)

if TYPE_CHECKING:
    from ..store import ArticleInfo, Store

_IDS = "(SELECT unnest(?::VARCHAR[]))"

# every body sentence: the claims, and (from all of them) the span of the body
_SENTENCES_SQL = f"""
    SELECT sentence_id, article_id, sentence_index, paragraph, start_char, end_char, text,
           claim_score, claim_kind, attribution, speaker, speaker_text, speaker_role, cue_text,
           cue_parts, act_text, act_parts, vague_source, hedged, explanation, source_id,
           source_name, source_kind, source_credibility, source_independence, claim
    FROM sentences_v
    WHERE article_id IN {_IDS}
    ORDER BY article_id, start_char, end_char, sentence_index
"""

_ANNOTATIONS_SQL = f"""
    SELECT sentence_id, article_id, reviewer, verdict, source_credibility, note,
           corrected_attribution, corrected_speaker, annotated_at, orphaned
    FROM annotations_v
    WHERE article_id IN {_IDS}
    ORDER BY annotated_at, reviewer
"""

_SOURCES_SQL = f"""
    SELECT source_id, kind, name, role, credibility, independence, n_claims
    FROM sources_v
    WHERE source_id IN {_IDS}
"""

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Selection:
    """Which articles a report covers: the ARTICLEs named, or all (`--all`), narrowed
    by outlet (exact, any case) and by date (inclusive; the publication date, else the
    day the article was added to the store)."""

    refs: tuple[str, ...] = ()
    all_articles: bool = False
    outlet: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def filtered(self) -> bool:
        return self.outlet is not None or self.since is not None or self.until is not None

    def describe(self) -> str:
        parts = []
        if self.refs:
            parts.append(f"{len(self.refs)} named article{'s' if len(self.refs) != 1 else ''}")
        if self.outlet is not None:
            parts.append(f"outlet {self.outlet}")
        if self.since is not None:
            parts.append(f"since {self.since.isoformat()}")
        if self.until is not None:
            parts.append(f"until {self.until.isoformat()}")
        return ", ".join(parts) if parts else "all articles"


def article_date(article: ArticleInfo) -> date:
    """The date the filters compare: the publication date, else the day it was added."""
    if article.published:
        match = _ISO_DATE.match(article.published.strip())
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                pass
    return article.added_at.astimezone(UTC).date()


def select_articles(store: Store, selection: Selection) -> list[ArticleInfo]:
    """The stored articles the selection names, in the order given (named articles) or
    newest first. Raises ReportError (or the store's NotFoundError) when none match."""
    if selection.refs:
        chosen: dict[str, ArticleInfo] = {}
        for ref in selection.refs:
            article = store.get_article(ref)
            chosen.setdefault(article.article_id, article)
        articles = list(chosen.values())
    else:
        articles = store.list_articles(outlet=selection.outlet)
    articles = [a for a in articles if _wanted(a, selection)]
    if not articles:
        if not selection.refs and not store.list_articles(limit=1):
            raise ReportError(store.what, "no articles stored yet (add some with `claimcheck add`)")
        raise ReportError("report", f"no stored article matches: {selection.describe()}")
    return articles


def _wanted(article: ArticleInfo, selection: Selection) -> bool:
    if selection.outlet is not None and (article.outlet or "").casefold() != (
        selection.outlet.casefold()
    ):
        return False
    if selection.since is not None or selection.until is not None:
        day = article_date(article)
        if selection.since is not None and day < selection.since:
            return False
        if selection.until is not None and day > selection.until:
            return False
    return True


# --- loading ------------------------------------------------------------------------------


def _attribution(value: Any) -> Attribution:
    for kind in ATTRIBUTIONS:
        if value == kind:
            return kind
    return "unattributed"


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


Row = dict[str, Any]


def _parts(value: Any) -> tuple[Part, ...]:
    """The parts of a `cue_parts` or `act_parts` value of sentences_v."""
    return tuple(
        Part(str(p["text"] or ""), int(p["start"]), int(p["end"]))
        for p in value or ()
        if p["start"] is not None and p["end"] is not None
    )


def _joined(parts: tuple[Part, ...], main: str | None) -> str | None:
    """A cue or act as it reads with all its parts: "Wie … mitteilte"."""
    return parts_label(main, (part.text for part in parts))


def _rows(store: Store, sql: str, ids: Sequence[str]) -> list[Row]:
    """The rows of a query over the ids, as dicts by column name."""
    result = store.query(sql, [list(ids)])
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def _utc(value: Any) -> datetime:
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, not {value!r}")
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class _Source:
    source_id: str
    kind: str
    name: str
    role: str | None
    credibility: int | None
    independence: str
    n_claims: int


def _meta(article: ArticleInfo) -> ArticleMeta:
    return ArticleMeta(
        article_id=article.article_id,
        input=article.input,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        author=article.author,
        language=article.language,
        added_at=_utc(article.added_at),
        extracted_at=_utc(article.extracted_at),
        sentences=article.n_sentences,
    )


def load_reports(
    store: Store,
    articles: Sequence[ArticleInfo],
    *,
    with_text: bool = False,
    now: datetime | None = None,
) -> list[ArticleReport]:
    """The reports of `articles`, in their order. `with_text` also loads each article's
    text and body span (for the HTML report)."""
    generated_at = _utc(now) if now is not None else datetime.now(UTC)
    ids = [a.article_id for a in articles]
    if not ids:
        return []
    claim_rows: dict[str, list[Row]] = defaultdict(list)
    bodies: dict[str, tuple[int, int]] = {}
    for row in _rows(store, _SENTENCES_SQL, ids):
        article_id, start, end = str(row["article_id"]), row["start_char"], row["end_char"]
        if row["claim"]:
            claim_rows[article_id].append(row)
        body = bodies.get(article_id)
        bodies[article_id] = (min(body[0], start), max(body[1], end)) if body else (start, end)
    reviews: dict[str, list[Review]] = defaultdict(list)
    orphaned: Counter[str] = Counter()
    for row in _rows(store, _ANNOTATIONS_SQL, ids):
        if row["orphaned"]:
            orphaned[str(row["article_id"])] += 1
            continue
        reviews[str(row["sentence_id"])].append(
            Review(
                reviewer=str(row["reviewer"]),
                verdict=_opt_str(row["verdict"]),
                source_credibility=_opt_int(row["source_credibility"]),
                note=_opt_str(row["note"]),
                corrected_attribution=_opt_str(row["corrected_attribution"]),
                corrected_speaker=_opt_str(row["corrected_speaker"]),
                annotated_at=_utc(row["annotated_at"]),
            )
        )
    source_ids = {str(r["source_id"]) for rs in claim_rows.values() for r in rs if r["source_id"]}
    source_ids |= {a.outlet_source_id for a in articles if a.outlet_source_id}
    sources: dict[str, _Source] = {}
    if source_ids:
        for row in _rows(store, _SOURCES_SQL, sorted(source_ids)):
            sources[str(row["source_id"])] = _Source(
                source_id=str(row["source_id"]),
                kind=str(row["kind"]),
                name=str(row["name"]),
                role=_opt_str(row["role"]),
                credibility=_opt_int(row["credibility"]),
                independence=str(row["independence"] or "unknown"),
                n_claims=int(row["n_claims"]),
            )
    texts: dict[str, str] = {}
    if with_text:
        for article_id in ids:
            texts[article_id] = store.article_text(article_id)
    return [
        _article_report(
            article,
            claim_rows.get(article.article_id, []),
            reviews,
            sources,
            orphaned[article.article_id],
            generated_at,
            texts.get(article.article_id),
            bodies.get(article.article_id) if with_text else None,
        )
        for article in articles
    ]


def _outlet_ref(article: ArticleInfo, sources: dict[str, _Source]) -> SourceRef | None:
    outlet = sources.get(article.outlet_source_id or "")
    if outlet is not None:
        return SourceRef(
            outlet.source_id, outlet.name, "outlet", outlet.credibility, outlet.independence
        )
    if article.outlet:
        return SourceRef(None, article.outlet, "outlet", None, "unknown")
    return None


def _flags(
    attribution: Attribution,
    speaker: str | None,
    vague: bool,
    hedged: bool,
    source: SourceRef | None,
    reviews: Sequence[Review],
) -> tuple[Flag, ...]:
    flags: list[Flag] = []
    if hedged:
        flags.append("hedged")
    if vague:
        flags.append("vague_source")
    if source is not None and source.credibility is not None:
        if source.credibility <= LOW_CREDIBILITY:
            flags.append("low_credibility")
    if source is not None and source.independence == "interested party":
        flags.append("interested_party")
    if len({r.verdict for r in reviews if r.verdict}) > 1:
        flags.append("disputed")
    if any(r.corrected_attribution not in (None, attribution) for r in reviews):
        flags.append("attribution_corrected")
    if any(
        r.corrected_speaker is not None and r.corrected_speaker != (speaker or "") for r in reviews
    ):
        flags.append("speaker_corrected")
    return tuple(flags)


def _claim(
    number: int,
    row: Row,
    reviews: Sequence[Review],
    sources: dict[str, _Source],
    outlet: SourceRef | None,
) -> Claim:
    attribution = _attribution(row["attribution"])
    speaker = _opt_str(row["speaker"])
    vague, hedged = bool(row["vague_source"]), bool(row["hedged"])
    source: SourceRef | None
    if attribution == "unattributed":
        source = outlet
    elif row["source_id"]:
        known = sources.get(str(row["source_id"]))
        source = SourceRef(
            source_id=str(row["source_id"]),
            name=known.name if known else str(row["source_name"] or speaker or ""),
            kind=known.kind if known else _opt_str(row["source_kind"]),
            credibility=known.credibility if known else _opt_int(row["source_credibility"]),
            independence=(
                known.independence if known else str(row["source_independence"] or "unknown")
            ),
        )
    elif speaker:
        source = SourceRef(None, speaker, None, None, "unknown")
    else:
        source = None
    ordered = tuple(sorted(reviews, key=lambda r: (r.reviewer.casefold(), r.reviewer)))
    cue_parts, act_parts = _parts(row["cue_parts"]), _parts(row["act_parts"])
    return Claim(
        number=number,
        sentence_id=str(row["sentence_id"]),
        index=int(row["sentence_index"]),
        paragraph=int(row["paragraph"]),
        start=int(row["start_char"]),
        end=int(row["end_char"]),
        text=str(row["text"]),
        score=float(row["claim_score"]),
        kind=_opt_str(row["claim_kind"]),
        attribution=attribution,
        speaker=speaker,
        speaker_mention=_opt_str(row["speaker_text"]),
        role=_opt_str(row["speaker_role"]),
        cue=_joined(cue_parts, _opt_str(row["cue_text"])),
        cue_parts=cue_parts,
        act=_joined(act_parts, _opt_str(row["act_text"])),
        act_parts=act_parts,
        vague_source=vague,
        hedged=hedged,
        explanation=str(row["explanation"] or ""),
        source=source,
        reviews=ordered,
        flags=_flags(attribution, speaker, vague, hedged, source, ordered),
    )


def _article_report(
    article: ArticleInfo,
    rows: Sequence[Row],
    reviews: dict[str, list[Review]],
    sources: dict[str, _Source],
    orphaned: int,
    generated_at: datetime,
    text: str | None,
    body: tuple[int, int] | None,
) -> ArticleReport:
    outlet = _outlet_ref(article, sources)
    claims = tuple(
        _claim(number, row, reviews.get(str(row["sentence_id"]), ()), sources, outlet)
        for number, row in enumerate(rows, start=1)
    )
    return ArticleReport(
        article=_meta(article),
        review=review_status(claims, orphaned=orphaned),
        profile=Profile.of(claims),
        claims=claims,
        sources=_source_lines(claims, outlet, sources),
        generated_at=generated_at,
        text=text,
        body=body,
    )


def _verdict_totals(reviews: Iterable[Review]) -> tuple[tuple[str, int], ...]:
    counts = Counter(r.verdict for r in reviews if r.verdict)
    known = tuple((v, counts[v]) for v in VERDICT_ORDER if counts[v])
    return known + tuple(sorted((v, n) for v, n in counts.items() if v not in VERDICT_ORDER))


def review_status(claims: Sequence[Claim], *, orphaned: int = 0) -> ReviewStatus:
    reviews = [r for c in claims for r in c.reviews]
    times = [r.annotated_at for r in reviews]
    return ReviewStatus(
        reviewers=tuple(sorted({r.reviewer for r in reviews}, key=lambda n: (n.casefold(), n))),
        claims_reviewed=sum(1 for c in claims if c.reviews),
        annotations=len(reviews),
        first_at=min(times) if times else None,
        last_at=max(times) if times else None,
        verdicts=_verdict_totals(reviews),
        orphaned=orphaned,
    )


def speaker_key(claim: Claim) -> str:
    """What groups a claim's speaker: the source, else the name as written."""
    if claim.source is not None and claim.source.source_id:
        return claim.source.source_id
    return "speaker:" + (claim.speaker or "").casefold()


def _speaker_name(claim: Claim) -> str:
    if claim.source is not None and claim.source.name:
        return claim.source.name
    return claim.speaker or "(unnamed source)"


def _source_lines(
    claims: Sequence[Claim], outlet: SourceRef | None, sources: dict[str, _Source]
) -> tuple[SourceLine, ...]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.attribution != "unattributed":
            groups[speaker_key(claim)].append(claim)
    lines: list[SourceLine] = []
    if outlet is not None:
        own = [c for c in claims if c.attribution == "unattributed"]
        known = sources.get(outlet.source_id or "")
        lines.append(
            SourceLine(
                source_id=outlet.source_id,
                name=outlet.name,
                kind="outlet",
                role=None,
                is_outlet=True,
                credibility=outlet.credibility,
                independence=outlet.independence,
                claims=len(own),
                direct_quote=0,
                reported_speech=0,
                vague=any(c.vague_source for c in own),
                claims_in_store=known.n_claims if known else None,
            )
        )
    speakers = []
    for group in groups.values():
        first = group[0]
        known = sources.get(first.source.source_id or "") if first.source else None
        role = (known.role if known else None) or next((c.role for c in group if c.role), None)
        speakers.append(
            SourceLine(
                source_id=first.source.source_id if first.source else None,
                name=_speaker_name(first),
                kind=first.source.kind if first.source else None,
                role=role,
                is_outlet=False,
                credibility=first.source.credibility if first.source else None,
                independence=first.source.independence if first.source else "unknown",
                claims=len(group),
                direct_quote=sum(c.attribution == "direct_quote" for c in group),
                reported_speech=sum(c.attribution == "reported_speech" for c in group),
                vague=any(c.vague_source for c in group),
                claims_in_store=known.n_claims if known else None,
            )
        )
    speakers.sort(key=lambda s: (-s.claims, s.name.casefold(), s.name))
    return tuple(lines + speakers)


# --- the summary --------------------------------------------------------------------------


def build_summary(
    reports: Sequence[ArticleReport],
    *,
    selection: str = "all articles",
    now: datetime | None = None,
) -> Summary:
    """Totals over the reports, per outlet and per speaker, with verdict totals."""
    generated_at = _utc(now) if now is not None else datetime.now(UTC)
    all_claims = [c for r in reports for c in r.claims]
    by_outlet: dict[str, list[ArticleReport]] = defaultdict(list)
    for report in reports:
        outlet = next((s for s in report.sources if s.is_outlet), None)
        key = (
            outlet.source_id
            if outlet is not None and outlet.source_id
            else "outlet:" + (report.article.outlet or "").casefold()
        )
        by_outlet[key].append(report)
    outlets = []
    for group in by_outlet.values():
        claims = [c for r in group for c in r.claims]
        line = next((s for s in group[0].sources if s.is_outlet), None)
        outlets.append(
            GroupRow(
                key=line.source_id if line else None,
                name=line.name if line else "(no outlet)",
                kind="outlet" if line else None,
                role=None,
                credibility=line.credibility if line else None,
                independence=line.independence if line else "unknown",
                articles=len(group),
                profile=Profile.of(claims),
                verdicts=_verdict_totals(r for c in claims for r in c.reviews),
                claims_reviewed=sum(1 for c in claims if c.reviews),
            )
        )
    outlets.sort(key=lambda g: (-g.profile.claims, g.name.casefold(), g.name))

    by_speaker: dict[str, list[tuple[str, Claim]]] = defaultdict(list)
    lines: dict[str, SourceLine] = {}
    for report in reports:
        for claim in report.claims:
            if claim.attribution == "unattributed":
                continue
            key = speaker_key(claim)
            by_speaker[key].append((report.article.article_id, claim))
        for line in report.sources:
            if not line.is_outlet and line.source_id:
                lines.setdefault(line.source_id, line)
    speakers = []
    for key, items in by_speaker.items():
        claims = [c for _, c in items]
        first = claims[0]
        line = lines.get(key)
        speakers.append(
            GroupRow(
                key=first.source.source_id if first.source else None,
                name=_speaker_name(first),
                kind=first.source.kind if first.source else None,
                role=(line.role if line else None)
                or next((c.role for c in claims if c.role), None),
                credibility=first.source.credibility if first.source else None,
                independence=first.source.independence if first.source else "unknown",
                articles=len({a for a, _ in items}),
                profile=Profile.of(claims),
                verdicts=_verdict_totals(r for c in claims for r in c.reviews),
                claims_reviewed=sum(1 for c in claims if c.reviews),
            )
        )
    speakers.sort(key=lambda g: (-g.profile.claims, g.name.casefold(), g.name))
    return Summary(
        generated_at=generated_at,
        articles=len(reports),
        profile=Profile.of(all_claims),
        review=review_status(all_claims, orphaned=sum(r.review.orphaned for r in reports)),
        outlets=tuple(outlets),
        speakers=tuple(speakers),
        selection=selection,
    )
