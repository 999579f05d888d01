"""Turning an analysed article into the rows the store inserts, outside the database.

`prepare_article` runs in the extraction worker processes: it hashes the text,
gives each sentence its id, decides which source each speaker stands for (by name;
the store maps names to source ids), and serialises everything as one JSON object
with a list per column, which DuckDB's read_json loads in bulk. Doing this in the
workers keeps the single process that writes to the database short of work.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._model import Article
from ._schema import ARTICLE_FIELDS, ATTRIBUTION_FIELDS, SENTENCE_FIELDS
from ._sources import classify_speaker, outlet_identity

# columns of the JSON batch beyond the table fields
_SENTENCE_EXTRA = (("source_kind", "VARCHAR"), ("source_name", "VARCHAR"))
_ARTICLE_EXTRA = (("outlet_name", "VARCHAR"), ("outlet_domain", "VARCHAR"))

SENTENCE_BATCH_FIELDS = SENTENCE_FIELDS + _SENTENCE_EXTRA
ATTRIBUTION_BATCH_FIELDS = ATTRIBUTION_FIELDS + _SENTENCE_EXTRA


def batch_columns() -> dict[str, str]:
    """The read_json column types of a batch line (sentence lists prefixed s_,
    attribution lists a_)."""
    columns = {name: kind for name, kind in ARTICLE_FIELDS + _ARTICLE_EXTRA}
    columns |= {f"s_{name}": f"{kind}[]" for name, kind in SENTENCE_BATCH_FIELDS}
    columns |= {f"a_{name}": f"{kind}[]" for name, kind in ATTRIBUTION_BATCH_FIELDS}
    return columns


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_id_for(digest: str) -> str:
    return digest[:16]


def sentence_id_for(digest: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{digest}:{start}:{end}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A source a batch needs: kind, display name, role, domain (outlets)."""

    kind: str
    name: str
    role: str | None
    domain: str | None = None


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article ready for a bulk insert (picklable: it crosses process boundaries)."""

    input: str
    content_hash: str
    article_id: str
    payload: str
    speakers: tuple[Speaker, ...]
    n_sentences: int
    n_claims: int

    def spans(self) -> list[tuple[int, int, str]]:
        """(start, end, text) of each sentence, in order."""
        data = json.loads(self.payload)
        return list(zip(data["s_start_char"], data["s_end_char"], data["s_text"], strict=True))

    def with_sentence_ids(self, ids: Sequence[str]) -> PreparedArticle:
        """The same article with other sentence ids (after matching a re-extraction
        against the sentences already stored)."""
        data = json.loads(self.payload)
        old = data["s_sentence_id"]
        mapping = dict(zip(old, ids, strict=True))
        data["s_sentence_id"] = list(ids)
        data["a_sentence_id"] = [mapping[s] for s in data["a_sentence_id"]]
        payload = json.dumps(data, ensure_ascii=False)
        return PreparedArticle(
            self.input,
            self.content_hash,
            self.article_id,
            payload,
            self.speakers,
            self.n_sentences,
            self.n_claims,
        )


class RecordsError(ValueError):
    """Records that are not CONTRACT.md's article + sentence records."""


def _is_map(value: Any) -> bool:
    return type(value) is dict or isinstance(value, Mapping)


def _span(value: Any, key: str) -> tuple[str | None, int | None, int | None]:
    if value is None:
        return None, None, None
    if not _is_map(value):
        raise RecordsError(f"'{key}' must be an object or null")
    text = value.get("text")
    return (
        str(text) if text is not None else None,
        _opt_int(value.get("start")),
        _opt_int(value.get("end")),
    )


def _parts(value: Any, key: str) -> list[dict[str, Any]] | None:
    """Every part of a cue or act object: its `parts`, else the span itself as the one
    part; None for null."""
    if value is None:
        return None
    text, start, end = _span(value, key)
    given = value.get("parts")
    if given is None or given == []:
        return [{"text": text, "start": start, "end": end}]
    if not isinstance(given, list):
        raise RecordsError(f"'{key}.parts' must be a list")
    parts = []
    for part in given:
        part_text, part_start, part_end = _span(part, f"{key}.parts")
        parts.append({"text": part_text, "start": part_start, "end": part_end})
    return parts


def _opt_int(value: Any) -> int | None:
    if value is None or type(value) is int:
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordsError(f"expected an integer offset, got {value!r}")
    return int(value)


def _opt_str(value: Any) -> str | None:
    if value is None or type(value) is str:
        return value
    return str(value)


def _speaker_parts(speaker: Any) -> tuple[str | None, str | None]:
    """(resolved, role) of a speaker object or null."""
    if not _is_map(speaker):
        return None, None
    return _opt_str(speaker.get("resolved")), _opt_str(speaker.get("role"))


def prepare_records(records: Sequence[Mapping[str, Any]]) -> PreparedArticle:
    """Prepare the records of one input (`Article.to_dict()`, or `claimcheck extract
    --format jsonl` output): an article record, then its sentence records."""
    if not records:
        raise RecordsError("no records")
    article = records[0]
    if not _is_map(article) or article.get("type") != "article":
        raise RecordsError("the first record must be an article record")
    text = article.get("text")
    if not isinstance(text, str) or not text:
        raise RecordsError("the article record has no text")
    language = article.get("language")
    if not isinstance(language, str) or not language:
        raise RecordsError("the article record has no language")
    digest = content_hash(text)
    article_id = article_id_for(digest)
    sentence_cols: list[list[Any]] = [[] for _ in SENTENCE_BATCH_FIELDS]
    attribution_cols: list[list[Any]] = [[] for _ in ATTRIBUTION_BATCH_FIELDS]
    speakers: dict[tuple[str, str], Speaker] = {}
    n_claims = 0
    seen_ids: set[str] = set()

    def source_for(speaker: Any, vague: bool) -> tuple[str | None, str | None]:
        if not _is_map(speaker):
            return None, None
        resolved, role = _speaker_parts(speaker)
        found = classify_speaker(_opt_str(speaker.get("text")), resolved, role=role, vague=vague)
        if found is None:
            return None, None
        kind, name = found
        previous = speakers.get((kind, name))
        if previous is None or (role and not previous.role):
            speakers[(kind, name)] = Speaker(kind, name, role)
        return kind, name

    for number, record in enumerate(records[1:], start=1):
        if not _is_map(record) or record.get("type") != "sentence":
            raise RecordsError(f"record {number + 1} is not a sentence record")
        start, end = record.get("start"), record.get("end")
        if (
            not isinstance(start, int)
            or not isinstance(end, int)
            or not 0 <= start <= end <= len(text)
        ):
            raise RecordsError(f"record {number + 1} has offsets outside the text")
        sentence_id = sentence_id_for(digest, start, end)
        while sentence_id in seen_ids:  # the same span twice: keep both, apart
            sentence_id = hashlib.sha256(sentence_id.encode()).hexdigest()[:16]
        seen_ids.add(sentence_id)
        claim = bool(record.get("claim", False))
        n_claims += claim
        speaker = record.get("speaker")
        sp_text, sp_start, sp_end = _span(speaker, "speaker")
        sp_resolved, sp_role = _speaker_parts(speaker)
        cue_text, cue_start, cue_end = _span(record.get("cue"), "cue")
        cue_parts = _parts(record.get("cue"), "cue")
        act_text, act_start, act_end = _span(record.get("act"), "act")
        act_parts = _parts(record.get("act"), "act")
        _, content_start, content_end = _span(record.get("content"), "content")
        attributions = record.get("attributions") or []
        if not isinstance(attributions, list):
            raise RecordsError(f"record {number + 1}: 'attributions' must be a list")
        vague = bool(record.get("vague_source", False))
        main_vague = (
            bool(attributions[0].get("vague_source", vague))
            if attributions and _is_map(attributions[0])
            else vague
        )
        kind, name = source_for(speaker, main_vague)
        # in the order of SENTENCE_BATCH_FIELDS
        row = (
            sentence_id,
            int(record.get("index", number - 1)),
            int(record.get("paragraph", 0)),
            start,
            end,
            text[start:end],
            claim,
            float(record.get("claim_score", 0.0)),
            _opt_str(record.get("claim_kind")),
            str(record.get("attribution", "unattributed")),
            sp_text,
            sp_start,
            sp_end,
            sp_resolved,
            sp_role,
            cue_text,
            cue_start,
            cue_end,
            content_start,
            content_end,
            vague,
            bool(record.get("hedged", False)),
            str(record.get("explanation", "")),
            cue_parts,
            act_text,
            act_start,
            act_end,
            act_parts,
            kind,
            name,
        )
        for column, value in zip(sentence_cols, row, strict=True):
            column.append(value)
        for ordinal, attribution in enumerate(attributions):
            if not _is_map(attribution):
                raise RecordsError(f"record {number + 1}: an attribution is not an object")
            a_speaker = attribution.get("speaker")
            a_text, a_start, a_end = _span(a_speaker, "speaker")
            a_resolved, a_role = _speaker_parts(a_speaker)
            a_cue, a_cue_start, a_cue_end = _span(attribution.get("cue"), "cue")
            a_act, a_act_start, a_act_end = _span(attribution.get("act"), "act")
            _, a_content_start, a_content_end = _span(attribution.get("content"), "content")
            a_vague = bool(attribution.get("vague_source", False))
            a_kind, a_name = source_for(a_speaker, a_vague)
            # in the order of ATTRIBUTION_BATCH_FIELDS
            a_row = (
                sentence_id,
                ordinal,
                str(attribution.get("attribution", "unattributed")),
                a_text,
                a_start,
                a_end,
                a_resolved,
                a_role,
                a_cue,
                a_cue_start,
                a_cue_end,
                a_content_start,
                a_content_end,
                a_vague,
                _parts(attribution.get("cue"), "cue"),
                a_act,
                a_act_start,
                a_act_end,
                _parts(attribution.get("act"), "act"),
                a_kind,
                a_name,
            )
            for column, value in zip(attribution_cols, a_row, strict=True):
                column.append(value)

    outlet = outlet_identity(_opt_str(article.get("outlet")), _opt_str(article.get("url")))
    if outlet is not None:
        speakers[("outlet", outlet[0])] = Speaker("outlet", outlet[0], None, outlet[1])
    data: dict[str, Any] = {
        "article_id": article_id,
        "content_hash": digest,
        "input": str(article.get("input") or ""),
        "url": _opt_str(article.get("url")),
        "title": _opt_str(article.get("title")),
        "outlet": _opt_str(article.get("outlet")),
        "author": _opt_str(article.get("author")),
        "published": _opt_str(article.get("published")),
        "language": language,
        "text": text,
        "outlet_name": outlet[0] if outlet else None,
        "outlet_domain": outlet[1] if outlet else None,
    }
    for (field, _), column in zip(SENTENCE_BATCH_FIELDS, sentence_cols, strict=True):
        data[f"s_{field}"] = column
    for (field, _), column in zip(ATTRIBUTION_BATCH_FIELDS, attribution_cols, strict=True):
        data[f"a_{field}"] = column
    return PreparedArticle(
        input=data["input"],
        content_hash=digest,
        article_id=article_id,
        payload=json.dumps(data, ensure_ascii=False),
        speakers=tuple(speakers.values()),
        n_sentences=len(records) - 1,
        n_claims=n_claims,
    )


def prepare_article(article: Article | Sequence[Mapping[str, Any]]) -> PreparedArticle:
    """Prepare an `Article` (every sentence) or the records of one input."""
    if isinstance(article, Article):
        return prepare_records(article.to_dict(all_sentences=True))
    return prepare_records(article)


# --- re-extraction: finding the old sentences again -------------------------------------


@dataclass(frozen=True, slots=True)
class OldSentence:
    sentence_id: str
    start: int
    end: int
    text: str


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def match_sentences(
    old: Sequence[OldSentence], new: Sequence[tuple[int, int, str]]
) -> dict[int, str]:
    """Which old sentence each new sentence is (by text and position).

    Returns {index into `new`: old sentence_id}. In order: the same span; the same
    text (white space aside), nearest first; then the largest overlap that covers at
    least half of the longer of the two. Each old sentence is used at most once.
    """
    matched: dict[int, str] = {}
    used: set[str] = set()
    by_span = {(o.start, o.end): o for o in old}
    for i, (start, end, _text) in enumerate(new):
        hit = by_span.get((start, end))
        if hit is not None and hit.sentence_id not in used:
            matched[i] = hit.sentence_id
            used.add(hit.sentence_id)
    pairs = []
    by_text: dict[str, list[OldSentence]] = {}
    for o in old:
        if o.sentence_id not in used:
            by_text.setdefault(_squash(o.text), []).append(o)
    for i, (start, _end, text) in enumerate(new):
        if i in matched:
            continue
        for o in by_text.get(_squash(text), ()):
            pairs.append((abs(o.start - start), i, o.sentence_id))
    for _distance, i, sentence_id in sorted(pairs):
        if i not in matched and sentence_id not in used:
            matched[i] = sentence_id
            used.add(sentence_id)
    overlaps = []
    remaining = [o for o in old if o.sentence_id not in used]
    for i, (start, end, _text) in enumerate(new):
        if i in matched:
            continue
        for o in remaining:
            overlap = min(end, o.end) - max(start, o.start)
            longer = max(end - start, o.end - o.start, 1)
            if overlap > 0 and overlap * 2 >= longer:
                overlaps.append((-overlap / longer, i, o.sentence_id))
    for _score, i, sentence_id in sorted(overlaps):
        if i not in matched and sentence_id not in used:
            matched[i] = sentence_id
            used.add(sentence_id)
    return matched
