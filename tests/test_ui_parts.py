"""The review UI's parts that need no running app: text safety and layout, filters and
sorting, the article table's columns, and the `review` command's arguments."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest
from test_ui_support import FLOOD_WALL, REVIEWER, new_store

from claimcheck.store import Store
from claimcheck.ui._data import article_rows, load_review
from claimcheck.ui._state import ArticleQuery, ArticleRow, ClaimFilter
from claimcheck.ui._text import layout, marked_positions, one_line, progress_bar, visible
from claimcheck.ui.article_table import columns_for

# --- text ---------------------------------------------------------------------------------


def test_control_characters_become_visible_one_for_one() -> None:
    text = "a\x1b[31mb\x07c\td\u202ee\x00\x7f\x9b\u200bf\n"
    shown = visible(text)
    assert len(shown) == len(text)
    assert shown == "a␛[31mb␇c d¤e␀␡¤¤f\n"
    assert [text[i] for i in marked_positions(text)] == [
        "\x1b",
        "\x07",
        "\u202e",
        "\x00",
        "\x7f",
        "\x9b",
        "\u200b",
    ]
    assert visible("plain [b]text[/b]") == "plain [b]text[/b]"  # markup is just text


def test_one_line_values() -> None:
    assert one_line("Ilse\nBrandvold  \x1b[0m") == "Ilse ⏎ Brandvold ␛[0m"
    assert one_line(None, "–") == "–"
    assert one_line("   ", "–") == "–"


@pytest.mark.parametrize("width", [1, 5, 12, 40])
def test_layout_covers_every_character_once(width: int) -> None:
    text = "Der Hafen soll 2027 fertig sein.\n\nSupercalifragilistic words, 漢字漢字 wide.\n"
    lines = layout(text, width).lines
    covered = [i for start, end in lines for i in range(start, end)]
    assert covered == sorted(set(covered))
    assert set(covered) == {i for i, ch in enumerate(text) if ch != "\n"}
    from rich.cells import cell_len

    for start, end in lines:
        shown = text[start:end].rstrip()
        assert cell_len(shown) <= width or len(shown) == 1  # a wide character alone


def test_layout_finds_the_line_of_an_offset_and_the_offset_at_a_cell() -> None:
    text = "one two three four\nfive six"
    lines = layout(text, 9)
    assert [text[s:e] for s, e in lines.lines] == ["one two ", "three ", "four", "five six"]
    assert lines.line_of(text.index("four")) == 2
    assert lines.line_of(text.index("six")) == 3
    assert lines.offset_at(text, 1, 2) == text.index("three") + 2
    assert lines.offset_at(text, 2, 7) is None


def test_progress_bar_shows_a_start_and_never_finishes_early() -> None:
    assert progress_bar(0, 10, 5) == ("", "━" * 5)
    assert progress_bar(1, 100, 5)[0] == "━"
    assert progress_bar(99, 100, 5)[0] == "━" * 4
    assert progress_bar(10, 10, 5)[0] == "━" * 5
    assert progress_bar(0, 0, 5) == ("", "·" * 5)


# --- filters and sorting ------------------------------------------------------------------


def _row(n: int, **changes: object) -> ArticleRow:
    base = {
        "article_id": f"a{n}",
        "title": f"Title {n}",
        "outlet": None,
        "published": None,
        "language": "de",
        "input": f"in/{n}.txt",
        "url": None,
        "n_claims": 10,
        "n_reviewed": n,
        "n_unattributed": 10 - n,
    }
    base.update(changes)
    return ArticleRow(**base)  # type: ignore[arg-type]


def test_article_query_filters_and_sorts_with_missing_values_last() -> None:
    rows = [
        _row(1, outlet="Beta", published="2025-01-02"),
        _row(2, title=None, input="x/odd.txt"),
        _row(10, outlet="alpha", language="en"),
    ]
    assert [r.article_id for r in ArticleQuery().apply(rows)] == ["a1", "a2", "a10"]
    assert [r.article_id for r in ArticleQuery(sort="outlet").apply(rows)] == ["a10", "a1", "a2"]
    by_outlet_desc = ArticleQuery(sort="outlet", descending=True).apply(rows)
    assert [r.article_id for r in by_outlet_desc] == ["a1", "a10", "a2"]
    assert [r.article_id for r in ArticleQuery(sort="date").apply(rows)] == ["a1", "a2", "a10"]
    assert [r.article_id for r in ArticleQuery(unfinished_only=True).apply(rows)] == ["a1", "a2"]
    assert [r.article_id for r in ArticleQuery(text="ODD").apply(rows)] == ["a2"]
    assert [r.article_id for r in ArticleQuery(text="en alpha").apply(rows)] == ["a10"]
    assert rows[1].display_title == "odd.txt"


def test_claim_filter_over_a_stored_article(tmp_path: Path) -> None:
    path = new_store(tmp_path, [FLOOD_WALL])
    store = Store.open(path, reviewer=REVIEWER)
    data = load_review(store, FLOOD_WALL.input)
    assert [c.attribution for c in data.claims] == [
        "unattributed",
        "direct_quote",
        "reported_speech",
        "reported_speech",
        "reported_speech",
        "unattributed",
    ]

    def pick(f: ClaimFilter) -> list[int]:
        return [i for i, c in enumerate(data.claims) if f.matches(c)]

    assert pick(ClaimFilter(unattributed_only=True)) == [0, 5]
    assert pick(ClaimFilter(kind="quantity")) == [0, 1, 2]
    assert pick(ClaimFilter(speaker="ilse brandvold")) == [1, 3]
    assert pick(ClaimFilter(search="critics late")) == [4]
    store.record_annotation(data.claims[0].sentence_id, verdict="supported")
    data = load_review(store, FLOOD_WALL.input)
    assert pick(ClaimFilter(unreviewed_only=True, unattributed_only=True)) == [5]
    assert ClaimFilter(kind="rule", search="x").describe() == "kind rule, “x”"
    # the sources behind the claims: the outlet for the article's own voice
    assert data.claims[0].source_id == data.article.outlet_source_id
    assert data.claims[1].source_id == data.claims[3].source_id  # both Ilse Brandvold
    rows = article_rows(store)
    assert (rows[0].n_claims, rows[0].n_reviewed, rows[0].n_unattributed) == (6, 1, 2)


def test_the_article_table_fits_80_columns_and_drops_columns_when_narrow() -> None:
    for width in (40, 60, 78, 120, 200):
        columns = columns_for(width)
        assert sum(c.width + 1 for c in columns) <= width
        assert columns[0].key == "title" and columns[0].width >= 8
    assert "date" not in [c.key for c in columns_for(78, with_date=False)]
    assert [c.key for c in columns_for(40)] == ["title", "claims", "reviewed", "unattr"]


# --- the command --------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    from claimcheck.cli import _add_format_option
    from claimcheck.ui._cli import register_review_command

    parser = argparse.ArgumentParser(prog="claimcheck")
    register_review_command(parser.add_subparsers(dest="command"), _add_format_option)
    return parser


def test_review_command_arguments() -> None:
    args = _parser().parse_args(["review", "--db", "x.duckdb", "--theme", "light", "a", "b"])
    assert (args.db, args.theme, args.targets, args.reviewer) == (
        "x.duckdb",
        "light",
        ["a", "b"],
        None,
    )
    assert args.handler.__name__ == "run_review"


def test_review_of_an_unknown_article_is_one_line_and_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = new_store(tmp_path, [FLOOD_WALL])
    args = _parser().parse_args(["review", "--db", str(path), "no-such-article"])
    assert args.handler(args) == 1
    err = capsys.readouterr().err
    assert err == "claimcheck: no-such-article: no such file, URL or stored article\n"


def test_review_needs_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = new_store(tmp_path, [FLOOD_WALL])
    args = _parser().parse_args(["review", "--db", str(path), FLOOD_WALL.input])
    assert not sys.stdout.isatty()  # pytest captures it
    assert args.handler(args) == 1
    assert "needs a terminal" in capsys.readouterr().err


def test_review_of_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "x.duckdb"
    bogus.write_bytes(b"not a database at all, just bytes")
    args = _parser().parse_args(["review", "--db", str(bogus)])
    assert args.handler(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("claimcheck: ") and err.count("\n") == 1
    assert "not a claimcheck database" in err
