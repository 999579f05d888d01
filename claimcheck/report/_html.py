"""The HTML report: one self-contained file (inline CSS and SVG, no JavaScript, nothing
loaded from elsewhere) that also prints well.

Every piece of text from an article, a reviewer or a source goes through `esc`
(control characters made visible, then `html.escape`), so an article that contains
`<script>` shows it as text. A Content-Security-Policy that forbids scripts and every
outside resource guards the file as well.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from .. import __version__
from .._output import plain
from ._format import (
    COLOURS,
    attribution_label,
    credibility,
    flag_labels,
    framing_label,
    percent,
    rating,
    review_period,
    source_rating,
    speaker_label,
    timestamp,
)
from ._model import (
    ATTRIBUTIONS,
    ArticleReport,
    Claim,
    GroupRow,
    Profile,
    Review,
    ReviewStatus,
    Summary,
)
from ._svg import mini_bar, profile_chart

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
SHORT = {"direct_quote": "dq", "reported_speech": "rs", "unattributed": "un"}
VERDICT_CLASS = {
    "refuted": "v-refuted",
    "misleading": "v-misleading",
    "unverifiable": "v-unverifiable",
    "supported": "v-supported",
    "not a claim": "v-none",
}

CSS = (
    """
:root {
  --ink: #1f2328; --muted: #5f6368; --line: #dadce0; --soft: #f6f7f9;
  --dq: @DQ@; --rs: @RS@; --un: @UN@; --vague: #b26b00;
  --dq-bg: #dcf2ea; --rs-bg: #dbeaf6; --un-bg: #fbe4d5;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { font-size: 15px; }
body {
  margin: 0; background: #eef0f3; color: var(--ink);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", sans-serif;
  line-height: 1.45;
}
main { max-width: 68rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.report, .contents {
  background: #fff; border: 1px solid var(--line); border-radius: 8px;
  padding: 1.75rem 2rem 1.25rem; margin-bottom: 1.5rem;
}
.kicker {
  margin: 0; font-size: .75rem; letter-spacing: .08em; text-transform: uppercase;
  color: var(--muted); font-weight: 600;
}
h1 { font-size: 1.6rem; line-height: 1.25; margin: .3rem 0 1rem; }
h2 {
  font-size: 1.1rem; margin: 2rem 0 .6rem; padding-bottom: .3rem;
  border-bottom: 2px solid var(--ink);
}
h2 .count { color: var(--muted); font-weight: 500; }
p.lede { margin: -.2rem 0 .8rem; color: var(--muted); font-size: .9rem; }
a { color: #1a5fb4; }
dl.meta {
  display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.25rem;
  margin: 0; font-size: .92rem;
}
dl.meta dt { color: var(--muted); font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.stats { display: flex; flex-wrap: wrap; gap: .75rem; margin: .5rem 0 1rem; }
.stat {
  flex: 1 1 9rem; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem;
  background: var(--soft);
}
.stat b { display: block; font-size: 1.5rem; line-height: 1.2; }
.stat span { font-size: .8rem; color: var(--muted); }
.stat.warn b { color: var(--un); }
.stat.vague b { color: var(--vague); }
svg.chart { display: block; max-width: 100%; height: auto; }
svg.mini { vertical-align: middle; }
ul.legend { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap;
  gap: .25rem 1.25rem; font-size: .85rem; }
.sw { display: inline-block; width: .85em; height: .85em; border-radius: 2px;
  vertical-align: -.05em; margin-right: .35em; }
.sw.dq { background: var(--dq); } .sw.rs { background: var(--rs); }
.sw.un { background: repeating-linear-gradient(45deg, var(--un) 0 3px, #f2b48c 3px 5px); }
.sw.vague { background: #e69f00; }
.badge {
  display: inline-block; font-size: .7rem; font-weight: 700; letter-spacing: .03em;
  text-transform: uppercase; padding: .05rem .4rem; border-radius: 3px; color: #fff;
  white-space: nowrap;
}
.badge.dq { background: var(--dq); } .badge.rs { background: var(--rs); }
.badge.un { background: var(--un); }
.chip {
  display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: 999px;
  border: 1px solid var(--line); background: var(--soft); margin: 0 .2rem .2rem 0;
  white-space: nowrap;
}
.chip.flag { border-color: #f0c36d; background: #fff6e0; color: #7a4b00; }
.v-refuted { background: #fce8e6; border-color: #f4b4ae; color: #a50e0e; font-weight: 600; }
.v-misleading { background: #fef3d6; border-color: #f5cf79; color: #7a4b00; font-weight: 600; }
.v-unverifiable { background: #f1e8fa; border-color: #d2b8ee; color: #5b2a86; }
.v-supported { background: #e6f4ea; border-color: #a8dab5; color: #0d652d; }
.v-none, .v-open { color: var(--muted); }
ol.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: .6rem; }
ol.cards li {
  border: 1px solid var(--line); border-left: 5px solid var(--un); border-radius: 6px;
  padding: .55rem .8rem; break-inside: avoid;
}
ol.cards li.vague { border-left-color: #e69f00; }
.card-head { display: flex; flex-wrap: wrap; gap: .4rem .6rem; align-items: baseline;
  font-size: .85rem; color: var(--muted); margin-bottom: .25rem; }
.card-head .num { font-weight: 700; color: var(--ink); text-decoration: none; }
.score { font-variant-numeric: tabular-nums; font-weight: 600; color: var(--ink); }
.claim-text { font-family: Georgia, "Times New Roman", serif; font-size: 1rem; }
table { width: 100%; border-collapse: collapse; font-size: .88rem; }
th {
  text-align: left; font-size: .72rem; text-transform: uppercase; letter-spacing: .05em;
  color: var(--muted); border-bottom: 1px solid var(--ink); padding: .35rem .5rem;
  vertical-align: bottom;
}
td { border-bottom: 1px solid var(--line); padding: .45rem .5rem; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.claim td:first-child { border-left: 4px solid var(--line); font-weight: 700; }
tr.claim.dq td:first-child { border-left-color: var(--dq); }
tr.claim.rs td:first-child { border-left-color: var(--rs); }
tr.claim.un td:first-child { border-left-color: var(--un); }
tr.claim:target td { background: #fffbe6; }
.sub { display: block; color: var(--muted); font-size: .8rem; margin-top: .15rem; }
ul.reviews { list-style: none; margin: 0; padding: 0; }
table.claims .c-claim { width: 42%; } table.claims .c-who { width: 19%; }
table.claims .c-flags { width: 13%; }
.rating { display: block; margin-top: .25rem; font-size: .8rem; font-weight: 600; }
.why { color: #7a4b00; }
.card-head .verdicts { margin-left: auto; }
table.groups td.name { min-width: 8rem; font-weight: 600; }
table.groups { font-size: .84rem; }
table.groups th, table.groups td { padding-left: .35rem; padding-right: .35rem; }
.scroll { overflow-x: auto; }
.article-text p.headline { font-weight: 700; font-size: 1.15rem; }
ul.reviews li { margin-bottom: .3rem; }
.note { display: block; font-style: italic; color: #3c4043; }
.article-text {
  font-family: Georgia, "Times New Roman", serif; font-size: 1.02rem; line-height: 1.7;
  max-width: 44rem;
}
.article-text p { margin: 0 0 1em; white-space: pre-line; }
mark { color: inherit; padding: .05em 0; border-radius: 2px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.dq { background: var(--dq-bg); border-bottom: 2px solid var(--dq); }
mark.rs { background: var(--rs-bg); border-bottom: 2px dashed var(--rs); }
mark.un { background: var(--un-bg); border-bottom: 3px double var(--un); }
mark sup { font-family: system-ui, sans-serif; font-size: .62rem; font-weight: 700;
  margin-left: .15em; }
mark sup a { text-decoration: none; color: var(--muted); }
mark .cue { font-weight: 700; }
mark .act { font-weight: 700; font-style: italic; }
.omitted { color: var(--muted); font-size: .85rem; font-style: italic; }
footer { margin-top: 2rem; padding-top: .6rem; border-top: 1px solid var(--line);
  color: var(--muted); font-size: .78rem; }
.contents ol { margin: .5rem 0 0; padding-left: 1.4rem; }
@media print {
  @page { size: A4; margin: 14mm 13mm 16mm; }
  html { font-size: 10pt; }
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  .report, .contents { border: 0; padding: 0; margin: 0; border-radius: 0; }
  .report + .report, .contents + .report { break-before: page; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  tr, .stat, ol.cards li, svg.chart { break-inside: avoid; }
  thead { display: table-header-group; }
  section.text { break-before: page; }
  tr.claim:target td { background: none; }
}
""".replace("@DQ@", COLOURS["direct_quote"])
    .replace("@RS@", COLOURS["reported_speech"])
    .replace("@UN@", COLOURS["unattributed"])
)


def esc(value: object) -> str:
    """Any untrusted text as HTML text: control characters visible, markup escaped."""
    return html.escape(plain(str(value)), quote=True)


def _anchor(article_id: str) -> str:
    return "a" + (re.sub(r"[^a-z0-9]+", "", article_id.lower()) or "x")


def _link(url: str) -> str:
    """A link only for http(s) addresses; anything else (javascript:, data:) is text."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme in ("http", "https"):
        return f'<a href="{esc(url.strip())}" rel="noopener noreferrer">{esc(url)}</a>'
    return esc(url)


def _lang(language: str) -> str:
    return language if re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*", language) else "en"


def _page(title: str, body: str) -> str:
    """The page around the reports; its labels are English (the article text carries
    the article's own language)."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f'<meta name="generator" content="claimcheck {esc(__version__)}">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        f"{body}</main>\n</body>\n</html>\n"
    )


def _legend(*, vague: bool = True) -> str:
    items = "".join(
        f'<li><span class="sw {SHORT[k]}"></span>{attribution_label(k)}</li>' for k in ATTRIBUTIONS
    )
    if vague:
        items += '<li><span class="sw vague"></span>vague source</li>'
    return f'<ul class="legend">{items}</ul>'


def _stats(profile: Profile, review: ReviewStatus) -> str:
    tiles = [
        ("", str(profile.claims), "claims"),
        ("warn", percent(profile.share_unattributed), f"unattributed ({profile.unattributed})"),
        ("vague", percent(profile.share_vague), f"vague source ({profile.vague_source})"),
        ("", percent(profile.share("direct_quote")), f"direct quotes ({profile.direct_quote})"),
        ("", f"{review.claims_reviewed}/{profile.claims}", "claims reviewed"),
    ]
    return (
        '<div class="stats">'
        + "".join(
            f'<div class="stat {c}"><b>{v}</b><span>{esc(label)}</span></div>'
            for c, v, label in tiles
        )
        + "</div>"
    )


def _profile_section(profile: Profile, review: ReviewStatus, chart_id: str) -> str:
    return (
        '<section class="profile"><h2>Attribution profile</h2>'
        + _stats(profile, review)
        + profile_chart(profile, chart_id)
        + _legend()
        + "</section>\n"
    )


def _verdict_chip(verdict: str | None) -> str:
    if verdict is None:
        return '<span class="chip v-open">no verdict</span>'
    return f'<span class="chip {VERDICT_CLASS.get(verdict, "")}">{esc(verdict)}</span>'


def _verdict_chips(claim: Claim) -> str:
    if not claim.reviews:
        return '<span class="chip v-open">not reviewed</span>'
    if not claim.verdicts:
        return '<span class="chip v-open">reviewed, no verdict</span>'
    return "".join(_verdict_chip(v) for v in claim.verdicts)


def _review(review: Review) -> str:
    parts = [f"<b>{esc(review.reviewer)}</b> {_verdict_chip(review.verdict)}"]
    if review.source_credibility is not None:
        parts.append(f'<span class="chip">source {review.source_credibility}/5</span>')
    if review.corrected_attribution:
        parts.append(
            f'<span class="chip flag">attribution → '
            f"{esc(attribution_label(review.corrected_attribution))}</span>"
        )
    if review.corrected_speaker:
        parts.append(f'<span class="chip flag">speaker → {esc(review.corrected_speaker)}</span>')
    if review.note:
        parts.append(f'<span class="note">{esc(review.note)}</span>')
    parts.append(f'<span class="sub">{timestamp(review.annotated_at)}</span>')
    return "<li>" + " ".join(parts) + "</li>"


def _attention_section(report: ArticleReport, prefix: str) -> str:
    attention = report.attention
    out = [
        '<section class="attention">'
        f'<h2>Needs attention <span class="count">({len(attention)})</span></h2>'
        '<p class="lede">Check-worthy claims that nobody stands behind: unattributed, or '
        "given to a vague source. Most check-worthy first.</p>"
    ]
    if not attention:
        out.append("<p>Every claim is given to a named source.</p></section>\n")
        return "".join(out)
    out.append('<ol class="cards">')
    for c in attention:
        kind = "vague" if c.attribution != "unattributed" else "un"
        who = (
            f'<span class="why">vague source: {esc(c.speaker)}</span>'
            if c.vague_source and c.speaker and c.attribution != "unattributed"
            else '<span class="why">vague source</span>'
            if c.vague_source
            else ""
        )
        out.append(
            f'<li class="{kind}"><div class="card-head">'
            f'<a class="num" href="#{prefix}-c{c.number}">#{c.number}</a>'
            f'<span class="badge {SHORT[c.attribution]}">{attribution_label(c.attribution)}'
            f"</span>{who}"
            f'<span>check-worthiness <span class="score">{c.score:.2f}</span></span>'
            f'<span class="verdicts">{_verdict_chips(c)}</span></div>'
            f'<div class="claim-text">{esc(c.text)}</div></li>'
        )
    out.append("</ol></section>\n")
    return "".join(out)


def _claims_section(report: ArticleReport, prefix: str) -> str:
    out = [
        f'<section class="claims"><h2>Claims <span class="count">({len(report.claims)})</span></h2>'
    ]
    if not report.claims:
        out.append("<p>No claims were found in this article.</p></section>\n")
        return "".join(out)
    out.append(
        '<table class="claims"><thead><tr><th class="n">#</th><th class="c-claim">Claim</th>'
        '<th class="c-who">Speaker and rating</th><th class="c-rev">Reviews</th>'
        '<th class="c-flags">Flags</th></tr></thead><tbody>'
    )
    for c in report.claims:
        short = SHORT[c.attribution]
        kind = f"{esc(c.kind)} · " if c.kind else ""
        who = esc(speaker_label(c))
        framing = framing_label(c)
        if framing:
            who += f'<span class="sub">{esc(framing)}</span>'
        if c.source is not None:
            who += f'<span class="rating">{esc(source_rating(c.source))}</span>'
        reviews = (
            '<ul class="reviews">' + "".join(_review(r) for r in c.reviews) + "</ul>"
            if c.reviews
            else '<span class="chip v-open">not reviewed</span>'
        )
        flags = "".join(f'<span class="chip flag">{esc(f)}</span>' for f in flag_labels(c.flags))
        out.append(
            f'<tr class="claim {short}" id="{prefix}-c{c.number}"><td class="n">{c.number}</td>'
            f'<td><span class="badge {short}">{attribution_label(c.attribution)}</span> '
            f'<span class="claim-text">{esc(c.text)}</span>'
            f'<span class="sub">{kind}check-worthiness {c.score:.2f}</span></td>'
            f"<td>{who}</td><td>{reviews}</td><td>{flags or '–'}</td></tr>"
        )
    out.append("</tbody></table></section>\n")
    return "".join(out)


def _sources_section(report: ArticleReport) -> str:
    out = ['<section class="sources"><h2>Sources</h2>']
    if not report.sources:
        out.append("<p>No sources.</p></section>\n")
        return "".join(out)
    out.append(
        "<table><thead><tr><th>Source</th><th>Kind</th><th>Role</th><th>Credibility</th>"
        '<th>Independence</th><th class="n">Claims here</th><th class="n">Quote / reported</th>'
        '<th class="n">In store</th></tr></thead><tbody>'
    )
    for s in report.sources:
        kind = "outlet (own voice)" if s.is_outlet else (s.kind or "unmatched")
        if s.vague:
            kind += ", vague"
        split = "–" if s.is_outlet else f"{s.direct_quote} / {s.reported_speech}"
        out.append(
            f"<tr><td>{'<b>' if s.is_outlet else ''}{esc(s.name)}{'</b>' if s.is_outlet else ''}"
            f"</td><td>{esc(kind)}</td><td>{esc(s.role or '–')}</td>"
            f"<td>{esc(credibility(s.credibility))}</td><td>{esc(s.independence)}</td>"
            f'<td class="n">{s.claims}</td><td class="n">{split}</td>'
            f'<td class="n">{s.claims_in_store if s.claims_in_store is not None else "–"}</td>'
            "</tr>"
        )
    out.append("</tbody></table></section>\n")
    return "".join(out)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _words(text: str, start: int, end: int, claim: Claim) -> str:
    """text[start:end] as HTML with every part of the claim's cue, or of its narrated
    act, marked as such."""
    parts = sorted(
        [(p.start, p.end, "cue") for p in claim.cue_parts]
        + [(p.start, p.end, "act") for p in claim.act_parts]
    )
    out = []
    cursor = start
    for a, b, kind in parts:
        a, b = max(a, cursor), min(b, end)
        if b <= a:
            continue
        out.append(esc(text[cursor:a]))
        out.append(f'<span class="{kind}">{esc(text[a:b])}</span>')
        cursor = b
    out.append(esc(text[cursor:end]))
    return "".join(out)


def _highlight(text: str, start: int, end: int, claims: Sequence[Claim], prefix: str) -> str:
    """text[start:end] as HTML with the claims in it marked (claims are sorted)."""
    out = []
    cursor = start
    for c in claims:
        a, b = max(c.start, cursor), min(c.end, end)
        if b <= a:
            continue
        out.append(esc(text[cursor:a]))
        tip = f"#{c.number} · {attribution_label(c.attribution)}"
        if c.attribution != "unattributed":
            tip += f" · {speaker_label(c)}"
        framing = framing_label(c)
        if framing:
            tip += f" · {framing}"
        sup = f'<sup><a href="#{prefix}-c{c.number}">{c.number}</a></sup>' if b == c.end else ""
        out.append(
            f'<mark class="{SHORT[c.attribution]}" title="{esc(tip)}">'
            f"{_words(text, a, b, c)}{sup}</mark>"
        )
        cursor = b
    out.append(esc(text[cursor:end]))
    return "".join(out)


def _text_section(report: ArticleReport, prefix: str) -> str:
    text = report.text
    if text is None:
        return ""
    start, end = report.body if report.body else (0, len(text))
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    claims = sorted(report.claims, key=lambda c: (c.start, c.end))
    paragraphs = []
    position = start
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        paragraphs.append((position, match.start()))
        position = match.end()
    paragraphs.append((position, end))
    title = (report.article.title or "").strip()
    body = "".join(
        f"<p{' class=headline' if i == 0 and title and text[a:b].strip() == title else ''}>"
        f"{_highlight(text, a, b, claims, prefix)}</p>"
        for i, (a, b) in enumerate(p for p in paragraphs if text[p[0] : p[1]].strip())
    )
    rest = text[end:].strip()
    note = (
        f'<p class="omitted">Page furniture after the last sentence ({len(rest):,} characters) '
        "is left out.</p>"
        if rest
        else ""
    )
    return (
        '<section class="text"><h2>Article text</h2>'
        '<p class="lede">Each claim is highlighted by attribution; its number links to it in '
        "the list of claims.</p>"
        + _legend(vague=False)
        + f'<div class="article-text" lang="{_lang(report.article.language)}" '
        f'style="margin-top:1rem">{body}</div>{note}</section>\n'
    )


def _reviewed(review: ReviewStatus, claims: int) -> str:
    if not review.reviewers:
        return "not reviewed yet"
    text = (
        f"{esc(', '.join(review.reviewers))}: {review.claims_reviewed} of {claims} claims, "
        f"{review_period(review.first_at, review.last_at)}"
    )
    if review.orphaned:
        text += f" ({review.orphaned} annotation(s) on sentences a re-extraction no longer finds)"
    return text


def article_section(report: ArticleReport) -> str:
    a = report.article
    prefix = _anchor(a.article_id)
    rows = [
        ("Outlet", esc(a.outlet) if a.outlet else "–"),
        ("Published", esc(a.published) if a.published else "–"),
    ]
    if a.author:
        rows.append(("Author", esc(a.author)))
    rows += [
        ("URL", _link(a.url) if a.url else "–"),
        ("Language", esc(a.language)),
        ("Article", f"{esc(a.article_id)} <span class='sub'>{esc(a.input)}</span>"),
        ("Reviewed", _reviewed(report.review, report.profile.claims)),
    ]
    meta = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return (
        f'<article class="report" id="{prefix}">\n<header>'
        '<p class="kicker">Claims report</p>'
        f'<h1 lang="{_lang(a.language)}">{esc(a.display_title)}</h1>'
        f'<dl class="meta">{meta}</dl></header>\n'
        + _profile_section(report.profile, report.review, f"{prefix}-chart")
        + _attention_section(report, prefix)
        + _claims_section(report, prefix)
        + _sources_section(report)
        + _text_section(report, prefix)
        + f"<footer>Made by claimcheck {esc(__version__)} on {timestamp(report.generated_at)}. "
        "Attribution, speakers and scores are machine tags; verdicts and notes are the "
        "reviewers’.</footer>\n</article>\n"
    )


def render_html(reports: Sequence[ArticleReport]) -> str:
    """One HTML document with the report of each article (a contents list first when
    there are several)."""
    if len(reports) == 1:
        a = reports[0].article
        return _page(f"Claims report: {a.display_title}", article_section(reports[0]))
    items = "".join(
        f'<li><a href="#{_anchor(r.article.article_id)}">{esc(r.article.display_title)}</a>'
        f'<span class="sub">{esc(r.article.outlet or "–")} · {r.profile.claims} claims · '
        f"{percent(r.profile.share_unattributed)} unattributed</span></li>"
        for r in reports
    )
    contents = (
        '<nav class="contents"><p class="kicker">Claims reports</p>'
        f"<h1>{len(reports)} articles</h1><ol>{items}</ol></nav>\n"
    )
    return _page(
        f"Claims reports: {len(reports)} articles",
        contents + "".join(article_section(r) for r in reports),
    )


# --- the summary --------------------------------------------------------------------------


def _group_table(rows: Sequence[GroupRow], total: int, *, speakers: bool, prefix: str) -> str:
    head = "<th>Speaker</th><th>Role</th>" if speakers else "<th>Outlet</th>"
    head += (
        "<th>Rating</th><th class='n'>Articles</th><th class='n'>Claims</th>"
        "<th class='n'>Of all</th><th>Profile</th><th class='n'>Quote</th>"
        "<th class='n'>Reported</th>"
    )
    if not speakers:
        head += "<th class='n'>Unattr.</th>"
    head += "<th class='n'>Vague</th><th>Verdicts</th>"
    out = [f'<div class="scroll"><table class="groups"><thead><tr>{head}</tr></thead><tbody>']
    for i, g in enumerate(rows):
        p = g.profile
        cells = f'<td class="name">{esc(g.name)}</td>'
        if speakers:
            cells += f"<td>{esc(g.role or '–')}</td>"
        cells += (
            f"<td>{esc(rating(g.credibility, g.independence))}</td>"
            f"<td class='n'>{g.articles}</td><td class='n'>{p.claims}</td>"
            f"<td class='n'>{percent(p.claims / total if total else None)}</td>"
            f"<td>{mini_bar(p, f'{prefix}{i}', width=80)}</td>"
            f"<td class='n'>{p.direct_quote}</td><td class='n'>{p.reported_speech}</td>"
        )
        if not speakers:
            cells += (
                f"<td class='n'>{p.unattributed}"
                f"<span class='sub'>{percent(p.share_unattributed)}</span></td>"
            )
        cells += (
            f"<td class='n'>{p.vague_source}<span class='sub'>{percent(p.share_vague)}</span></td>"
            f"<td>{''.join(_verdict_count(v, n) for v, n in g.verdicts) or '–'}</td>"
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _verdict_count(verdict: str, count: int) -> str:
    return f'<span class="chip {VERDICT_CLASS.get(verdict, "")}">{count} {esc(verdict)}</span>'


def render_summary_html(summary: Summary, *, top: int | None = None) -> str:
    total = summary.profile.claims
    review = summary.review
    meta = "".join(
        f"<dt>{label}</dt><dd>{value}</dd>"
        for label, value in (
            ("Selection", esc(summary.selection)),
            ("Articles", str(summary.articles)),
            ("Reviewed", _reviewed(review, total)),
            ("Report made", timestamp(summary.generated_at)),
        )
    )
    verdicts = (
        "".join(
            f"<tr><td>{_verdict_chip(v)}</td><td class='n'>{n}</td></tr>"
            for v, n in review.verdicts
        )
        or "<tr><td>no verdicts yet</td><td class='n'>0</td></tr>"
    )
    sections = [
        '<article class="report" id="summary"><header><p class="kicker">Claims summary</p>'
        f"<h1>{summary.articles} article{'s' if summary.articles != 1 else ''}</h1>"
        f'<dl class="meta">{meta}</dl></header>',
        _profile_section(summary.profile, review, "summary-chart"),
        '<section class="verdicts"><h2>Verdicts</h2>'
        '<table style="width:auto"><thead><tr><th>Verdict</th><th class="n">Annotations</th>'
        f"</tr></thead><tbody>{verdicts}</tbody></table></section>",
    ]
    for title, rows, speakers, prefix in (
        ("Per outlet", summary.outlets, False, "o"),
        ("Per speaker", summary.speakers, True, "s"),
    ):
        shown = rows if not top else rows[:top]
        sections.append(
            f'<section><h2>{title} <span class="count">({len(rows)})</span></h2>'
            + _group_table(shown, total, speakers=speakers, prefix=prefix)
            + (
                f'<p class="omitted">…and {len(rows) - len(shown)} more (--top 0 shows all).</p>'
                if len(shown) < len(rows)
                else ""
            )
            + "</section>"
        )
    sections.append(
        f"<footer>Made by claimcheck {esc(__version__)} on "
        f"{timestamp(summary.generated_at)}.</footer></article>\n"
    )
    return _page(f"Claims summary: {summary.articles} articles", "\n".join(sections))
