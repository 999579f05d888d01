"""Sources: one source per person across articles, merging by hand, importing ratings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_store_support import new_store, records, speaker

from claimcheck.cli import main
from claimcheck.store import NotFoundError, Store, StoreError
from claimcheck.store._sources import SourceIndex, classify_speaker, domain_of, fold


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLAIMCHECK_DB", "CLAIMCHECK_REVIEWER", "CLAIMCHECK_LOCK_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)


def said(
    name: str,
    resolved: str | None = None,
    role: str | None = None,
    *,
    n: int = 0,
    outlet: str | None = None,
) -> list[dict[str, object]]:
    sentence = f"Moskau sei zu Gesprächen bereit, sagte {name}."
    text = f"Artikel {n}. {sentence}"
    return records(
        text,
        [(f"Artikel {n}.", None), (sentence, speaker(name, text.index(name), resolved, role))],
        input_name=f"article-{n}.txt",
        outlet=outlet,
    )


def test_spellings_of_one_person_across_articles_become_one_source(tmp_path: Path) -> None:
    store = new_store(tmp_path / "db.duckdb")
    store.add_articles(
        [
            said("Kremlsprecher Dmitri Peskow", "Dmitri Peskow", "Kremlsprecher", n=1),
            said("Peskow", n=2),
            said("Dmitri Peskov", n=3),
            said("Dmitry Peskov", n=4),
            said("Tatjana Stanowaja", n=5),
            said("Anna Peskow", n=6),
        ]
    )
    people = {s.name: s for s in store.list_sources(kind="person")}
    assert set(people) == {"Dmitri Peskow", "Tatjana Stanowaja", "Anna Peskow"}
    peskow = people["Dmitri Peskow"]
    assert set(peskow.aliases) == {"Peskow", "Dmitri Peskov", "Dmitry Peskov"}
    assert (peskow.role, peskow.n_claims, peskow.n_articles) == ("Kremlsprecher", 4, 4)


def test_pronouns_vague_and_generic_speakers_are_nobody_in_particular() -> None:
    assert classify_speaker("Sie", None) is None
    assert classify_speaker("Sie", "Tatjana Stanowaja") == ("person", "Tatjana Stanowaja")
    assert classify_speaker("Experten", None, vague=True) is None
    assert classify_speaker("ein Sprecher", None) is None
    assert classify_speaker("Der Sprecher", None) is None
    assert classify_speaker("critics", None) is None
    assert classify_speaker("die Bundesregierung", None) == ("organisation", "Bundesregierung")
    assert classify_speaker("NATO", None) == ("organisation", "NATO")
    assert classify_speaker(
        "Dr. Alan Prewitt, the director of the works", "Alan Prewitt", role="Dr"
    ) == ("person", "Alan Prewitt")
    assert classify_speaker("Mayor Denise Hartwell", None) == ("person", "Denise Hartwell")
    assert fold("Müller") == fold("Mueller") and fold("Jelzin") != fold("Putin")
    assert domain_of("https://WWW.Spiegel.de/politik") == "spiegel.de"
    assert domain_of("taz.de") == "taz.de" and domain_of("not a domain") is None


def test_an_ambiguous_surname_is_not_guessed() -> None:
    index = SourceIndex()
    anna = index.resolve("person", "Anna Keller")
    jonas = index.resolve("person", "Jonas Keller")
    assert anna != jonas
    assert index.resolve("person", "Keller") not in (anna, jonas)
    assert index.resolve("person", "A. Keller") == anna


def test_sources_merge_joins_what_matching_missed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.duckdb"
    store = new_store(db)
    store.add_articles(
        [
            said("Wladimir Putin", n=1),
            said("Vladimir Putin", n=2),
            said("Wladimir Wladimirowitsch", n=3),
            said("NATO", n=4),
        ]
    )
    sources = {s.name: s for s in store.list_sources()}
    assert "Wladimir Wladimirowitsch" in sources  # the matching cannot know it is Putin
    putin = sources["Wladimir Putin"]
    store.rate_source("Wladimir Wladimirowitsch", credibility=1)
    assert (
        main(
            [
                "sources",
                "merge",
                "Wladimir Wladimirowitsch",
                putin.source_id,
                "--db",
                str(db),
                "-f",
                "json",
            ]
        )
        == 0
    )
    merged = json.loads(capsys.readouterr().out)[0]
    assert merged["source_id"] == putin.source_id
    assert merged["claims"] == 3 and merged["credibility"] == 1
    assert set(merged["aliases"]) == {"Vladimir Putin", "Wladimir Wladimirowitsch"}
    assert "Wladimir Wladimirowitsch" not in {s.name for s in store.list_sources()}
    # any name of the merged source leads to the one it was merged into
    assert store.get_source("Wladimir Wladimirowitsch").source_id == putin.source_id
    before = store.query("SELECT * FROM sources ORDER BY source_id").rows
    store.merge_sources("Wladimir Wladimirowitsch", "Wladimir Putin")  # again: no change
    assert store.query("SELECT * FROM sources ORDER BY source_id").rows == before
    # a later article naming the merged source counts for the one it went into
    store.add_articles([said("Wladimir Wladimirowitsch", n=5)])
    assert store.get_source(putin.source_id).n_claims == 4
    assert {s.name for s in store.list_sources()} == {"Wladimir Putin", "NATO"}
    with pytest.raises(NotFoundError):
        store.merge_sources("Nobody", putin.source_id)
    assert main(["sources", "merge", "NATO", "--db", str(db)]) == 2
    assert "usage: claimcheck sources merge SOURCE INTO" in capsys.readouterr().err


def test_outlet_ratings_are_imported_by_domain_and_a_second_import_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.duckdb"
    store = new_store(db)
    text = "Die Stadt baut Radwege."
    store.add_articles(
        [
            records(
                text,
                [(text, None)],
                outlet="Stadtanzeiger",
                url="https://www.stadtanzeiger.example/a",
            )
        ]
    )
    ratings = tmp_path / "ratings.csv"
    ratings.write_text(
        "Domain,Rating,Note,Rated_by\n"
        "stadtanzeiger.example,4,local paper,newsdesk\n"
        "https://www.tabloid.example/,1,,\n"
        "unrated.example,,,\n"
        "broken.example,seven,,\n",
        encoding="utf-8",
    )
    assert main(["sources", "import", str(ratings), "--db", str(db), "--reviewer", "eva"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"claimcheck: {ratings}: line 5: rating 'seven' is not 1 to 5"
    assert err[1] == (
        f"claimcheck: imported {ratings}: 3 ratings added, 0 unchanged, "
        "2 new outlets, 1 rows skipped"
    )
    outlets = {s.domain: s for s in store.list_sources(kind="outlet")}
    assert (
        outlets["stadtanzeiger.example"].credibility,
        outlets["stadtanzeiger.example"].rated_by,
        outlets["stadtanzeiger.example"].n_claims,
    ) == (4, "newsdesk", 1)
    assert (outlets["tabloid.example"].credibility, outlets["tabloid.example"].rated_by) == (
        1,
        "eva",
    )
    assert outlets["unrated.example"].credibility is None
    result = store.import_source_ratings(ratings, reviewer="eva")
    assert (result.ratings_added, result.unchanged, result.sources_created) == (0, 3, 0)
    headerless = tmp_path / "plain.csv"
    headerless.write_text("spiegel.de,4\n", encoding="utf-8")
    with pytest.raises(StoreError, match="needs a header line"):
        store.import_source_ratings(headerless)


def test_sources_command_lists_sources_with_ratings_and_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.duckdb"
    store = new_store(db)
    store.add_articles(
        [said("Dmitri Peskow", n=1), said("Peskow", n=2), said("Tatjana Stanowaja", n=3)]
    )
    store.rate_source("Dmitri Peskow", credibility=2, independence="interested party")
    assert main(["sources", "--db", str(db), "--format", "jsonl", "--kind", "person"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["name"], r["claims"], r["credibility"], r["independence"]) for r in rows] == [
        ("Dmitri Peskow", 2, 2, "interested party"),
        ("Tatjana Stanowaja", 1, None, "unknown"),
    ]
    assert main(["sources", "list", "--db", str(db), "--unrated", "-f", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("source_id,kind,name,role,credibility")
    assert len(lines) == 2 and "Tatjana Stanowaja" in lines[1]
    assert Store.open(db).list_sources(search="peskow")[0].name == "Dmitri Peskow"
