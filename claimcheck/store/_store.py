"""The annotation store: articles, sentences, sources and reviewers' annotations in
one DuckDB file.

`Store` is the whole API. It never keeps the database open: every method opens it,
runs one short transaction and closes it again (see `_connection`), so that other
processes (`claimcheck sql`, `export`, a second terminal) can use the file between
two calls. Every method may be called from any thread.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any, cast

import duckdb

from .. import __version__
from .._files import FileProblem, read_regular_file
from .._model import Article, Span
from . import _journal
from ._connection import (
    CATALOG,
    Session,
    check_file,
    describe_error,
    first_line,
    host,
    open_session,
    process_lock,
    quote_literal,
)
from ._errors import (
    NotFoundError,
    QueryError,
    ReadOnlyLocationError,
    StoreError,
    StoreLockedError,
)
from ._paths import (
    clean_reviewer,
    is_default_path,
    lock_timeout,
    resolve_db_path,
    resolve_reviewer,
)
from ._prepare import (
    ATTRIBUTION_BATCH_FIELDS,
    SENTENCE_BATCH_FIELDS,
    OldSentence,
    PreparedArticle,
    Speaker,
    batch_columns,
    match_sentences,
    prepare_article,
    sentence_id_for,
)
from ._schema import (
    ANNOTATED,
    ARTICLE_FIELDS,
    latest_version,
    read_meta,
    refresh_state,
    schema_state,
    upgrade,
)
from ._sources import SourceIndex, domain_of
from ._types import (
    ATTRIBUTION_KINDS,
    INDEPENDENCE,
    UNCHANGED,
    VERDICTS,
    AddResult,
    AgreementRow,
    Annotation,
    ArticleInfo,
    AttributionKind,
    ImportResult,
    Independence,
    MergeResult,
    QueryResult,
    SourceInfo,
    SourceKind,
    SourceRating,
    StoredSentence,
    StoreInfo,
    Unchanged,
    UnmatchedAnnotations,
    Verdict,
)

ANNOTATION_FIELDS = (
    "verdict",
    "source_credibility",
    "note",
    "corrected_attribution",
    "corrected_speaker",
)

DEFAULT_BATCH = 500

_SENTENCE_COLUMNS = (
    "s.sentence_id, s.article_id, s.sentence_index, s.paragraph, s.start_char, s.end_char, "
    "s.text, s.claim, s.claim_score, s.claim_kind, s.attribution, s.speaker_text, "
    "s.speaker_start, s.speaker_end, s.speaker_resolved, s.speaker_role, s.cue_text, "
    "s.cue_start, s.cue_end, s.content_start, s.content_end, s.vague_source, s.hedged, "
    "s.explanation, sc.canonical_id, s.retired, s.cue_parts, s.act_text, s.act_start, "
    "s.act_end, s.act_parts"
)

_ANNOTATION_COLUMNS = (
    "annotation_id, sentence_id, article_id, reviewer, verdict, source_credibility, note, "
    "corrected_attribution, corrected_speaker, created_at, action, undoes"
)

_STATE_COLUMNS = (
    "annotation_id, sentence_id, article_id, reviewer, verdict, source_credibility, note, "
    "corrected_attribution, corrected_speaker, annotated_at, 'annotate', NULL::UUID"
)

_SOURCE_COLUMNS = (
    "source_id, kind, name, role, aliases, domain, credibility, independence, "
    "note, rated_by, rated_at, n_claims, n_articles"
)


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def _parts(value: Sequence[Mapping[str, Any]] | None) -> tuple[Span, ...]:
    return tuple(
        Span(p["start"], p["end"], p["text"] or "")
        for p in value or ()
        if p["start"] is not None and p["end"] is not None
    )


def _act(text: str | None, start: int | None, end: int | None, parts: Any) -> Span | None:
    if text is None or start is None or end is None:
        return None
    pieces = _parts(parts)
    return Span(start, end, text, pieces if len(pieces) > 1 else ())


def _sentence(row: Sequence[Any]) -> StoredSentence:
    speaker = row[14] or row[11]
    return StoredSentence(
        sentence_id=row[0],
        article_id=row[1],
        index=row[2],
        paragraph=row[3],
        start=row[4],
        end=row[5],
        text=row[6],
        claim=row[7],
        claim_score=row[8],
        claim_kind=row[9],
        attribution=row[10],
        speaker=speaker,
        speaker_text=row[11],
        speaker_start=row[12],
        speaker_end=row[13],
        speaker_resolved=row[14],
        speaker_role=row[15],
        cue_text=row[16],
        cue_start=row[17],
        cue_end=row[18],
        content_start=row[19],
        content_end=row[20],
        vague_source=row[21],
        hedged=row[22],
        explanation=row[23],
        source_id=row[24],
        retired=row[25],
        cue_parts=_parts(row[26]),
        act=_act(row[27], row[28], row[29], row[30]),
    )


def _annotation(
    row: Sequence[Any], *, retracted: bool = False, pending: bool = False
) -> Annotation:
    return Annotation(
        annotation_id=row[0],
        sentence_id=row[1],
        article_id=row[2],
        reviewer=row[3],
        verdict=row[4],
        source_credibility=row[5],
        note=row[6],
        corrected_attribution=row[7],
        corrected_speaker=row[8],
        created_at=_utc(row[9]),
        action=row[10],
        undoes=row[11],
        retracted=retracted,
        pending=pending,
    )


def _source_info(row: Sequence[Any]) -> SourceInfo:
    return SourceInfo(
        source_id=row[0],
        kind=row[1],
        name=row[2],
        role=row[3],
        aliases=tuple(row[4] or ()),
        domain=row[5],
        credibility=row[6],
        independence=row[7],
        note=row[8],
        rated_by=row[9],
        rated_at=_utc(row[10]) if row[10] is not None else None,
        n_claims=int(row[11]),
        n_articles=int(row[12]),
    )


def _article_info(row: Sequence[Any]) -> ArticleInfo:
    return ArticleInfo(
        article_id=row[0],
        input=row[1],
        url=row[2],
        title=row[3],
        outlet=row[4],
        author=row[5],
        published=row[6],
        language=row[7],
        content_hash=row[8],
        added_at=_utc(row[9]),
        extracted_at=_utc(row[10]),
        outlet_source_id=row[11],
        n_sentences=int(row[12]),
        n_claims=int(row[13]),
        n_annotated=int(row[14]),
    )


_ARTICLE_SELECT = """
    SELECT article_id, input, url, title, outlet, author, published, language, content_hash,
           added_at, extracted_at, outlet_source_id, n_sentences, n_claims, n_annotated
    FROM articles_v
"""


def _check_verdict(value: Any) -> Verdict | None:
    if value is None:
        return None
    if value not in VERDICTS:
        raise ValueError(f"unknown verdict {value!r} (one of: {', '.join(VERDICTS)})")
    return cast(Verdict, value)


def _check_credibility(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValueError(f"credibility must be 1 to 5 or None (unrated), not {value!r}")
    return value


def _check_attribution(value: Any) -> AttributionKind | None:
    if value is None:
        return None
    if value not in ATTRIBUTION_KINDS:
        raise ValueError(f"unknown attribution {value!r} (one of: {', '.join(ATTRIBUTION_KINDS)})")
    return cast(AttributionKind, value)


def _check_independence(value: Any) -> Independence:
    if value not in INDEPENDENCE:
        raise ValueError(f"independence must be one of {', '.join(INDEPENDENCE)}, not {value!r}")
    return cast(Independence, value)


def _opt_text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


_CHECKS = {
    "verdict": _check_verdict,
    "source_credibility": _check_credibility,
    "note": _opt_text,
    "corrected_attribution": _check_attribution,
    "corrected_speaker": _opt_text,
}


class Store:
    """An annotation store in one DuckDB file.

    Open it with `Store.open()`; the object holds no connection, only the path, the
    default reviewer and the lock timeout, so it is cheap to keep and safe to share
    between threads. Each method opens the file, does one transaction and closes it.
    Errors are `StoreError` subclasses whose message is one line.

        store = Store.open()                       # --db / $CLAIMCHECK_DB / default
        for article in store.list_articles():
            for claim in store.claims_for(article.article_id):
                store.record_annotation(claim.sentence_id, verdict="refuted")
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        reviewer: str | None = None,
        lock_timeout_s: float | None = None,
        defer_checkpoints: bool = False,
    ) -> None:
        self.path = Path(os.fspath(path))
        self.what = str(self.path)
        self.reviewer = resolve_reviewer(reviewer)
        self.lock_timeout = lock_timeout(lock_timeout_s)
        # see `checkpoint`: the small writes of reviewing may leave the log to it
        self.defer_checkpoints = defer_checkpoints
        # the article of each sentence seen, for annotations that must wait in the journal
        self._article_of: dict[str, str] = {}
        # the last current annotation seen per (sentence, reviewer), the base on which an
        # annotation that must wait in the journal is shown
        self._last_known: dict[tuple[str, str], Annotation] = {}
        # the source index of the last `add` batch and its stamp (see _cached_source_index)
        self._source_cache: tuple[tuple[Any, ...], SourceIndex] | None = None
        self._pending_cache: tuple[tuple[Any, ...], SourceIndex] | None = None

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        reviewer: str | None = None,
        create: bool = True,
        lock_timeout_s: float | None = None,
        defer_checkpoints: bool = False,
    ) -> Store:
        """The store at `path` (else $CLAIMCHECK_DB, else the user data directory).

        A missing file is created when `create` is true (else NotFoundError); an
        older schema is upgraded; a newer one, a file that is not a claimcheck
        database, or a lock held longer than `lock_timeout_s` (default 5 s,
        $CLAIMCHECK_LOCK_TIMEOUT) raise a StoreError with a one-line message.
        `reviewer` defaults to $CLAIMCHECK_REVIEWER, else the login name.
        `defer_checkpoints`: see `checkpoint`.
        """
        store = cls(
            resolve_db_path(path),
            reviewer=reviewer,
            lock_timeout_s=lock_timeout_s,
            defer_checkpoints=defer_checkpoints,
        )
        store.check(create=create)
        return store

    def exists(self) -> bool:
        """Whether the database file exists (it is created by the first write)."""
        return self.path.exists()

    def check(self, *, create: bool = False) -> int:
        """Make sure the file is a usable store (creating or upgrading it as needed);
        returns its schema version."""
        if not self.path.exists():
            if not create:
                raise self._no_database()
            with self._writing():
                pass
            return latest_version()
        with self._reading():
            pass
        return latest_version()

    def _no_database(self) -> NotFoundError:
        return NotFoundError(
            self.what,
            "no claimcheck database here yet (add articles with `claimcheck add`, or give --db)",
        )

    def _prepare_location(self) -> None:
        parent = self.path.parent
        if parent.exists() or not is_default_path(self.path):
            return
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise describe_error(exc, str(parent)) from None

    @contextmanager
    def _writing(self, timeout: float | None = None, *, small: bool = False) -> Iterator[Session]:
        """The database attached read-write, at the current schema, with the pending
        journal replayed. A `small` write (one annotation or rating) skips the
        checkpoint when the store defers checkpoints."""
        check_file(self.path)
        self._prepare_location()
        wait = self.lock_timeout if timeout is None else timeout
        checkpoint = not (small and self.defer_checkpoints)
        with open_session(self.path, write=True, timeout=wait, checkpoint=checkpoint) as session:
            version = schema_state(session.conn, CATALOG, self.what)
            if version < latest_version():
                upgrade(session.conn, CATALOG, self.what, version)
            if _journal.has_entries(self.path):
                self._replay_journal(session)
            yield session

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        """The database attached read-only (upgraded first if it is older)."""
        if not self.path.exists():
            raise self._no_database()
        check_file(self.path)
        if _journal.has_entries(self.path):
            try:  # best effort: pending annotations become visible to readers
                with self._writing(timeout=min(self.lock_timeout, 0.2)):
                    pass
            except StoreError:
                pass
        for attempt in range(2):
            with open_session(self.path, write=False, timeout=self.lock_timeout) as session:
                version = schema_state(session.conn, CATALOG, self.what)
                if version == latest_version():
                    yield session
                    return
            if attempt:
                break
            try:
                with self._writing():  # empty or older: create or upgrade, then read
                    pass
            except ReadOnlyLocationError as exc:
                raise ReadOnlyLocationError(
                    self.what,
                    f"has schema {version} and must be upgraded to schema "
                    f"{latest_version()} first, but {exc.reason}",
                ) from None
        raise StoreError(self.what, "could not be brought to the current schema")

    def info(self) -> StoreInfo:
        """Schema version, id and row counts of the database."""
        with self._reading() as s:
            meta = read_meta(s.conn, CATALOG)
            counts = s.fetchone(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences), "
                "(SELECT count(*) FROM sources WHERE merged_into IS NULL), "
                "(SELECT count(*) FROM annotations)"
            )
        assert counts is not None
        return StoreInfo(
            path=self.what,
            schema_version=int(meta["schema_version"]),
            store_id=meta["store_id"],
            created_at=meta["created_at"],
            articles=counts[0],
            sentences=counts[1],
            sources=counts[2],
            annotations=counts[3],
            pending=len(_journal.read(self.path)),
        )

    # --- articles and sentences -------------------------------------------------------

    def known_hashes(self) -> set[str]:
        """The content hashes of the stored articles (an empty set if there is no file)."""
        if not self.path.exists():
            return set()
        with self._reading() as s:
            return {r[0] for r in s.fetchall("SELECT content_hash FROM articles")}

    def add_articles(
        self,
        articles: Iterable[Article | Sequence[Mapping[str, Any]]],
        *,
        update: bool = False,
        batch_size: int = DEFAULT_BATCH,
    ) -> AddResult:
        """Store analysed articles: `Article` objects, or the records of one input each
        (`Article.to_dict()`, `claimcheck extract --format jsonl --all`).

        An article already stored (same text, by content hash) is skipped, unless
        `update`: then its sentences are replaced by the new ones, and every sentence
        that has annotations is matched to a new sentence by position and text and
        keeps its id (so its annotations stay attached). Annotations whose sentence
        cannot be found again are kept on the old sentence, marked retired, and listed
        in `AddResult.unmatched`. Articles are written in batches of whole articles,
        one transaction each.
        """
        result = AddResult()
        batch: list[PreparedArticle] = []
        for article in articles:
            batch.append(prepare_article(article))
            if len(batch) >= batch_size:
                result.extend(self.add_prepared(batch, update=update))
                batch = []
        if batch:
            result.extend(self.add_prepared(batch, update=update))
        return result

    def add_prepared(self, batch: Sequence[PreparedArticle], *, update: bool = False) -> AddResult:
        """Store articles prepared by `_prepare.prepare_article` in one transaction."""
        result = AddResult()
        unique: dict[str, PreparedArticle] = {}
        for prepared in batch:
            if prepared.content_hash in unique:
                result.skipped.append(prepared.input)
            else:
                unique[prepared.content_hash] = prepared
        if not unique:
            return result
        items = list(unique.values())
        with tempfile.TemporaryDirectory(prefix="claimcheck-") as tmp:
            batch_file = Path(tmp) / "batch.jsonl"
            try:
                _write_lines(batch_file, (p.payload for p in items))
            except OSError as exc:
                raise describe_error(exc, "temporary batch file") from None
            with process_lock():  # the source cache belongs to one batch at a time
                # parsed before the database is opened, so that it is held for less time
                _load_batch(host(), batch_file, items)
                try:
                    self._pending_cache = None
                    with self._writing() as s, s.transaction():
                        self._insert_batch(s, items, batch_file, update, result)
                    # committed: the index now matches the database
                    self._source_cache, self._pending_cache = self._pending_cache, None
                finally:
                    host().execute("DROP TABLE IF EXISTS temp.cc_batch")
        return result

    def _insert_batch(
        self,
        s: Session,
        items: list[PreparedArticle],
        batch_file: Path,
        update: bool,
        result: AddResult,
    ) -> None:
        hashes = [p.content_hash for p in items]
        existing = {
            r[0]: r[1]
            for r in s.fetchall(
                "SELECT content_hash, added_at FROM articles "
                "WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))",
                [hashes],
            )
        }
        fresh = [p for p in items if p.content_hash not in existing]
        redo = [p for p in items if p.content_hash in existing] if update else []
        result.skipped += [p.input for p in items if p.content_hash in existing and not update]
        if not fresh and not redo:
            return
        if redo:
            redo = self._rematch(s, redo, result)
            _write_lines(batch_file, (p.payload for p in fresh + redo))
            _load_batch(s.conn, batch_file, fresh + redo)
            s.execute(
                "DELETE FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                [[p.article_id for p in redo]],
            )
        skipped = [p.content_hash for p in items if p.content_hash in existing and not update]
        if skipped:
            s.execute(
                "DELETE FROM temp.cc_batch WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))",
                [skipped],
            )
        speaker_map = self._resolve_speakers(s, [sp for p in fresh + redo for sp in p.speakers])
        kinds, names, domains, ids = (
            (list(col) for col in zip(*speaker_map, strict=True))
            if speaker_map
            else ([], [], [], [])
        )
        now = _now()
        article_cols = ", ".join(name for name, _ in ARTICLE_FIELDS)
        s.execute(
            f"""
            INSERT INTO articles ({article_cols}, outlet_source_id, added_at,
                                  extracted_at, extracted_with)
            SELECT {", ".join("b." + name for name, _ in ARTICLE_FIELDS)},
                   m.source_id, ?, ?, ?
            FROM temp.cc_batch b
            LEFT JOIN (SELECT unnest(?::VARCHAR[]) AS kind, unnest(?::VARCHAR[]) AS name,
                              unnest(?::VARCHAR[]) AS domain, unnest(?::VARCHAR[]) AS source_id
                      ) m ON m.kind = 'outlet' AND m.name = b.outlet_name
                         AND m.domain IS NOT DISTINCT FROM b.outlet_domain
        """,
            [now, now, __version__, kinds, names, domains, ids],
        )
        if redo:  # a re-extracted article keeps the time it was first added
            s.execute(
                "UPDATE articles SET added_at = u.added_at "
                "FROM (SELECT unnest(?::VARCHAR[]) AS article_id, "
                "unnest(?::TIMESTAMPTZ[]) AS added_at) u "
                "WHERE articles.article_id = u.article_id",
                [[p.article_id for p in redo], [existing[p.content_hash] for p in redo]],
            )
        self._insert_rows(
            s, "sentences", SENTENCE_BATCH_FIELDS, "s_", kinds, names, ids, with_article=True
        )
        self._insert_rows(
            s,
            "attributions",
            ATTRIBUTION_BATCH_FIELDS,
            "a_",
            kinds,
            names,
            ids,
            with_article=False,
        )
        result.added += [p.article_id for p in fresh]
        result.updated += [p.article_id for p in redo]
        result.sentences += sum(p.n_sentences for p in fresh + redo)
        result.claims += sum(p.n_claims for p in fresh + redo)

    @staticmethod
    def _insert_rows(
        s: Session,
        table: str,
        fields: tuple[tuple[str, str], ...],
        prefix: str,
        kinds: list[str],
        names: list[str],
        ids: list[str],
        *,
        with_article: bool,
    ) -> None:
        own = [name for name, _ in fields if name not in ("source_kind", "source_name")]
        unnests = ", ".join(f"unnest(b.{prefix}{name}) AS {name}" for name, _ in fields)
        article = "b.article_id, " if with_article else ""
        target = ("article_id, " if with_article else "") + ", ".join(own) + ", source_id"
        s.execute(
            f"""
            INSERT INTO {table} ({target})
            SELECT {"x.article_id, " if with_article else ""}
                   {", ".join("x." + name for name in own)}, m.source_id
            FROM (SELECT {article}{unnests} FROM temp.cc_batch b) x
            LEFT JOIN (SELECT unnest(?::VARCHAR[]) AS kind, unnest(?::VARCHAR[]) AS name,
                              unnest(?::VARCHAR[]) AS source_id) m
                   ON m.kind = x.source_kind AND m.name = x.source_name
        """,
            [kinds, names, ids],
        )

    def _rematch(
        self, s: Session, batch: list[PreparedArticle], result: AddResult
    ) -> list[PreparedArticle]:
        """Give the re-extracted articles' sentences the ids of the stored sentences they
        match; delete the stored sentences, except those with annotations that match
        nothing, which are kept as retired. A few statements for the whole batch: one
        per article made `add --update` cost 70-90 ms an article with 1M annotations."""
        article_ids = [p.article_id for p in batch]
        rows = s.fetchall(
            """
            WITH old AS (SELECT rowid AS r, sentence_id, article_id, start_char, end_char,
                                text, retired
                         FROM sentences WHERE article_id IN (SELECT unnest(?::VARCHAR[])))
            SELECT old.article_id, old.sentence_id, old.start_char, old.end_char, old.text,
                   old.retired, coalesce(n.annotations, 0)
            FROM old
            LEFT JOIN (SELECT a.sentence_id, count(*) AS annotations
                       FROM annotations a SEMI JOIN old USING (sentence_id)
                       GROUP BY a.sentence_id) n USING (sentence_id)
            ORDER BY old.r
        """,
            [article_ids],
        )
        by_article: dict[str, list[tuple[Any, ...]]] = {}
        for row in rows:
            by_article.setdefault(row[0], []).append(row[1:])
        renamed: list[PreparedArticle] = []
        keep_ids: list[str] = []
        for prepared in batch:
            stored = by_article.get(prepared.article_id, [])
            old = [OldSentence(r[0], r[1], r[2], r[3]) for r in stored]
            new = prepared.spans()
            matched = match_sentences(old, new)
            taken = {r[0] for r in stored}
            ids: list[str] = []
            for i, (start, end, _text) in enumerate(new):
                if i in matched:
                    ids.append(matched[i])
                    continue
                candidate = sentence_id_for(prepared.content_hash, start, end)
                while candidate in taken:
                    candidate = sentence_id_for(candidate, start, end)
                taken.add(candidate)
                ids.append(candidate)
            used = set(matched.values())
            keep = [r for r in stored if r[0] not in used and r[5] > 0]
            keep_ids += [r[0] for r in keep]
            result.unmatched += [
                UnmatchedAnnotations(prepared.article_id, r[0], r[3], int(r[5])) for r in keep
            ]
            renamed.append(prepared.with_sentence_ids(ids))
        s.execute(
            "DELETE FROM attributions WHERE sentence_id IN (SELECT sentence_id FROM "
            "sentences WHERE article_id IN (SELECT unnest(?::VARCHAR[]))) AND sentence_id "
            "NOT IN (SELECT unnest(?::VARCHAR[]))",
            [article_ids, keep_ids],
        )
        s.execute(
            "DELETE FROM sentences WHERE article_id IN (SELECT unnest(?::VARCHAR[])) "
            "AND sentence_id NOT IN (SELECT unnest(?::VARCHAR[]))",
            [article_ids, keep_ids],
        )
        if keep_ids:
            s.execute(
                "UPDATE sentences SET retired = true "
                "WHERE sentence_id IN (SELECT unnest(?::VARCHAR[]))",
                [keep_ids],
            )
        return renamed

    def _resolve_speakers(
        self, s: Session, speakers: Sequence[Speaker]
    ) -> list[tuple[str, str, str | None, str]]:
        """Source ids for (kind, name, domain) of each speaker and outlet, creating the
        sources that do not exist yet; returns (kind, name, domain, source_id) rows."""
        if not speakers:
            return []
        index = self._cached_source_index(s)
        mapping: dict[tuple[str, str, str | None], str] = {}
        # a speaker is named many times in a batch; resolving the same mention again
        # would find the same source and teach the index nothing new
        for kind, name, role, domain in dict.fromkeys(
            (sp.kind, sp.name, sp.role, sp.domain) for sp in speakers
        ):
            source_id = index.resolve(cast(SourceKind, kind), name, role=role, domain=domain)
            mapping.setdefault((kind, name, domain), source_id)
        stamp = self._write_sources(s, index)
        self._pending_cache = (stamp, index)
        return [(k, n, d, i) for (k, n, d), i in mapping.items()]

    def _cached_source_index(self, s: Session) -> SourceIndex:
        """The source index, reused from the last batch while no other writer changed the
        sources (each write of sources sets a new meta 'sources_version')."""
        cached, self._source_cache = self._source_cache, None
        if cached is not None and cached[0] == self._sources_stamp(s):
            return cached[1]
        return self._source_index(s)

    @staticmethod
    def _sources_stamp(s: Session) -> tuple[Any, ...]:
        row = s.fetchone(
            "SELECT (SELECT value FROM meta WHERE key = 'sources_version'), "
            "(SELECT count(*) FROM sources)"
        )
        assert row is not None
        return tuple(row)

    @staticmethod
    def _source_index(s: Session) -> SourceIndex:
        return SourceIndex.from_rows(
            s.fetchall(
                "SELECT source_id, kind, name, role, aliases, domain, merged_into FROM sources"
            )
        )

    @classmethod
    def _write_sources(cls, s: Session, index: SourceIndex) -> tuple[Any, ...]:
        """Insert the index's new sources and update its changed ones; returns the
        sources stamp afterwards."""
        new = index.new_records()
        if new:
            s.execute(
                """
                INSERT INTO sources (source_id, kind, name, role, aliases, domain,
                                     merged_into, created_at)
                SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
                       unnest(?::VARCHAR[]), unnest(?::VARCHAR[][]), unnest(?::VARCHAR[]),
                       unnest(?::VARCHAR[]), ?
            """,
                [
                    [r.source_id for r in new],
                    [r.kind for r in new],
                    [r.name for r in new],
                    [r.role for r in new],
                    [r.aliases for r in new],
                    [r.domain for r in new],
                    [r.merged_into for r in new],
                    _now(),
                ],
            )
        changed = index.changed_records()
        if changed:
            s.execute(
                """
                UPDATE sources SET name = u.name, role = u.role, aliases = u.aliases,
                                   domain = u.domain, merged_into = u.merged_into
                FROM (SELECT unnest(?::VARCHAR[]) AS source_id, unnest(?::VARCHAR[]) AS name,
                             unnest(?::VARCHAR[]) AS role, unnest(?::VARCHAR[][]) AS aliases,
                             unnest(?::VARCHAR[]) AS domain,
                             unnest(?::VARCHAR[]) AS merged_into) u
                WHERE sources.source_id = u.source_id
            """,
                [
                    [r.source_id for r in changed],
                    [r.name for r in changed],
                    [r.role for r in changed],
                    [r.aliases for r in changed],
                    [r.domain for r in changed],
                    [r.merged_into for r in changed],
                ],
            )
        if new or changed:
            s.execute(
                "INSERT OR REPLACE INTO meta VALUES ('sources_version', ?)", [uuid.uuid4().hex]
            )
        for record in index.records.values():
            record.new = record.changed = False
        return cls._sources_stamp(s)

    def list_articles(
        self,
        *,
        outlet: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleInfo]:
        """Stored articles, newest first; `outlet` filters by outlet name (exact, any
        case), `search` by a piece of title, input or URL."""
        where, params = [], []
        if outlet:
            where.append("lower(outlet) = lower(?)")
            params.append(outlet)
        if search:
            # contains(), not ILIKE: a % or _ in the search is text, not a wildcard
            where.append(
                "(contains(lower(title), ?) OR contains(lower(input), ?) "
                "OR contains(lower(url), ?))"
            )
            params += [search.lower()] * 3
        sql = _ARTICLE_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY added_at DESC, article_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        with self._reading() as s:
            return [_article_info(r) for r in s.fetchall(sql, params)]

    def get_article(self, ref: str) -> ArticleInfo:
        """The article with this id, a unique prefix of it (at least 4 characters), or
        this input name or URL. NotFoundError if none or several match."""
        with self._reading() as s:
            return self._get_article(s, ref)

    def _get_article(self, s: Session, ref: str) -> ArticleInfo:
        article_id = self._article_id(s, ref)
        row = s.fetchone(_ARTICLE_SELECT + " WHERE article_id = ?", [article_id])
        assert row is not None
        return _article_info(row)

    @staticmethod
    def _article_id(s: Session, ref: str) -> str:
        """The id of the article `ref` names: an id, a unique id prefix, an input or URL."""
        ref = ref.strip()
        if not ref:
            raise NotFoundError("''", "names no article (give an article id, input name or URL)")
        rows = s.fetchall("SELECT article_id FROM articles WHERE article_id = ?", [ref])
        if not rows and len(ref) >= 4:
            rows = s.fetchall(
                "SELECT article_id FROM articles WHERE starts_with(article_id, ?)", [ref.lower()]
            )
        if not rows:
            rows = s.fetchall(
                "SELECT article_id FROM articles WHERE input = ? OR url = ?", [ref, ref]
            )
        if not rows:
            raise NotFoundError(ref, "no such article (see `claimcheck articles`)")
        if len(rows) > 1:
            raise NotFoundError(ref, f"matches {len(rows)} articles; give more of the id")
        return str(rows[0][0])

    def article_text(self, article_id: str) -> str:
        """The text of an article: what every offset of its sentences refers to."""
        with self._reading() as s:
            text = s.scalar("SELECT text FROM articles WHERE article_id = ?", [article_id])
        if text is None:
            raise NotFoundError(article_id, "no such article")
        return str(text)

    def claims_for(
        self, article: str, *, all_sentences: bool = False, include_retired: bool = False
    ) -> list[StoredSentence]:
        """The claims of an article (id, id prefix, input or URL), in text order; with
        `all_sentences` every body sentence; with `include_retired` also sentences a
        re-extraction no longer found that keep annotations."""
        with self._reading() as s:
            article_id = self._article_id(s, article)
            where = ["s.article_id = ?"]
            if not all_sentences:
                where.append("s.claim")
            if not include_retired:
                where.append("NOT s.retired")
            rows = s.fetchall(
                f"SELECT {_SENTENCE_COLUMNS} FROM sentences s "
                "LEFT JOIN source_canonical sc ON sc.source_id = s.source_id "
                f"WHERE {' AND '.join(where)} ORDER BY s.retired, s.start_char, s.end_char",
                [article_id],
            )
        sentences = [_sentence(r) for r in rows]
        self._article_of.update((x.sentence_id, x.article_id) for x in sentences)
        return sentences

    def sentence(self, sentence_id: str) -> StoredSentence:
        """One sentence by its id (retired ones included)."""
        with self._reading() as s:
            row = s.fetchone(
                f"SELECT {_SENTENCE_COLUMNS} FROM sentences s "
                "LEFT JOIN source_canonical sc ON sc.source_id = s.source_id "
                "WHERE s.sentence_id = ?",
                [sentence_id],
            )
        if row is None:
            raise NotFoundError(sentence_id, "no such sentence")
        found = _sentence(row)
        self._article_of[found.sentence_id] = found.article_id
        return found

    # --- sources ----------------------------------------------------------------------

    def list_sources(
        self,
        *,
        kind: SourceKind | None = None,
        search: str | None = None,
        unrated: bool = False,
        limit: int | None = None,
    ) -> list[SourceInfo]:
        """Sources with their current rating and claim counts, most claims first."""
        where: list[str] = []
        params: list[Any] = []
        if kind:
            where.append("kind = ?")
            params.append(kind)
        if search:
            where.append(
                "(contains(lower(name), ?) OR contains(lower(domain), ?) OR EXISTS (SELECT 1 "
                "FROM (SELECT unnest(aliases) AS alias) WHERE contains(lower(alias), ?)))"
            )
            params += [search.lower()] * 3
        if unrated:
            where.append("credibility IS NULL")
        sql = f"SELECT {_SOURCE_COLUMNS} FROM sources_v"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY n_claims DESC, name, source_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._reading() as s:
            return [_source_info(r) for r in s.fetchall(sql, params)]

    def get_source(self, ref: str) -> SourceInfo:
        """A source by id, name or alias (any case) or, for outlets, domain."""
        with self._reading() as s:
            return self._source_info(s, self._find_source(s, ref))

    def _find_source(self, s: Session, ref: str) -> str:
        ref = ref.strip()
        row = s.fetchone("SELECT canonical_id FROM source_canonical WHERE source_id = ?", [ref])
        if row is not None:
            return str(row[0])
        rows = s.fetchall(
            """
            SELECT DISTINCT c.canonical_id FROM sources src
            JOIN source_canonical c USING (source_id)
            WHERE lower(src.name) = lower(?) OR lower(src.domain) = lower(?)
               OR EXISTS (SELECT 1 FROM (SELECT unnest(src.aliases) AS alias)
                          WHERE lower(alias) = lower(?))
        """,
            [ref, domain_of(ref) or ref, ref],
        )
        if not rows:
            if not ref.strip():
                raise NotFoundError("''", "names no source (give a source id, name or domain)")
            raise NotFoundError(ref, "no such source (see `claimcheck sources`)")
        if len(rows) > 1:
            ids = ", ".join(sorted(r[0] for r in rows))
            raise NotFoundError(ref, f"is the name of several sources ({ids}); use an id")
        return str(rows[0][0])

    @staticmethod
    def _source_info(s: Session, source_id: str) -> SourceInfo:
        row = s.fetchone(
            f"SELECT {_SOURCE_COLUMNS} FROM sources_v WHERE source_id = ?", [source_id]
        )
        if row is None:
            raise NotFoundError(source_id, "no such source")
        return _source_info(row)

    def source_for(self, sentence_id: str) -> SourceInfo | None:
        """The source behind a sentence: its speaker's source, or, for a sentence in the
        article's own voice, the outlet. None if neither is known."""
        with self._reading() as s:
            row = s.fetchone(
                """
                SELECT coalesce(sc.canonical_id,
                                CASE WHEN s.attribution = 'unattributed'
                                     THEN oc.canonical_id END)
                FROM sentences s JOIN articles a USING (article_id)
                LEFT JOIN source_canonical sc ON sc.source_id = s.source_id
                LEFT JOIN source_canonical oc ON oc.source_id = a.outlet_source_id
                WHERE s.sentence_id = ?
            """,
                [sentence_id],
            )
            if row is None:
                raise NotFoundError(sentence_id, "no such sentence")
            if row[0] is None:
                return None
            return self._source_info(s, row[0])

    def rate_source(
        self,
        source: str,
        *,
        credibility: int | None,
        independence: Independence = "unknown",
        note: str | None = None,
        reviewer: str | None = None,
        origin: str = "review",
    ) -> SourceRating:
        """Rate a source (id, name, alias or domain): credibility 1-5 or None for
        unrated, independence, a note. Appends to the rating log; the latest rating
        is the current one. If the database stays busy longer than the lock timeout
        the rating waits in the journal (returned with pending=True)."""
        rating = SourceRating(
            rating_id=uuid.uuid4(),
            source_id=source.strip(),
            reviewer=clean_reviewer(reviewer or self.reviewer),
            credibility=_check_credibility(credibility),
            independence=_check_independence(independence),
            note=_opt_text(note),
            rated_at=_now(),
            origin=origin,
        )
        try:
            with self._writing(small=True) as s, s.transaction():
                rating = replace(rating, source_id=self._find_source(s, rating.source_id))
                self._insert_ratings(s, [rating])
            return rating
        except StoreLockedError:
            _journal.append(
                self.path,
                {
                    "type": "source_rating",
                    "rating_id": str(rating.rating_id),
                    "source": rating.source_id,
                    "reviewer": rating.reviewer,
                    "credibility": rating.credibility,
                    "independence": rating.independence,
                    "note": rating.note,
                    "rated_at": rating.rated_at.isoformat(),
                    "origin": rating.origin,
                },
            )
            return replace(rating, pending=True)

    @staticmethod
    def _insert_ratings(s: Session, ratings: Sequence[SourceRating]) -> None:
        """Append ratings to the log in one statement (one already there is skipped)."""
        if not ratings:
            return
        s.execute(
            """
            INSERT OR IGNORE INTO source_ratings
            SELECT unnest(?::UUID[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
                   unnest(?::TINYINT[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
                   unnest(?::TIMESTAMPTZ[]), unnest(?::VARCHAR[])
        """,
            [
                [r.rating_id for r in ratings],
                [r.source_id for r in ratings],
                [r.reviewer for r in ratings],
                [r.credibility for r in ratings],
                [r.independence for r in ratings],
                [r.note for r in ratings],
                [r.rated_at for r in ratings],
                [r.origin for r in ratings],
            ],
        )

    def source_ratings(self, source: str) -> list[SourceRating]:
        """The rating log of a source (and of the sources merged into it), oldest first."""
        with self._reading() as s:
            source_id = self._find_source(s, source)
            rows = s.fetchall(
                """
                SELECT r.rating_id, r.source_id, r.reviewer, r.credibility, r.independence,
                       r.note, r.rated_at, r.origin
                FROM source_ratings r JOIN source_canonical c USING (source_id)
                WHERE c.canonical_id = ? ORDER BY r.rated_at, r.rating_id
            """,
                [source_id],
            )
        return [SourceRating(r[0], r[1], r[2], r[3], r[4], r[5], _utc(r[6]), r[7]) for r in rows]

    def merge_sources(self, source: str, into: str) -> SourceInfo:
        """Make `source` one with `into` (each an id, name, alias or domain): its
        spellings become aliases of `into`, its claims and ratings count for `into`,
        whose kind is kept. Returns the merged source. Merging twice changes nothing."""
        with self._writing() as s, s.transaction():
            source_id = self._find_source(s, source)
            target_id = self._find_source(s, into)
            if source_id != target_id:
                index = self._source_index(s)
                index.merge(source_id, target_id)
                self._write_sources(s, index)
            return self._source_info(s, target_id)

    def import_source_ratings(
        self, csv_file: str | os.PathLike[str] | IO[str], *, reviewer: str | None = None
    ) -> ImportResult:
        """Load outlet ratings from a CSV with a header: `domain` and `rating` (or
        `credibility`: 1-5, empty for unrated), optional `note`, `rated_by` (or `who`,
        `reviewer`) and `independence`. Outlets are found by domain and created when
        missing. A row equal to the outlet's current rating by the same rater adds
        nothing, so importing a file twice changes nothing."""
        name, text = _read_csv_text(csv_file)
        reader = csv.DictReader(io.StringIO(text))
        header = {(h or "").strip().lower(): h for h in (reader.fieldnames or [])}
        rating_col = header.get("rating") or header.get("credibility")
        if "domain" not in header or rating_col is None:
            raise StoreError(
                name,
                "needs a header line with the columns domain and rating "
                "(optional: note, rated_by, independence)",
            )
        who_col = (
            header.get("rated_by")
            or header.get("who")
            or header.get("reviewer")
            or header.get("rater")
        )
        rows: list[tuple[int, str, int | None, Independence, str | None, str]] = []
        problems: list[str] = []
        default_who = clean_reviewer(reviewer or self.reviewer)
        for number, row in enumerate(reader, start=2):
            domain = domain_of(row.get(header["domain"]) or "")
            raw = (row.get(rating_col) or "").strip()
            if not domain:
                problems.append(f"line {number}: no valid domain")
                continue
            credibility: int | None
            if raw.lower() in ("", "unrated", "none", "-"):
                credibility = None
            else:
                try:
                    credibility = _check_credibility(int(float(raw)))
                except ValueError:
                    problems.append(f"line {number}: rating {raw!r} is not 1 to 5")
                    continue
            independence_raw = (row.get(header.get("independence", ""), "") or "").strip()
            independence = independence_raw.lower() or "unknown"
            if independence not in INDEPENDENCE:
                problems.append(
                    f"line {number}: independence {independence_raw!r} is not "
                    f"one of {', '.join(INDEPENDENCE)}"
                )
                continue
            who = (row.get(who_col) or "").strip() if who_col else ""
            rows.append(
                (
                    number,
                    domain,
                    credibility,
                    cast(Independence, independence),
                    _opt_text(row.get(header["note"]) if "note" in header else None),
                    clean_reviewer(who) if who else default_who,
                )
            )
        created = added = unchanged = 0
        with self._writing() as s, s.transaction():
            index = self._source_index(s)
            before = set(index.records)
            targets = [index.resolve("outlet", domain, domain=domain) for _, domain, *_ in rows]
            created = len(set(index.records) - before)
            self._write_sources(s, index)
            current = {
                (r[0], r[1]): (r[2], r[3], r[4])
                for r in s.fetchall("""
                SELECT c.canonical_id, r.reviewer, r.credibility, r.independence, r.note
                FROM source_ratings r JOIN source_canonical c USING (source_id)
                QUALIFY row_number() OVER (PARTITION BY c.canonical_id, r.reviewer
                                           ORDER BY r.rated_at DESC, r.rating_id DESC) = 1
            """)
            }
            now = _now()
            fresh: list[SourceRating] = []
            for (_, _domain, credibility, independence, note, who), target in zip(
                rows, targets, strict=True
            ):
                if current.get((target, who)) == (credibility, independence, note):
                    unchanged += 1
                    continue
                fresh.append(
                    SourceRating(
                        uuid.uuid4(),
                        target,
                        who,
                        credibility,
                        independence,
                        note,
                        now,
                        f"import:{Path(name).name}",
                    )
                )
                current[(target, who)] = (credibility, independence, note)
            self._insert_ratings(s, fresh)
            added = len(fresh)
        return ImportResult(
            rows=len(rows) + len(problems),
            sources_created=created,
            ratings_added=added,
            unchanged=unchanged,
            problems=tuple(problems),
        )

    # --- annotations ------------------------------------------------------------------

    def record_annotation(
        self,
        sentence_id: str,
        *,
        reviewer: str | None = None,
        verdict: Verdict | None | Unchanged = UNCHANGED,
        source_credibility: int | None | Unchanged = UNCHANGED,
        note: str | None | Unchanged = UNCHANGED,
        corrected_attribution: AttributionKind | None | Unchanged = UNCHANGED,
        corrected_speaker: str | None | Unchanged = UNCHANGED,
    ) -> Annotation:
        """Record a reviewer's judgement of a sentence (usually a claim).

        Fields left UNCHANGED keep the value of the reviewer's previous annotation of
        this sentence; None clears a field. verdict: supported / refuted / misleading
        / unverifiable / not a claim; source_credibility: 1-5, the reviewer's view of
        the speaker as a source for this claim; corrected_attribution /
        corrected_speaker: what the engine got wrong. Appends one entry to the log
        and returns it. If another process holds the database longer than the lock
        timeout, the entry is written to the pending journal instead (fsync'ed, and
        moved into the database by the next write) and returned with pending=True:
        the annotation is never lost. Raises NotFoundError for an unknown sentence.
        """
        changes: dict[str, Any] = {}
        for field_name, value in (
            ("verdict", verdict),
            ("source_credibility", source_credibility),
            ("note", note),
            ("corrected_attribution", corrected_attribution),
            ("corrected_speaker", corrected_speaker),
        ):
            if value is not UNCHANGED:
                changes[field_name] = _CHECKS[field_name](value)
        who = clean_reviewer(reviewer or self.reviewer)
        entry: dict[str, Any] = {
            "type": "annotation",
            "annotation_id": str(uuid.uuid4()),
            "sentence_id": sentence_id,
            "article_id": self._article_of.get(sentence_id, ""),
            "reviewer": who,
            "created_at": _now().isoformat(),
            "changes": changes,
        }
        try:
            with self._writing(small=True) as s, s.transaction():
                annotation = self._apply_annotation(s, entry, origin="review", strict=True)
        except StoreLockedError:
            _journal.append(self.path, entry)
            annotation = self._pending_annotations([entry], sentence_id, who, self._last_known)[-1]
        assert annotation is not None
        self._last_known[(annotation.sentence_id, annotation.reviewer)] = annotation
        return annotation

    def set_claim_rating(
        self, sentence_id: str, verdict: Verdict | None, *, reviewer: str | None = None
    ) -> Annotation:
        """Shorthand for `record_annotation(sentence_id, verdict=verdict)`."""
        return self.record_annotation(sentence_id, verdict=verdict, reviewer=reviewer)

    @staticmethod
    def _current_row(s: Session, sentence_id: str, reviewer: str) -> tuple[Any, ...] | None:
        """The reviewer's current annotation of the sentence (in _ANNOTATION_COLUMNS order)."""
        return s.fetchone(
            f"SELECT {_STATE_COLUMNS} FROM annotation_state WHERE sentence_id = ? AND reviewer = ?",
            [sentence_id, reviewer],
        )

    def _apply_annotation(
        self, s: Session, entry: Mapping[str, Any], *, origin: str, strict: bool
    ) -> Annotation | None:
        """Insert one annotation entry (from a call, with a fresh id, when `strict`; or
        replayed from the journal)."""
        annotation_id = uuid.UUID(str(entry["annotation_id"]))
        if not strict and s.fetchone(
            "SELECT 1 FROM annotations WHERE annotation_id = ?", [annotation_id]
        ):
            return None  # replayed before
        sentence_id = str(entry["sentence_id"])
        reviewer = str(entry["reviewer"])
        article_id = s.scalar(
            "SELECT article_id FROM sentences WHERE sentence_id = ?", [sentence_id]
        )
        if article_id is None:
            if strict:
                raise NotFoundError(sentence_id, "no such sentence")
            article_id = entry.get("article_id") or ""
        current = self._current_row(s, sentence_id, reviewer)
        values = (
            dict(zip(ANNOTATION_FIELDS, current[4:9], strict=True))
            if current
            else dict.fromkeys(ANNOTATION_FIELDS)
        )
        for key, value in dict(entry.get("changes") or {}).items():
            if key in values:
                values[key] = _CHECKS[key](value)
        created_at = datetime.fromisoformat(str(entry["created_at"]))
        if current is not None and created_at <= current[9]:
            # later than the entry it follows, so that "newest" is never a tie
            created_at = current[9] + timedelta(microseconds=1)
        row = (
            annotation_id,
            sentence_id,
            str(article_id),
            reviewer,
            values["verdict"],
            values["source_credibility"],
            values["note"],
            values["corrected_attribution"],
            values["corrected_speaker"],
            created_at,
            "annotate",
            None,
        )
        s.execute(
            f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [*row, origin],
        )
        # the state row is known to exist or not (`current`): an UPDATE or INSERT by key
        # costs less than INSERT OR REPLACE
        if current is None:
            s.execute(
                "INSERT INTO annotation_state (article_id, annotation_id, verdict, "
                "source_credibility, note, corrected_attribution, corrected_speaker, "
                "annotated_at, sentence_id, reviewer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [str(article_id), annotation_id, *row[4:10], sentence_id, reviewer],
            )
        else:
            s.execute(
                "UPDATE annotation_state SET article_id = ?, annotation_id = ?, verdict = ?, "
                "source_credibility = ?, note = ?, corrected_attribution = ?, "
                "corrected_speaker = ?, annotated_at = ? "
                "WHERE sentence_id = ? AND reviewer = ?",
                [str(article_id), annotation_id, *row[4:10], sentence_id, reviewer],
            )
        self._article_of[sentence_id] = str(article_id)
        return _annotation(row)

    def _replay_journal(self, s: Session) -> None:
        with _journal.draining(self.path) as entries:
            if not entries:
                return
            with s.transaction():
                for entry in entries:
                    if entry.get("type") == "annotation":
                        self._apply_annotation(s, entry, origin="journal", strict=False)
                    elif entry.get("type") == "source_rating":
                        self._replay_rating(s, entry)

    def _replay_rating(self, s: Session, entry: Mapping[str, Any]) -> None:
        try:
            source_id = self._find_source(s, str(entry["source"]))
        except NotFoundError:
            source_id = str(entry["source"])
        rating = SourceRating(
            uuid.UUID(str(entry["rating_id"])),
            source_id,
            str(entry["reviewer"]),
            entry.get("credibility"),
            entry.get("independence") or "unknown",
            entry.get("note"),
            datetime.fromisoformat(str(entry["rated_at"])),
            str(entry.get("origin") or "review"),
        )
        self._insert_ratings(s, [rating])

    def _pending_annotations(
        self,
        entries: list[dict[str, Any]],
        sentence_id: str | None,
        reviewer: str | None,
        base: dict[tuple[str, str], Annotation] | None = None,
    ) -> list[Annotation]:
        """Journal entries as the annotations they will become, on top of `base`."""
        state = dict(base or {})
        out = []
        for entry in entries:
            if entry.get("type") != "annotation":
                continue
            if sentence_id is not None and entry.get("sentence_id") != sentence_id:
                continue
            if reviewer is not None and entry.get("reviewer") != reviewer:
                continue
            key = (str(entry["sentence_id"]), str(entry["reviewer"]))
            before = state.get(key)
            values = (
                {f: getattr(before, f) for f in ANNOTATION_FIELDS}
                if before
                else dict.fromkeys(ANNOTATION_FIELDS)
            )
            values.update(
                {k: v for k, v in dict(entry.get("changes") or {}).items() if k in values}
            )
            annotation = Annotation(
                annotation_id=uuid.UUID(str(entry["annotation_id"])),
                sentence_id=key[0],
                article_id=str(entry.get("article_id") or self._article_of.get(key[0], "")),
                reviewer=key[1],
                verdict=values["verdict"],
                source_credibility=values["source_credibility"],
                note=values["note"],
                corrected_attribution=values["corrected_attribution"],
                corrected_speaker=values["corrected_speaker"],
                created_at=_utc(datetime.fromisoformat(str(entry["created_at"]))),
                pending=True,
            )
            state[key] = annotation
            out.append(annotation)
        return out

    def current_annotations(
        self,
        sentence_id: str | None = None,
        *,
        article_id: str | None = None,
        reviewer: str | None = None,
    ) -> list[Annotation]:
        """The current annotation of each (sentence, reviewer): the latest entry not
        undone, and not cleared. Filter by sentence, article and/or reviewer. Entries
        still waiting in the journal are included (pending=True)."""
        where, params = [], []
        for column, value in (
            ("sentence_id", sentence_id),
            ("article_id", article_id),
            ("reviewer", reviewer),
        ):
            if value is not None:
                where.append(f"l.{column} = ?")
                params.append(value)
        # the rows of annotations_v, read without the joins that view adds
        sql = f"""SELECT {_STATE_COLUMNS} FROM annotation_state l
                  WHERE {" AND ".join([ANNOTATED, *where])}
                  ORDER BY annotated_at, annotation_id"""
        with self._reading() as s:
            current = [_annotation(r) for r in s.fetchall(sql, params)]
        base = {(a.sentence_id, a.reviewer): a for a in current}
        self._last_known.update(base)
        entries = _journal.read(self.path) if _journal.has_entries(self.path) else []
        if not entries:
            return current
        for pending in self._pending_annotations(entries, sentence_id, reviewer, base):
            if article_id is None or pending.article_id == article_id:
                base[(pending.sentence_id, pending.reviewer)] = pending
        return sorted(
            (a for a in base.values() if any(getattr(a, f) is not None for f in ANNOTATION_FIELDS)),
            key=lambda a: (a.created_at, str(a.annotation_id)),
        )

    def annotation_history(
        self, sentence_id: str | None = None, *, reviewer: str | None = None
    ) -> list[Annotation]:
        """Every log entry (annotations and undos), oldest first, with `retracted` set
        on the annotations an undo took back."""
        where, params = [], []
        if sentence_id is not None:
            where.append("sentence_id = ?")
            params.append(sentence_id)
        if reviewer is not None:
            where.append("reviewer = ?")
            params.append(reviewer)
        with self._reading() as s:
            rows = s.fetchall(
                f"SELECT {_ANNOTATION_COLUMNS}, retracted FROM annotation_log_v "
                f"{'WHERE ' + ' AND '.join(where) if where else ''} "
                "ORDER BY created_at, annotation_id",
                params,
            )
        return [_annotation(r[:12], retracted=bool(r[12])) for r in rows]

    def undo_last(
        self, reviewer: str | None = None, *, sentence_id: str | None = None
    ) -> Annotation | None:
        """Take back the reviewer's latest annotation still in force (of one sentence,
        if given) by appending an undo entry; the annotation before it becomes current
        again. Returns the annotation taken back, or None if there is none. Calling it
        again takes back the one before. Raises StoreLockedError if the database stays
        busy (an undo does not wait in the journal)."""
        who = clean_reviewer(reviewer or self.reviewer)
        with self._writing(small=True) as s, s.transaction():
            params: list[Any] = [who]
            extra = ""
            if sentence_id is not None:
                extra = "AND sentence_id = ?"
                params.append(sentence_id)
            # the reviewer's latest annotation in force is the current one of its sentence
            row = s.fetchone(
                f"SELECT {_STATE_COLUMNS} FROM annotation_state WHERE reviewer = ? {extra} "
                "ORDER BY annotated_at DESC, annotation_id DESC LIMIT 1",
                params,
            )
            if row is None:
                return None
            self._last_known.pop((row[1], who), None)
            s.execute(
                f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}, origin) "
                "VALUES (?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, ?, 'undo', ?, ?)",
                [uuid.uuid4(), row[1], row[2], who, _now(), row[0], "review"],
            )
            refresh_state(s.conn, [(row[1], who)])
        return _annotation(row, retracted=True)

    def checkpoint(self, timeout: float | None = None) -> None:
        """Fold DuckDB's write-ahead log into the main file (and move the journal in).

        A store opened with `defer_checkpoints=True` leaves what its small writes
        (`record_annotation`, `undo_last`, `rate_source`) committed in the log, which
        is durable but makes every later opening of the file replay it; its owner
        calls this when it is idle (the review UI: when its save queue is empty).
        Waits at most `timeout` seconds (default: the lock timeout) for the file."""
        wal = self.path.with_name(self.path.name + ".wal")
        if not wal.exists() and not _journal.has_entries(self.path):
            return  # DuckDB removes the log when it has checkpointed it
        with self._writing(timeout):
            pass

    def pending_count(self) -> int:
        """How many entries wait in the journal for the database to be free."""
        return len(_journal.read(self.path))

    def flush_pending(self) -> int:
        """Move the journal's entries into the database now; returns how many were
        waiting. Raises StoreLockedError if the database is still busy."""
        waiting = self.pending_count()
        if waiting:
            with self._writing():
                pass
        return waiting

    # --- SQL, export, merge, agreement --------------------------------------------------

    def query(
        self, sql: str, params: Sequence[Any] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run SQL (one or more statements; the last one's rows are returned) against
        the database, read-only unless `write`. With `write` all statements run in one
        transaction. Views for SQL users: articles_v, sentences_v, claims_v,
        annotations_v, annotation_log_v, sources_v (docs/sql.md). Raises QueryError
        with DuckDB's message on a bad query."""
        context = self._writing() if write else self._reading()
        with context as s:
            try:
                _check_statements(s.conn, sql, write=write)
                with s.transaction() if write else nullcontext(s):
                    before = s.fetchone(_LOG_FINGERPRINT) if write else None
                    cursor = s.execute(sql, list(params) if params is not None else None)
                    description = cursor.description
                    columns = tuple(d[0] for d in description) if description else ()
                    rows = cursor.fetchall() if description else []
                    if write and s.fetchone(_LOG_FINGERPRINT) != before:
                        # the statements changed the annotation log: follow it
                        refresh_state(s.conn)
            except duckdb.Error as exc:
                raise _query_error(exc) from None
        return QueryResult(columns, rows)

    def export(
        self,
        destination: str | os.PathLike[str] | IO[str],
        *,
        what: str = "annotations",
        fmt: str = "jsonl",
        reviewer: str | None = None,
    ) -> int:
        """Export a view (articles, sentences, claims, annotations, log, sources) as
        jsonl, csv or parquet (parquet needs a path). Returns the number of rows. A file
        is written under a temporary name and renamed, so it is never half written."""
        from ._export import export_view

        return export_view(self, destination, what=what, fmt=fmt, reviewer=reviewer)

    def claim_reviews(
        self,
        *,
        review_url: str,
        publisher: str | None = None,
        publisher_url: str | None = None,
        reviewer: str | None = None,
    ) -> list[dict[str, Any]]:
        """schema.org ClaimReview objects (JSON-LD) for every current annotation with a
        verdict (not "not a claim"). `review_url` is the address of the published fact
        check, with {sentence_id}, {article_id} or {reviewer} filled in per claim."""
        from ._export import claim_reviews

        return claim_reviews(
            self,
            review_url=review_url,
            publisher=publisher,
            publisher_url=publisher_url,
            reviewer=reviewer,
        )

    def merge_from(self, other: str | os.PathLike[str]) -> MergeResult:
        """Merge another claimcheck database (e.g. another reviewer's) into this one:
        articles, sentences, sources, source merges, ratings and annotations, with no
        duplicates and no losses; merging the same file again changes nothing."""
        from ._merge import merge_database

        return merge_database(self, Path(os.fspath(other)))

    def agreement(self, *, reviewers: Sequence[str] | None = None) -> list[AgreementRow]:
        """Agreement between reviewers on verdicts and source credibility (overall and
        per label): Cohen's kappa and Krippendorff's alpha (nltk's AnnotationTask)."""
        from ._agreement import agreement

        result = self.query("""
            SELECT sentence_id, reviewer, verdict, source_credibility FROM annotations_v
            ORDER BY sentence_id, reviewer
        """)
        rows = [
            (str(r[0]), str(r[1]), r[2], r[3])
            for r in result.rows
            if reviewers is None or r[1] in reviewers
        ]
        return agreement(rows)


# changes whenever a row of the annotation log is added, changed or removed
# a CSV of outlet ratings is a few thousand lines; anything near this is not one
_CSV_MAX_BYTES = 64 * 2**20

_LOG_FINGERPRINT = """
    SELECT count(*), sum(hash(annotation_id, action, sentence_id, article_id, reviewer,
                              verdict, source_credibility, note, corrected_attribution,
                              corrected_speaker, undoes, created_at))
    FROM annotations
"""


# What a read-only query may run. The others would write outside the database (COPY,
# EXPORT, ATTACH creates files), load code (LOAD, INSTALL) or change the process's
# shared connection for the store's own later operations (SET, USE, DETACH).
_READ_ONLY_STATEMENTS = frozenset(
    {
        duckdb.StatementType.SELECT,
        duckdb.StatementType.EXPLAIN,
        duckdb.StatementType.PRAGMA,
        duckdb.StatementType.CALL,
    }
)


_DATABASE_CHANGES = frozenset(
    {
        duckdb.StatementType.INSERT,
        duckdb.StatementType.UPDATE,
        duckdb.StatementType.DELETE,
        duckdb.StatementType.CREATE,
        duckdb.StatementType.DROP,
        duckdb.StatementType.ALTER,
    }
)
_READ_ONLY_REFUSAL = "the database is opened read-only; add --write to change it"


def _check_statements(conn: duckdb.DuckDBPyConnection, sql: str, *, write: bool) -> None:
    statements = conn.extract_statements(sql)
    if not statements:
        raise QueryError("sql", "no SQL statement given")
    if write:
        return
    for statement in statements:
        if statement.type in _READ_ONLY_STATEMENTS:
            continue
        if statement.type in _DATABASE_CHANGES:
            raise QueryError("sql", _READ_ONLY_REFUSAL)
        kind = statement.type.name
        raise QueryError("sql", f"{kind} statements change more than a query may; add --write")


def _query_error(exc: duckdb.Error) -> QueryError:
    message = first_line(exc)
    if "read-only mode" in message:
        return QueryError("sql", _READ_ONLY_REFUSAL)
    return QueryError("sql", message)


def _load_batch(
    conn: duckdb.DuckDBPyConnection, batch_file: Path, items: Sequence[PreparedArticle]
) -> None:
    """Parse a file of prepared articles (JSON lines) into the table temp.cc_batch."""
    spec = (
        "{"
        + ", ".join(f"{quote_literal(k)}: {quote_literal(v)}" for k, v in batch_columns().items())
        + "}"
    )
    biggest = max(len(p.payload.encode("utf-8")) for p in items)
    conn.execute("DROP TABLE IF EXISTS temp.cc_batch")
    conn.execute(
        f"CREATE TEMP TABLE cc_batch AS SELECT * FROM read_json("
        f"{quote_literal(os.fspath(batch_file))}, format = 'newline_delimited', "
        f"columns = {spec}, maximum_object_size = {max(biggest + 1024, 16 * 2**20)})"
    )


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line)
            handle.write("\n")


def _read_csv_text(source: str | os.PathLike[str] | IO[str]) -> tuple[str, str]:
    if hasattr(source, "read"):
        stream = cast(IO[str], source)
        return getattr(stream, "name", "<csv>"), stream.read()
    path = Path(os.fspath(source))
    try:
        data = read_regular_file(path, limit=_CSV_MAX_BYTES)
    except FileProblem as problem:
        reason = f"is {problem.kind}, not a CSV file" if problem.kind else problem.reason
        raise StoreError(str(path), reason) from None
    from .._ingest import decode_text

    # decoded as an article is: byte order marks, UTF-16, Windows-1252, binary refused
    return str(path), decode_text(data, str(path))
