"""Adding articles: from objects, records and the command line; skipping; re-extraction."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_store_support import (
    assert_state_matches_log,
    english,
    german,
    new_store,
    records,
    speaker,
    write_articles,
)

import claimcheck
from claimcheck.cli import main
from claimcheck.store import Store
from claimcheck.store._collect import expand_inputs, extract_all
from claimcheck.store._prepare import OldSentence, match_sentences


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "CLAIMCHECK_DB",
        "CLAIMCHECK_REVIEWER",
        "CLAIMCHECK_LOCK_TIMEOUT",
        "CLAIMCHECK_RULES",
    ):
        monkeypatch.delenv(name, raising=False)


def test_articles_are_stored_with_every_field_of_the_contract(tmp_path: Path) -> None:
    store = new_store(tmp_path / "db.duckdb")
    article = claimcheck.analyze_text(german(7), name="lindenau.txt")
    result = store.add_articles([article])
    assert len(result.added) == 1
    assert result.sentences == len(article.sentences)
    assert result.claims == len(article.claims)
    info = store.get_article("lindenau.txt")
    assert (info.title, info.outlet, info.language) == (article.title, article.outlet, "de")
    assert store.article_text(info.article_id) == article.text
    stored = store.claims_for(info.article_id, all_sentences=True)
    assert len(stored) == len(article.sentences)
    for mine, theirs in zip(stored, article.sentences, strict=True):
        record = theirs.to_dict()
        assert (mine.index, mine.paragraph, mine.start, mine.end, mine.text) == (
            record["index"],
            record["paragraph"],
            record["start"],
            record["end"],
            record["text"],
        )
        assert (
            mine.claim,
            mine.claim_kind,
            mine.attribution,
            mine.hedged,
            mine.vague_source,
            mine.explanation,
        ) == (
            record["claim"],
            record["claim_kind"],
            record["attribution"],
            record["hedged"],
            record["vague_source"],
            record["explanation"],
        )
        assert mine.claim_score == pytest.approx(record["claim_score"])
        assert article.text[mine.start : mine.end] == mine.text
        if record["speaker"]:
            assert mine.speaker_text == record["speaker"]["text"]
            assert mine.speaker_resolved == record["speaker"]["resolved"]
            assert article.text[mine.speaker_start : mine.speaker_end] == mine.speaker_text
    stored_attributions = store.query(
        "SELECT count(*) FROM attributions a JOIN sentences s USING (sentence_id) "
        "WHERE s.article_id = ?",
        [info.article_id],
    ).rows[0][0]
    assert stored_attributions == sum(len(s.attributions) for s in article.sentences)
    assert [s.sentence_id for s in store.claims_for(info.article_id)] == [
        s.sentence_id for s in stored if s.claim
    ]


def test_records_and_objects_give_the_same_ids_and_an_article_is_stored_once(
    tmp_path: Path,
) -> None:
    article = claimcheck.analyze_text(english(3), name="a.txt")
    first = new_store(tmp_path / "one.duckdb")
    second = new_store(tmp_path / "two.duckdb")
    first.add_articles([article])
    second.add_articles([article.to_dict()])
    ids = [
        [s.sentence_id for s in store.claims_for("a.txt", all_sentences=True)]
        for store in (first, second)
    ]
    assert ids[0] == ids[1]
    again = first.add_articles([article, claimcheck.analyze_text(english(3), name="b.txt")])
    assert again.added == [] and sorted(again.skipped) == ["a.txt", "b.txt"]
    assert first.info().articles == 1


def test_reextraction_keeps_every_annotation_attached(tmp_path: Path) -> None:
    text = (
        "Die Stadt baut 40 Kilometer Radwege. Das kostet 12 Millionen Euro, sagte Berger. "
        "Die Opposition ist dagegen. Gebaut wird ab Mai."
    )
    before = records(
        text,
        [
            ("Die Stadt baut 40 Kilometer Radwege.", None),
            (
                "Das kostet 12 Millionen Euro, sagte Berger.",
                speaker("Berger", text.index("Berger")),
            ),
            ("Die Opposition ist dagegen.", None),
            ("Gebaut wird ab Mai.", None),
        ],
    )
    store = new_store(tmp_path / "db.duckdb")
    store.add_articles([before])
    article_id = store.list_articles()[0].article_id
    first_added = store.get_article(article_id).added_at
    old = {s.text: s.sentence_id for s in store.claims_for(article_id)}
    store.record_annotation(old["Die Stadt baut 40 Kilometer Radwege."], verdict="supported")
    store.record_annotation(
        old["Das kostet 12 Millionen Euro, sagte Berger."], verdict="misleading", note="it is 14"
    )
    store.record_annotation(old["Die Opposition ist dagegen."], verdict="not a claim")
    # the rules changed: the first two sentences are now one, the third moved a little,
    # and the last one is no longer a sentence of its own
    after = records(
        text,
        [
            (
                "Die Stadt baut 40 Kilometer Radwege. Das kostet 12 Millionen Euro, sagte Berger.",
                None,
            ),
            ("Die Opposition ist dagegen. Gebaut", None),
            ("wird ab Mai.", None),
        ],
    )
    skipped = store.add_articles([after])
    assert skipped.skipped == ["test.txt"] and not skipped.updated
    result = store.add_articles([after], update=True)
    assert result.updated == [article_id]
    assert store.get_article(article_id).added_at == first_added
    new = store.claims_for(article_id)
    assert [s.text for s in new] == [
        "Die Stadt baut 40 Kilometer Radwege. Das kostet 12 Millionen Euro, sagte Berger.",
        "Die Opposition ist dagegen. Gebaut",
        "wird ab Mai.",
    ]
    # the merged sentence keeps the id of the longer half, the moved one keeps its own
    assert new[0].sentence_id == old["Das kostet 12 Millionen Euro, sagte Berger."]
    assert new[1].sentence_id == old["Die Opposition ist dagegen."]
    # the annotation of the other half is reported, kept, and still readable
    assert [(u.sentence_id, u.annotations) for u in result.unmatched] == [
        (old["Die Stadt baut 40 Kilometer Radwege."], 1)
    ]
    current = {a.sentence_id: a for a in store.current_annotations(article_id=article_id)}
    assert len(current) == 3
    assert current[new[0].sentence_id].note == "it is 14"
    orphans = store.query("SELECT sentence_id FROM annotations_v WHERE orphaned").rows
    assert orphans == [(old["Die Stadt baut 40 Kilometer Radwege."],)]
    retired = store.claims_for(article_id, include_retired=True)
    assert [s.retired for s in retired] == [False, False, False, True]
    assert store.query("SELECT count(*) FROM annotations").rows[0][0] == 3
    assert_state_matches_log(store)
    # extracting once more with the old rules finds the retired sentence again
    again = store.add_articles([before], update=True)
    assert again.unmatched == []
    assert {s.sentence_id for s in store.claims_for(article_id)} == set(old.values())
    assert not store.query("SELECT * FROM annotations_v WHERE orphaned").rows


def test_reextracting_several_articles_at_once_keeps_each_ones_annotations(
    tmp_path: Path,
) -> None:
    store = new_store(tmp_path / "db.duckdb")
    texts = {
        "a.txt": "Die Brücke kostet 9 Millionen Euro. Sie wird im Mai eröffnet.",
        "b.txt": "Der Hafen bekommt bis zum Herbst 3 neue Kräne. Die Arbeiten dauern zwei Jahre.",
    }

    def extraction(name: str, split: bool) -> list[dict[str, object]]:
        text = texts[name]
        first, second = text.split(". ")
        parts = [(first + ".", None), (second, None)] if split else [(text, None)]
        return records(text, parts, input_name=name)

    store.add_articles([extraction(name, split=True) for name in texts])
    ids = {a.input: a.article_id for a in store.list_articles()}
    before = {name: store.claims_for(ids[name]) for name in texts}
    # in each article the first sentence keeps a verdict, the second is noted
    for name in texts:
        store.record_annotation(before[name][0].sentence_id, verdict="supported")
        store.record_annotation(before[name][1].sentence_id, note=f"see {name}")
    # the new rules make one sentence of each article: the longer half keeps its id
    result = store.add_articles(
        [extraction(name, split=False) for name in texts], update=True, batch_size=10
    )
    assert sorted(result.updated) == sorted(ids.values())
    after = {name: store.claims_for(ids[name]) for name in texts}
    for name in texts:
        assert [s.text for s in after[name]] == [texts[name]]
    kept = {u.sentence_id for u in result.unmatched}
    assert len(result.unmatched) == 2 and all(u.annotations == 1 for u in result.unmatched)
    for name in texts:
        old_ids = {s.sentence_id for s in before[name]}
        assert {after[name][0].sentence_id} | (kept & old_ids) == old_ids
        retired = [s for s in store.claims_for(ids[name], include_retired=True) if s.retired]
        assert [s.sentence_id for s in retired] == sorted(kept & old_ids)
    assert len(store.current_annotations()) == 4
    assert_state_matches_log(store)


def test_match_sentences_prefers_the_same_span_then_the_same_text_then_overlap() -> None:
    old = [
        OldSentence("a", 0, 10, "Eins zwei."),
        OldSentence("b", 11, 20, "Drei vier"),
        OldSentence("c", 30, 40, "Fünf sechs"),
    ]
    new = [(0, 10, "Eins zwei."), (12, 21, "Drei vier"), (29, 38, "Fünf sech"), (50, 60, "x")]
    assert match_sentences(old, new) == {0: "a", 1: "b", 2: "c"}


def test_expand_inputs_reads_folders_and_url_lists(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder / "sub", 2)
    (folder / "README.md").write_text("about these articles", encoding="utf-8")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG")
    urls = tmp_path / "urls.txt"
    urls.write_text("# to check\nhttps://example.org/a\n\nhttp://example.org/b\n", encoding="utf-8")
    not_urls = tmp_path / "article.txt"
    not_urls.write_text("https://example.org/a is where it was said.\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    inputs, problems = expand_inputs(
        [str(folder), str(urls), str(not_urls), "-", str(tmp_path / "empty")]
    )
    assert inputs == [
        str(folder / "sub" / "article-0000.txt"),
        str(folder / "sub" / "article-0001.txt"),
        "https://example.org/a",
        "http://example.org/b",
        str(not_urls),
        "-",
    ]
    assert problems == [
        f"{tmp_path / 'empty'}: the folder holds no article files (.txt, .md, .html, .htm, .xhtml)"
    ]


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        body = english(int(self.path.strip("/") or 0)).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def web() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_add_command_takes_files_folders_urls_url_lists_and_stdin(
    tmp_path: Path, web: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.duckdb"
    write_articles(tmp_path / "folder", 3)
    single = tmp_path / "single.txt"
    single.write_text(german(50), encoding="utf-8")
    url_list = tmp_path / "urls.txt"
    url_list.write_text(f"{web}/60\n{web}/61\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(german(70).encode())))
    status = main(
        [
            "add",
            "--db",
            str(db),
            str(tmp_path / "folder"),
            str(single),
            f"{web}/62",
            str(url_list),
            "-",
            str(tmp_path / "missing.txt"),
        ]
    )
    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert err[0] == f"claimcheck: {tmp_path / 'missing.txt'}: no such file"
    assert err[-1].startswith("claimcheck: added 8 articles (")
    assert err[-1].endswith(f"; 1 failed in {db}")
    store = Store.open(db, create=False)
    inputs = {a.input for a in store.list_articles()}
    assert {f"{web}/60", f"{web}/61", f"{web}/62", "-", str(single)} <= inputs
    status = main(["add", "--db", str(db), str(tmp_path / "folder")])
    assert status == 0
    assert (
        "added 0 articles (0 sentences, 0 claims); skipped 3 already stored"
        in capsys.readouterr().err
    )


def test_extraction_runs_on_several_processes(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "many", 10)
    outcomes = list(extract_all([str(p) for p in paths], known=frozenset(), jobs=2))
    assert [o.input for o in outcomes] == [str(p) for p in paths]
    assert all(o.prepared is not None and o.prepared.n_sentences > 3 for o in outcomes)
    known = frozenset({outcomes[0].prepared.content_hash})  # type: ignore[union-attr]
    again = list(extract_all([str(paths[0])], known=known, jobs=1))
    assert again[0].skipped
