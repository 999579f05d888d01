"""Writing records as a terminal table, JSON lines, JSON or Markdown.

Article text is data, never markup: the table builds rich `Text` objects (no
markup parsing) with control characters made visible, and Markdown escapes
HTML and table pipes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ._model import parts_label

FORMATS = ("table", "jsonl", "json", "markdown")

BADGES = {
    "direct_quote": ("QUOTE", "bold green"),
    "reported_speech": ("REPORTED", "bold blue"),
    "unattributed": ("UNATTRIBUTED", "bold red"),
}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class OutputConsole(Console):
    """The console for a command's output. When the reader goes away (`| head`) rich
    would exit with status 1 on its own; this raises BrokenPipeError instead, which
    `claimcheck.cli.main` treats as the normal end it is."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def plain(text: str) -> str:
    """Make control characters (ANSI escapes included) visible instead of active."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def markdown_escape(text: str) -> str:
    """Article text for a Markdown table cell: no HTML, no emphasis, no cell breaks."""
    text = plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", text).replace("\n", " ")


class RecordWriter:
    """Collects the records of one run and writes them in the chosen format.

    jsonl is streamed record by record; the other formats need the whole article.
    """

    def __init__(self, fmt: str, stream: IO[str], console: Console | None = None) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.fmt = fmt
        self.stream = stream
        self.console = console or OutputConsole(file=stream, highlight=False, soft_wrap=False)
        self._json_records: list[Mapping[str, Any]] = []

    def write_article(self, records: Iterable[Mapping[str, Any]]) -> None:
        records = list(records)
        if self.fmt == "jsonl":
            for record in records:
                self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.stream.flush()
        elif self.fmt == "json":
            self._json_records.extend(records)
        elif self.fmt == "markdown":
            self.stream.write(markdown_article(records))
        else:
            self.console.print(table_article(records))

    def close(self) -> None:
        if self.fmt == "json":
            json.dump(self._json_records, self.stream, ensure_ascii=False, indent=2)
            self.stream.write("\n")
        self.stream.flush()


def _speaker_label(record: Mapping[str, Any]) -> str:
    """ "Tatjana Stanowaja (russische Politologin)", "Sie → Tatjana Stanowaja"."""
    speaker = record.get("speaker")
    if not speaker:
        return ""
    mention = str(speaker["text"])
    resolved = speaker.get("resolved")
    role = speaker.get("role")
    if resolved and resolved in mention:
        label = str(resolved)
    elif resolved:
        label = f"{mention} → {resolved}"
    else:
        label = mention
    if role and role not in label:
        label += f" ({role})"
    return label


def _cue_label(record: Mapping[str, Any]) -> str:
    """What gives the words to the speaker, as it reads: 'cue “Wie … mitteilte”', or
    'act “forderte”' for a narrated speech act that reports no words of its own."""
    for key in ("cue", "act"):
        span = record.get(key)
        if span:
            words = parts_label(span["text"], (str(p["text"]) for p in span.get("parts") or ()))
            return f"{key} “{words}”"
    return ""


def _flags(record: Mapping[str, Any]) -> str:
    flags = []
    if record.get("hedged"):
        flags.append("hedged")
    if record.get("vague_source"):
        flags.append("vague source")
    return ", ".join(flags)


def table_article(records: list[Mapping[str, Any]]) -> Table:
    article = records[0]
    sentences = records[1:]
    title = plain(str(article.get("title") or article["input"]))
    meta = [str(article[k]) for k in ("outlet", "published", "language") if article.get(k)]
    table = Table(
        title=Text(title + (f"  ({', '.join(meta)})" if meta else ""), style="bold"),
        show_lines=False,
        expand=True,
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("attribution", no_wrap=True)
    table.add_column("speaker", ratio=1)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("sentence", ratio=3)
    for record in sentences:
        label, style = BADGES[record["attribution"]]
        badge = Text(label, style=style)
        flags = _flags(record)
        if flags:
            badge.append(f"\n{flags}", style="yellow")
        speaker = Text(plain(_speaker_label(record)))
        cue = _cue_label(record)
        if cue:
            speaker.append(("\n" if speaker else "") + plain(cue), style="dim")
        table.add_row(
            str(record["index"]),
            badge,
            speaker,
            f"{record['claim_score']:.2f}" if record.get("claim") else "–",
            Text(str(record.get("claim_kind") or "")),
            Text(plain(record["text"]), style="" if record.get("claim") else "dim"),
        )
    if not sentences:
        table.add_row("", "", "", "", "", Text("no claims found", style="dim"))
    return table


def markdown_article(records: list[Mapping[str, Any]]) -> str:
    article = records[0]
    lines = [f"## {markdown_escape(str(article.get('title') or article['input']))}", ""]
    for key in ("input", "outlet", "url", "published", "author", "language"):
        if article.get(key):
            lines.append(f"- **{key}**: {markdown_escape(str(article[key]))}")
    lines += [
        "",
        "| # | attribution | speaker | cue | score | kind | flags | sentence |",
        "|---:|---|---|---|---:|---|---|---|",
    ]
    for record in records[1:]:
        score = f"{record['claim_score']:.2f}" if record.get("claim") else "–"
        lines.append(
            f"| {record['index']} | {record['attribution'].replace('_', ' ')} | "
            f"{markdown_escape(_speaker_label(record))} | "
            f"{markdown_escape(_cue_label(record))} | {score} | "
            f"{record.get('claim_kind') or ''} | {_flags(record)} | "
            f"{markdown_escape(record['text'])} |"
        )
    lines.append("")
    return "\n".join(lines) + "\n"


# --- tabular results (the store's commands: articles, claims, sources, sql, ...) ---------

# every format of --format; csv is only for tabular results, not for extract
ROW_FORMATS = ("table", "csv", "json", "jsonl", "markdown")


def json_value(value: Any) -> Any:
    """A database value as JSON: dates and times in ISO 8601, UUIDs and decimals as
    strings or numbers, bytes as hex, lists and structs recursively."""
    import datetime as _dt
    import decimal
    import uuid

    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else None
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_value(v) for v in value]
    return str(value)


def cell_text(value: Any) -> str:
    """A database value as the text of a CSV or table cell ("" for NULL)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    converted = json_value(value)
    if converted is None:  # NaN and infinity, which JSON has no number for either
        return ""
    if isinstance(converted, (list, dict)):
        return json.dumps(converted, ensure_ascii=False)
    return str(converted)


def _unique_names(columns: Iterable[str]) -> list[str]:
    names: list[str] = []
    seen: dict[str, int] = {}
    for column in columns:
        name = str(column)
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        seen.setdefault(name, 1)
        names.append(name)
    return names


def write_rows(
    fmt: str,
    columns: Iterable[str],
    rows: Iterable[Iterable[Any]],
    stream: IO[str],
    *,
    title: str | None = None,
    console: Console | None = None,
) -> int:
    """Write a table of values (a query result) as table, csv, json, jsonl or markdown;
    returns the number of rows. csv and jsonl are streamed row by row."""
    import csv

    if fmt not in ROW_FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    names = _unique_names(columns)
    count = 0
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow([cell_text(v) for v in row])
            count += 1
    elif fmt == "jsonl":
        for row in rows:
            record = {n: json_value(v) for n, v in zip(names, row, strict=True)}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        records = [{n: json_value(v) for n, v in zip(names, row, strict=True)} for row in rows]
        count = len(records)
        json.dump(records, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "markdown":
        stream.write("| " + " | ".join(markdown_escape(n) for n in names) + " |\n")
        stream.write("|" + "---|" * len(names) + "\n")
        for row in rows:
            stream.write("| " + " | ".join(markdown_escape(cell_text(v)) for v in row) + " |\n")
            count += 1
    else:
        materialised = [list(row) for row in rows]
        count = len(materialised)
        (console or OutputConsole(file=stream, highlight=False, soft_wrap=False)).print(
            _rows_table(names, materialised, title)
        )
    stream.flush()
    return count


def _table_cell(value: Any) -> Text:
    import datetime as _dt

    if value is None:
        return Text("")
    if isinstance(value, float):
        return Text(f"{value:.6g}")
    if isinstance(value, _dt.datetime):
        return Text(value.isoformat(sep=" ", timespec="seconds"))
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return Text(plain("; ".join(value)))
    return Text(plain(cell_text(value)))


def _rows_table(names: list[str], rows: list[list[Any]], title: str | None) -> Table:
    """A terminal table: short columns (ids, numbers, flags) never wrap, long text
    columns share the rest of the width."""
    table = Table(title=Text(plain(title), style="bold") if title else None)
    cells = [[_table_cell(v) for v in row] for row in rows]
    sample = cells[:200]
    for i, name in enumerate(names):
        widths = [c[i].cell_len for c in sample]
        longest = max(widths, default=0)
        numeric = any(
            isinstance(r[i], (int, float)) and not isinstance(r[i], bool) for r in rows[:50]
        )
        short = longest <= 24 or name.endswith("_id")
        table.add_column(
            Text(plain(name)),
            justify="right" if numeric else "left",
            no_wrap=short,
            overflow="fold",
            min_width=min(max(longest, len(name)), 24) if short else 12,
            ratio=None if short else max(1, sum(widths) // max(len(widths), 1)),
        )
    for row in cells:
        table.add_row(*row)
    return table
