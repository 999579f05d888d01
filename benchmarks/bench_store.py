"""Benchmarks of the annotation store (issue 4, item 8). Not a test: it takes minutes.

    python benchmarks/bench_store.py [--articles 10000] [--annotations 1000000]
                                     [--jobs 2] [--skip-cli] [--keep DIR]

1. Writes N invented news articles of ordinary length (about 3,500 characters, 30
   sentences, German and English, with quotes, reported speech and unattributed
   claims) as .txt files.
2. `claimcheck add --db DB FOLDER` in a subprocess: the end-to-end time (target:
   10,000 articles in under 60 s on a 2-core machine).
3. The split of that time: extraction alone (read + analyse + prepare, on --jobs
   processes, no database) and the store alone (bulk inserts of the prepared
   articles into a fresh database).
4. Adds M annotations (default 1,000,000: five reviewers, random verdicts, some
   undos) with one SQL statement, then times `claimcheck sql` aggregates over them
   in a subprocess (target: under 1 s) and in-process, and the calls the review UI
   makes: saving an annotation (open + write + close; target < 50 ms), undo,
   loading the claims of an article, listing articles.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from _articles import (
    CITIES,
    OUTLETS_DE,
    OUTLETS_EN,
    ROLES_DE,
    ROLES_EN,
    THINGS_DE,
    THINGS_EN,
    compose,
    latency_line,
    person,
)

from claimcheck.store import Store
from claimcheck.store._collect import expand_inputs, extract_all
from claimcheck.store._prepare import PreparedArticle
from claimcheck.store._store import DEFAULT_BATCH

GERMAN = (
    "Der Stadtrat von {city} hat am Montagabend nach langer Debatte einen Zuschuss "
    "von {n} Millionen Euro für {thing} im gesamten Stadtgebiet beschlossen.",
    "„Das ist längst überfällig und wir werden es bis {year} schaffen“, sagte "
    "{role} {first} {last}.",
    "Die Kosten für Material und Personal seien seit dem vergangenen Jahr um {p} "
    "Prozent gestiegen, so {last}.",
    "Laut Landesamt für Statistik stieg die Zahl der {thing} im vergangenen Jahr "
    "landesweit um {p} Prozent, in {city} sogar noch stärker.",
    "Bis {year} sollen in der Region nach den Plänen der Landesregierung insgesamt "
    "{n} neue {thing} entstehen.",
    "{first} {last} warnte davor, dass die bewilligten Mittel angesichts steigender "
    "Zinsen nicht ausreichen könnten.",
    "Sie verwies zudem auf eine Studie der Universität mit {n} Teilnehmern aus dem "
    "ganzen Landkreis.",
    "Kritiker aus der Opposition bezweifeln, dass der ehrgeizige Zeitplan unter "
    "diesen Umständen zu halten ist.",
    "Der Kreistag wird am kommenden Donnerstag in öffentlicher Sitzung über den "
    "Antrag der Verwaltung abstimmen.",
    "Nach Angaben der Verwaltung wurden bereits {n} Anträge von Bürgerinnen und Bürgern bewilligt.",
)
ENGLISH = (
    "After a long debate, the city council of {city} approved a grant of ${n} "
    "million for {thing} across the whole city on Monday night.",
    '"This is long overdue, and we will get it done by {year}," said {role} {first} {last}.',
    "Costs for materials and staff have risen by {p} percent since last year, {last} said.",
    "According to the state statistics office, the number of {thing} grew by {p} "
    "percent statewide last year, and even faster in {city}.",
    "By {year}, a total of {n} new {thing} are expected to be built in the region "
    "under the state government's plans.",
    "{first} {last} warned that the approved funds might not be enough as "
    "interest rates keep rising.",
    "She also pointed to a university study with {n} participants from across the county.",
    "Critics in the opposition doubt that the ambitious schedule can be kept "
    "under these circumstances.",
    "The county board will vote on the administration's proposal in a public "
    "session next Thursday.",
    "Officials said {n} applications from residents had already been approved.",
)


def _article(rng: random.Random, german: bool) -> str:
    city = rng.choice(CITIES)
    outlet = rng.choice(OUTLETS_DE if german else OUTLETS_EN)
    roles, things = (ROLES_DE, THINGS_DE) if german else (ROLES_EN, THINGS_EN)
    speakers = [(*person(rng), rng.choice(roles)) for _ in range(3)]
    amount, thing = rng.randint(2, 90), rng.choice(things)
    if german:
        head = f"{city} streitet über {amount} Millionen Euro für neue {thing}"
        head += f"\n\n{city.upper()} ({outlet}) – "
    else:
        head = f"{city} to spend ${amount} million on new {thing}"
        head += f"\n\n{city.upper()} ({outlet}) — "

    def fields(rng: random.Random) -> dict[str, object]:
        return {
            "city": city,
            "thing": rng.choice(things),
            "n": rng.randint(2, 900),
            "p": rng.randint(2, 60),
            "year": rng.randint(2026, 2040),
        }

    return compose(
        rng,
        head,
        GERMAN if german else ENGLISH,
        speakers,
        sentences=32,
        per_paragraph=6,
        fields=fields,
    )


def write_articles(folder: Path, count: int, seed: int = 4) -> int:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i in range(count):
        text = _article(rng, german=i % 2 == 0)
        text += f"\n(Artikel {i})\n"  # every article different
        chars += len(text)
        (folder / f"article-{i:06d}.txt").write_text(text, encoding="utf-8")
    return chars


def timed(label: str, fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label}: {best:.3f} s")
    return best


def latencies(label: str, fn: Callable[[], object], count: int) -> None:
    values = []
    for _ in range(count):
        start = time.perf_counter()
        fn()
        values.append((time.perf_counter() - start) * 1000)
    print(latency_line(label, values))


def claimcheck_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True, check=False
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--annotations", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument(
        "--skip-cli", action="store_true", help="skip the end-to-end `claimcheck add` (step 2)"
    )
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-store-"))
    work.mkdir(parents=True, exist_ok=True)
    folder = work / "articles"
    try:
        if not folder.exists() or len(list(folder.glob("*.txt"))) != args.articles:
            shutil.rmtree(folder, ignore_errors=True)
            chars = write_articles(folder, args.articles)
            print(
                f"wrote {args.articles:,} articles, {chars / args.articles:,.0f} characters "
                f"each on average, in {folder}"
            )
        print(f"cores: {os.cpu_count()}, jobs: {args.jobs or 'one per core'}")

        cli_db = work / "cli.duckdb"
        if not args.skip_cli:
            for path in (cli_db, cli_db.with_name(cli_db.name + ".wal")):
                path.unlink(missing_ok=True)
            jobs = ["--jobs", str(args.jobs)] if args.jobs else []
            result: subprocess.CompletedProcess[str] | None = None

            def add() -> None:
                nonlocal result
                result = claimcheck_cli("add", "--db", str(cli_db), *jobs, str(folder))

            timed(f"claimcheck add {args.articles:,} articles (end to end)", add)
            assert result is not None
            print("   ", result.stderr.strip().splitlines()[-1] if result.stderr else "")

        # the split: extraction alone, then the store alone
        inputs, _ = expand_inputs([str(folder)])
        prepared: list[PreparedArticle] = []

        def extract() -> None:
            prepared.clear()
            for outcome in extract_all(inputs, known=frozenset(), jobs=args.jobs):
                if outcome.prepared is not None:
                    prepared.append(outcome.prepared)

        extraction = timed("  extraction alone (read, analyse, prepare; no database)", extract)
        sentences = sum(p.n_sentences for p in prepared)
        print(f"    {sentences:,} sentences = {sentences / extraction:,.0f} sentences/s")
        store_db = work / "store.duckdb"
        for path in (store_db, store_db.with_name(store_db.name + ".wal")):
            path.unlink(missing_ok=True)
        store = Store.open(store_db, reviewer="bench")

        def insert() -> None:
            for i in range(0, len(prepared), DEFAULT_BATCH):
                store.add_prepared(prepared[i : i + DEFAULT_BATCH])

        stored = timed(
            f"  store alone (bulk inserts, {DEFAULT_BATCH} articles per transaction)", insert
        )
        print(
            f"    {len(prepared) / stored:,.0f} articles/s, {sentences / stored:,.0f} sentences/s"
        )
        info = store.info()
        print(
            f"    {info.articles:,} articles, {info.sentences:,} sentences, "
            f"{info.sources:,} sources, {store_db.stat().st_size / 1e6:,.0f} MB"
        )

        # a million annotations
        start = time.perf_counter()
        store.query(
            f"""
            INSERT INTO annotations
            WITH c AS (SELECT sentence_id, article_id, row_number() OVER () AS n
                       FROM sentences WHERE claim),
                 k AS (SELECT count(*) AS total FROM c),
                 r AS (SELECT i, 1 + (hash(i * 13) % k.total)::BIGINT AS pick
                       FROM range({args.annotations}) t(i), k)
            SELECT uuid(), 'annotate', c.sentence_id, c.article_id, 'reviewer-' || (r.i % 5),
                   ['supported', 'refuted', 'misleading', 'unverifiable',
                    'not a claim'][1 + (hash(r.i) % 5)::INTEGER],
                   CASE WHEN r.i % 3 = 0 THEN 1 + (hash(r.i * 7) % 5)::INTEGER END,
                   NULL, NULL, NULL, NULL, now() - to_seconds(r.i), 'bench'
            FROM r JOIN c ON c.n = r.pick
        """,
            write=True,
        )
        store.query(
            """
            INSERT INTO annotations
            SELECT uuid(), 'undo', sentence_id, article_id, reviewer, NULL, NULL, NULL, NULL,
                   NULL, annotation_id, now(), 'bench'
            FROM annotations USING SAMPLE 1 PERCENT (bernoulli, 7)
        """,
            write=True,
        )
        total = store.query("SELECT count(*) FROM annotations").rows[0][0]
        print(f"inserted {total:,} annotation log entries in {time.perf_counter() - start:.1f} s")

        queries = [
            (
                "verdicts (annotations_v)",
                "SELECT verdict, count(*) AS n FROM annotations_v GROUP BY verdict ORDER BY n DESC",
            ),
            (
                "per outlet (claims_v x annotations_v)",
                "SELECT c.outlet, count(*) AS reviewed, "
                "avg((a.verdict = 'refuted')::INTEGER) AS refuted "
                "FROM annotations_v a JOIN claims_v c USING (sentence_id) GROUP BY c.outlet",
            ),
            (
                "log (annotations table)",
                "SELECT reviewer, count(*) FROM annotations GROUP BY reviewer",
            ),
        ]
        for label, sql in queries:
            timed(f"  in-process query, {label}", partial(store.query, sql), repeat=3)

            def cli(sql: str = sql) -> None:
                done = claimcheck_cli("sql", "--db", str(store_db), "-f", "csv", sql)
                if done.returncode:
                    raise SystemExit(done.stderr)

            timed(f"  claimcheck sql, {label} (end to end, with Python start-up)", cli, repeat=3)
        timed(
            "  python -c 'import claimcheck.cli' (start-up alone)",
            lambda: subprocess.run([sys.executable, "-c", "import claimcheck.cli"], check=True),
            repeat=3,
        )

        # what the review UI does, on the database with a million annotations
        article = store.list_articles(limit=1)[0]
        claims = store.claims_for(article.article_id)
        target = claims[0].sentence_id
        counter = iter(range(10**9))
        latencies(
            "  record_annotation (open + write + close)",
            lambda: store.record_annotation(target, verdict="refuted", note=str(next(counter))),
            100,
        )
        latencies("  undo_last", lambda: store.undo_last(), 20)
        latencies("  current_annotations(sentence)", lambda: store.current_annotations(target), 20)
        latencies("  claims_for(article)", lambda: store.claims_for(article.article_id), 20)
        latencies("  list_articles() (all)", lambda: store.list_articles(), 5)
        latencies("  list_sources() (all)", lambda: store.list_sources(), 5)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
