"""Throughput of the extract pipeline against bare Punkt on the same texts.

    python benchmarks/bench_pipeline.py [FILE.jsonl | FOLDER] [--repeat N]

Reads articles from a JSON-lines file with a "text" field (such as
../shared/data/attribution-de/dev.jsonl) or the .txt files of a folder (default:
sample_articles/). Measures, in one run and one process, on one core:

- bare Punkt: NLTK's PunktSentenceTokenizer with default parameters, splitting
  each article;
- claimcheck: the whole pipeline after ingest (language, body, sentences,
  attribution, claims; no database, no output).

The target (issue 3): claimcheck at >= 50% of bare Punkt's sentences per second.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from claimcheck._ingest import Document
from claimcheck._pipeline import analyze_document


def load_texts(source: Path) -> list[str]:
    if source.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))]
    with source.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", nargs="?", default="sample_articles")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lang", default="auto")
    args = parser.parse_args()
    texts = load_texts(Path(args.source))
    if not texts:
        print(f"no texts in {args.source}", file=sys.stderr)
        return 1
    chars = sum(len(t) for t in texts)
    # warm-up: rules, compiled patterns, caches
    for text in texts[:5]:
        analyze_document(Document("warm-up", text), language=args.lang)

    punkt = PunktSentenceTokenizer(PunktParameters())
    best_punkt = best_pipeline = float("inf")
    punkt_sentences = pipeline_sentences = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        punkt_sentences = sum(len(punkt.tokenize(t)) for t in texts)
        best_punkt = min(best_punkt, time.perf_counter() - t0)
        t0 = time.perf_counter()
        pipeline_sentences = sum(
            len(analyze_document(Document("bench", t), language=args.lang).sentences) for t in texts
        )
        best_pipeline = min(best_pipeline, time.perf_counter() - t0)

    punkt_rate = punkt_sentences / best_punkt
    pipeline_rate = pipeline_sentences / best_pipeline
    print(f"texts={len(texts)} chars={chars:,} repeat={args.repeat} (best run)")
    print(
        f"bare punkt:  {punkt_sentences:,} sentences in {best_punkt:.3f} s = "
        f"{punkt_rate:,.0f} sentences/s, {chars / best_punkt / 1e6:.2f} MB/s"
    )
    print(
        f"claimcheck:  {pipeline_sentences:,} sentences in {best_pipeline:.3f} s = "
        f"{pipeline_rate:,.0f} sentences/s, {chars / best_pipeline / 1e6:.2f} MB/s"
    )
    print(
        f"ratio (chars/s, claimcheck / punkt): {best_punkt / best_pipeline:.2f}  (target >= 0.50)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
