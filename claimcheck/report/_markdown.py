"""The Markdown report, for pasting into tickets and notes.

Everything that comes from an article, a reviewer or a source goes through
`markdown_escape`: no raw HTML, no emphasis or links, no table cell breaks.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._output import markdown_escape
from ._format import (
    attention_reason,
    attribution_label,
    claim_verdicts,
    flag_labels,
    framing_label,
    percent,
    rating,
    review_line,
    review_period,
    segments,
    source_rating,
    speaker_label,
    timestamp,
    verdict_summary,
)
from ._model import ATTRIBUTIONS, ArticleReport, GroupRow, Profile, ReviewStatus, Summary

BAR_WIDTH = 40
BAR_CHARS = {"direct_quote": "█", "reported_speech": "▓", "unattributed": "░"}


def esc(value: object) -> str:
    return markdown_escape(str(value))


def _bar(profile: Profile) -> str:
    cells = "".join(BAR_CHARS[a] * n for a, n in segments(profile, BAR_WIDTH))
    return f"`{cells}`" if cells else ""


def _profile_lines(profile: Profile) -> list[str]:
    lines = [
        "| attribution | claims | share |",
        "|---|---:|---:|",
    ]
    for kind in ATTRIBUTIONS:
        lines.append(
            f"| `{BAR_CHARS[kind]}` {attribution_label(kind)} | {profile.count(kind)} | "
            f"{percent(profile.share(kind))} |"
        )
    lines.append(f"| vague source | {profile.vague_source} | {percent(profile.share_vague)} |")
    lines.append(f"| **all claims** | **{profile.claims}** | |")
    lines.append("")
    bar = _bar(profile)
    if bar:
        lines += [bar, ""]
    lines.append(
        f"**{percent(profile.share_unattributed)}** of the claims are unattributed, "
        f"**{percent(profile.share_vague)}** rest on a vague source."
    )
    return lines


def _reviewed(review: ReviewStatus, claims: int) -> str:
    if not review.reviewers:
        text = "not reviewed yet"
    else:
        text = (
            f"by {esc(', '.join(review.reviewers))}: {review.claims_reviewed} of {claims} "
            f"claims, {review_period(review.first_at, review.last_at)}"
        )
    if review.orphaned:
        text += f" ({review.orphaned} annotation(s) on sentences a re-extraction no longer finds)"
    return text


def render_article(report: ArticleReport) -> str:
    a = report.article
    lines = [f"## Claims report: {esc(a.display_title)}", ""]
    lines += ["| | |", "|---|---|"]
    rows = [
        ("Title", a.title),
        ("Outlet", a.outlet),
        ("Published", a.published),
        ("Author", a.author),
        ("URL", a.url),
        ("Language", a.language),
        ("Article", f"{a.article_id} ({a.input})"),
    ]
    for label, value in rows:
        lines.append(f"| {label} | {esc(value) if value else '–'} |")
    lines.append(f"| Reviewed | {_reviewed(report.review, report.profile.claims)} |")
    lines.append(f"| Report made | {timestamp(report.generated_at)} |")
    lines += ["", "### Attribution profile", ""]
    lines += _profile_lines(report.profile)

    attention = report.attention
    lines += ["", f"### Needs attention: claims nobody stands behind ({len(attention)})", ""]
    if attention:
        lines += [
            "| # | score | why | claim | verdicts |",
            "|---:|---:|---|---|---|",
        ]
        for c in attention:
            lines.append(
                f"| {c.number} | {c.score:.2f} | {esc(attention_reason(c))} | {esc(c.text)} | "
                f"{esc(claim_verdicts(c))} |"
            )
    else:
        lines.append("Every claim is given to a named source.")

    lines += ["", f"### Claims ({len(report.claims)})", ""]
    if report.claims:
        lines += [
            "| # | attribution | claim | speaker | source rating | reviews | flags |",
            "|---:|---|---|---|---|---|---|",
        ]
        for c in report.claims:
            reviews = "; ".join(review_line(r) for r in c.reviews) or "–"
            framing = framing_label(c)
            who = speaker_label(c) + (f" · {framing}" if framing else "")
            lines.append(
                f"| {c.number} | {attribution_label(c.attribution)} | {esc(c.text)} | "
                f"{esc(who)} | {esc(source_rating(c.source))} | {esc(reviews)} | "
                f"{esc(', '.join(flag_labels(c.flags))) or '–'} |"
            )
    else:
        lines.append("No claims were found in this article.")

    lines += ["", "### Sources", ""]
    if report.sources:
        lines += [
            "| source | kind | role | rating | claims here | quote / reported | in store |",
            "|---|---|---|---|---:|---|---:|",
        ]
        for s in report.sources:
            kind = "outlet (own voice)" if s.is_outlet else (s.kind or "unmatched")
            if s.vague:
                kind += ", vague"
            split = "–" if s.is_outlet else f"{s.direct_quote} / {s.reported_speech}"
            lines.append(
                f"| {esc(s.name)} | {esc(kind)} | {esc(s.role) if s.role else '–'} | "
                f"{esc(rating(s.credibility, s.independence))} | {s.claims} | {split} | "
                f"{s.claims_in_store if s.claims_in_store is not None else '–'} |"
            )
    else:
        lines.append("No sources.")
    lines.append("")
    return "\n".join(lines)


def render_markdown(reports: Sequence[ArticleReport]) -> str:
    return "\n---\n\n".join(render_article(r) for r in reports)


def _group_table(rows: Sequence[GroupRow], total: int, *, speakers: bool) -> list[str]:
    head = ["speaker", "role"] if speakers else ["outlet"]
    head += ["rating", "articles", "claims", "share of all", "quote", "reported"]
    head += [] if speakers else ["unattributed", "% unattributed"]
    head += ["vague", "% vague", "verdicts"]
    left = {"speaker", "role", "outlet", "rating", "verdicts"}
    lines = [
        "| " + " | ".join(head) + " |",
        "|" + "|".join("---" if h in left else "---:" for h in head) + "|",
    ]
    for g in rows:
        p = g.profile
        cells = [esc(g.name)]
        if speakers:
            cells.append(esc(g.role) if g.role else "–")
        cells += [
            esc(rating(g.credibility, g.independence)),
            str(g.articles),
            str(p.claims),
            percent(p.claims / total if total else None),
            str(p.direct_quote),
            str(p.reported_speech),
        ]
        if not speakers:
            cells += [str(p.unattributed), percent(p.share_unattributed)]
        cells += [str(p.vague_source), percent(p.share_vague), esc(verdict_summary(g.verdicts))]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def render_summary_markdown(summary: Summary, *, top: int | None = None) -> str:
    total = summary.profile.claims
    lines = [
        f"## Claims summary: {summary.articles} article{'s' if summary.articles != 1 else ''}",
        "",
        f"Selection: {esc(summary.selection)}. Report made {timestamp(summary.generated_at)}.",
        "",
        "### Attribution profile",
        "",
    ]
    lines += _profile_lines(summary.profile)
    review = summary.review
    lines += [
        "",
        "### Verdicts",
        "",
        f"Reviewed: {_reviewed(review, total)}.",
        "",
        "| verdict | annotations |",
        "|---|---:|",
    ]
    lines += [f"| {esc(v)} | {n} |" for v, n in review.verdicts] or ["| – | 0 |"]
    for title, rows, speakers in (
        ("Per outlet", summary.outlets, False),
        ("Per speaker", summary.speakers, True),
    ):
        shown = rows if not top else rows[:top]
        lines += ["", f"### {title} ({len(rows)})", ""]
        lines += _group_table(shown, total, speakers=speakers)
        if len(shown) < len(rows):
            lines += ["", f"…and {len(rows) - len(shown)} more (`--top 0` shows all)."]
    lines.append("")
    return "\n".join(lines)
