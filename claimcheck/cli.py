"""The `claimcheck` command: a thin layer over the library.

Every failure a user can cause is one line on stderr ("claimcheck: INPUT: reason"),
never a traceback. Exit status: 0 all went well, 1 some input failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from ._cli_store import register_store_commands
from ._compiled import describe_build
from ._errors import INPUT_FAILURES, RulesError, input_failure
from ._files import describe_os_error
from ._output import FORMATS, RecordWriter
from ._rules import LANGUAGES
from .report._cli import register_report_command
from .ui._cli import register_review_command

# the engine (NLTK and the rest) loads only for the commands that extract: see run_extract


def _print_error(message: str) -> None:
    print(f"claimcheck: {message}", file=sys.stderr, flush=True)


def _add_format_option(parser: argparse.ArgumentParser, default: str = "table") -> None:
    """The one output option every command that prints records shares."""
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default=default,
        help=f"output format (default: {default})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Find the claims in news articles and who stands behind each one.",
    )
    parser.add_argument(
        "--version", action="version", version=f"claimcheck {__version__}, {describe_build()}"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    extract = commands.add_parser(
        "extract",
        help="print the sentences, claims and attributions of articles",
        description="Split articles into sentences, find the claims, and tag each by "
        "attribution: direct quote, reported speech, or unattributed.",
    )
    _add_format_option(extract)
    extract.add_argument(
        "--lang",
        choices=("auto", *LANGUAGES),
        default="auto",
        help="article language (default: auto-detect German or English)",
    )
    extract.add_argument(
        "--all", action="store_true", help="print every body sentence, not only the claims"
    )
    extract.add_argument(
        "--keep-boilerplate",
        action="store_true",
        help="do not cut page furniture (promotions, comment rules, links)",
    )
    extract.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="text file (.txt, .md), HTML file, http(s) URL, or - for stdin",
    )
    extract.set_defaults(handler=run_extract)
    register_store_commands(commands, _add_format_option)
    register_report_command(commands, _add_format_option)
    register_review_command(commands, _add_format_option)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    from ._ingest import read_input
    from ._pipeline import analyze_document
    from ._rules import load_rules

    try:
        if args.lang != "auto":
            load_rules(args.lang)
        else:
            for lang in LANGUAGES:
                load_rules(lang)
    except RulesError as exc:
        _print_error(str(exc))
        return 1
    writer = RecordWriter(args.format, sys.stdout)
    status = 0
    for name in args.inputs:
        try:
            document = read_input(name)
            article = analyze_document(
                document, language=args.lang, keep_boilerplate=args.keep_boilerplate
            )
        except INPUT_FAILURES as exc:
            _print_error(input_failure(name, exc))
            status = 1
            continue
        writer.write_article(article.to_dict(all_sentences=args.all))
    writer.close()
    return status


def _reader_went_away() -> int:
    """The reader of our output went away (`| head`); that is not an error. What is
    still buffered for it goes to /dev/null, so that flushing it at exit neither fails
    nor prints "Exception ignored"."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout is not a file
        pass
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        _print_error("interrupted")
        return 130
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            return _reader_went_away()
        # the last resort for a file error no command turned into its own message
        # (a name too long for the file system, say): still one line, naming the file
        _print_error(describe_os_error(exc, args.command))
        return 1


if __name__ == "__main__":
    sys.exit(main())
