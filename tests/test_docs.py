"""Every command and every option the CLI offers is documented in the README.

A user learns claimcheck from the README; an option that exists only in `--help` is one
nobody finds. The parser is walked, so a new command or option fails this test until it
is written up.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for name, sub in _subparsers(parser).items():
        yield (*path, name), sub
        yield from _commands(sub, (*path, name))


def _positional_choices(parser: argparse.ArgumentParser) -> list[str]:
    """Actions given as a positional word (`sources merge`), not as subcommands."""
    return [
        str(choice)
        for action in parser._actions
        if not action.option_strings
        and action.choices
        and not isinstance(action, argparse._SubParsersAction)
        for choice in action.choices
    ]


def _long_options(parser: argparse.ArgumentParser) -> list[str]:
    return [
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ]


COMMANDS = list(_commands(build_parser()))
COMMANDS += [
    ((*path, choice), sub) for path, sub in COMMANDS for choice in _positional_choices(sub)
]


def test_the_parser_has_commands_to_check() -> None:
    names = {path for path, _ in COMMANDS}
    assert {("extract",), ("add",), ("review",), ("report",), ("sources", "merge")} <= names


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS], ids=" ".join)
def test_every_command_is_in_the_readme(path: tuple[str, ...]) -> None:
    # an optional action word is written in brackets: `claimcheck sources [list]`
    usage = r"claimcheck" + "".join(r"\s+\[?" + re.escape(word) + r"\b" for word in path)
    assert re.search(usage, README), f"README does not show 'claimcheck {' '.join(path)}'"


@pytest.mark.parametrize(
    ("path", "option"),
    sorted({(path[:1], option) for path, sub in COMMANDS for option in _long_options(sub)}),
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else value,
)
def test_every_option_is_in_the_readme(path: tuple[str, ...], option: str) -> None:
    assert re.search(re.escape(option) + r"(?![\w-])", README), (
        f"README does not document {option} of 'claimcheck {' '.join(path)}'"
    )
