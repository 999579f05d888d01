"""How the time of `claimcheck extract --format jsonl` grows with the size of the input.

Not a test; run it by hand:

    .venv/bin/python benchmarks/bench_ingest.py            # 5 MB and 50 MB
    .venv/bin/python benchmarks/bench_ingest.py 5 20       # other sizes, in MB
    .venv/bin/python benchmarks/bench_ingest.py --foundation-only 5 50

It writes German text files of the given sizes to a temporary folder (one paragraph,
repeated, with blank lines between the copies) and times two things on each:

- foundation: ingest (read and decode), language detection, body and furniture,
  sentence splitting: the stages before attribution;
- full: what `extract --format jsonl --all` runs (read, analyze(), write the records as
  JSON lines to /dev/null), through the library. Left out with --foundation-only.

It prints seconds and MB/s for each size and the ratio of the times of the first and the
last size. Time that is linear in size gives a time ratio close to the size ratio, and
about the same MB/s at every size.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import claimcheck
from claimcheck._body import find_body
from claimcheck._ingest import read_input
from claimcheck._language import detect_language
from claimcheck._rules import load_rules
from claimcheck._sentences import split_paragraph

# One paragraph of news German with the things the pipeline works hardest on: quotes,
# speech cues, abbreviations, ordinals, numbers.
PARAGRAPH = (
    "Der Stadtrat von Lindenau hat am Dienstag nach langer Debatte den Haushalt für das "
    "kommende Jahr beschlossen. „Wir investieren so viel wie nie zuvor in Schulen und "
    "Radwege“, sagte Bürgermeisterin Dr. Anna Berger nach der Abstimmung. Die Opposition "
    "sieht das anders: Der Haushalt sei auf Sand gebaut, so Fraktionschef Karl Ott. Laut "
    "Kämmerei steigen die Ausgaben um ca. 4,5 Mio. Euro auf insgesamt 212 Mio. Euro, u. a. "
    "wegen höherer Energiekosten. Die Kreisverwaltung muss den Plan bis zum 3. März prüfen. "
    "Beobachter rechnen damit, dass die Steuern im 2. Halbjahr erneut steigen könnten. "
    "Ob das Hallenbad z. B. länger geöffnet bleibt, ist noch offen.\n\n"
)


def build(path: Path, megabytes: float) -> int:
    """Write about `megabytes` MB of German text to `path`; return the size in bytes."""
    block = PARAGRAPH.encode("utf-8")
    copies = max(1, round(megabytes * 1_000_000 / len(block)))
    with path.open("wb") as out:
        chunk = block * 1000
        for _ in range(copies // 1000):
            out.write(chunk)
        out.write(block * (copies % 1000))
    return path.stat().st_size


def extract_jsonl(path: Path) -> tuple[int, int]:
    """What `claimcheck extract --format jsonl --all PATH > /dev/null` does, in-process."""
    article = claimcheck.analyze(path, language="auto")
    records = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for record in article.to_dict(all_sentences=True):
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            records += 1
    return records, len(article.claims)


def foundation(path: Path) -> int:
    """Ingest, language, body and sentences of PATH; return the number of sentences."""
    document = read_input(str(path))
    rules = load_rules(detect_language(document.text))
    body = find_body(document.text, rules)
    return sum(
        1 for paragraph in body.paragraphs for _ in split_paragraph(document.text, paragraph, rules)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "sizes",
        nargs="*",
        type=float,
        default=[5.0, 50.0],
        help="sizes of the test files in MB (default: 5 50)",
    )
    parser.add_argument(
        "--foundation-only",
        action="store_true",
        help="time only ingest, language, body and sentences",
    )
    args = parser.parse_args(argv)

    # Warm up: load the rules and build the sentence splitter once, outside the timing.
    claimcheck.analyze_text(PARAGRAPH, language="de")

    stages = ["foundation"] if args.foundation_only else ["foundation", "full"]
    results: dict[str, list[tuple[float, float]]] = {stage: [] for stage in stages}
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as folder:
        for megabytes in args.sizes:
            path = Path(folder) / f"artikel-{megabytes:g}mb.txt"
            mb = build(path, megabytes) / 1_000_000
            for stage in stages:
                started = time.perf_counter()
                if stage == "foundation":
                    what = f"{foundation(path):,} sentences"
                else:
                    records, claims = extract_jsonl(path)
                    what = f"{records:,} records ({claims:,} claims)"
                seconds = time.perf_counter() - started
                results[stage].append((mb, seconds))
                print(
                    f"{stage:10s} {mb:8.2f} MB  {seconds:9.2f} s  {mb / seconds:7.3f} MB/s  {what}",
                    flush=True,
                )
            path.unlink()

    for stage, timings in results.items():
        if len(timings) >= 2:
            (mb0, s0), (mb1, s1) = timings[0], timings[-1]
            size_ratio, time_ratio = mb1 / mb0, s1 / s0
            verdict = "about linear" if time_ratio <= 1.3 * size_ratio else "worse than linear"
            print(
                f"{stage:10s} size ratio {size_ratio:.1f}x, time ratio {time_ratio:.1f}x: {verdict}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
