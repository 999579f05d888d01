"""Benchmarks of the claims report (issue 6). Not a test: it takes a minute or two.

    python benchmarks/bench_report.py [--articles 1000] [--annotations 2000] [--keep DIR]

1. Writes N invented news articles (about 3,000 characters and 25 sentences each,
   German and English, with quotes, reported speech, vague sources and unattributed
   claims), analyses them and stores them in a fresh database with the store's API;
   adds M annotations from three reviewers and rates some sources.
2. One article's report, in process (choosing the article, loading it from the store,
   rendering): every format, median and worst of 20 runs. Target: under 200 ms.
3. `claimcheck report ARTICLE` as a subprocess, end to end (Python start-up and imports
   included), for comparison.
4. `claimcheck report --all -o DIR` over all N articles, one file per article, in every
   format, and `--summary`. Target: under 30 s for 1,000 articles.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from _articles import (
    CITIES,
    FIRST,
    LAST,
    OUTLETS_DE,
    OUTLETS_EN,
    ROLES_DE,
    ROLES_EN,
    compose,
    latency_line,
)

import claimcheck
from claimcheck.cli import _add_format_option, build_parser
from claimcheck.report import Selection, load_reports, render, select_articles
from claimcheck.report._cli import register_report_command
from claimcheck.store import VERDICTS, Store

GERMAN = (
    "Der Stadtrat von {city} hat am Montag {n} Millionen Euro für neue Radwege beschlossen.",
    "„Das ist längst überfällig und wir schaffen es bis {year}“, sagte {role} {first} {last}.",
    "Die Kosten seien seit dem vergangenen Jahr um {p} Prozent gestiegen, so {last}.",
    "Laut Landesamt stieg die Zahl der Anträge im vergangenen Jahr um {p} Prozent.",
    "Bis {year} sollen in der Region insgesamt {n} neue Wohnungen entstehen.",
    "{first} {last} warnte davor, dass die Mittel nicht ausreichen könnten.",
    "Kritiker bezweifeln, dass der Zeitplan zu halten ist.",
    "In Regierungskreisen heißt es, die Förderung werde um {p} Prozent gekürzt.",
    "Der Kreistag stimmt am Donnerstag über den Antrag der Verwaltung ab.",
    "Die Stadt hat seit {year2} rund {n} Kilometer Radwege gebaut.",
)
ENGLISH = (
    "The city council of {city} approved ${n} million for new bike lanes on Monday.",
    '"This is long overdue, and we will get it done by {year}," said {role} {first} {last}.',
    "Costs have risen by {p} percent since last year, {last} said.",
    "According to the state statistics office, applications grew by {p} percent last year.",
    "By {year}, a total of {n} new homes are expected to be built in the region.",
    "{first} {last} warned that the funds might not be enough.",
    "Critics say the schedule cannot be kept.",
    "Officials said {n} applications had already been approved.",
    "The county board will vote on the proposal next Thursday.",
    "The city has built about {n} miles of bike lanes since {year2}.",
)


def invent_article(rng: random.Random, number: int) -> str:
    german = number % 2 == 0
    city = rng.choice(CITIES)
    outlet = rng.choice(OUTLETS_DE if german else OUTLETS_EN)
    roles = ROLES_DE if german else ROLES_EN
    speakers = [(rng.choice(FIRST), rng.choice(LAST), rng.choice(roles)) for _ in range(3)]
    if german:
        head = f"{city} streitet über neue Radwege ({number})\n\n{city.upper()} ({outlet}) – "
    else:
        head = f"{city} argues over new bike lanes ({number})\n\n{city.upper()} ({outlet}) — "

    def fields(rng: random.Random) -> dict[str, object]:
        return {
            "city": city,
            "n": rng.randint(2, 900),
            "p": rng.randint(2, 60),
            "year": rng.randint(2026, 2040),
            "year2": rng.randint(1990, 2020),
        }

    return compose(
        rng,
        head,
        GERMAN if german else ENGLISH,
        speakers,
        sentences=25,
        per_paragraph=5,
        fields=fields,
    )


def fill_store(path: Path, articles: int, annotations: int, seed: int = 6) -> Store:
    rng = random.Random(seed)
    store = Store.open(path, reviewer="anna")
    batch = []
    for i in range(articles):
        batch.append(claimcheck.analyze_text(invent_article(rng, i), name=f"article-{i:05d}.txt"))
        if len(batch) == 250:
            store.add_articles(batch)
            batch = []
    if batch:
        store.add_articles(batch)
    chosen = store.list_articles(limit=max(1, annotations // 10))
    done = 0
    for article in chosen:
        for claim in store.claims_for(article.article_id)[:10]:
            if done >= annotations:
                break
            store.record_annotation(
                claim.sentence_id,
                reviewer=rng.choice(("anna", "ben", "chris")),
                verdict=rng.choice(VERDICTS),
                note=rng.choice((None, "checked against the council minutes")),
            )
            done += 1
    for source in store.list_sources(limit=20):
        store.rate_source(
            source.source_id,
            credibility=rng.randint(1, 5),
            independence=rng.choice(("independent", "interested party")),
        )
    return store


def parser() -> argparse.ArgumentParser:
    built = build_parser()
    commands = next(a for a in built._actions if isinstance(a, argparse._SubParsersAction))
    if "report" not in commands.choices:  # until cli.py wires the command in
        register_report_command(commands, _add_format_option)
    return built


def run_cli(args: Sequence[str]) -> int:
    namespace = parser().parse_args(list(args))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = int(namespace.handler(namespace))
    if status:
        raise SystemExit(f"report failed: {err.getvalue().strip()}")
    return status


def timed(label: str, fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.2f} s")
    return seconds


def latencies(label: str, fn: Callable[[], object], count: int = 20) -> None:
    values = []
    for _ in range(count):
        start = time.perf_counter()
        fn()
        values.append((time.perf_counter() - start) * 1000)
    print(latency_line(label, values))


SUBPROCESS = (
    "import sys, argparse\n"
    "from claimcheck import cli\n"
    "from claimcheck.report._cli import register_report_command\n"
    "p = cli.build_parser()\n"
    "c = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))\n"
    "'report' in c.choices or register_report_command(c, cli._add_format_option)\n"
    "a = p.parse_args(sys.argv[1:])\n"
    "sys.exit(a.handler(a))\n"
)


def main() -> int:
    options = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    options.add_argument("--articles", type=int, default=1000)
    options.add_argument("--annotations", type=int, default=2000)
    options.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (and its db)")
    args = options.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-report-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "report.duckdb"
    try:
        if db.exists() and len(Store.open(db).list_articles()) == args.articles:
            store = Store.open(db)
            print(f"reusing {db}")
        else:
            db.unlink(missing_ok=True)
            start = time.perf_counter()
            store = fill_store(db, args.articles, args.annotations)
            print(
                f"stored {args.articles:,} invented articles and {args.annotations:,} "
                f"annotations in {time.perf_counter() - start:.1f} s"
            )
        info = store.info()
        print(
            f"database: {info.articles:,} articles, {info.sentences:,} sentences, "
            f"{info.sources:,} sources, {info.annotations:,} annotations"
        )
        annotated = next(a for a in store.list_articles() if a.n_annotated)
        ref = annotated.input

        print("\none article's report, in process (select + load + render):")
        for fmt in ("terminal", "md", "html", "json"):

            def one(fmt: str = fmt) -> None:
                chosen = select_articles(store, Selection(refs=(ref,)))
                render(load_reports(store, chosen, with_text=fmt == "html"), fmt)

            latencies(f"  {fmt:<8}", one)

        print("\none article's report, `claimcheck report ARTICLE` as a subprocess:")
        for fmt in ("terminal", "html"):

            def sub(fmt: str = fmt) -> None:
                subprocess.run(
                    [sys.executable, "-c", SUBPROCESS, "report", "--db", str(db), "-f", fmt, ref],
                    check=True,
                    capture_output=True,
                )

            latencies(f"  {fmt:<8}", sub, count=5)
        latencies(
            "  python -c 'import claimcheck.cli' (start-up alone)",
            lambda: subprocess.run([sys.executable, "-c", "import claimcheck.cli"], check=True),
            count=5,
        )

        print(f"\nreport --all over {args.articles:,} articles, one file each (-o DIR):")
        for fmt in ("terminal", "md", "html", "json"):
            out = work / f"out-{fmt}"
            shutil.rmtree(out, ignore_errors=True)
            timed(
                f"  {fmt:<8}",
                lambda fmt=fmt, out=out: run_cli(
                    ["report", "--all", "--db", str(db), "-f", fmt, "-o", f"{out}/"]
                ),
            )
            files = list(out.iterdir())
            print(
                f"           {len(files):,} files, {sum(f.stat().st_size for f in files):,} bytes"
            )
        timed(
            "  json, one file",
            lambda: run_cli(
                ["report", "--all", "--db", str(db), "-f", "json", "-o", str(work / "all.json")]
            ),
        )
        for fmt in ("terminal", "html", "json"):
            timed(
                f"  --summary {fmt}",
                lambda fmt=fmt: run_cli(
                    [
                        "report",
                        "--summary",
                        "--db",
                        str(db),
                        "-f",
                        fmt,
                        "-o",
                        str(work / f"summary.{fmt}"),
                    ]
                ),
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
