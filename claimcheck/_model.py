"""Typed records that flow through the pipeline and out of `analyze()`.

Every offset is a Python string index into `Article.text`, end exclusive, so that
`article.text[s.start:s.end] == s.text` holds for sentences, speakers and cues.
The `to_dict()` methods give exactly the records of ../shared/CONTRACT.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, overload

AttributionKind = Literal["direct_quote", "reported_speech", "unattributed"]
ClaimKind = Literal[
    "quantity", "prediction", "causal", "rule", "quote", "event", "position", "other"
]

ATTRIBUTION_KINDS: tuple[str, ...] = ("direct_quote", "reported_speech", "unattributed")
CLAIM_KINDS: tuple[str, ...] = (
    "quantity",
    "prediction",
    "causal",
    "rule",
    "quote",
    "event",
    "position",
    "other",
)


@overload
def parts_label(text: str, parts: Iterable[str]) -> str: ...
@overload
def parts_label(text: str | None, parts: Iterable[str]) -> str | None: ...
def parts_label(text: str | None, parts: Iterable[str]) -> str | None:
    """A cue or act as it reads with all its parts, joined by " … " ("Wie … mitteilte"),
    or its own text where it is of one piece."""
    texts = tuple(parts)
    return " … ".join(texts) if len(texts) > 1 else text


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: a cue word, a quotation, a clause.

    A cue of several parts that other words separate ("teilte … mit", "hat … gesagt",
    "gab … bekannt") is one span over its longest part, and `parts` holds every part
    in the order of the text; a cue of one piece has no parts.
    """

    start: int
    end: int
    text: str
    parts: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.parts:
            record["parts"] = [part.to_dict() for part in self.parts]
        return record

    @property
    def label(self) -> str:
        """The text of the span, or of its parts joined by " … "."""
        return parts_label(self.text, (part.text for part in self.parts))


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who an attribution names, as the mention stands in the text.

    `resolved` is the full name the mention refers to ("Peskow" -> "Dmitri Peskow"),
    `role` the role or title the article gives that person ("Kremlsprecher").
    """

    text: str
    start: int
    end: int
    resolved: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "resolved": self.resolved,
            "role": self.role,
        }


@dataclass(frozen=True, slots=True)
class Attribution:
    """One act of giving words or a position to a speaker."""

    kind: AttributionKind
    speaker: Speaker | None
    cue: Span | None
    content: tuple[int, int] | None
    vague_source: bool = False
    explanation: str = ""
    # the verb of a narrated speech act where the language's rules give such acts no
    # cue ("forderte" in "Die Ministerin forderte den Rücktritt des Bürgermeisters")
    act: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "attribution": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": (
                {"start": self.content[0], "end": self.content[1]} if self.content else None
            ),
            "vague_source": self.vague_source,
        }
        if self.act is not None:
            record["act"] = self.act.to_dict()
        return record


@dataclass(slots=True)
class Sentence:
    """A sentence of the article body with its claim and attribution tags."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str
    claim: bool = False
    claim_score: float = 0.0
    claim_kind: ClaimKind | None = None
    hedged: bool = False
    attributions: list[Attribution] = field(default_factory=list)
    explanation: str = ""
    # an unspecific source ("von vielen", "critics say") seen in the sentence even
    # where no attribution could be made of it
    vague: bool = False

    @property
    def main(self) -> Attribution | None:
        return self.attributions[0] if self.attributions else None

    @property
    def attribution(self) -> AttributionKind:
        return self.main.kind if self.main else "unattributed"

    @property
    def speaker(self) -> Speaker | None:
        return self.main.speaker if self.main else None

    @property
    def cue(self) -> Span | None:
        return self.main.cue if self.main else None

    @property
    def content(self) -> tuple[int, int] | None:
        return self.main.content if self.main else None

    @property
    def vague_source(self) -> bool:
        return self.vague or any(a.vague_source for a in self.attributions)

    def to_dict(self, input_name: str = "") -> dict[str, Any]:
        main = self.main
        record: dict[str, Any] = {
            "type": "sentence",
            "input": input_name,
            "index": self.index,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "claim": self.claim,
            "claim_score": round(self.claim_score, 3),
            "claim_kind": self.claim_kind if self.claim else None,
            "attribution": self.attribution,
            "speaker": main.speaker.to_dict() if main and main.speaker else None,
            "cue": main.cue.to_dict() if main and main.cue else None,
            "content": (
                {"start": main.content[0], "end": main.content[1]}
                if main and main.content
                else None
            ),
            "vague_source": self.vague_source,
            "hedged": self.hedged,
            "explanation": self.explanation,
            "attributions": [a.to_dict() for a in self.attributions],
        }
        if main is not None and main.act is not None:
            record["act"] = main.act.to_dict()
        return record


@dataclass(slots=True)
class Article:
    """An analysed article: its text, what is known about it, and its body sentences."""

    input: str
    text: str
    language: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    dateline: Span | None = None
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def claims(self) -> list[Sentence]:
        return [s for s in self.sentences if s.claim]

    def article_record(self) -> dict[str, Any]:
        return {
            "type": "article",
            "input": self.input,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "author": self.author,
            "language": self.language,
            "text": self.text,
        }

    def to_dict(self, *, all_sentences: bool = True) -> list[dict[str, Any]]:
        """The contract's records: the article record, then one per sentence."""
        chosen = self.sentences if all_sentences else self.claims
        return [self.article_record(), *(s.to_dict(self.input) for s in chosen)]
