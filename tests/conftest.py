"""Shared fixtures for the foundation tests (ingest, body, sentences, CLI, output, rules)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import claimcheck._language
import claimcheck._rules

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
RULES = ROOT / "rules"
SEED = SAMPLES / "de-it-boltwise-putin-trump-telefonat.txt"
SAMPLE_ARTICLES = sorted(SAMPLES.glob("*.txt"))


def expected_for(article: Path) -> dict[str, Any]:
    """The hand annotation (NAME.expected.json) of a sample article."""
    path = article.with_name(article.stem + ".expected.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def squash(text: str) -> str:
    """Whitespace-normalised text, for comparing sentence texts across line breaks."""
    return re.sub(r"\s+", " ", text).strip()


def _clear_rule_caches() -> None:
    claimcheck._rules.load_rules.cache_clear()
    claimcheck._language._function_words.cache_clear()


@pytest.fixture
def fresh_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Rules are loaded anew in this test and nothing it loads outlives it.

    `load_rules` is functools.cache'd, so a test that points CLAIMCHECK_RULES at a
    broken copy must clear the cache before (to see its copy) and after (so that
    later tests see the shipped rules again).
    """
    monkeypatch.delenv("CLAIMCHECK_RULES", raising=False)
    _clear_rule_caches()
    yield
    _clear_rule_caches()


RulesCopy = Callable[..., Path]


@pytest.fixture
def rules_copy(tmp_path: Path) -> RulesCopy:
    """A copy of the shipped rules/ folder in tmp_path, with one file replaced or edited.

    rules_copy("de", "furniture.toml", edit=lambda text: ...) or
    rules_copy("de", "language.toml", content="...").
    """

    def make(
        language: str | None = None,
        file: str | None = None,
        *,
        content: str | None = None,
        edit: Callable[[str], str] | None = None,
    ) -> Path:
        target = tmp_path / "rules"
        if not target.exists():
            shutil.copytree(RULES, target)
        if language and file:
            path = target / language / file
            if content is not None:
                path.write_text(content, encoding="utf-8")
            if edit is not None:
                path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
        return target

    return make


# --- the records of CONTRACT.md ---------------------------------------------------------

ARTICLE_KEYS = {
    "type",
    "input",
    "title",
    "outlet",
    "url",
    "published",
    "author",
    "language",
    "text",
}
SENTENCE_KEYS = {
    "type",
    "input",
    "index",
    "paragraph",
    "start",
    "end",
    "text",
    "claim",
    "claim_score",
    "claim_kind",
    "attribution",
    "speaker",
    "cue",
    "content",
    "vague_source",
    "hedged",
    "explanation",
    "attributions",
}
ATTRIBUTION_KINDS = {"direct_quote", "reported_speech", "unattributed"}
CLAIM_KINDS = {"quantity", "prediction", "causal", "rule", "quote", "event", "position", "other"}


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _optional_str(value: object) -> bool:
    return value is None or isinstance(value, str)


def _check_span(span: object, text: str, keys: set[str]) -> None:
    assert isinstance(span, dict)
    assert set(span) == keys
    assert _is_int(span["start"]) and _is_int(span["end"])
    assert 0 <= span["start"] <= span["end"] <= len(text)
    if "text" in keys:
        assert isinstance(span["text"], str)
        assert text[span["start"] : span["end"]] == span["text"]


def _check_speaker(speaker: object, text: str) -> None:
    if speaker is None:
        return
    _check_span(speaker, text, {"text", "start", "end", "resolved", "role"})
    assert isinstance(speaker, dict)
    assert _optional_str(speaker["resolved"]) and _optional_str(speaker["role"])


def _check_verb_span(span: object, text: str) -> None:
    """A cue, or the verb of a narrated act: one of several parts ("teilte … mit", "wird …
    betrachtet") lists them, its own span among them."""
    parts = span.get("parts") if isinstance(span, dict) else None
    _check_span(span, text, {"text", "start", "end"} | ({"parts"} if parts is not None else set()))
    assert isinstance(span, dict)
    if parts is not None:
        assert isinstance(parts, list) and len(parts) >= 2
        for part in parts:
            _check_span(part, text, {"text", "start", "end"})
        assert {"text": span["text"], "start": span["start"], "end": span["end"]} in parts
        assert [p["start"] for p in parts] == sorted(p["start"] for p in parts)


def _check_attribution_parts(record: dict[str, Any], text: str) -> None:
    assert record["attribution"] in ATTRIBUTION_KINDS
    _check_speaker(record["speaker"], text)
    if record["cue"] is not None:
        _check_verb_span(record["cue"], text)
    if record["content"] is not None:
        _check_span(record["content"], text, {"start", "end"})


def check_records(records: list[dict[str, Any]], input_name: str | None = None) -> None:
    """The records of one input are exactly those CONTRACT.md describes, with the right types
    and offsets that point at the text they name."""
    assert records, "no records"
    article = records[0]
    assert set(article) == ARTICLE_KEYS
    assert article["type"] == "article"
    assert isinstance(article["input"], str)
    if input_name is not None:
        assert article["input"] == input_name
    for key in ("title", "outlet", "url", "published", "author"):
        assert _optional_str(article[key]), key
    assert article["language"] in {"de", "en"}
    text = article["text"]
    assert isinstance(text, str) and text
    previous = (-1, -1)
    for record in records[1:]:
        assert SENTENCE_KEYS <= set(record) <= SENTENCE_KEYS | {"act"}, set(record) ^ SENTENCE_KEYS
        assert record["type"] == "sentence"
        assert record["input"] == article["input"]
        for key in ("index", "paragraph", "start", "end"):
            assert _is_int(record[key]), key
        assert (record["index"], record["start"]) > previous
        previous = (record["index"], record["start"])
        assert 0 <= record["start"] < record["end"] <= len(text)
        assert text[record["start"] : record["end"]] == record["text"]
        assert isinstance(record["claim"], bool)
        assert isinstance(record["claim_score"], float)
        assert 0.0 <= record["claim_score"] <= 1.0
        if record["claim"]:
            assert record["claim_kind"] in CLAIM_KINDS
        else:
            assert record["claim_kind"] is None
        assert isinstance(record["vague_source"], bool)
        assert isinstance(record["hedged"], bool)
        assert isinstance(record["explanation"], str) and record["explanation"]
        _check_attribution_parts(record, text)
        attributions = record["attributions"]
        assert isinstance(attributions, list)
        if record["attribution"] == "unattributed":
            assert attributions == []
            assert record["speaker"] is None and record["cue"] is None
            assert record["content"] is None
        else:
            assert attributions
            main = attributions[0]
            assert {"attribution", "speaker", "cue", "content"} <= set(main)
            assert {k: main[k] for k in ("attribution", "speaker", "cue", "content")} == {
                k: record[k] for k in ("attribution", "speaker", "cue", "content")
            }
            assert main.get("act") == record.get("act")
        for attribution in attributions:
            assert {"attribution", "speaker", "cue", "content"} <= set(attribution)
            assert set(attribution) <= {
                "attribution",
                "speaker",
                "cue",
                "content",
                "vague_source",
                "act",
            }
            _check_attribution_parts(attribution, text)
            if "act" in attribution:
                # the verb of a narrated speech act, given where the act has no cue
                assert attribution["cue"] is None
                _check_verb_span(attribution["act"], text)


def split_by_input(records: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The records of a run, one list per input (each starts with its article record)."""
    groups: list[list[dict[str, Any]]] = []
    for record in records:
        if record["type"] == "article":
            groups.append([])
        assert groups, "a sentence record before any article record"
        groups[-1].append(record)
    return groups
