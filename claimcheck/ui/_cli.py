"""`claimcheck review [INPUT or ARTICLE ...]`: the review UI from the command line.

`register_review_command(commands, add_format_option)` adds the subcommand to the
claimcheck parser. Textual is imported only when the command runs. Inputs (files,
folders, URLs, `-`) are added to the store first, as `claimcheck add` would; the
other arguments name stored articles (an id, a unique id prefix, an input or URL).
With exactly one article named or added, the UI opens it; else the article list.
Every failure before the UI starts is one line on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._errors import ClaimcheckError

THEME_CHOICES = ("dark", "light")


def _print_error(message: str) -> None:
    print(f"claimcheck: {message}", file=sys.stderr, flush=True)


def register_review_command(commands: Any, add_format_option: Callable[..., None]) -> None:
    """Add `review` to the subparsers `commands`. (`add_format_option` is accepted for
    symmetry with the other commands; the UI prints no records.)"""
    from .._cli_store import add_db_option, add_reviewer_option

    review = commands.add_parser(
        "review",
        help="review the claims in the database, in the terminal",
        description="Open the review UI on the database. INPUTs (files, folders, URLs, "
        "- for standard input) are extracted and added first; ARTICLEs (an id, a unique "
        "id prefix, an input name or URL) are stored articles. With one article given, "
        "it opens straight away. Press ? in the UI for every key.",
    )
    review.add_argument("targets", nargs="*", metavar="INPUT or ARTICLE")
    add_db_option(review)
    add_reviewer_option(review)
    review.add_argument(
        "--lang",
        choices=("auto", "de", "en"),
        default="auto",
        help="language of the INPUTs to add (default: auto-detect)",
    )
    review.add_argument(
        "--theme",
        choices=THEME_CHOICES,
        default=None,
        help="colour theme (default: dark; ctrl+t switches in the UI)",
    )
    review.set_defaults(handler=run_review)


def _is_input(target: str) -> bool:
    if not target:  # Path("") is the current folder
        return False
    if target == "-" or "://" in target:
        return True
    return Path(target).exists()


def run_review(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except ClaimcheckError as exc:
        _print_error(str(exc))
        return 1
    except ValueError as exc:
        _print_error(f"review: {exc}")
        return 1


def _run(args: argparse.Namespace) -> int:
    from ..store import NotFoundError, Store, resolve_db_path

    store = Store(resolve_db_path(args.db), reviewer=args.reviewer)
    store.check(create=True)
    inputs = [t for t in args.targets if _is_input(t)]
    refs = [t for t in args.targets if not _is_input(t)]
    opened: list[str] = []
    for ref in refs:
        try:
            opened.append(store.get_article(ref).article_id)
        except NotFoundError:
            _print_error(f"{ref or repr('')}: no such file, URL or stored article")
            return 1
    if inputs:
        from .._cli_store import run_add

        status = run_add(
            argparse.Namespace(
                command="review",
                inputs=inputs,
                update=False,
                lang=args.lang,
                keep_boilerplate=False,
                jobs=None,
                batch_size=250,
                db=args.db,
            )
        )
        if status:
            _print_error("review: some inputs could not be added (see above); opening the rest")
        for name in inputs:
            if name != "-" and not Path(name).is_dir():
                try:
                    opened.append(store.get_article(name).article_id)
                except NotFoundError:
                    pass
    if not sys.stdin.isatty() and "-" in inputs:
        # the article came on standard input; the UI needs the terminal
        try:
            tty = os.open("/dev/tty", os.O_RDONLY)
            os.dup2(tty, 0)
            os.close(tty)
        except OSError:
            _print_error("review: no terminal to show the review UI on")
            return 1
    if not sys.stdout.isatty():
        _print_error("review: the review UI needs a terminal (standard output is not one)")
        return 1
    single = [*dict.fromkeys(opened)]
    from .app import ReviewApp

    app = ReviewApp(
        store.path,
        reviewer=args.reviewer,
        open_article=single[0] if len(single) == 1 else None,
        theme=args.theme,
    )
    result = app.run()
    if result == 3:
        _print_error("review: you quit with changes not saved (the database stayed busy)")
    return 0 if not result else 1
