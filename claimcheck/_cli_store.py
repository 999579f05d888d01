"""The store's commands: add, articles, claims, sql, sources, export, merge, agreement.

`register_store_commands(commands, add_format_option)` adds them to the `claimcheck`
parser. The store (and so duckdb) is imported only when one of them runs, so that
`claimcheck extract` starts as fast as before. Every failure is one line on stderr,
"claimcheck: WHAT: reason", and exit status 1; usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import ClaimcheckError, RulesError
from ._output import ROW_FORMATS, write_rows

if TYPE_CHECKING:
    from .store import Store

AddFormat = Callable[..., None]

# kept in step with claimcheck.store (tests check it) without importing duckdb here
EXPORT_TABLES = ("annotations", "log", "claims", "sentences", "articles", "sources")
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "claimreview")
SOURCE_KINDS = ("person", "organisation", "outlet")
SOURCE_ACTIONS = ("list", "merge", "import")
_SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".jsonld": "claimreview",
    ".json": "claimreview",
}
PROGRESS_MIN = 6
# kept in step with claimcheck.store._store.DEFAULT_BATCH (tests check it)
DEFAULT_BATCH = 500
BATCH_SECONDS = 5.0


def _print_error(message: str) -> None:
    print(f"claimcheck: {message}", file=sys.stderr, flush=True)


def count_argument(text: str) -> int:
    """argparse type of --limit: a whole number, 0 or more (a usage error otherwise)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """--db, shared by every command that uses the store (the review UI too)."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help="the database (default: $CLAIMCHECK_DB, else "
        "claimcheck.duckdb in your user data folder)",
    )


def add_reviewer_option(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    """--reviewer, shared by every command that records who did something."""
    parser.add_argument(
        "--reviewer",
        metavar="NAME",
        default=None,
        help=help_text or "who is reviewing (default: $CLAIMCHECK_REVIEWER, else your login name)",
    )


def _widen_formats(parser: argparse.ArgumentParser, add_format: AddFormat) -> None:
    """The shared --format option, accepting csv as well: tabular results have it."""
    add_format(parser)
    for action in parser._actions:
        if action.dest == "format":
            action.choices = ROW_FORMATS
            action.help = f"output format: {', '.join(ROW_FORMATS)} (default: table)"


def register_store_commands(commands: Any, add_format: AddFormat) -> None:
    """Add the store's commands to the subparsers `commands` of the claimcheck parser."""
    add = commands.add_parser(
        "add",
        help="extract articles and store them in the database",
        description="Extract the claims of articles (files, folders, URLs, files that list "
        "URLs one per line, - for standard input) and store them. An article "
        "already stored (same text) is skipped unless --update.",
    )
    add.add_argument("inputs", nargs="+", metavar="INPUT")
    add.add_argument(
        "--update",
        action="store_true",
        help="re-extract articles already stored (annotations stay attached to their claims)",
    )
    add.add_argument(
        "--lang",
        choices=("auto", "de", "en"),
        default="auto",
        help="article language (default: auto-detect)",
    )
    add.add_argument("--keep-boilerplate", action="store_true", help="do not cut page furniture")
    add.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="extraction processes (default: one per core)",
    )
    add.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH,
        metavar="N",
        help=f"articles per database transaction (default: {DEFAULT_BATCH}; a batch is also "
        f"written after {BATCH_SECONDS:g} s)",
    )
    add_db_option(add)
    add.set_defaults(handler=run_add)

    articles = commands.add_parser("articles", help="list the stored articles")
    _widen_formats(articles, add_format)
    articles.add_argument("--outlet", help="only this outlet")
    articles.add_argument("--search", metavar="TEXT", help="title, input or URL contains TEXT")
    articles.add_argument("--limit", type=count_argument, metavar="N", help="at most N articles")
    add_db_option(articles)
    articles.set_defaults(handler=run_articles)

    claims = commands.add_parser("claims", help="list the claims of a stored article")
    _widen_formats(claims, add_format)
    claims.add_argument(
        "article",
        metavar="ARTICLE",
        help="article id (or a unique prefix of it), input name or URL",
    )
    claims.add_argument("--all", action="store_true", help="every sentence, not only claims")
    add_db_option(claims)
    claims.set_defaults(handler=run_claims)

    sql = commands.add_parser(
        "sql",
        help="run SQL against the database (read-only unless --write)",
        description="Run SQL against the database. Views: articles_v, sentences_v, "
        "claims_v, annotations_v, annotation_log_v, sources_v (docs/sql.md).",
    )
    _widen_formats(sql, add_format)
    sql.add_argument("query", metavar="SQL")
    sql.add_argument(
        "--write", action="store_true", help="allow changes (all statements run in one transaction)"
    )
    add_db_option(sql)
    sql.set_defaults(handler=run_sql)

    sources = commands.add_parser(
        "sources",
        help="list, merge or import sources (people, organisations, outlets)",
        description="claimcheck sources [list]: the sources with ratings and claim counts. "
        "claimcheck sources merge A B: A is the same as B. "
        "claimcheck sources import FILE.csv: outlet ratings by domain "
        "(columns domain, rating, note, rated_by).",
    )
    _widen_formats(sources, add_format)
    sources.add_argument("action", nargs="?", choices=SOURCE_ACTIONS, default="list")
    sources.add_argument("operands", nargs="*", metavar="ARG")
    sources.add_argument("--kind", choices=SOURCE_KINDS, help="only sources of this kind")
    sources.add_argument("--search", metavar="TEXT", help="name, alias or domain contains TEXT")
    sources.add_argument("--unrated", action="store_true", help="only unrated sources")
    sources.add_argument("--limit", type=count_argument, metavar="N", help="at most N sources")
    add_db_option(sources)
    add_reviewer_option(
        sources,
        "who rated, for rows of an import without rated_by "
        "(default: $CLAIMCHECK_REVIEWER, else your login name)",
    )
    sources.set_defaults(handler=run_sources)

    export = commands.add_parser(
        "export",
        help="export annotations (or other tables) as JSONL, CSV, Parquet or ClaimReview JSON-LD",
        description="Export a table of the database. The format comes from --to or the "
        "output file's extension (.jsonl, .csv, .parquet, .jsonld).",
    )
    export.add_argument(
        "--what",
        choices=EXPORT_TABLES,
        default="annotations",
        help="what to export (default: annotations, the current ones)",
    )
    export.add_argument(
        "--to",
        choices=EXPORT_FORMATS,
        default=None,
        help="jsonl, csv, parquet, or claimreview (schema.org JSON-LD for "
        "annotations with a verdict)",
    )
    export.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        default=None,
        help="write to FILE (default: standard output)",
    )
    add_reviewer_option(export, "only this reviewer's annotations")
    export.add_argument(
        "--review-url",
        metavar="URL",
        help="ClaimReview: address of the published fact check, may contain "
        "{sentence_id}, {article_id}, {reviewer}, {annotation_id}",
    )
    export.add_argument(
        "--publisher",
        metavar="NAME",
        help="ClaimReview: the fact-checking organisation (default: the reviewer, as a person)",
    )
    export.add_argument("--publisher-url", metavar="URL", help="ClaimReview: its web site")
    add_db_option(export)
    export.set_defaults(handler=run_export)

    merge = commands.add_parser(
        "merge",
        help="merge another reviewer's database into this one",
        description="Merge OTHER.duckdb into the database: no duplicates, no losses; "
        "merging the same file twice changes nothing.",
    )
    merge.add_argument("other", metavar="OTHER.duckdb")
    add_db_option(merge)
    merge.set_defaults(handler=run_merge)

    agreement = commands.add_parser(
        "agreement", help="agreement between reviewers (Cohen's kappa, Krippendorff's alpha)"
    )
    _widen_formats(agreement, add_format)
    agreement.add_argument(
        "--reviewers", nargs="+", metavar="NAME", help="only these reviewers (default: all)"
    )
    add_db_option(agreement)
    agreement.set_defaults(handler=run_agreement)


# --- helpers ------------------------------------------------------------------------------


def _store(args: argparse.Namespace, *, create: bool = False) -> Store:
    from .store import Store, resolve_db_path

    store = Store(resolve_db_path(args.db), reviewer=getattr(args, "reviewer", None))
    store.check(create=create)
    return store


def _guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn every error a user can cause into one line and exit status 1."""

    def handler(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except ClaimcheckError as exc:
            _print_error(str(exc))
            return 1
        except ValueError as exc:  # a bad value for the API (verdict, rating, ...)
            _print_error(f"{args.command}: {exc}")
            return 1

    handler.__name__ = run.__name__
    handler.__doc__ = run.__doc__
    return handler


def _rows(
    fmt: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None
) -> None:
    write_rows(fmt, columns, rows, sys.stdout, title=title)


# --- add ----------------------------------------------------------------------------------


@_guarded
def run_add(args: argparse.Namespace) -> int:
    from .store import AddResult
    from .store._collect import ExtractionAborted, expand_inputs, extract_all
    from .store._prepare import PreparedArticle

    if args.batch_size < 1:
        _print_error("add: --batch-size must be at least 1")
        return 2
    if args.jobs is not None and args.jobs < 1:
        _print_error("add: --jobs must be at least 1")
        return 2
    from ._rules import LANGUAGES, load_rules

    try:
        for lang in LANGUAGES if args.lang == "auto" else (args.lang,):
            load_rules(lang)
    except RulesError as exc:
        _print_error(str(exc))
        return 1
    store = _store(args, create=True)
    inputs, problems = expand_inputs(args.inputs)
    status = 0
    for problem in problems:
        _print_error(problem)
        status = 1
    known = frozenset(store.known_hashes())
    result = AddResult()
    batch: list[PreparedArticle] = []
    last_write = time.monotonic()

    def flush() -> None:
        nonlocal batch, last_write
        if batch:
            result.extend(store.add_prepared(batch, update=args.update))
            batch = []
        last_write = time.monotonic()

    progress = _progress(len(inputs))
    task = progress.add_task("extracting", total=len(inputs)) if progress else None
    aborted: ExtractionAborted | None = None
    try:
        if progress:
            progress.start()
        try:
            for outcome in extract_all(
                inputs,
                known=known,
                language=args.lang,
                keep_boilerplate=args.keep_boilerplate,
                update=args.update,
                jobs=args.jobs,
            ):
                if progress and task is not None:
                    progress.advance(task)
                if outcome.error:
                    if progress:
                        progress.console.print(
                            f"claimcheck: {outcome.error}", markup=False, highlight=False
                        )
                    else:
                        _print_error(outcome.error)
                    result.failed.append((outcome.input, outcome.error))
                    status = 1
                elif outcome.skipped:
                    result.skipped.append(outcome.input)
                elif outcome.prepared is not None:
                    batch.append(outcome.prepared)
                    if (
                        len(batch) >= args.batch_size
                        or time.monotonic() - last_write > BATCH_SECONDS
                    ):
                        flush()
        except ExtractionAborted as exc:
            # what was extracted before is kept: the next run skips it
            aborted = exc
        flush()
    finally:
        if progress:
            progress.stop()
    if aborted is not None:
        _print_error(str(aborted))
        result.failed.extend((name, str(aborted)) for name in aborted.left)
        status = 1
    for lost in result.unmatched:
        preview = " ".join(lost.text.split())[:60]
        _print_error(
            f"{lost.article_id}: {lost.annotations} annotation(s) of a sentence that "
            f"re-extraction no longer finds are kept on it (sentence "
            f'{lost.sentence_id}, retired): "{preview}"'
        )
    parts = [
        f"added {len(result.added)} article{'s' if len(result.added) != 1 else ''} "
        f"({result.sentences} sentences, {result.claims} claims)"
    ]
    if result.updated:
        parts.append(f"re-extracted {len(result.updated)}")
    if result.skipped:
        parts.append(f"skipped {len(result.skipped)} already stored")
    if result.failed:
        parts.append(f"{len(result.failed)} failed")
    print(f"claimcheck: {'; '.join(parts)} in {store.path}", file=sys.stderr)
    return status


def _progress(total: int) -> Any:
    if total < PROGRESS_MIN or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )


# --- reading ------------------------------------------------------------------------------


@_guarded
def run_articles(args: argparse.Namespace) -> int:
    store = _store(args)
    items = store.list_articles(outlet=args.outlet, search=args.search, limit=args.limit)
    columns = (
        "article_id",
        "title",
        "outlet",
        "published",
        "language",
        "sentences",
        "claims",
        "annotated",
        "added_at",
        "input",
    )
    rows = [
        (
            a.article_id,
            a.title,
            a.outlet,
            a.published,
            a.language,
            a.n_sentences,
            a.n_claims,
            a.n_annotated,
            a.added_at.replace(microsecond=0),
            a.input,
        )
        for a in items
    ]
    _rows(args.format, columns, rows)
    return 0


@_guarded
def run_claims(args: argparse.Namespace) -> int:
    store = _store(args)
    article = store.get_article(args.article)
    sentences = store.claims_for(article.article_id, all_sentences=args.all)
    verdicts: dict[str, list[str]] = {}
    for annotation in store.current_annotations(article_id=article.article_id):
        label = annotation.verdict or "annotated"
        verdicts.setdefault(annotation.sentence_id, []).append(f"{annotation.reviewer}: {label}")
    if args.format in ("table", "markdown"):
        columns: tuple[str, ...] = (
            "sentence_id",
            "#",
            "attribution",
            "speaker",
            "score",
            "kind",
            "verdicts",
            "text",
        )
        rows: list[tuple[Any, ...]] = [
            (
                s.sentence_id,
                s.index,
                s.attribution.replace("_", " ")
                + (" (hedged)" if s.hedged else "")
                + (" (vague)" if s.vague_source else ""),
                s.speaker,
                s.claim_score if s.claim else None,
                s.claim_kind,
                verdicts.get(s.sentence_id, []),
                s.text,
            )
            for s in sentences
        ]
    else:
        columns = (
            "sentence_id",
            "article_id",
            "index",
            "paragraph",
            "start",
            "end",
            "claim",
            "claim_score",
            "claim_kind",
            "attribution",
            "speaker",
            "speaker_role",
            "cue",
            "act",
            "source_id",
            "hedged",
            "vague_source",
            "verdicts",
            "text",
        )
        rows = [
            (
                s.sentence_id,
                s.article_id,
                s.index,
                s.paragraph,
                s.start,
                s.end,
                s.claim,
                s.claim_score,
                s.claim_kind,
                s.attribution,
                s.speaker,
                s.speaker_role,
                s.cue_label,
                s.act_label,
                s.source_id,
                s.hedged,
                s.vague_source,
                verdicts.get(s.sentence_id, []),
                s.text,
            )
            for s in sentences
        ]
    title = f"{article.title or article.input} ({article.article_id})"
    _rows(args.format, columns, rows, title=title if args.format == "table" else None)
    return 0


@_guarded
def run_sql(args: argparse.Namespace) -> int:
    store = _store(args, create=args.write)
    result = store.query(args.query, write=args.write)
    if result.columns:
        _rows(args.format, result.columns, result.rows)
    return 0


# --- sources ------------------------------------------------------------------------------

_SOURCE_COLUMNS = (
    "source_id",
    "kind",
    "name",
    "role",
    "credibility",
    "independence",
    "claims",
    "articles",
    "aliases",
    "domain",
    "rated_by",
    "note",
)


def _source_rows(sources: Sequence[Any]) -> list[tuple[Any, ...]]:
    return [
        (
            s.source_id,
            s.kind,
            s.name,
            s.role,
            s.credibility,
            s.independence,
            s.n_claims,
            s.n_articles,
            list(s.aliases),
            s.domain,
            s.rated_by,
            s.note,
        )
        for s in sources
    ]


@_guarded
def run_sources(args: argparse.Namespace) -> int:
    wanted = {"list": 0, "merge": 2, "import": 1}[args.action]
    if len(args.operands) != wanted:
        usage = {
            "list": "claimcheck sources [list]",
            "merge": "claimcheck sources merge SOURCE INTO",
            "import": "claimcheck sources import FILE.csv",
        }[args.action]
        _print_error(f"sources {args.action}: usage: {usage}")
        return 2
    if args.action == "merge":
        store = _store(args)
        merged = store.merge_sources(args.operands[0], args.operands[1])
        _rows(args.format, _SOURCE_COLUMNS, _source_rows([merged]))
        return 0
    if args.action == "import":
        store = _store(args, create=True)
        result = store.import_source_ratings(args.operands[0], reviewer=args.reviewer)
        for problem in result.problems:
            _print_error(f"{args.operands[0]}: {problem}")
        print(
            f"claimcheck: imported {args.operands[0]}: {result.ratings_added} ratings added, "
            f"{result.unchanged} unchanged, {result.sources_created} new outlets"
            + (f", {len(result.problems)} rows skipped" if result.problems else ""),
            file=sys.stderr,
        )
        return 1 if result.problems else 0
    store = _store(args)
    sources = store.list_sources(
        kind=args.kind, search=args.search, unrated=args.unrated, limit=args.limit
    )
    _rows(args.format, _SOURCE_COLUMNS, _source_rows(sources))
    return 0


# --- export, merge, agreement -------------------------------------------------------------


@_guarded
def run_export(args: argparse.Namespace) -> int:
    fmt = args.to
    if fmt is None:
        fmt = (
            _SUFFIX_FORMATS.get(Path(args.output).suffix.lower(), "jsonl")
            if args.output
            else "jsonl"
        )
    store = _store(args)
    if fmt == "claimreview":
        reviews = store.claim_reviews(
            review_url=args.review_url or "",
            publisher=args.publisher,
            publisher_url=args.publisher_url,
            reviewer=args.reviewer,
        )
        text = json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
        if args.output:
            _write_text_atomically(Path(args.output), text)
            print(
                f"claimcheck: exported {len(reviews)} ClaimReviews to {args.output}",
                file=sys.stderr,
            )
        else:
            sys.stdout.write(text)
        return 0
    if fmt == "parquet" and not args.output:
        _print_error("export: Parquet needs an output file (-o FILE.parquet)")
        return 2
    count = store.export(args.output or sys.stdout, what=args.what, fmt=fmt, reviewer=args.reviewer)
    if args.output:
        print(f"claimcheck: exported {count} rows of {args.what} to {args.output}", file=sys.stderr)
    return 0


def _write_text_atomically(path: Path, text: str) -> None:
    from ._files import atomic_output
    from .store._connection import describe_error

    try:
        with atomic_output(path) as target:
            target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise describe_error(exc, str(path)) from None


@_guarded
def run_merge(args: argparse.Namespace) -> int:
    store = _store(args, create=True)
    result = store.merge_from(args.other)
    for lost in result.unmatched:
        _print_error(
            f"{args.other}: {lost.annotations} annotation(s) of sentence "
            f"{lost.sentence_id} that matches no sentence here are kept on it "
            "(retired)"
        )
    print(
        f"claimcheck: merged {args.other}: {result.articles} new articles, "
        f"{result.sources} new sources, {result.source_merges} source merges, "
        f"{result.annotations} new annotations, {result.ratings} new source ratings",
        file=sys.stderr,
    )
    return 0


@_guarded
def run_agreement(args: argparse.Namespace) -> int:
    store = _store(args)
    rows = store.agreement(reviewers=args.reviewers)
    columns = (
        "field",
        "label",
        "items",
        "reviewers",
        "pairs",
        "observed",
        "cohen_kappa",
        "krippendorff_alpha",
    )

    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 3)

    _rows(
        args.format,
        columns,
        [
            (
                r.field,
                r.label,
                r.items,
                r.reviewers,
                r.pairs,
                rounded(r.observed),
                rounded(r.kappa),
                rounded(r.alpha),
            )
            for r in rows
        ],
    )
    return 0
