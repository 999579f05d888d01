"""Several reviewers: merging their databases, and agreement between them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from nltk.metrics.agreement import AnnotationTask
from test_store_support import assert_state_matches_log, new_store, records, speaker

from claimcheck.cli import main
from claimcheck.store import (
    NotAStoreError,
    Store,
    StoreError,
    Verdict,
    _schema,
    latest_version,
)

X = "Die Stadt baut 40 Kilometer Radwege. Das kostet 12 Millionen Euro, sagte Anna Berger."
Y = "Der Hafen wird ausgebaut. Die Arbeiten beginnen im Mai. Sie dauern drei Jahre."
Z = "Moskau sei zu Gesprächen bereit, sagte Wladimir Wladimirowitsch. Die Lage ist ernst."
W = "Putin will verhandeln, sagte Wladimir Putin."


def x_article() -> list[dict[str, Any]]:
    return records(
        X,
        [
            ("Die Stadt baut 40 Kilometer Radwege.", None),
            (
                "Das kostet 12 Millionen Euro, sagte Anna Berger.",
                speaker("Anna Berger", X.index("Anna Berger")),
            ),
        ],
        input_name="x.txt",
        outlet="Stadtanzeiger",
    )


def y_article(split: bool = True) -> list[dict[str, Any]]:
    sentences = (
        ["Der Hafen wird ausgebaut.", "Die Arbeiten beginnen im Mai.", "Sie dauern drei Jahre."]
        if split
        else ["Der Hafen wird ausgebaut. Die Arbeiten beginnen im Mai.", "Sie dauern drei Jahre."]
    )
    return records(Y, [(s, None) for s in sentences], input_name="y.txt")


def z_article() -> list[dict[str, Any]]:
    return records(
        Z,
        [
            (
                "Moskau sei zu Gesprächen bereit, sagte Wladimir Wladimirowitsch.",
                speaker("Wladimir Wladimirowitsch", Z.index("Wladimir")),
            ),
            ("Die Lage ist ernst.", None),
        ],
        input_name="z.txt",
        outlet="Kurier",
    )


def w_article() -> list[dict[str, Any]]:
    return records(W, [(W, speaker("Wladimir Putin", W.index("Wladimir")))], input_name="w.txt")


def v_article() -> list[dict[str, Any]]:
    text = "Die Fähre fährt wieder."
    return records(text, [(text, None)], input_name="v.txt", outlet="Nordkurier")


def by_text(store: Store, article: str) -> dict[str, str]:
    return {s.text: s.sentence_id for s in store.claims_for(article)}


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("articles", "sentences", "attributions", "sources", "source_ratings", "annotations")
    return {t: store.query(f"SELECT * FROM {t} ORDER BY ALL").rows for t in tables}


@pytest.fixture
def two_reviewers(tmp_path: Path) -> tuple[Store, Store]:
    anna = new_store(tmp_path / "anna.duckdb", reviewer="anna")
    anna.add_articles([x_article(), y_article(split=True), w_article(), z_article()])
    x = by_text(anna, "x.txt")
    y = by_text(anna, "y.txt")
    anna.record_annotation(x["Die Stadt baut 40 Kilometer Radwege."], verdict="supported")
    anna.record_annotation(y["Die Arbeiten beginnen im Mai."], verdict="unverifiable")
    anna.rate_source("Anna Berger", credibility=4)
    bob = new_store(tmp_path / "bob.duckdb", reviewer="bob")
    # bob's claimcheck split the harbour article differently
    bob.add_articles([x_article(), y_article(split=False), z_article(), w_article(), v_article()])
    bx = by_text(bob, "x.txt")
    by = by_text(bob, "y.txt")
    bob.record_annotation(bx["Die Stadt baut 40 Kilometer Radwege."], verdict="refuted")
    bob.record_annotation(
        by["Der Hafen wird ausgebaut. Die Arbeiten beginnen im Mai."],
        verdict="misleading",
        note="started in June",
    )
    bob.record_annotation(by["Sie dauern drei Jahre."], verdict="supported")
    undone = bob.record_annotation(by["Sie dauern drei Jahre."], verdict="refuted")
    assert bob.undo_last() == bob.annotation_history(sentence_id=undone.sentence_id)[-2]
    bob.merge_sources("Wladimir Wladimirowitsch", "Wladimir Putin")
    bob.rate_source("Kurier", credibility=2, note="tabloid")
    return anna, bob


def test_merging_another_reviewer_brings_everything_once(
    two_reviewers: tuple[Store, Store], capsys: pytest.CaptureFixture[str]
) -> None:
    anna, bob = two_reviewers
    bob_log = bob.query("SELECT annotation_id FROM annotations ORDER BY ALL").rows
    assert main(["merge", str(bob.path), "--db", str(anna.path)]) == 0
    assert capsys.readouterr().err == (
        f"claimcheck: merged {bob.path}: 1 new articles, 1 new sources, 1 source merges, "
        "5 new annotations, 1 new source ratings\n"
    )
    # every entry of bob's log is there, under its own id
    mine = {r[0] for r in anna.query("SELECT annotation_id FROM annotations").rows}
    assert {r[0] for r in bob_log} <= mine
    assert anna.info().articles == 5
    # bob's annotation of his longer harbour sentence is on anna's matching sentence
    y = by_text(anna, "y.txt")
    current = {(a.sentence_id, a.reviewer): a for a in anna.current_annotations()}
    assert current[(y["Die Arbeiten beginnen im Mai."], "bob")].note == "started in June"
    assert current[(y["Sie dauern drei Jahre."], "bob")].verdict == "supported"  # undo kept
    assert current[(y["Die Arbeiten beginnen im Mai."], "anna")].verdict == "unverifiable"
    x = by_text(anna, "x.txt")
    assert {
        a.reviewer: a.verdict
        for a in anna.current_annotations(x["Die Stadt baut 40 Kilometer Radwege."])
    } == {"anna": "supported", "bob": "refuted"}
    # bob's source merge and rating came along
    putin = anna.get_source("Wladimir Putin")
    assert "Wladimir Wladimirowitsch" in putin.aliases and putin.n_claims == 2
    assert anna.get_source("Kurier").credibility == 2
    assert anna.get_source("Anna Berger").credibility == 4
    assert_state_matches_log(anna)
    # merging the same file again changes nothing
    before = snapshot(anna)
    again = anna.merge_from(bob.path)
    assert (
        again.articles,
        again.sources,
        again.source_merges,
        again.annotations,
        again.ratings,
        again.unmatched,
    ) == (0, 0, 0, 0, 0, ())
    assert snapshot(anna) == before


def test_an_annotation_whose_sentence_cannot_be_found_is_kept(tmp_path: Path) -> None:
    anna = new_store(tmp_path / "anna.duckdb", reviewer="anna")
    anna.add_articles([y_article(split=True)])
    bob = new_store(tmp_path / "bob.duckdb", reviewer="bob")
    odd = records(
        Y,
        [
            ("Der Hafen", None),
            ("wird ausgebaut. Die Arbeiten beginnen im Mai. Sie dauern drei Jahre.", None),
        ],
        input_name="y.txt",
    )
    bob.add_articles([odd])
    target = by_text(bob, "y.txt")["Der Hafen"]
    bob.record_annotation(target, verdict="not a claim")
    result = anna.merge_from(bob.path)
    assert [(u.sentence_id, u.annotations) for u in result.unmatched] == [(target, 1)]
    orphaned = anna.query(
        "SELECT reviewer, verdict, claim_text FROM annotations_v WHERE orphaned"
    ).rows
    assert orphaned == [("bob", "not a claim", "Der Hafen")]


def test_merge_refuses_what_it_cannot_merge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = new_store(tmp_path / "anna.duckdb")
    with pytest.raises(StoreError, match="is the database being merged into"):
        anna.merge_from(anna.path)
    text = tmp_path / "notes.txt"
    text.write_text("no database\n" * 10, encoding="utf-8")
    with pytest.raises(NotAStoreError):
        anna.merge_from(text)
    assert main(["merge", str(tmp_path / "missing.duckdb"), "--db", str(anna.path)]) == 1
    assert capsys.readouterr().err == f"claimcheck: {tmp_path / 'missing.duckdb'}: no such file\n"
    newer = new_store(tmp_path / "newer.duckdb")
    newer.query(
        f"UPDATE meta SET value = '{latest_version() + 1}' WHERE key = 'schema_version'", write=True
    )
    with pytest.raises(StoreError, match="was written by a newer claimcheck"):
        anna.merge_from(newer.path)


def test_an_older_database_is_merged_through_an_upgraded_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = new_store(tmp_path / "old.duckdb", reviewer="bob")
    old.add_articles([x_article()])
    old.record_annotation(
        by_text(old, "x.txt")["Die Stadt baut 40 Kilometer Radwege."], verdict="refuted"
    )
    original = (tmp_path / "old.duckdb").read_bytes()
    step = _schema.Migration(
        latest_version() + 1, "test", ("ALTER TABLE articles ADD COLUMN note VARCHAR",)
    )
    monkeypatch.setattr(_schema, "MIGRATIONS", (*_schema.MIGRATIONS, step))
    anna = new_store(tmp_path / "anna.duckdb")
    result = anna.merge_from(tmp_path / "old.duckdb")
    assert (result.articles, result.annotations) == (1, 1)
    assert (tmp_path / "old.duckdb").read_bytes() == original


def test_agreement_between_reviewers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = new_store(tmp_path / "db.duckdb")
    text = " ".join(f"Satz {i} ist eine Behauptung." for i in range(6))
    store.add_articles(
        [records(text, [(f"Satz {i} ist eine Behauptung.", None) for i in range(6)])]
    )
    ids = [s.sentence_id for s in store.claims_for("test.txt")]
    anna: list[Verdict | None] = [
        "supported",
        "refuted",
        "supported",
        "misleading",
        "refuted",
        "supported",
    ]
    bob: list[Verdict | None] = ["supported", "refuted", "refuted", "misleading", "refuted", None]
    cred: dict[str, list[int | None]] = {"anna": [1, 2, 3, 4, 5, None], "bob": [1, 2, 4, 4, 5, 3]}
    for reviewer, verdicts in (("anna", anna), ("bob", bob)):
        for i, (sentence_id, verdict) in enumerate(zip(ids, verdicts, strict=True)):
            store.record_annotation(
                sentence_id,
                reviewer=reviewer,
                verdict=verdict,
                source_credibility=cred[reviewer][i],
            )
    rows = {(r.field, r.label): r for r in store.agreement()}
    shared = [(c, ids[i], v[i]) for c, v in (("anna", anna), ("bob", bob)) for i in range(5)]
    expected = AnnotationTask(data=shared)
    overall = rows[("verdict", "(all labels)")]
    assert (overall.items, overall.reviewers, overall.pairs) == (5, 2, 1)
    assert overall.kappa == pytest.approx(expected.kappa())
    assert overall.alpha == pytest.approx(expected.alpha())
    assert overall.observed == pytest.approx(0.8)
    assert {label for field, label in rows if field == "verdict"} == {
        "(all labels)",
        "supported",
        "refuted",
        "misleading",
    }
    refuted = rows[("verdict", "refuted")]
    binary = AnnotationTask(data=[(c, i, v == "refuted") for c, i, v in shared])
    assert refuted.kappa == pytest.approx(binary.kappa())
    credibility = rows[("source_credibility", "(1-5)")]
    assert credibility.items == 5 and credibility.alpha is not None and credibility.alpha > 0.8
    assert main(["agreement", "--db", str(store.path), "-f", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed[0]["field"] == "verdict" and printed[0]["cohen_kappa"] == round(
        expected.kappa(), 3
    )
    assert store.agreement(reviewers=["anna"])[0].kappa is None


def test_agreement_copes_with_a_reviewer_alone(tmp_path: Path) -> None:
    store = new_store(tmp_path / "db.duckdb")
    text = "Satz eins. Satz zwei."
    store.add_articles([records(text, [("Satz eins.", None), ("Satz zwei.", None)])])
    for sentence in store.claims_for("test.txt"):
        store.record_annotation(sentence.sentence_id, verdict="supported")
    rows = store.agreement()
    assert all(r.kappa is None and r.alpha is None and r.items == 0 for r in rows)
