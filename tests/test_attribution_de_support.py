"""Helpers shared by the German attribution tests: an invented article around the
sentences under test, and the one sentence that a test is about."""

from __future__ import annotations

import claimcheck
from claimcheck import Article, Sentence


def analyze(*paragraphs: str) -> Article:
    """The paragraphs under a short headline, analysed as German; every speaker and cue
    span must point at the text it names."""
    text = "\n\n".join(["Aus der Region", *paragraphs]) + "\n"
    article = claimcheck.analyze_text(text, language="de")
    for s in article.sentences:
        for a in s.attributions:
            for span in (a.speaker, a.cue):
                if span is not None:
                    assert text[span.start : span.end] == span.text
    return article


def one(text: str) -> Sentence:
    """The sentence that `text` opens, analysed in an article of its own."""
    hits = [s for s in analyze(text).sentences if text[:30] in s.text]
    assert len(hits) == 1
    return hits[0]
