"""The charts of the HTML report, drawn as inline SVG by hand: no JavaScript, no fonts or
images loaded from anywhere. Colours are the Okabe-Ito palette; the unattributed part is
also hatched, so the chart still reads when printed in black and white."""

from __future__ import annotations

import html

from ._format import COLOURS, VAGUE_COLOUR, attribution_label, percent
from ._model import ATTRIBUTIONS, Profile

WIDTH = 880


def _a(value: object) -> str:
    return html.escape(str(value), quote=True)


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _hatch(pattern_id: str) -> str:
    return (
        f'<pattern id="{pattern_id}" width="8" height="8" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)">'
        '<rect width="8" height="8" fill="none"/>'
        '<line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" stroke-width="2.5" '
        'stroke-opacity="0.55"/></pattern>'
    )


def _stack(profile: Profile, width: float, height: float, hatch_id: str) -> tuple[str, float]:
    """The rectangles of a stacked bar (and their labels when wide enough)."""
    parts = []
    x = 0.0
    for kind in ATTRIBUTIONS:
        count = profile.count(kind)
        if not count or not profile.claims:
            continue
        w = width * count / profile.claims
        label = f"{attribution_label(kind)}: {count} of {profile.claims} claims"
        parts.append(
            f'<rect x="{_num(x)}" y="0" width="{_num(w)}" height="{_num(height)}" '
            f'fill="{COLOURS[kind]}"><title>{_a(label)}</title></rect>'
        )
        if kind == "unattributed":
            parts.append(
                f'<rect x="{_num(x)}" y="0" width="{_num(w)}" height="{_num(height)}" '
                f'fill="url(#{hatch_id})" aria-hidden="true"/>'
            )
        x += w
    return "".join(parts), x


def profile_chart(profile: Profile, chart_id: str) -> str:
    """A stacked bar of the attributions, and a bar of the share of vague sources."""
    hatch_id = f"{chart_id}-hatch"
    clip_id = f"{chart_id}-clip"
    left, bar_h, track = 118, 34, WIDTH - 118
    font = 'font-family="system-ui, sans-serif"'
    summary = (
        ", ".join(
            f"{attribution_label(k)} {profile.count(k)} ({percent(profile.share(k))})"
            for k in ATTRIBUTIONS
        )
        + f"; vague source {profile.vague_source} ({percent(profile.share_vague)})"
    )
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} 62" width="100%" role="img" '
        f'aria-labelledby="{chart_id}-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{_a(summary)}</title>',
        f"<defs>{_hatch(hatch_id)}"
        f'<clipPath id="{clip_id}"><rect width="{track}" height="{bar_h}" rx="4"/>'
        "</clipPath></defs>",
        f'<text x="0" y="22" font-size="13" fill="#3c4043" {font}>Attribution</text>',
        f'<rect x="{left}" width="{track}" height="{bar_h}" rx="4" fill="#e8eaed"/>',
        f'<g clip-path="url(#{clip_id})" transform="translate({left} 0)">',
    ]
    rects, _ = _stack(profile, track, bar_h, hatch_id)
    parts.append(f"{rects}</g>")
    # counts inside the segments that have room for them
    x = float(left)
    for kind in ATTRIBUTIONS:
        count = profile.count(kind)
        if not count or not profile.claims:
            continue
        w = track * count / profile.claims
        text = f"{count} · {percent(profile.share(kind))}" if w >= 70 else str(count)
        if w >= 20:
            parts.append(
                f'<text x="{_num(x + w / 2)}" y="22" text-anchor="middle" font-size="13" '
                f'font-weight="700" fill="#ffffff" {font}>{_a(text)}</text>'
            )
        x += w
    # the share of claims that rest on a vague source
    share = profile.share_vague or 0.0
    fill = track * share
    parts.append(f'<text x="0" y="57" font-size="13" fill="#3c4043" {font}>Vague source</text>')
    parts.append(f'<rect x="{left}" y="46" width="{track}" height="14" rx="3" fill="#e8eaed"/>')
    if fill:
        parts.append(
            f'<rect x="{left}" y="46" width="{_num(max(fill, 3))}" height="14" rx="3" '
            f'fill="{VAGUE_COLOUR}"/>'
        )
    label = f"{profile.vague_source} of {profile.claims} ({percent(profile.share_vague)})"
    inside = fill > track - 150
    parts.append(
        f'<text x="{_num(left + fill - 6 if inside else left + fill + 6)}" y="57" '
        f'text-anchor="{"end" if inside else "start"}" font-size="12" font-weight="600" '
        f'fill="{"#ffffff" if inside else "#3c4043"}" {font}>{_a(label)}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def mini_bar(profile: Profile, chart_id: str, width: int = 120, height: int = 12) -> str:
    """A small stacked attribution bar for a table row."""
    hatch_id = f"{chart_id}-h"
    rects, _ = _stack(profile, width, height, hatch_id)
    return (
        f'<svg class="mini" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" xmlns="http://www.w3.org/2000/svg"><title>'
        + _a(
            ", ".join(
                f"{attribution_label(k)} {profile.count(k)} ({percent(profile.share(k))})"
                for k in ATTRIBUTIONS
            )
        )
        + f"</title><defs>{_hatch(hatch_id)}</defs>"
        f'<rect width="{width}" height="{height}" fill="#e8eaed"/>{rects}</svg>'
    )
