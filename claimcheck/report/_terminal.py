"""The terminal report (rich). Article text is data, never markup: every string from an
article, a reviewer or a source becomes a rich `Text` with its control characters made
visible (`claimcheck._output.plain`), so no escape sequence or [markup] reaches the
terminal.

An article's report is laid out as blocks of text with a hanging indent rather than as
rich tables: it reads better in a terminal (a claim gets the full width) and it is
several times cheaper to lay out, which matters for `report --all` over thousands of
articles. The summary, rendered once, uses tables.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from typing import IO

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from .._output import BADGES, plain
from ._format import (
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
from ._model import (
    ATTRIBUTIONS,
    ArticleReport,
    Attribution,
    Claim,
    GroupRow,
    Profile,
    SourceLine,
    Summary,
)

BAR_WIDTH = 48
INDENT = 5
STYLES: dict[Attribution, str] = {
    "direct_quote": "green",
    "reported_speech": "blue",
    "unattributed": "red",
}
VERDICT_STYLES = {
    "refuted": "bold red",
    "misleading": "bold yellow",
    "unverifiable": "magenta",
    "supported": "green",
    "not a claim": "dim",
    "not reviewed": "dim",
}


def t(value: object, style: str = "") -> Text:
    """Untrusted text as a rich Text: no markup, control characters visible."""
    return Text(plain(str(value)), style=style)


class Hanging:
    """Paragraphs with a hanging indent: each item is (label, body); the label stands in
    the first `indent` cells of the first line, the body wraps in the rest."""

    def __init__(self, items: Iterable[tuple[Text, Text]], indent: int = INDENT) -> None:
        self.items = list(items)
        self.indent = indent

    def lines(self, console: Console, max_width: int) -> list[Text]:
        width = max(max_width - self.indent, 20)
        out: list[Text] = []
        pad = " " * self.indent
        for label, body in self.items:
            if body.cell_len <= width and "\n" not in body.plain:
                wrapped: Iterable[Text] = (body,)  # the common case: no wrapping needed
            else:
                wrapped = body.wrap(console, width)
            for i, line in enumerate(wrapped):
                if i == 0:
                    head = label.copy()
                    head.truncate(self.indent - 1)
                    head.pad_right(self.indent - head.cell_len)
                else:
                    head = Text(pad)
                head.append_text(line)
                out.append(head)
        while out and not out[-1].plain.strip():
            out.pop()
        return out

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text("\n", no_wrap=True, overflow="ignore").join(
            self.lines(console, options.max_width)
        )


def styled(text: str, style: str) -> Text:
    """Our own label as a styled span, so that what is appended after it keeps its own
    style (a Text's base style would cover the whole line)."""
    out = Text()
    out.append(text, style=style)
    return out


def _badge(attribution: str) -> Text:
    label, style = BADGES.get(attribution, (attribution.upper(), "bold"))
    return styled(label, style)


def _verdicts(text: str) -> Text:
    out = Text()
    for i, part in enumerate(text.split(", ")):
        if i:
            out.append(", ")
        name = part.split(" ", 1)[1] if part[:1].isdigit() and " " in part else part
        out.append(plain(part), style=VERDICT_STYLES.get(name, ""))
    return out


def profile_bar(profile: Profile, width: int = BAR_WIDTH) -> Text:
    bar = Text()
    for kind, cells in segments(profile, width):
        bar.append("█" * cells, style=STYLES[kind])
    if not bar:
        bar.append("░" * width, style="dim")
    return bar


def _profile(profile: Profile) -> RenderableType:
    legend = Text()
    for i, kind in enumerate(ATTRIBUTIONS):
        if i:
            legend.append("   ")
        legend.append("■ ", style=STYLES[kind])
        legend.append(
            f"{attribution_label(kind)} {profile.count(kind)} ({percent(profile.share(kind))})"
        )
    shares = Text()
    shares.append(percent(profile.share_unattributed), style="bold red")
    shares.append(" unattributed   ")
    shares.append(percent(profile.share_vague), style="bold yellow")
    shares.append(f" vague source   ({profile.claims} claims, {profile.hedged} hedged)")
    return Group(profile_bar(profile), legend, shares)


def _meta_line(label: str, value: Text) -> tuple[Text, Text]:
    return Text(label, style="bold"), value


def _header(report: ArticleReport) -> Iterator[RenderableType]:
    a = report.article
    review = report.review
    if review.reviewers:
        reviewed = t(
            f"{', '.join(review.reviewers)}: {review.claims_reviewed} of "
            f"{report.profile.claims} claims, {review_period(review.first_at, review.last_at)}"
        )
    else:
        reviewed = styled("not reviewed yet", "dim")
    if review.orphaned:
        reviewed.append(
            f" ({review.orphaned} annotation(s) on sentences no longer found)", style="yellow"
        )
    rows = [
        _meta_line(label, t(value) if value else Text("–", style="dim"))
        for label, value in (
            ("Outlet", a.outlet),
            ("Published", a.published),
            ("Author", a.author),
            ("URL", a.url),
            ("Language", a.language),
            ("Article", f"{a.article_id}  {a.input}"),
        )
    ]
    rows.append(_meta_line("Reviewed", reviewed))
    yield Rule(style="dim")
    yield Hanging([(Text("CLAIMS REPORT", style="dim"), t(a.display_title, "bold"))], indent=15)
    yield Hanging(rows, indent=15)


def _section(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def _number(claim: Claim) -> Text:
    return Text(f"{claim.number:>3}", style="bold")


def _claim_items(c: Claim) -> list[tuple[Text, Text]]:
    head = _badge(c.attribution)
    head.append(f"  {c.kind or 'claim'} · check-worthiness {c.score:.2f}", style="dim")
    for flag in flag_labels(c.flags):
        head.append("  ")
        head.append(f"[{flag}]", style="yellow")
    who = styled("speaker ", "dim")
    who.append(plain(speaker_label(c)))
    framing = framing_label(c)
    if framing:
        who.append(plain(f" · {framing}"))
    who.append(f" · {source_rating(c.source)}", style="dim")
    items = [(_number(c), head), (Text(""), t(c.text)), (Text(""), who)]
    if c.reviews:
        for review in c.reviews:
            verdict = review.verdict or "no verdict"
            line = styled("review  ", "dim")
            line.append(plain(f"{review.reviewer}: "))
            line.append(verdict, style=VERDICT_STYLES.get(verdict, "dim"))
            line.append(plain(review_line(review)[len(f"{review.reviewer}: {verdict}") :]))
            items.append((Text(""), line))
    else:
        items.append((Text(""), Text("review  not reviewed", style="dim")))
    items.append((Text(""), Text("")))
    return items


def _attention_items(c: Claim) -> list[tuple[Text, Text]]:
    head = _badge(c.attribution)
    if c.vague_source:
        head.append("  ")
        head.append(
            f"vague source: {plain(c.speaker)}" if c.speaker else "vague source", style="yellow"
        )
    head.append(f"  check-worthiness {c.score:.2f}  ", style="dim")
    head.append_text(_verdicts(claim_verdicts(c)))
    return [(_number(c), head), (Text(""), t(c.text)), (Text(""), Text(""))]


class Columns:
    """A plain table without borders: cells longer than their column wrap onto more
    lines. Much cheaper than a rich Table for the few columns of the sources."""

    def __init__(
        self, rows: Sequence[Sequence[Text]], widths: Sequence[int], right: frozenset[int]
    ) -> None:
        self.rows, self.widths, self.right = rows, widths, right

    def lines(self, console: Console, max_width: int) -> list[Text]:
        lines: list[Text] = []
        for row in self.rows:
            wrapped = [
                cell.wrap(console, max(width, 1)) if cell.cell_len > width else [cell]
                for cell, width in zip(row, self.widths, strict=True)
            ]
            for n in range(max(len(w) for w in wrapped)):
                out = Text()
                for i, (cells, width) in enumerate(zip(wrapped, self.widths, strict=True)):
                    cell = cells[n].copy() if n < len(cells) else Text("")
                    cell.rstrip()
                    gap = " " * max(width - cell.cell_len, 0)
                    if i in self.right:
                        out.append(gap)
                        out.append_text(cell)
                    else:
                        out.append_text(cell)
                        out.append(gap)
                    out.append("  ")
                out.rstrip()
                lines.append(out)
        return lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text("\n", no_wrap=True, overflow="ignore").join(
            self.lines(console, options.max_width)
        )


def _sources(sources: Sequence[SourceLine]) -> RenderableType:
    header = [
        Text(h, style="bold")
        for h in ("source", "kind", "role", "rating", "claims", "quote/rep.", "in store")
    ]
    rows: list[list[Text]] = [header]
    for s in sources:
        kind = "outlet (own voice)" if s.is_outlet else (s.kind or "unmatched")
        rows.append(
            [
                t(s.name, "bold" if s.is_outlet else ""),
                t(kind + (", vague" if s.vague else ""), "yellow" if s.vague else ""),
                t(s.role or "–"),
                t(rating(s.credibility, s.independence)),
                Text(str(s.claims)),
                Text("–" if s.is_outlet else f"{s.direct_quote}/{s.reported_speech}"),
                Text("–" if s.claims_in_store is None else str(s.claims_in_store)),
            ]
        )
    natural = [max(r[i].cell_len for r in rows) for i in range(len(header))]
    caps = (34, 24, 20, 24, 6, 10, 8)
    widths = [min(n, cap) for n, cap in zip(natural, caps, strict=True)]
    return Columns(rows, widths, frozenset({4, 5, 6}))


def render_article(report: ArticleReport) -> Iterator[RenderableType]:
    yield from _header(report)
    yield _section("Attribution profile")
    yield _profile(report.profile)

    attention = report.attention
    yield _section(f"Needs attention: claims nobody stands behind ({len(attention)})")
    if attention:
        yield Hanging(item for c in attention for item in _attention_items(c))
    else:
        yield Text("Every claim is given to a named source.", style="dim")

    yield _section(f"Claims ({len(report.claims)})")
    if report.claims:
        yield Hanging(item for c in report.claims for item in _claim_items(c))
    else:
        yield Text("No claims were found in this article.", style="dim")

    yield _section("Sources")
    if report.sources:
        yield _sources(report.sources)
    else:
        yield Text("No sources.", style="dim")


def render_reports(reports: Sequence[ArticleReport]) -> Iterator[RenderableType]:
    for i, report in enumerate(reports):
        if i:
            yield Text("")
        yield from render_article(report)


def _group_table(rows: Sequence[GroupRow], total: int, *, speakers: bool) -> Table:
    table = Table(expand=True)
    table.add_column("speaker" if speakers else "outlet", ratio=2, overflow="fold")
    if speakers:
        table.add_column("role", ratio=1, overflow="fold")
    table.add_column("rating", ratio=1, overflow="fold")
    table.add_column("art.", justify="right", no_wrap=True)
    table.add_column("claims", justify="right", no_wrap=True)
    table.add_column("of all", justify="right", no_wrap=True)
    table.add_column("profile", no_wrap=True)
    table.add_column("quote", justify="right", no_wrap=True)
    table.add_column("rep.", justify="right", no_wrap=True)
    if not speakers:
        table.add_column("unattr.", justify="right", no_wrap=True)
    table.add_column("vague", justify="right", no_wrap=True)
    table.add_column("verdicts", ratio=2, overflow="fold")
    for g in rows:
        p = g.profile
        cells: list[RenderableType] = [t(g.name)]
        if speakers:
            cells.append(t(g.role or "–"))
        cells += [
            t(rating(g.credibility, g.independence)),
            str(g.articles),
            str(p.claims),
            percent(p.claims / total if total else None),
            profile_bar(p, 10),
            str(p.direct_quote),
            str(p.reported_speech),
        ]
        if not speakers:
            cells.append(f"{p.unattributed} {percent(p.share_unattributed):>4}")
        cells += [
            f"{p.vague_source} {percent(p.share_vague):>4}",
            _verdicts(verdict_summary(g.verdicts)),
        ]
        table.add_row(*cells)
    return table


def render_summary(summary: Summary, *, top: int | None = None) -> Iterator[RenderableType]:
    total = summary.profile.claims
    title = f"Claims summary: {summary.articles} article{'s' if summary.articles != 1 else ''}"
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row("Selection", t(summary.selection))
    review = summary.review
    grid.add_row(
        "Reviewed",
        t(
            f"{', '.join(review.reviewers)}: {review.claims_reviewed} of {total} claims, "
            f"{review_period(review.first_at, review.last_at)}"
        )
        if review.reviewers
        else Text("not reviewed yet", style="dim"),
    )
    grid.add_row("Verdicts", _verdicts(verdict_summary(review.verdicts)))
    grid.add_row("Made", timestamp(summary.generated_at))
    yield Panel(grid, title=Text(title, style="bold"), title_align="left", expand=True)
    yield _section("Attribution profile")
    yield _profile(summary.profile)
    for heading, rows, speakers in (
        ("Per outlet", summary.outlets, False),
        ("Per speaker", summary.speakers, True),
    ):
        shown = rows if not top else rows[:top]
        yield _section(f"{heading} ({len(rows)})")
        yield _group_table(shown, total, speakers=speakers)
        if len(shown) < len(rows):
            yield Text(f"…and {len(rows) - len(shown)} more (--top 0 shows all)", style="dim")


def plain_console(stream: IO[str], width: int = 120) -> Console:
    """A console that writes plain text: no colour, no escape sequences."""
    return Console(
        file=stream,
        width=width,
        color_system=None,
        force_terminal=False,
        highlight=False,
        markup=False,
        emoji=False,
    )


def to_text(renderables: Iterator[RenderableType], width: int = 120) -> str:
    """Plain text (no colour, no escape sequences), for a report written to a file."""
    buffer = io.StringIO()
    console = plain_console(buffer, width)
    for item in renderables:
        if isinstance(item, (Hanging, Columns)):
            # plain text needs no styles: skip rich's rendering of the laid-out lines
            for line in item.lines(console, width):
                buffer.write(line.plain)
                buffer.write("\n")
        else:
            console.print(item)
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))
