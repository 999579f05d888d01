"""Labels and number formats shared by the human-readable renderers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime

from ._model import ATTRIBUTIONS, Attribution, Claim, Flag, Profile, Review, SourceRef

ATTRIBUTION_LABELS: dict[str, str] = {
    "direct_quote": "direct quote",
    "reported_speech": "reported speech",
    "unattributed": "unattributed",
}

FLAG_LABELS: dict[Flag, str] = {
    "hedged": "hedged",
    "vague_source": "vague source",
    "low_credibility": "low-credibility source",
    "interested_party": "interested party",
    "disputed": "reviewers disagree",
    "attribution_corrected": "attribution corrected",
    "speaker_corrected": "speaker corrected",
}

# Okabe-Ito colours: told apart with every common colour-vision deficiency
COLOURS: dict[Attribution, str] = {
    "direct_quote": "#009E73",
    "reported_speech": "#0072B2",
    "unattributed": "#D55E00",
}
VAGUE_COLOUR = "#E69F00"


def attribution_label(value: str) -> str:
    return ATTRIBUTION_LABELS.get(value, value.replace("_", " "))


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}%"


def timestamp(value: datetime | None) -> str:
    if value is None:
        return "–"
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def review_period(first: datetime | None, last: datetime | None) -> str:
    """ "on 2026-03-04 10:12 UTC", "from … to …" (to the minute)."""
    if first is None or last is None:
        return "–"
    if timestamp(first) == timestamp(last):
        return f"on {timestamp(last)}"
    return f"from {timestamp(first)} to {timestamp(last)}"


def credibility(value: int | None) -> str:
    return "unrated" if value is None else f"{value}/5"


def rating(credibility_value: int | None, independence: str) -> str:
    """ "3/5, independent", "unrated"."""
    parts = [credibility(credibility_value)]
    if independence and independence != "unknown":
        parts.append(independence)
    return ", ".join(parts)


def speaker_label(claim: Claim) -> str:
    """ "Denise Hartwell, Mayor", "Denise Hartwell (“she”), Mayor", "officials",
    "Harbor Wire (outlet's own voice)"."""
    if claim.attribution == "unattributed":
        if claim.source is not None:
            return f"{claim.source.name} (outlet's own voice)"
        return "(the article's own voice)"
    name = claim.speaker or "(unnamed source)"
    mention = claim.speaker_mention
    if mention and claim.speaker:
        a, b = mention.casefold(), name.casefold()
        if a not in b and b not in a:
            name = f"{name} (“{mention}”)"
    if claim.role and claim.role.casefold() not in name.casefold():
        name += f", {claim.role}"
    return name


def framing_label(claim: Claim) -> str | None:
    """ "cue “Wie … mitteilte”", "act “forderte”" (a narrated speech act, which has no
    cue), or None."""
    if claim.cue:
        return f"cue “{claim.cue}”"
    if claim.act:
        return f"act “{claim.act}”"
    return None


def source_rating(source: SourceRef | None) -> str:
    if source is None:
        return "–"
    return rating(source.credibility, source.independence)


def review_line(review: Review) -> str:
    """ "anna: refuted (source 2/5): old figure; speaker → X"."""
    parts = [review.verdict or "no verdict"]
    if review.source_credibility is not None:
        parts[0] += f" (source {review.source_credibility}/5)"
    text = f"{review.reviewer}: {parts[0]}"
    if review.note:
        text += f": {review.note}"
    extra = []
    if review.corrected_attribution:
        extra.append(f"attribution → {attribution_label(review.corrected_attribution)}")
    if review.corrected_speaker:
        extra.append(f"speaker → {review.corrected_speaker}")
    if extra:
        text += f" [{'; '.join(extra)}]"
    return text


def flag_labels(flags: Sequence[Flag]) -> list[str]:
    return [FLAG_LABELS[f] for f in flags]


def attention_reason(claim: Claim) -> str:
    reasons = []
    if claim.attribution == "unattributed":
        reasons.append("unattributed")
    if claim.vague_source:
        reasons.append(f"vague source: {claim.speaker}" if claim.speaker else "vague source")
    return ", ".join(reasons)


def verdict_summary(verdicts: Sequence[tuple[str, int]]) -> str:
    return ", ".join(f"{n} {v}" for v, n in verdicts) if verdicts else "–"


def claim_verdicts(claim: Claim) -> str:
    if not claim.reviews:
        return "not reviewed"
    return ", ".join(claim.verdicts) or "reviewed, no verdict"


def segments(profile: Profile, width: int) -> list[tuple[Attribution, int]]:
    """Split `width` cells between the attributions in proportion to their counts
    (largest remainder; every non-zero count gets at least one cell)."""
    if profile.claims == 0 or width <= 0:
        return []
    exact = {a: profile.count(a) * width / profile.claims for a in ATTRIBUTIONS}
    cells = {a: int(exact[a]) for a in ATTRIBUTIONS}
    for a in ATTRIBUTIONS:
        if profile.count(a) and cells[a] == 0:
            cells[a] = 1
    order = sorted(ATTRIBUTIONS, key=lambda a: exact[a] - int(exact[a]), reverse=True)
    i = 0
    while sum(cells.values()) < width and i < 3 * len(order):
        a = order[i % len(order)]
        if profile.count(a):
            cells[a] += 1
        i += 1
    while sum(cells.values()) > width:
        a = max(ATTRIBUTIONS, key=lambda k: cells[k])
        cells[a] -= 1
    return [(a, cells[a]) for a in ATTRIBUTIONS if cells[a] > 0]


def safe_file_stem(title: str, article_id: str, limit: int = 60) -> str:
    """A file name stem every file system takes: ASCII letters, digits and hyphens from
    the title, then the article id (which keeps names unique)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:limit].strip("-")
    safe_id = re.sub(r"[^a-z0-9]+", "", article_id.lower())[:32] or "article"
    return f"{slug}-{safe_id}" if slug else safe_id
