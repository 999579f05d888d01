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

It first prints whether the pipeline runs compiled with mypyc (a wheel built by
`pip install .`) or as Python source (an editable install, CLAIMCHECK_PURE_PYTHON=1),
so that each figure says what it measured.

With --stages it also gives the CPU time of each stage of the pipeline per pass (the
best of --repeat passes for each): body, sentences, attribution and the part of it
spent in its rules (`_find_attributions`), claims, and the rest (the sentence records,
the explanations). The stages can be timed in pure Python only: compiled modules call
each other directly, past the timers this script puts in their place; for them it gives
the total CPU time per pass alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

import claimcheck._attribution
import claimcheck._pipeline
from claimcheck._compiled import compiled_modules, describe_build
from claimcheck._ingest import Document
from claimcheck._pipeline import analyze_document

# the functions that analyze_document calls for each stage, by the name it calls them
_STAGES = {
    "body": (claimcheck._pipeline, "find_body"),
    "sentences": (claimcheck._pipeline, "split_paragraph"),
    "attribution": (claimcheck._pipeline, "attribute"),
    "rules": (claimcheck._attribution, "_find_attributions"),  # a part of attribution
    "claims": (claimcheck._pipeline, "assess_claims"),
}


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
    parser.add_argument("--stages", action="store_true", help="CPU time of each stage")
    args = parser.parse_args()
    texts = load_texts(Path(args.source))
    if not texts:
        print(f"no texts in {args.source}", file=sys.stderr)
        return 1
    chars = sum(len(t) for t in texts)
    print(f"claimcheck: {describe_build()}")
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
    if args.stages:
        print_stages(texts, args.lang, args.repeat)
    return 0


def print_stages(texts: list[str], language: str, repeat: int) -> None:
    """CPU time of each stage per pass over `texts`, best of `repeat` passes.

    Compiled modules call each other past the timers, so for them only the total is given.
    """
    stages = {} if compiled_modules() else _STAGES
    spent: dict[str, float] = {}

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                # split_paragraph is a generator: its time is spent while it is consumed
                result = function(*args, **kwargs)
                return list(result) if name == "sentences" else result
            finally:
                spent[name] += time.process_time() - t0

        return wrapper

    originals = {name: getattr(module, attr) for name, (module, attr) in stages.items()}
    for name, (module, attr) in stages.items():
        setattr(module, attr, timed(name, originals[name]))
    best: dict[str, float] = {}
    try:
        for _ in range(repeat):
            spent.update(dict.fromkeys(stages, 0.0))
            t0 = time.process_time()
            for text in texts:
                analyze_document(Document("bench", text), language=language)
            total = time.process_time() - t0
            for name in stages:
                best[name] = min(best.get(name, total), spent[name])
            best["total"] = min(best.get("total", total), total)
    finally:
        for name, (module, attr) in stages.items():
            setattr(module, attr, originals[name])
    if not stages:
        print(f"CPU time per pass (best of the runs): total {1000 * best['total']:.1f} ms")
        print("  no stage times: compiled modules call each other past the timers")
        return
    rest = best["total"] - sum(v for k, v in best.items() if k not in ("total", "rules"))
    print("CPU time per pass (best of the runs for each; the timers add a little):")
    for name in (*stages, "rest", "total"):
        label = "  of it rules" if name == "rules" else name
        print(f"  {label:14s} {1000 * (rest if name == 'rest' else best[name]):6.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
