"""Output: article text is data, never markup or terminal control, in every format."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import check_records
from rich.console import Console

import claimcheck
from claimcheck._output import FORMATS, RecordWriter, markdown_escape, plain
from claimcheck.cli import main

MARKUP = "[bold red]x[/]"
ACTION = "[@click=app.quit]"
ANSI = "\x1b[31m"
HOSTILE = (
    f"Die Firma {MARKUP} meldet einen Gewinn von 40 Millionen Euro. "
    f"Der Befehl {ACTION} beendet laut Polizei das Programm. "
    f"Ein Steuerzeichen {ANSI}rot\x1b[0m färbt seit Montag 300 Zeilen ein.\n"
)


@pytest.fixture
def hostile() -> claimcheck.Article:
    return claimcheck.analyze_text(HOSTILE, name="feindlich.txt", language="de")


def test_the_hostile_text_is_three_sentences(hostile: claimcheck.Article) -> None:
    assert len(hostile.sentences) == 3
    assert MARKUP in hostile.sentences[0].text
    assert ACTION in hostile.sentences[1].text
    assert ANSI in hostile.sentences[2].text


def test_plain_makes_control_characters_visible() -> None:
    assert plain(f"a{ANSI}b\x07c\x9bd") == "a\\x1b[31mb\\x07c\\x9bd"
    assert plain("Zeile\tmit Tab\nund Umbruch – „Zitat“") == "Zeile\tmit Tab\nund Umbruch – „Zitat“"


def test_markdown_escape() -> None:
    assert markdown_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert markdown_escape("a | b") == "a \\| b"
    assert markdown_escape("*fett* und _kursiv_ und `code` und [link](x)") == (
        "\\*fett\\* und \\_kursiv\\_ und \\`code\\` und \\[link\\](x)"
    )
    assert markdown_escape("zwei\nZeilen") == "zwei Zeilen"
    assert markdown_escape(ANSI + "rot") == "\\\\x1b\\[31m" + "rot"
    assert markdown_escape("A & B") == "A &amp; B"


def _render_table(records: list[dict[str, Any]]) -> tuple[str, str]:
    """(raw terminal output with colour codes, the text a reader sees)."""
    stream = io.StringIO()
    console = Console(
        file=stream,
        record=True,
        width=300,
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
        soft_wrap=False,
    )
    writer = RecordWriter("table", stream, console=console)
    writer.write_article(records)
    writer.close()
    return stream.getvalue(), console.export_text(styles=False)


def test_table_prints_markup_and_escapes_literally(hostile: claimcheck.Article) -> None:
    raw, seen = _render_table(hostile.to_dict(all_sentences=True))
    # rich markup is shown, not applied
    assert MARKUP in seen
    assert ACTION in seen
    # the ANSI escape of the article is shown as text, never sent to the terminal
    assert "\\x1b[31m" in seen
    assert "\x1b" not in seen
    assert ANSI not in raw
    assert "\x1b[0m" + "rot" not in raw
    # the only escape sequences in the raw output are rich's own SGR codes
    without_sgr = re.sub(r"\x1b\[[0-9;]*m", "", raw)
    assert "\x1b" not in without_sgr.replace("\\x1b", "")
    assert "\x1b[" in raw  # the terminal did get colours (badges), so styles are on


def test_table_title_from_a_hostile_headline() -> None:
    article = claimcheck.analyze_text(
        f"Eilmeldung {MARKUP} {ANSI}\n\nDer Rat hat getagt.", language="de"
    )
    raw, seen = _render_table(article.to_dict())
    assert f"Eilmeldung {MARKUP} \\x1b[31m" in seen
    assert ANSI not in raw


def test_table_through_the_cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    path = tmp_path / "feindlich.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    assert main(["extract", "--all", "--lang", "de", str(path)]) == 0
    out = capsys.readouterr().out
    assert MARKUP in out
    assert ACTION in out
    assert "\\x1b[31m" in out
    assert "\x1b" not in out


def test_jsonl_keeps_the_exact_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "feindlich.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    assert main(["extract", "-f", "jsonl", "--all", "--lang", "de", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out  # JSON escapes it...
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0]["text"] == HOSTILE  # ...and gives it back exactly
    check_records(records)
    texts = [r["text"] for r in records[1:]]
    assert MARKUP in texts[0] and ACTION in texts[1] and ANSI in texts[2]


def test_markdown_escapes_the_hostile_text(hostile: claimcheck.Article) -> None:
    stream = io.StringIO()
    writer = RecordWriter("markdown", stream)
    writer.write_article(hostile.to_dict())
    writer.close()
    out = stream.getvalue()
    assert "\x1b" not in out
    assert "\\[bold red\\]x\\[/\\]" in out
    assert "\\[@click=app.quit\\]" in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_every_sentence(hostile: claimcheck.Article, fmt: str) -> None:
    stream = io.StringIO()
    writer = RecordWriter(fmt, stream, console=Console(file=stream, width=300))
    writer.write_article(hostile.to_dict())
    writer.close()
    out = stream.getvalue()
    for word in ("Gewinn", "Programm", "Zeilen"):
        assert word in out


def test_json_writer_collects_articles_into_one_array(hostile: claimcheck.Article) -> None:
    stream = io.StringIO()
    writer = RecordWriter("json", stream)
    writer.write_article(hostile.to_dict())
    writer.write_article(hostile.to_dict())
    assert stream.getvalue() == ""  # nothing before close
    writer.close()
    array = json.loads(stream.getvalue())
    assert array == hostile.to_dict() + hostile.to_dict()


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="xml"):
        RecordWriter("xml", io.StringIO())


CUES = (
    "Wie die Stadtwerke am Montag mitteilten, steigen die Preise um 9 Prozent. "
    "Der Verband forderte einen Härtefonds von 2 Millionen Euro.\n"
)


def _cue_records() -> list[dict[str, Any]]:
    return claimcheck.analyze_text(CUES, name="cues.txt", language="de").to_dict()


def test_the_table_shows_what_gives_the_words_to_the_speaker() -> None:
    _, seen = _render_table(_cue_records())
    # a split cue reads with all its parts; a narrated act is named as such
    assert "cue “Wie … mitteilten”" in seen
    assert "act “forderte”" in seen


def test_markdown_has_a_cue_column() -> None:
    stream = io.StringIO()
    writer = RecordWriter("markdown", stream)
    writer.write_article(_cue_records())
    writer.close()
    lines = stream.getvalue().splitlines()
    header = next(line for line in lines if line.startswith("| # |"))
    assert header.split(" | ")[3] == "cue"
    row = next(line for line in lines if "Stadtwerke" in line)
    assert row.split(" | ")[3] == "cue “Wie … mitteilten”"
