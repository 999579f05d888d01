"""Benchmarks of the review UI (issue 5, item 7). Not a test: it takes a minute or two.

    python benchmarks/bench_ui.py [--articles 10000] [--claims 200000] [--keep DIR]

1. Builds a store with N invented articles and M claims (default 10,000 and 200,000),
   written straight from typed `Article` objects (no extraction, so it is quick), with
   a few thousand annotations by the benchmark's reviewer and by others. With --keep
   the database is built once and reused.
2. Starts `claimcheck review` as a new process in a pseudo-terminal of 80x24 and times
   it from the start of the process to the article list on the terminal (target: under
   1 s). Then starts the review app headless at 80x24 in this process and times the
   first screen from creating the app, and the database query alone.
3. Opens an article and times, over many repetitions, moving to the next claim and
   saving an annotation (target: under 50 ms each). A key is posted as the terminal
   driver would post it; the time runs until the screen has handled it and drawn
   the change. For a save, both the moment the claim shows "saving" and the moment
   the worker thread has committed it and the claim shows "saved" are timed, and
   the store's own write time for comparison.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _articles import (
    CITIES,
    FIRST,
    LAST,
    OUTLETS_DE,
    OUTLETS_EN,
    ROLES_EN,
    THINGS_EN,
    latency_line,
)

from claimcheck import Article, Attribution, Sentence, Span, Speaker
from claimcheck.store import Store

REVIEWER = "bench"

OUTLETS = OUTLETS_EN + OUTLETS_DE
ROLES: list[str | None] = [*ROLES_EN, None]
KINDS = ("quantity", "prediction", "causal", "rule", "quote", "event", "position", "other")


def invented_article(rng: random.Random, number: int, n_claims: int) -> Article:
    """An article of n_claims claims (quotes, reported speech, unattributed) and a few
    sentences that are not claims, with consistent offsets."""
    city, outlet = rng.choice(CITIES), rng.choice(OUTLETS)
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(4)]
    title = f"{city} to spend ${rng.randint(2, 90)} million on {rng.choice(THINGS_EN)} ({number})"
    text = f"{title}\n\n{city.upper()} ({outlet}) — "
    sentences: list[Sentence] = []
    index = 0
    for i in range(n_claims + n_claims // 5):
        claim = i % 6 != 5
        name, role = people[i % len(people)]
        thing, amount = rng.choice(THINGS_EN), rng.randint(2, 900)
        mode = rng.choice(("quote", "reported", "plain")) if claim else "plain"
        start = len(text)
        attributions: list[Attribution] = []
        if mode == "quote":
            quote = f"We will build {amount} new {thing} by {rng.randint(2026, 2040)}"
            body = f'"{quote}," said {name}.'
            sp = start + body.index(name)
            cue = start + body.index("said")
            attributions.append(
                Attribution(
                    "direct_quote",
                    Speaker(name, sp, sp + len(name), name, role),
                    Span(cue, cue + 4, "said"),
                    (start + 1, start + 1 + len(quote)),
                )
            )
        elif mode == "reported":
            clause = f"costs for {thing} have risen by {amount} percent"
            body = f"{name} said that {clause}."
            cue = start + len(name) + 1
            cs = start + body.index(clause)
            attributions.append(
                Attribution(
                    "reported_speech",
                    Speaker(name, start, start + len(name), name, role),
                    Span(cue, cue + 4, "said"),
                    (cs, cs + len(clause)),
                )
            )
        else:
            body = f"The council approved {amount} new {thing} for {city} on Monday night."
        text += body
        end = len(text)
        sentences.append(
            Sentence(
                index=index,
                paragraph=i // 5,
                start=start,
                end=end,
                text=body,
                claim=claim,
                claim_score=round(rng.uniform(0.3, 0.99), 3),
                claim_kind=rng.choice(KINDS) if claim else None,  # type: ignore[arg-type]
                hedged=rng.random() < 0.1,
                attributions=attributions,
                explanation="invented for the benchmark",
            )
        )
        index += 1
        text += "\n\n" if i % 5 == 4 else " "
    return Article(
        input=f"bench/article-{number:06d}.txt",
        text=text,
        language="en",
        title=title,
        outlet=outlet,
        published=f"2025-{1 + number % 12:02d}-{1 + number % 28:02d}",
        sentences=sentences,
    )


def build_store(path: Path, articles: int, claims: int, seed: int = 5) -> Store:
    rng = random.Random(seed)
    store = Store.open(path, reviewer=REVIEWER)
    per = max(1, claims // articles)
    batch: list[Article] = []
    for number in range(articles):
        batch.append(invented_article(rng, number, per))
        if len(batch) == 500:
            store.add_articles(batch, batch_size=500)
            batch = []
    if batch:
        store.add_articles(batch, batch_size=500)
    # a few thousand annotations, by the benchmark's reviewer and by others
    store.query(
        """
        INSERT INTO annotations
        SELECT uuid(), 'annotate', sentence_id, article_id,
               CASE WHEN n % 3 = 0 THEN 'bench' ELSE 'other-' || (n % 4) END,
               ['supported', 'refuted', 'misleading', 'unverifiable'][1 + (n % 4)::INTEGER],
               NULL, NULL, NULL, NULL, NULL, now(), 'bench'
        FROM (SELECT sentence_id, article_id, row_number() OVER () AS n
              FROM sentences WHERE claim) USING SAMPLE 3 PERCENT (bernoulli, 11)
    """,
        write=True,
    )
    return store


def stats(label: str, values: list[float], target: float | None = None) -> None:
    print(latency_line(label, values, target))


async def measure_ui(db: Path, repeat: int) -> None:
    from textual import events

    from claimcheck.ui._data import article_rows
    from claimcheck.ui.app import ReviewApp
    from claimcheck.ui.article_table import ArticleTable
    from claimcheck.ui.review_screen import ReviewScreen

    store = Store.open(db, reviewer=REVIEWER)
    start = time.perf_counter()
    rows = article_rows(store)
    took = (time.perf_counter() - start) * 1000
    print(f"article list query alone: {took:.0f} ms, {len(rows):,} rows")

    start = time.perf_counter()
    app = ReviewApp(db, reviewer=REVIEWER)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.first_screen_ready.wait()
        await pilot.pause()
        first = time.perf_counter() - start
        table = app.screen.query_one(ArticleTable)
        print(
            f"first screen (app created -> {table.row_count:,} articles listed and drawn): "
            f"{first * 1000:.0f} ms  (target < 1000 ms: {'ok' if first < 1 else 'MISSED'})"
        )
        await pilot.press("enter")
        screen = app.screen
        while not isinstance(screen, ReviewScreen) or screen.data is None:
            await pilot.pause(0.01)
            screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.pause()
        claims = len(screen.data.claims)

        async def key(name: str, done: Callable[[], bool]) -> float:
            """Send a key as the terminal would; time until it is handled and the
            screen is drawn again."""
            start = time.perf_counter()
            app.post_message(events.Key(name, name))
            while not done():
                if time.perf_counter() - start > 5:
                    raise SystemExit(f"the key {name!r} did nothing")
                await asyncio.sleep(0)
            await pilot.pause(0)  # draws what changed
            return (time.perf_counter() - start) * 1000

        await pilot.press("home")  # from the first claim: j runs to the end, k back
        await pilot.pause()
        moves: list[float] = []
        for i in range(repeat):
            name = "j" if (i // (claims - 1)) % 2 == 0 else "k"
            before = screen.current
            moves.append(await key(name, lambda before=before: screen.current is not before))
            await pilot.pause()
        stats("next claim (key -> handled and drawn)", moves, 50)

        handled: list[float] = []
        committed: list[float] = []
        for i in range(repeat):
            claim = screen.current
            assert claim is not None
            start = time.perf_counter()
            handled.append(await key("srmv"[i % 4], lambda claim=claim: claim.saving > 0))
            await app.saves_idle()
            await pilot.pause(0)
            committed.append((time.perf_counter() - start) * 1000)
            await pilot.pause()
            if i % 10 == 9:
                await pilot.press("j")
        stats("save an annotation: key -> shown (saving…) and drawn", handled, 50)
        stats("save an annotation: key -> committed by the worker, shown saved", committed, 50)

        undo: list[float] = []
        for _ in range(min(repeat, 20)):
            start = time.perf_counter()
            await pilot.press("u")
            await app.saves_idle()
            undo.append((time.perf_counter() - start) * 1000)
        stats("undo: key -> committed (includes the test driver's idle wait)", undo)
        store = Store.open(db, reviewer=REVIEWER)
        target = screen.data.claims[0].sentence_id
        direct: list[float] = []
        for i in range(repeat):
            start = time.perf_counter()
            store.record_annotation(target, verdict="refuted", note=str(i))
            direct.append((time.perf_counter() - start) * 1000)
        stats("store.record_annotation alone (open, write, close)", direct)
        await pilot.press("q")
        await pilot.pause()


def measure_start(db: Path, articles: int, runs: int = 3) -> None:
    """`claimcheck review --db DB` in a new process on a pseudo-terminal: from starting
    the process to its article list ("N articles" in the status line) on the screen."""
    import fcntl
    import os
    import pty
    import select
    import struct
    import subprocess
    import termios

    needle = f"{articles:,} articles".encode()
    for _ in range(runs):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ, TERM="xterm-256color")
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "claimcheck", "review", "--db", str(db)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
        )
        os.close(slave)
        screen, took = b"", None
        while took is None and time.perf_counter() - start < 30:
            if select.select([master], [], [], 0.5)[0]:
                try:
                    screen += os.read(master, 65536)
                except OSError:
                    break
                if needle in screen:
                    took = time.perf_counter() - start
        os.write(master, b"\x11")  # ctrl+q
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        os.close(master)
        shown = "never" if took is None else f"{took * 1000:.0f} ms"
        verdict = "ok" if took is not None and took < 1 else "MISSED"
        print(
            f"first screen of `claimcheck review` (process start -> article list on a "
            f"terminal): {shown}  (target < 1000 ms: {verdict})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--keep", metavar="DIR", help="build the database in DIR and keep it")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-ui-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / f"ui-{args.articles}-{args.claims}.duckdb"
    try:
        if not db.exists():
            start = time.perf_counter()
            store = build_store(db, args.articles, args.claims)
            info = store.info()
            print(
                f"built {db.name}: {info.articles:,} articles, {info.sentences:,} sentences, "
                f"{info.annotations:,} annotations in {time.perf_counter() - start:.0f} s"
            )
        counts = Store.open(db).query(
            "SELECT (SELECT count(*) FROM articles_v), (SELECT count(*) FROM claims_v)"
        )
        print(f"store: {counts.rows[0][0]:,} articles, {counts.rows[0][1]:,} claims")
        if sys.platform != "win32":
            measure_start(db, counts.rows[0][0])
        asyncio.run(measure_ui(db, args.repeat))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
