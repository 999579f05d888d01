"""The extraction pipeline, top to bottom.

    ingest -> language -> body (furniture, dateline) -> sentences -> attribution -> claims

Each stage is a plain function over typed data; nothing here touches a database
or a screen.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ._attribution import attribute
from ._body import find_body
from ._claims import assess_claims
from ._ingest import Document, normalise_newlines, read_input
from ._language import detect_language
from ._model import Article, Sentence
from ._rules import LANGUAGES, load_rules
from ._sentences import split_paragraph

if TYPE_CHECKING:
    import httpx


def analyze_document(
    document: Document, *, language: str = "auto", keep_boilerplate: bool = False
) -> Article:
    """Run every stage after ingest on one document."""
    text = document.text
    lang = detect_language(text) if language == "auto" else language
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r} (supported: auto, {', '.join(LANGUAGES)})")
    rules = load_rules(lang)
    body = find_body(text, rules, keep_furniture=keep_boilerplate)
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(body.paragraphs):
        for start, end in split_paragraph(text, paragraph, rules):
            sentences.append(Sentence(len(sentences), number, start, end, text[start:end]))
    headline_starts = {p.start for p in body.paragraphs if p.headline}
    headlines = {s.index for s in sentences if s.start in headline_starts}
    attribute(text, sentences, rules)
    # Sentence.main, read once for each sentence
    mains = [s.attributions[0] if s.attributions else None for s in sentences]
    verdicts = assess_claims(
        [sentence.text for sentence in sentences],
        rules,
        attributed=[main is not None for main in mains],
        quoted=[main is not None and main.kind == "direct_quote" for main in mains],
    )
    for sentence, main, verdict in zip(sentences, mains, verdicts, strict=True):
        headline = sentence.index in headlines
        claim = verdict.claim and not headline
        sentence.hedged = verdict.hedged
        sentence.claim = claim
        sentence.claim_score = verdict.score if claim else min(verdict.score, 0.2)
        sentence.claim_kind = verdict.kind if claim else None  # type: ignore[assignment]
        reasons = (
            [main.explanation]
            if main and main.explanation
            else ["no attribution found: the article's own voice"]
        )
        if headline:
            reasons.append("headline")
        reasons.extend(verdict.reasons)
        sentence.explanation = "; ".join(filter(None, reasons))
    return Article(
        input=document.input,
        text=text,
        language=lang,
        title=document.title or body.headline,
        outlet=document.outlet or body.dateline_outlet,
        url=document.url,
        published=document.published,
        author=document.author or body.author,
        dateline=body.dateline,
        sentences=sentences,
    )


def analyze(
    source: str | os.PathLike[str],
    *,
    language: str = "auto",
    keep_boilerplate: bool = False,
    transport: httpx.BaseTransport | None = None,
) -> Article:
    """Analyse one article given as a file path, an http(s) URL, or '-' for stdin.

    Raises `InputError` (one line: which input, what is wrong) when it cannot be read.
    """
    document = read_input(os.fspath(source), transport=transport)
    return analyze_document(document, language=language, keep_boilerplate=keep_boilerplate)


def analyze_text(
    text: str, *, name: str = "<text>", language: str = "auto", keep_boilerplate: bool = False
) -> Article:
    """Analyse an article given as a string (its line ends are normalised)."""
    document = Document(input=name, text=normalise_newlines(text))
    return analyze_document(document, language=language, keep_boilerplate=keep_boilerplate)
