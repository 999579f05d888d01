"""The Python API the review UI uses: annotations, history, undo, sources, threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from test_store_support import assert_state_matches_log, new_store, records, speaker

from claimcheck.store import UNCHANGED, NotFoundError, Store, StoredSentence

TEXT = (
    "Der Gemeinderat hat 40 Millionen Euro bewilligt. Die Kosten seien gestiegen, so "
    "Anna Berger. Laut Polizei kamen 300 Menschen."
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = new_store(tmp_path / "db.duckdb", reviewer="anna")
    store.add_articles(
        [
            records(
                TEXT,
                [
                    ("Der Gemeinderat hat 40 Millionen Euro bewilligt.", None),
                    (
                        "Die Kosten seien gestiegen, so Anna Berger.",
                        speaker(
                            "Anna Berger",
                            TEXT.index("Anna Berger"),
                            "Anna Berger",
                            "Bürgermeisterin",
                        ),
                    ),
                    ("Laut Polizei kamen 300 Menschen.", speaker("Polizei", TEXT.index("Polizei"))),
                ],
                outlet="Stadtanzeiger",
                url="https://www.stadtanzeiger.example/radwege",
                title="Radwege",
            )
        ]
    )
    return store


def claims(store: Store) -> list[StoredSentence]:
    return store.claims_for(store.list_articles()[0].article_id)


def test_an_annotation_keeps_what_the_reviewer_did_not_change(store: Store) -> None:
    first = claims(store)[0].sentence_id
    a = store.record_annotation(first, verdict="refuted", note="it was 30 million")
    assert (a.reviewer, a.verdict, a.note, a.pending) == (
        "anna",
        "refuted",
        "it was 30 million",
        False,
    )
    b = store.record_annotation(first, source_credibility=2)
    assert (b.verdict, b.source_credibility, b.note) == ("refuted", 2, "it was 30 million")
    c = store.record_annotation(
        first,
        note=None,
        corrected_attribution="reported_speech",
        corrected_speaker="Kämmerer Albing",
        verdict=UNCHANGED,
    )
    assert (c.verdict, c.note, c.corrected_attribution, c.corrected_speaker) == (
        "refuted",
        None,
        "reported_speech",
        "Kämmerer Albing",
    )
    assert store.current_annotations(first) == [c]
    assert [x.annotation_id for x in store.annotation_history(first)] == [
        a.annotation_id,
        b.annotation_id,
        c.annotation_id,
    ]


def test_bad_values_and_unknown_sentences_are_refused(store: Store) -> None:
    first = claims(store)[0].sentence_id
    with pytest.raises(ValueError, match="unknown verdict 'wrong'"):
        store.record_annotation(first, verdict="wrong")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="credibility must be 1 to 5"):
        store.record_annotation(first, source_credibility=6)
    with pytest.raises(ValueError, match="unknown attribution"):
        store.record_annotation(first, corrected_attribution="quote")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="no such sentence"):
        store.record_annotation("0000000000000000", verdict="supported")
    assert store.info().annotations == 0


def test_reviewers_have_their_own_current_annotation(store: Store) -> None:
    first, second, _ = (c.sentence_id for c in claims(store))
    store.set_claim_rating(first, "supported")
    store.set_claim_rating(first, "refuted", reviewer="bob")
    store.set_claim_rating(second, "misleading", reviewer="bob")
    by = {(a.sentence_id, a.reviewer): a.verdict for a in store.current_annotations()}
    assert by == {
        (first, "anna"): "supported",
        (first, "bob"): "refuted",
        (second, "bob"): "misleading",
    }
    assert [a.verdict for a in store.current_annotations(reviewer="bob")] == [
        "refuted",
        "misleading",
    ]
    article_id = store.list_articles()[0].article_id
    assert len(store.current_annotations(article_id=article_id)) == 3
    assert store.list_articles()[0].n_annotated == 2
    row = store.query(
        "SELECT n_annotations, verdicts FROM claims_v WHERE sentence_id = ?", [first]
    ).rows
    assert row == [(2, ["refuted", "supported"])]


def test_undo_takes_back_the_latest_annotation_one_after_another(store: Store) -> None:
    first, second, _ = (c.sentence_id for c in claims(store))
    a = store.set_claim_rating(first, "supported")
    b = store.set_claim_rating(first, "refuted")
    c = store.set_claim_rating(second, "misleading")
    store.set_claim_rating(second, "supported", reviewer="bob")
    undone = store.undo_last()
    assert undone is not None and undone.annotation_id == c.annotation_id and undone.retracted
    assert store.current_annotations(second, reviewer="anna") == []
    assert store.undo_last(sentence_id=first) is not None  # takes back b
    assert [x.annotation_id for x in store.current_annotations(first)] == [a.annotation_id]
    assert store.undo_last() is not None  # takes back a
    assert store.undo_last() is None
    assert [x.verdict for x in store.current_annotations(second)] == ["supported"]  # bob's
    history = store.annotation_history(reviewer="anna")
    assert [(h.action, h.retracted) for h in history] == [
        ("annotate", True),
        ("annotate", True),
        ("annotate", True),
        ("undo", False),
        ("undo", False),
        ("undo", False),
    ]
    assert history[3].undoes == c.annotation_id and history[4].undoes == b.annotation_id
    assert store.info().annotations == 7  # nothing was deleted
    assert_state_matches_log(store)


def test_sources_of_claims_and_their_ratings(store: Store) -> None:
    first, second, third = claims(store)
    outlet = store.source_for(first.sentence_id)  # the article's own voice: the outlet
    assert outlet is not None
    assert (outlet.kind, outlet.name, outlet.domain) == (
        "outlet",
        "Stadtanzeiger",
        "stadtanzeiger.example",
    )
    person = store.source_for(second.sentence_id)
    assert person is not None
    assert (person.kind, person.name, person.role) == ("person", "Anna Berger", "Bürgermeisterin")
    organisation = store.source_for(third.sentence_id)
    assert organisation is not None and organisation.kind == "organisation"
    rating = store.rate_source(
        person.source_id,
        credibility=2,
        independence="interested party",
        note="runs for re-election",
    )
    assert rating.source_id == person.source_id and not rating.pending
    store.rate_source("Anna Berger", credibility=3, reviewer="bob")
    current = store.get_source("anna berger")
    assert (current.credibility, current.independence, current.rated_by) == (3, "unknown", "bob")
    assert [r.credibility for r in store.source_ratings(person.source_id)] == [2, 3]
    store.rate_source("stadtanzeiger.example", credibility=4)
    rows = store.query(
        "SELECT source_credibility, outlet_credibility FROM claims_v ORDER BY sentence_index"
    ).rows
    assert rows == [(None, 4), (3, 4), (None, 4)]
    with pytest.raises(ValueError, match="independence must be one of"):
        store.rate_source(person.source_id, credibility=3, independence="partisan")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="no such source"):
        store.rate_source("Nobody Known", credibility=1)


def test_lookups_by_id_prefix_input_and_url(store: Store) -> None:
    article = store.list_articles()[0]
    assert store.get_article(article.article_id[:6]) == article
    assert store.get_article("test.txt") == article
    assert store.get_article("https://www.stadtanzeiger.example/radwege") == article
    assert store.list_articles(outlet="stadtanzeiger") == [article]
    assert store.list_articles(search="radweg") == [article]
    assert store.list_articles(search="nothing like it") == []
    with pytest.raises(NotFoundError, match="no such article"):
        store.get_article("ffffffff")
    sentence = claims(store)[1]
    assert store.sentence(sentence.sentence_id) == sentence


def test_the_store_can_be_used_from_many_threads_at_once(store: Store) -> None:
    targets = [c.sentence_id for c in claims(store)]
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(5):
                store.record_annotation(
                    targets[(n + i) % 3], reviewer=f"r{n}", note=f"{n}-{i}", verdict="unverifiable"
                )
                store.current_annotations(targets[i % 3])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.info().annotations == 30
    assert_state_matches_log(store)
