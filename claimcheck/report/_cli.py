"""`claimcheck report`: the claims report of stored articles, or a summary across them.

`register_report_command(commands, add_format_option)` adds the subcommand to the
`claimcheck` parser. The store and the renderers are imported only when the command
runs. Every failure a user can cause is one line on stderr ("claimcheck: WHAT:
reason") and exit status 1; usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from .._cli_store import add_db_option
from .._errors import ClaimcheckError

if TYPE_CHECKING:
    from rich.console import RenderableType

    from ..store import Store

FORMATS = ("terminal", "md", "html", "json")
# the names the other commands use for the same formats
FORMAT_ALIASES = {"table": "terminal", "markdown": "md"}
DEFAULT_TOP = 25


def _print_error(message: str) -> None:
    print(f"claimcheck: {message}", file=sys.stderr, flush=True)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register_report_command(commands: Any, add_format_option: Callable[..., None]) -> None:
    """Add `report` to the subparsers `commands` of the claimcheck parser."""
    report = commands.add_parser(
        "report",
        help="the claims report of stored articles (terminal, Markdown, HTML, JSON)",
        description="What an editor or fact-checker reads about an article: its "
        "attribution profile, the check-worthy claims nobody stands behind, every claim "
        "with speaker, rating and the reviewers' verdicts, and the sources. With "
        "--summary: counts and shares per outlet and per speaker, and verdict totals, "
        "across articles.",
    )
    report.add_argument(
        "articles",
        nargs="*",
        metavar="ARTICLE",
        help="article id (or a unique prefix of it), input name or URL, as for `claimcheck claims`",
    )
    report.add_argument(
        "--all", dest="all_articles", action="store_true", help="every stored article"
    )
    report.add_argument("--outlet", metavar="NAME", help="only articles of this outlet (any case)")
    report.add_argument(
        "--since",
        type=_date,
        metavar="DATE",
        help="only articles published on or after DATE (YYYY-MM-DD; an article without "
        "a publication date counts by the day it was added)",
    )
    report.add_argument(
        "--until", type=_date, metavar="DATE", help="only articles published on or before DATE"
    )
    report.add_argument(
        "--summary",
        action="store_true",
        help="one summary across the articles (all, unless some are named or filtered): "
        "per outlet and per speaker, counts and shares, and verdict totals",
    )
    report.add_argument(
        "--top",
        type=int,
        default=DEFAULT_TOP,
        metavar="N",
        help=f"--summary: show the N outlets and speakers with most claims (default "
        f"{DEFAULT_TOP}; 0 shows all; JSON always has all)",
    )
    add_format_option(report)
    for action in report._actions:
        if action.dest == "format":
            action.choices = (*FORMATS, *FORMAT_ALIASES)
            action.default = "terminal"
            action.metavar = "{" + ",".join(FORMATS) + "}"
            action.help = (
                "terminal (default), md (Markdown), html (one self-contained file) or json"
            )
    report.add_argument(
        "--output",
        "-o",
        metavar="FILE|DIR",
        default=None,
        help="write to FILE, or one file per article into DIR (a folder that exists, a name "
        "ending in /, or, for several articles, a new name without extension); files are "
        "replaced atomically",
    )
    add_db_option(report)
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except ClaimcheckError as exc:
        _print_error(str(exc))
        return 1


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.articles and args.all_articles:
        return "name ARTICLEs or give --all, not both"
    chosen = args.articles or args.all_articles or args.summary
    if not chosen and args.outlet is None and args.since is None and args.until is None:
        return "name an ARTICLE, or give --all, --outlet, --since, --until or --summary"
    if args.since is not None and args.until is not None and args.since > args.until:
        return "--since is after --until"
    if args.top < 0:
        return "--top must be 0 or more"
    return None


def _run(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem:
        _print_error(f"report: {problem}")
        return 2
    fmt = FORMAT_ALIASES.get(args.format, args.format)

    from ..store import Store, resolve_db_path
    from . import (
        EXTENSIONS,
        Selection,
        build_summary,
        load_reports,
        render,
        render_summary,
        select_articles,
    )
    from ._format import safe_file_stem
    from ._write import destination, write_atomically

    store = Store(resolve_db_path(args.db))
    store.check(create=False)
    selection = Selection(
        refs=tuple(args.articles),
        all_articles=args.all_articles,
        outlet=args.outlet,
        since=args.since,
        until=args.until,
    )
    articles = select_articles(store, selection)
    top = args.top or None

    if args.summary:
        target = destination(args.output, 1)
        reports = load_reports(store, articles)
        summary = build_summary(reports, selection=selection.describe())
        _warn_pending(store)
        if target.kind == "stdout":
            if fmt == "terminal":
                from ._terminal import render_summary as renderables

                _print_terminal(renderables(summary, top=top))
            else:
                sys.stdout.write(render_summary(summary, fmt, top=top))
            return 0
        assert target.path is not None
        path = target.path
        if target.kind == "folder":
            path = path / f"summary{EXTENSIONS[fmt]}"
        write_atomically(path, render_summary(summary, fmt, top=top))
        _print_error(f"wrote the summary of {len(reports)} articles to {path}")
        return 0

    target = destination(args.output, len(articles))
    reports = load_reports(store, articles, with_text=fmt == "html")
    _warn_pending(store)
    if target.kind == "stdout":
        if fmt == "terminal":
            from ._terminal import render_reports as renderables_of

            _print_terminal(renderables_of(reports))
        else:
            sys.stdout.write(render(reports, fmt))
        return 0
    assert target.path is not None
    if target.kind == "file":
        write_atomically(target.path, render(reports, fmt))
        _print_error(
            f"wrote {len(reports)} report{'s' if len(reports) != 1 else ''} to {target.path}"
        )
        return 0
    for report in reports:
        a = report.article
        stem = safe_file_stem(a.title or PurePath(a.input).stem, a.article_id)
        write_atomically(target.path / f"{stem}{EXTENSIONS[fmt]}", render([report], fmt))
    _print_error(
        f"wrote {len(reports)} report{'s' if len(reports) != 1 else ''} to {target.path}{os.sep}"
    )
    return 0


def _warn_pending(store: Store) -> None:
    waiting = store.pending_count()
    if waiting:
        _print_error(
            f"{store.what}: {waiting} annotation(s) still wait in the journal for the "
            "database to be free and are not in this report"
        )


def _print_terminal(renderables: Iterable[RenderableType]) -> None:
    from .._output import OutputConsole

    width = None
    if not sys.stdout.isatty() and not os.environ.get("COLUMNS"):
        width = 120  # piped into a file or a pager: wide enough for the tables
    console = OutputConsole(
        file=sys.stdout, highlight=False, markup=False, emoji=False, width=width
    )
    for item in renderables:
        console.print(item)
