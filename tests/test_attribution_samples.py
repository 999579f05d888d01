"""Attribution on the hand-annotated sample articles (sample_articles/README.md).

The seed article must match its annotation exactly. On the other samples the engine
must agree with the annotation on at least 95 % of the body sentences (attribution
kind) and 85 % of the speakers, taken over all of them together. The same figures
per article are checked too; where one is below its threshold today the test is an
xfail that names the figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE_ARTICLES, SEED, expected_for, squash

import claimcheck
from claimcheck import Article, Sentence

ATTRIBUTION_THRESHOLD = 0.95
SPEAKER_THRESHOLD = 0.85
# who a surname, pronoun or description refers to ("sie" -> "Henrike Vosskamp")
RESOLVED_THRESHOLD = 0.85
OTHERS = [p for p in SAMPLE_ARTICLES if p != SEED]


@cache
def _analyzed(path: Path) -> Article:
    return claimcheck.analyze(path)


def _by_text(article: Article) -> dict[str, Sentence]:
    return {squash(s.text): s for s in article.sentences}


def _kinds(entry: dict[str, Any]) -> set[str]:
    kinds = {entry["attribution"]}
    alt = entry.get("alt") or {}
    if alt.get("attribution"):
        kinds.add(alt["attribution"])
    return kinds


def _names(entry: dict[str, Any]) -> list[str]:
    alt = entry.get("alt") or {}
    return [
        n for n in (entry.get("speaker"), entry.get("speaker_resolved"), alt.get("speaker")) if n
    ]


def _mine(sentence: Sentence | None) -> list[str]:
    if sentence is None or sentence.speaker is None:
        return []
    return [n for n in (sentence.speaker.text, sentence.speaker.resolved) if n]


def _same_exactly(expected: list[str], got: list[str]) -> bool:
    return any(a.casefold() == b.casefold() for a in expected for b in got)


def _contained(expected: list[str], got: list[str]) -> bool:
    return any(
        a.casefold() in b.casefold() or b.casefold() in a.casefold() for a in expected for b in got
    )


@dataclass
class Score:
    name: str
    attribution_ok: int = 0
    sentences: int = 0
    speaker_ok: int = 0
    speakers: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def attribution_share(self) -> float:
        return self.attribution_ok / self.sentences if self.sentences else 1.0

    @property
    def speaker_share(self) -> float:
        return self.speaker_ok / self.speakers if self.speakers else 1.0

    def line(self) -> str:
        return (
            f"{self.name}: attribution {self.attribution_ok}/{self.sentences} "
            f"({self.attribution_share:.3f}), speakers {self.speaker_ok}/{self.speakers} "
            f"({self.speaker_share:.3f})"
        )


def _score(path: Path) -> Score:
    expected = expected_for(path)
    sentences = _by_text(_analyzed(path))
    score = Score(path.stem)
    for entry in expected["body"]:
        got = sentences.get(squash(entry["text"]))
        kind = got.attribution if got is not None else None
        score.sentences += 1
        if kind in _kinds(entry):
            score.attribution_ok += 1
        else:
            score.misses.append(f"  attribution {kind} != {entry['attribution']}: {entry['text']}")
        names = _names(entry)
        if names:
            score.speakers += 1
            mine = _mine(got)
            if _contained(names, mine):
                score.speaker_ok += 1
            else:
                score.misses.append(f"  speaker {mine} != {names}: {entry['text']}")
    return score


def _report(scores: list[Score]) -> str:
    lines: list[str] = []
    for score in scores:
        lines.append(score.line())
        lines.extend(score.misses)
    return "\n".join(lines)


# --- the seed article -------------------------------------------------------------------


def test_seed_attribution_matches_exactly() -> None:
    expected = expected_for(SEED)["body"]
    sentences = _by_text(_analyzed(SEED))
    assert len(expected) == 18
    wrong = []
    for entry in expected:
        got = sentences.get(squash(entry["text"]))
        assert got is not None, entry["text"]
        if got.attribution not in _kinds(entry):
            wrong.append((entry["text"], entry["attribution"], got.attribution, got.explanation))
    assert not wrong, wrong


def test_seed_speakers_match() -> None:
    sentences = _by_text(_analyzed(SEED))
    checked = 0
    wrong = []
    for entry in expected_for(SEED)["body"]:
        names = _names(entry)
        if not names:
            continue
        checked += 1
        got = sentences[squash(entry["text"])]
        if not _same_exactly(names, _mine(got)):
            wrong.append((entry["text"], names, _mine(got)))
    assert checked > 0
    assert not wrong, wrong


# --- the other samples ------------------------------------------------------------------


def test_samples_are_there() -> None:
    assert SEED in SAMPLE_ARTICLES
    assert len(OTHERS) >= 4


def test_other_samples_attribution_agreement() -> None:
    scores = [_score(p) for p in OTHERS]
    ok = sum(s.attribution_ok for s in scores)
    total = sum(s.sentences for s in scores)
    assert total > 0
    assert ok / total >= ATTRIBUTION_THRESHOLD, (
        f"attribution {ok}/{total} = {ok / total:.3f} < {ATTRIBUTION_THRESHOLD}\n" + _report(scores)
    )


def test_other_samples_speaker_agreement() -> None:
    scores = [_score(p) for p in OTHERS]
    ok = sum(s.speaker_ok for s in scores)
    total = sum(s.speakers for s in scores)
    assert total > 0
    assert ok / total >= SPEAKER_THRESHOLD, (
        f"speakers {ok}/{total} = {ok / total:.3f} < {SPEAKER_THRESHOLD}\n" + _report(scores)
    )


def test_samples_resolve_surnames_and_pronouns_to_the_annotated_person() -> None:
    """The speaker test above accepts the mention itself ("sie"); this one asks for the
    person it refers to wherever the annotation names one."""
    checked = 0
    wrong = []
    for path in SAMPLE_ARTICLES:
        sentences = _by_text(_analyzed(path))
        for entry in expected_for(path)["body"]:
            if not entry.get("speaker_resolved"):
                continue
            checked += 1
            got = sentences.get(squash(entry["text"]))
            resolved = got.speaker.resolved if got is not None and got.speaker else None
            if resolved != entry["speaker_resolved"]:
                wrong.append(f"  {path.stem}: {resolved!r} != {entry['speaker_resolved']!r}")
    assert checked >= 20
    assert 1 - len(wrong) / checked >= RESOLVED_THRESHOLD, "\n".join(wrong)


def test_seed_resolves_every_annotated_person() -> None:
    sentences = _by_text(_analyzed(SEED))
    for entry in expected_for(SEED)["body"]:
        if entry.get("speaker_resolved"):
            got = sentences[squash(entry["text"])]
            assert got.speaker is not None, entry["text"]
            assert got.speaker.resolved == entry["speaker_resolved"], got.explanation


# Per article, the figures that are below their threshold today (measured 2026-12):
# de-nordpress-marnsund-deiche speakers 14/18.
_BELOW = {
    ("de-nordpress-marnsund-deiche", "speaker"): (
        "14/18: 'In Regierungskreisen heißt es' gives no speaker, 'Beobachter halten … für "
        "unrealistisch' and 'X hält … für …' are not cues, 'Kritik kommt vom Umweltverband X' "
        "names no speaker"
    ),
}


def _per_article_cases() -> list[Any]:
    cases = []
    for path in OTHERS:
        for measure in ("attribution", "speaker"):
            reason = _BELOW.get((path.stem, measure))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(path, measure, marks=marks, id=f"{path.stem}-{measure}"))
    return cases


@pytest.mark.parametrize(("path", "measure"), _per_article_cases())
def test_each_sample_agreement(path: Path, measure: str) -> None:
    score = _score(path)
    if measure == "attribution":
        share, threshold = score.attribution_share, ATTRIBUTION_THRESHOLD
    else:
        share, threshold = score.speaker_share, SPEAKER_THRESHOLD
    assert share >= threshold, _report([score])


def test_seed_explanations_say_where_a_surname_and_a_pronoun_were_named_in_full() -> None:
    explanations = [s.explanation for s in _analyzed(SEED).sentences]
    # the record's paragraph numbers: the headline is paragraph 0
    assert any("'Peskow' = 'Dmitri Peskow' from paragraph 2" in e for e in explanations)
    assert any("pronoun 'Sie' = 'Tatjana Stanowaja' from paragraph 1" in e for e in explanations)
