"""Exports: JSON lines, CSV, Parquet, and ClaimReview JSON-LD."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_store_support import new_store, records, speaker

from claimcheck.cli import main
from claimcheck.store import Store, StoreError

TEXT = (
    "Die Stadt baut 40 Kilometer Radwege. Das kostet 12 Millionen Euro, sagte Anna Berger. "
    "Laut Polizei kamen 300 Menschen. Gebaut wird ab Mai."
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLAIMCHECK_DB", "CLAIMCHECK_REVIEWER", "CLAIMCHECK_LOCK_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = new_store(tmp_path / "db.duckdb", reviewer="anna")
    store.add_articles(
        [
            records(
                TEXT,
                [
                    ("Die Stadt baut 40 Kilometer Radwege.", None),
                    (
                        "Das kostet 12 Millionen Euro, sagte Anna Berger.",
                        speaker(
                            "Anna Berger",
                            TEXT.index("Anna Berger"),
                            "Anna Berger",
                            "Bürgermeisterin",
                        ),
                    ),
                    ("Laut Polizei kamen 300 Menschen.", speaker("Polizei", TEXT.index("Polizei"))),
                    ("Gebaut wird ab Mai.", None),
                ],
                outlet="Stadtanzeiger",
                url="https://stadtanzeiger.example/radwege",
                title="Lindenau baut Radwege",
            )
        ]
    )
    first, second, third, fourth = store.claims_for("test.txt")
    store.record_annotation(first.sentence_id, verdict="supported")
    store.record_annotation(second.sentence_id, verdict="refuted", note="Es sind 14 Millionen.")
    store.record_annotation(
        third.sentence_id, verdict="misleading", reviewer="bob", corrected_speaker="Landespolizei"
    )
    store.record_annotation(fourth.sentence_id, verdict="not a claim")
    return store


def test_exports_as_jsonl_csv_and_parquet(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(store.path)
    assert main(["export", "--db", db, "-o", str(tmp_path / "a.jsonl")]) == 0
    assert capsys.readouterr().err == (
        f"claimcheck: exported 4 rows of annotations to {tmp_path / 'a.jsonl'}\n"
    )
    rows = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert sorted(r["verdict"] for r in rows) == [
        "misleading",
        "not a claim",
        "refuted",
        "supported",
    ]
    assert {"annotation_id", "sentence_id", "reviewer", "claim_text", "annotated_at"} <= set(
        rows[0]
    )
    assert main(["export", "--db", db, "--what", "claims", "--to", "csv", "--reviewer", "bob"]) == 0
    claims = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(claims) == 4 and claims[0]["outlet"] == "Stadtanzeiger"
    assert store.export(tmp_path / "bob.csv", what="log", fmt="csv", reviewer="bob") == 1
    assert main(["export", "--db", db, "--what", "sources", "-o", str(tmp_path / "s.parquet")]) == 0
    count = store.query("SELECT count(*) FROM read_parquet(?)", [str(tmp_path / "s.parquet")]).rows[
        0
    ][0]
    assert count == len(store.list_sources())
    assert main(["export", "--db", db, "--to", "parquet"]) == 2
    assert "Parquet needs an output file" in capsys.readouterr().err


def test_a_failed_export_leaves_no_file(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("the previous export\n", encoding="utf-8")
    with pytest.raises(StoreError, match="unknown table"):
        store.export(target, what="secrets", fmt="csv")
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.duckdb", "out.csv"]


def test_claimreview_json_ld_for_claims_with_a_verdict(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reviews.jsonld"
    assert (
        main(
            [
                "export",
                "--db",
                str(store.path),
                "-o",
                str(out),
                "--review-url",
                "https://checks.example/{sentence_id}",
                "--publisher",
                "Faktencheck Nord",
                "--publisher-url",
                "https://checks.example",
            ]
        )
        == 0
    )
    assert "exported 3 ClaimReviews" in capsys.readouterr().err
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == 3  # "not a claim" is not a fact check
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["url"].startswith("https://checks.example/")
        assert review["author"] == {
            "@type": "Organization",
            "name": "Faktencheck Nord",
            "url": "https://checks.example",
        }
        assert len(review["datePublished"]) == 10
        assert review["reviewRating"]["@type"] == "Rating"
        assert review["reviewRating"]["alternateName"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["appearance"] == {
            "@type": "CreativeWork",
            "url": "https://stadtanzeiger.example/radwege",
            "headline": "Lindenau baut Radwege",
            "publisher": {"@type": "Organization", "name": "Stadtanzeiger"},
        }
    by_text = {r["claimReviewed"]: r for r in reviews}
    own_voice = by_text["Die Stadt baut 40 Kilometer Radwege."]
    assert own_voice["itemReviewed"]["author"] == {"@type": "Organization", "name": "Stadtanzeiger"}
    assert own_voice["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Supported",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
    }
    quote = by_text["Das kostet 12 Millionen Euro, sagte Anna Berger."]
    assert quote["itemReviewed"]["author"] == {"@type": "Person", "name": "Anna Berger"}
    assert quote["reviewRating"]["alternateName"] == "Refuted"
    assert quote["reviewBody"] == "Es sind 14 Millionen."
    corrected = by_text["Laut Polizei kamen 300 Menschen."]
    assert corrected["itemReviewed"]["author"]["name"] == "Landespolizei"
    assert corrected["author"]["name"] == "Faktencheck Nord"
    only_bob = store.claim_reviews(review_url="https://checks.example/x", reviewer="bob")
    assert [r["author"] for r in only_bob] == [{"@type": "Person", "name": "bob"}]


def test_claimreview_needs_the_address_of_the_fact_check(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", str(store.path), "--to", "claimreview"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("claimcheck: export: ClaimReview needs --review-url")
    assert len(err.splitlines()) == 1


def test_claimreview_refuses_an_unknown_placeholder_in_the_address(
    store: Store, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "reviews.json"
    args = ["export", "--db", str(store.path), "--to", "claimreview", "-o", str(out)]
    assert main([*args, "--review-url", "https://checks.example/{claim_id}"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "claimcheck: export: --review-url has an unknown placeholder {claim_id}; it may "
        "contain {sentence_id}, {article_id}, {reviewer}, {annotation_id}\n"
    )
    assert not out.exists()
    assert main([*args, "--review-url", "https://checks.example/{annotation_id}"]) == 0
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == 3
    ids = [r["url"].removeprefix("https://checks.example/") for r in reviews]
    assert all(len(i) == 36 and i.count("-") == 4 for i in ids)  # annotation UUIDs
    assert len(set(ids)) == 3
