"""Helpers shared by the report's tests (test_report_*.py): stores filled through the
store's API with the sample articles and with invented text, and a parser with the
`report` command.

The invented texts are made up for the tests; nothing is copied from ../shared/data.
"""

from __future__ import annotations

import argparse
import functools
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck.cli import _add_format_option, build_parser
from claimcheck.report._cli import register_report_command
from claimcheck.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "sample_articles").glob("*.txt"))
HARBOR = "sample_articles/en-harbor-wire-springfield-lead-pipes.txt"

# An article whose every part tries to be markup somewhere: HTML, Markdown, rich markup,
# terminal escape sequences, a javascript: URL.
HOSTILE_TEXT = (
    "Council <script>alert('title')</script> votes | on *budget* [bold red]now[/]\n"
    "\n"
    "NORWICK (Coast Herald) — The council approved <b>$4 million</b> for the harbour "
    'on Monday. "We will <img src=x onerror=alert(2)> finish by 2027," said Mayor '
    "Rebecca Okafor. Critics say the plan is \x1b[31mtoo slow\x1b[0m and costs | 9 "
    "million [link](javascript:alert(3)).\n"
    "\n"
    "The harbour wall was built in 1911 & has never been repaired since `rm -rf`.\n"
)
HOSTILE_URL = "javascript:alert(document.cookie)"
HOSTILE_NOTE = "<script>alert('note')</script> | *bold* \x1b[2J [red]x[/red]"


@functools.cache
def sample_articles() -> tuple[claimcheck.Article, ...]:
    return tuple(claimcheck.analyze(str(path.relative_to(ROOT))) for path in SAMPLES)


def hostile_records() -> list[dict[str, Any]]:
    """The records of the hostile article, with a hostile URL and a publication date."""
    records = claimcheck.analyze_text(HOSTILE_TEXT, name="hostile.txt").to_dict()
    records[0]["url"] = HOSTILE_URL
    records[0]["published"] = "2025-03-04"
    records[0]["author"] = "<i>Eve</i> | Mallory"
    return records


def new_store(path: Path, reviewer: str = "anna") -> Store:
    return Store.open(path, reviewer=reviewer, lock_timeout_s=2.0)


def sample_store(path: Path) -> Store:
    store = new_store(path)
    store.add_articles(list(sample_articles()))
    return store


def report_parser() -> argparse.ArgumentParser:
    """The claimcheck parser with the `report` command (added here while cli.py does not
    wire it in yet)."""
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "report" not in commands.choices:
        register_report_command(commands, _add_format_option)
    return parser


def run_report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `claimcheck report ARGS` in process: (exit status, stdout, stderr)."""
    parser = report_parser()
    try:
        namespace = parser.parse_args(["report", *args])
        status = int(namespace.handler(namespace))
    except SystemExit as exc:  # a usage error found by argparse
        status = int(exc.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def single_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("claimcheck: "), err
    assert "Traceback" not in err
    return lines[0]
