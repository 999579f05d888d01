"""Merging another claimcheck database (another reviewer's file) into this one.

Everything is matched by what it is, not by where it was made: articles by content
hash, sources by name, alias and domain (as when adding articles), annotations and
ratings by their UUID, and an annotated sentence by its id, else by its position and
text in the same article. So nothing is duplicated, nothing is lost, and merging the
same file twice changes nothing. The other file is only read; it may be older (it is
upgraded in a temporary copy) but not newer than this claimcheck.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from ._connection import CATALOG, attach, check_file, describe_error, detach
from ._errors import NotFoundError, StoreError
from ._prepare import OldSentence, match_sentences
from ._schema import latest_version, refresh_state, schema_state, upgrade
from ._sources import SourceIndex
from ._types import MergeResult, UnmatchedAnnotations

if TYPE_CHECKING:
    from ._connection import Session
    from ._store import Store

OTHER = "cc_other"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def merge_database(store: Store, other: Path) -> MergeResult:
    what = str(other)
    if not other.exists():
        raise NotFoundError(what, "no such file")
    check_file(other)
    if store.path.exists() and _same_file(store.path, other):
        raise StoreError(what, "is the database being merged into; give another file")
    with tempfile.TemporaryDirectory(prefix="claimcheck-merge-") as tmp, store._writing() as s:
        source = other
        attach(s.conn, source, OTHER, read_only=True, timeout=store.lock_timeout)
        try:
            version = schema_state(s.conn, OTHER, what)
            if version == 0:
                raise StoreError(what, "is an empty database; there is nothing to merge")
            if version < latest_version():
                detach(s.conn, OTHER)
                source = Path(tmp) / "other.duckdb"
                shutil.copyfile(other, source)
                wal = other.with_name(other.name + ".wal")
                if wal.exists():
                    shutil.copyfile(wal, source.with_name(source.name + ".wal"))
                attach(s.conn, source, OTHER, read_only=False, timeout=store.lock_timeout)
                s.execute(f'USE "{OTHER}"')
                upgrade(s.conn, OTHER, what, version)
            s.execute(f'USE "{CATALOG}"')
            with s.transaction():
                return _merge(store, s)
        except duckdb.Error as exc:
            # a damaged OTHER fails when it is read, not when it is attached: name it,
            # not the database being merged into
            if any(os.fspath(p) in str(exc) for p in (other, source)):
                raise describe_error(exc, what, writing=False) from None
            raise
        finally:
            detach(s.conn, OTHER)
            s.execute(f'USE "{CATALOG}"')


def _merge(store: Store, s: Session) -> MergeResult:
    # 1. sources: map each of theirs to ours, creating what we lack
    index = store._source_index(s)
    theirs = SourceIndex.from_rows(
        s.fetchall(
            f"SELECT source_id, kind, name, role, aliases, domain, merged_into FROM {OTHER}.sources"
        )
    )
    before = set(index.records)
    mapping: dict[str, str] = {}
    for record in theirs.records.values():
        if record.merged_into is not None:
            continue
        found = index.find(record.kind, record.name, record.domain)
        if found is None:
            for alias in record.aliases:
                found = index.find(record.kind, alias, record.domain)
                if found is not None:
                    break
        if found is None:
            found = index.resolve(record.kind, record.name, role=record.role, domain=record.domain)
        target = index.records[found]
        for spelling in (record.name, *record.aliases):
            if spelling != target.name and spelling not in target.aliases:
                target.aliases.append(spelling)
                target.changed = True
        if record.role and not target.role:
            target.role, target.changed = record.role, True
        if record.domain and not target.domain:
            target.domain, target.changed = record.domain, True
        mapping[record.source_id] = found
    merges = 0
    for record in theirs.records.values():
        if record.merged_into is None:
            continue
        into = mapping[theirs.canonical(record.source_id)]
        mine = index.find(record.kind, record.name, record.domain)
        if (
            mine is not None
            and index.canonical(mine) != index.canonical(into)
            and index.records[index.canonical(mine)].kind == index.records[into].kind
        ):
            index.merge(mine, into)
            merges += 1
        mapping[record.source_id] = index.canonical(into)
    mapping = {k: index.canonical(v) for k, v in mapping.items()}
    new_sources = len(set(index.records) - before)
    store._write_sources(s, index)
    old_ids, new_ids = list(mapping), [mapping[k] for k in mapping]
    map_sql = "(SELECT unnest(?::VARCHAR[]) AS old_id, unnest(?::VARCHAR[]) AS new_id)"

    # 2. articles we do not have, with their sentences and attributions
    article_ids = [
        r[0]
        for r in s.fetchall(f"""
        SELECT article_id FROM {OTHER}.articles
        WHERE content_hash NOT IN (SELECT content_hash FROM articles)
          AND article_id NOT IN (SELECT article_id FROM articles)""")
    ]
    sentences = 0
    if article_ids:
        s.execute(
            f"""
            INSERT INTO articles BY NAME
            SELECT o.* EXCLUDE (outlet_source_id),
                   coalesce(m.new_id, o.outlet_source_id) AS outlet_source_id
            FROM {OTHER}.articles o LEFT JOIN {map_sql} m ON m.old_id = o.outlet_source_id
            WHERE o.article_id IN (SELECT unnest(?::VARCHAR[]))
        """,
            [old_ids, new_ids, article_ids],
        )
        sentences = int(
            s.scalar(
                f"""
            SELECT count(*) FROM {OTHER}.sentences
            WHERE article_id IN (SELECT unnest(?::VARCHAR[]))""",
                [article_ids],
            )
        )
        s.execute(
            f"""
            INSERT OR IGNORE INTO sentences BY NAME
            SELECT o.* EXCLUDE (source_id), coalesce(m.new_id, o.source_id) AS source_id
            FROM {OTHER}.sentences o LEFT JOIN {map_sql} m ON m.old_id = o.source_id
            WHERE o.article_id IN (SELECT unnest(?::VARCHAR[]))
        """,
            [old_ids, new_ids, article_ids],
        )
        s.execute(
            f"""
            INSERT OR IGNORE INTO attributions BY NAME
            SELECT o.* EXCLUDE (source_id), coalesce(m.new_id, o.source_id) AS source_id
            FROM {OTHER}.attributions o
            JOIN {OTHER}.sentences os USING (sentence_id)
            LEFT JOIN {map_sql} m ON m.old_id = o.source_id
            WHERE os.article_id IN (SELECT unnest(?::VARCHAR[]))
        """,
            [old_ids, new_ids, article_ids],
        )

    # 3. annotations we do not have; a sentence we lack is found by position and text
    missing = s.fetchall(f"""
        SELECT DISTINCT o.sentence_id, oa.article_id, os.start_char, os.end_char, os.text
        FROM {OTHER}.annotations o
        LEFT JOIN {OTHER}.sentences os USING (sentence_id)
        LEFT JOIN {OTHER}.articles oa ON oa.article_id = os.article_id
        WHERE o.annotation_id NOT IN (SELECT annotation_id FROM annotations)
          AND o.sentence_id NOT IN (SELECT sentence_id FROM sentences)
          AND os.sentence_id IS NOT NULL
    """)
    remap: dict[str, str] = {}
    retire: list[str] = []
    by_article: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)
    for wanted_id, wanted_article, start, end, text in missing:
        by_article[wanted_article].append((wanted_id, start, end, text))
    for article_id, wanted in by_article.items():
        ours = [
            OldSentence(r[0], r[1], r[2], r[3])
            for r in s.fetchall(
                "SELECT sentence_id, start_char, end_char, text FROM sentences "
                "WHERE article_id = ? ORDER BY retired, start_char",
                [article_id],
            )
        ]
        matched = match_sentences(ours, [(w[1], w[2], w[3]) for w in wanted])
        for i, (wanted_id, *_rest) in enumerate(wanted):
            if i in matched:
                remap[wanted_id] = matched[i]
            else:
                retire.append(wanted_id)
    unmatched: list[UnmatchedAnnotations] = []
    if retire:
        s.execute(
            f"""
            INSERT OR IGNORE INTO sentences BY NAME
            SELECT o.* EXCLUDE (source_id, retired), coalesce(m.new_id, o.source_id) AS source_id,
                   true AS retired
            FROM {OTHER}.sentences o LEFT JOIN {map_sql} m ON m.old_id = o.source_id
            WHERE o.sentence_id IN (SELECT unnest(?::VARCHAR[]))
        """,
            [old_ids, new_ids, retire],
        )
        for row in s.fetchall(
            f"""
                SELECT os.article_id, os.sentence_id, os.text, count(*)
                FROM {OTHER}.annotations o JOIN {OTHER}.sentences os USING (sentence_id)
                WHERE os.sentence_id IN (SELECT unnest(?::VARCHAR[]))
                  AND o.annotation_id NOT IN (SELECT annotation_id FROM annotations)
                GROUP BY ALL ORDER BY ALL""",
            [retire],
        ):
            unmatched.append(UnmatchedAnnotations(row[0], row[1], row[2], int(row[3])))
    params: list[Any] = [list(remap), [remap[k] for k in remap]]
    keys = [
        (str(r[0]), str(r[1]))
        for r in s.fetchall(
            f"""
        SELECT DISTINCT coalesce(m.new_id, o.sentence_id), o.reviewer
        FROM {OTHER}.annotations o LEFT JOIN {map_sql} m ON m.old_id = o.sentence_id
        WHERE o.annotation_id NOT IN (SELECT annotation_id FROM annotations)
    """,
            params,
        )
    ]
    annotations = int(
        s.scalar(f"""
        SELECT count(*) FROM {OTHER}.annotations
        WHERE annotation_id NOT IN (SELECT annotation_id FROM annotations)""")
    )
    s.execute(
        f"""
        INSERT INTO annotations BY NAME
        SELECT o.* EXCLUDE (sentence_id), coalesce(m.new_id, o.sentence_id) AS sentence_id
        FROM {OTHER}.annotations o LEFT JOIN {map_sql} m ON m.old_id = o.sentence_id
        WHERE o.annotation_id NOT IN (SELECT annotation_id FROM annotations)
    """,
        params,
    )
    refresh_state(s.conn, keys)

    # 4. source ratings we do not have
    ratings = int(
        s.scalar(f"""
        SELECT count(*) FROM {OTHER}.source_ratings
        WHERE rating_id NOT IN (SELECT rating_id FROM source_ratings)""")
    )
    s.execute(
        f"""
        INSERT INTO source_ratings BY NAME
        SELECT o.* EXCLUDE (source_id), coalesce(m.new_id, o.source_id) AS source_id
        FROM {OTHER}.source_ratings o LEFT JOIN {map_sql} m ON m.old_id = o.source_id
        WHERE o.rating_id NOT IN (SELECT rating_id FROM source_ratings)
    """,
        [old_ids, new_ids],
    )
    return MergeResult(
        articles=len(article_ids),
        sentences=sentences,
        sources=new_sources,
        source_merges=merges,
        annotations=annotations,
        ratings=ratings,
        unmatched=tuple(unmatched),
    )
