"""Invented news articles for the benchmarks: names, places and outlets, and the
composition of an article from sentence templates. bench_store, bench_report and
bench_ui build their data from these, each with its own templates and length.

Every article is invented: no text of the licensed data sets is copied here.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Sequence

FIRST = [
    "Anna",
    "Jonas",
    "Miriam",
    "Thorsten",
    "Carla",
    "Tobias",
    "Henrike",
    "Dmitri",
    "Elena",
    "Lukas",
    "Sabine",
    "Markus",
    "Julia",
    "Stefan",
    "Petra",
    "Alan",
    "Priya",
    "Denise",
    "Callum",
    "Rebecca",
    "Gustavo",
    "Evelyn",
    "Omar",
    "Ingrid",
    "Felix",
    "Nadia",
    "Paul",
    "Greta",
    "Viktor",
    "Lena",
]
LAST = [
    "Berger",
    "Holzapfel",
    "Albing",
    "Wenzlaff",
    "Rennhagen",
    "Vosskamp",
    "Peskow",
    "Stanowaja",
    "Marsh",
    "Prewitt",
    "Halvorsen",
    "Hartwell",
    "Ashbridge",
    "Ostrander",
    "Telles",
    "Krüger",
    "Lindqvist",
    "Okafor",
    "Brandt",
    "Novak",
    "Schuster",
    "Adler",
    "Kowalski",
    "Moreau",
    "Sato",
    "Haddad",
    "Keller",
    "Winter",
    "Fischer",
    "Lorenz",
    "Romanow",
    "Baumann",
    "Wolff",
    "Hansen",
    "Ivanow",
    "Jäger",
    "Kuhn",
    "Ludwig",
    "Maier",
    "Neumann",
]
CITIES = [
    "Lindenau",
    "Marnsund",
    "Kellerbronn",
    "Springfield",
    "Port Alvery",
    "Hollerbach",
    "Westhaven",
    "Brückenfeld",
    "Norwick",
    "Altmark",
]
OUTLETS_DE = ["dpa", "nordpress", "Kurier am Morgen", "Tageblatt Süd", "Rundschau"]
OUTLETS_EN = ["Harbor Wire", "Daily Ledger", "Metro Post", "Valley Times", "Coast Herald"]
ROLES_DE = ["Bürgermeisterin", "Sprecher", "Kämmerer", "Vorsitzende", "Ministerin", "Direktor"]
ROLES_EN = ["Mayor", "spokesman", "treasurer", "chairwoman", "minister", "director"]
THINGS_DE = ["Radwege", "Wohnungen", "Schulen", "Deiche", "Kitaplätze", "Ladesäulen"]
THINGS_EN = ["bike lanes", "homes", "schools", "levees", "daycare places", "charging points"]


def person(rng: random.Random) -> tuple[str, str]:
    """A first and a last name; now and then a transliteration variant of a surname in
    -ow (Peskow / Peskov), which the store must join into one source."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if last.endswith("ow") and rng.random() < 0.15:
        last = last[:-2] + "ov"
    return first, last


def compose(
    rng: random.Random,
    head: str,
    templates: Sequence[str],
    speakers: Sequence[tuple[str, str, str]],
    *,
    sentences: int,
    per_paragraph: int,
    fields: Callable[[random.Random], dict[str, object]],
) -> str:
    """An article: `head`, then `sentences` sentences from random `templates`, in
    paragraphs of `per_paragraph`. The speakers (first, last, role) take turns;
    `fields` gives the other values of each template (city, numbers, years …)."""
    paragraphs: list[list[str]] = [[]]
    for i in range(sentences):
        first, last, role = speakers[i % len(speakers)]
        template = rng.choice(templates)
        paragraphs[-1].append(template.format(first=first, last=last, role=role, **fields(rng)))
        if i % per_paragraph == per_paragraph - 1:
            paragraphs.append([])
    return head + "\n\n".join(" ".join(p) for p in paragraphs if p) + "\n"


def latency_line(label: str, values_ms: Sequence[float], target_ms: float | None = None) -> str:
    """ "label: median …, p95 …, max … (n runs)", with the verdict against a target."""
    values = sorted(values_ms)
    p95 = values[max(0, int(len(values) * 0.95) - 1)]
    verdict = ""
    if target_ms is not None:
        verdict = f"  (target < {target_ms:.0f} ms: {'ok' if p95 < target_ms else 'MISSED'})"
    return (
        f"{label}: median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms, "
        f"max {values[-1]:.1f} ms ({len(values)} runs){verdict}"
    )
