"""The Python API: what `import claimcheck` offers, and that it agrees with the CLI."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLES, SEED, check_records

import claimcheck
from claimcheck.cli import main


def test_all_names_exist() -> None:
    assert claimcheck.__all__
    for name in claimcheck.__all__:
        assert hasattr(claimcheck, name), name
    for name in (
        "analyze",
        "analyze_text",
        "Article",
        "Sentence",
        "Attribution",
        "Speaker",
        "Span",
        "InputError",
        "RulesError",
        "ClaimcheckError",
        "load_rules",
    ):
        assert name in claimcheck.__all__
    assert isinstance(claimcheck.__version__, str)
    assert issubclass(claimcheck.InputError, claimcheck.ClaimcheckError)
    assert issubclass(claimcheck.RulesError, claimcheck.ClaimcheckError)


def test_analyze_path_and_str(tmp_path: Path) -> None:
    by_path = claimcheck.analyze(SEED)
    by_str = claimcheck.analyze(str(SEED))
    assert isinstance(by_path, claimcheck.Article)
    assert by_path.to_dict() == by_str.to_dict()
    assert by_path.input == str(SEED)
    assert all(isinstance(s, claimcheck.Sentence) for s in by_path.sentences)
    assert by_path.claims == [s for s in by_path.sentences if s.claim]


def test_analyze_text() -> None:
    text = "Berlin (dpa) - Die Lage sei ernst, sagte Müller.\r\nDer Rat tagt morgen erneut."
    article = claimcheck.analyze_text(text)
    assert isinstance(article, claimcheck.Article)
    assert article.input == "<text>"
    assert article.language == "de"
    assert article.outlet == "dpa"
    assert article.text == text.replace("\r\n", "\n")
    assert [s.text for s in article.sentences] == [
        "Die Lage sei ernst, sagte Müller.",
        "Der Rat tagt morgen erneut.",
    ]
    named = claimcheck.analyze_text("The council met on Monday.", name="council.txt")
    assert named.input == "council.txt"
    assert named.language == "en"


def test_analyze_text_with_language_and_boilerplate_options() -> None:
    text = "Der Rat tagt.\n\nMehr zum Thema\n- Der Rat tagte schon einmal.\n"
    assert len(claimcheck.analyze_text(text, language="de").sentences) == 1
    kept = claimcheck.analyze_text(text, language="de", keep_boilerplate=True)
    assert len(kept.sentences) == 3
    assert claimcheck.analyze_text(text, language="en").language == "en"


def test_analyze_text_rejects_an_unknown_language() -> None:
    with pytest.raises(ValueError, match="fr"):
        claimcheck.analyze_text("Le conseil se réunit.", language="fr")


def test_records_are_the_model_fields() -> None:
    article = claimcheck.analyze(SEED)
    records = article.to_dict()
    assert records[0] == article.article_record()
    for sentence, record in zip(article.sentences, records[1:], strict=True):
        assert record["text"] == sentence.text
        assert record["attribution"] == sentence.attribution
        assert record["claim"] == sentence.claim
        assert (record["speaker"] or {}).get("text") == (
            sentence.speaker.text if sentence.speaker else None
        )
    assert len(article.to_dict(all_sentences=False)) == 1 + len(article.claims)


def test_model_objects_are_typed_dataclasses() -> None:
    article = claimcheck.analyze(SEED)
    assert dataclasses.is_dataclass(article)
    attributed = [s for s in article.sentences if s.attributions]
    assert attributed
    for sentence in attributed:
        for attribution in sentence.attributions:
            assert isinstance(attribution, claimcheck.Attribution)
            if attribution.speaker is not None:
                assert isinstance(attribution.speaker, claimcheck.Speaker)
            if attribution.cue is not None:
                assert isinstance(attribution.cue, claimcheck.Span)


@pytest.mark.parametrize("path", SAMPLE_ARTICLES, ids=lambda p: p.stem)
def test_to_dict_equals_the_jsonl_of_extract_all(
    capsys: pytest.CaptureFixture[str], path: Path
) -> None:
    article = claimcheck.analyze(str(path))
    assert main(["extract", "--format", "jsonl", "--all", str(path)]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert printed == article.to_dict()
    check_records(printed, input_name=str(path))


@pytest.mark.parametrize("path", SAMPLE_ARTICLES, ids=lambda p: p.stem)
def test_offsets_of_sentences_speakers_and_cues(path: Path) -> None:
    article = claimcheck.analyze(path)
    text = article.text
    assert text == path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert article.sentences
    for sentence in article.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for attribution in sentence.attributions:
            if attribution.speaker is not None:
                speaker = attribution.speaker
                assert text[speaker.start : speaker.end] == speaker.text
            if attribution.cue is not None:
                cue = attribution.cue
                assert text[cue.start : cue.end] == cue.text
            if attribution.content is not None:
                start, end = attribution.content
                assert 0 <= start < end <= len(text)
    if article.dateline is not None:
        span = article.dateline
        assert text[span.start : span.end] == span.text


def test_input_error_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "leer.txt").write_bytes(b"")
    with pytest.raises(claimcheck.InputError) as info:
        claimcheck.analyze(tmp_path / "leer.txt")
    assert str(info.value) == f"{tmp_path / 'leer.txt'}: empty input"
    assert info.value.input_name == str(tmp_path / "leer.txt")
    assert info.value.reason == "empty input"


@pytest.mark.parametrize("path", SAMPLE_ARTICLES, ids=lambda p: p.stem)
def test_an_article_survives_pickle_and_deepcopy(path: Path) -> None:
    """Articles cross process boundaries (multiprocessing, caches) and get copied: every
    nested object (sentences, attributions, speakers, spans and their parts) must come
    back equal. Compiling the model classes with mypyc once broke this (a frozen
    dataclass refused its own unpickling)."""
    article = claimcheck.analyze(path)
    assert pickle.loads(pickle.dumps(article)) == article
    assert copy.deepcopy(article) == article
    assert pickle.loads(pickle.dumps(article)).to_dict() == article.to_dict()
