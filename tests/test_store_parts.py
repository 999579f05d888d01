"""The store keeps every part of a cue and the act of a narrated speech act, and a
database of schema 1, which kept only a cue's main part, is upgraded to hold them."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from test_parts_support import (
    ACT_PARTS_SENTENCE,
    ACT_SENTENCE,
    AUX_SENTENCE,
    CUE_SENTENCE,
    INPUT,
    TEXT,
    narrated_article,
)
from test_store_support import new_store

from claimcheck import Span
from claimcheck.cli import main
from claimcheck.store import Store, latest_version
from claimcheck.store._prepare import RecordsError, prepare_records


def _at(words: str, sentence: str) -> Span:
    start = TEXT.index(sentence) + sentence.index(words)
    return Span(start, start + len(words), words)


def _parts(*spans: Span) -> list[dict[str, Any]]:
    return [{"text": s.text, "start": s.start, "end": s.end} for s in spans]


def _by_text(store: Store) -> dict[str, Any]:
    return {s.text: s for s in store.claims_for(INPUT)}


def test_every_cue_part_and_the_narrated_act_are_stored(tmp_path: Path) -> None:
    store = new_store(tmp_path / "db.duckdb")
    store.add_articles([narrated_article()])
    sentences = _by_text(store)

    wie = sentences[CUE_SENTENCE]
    assert wie.cue_text == "mitteilte"
    assert wie.cue_parts == (_at("Wie", CUE_SENTENCE), _at("mitteilte", CUE_SENTENCE))
    assert wie.cue_label == "Wie … mitteilte"
    assert wie.act is None and wie.act_label is None

    demand = sentences[ACT_SENTENCE]
    assert demand.cue_text is None and demand.cue_parts == () and demand.cue_label is None
    assert demand.act == _at("forderte", ACT_SENTENCE)
    assert demand.act_label == "forderte"

    accused = sentences[ACT_PARTS_SENTENCE]
    assert accused.act is not None and accused.act.text == "warf"
    assert accused.act.parts == (_at("warf", ACT_PARTS_SENTENCE), _at("vor", ACT_PARTS_SENTENCE))
    assert accused.act_label == "warf … vor"

    assert sentences[AUX_SENTENCE].cue_label == "hatte … gesagt"


def test_sql_users_find_the_parts_as_lists_of_text_start_end(tmp_path: Path) -> None:
    store = new_store(tmp_path / "db.duckdb")
    store.add_articles([narrated_article()])
    rows = store.query(
        "SELECT text, cue_text, cue_parts, act_text, act_parts FROM claims_v ORDER BY start_char"
    ).rows
    wie, demand, accused, _aux = rows
    assert wie[2] == _parts(_at("Wie", CUE_SENTENCE), _at("mitteilte", CUE_SENTENCE))
    assert wie[3:] == (None, None)
    assert demand[1:] == (None, None, "forderte", _parts(_at("forderte", ACT_SENTENCE)))
    assert accused[4] == _parts(_at("warf", ACT_PARTS_SENTENCE), _at("vor", ACT_PARTS_SENTENCE))
    # every part stands at its offsets in the article text
    for part_text, start, end in store.query(
        "SELECT p.text, p.start, p.end FROM "
        "(SELECT unnest(cue_parts || coalesce(act_parts, [])) AS p FROM claims_v)"
    ).rows:
        assert TEXT[start:end] == part_text
    attributions = store.query(
        "SELECT att.cue_parts, att.act_text, att.act_start, att.act_end, att.act_parts "
        "FROM attributions att JOIN sentences s USING (sentence_id) ORDER BY s.start_char"
    ).rows
    assert attributions[0][0] == wie[2]
    act = _at("forderte", ACT_SENTENCE)
    assert attributions[1] == (None, "forderte", act.start, act.end, _parts(act))


def test_records_without_parts_store_the_cue_as_its_one_part(tmp_path: Path) -> None:
    text = "Die Brücke sei marode, sagte die Sprecherin."
    cue = {"text": "sagte", "start": text.index("sagte"), "end": text.index("sagte") + 5}
    attribution = {
        "attribution": "reported_speech",
        "speaker": None,
        "cue": cue,
        "content": None,
        "vague_source": False,
    }
    records = [
        {"type": "article", "input": "one.txt", "language": "de", "text": text},
        {
            "type": "sentence",
            "start": 0,
            "end": len(text),
            "text": text,
            "claim": True,
            "attribution": "reported_speech",
            "cue": cue,
            "attributions": [attribution],
        },
    ]
    store = new_store(tmp_path / "db.duckdb")
    store.add_articles([records])
    (stored,) = store.claims_for("one.txt")
    assert stored.cue_parts == (Span(cue["start"], cue["end"], "sagte"),)
    assert stored.cue_label == "sagte" and stored.act is None
    records[1]["cue"] = {**cue, "parts": "sagte"}
    with pytest.raises(RecordsError, match="'cue.parts' must be a list"):
        prepare_records(records)
    records[1]["cue"] = cue
    records[1]["act"] = {"text": "sagte", "start": "eins", "end": 5}
    with pytest.raises(RecordsError, match="expected an integer offset"):
        prepare_records(records)


def _as_schema_1(path: Path) -> None:
    """Turn a database into what claimcheck of schema 1 wrote: without the columns that
    schema 2 added (views first, as they use them), at version 1."""
    connection = duckdb.connect(str(path))
    try:
        for (view,) in connection.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal"
        ).fetchall():
            connection.execute(f'DROP VIEW IF EXISTS "{view}" CASCADE')
        for table in ("sentences", "attributions"):
            for column in ("cue_parts", "act_text", "act_start", "act_end", "act_parts"):
                connection.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        connection.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    finally:
        connection.close()


def test_a_schema_1_database_is_upgraded_keeping_verdicts_notes_and_ratings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.duckdb"
    store = new_store(path, reviewer="anna")
    store.add_articles([narrated_article()])
    sentences = _by_text(store)
    wie, demand = sentences[CUE_SENTENCE], sentences[ACT_SENTENCE]
    store.record_annotation(wie.sentence_id, verdict="supported", note="Pressestelle bestätigt")
    store.record_annotation(demand.sentence_id, verdict="unverifiable")
    store.rate_source("Lindenauer Bote", credibility=4, note="Lokalzeitung")
    before = {
        "annotations": store.query("SELECT * FROM annotations ORDER BY ALL").rows,
        "current": store.query("SELECT * FROM annotations_v ORDER BY ALL").rows,
        "ratings": store.query("SELECT * FROM source_ratings ORDER BY ALL").rows,
        "sources": store.query("SELECT * FROM sources_v ORDER BY ALL").rows,
    }
    _as_schema_1(path)
    assert "cue_parts" not in [r[0] for r in _sentence_columns(path)]

    upgraded = new_store(path, reviewer="anna")
    assert upgraded.info().schema_version == latest_version() == 2
    assert before == {
        "annotations": upgraded.query("SELECT * FROM annotations ORDER BY ALL").rows,
        "current": upgraded.query("SELECT * FROM annotations_v ORDER BY ALL").rows,
        "ratings": upgraded.query("SELECT * FROM source_ratings ORDER BY ALL").rows,
        "sources": upgraded.query("SELECT * FROM sources_v ORDER BY ALL").rows,
    }
    again = _by_text(upgraded)
    # schema 1 kept only the main part of a cue, and no act: that much is carried over
    assert again[CUE_SENTENCE].cue_parts == (_at("mitteilte", CUE_SENTENCE),)
    assert again[ACT_SENTENCE].act is None
    notes = [a.note for a in upgraded.current_annotations(wie.sentence_id)]
    assert notes == ["Pressestelle bestätigt"]

    # re-extracting brings every part back and keeps the annotations on their claims
    result = upgraded.add_articles([narrated_article()], update=True)
    assert result.updated and not result.unmatched
    again = _by_text(upgraded)
    assert again[CUE_SENTENCE].cue_label == "Wie … mitteilte"
    assert again[ACT_SENTENCE].act_label == "forderte"
    assert [a.verdict for a in upgraded.current_annotations(demand.sentence_id)] == ["unverifiable"]


def _sentence_columns(path: Path) -> list[tuple[Any, ...]]:
    connection = duckdb.connect(str(path), read_only=True)
    try:
        return connection.execute("DESCRIBE sentences").fetchall()
    finally:
        connection.close()


def test_merging_a_database_brings_the_parts_along(tmp_path: Path) -> None:
    other = new_store(tmp_path / "bob.duckdb", reviewer="bob")
    other.add_articles([narrated_article()])
    mine = new_store(tmp_path / "anna.duckdb", reviewer="anna")
    mine.merge_from(other.path)
    sentences = _by_text(mine)
    assert sentences[CUE_SENTENCE].cue_label == "Wie … mitteilte"
    assert sentences[ACT_PARTS_SENTENCE].act_label == "warf … vor"


def test_an_export_of_the_claims_carries_the_parts(tmp_path: Path) -> None:
    store = new_store(tmp_path / "db.duckdb")
    store.add_articles([narrated_article()])
    out = io.StringIO()
    store.export(out, what="claims", fmt="jsonl")
    rows = {r["text"]: r for r in map(json.loads, out.getvalue().splitlines())}
    wie = rows[CUE_SENTENCE]
    assert wie["cue_parts"] == _parts(_at("Wie", CUE_SENTENCE), _at("mitteilte", CUE_SENTENCE))
    accused = rows[ACT_PARTS_SENTENCE]
    assert (accused["cue_parts"], accused["act_text"]) == (None, "warf")
    assert [p["text"] for p in accused["act_parts"]] == ["warf", "vor"]


def test_the_claims_command_gives_the_cue_with_its_parts_and_the_act(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "db.duckdb"
    new_store(path).add_articles([narrated_article()])
    assert main(["claims", INPUT, "--db", str(path), "-f", "jsonl"]) == 0
    rows = {r["text"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert (rows[CUE_SENTENCE]["cue"], rows[CUE_SENTENCE]["act"]) == ("Wie … mitteilte", None)
    assert (rows[ACT_SENTENCE]["cue"], rows[ACT_SENTENCE]["act"]) == (None, "forderte")
    assert rows[ACT_PARTS_SENTENCE]["act"] == "warf … vor"


def test_a_schema_1_database_is_merged_through_an_upgraded_copy(tmp_path: Path) -> None:
    old_path = tmp_path / "bob.duckdb"
    bob = new_store(old_path, reviewer="bob")
    bob.add_articles([narrated_article()])
    demand = _by_text(bob)[ACT_SENTENCE]
    bob.record_annotation(demand.sentence_id, verdict="refuted", note="nie gefordert")
    _as_schema_1(old_path)
    original = old_path.read_bytes()
    anna = new_store(tmp_path / "anna.duckdb", reviewer="anna")
    result = anna.merge_from(old_path)
    assert (result.articles, result.annotations) == (1, 1)
    assert old_path.read_bytes() == original  # only a copy was upgraded
    merged = _by_text(anna)
    assert merged[CUE_SENTENCE].cue_parts == (_at("mitteilte", CUE_SENTENCE),)
    (annotation,) = anna.current_annotations(merged[ACT_SENTENCE].sentence_id)
    assert (annotation.reviewer, annotation.verdict, annotation.note) == (
        "bob",
        "refuted",
        "nie gefordert",
    )
