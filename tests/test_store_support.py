"""Helpers shared by the store's tests (test_store_*.py): invented articles and records.

The texts are made up for the tests; nothing is copied from ../shared/data.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimcheck.store import Store

ROOT = Path(__file__).resolve().parent.parent

GERMAN = """Lindenau baut neue Radwege {n}

LINDENAU (Stadtanzeiger) – Der Gemeinderat von Lindenau hat am Montag {n} Millionen Euro für \
neue Radwege bewilligt. „Das ist längst überfällig“, sagte Bürgermeisterin Anna Berger. Die \
Kosten seien zuletzt stark gestiegen, so Berger.

Laut Polizei kamen {m} Menschen zur Kundgebung vor dem Rathaus. Kremlsprecher Dmitri Peskow \
sagte, Moskau sei zu Gesprächen bereit. Die Stadt will bis 2030 rund {n} Kilometer Radwege bauen.
"""

ENGLISH = """Springfield replaces lead pipes {n}

SPRINGFIELD (Harbor Wire) — The city will replace {m} lead pipes by 2028. "We cannot wait any \
longer," said Mayor Denise Hartwell. Costs have doubled since 2019, Hartwell said.

Dmitri Peskov said Moscow was ready for talks. Critics say the plan is too slow.
"""


def german(n: int = 1) -> str:
    return GERMAN.format(n=n, m=100 + n)


def english(n: int = 1) -> str:
    return ENGLISH.format(n=n, m=9000 + n)


def write_articles(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"article-{i:04d}.txt"
        path.write_text(german(i) if i % 2 == 0 else english(i), encoding="utf-8")
        paths.append(path)
    return paths


def speaker(
    text: str, start: int, resolved: str | None = None, role: str | None = None
) -> dict[str, Any]:
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "resolved": resolved,
        "role": role,
    }


def records(
    text: str,
    sentences: Sequence[tuple[str, dict[str, Any] | None]],
    *,
    input_name: str = "test.txt",
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    language: str = "de",
) -> list[dict[str, Any]]:
    """CONTRACT.md records for `text`: each sentence is (its text, a speaker from
    `speaker()` or None); a sentence with a speaker is reported speech."""
    out: list[dict[str, Any]] = [
        {
            "type": "article",
            "input": input_name,
            "title": title,
            "outlet": outlet,
            "url": url,
            "published": None,
            "author": None,
            "language": language,
            "text": text,
        }
    ]
    position = 0
    for index, (sentence, who) in enumerate(sentences):
        start = text.index(sentence, position)
        position = start + len(sentence)
        attribution = "reported_speech" if who else "unattributed"
        main = {
            "attribution": attribution,
            "speaker": who,
            "cue": None,
            "content": None,
            "vague_source": False,
        }
        out.append(
            {
                "type": "sentence",
                "input": input_name,
                "index": index,
                "paragraph": 0,
                "start": start,
                "end": position,
                "text": sentence,
                "claim": True,
                "claim_score": 0.8,
                "claim_kind": "other",
                "attribution": attribution,
                "speaker": who,
                "cue": None,
                "content": None,
                "vague_source": False,
                "hedged": False,
                "explanation": "test",
                "attributions": [main] if who else [],
            }
        )
    return out


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for running claimcheck in a subprocess."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CLAIMCHECK_") and k not in ("FORCE_COLOR", "COLUMNS")
    }
    env.update(extra)
    return env


def claimcheck_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimcheck", *args]


def assert_state_matches_log(store: Store) -> None:
    """annotation_state (kept in step by every write) equals a recomputation from the log."""
    from claimcheck.store._schema import STATE_SELECT

    recomputed = STATE_SELECT.format(keys="")
    for query in (
        f"SELECT * FROM annotation_state EXCEPT ALL {recomputed}",
        f"{recomputed} EXCEPT ALL SELECT * FROM annotation_state",
    ):
        assert store.query(query).rows == []


def new_store(path: Path, reviewer: str = "anna") -> Store:
    return Store.open(path, reviewer=reviewer, lock_timeout_s=2.0)
