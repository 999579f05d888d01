"""The database schema, its version, and the migrations between versions.

A database records its schema version in the `meta` table. Opening a database:

- an empty file (or a new path) gets every migration, in one transaction;
- an older schema is upgraded by the migrations after its version, in one
  transaction: either the whole upgrade is there or none of it;
- a newer schema is refused (`NewerSchemaError`): an older claimcheck must not
  write to a file it does not understand;
- a DuckDB file without claimcheck's `meta` table is refused (`NotAStoreError`).

The views (`*_v`, documented in docs/sql.md) belong to the program, not to the
data: every upgrade drops and re-creates all of them.

To change the schema, append a `Migration` with the next version number; never edit
a migration that has been released.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from .. import __version__
from ._errors import MigrationError, NewerSchemaError, NotAStoreError

APPLICATION = "claimcheck"

# (name, type) of the sentence and attribution columns that `_prepare` fills; the
# tables below and the JSON batches that bulk inserts read are built from these.
# an attribution: who said it (speaker), the cue, and the span of what was said; a
# sentence row carries its main attribution, the attributions table every one
_ATTRIBUTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("attribution", "VARCHAR"),
    ("speaker_text", "VARCHAR"),
    ("speaker_start", "INTEGER"),
    ("speaker_end", "INTEGER"),
    ("speaker_resolved", "VARCHAR"),
    ("speaker_role", "VARCHAR"),
    ("cue_text", "VARCHAR"),
    ("cue_start", "INTEGER"),
    ("cue_end", "INTEGER"),
    ("content_start", "INTEGER"),
    ("content_end", "INTEGER"),
    ("vague_source", "BOOLEAN"),
)

# one part of a cue or narrated act, as CONTRACT.md's span objects ("end" needs no
# quoting after a dot: parts are read as `p.text`, `p.start`, `p.end`)
PART_TYPE = 'STRUCT(text VARCHAR, start INTEGER, "end" INTEGER)'

# added by schema 2: every part of the cue (one for a cue of one piece, none without a
# cue), and the verb of a narrated speech act, which has no cue, with its parts
_PART_COLUMNS: tuple[tuple[str, str], ...] = (
    ("cue_parts", f"{PART_TYPE}[]"),
    ("act_text", "VARCHAR"),
    ("act_start", "INTEGER"),
    ("act_end", "INTEGER"),
    ("act_parts", f"{PART_TYPE}[]"),
)

SENTENCE_FIELDS: tuple[tuple[str, str], ...] = (
    ("sentence_id", "VARCHAR"),
    ("sentence_index", "INTEGER"),
    ("paragraph", "INTEGER"),
    ("start_char", "INTEGER"),
    ("end_char", "INTEGER"),
    ("text", "VARCHAR"),
    ("claim", "BOOLEAN"),
    ("claim_score", "DOUBLE"),
    ("claim_kind", "VARCHAR"),
    *_ATTRIBUTION_COLUMNS,
    ("hedged", "BOOLEAN"),
    ("explanation", "VARCHAR"),
    *_PART_COLUMNS,
)

ATTRIBUTION_FIELDS: tuple[tuple[str, str], ...] = (
    ("sentence_id", "VARCHAR"),
    ("ordinal", "INTEGER"),
    *_ATTRIBUTION_COLUMNS,
    *_PART_COLUMNS,
)

ARTICLE_FIELDS: tuple[tuple[str, str], ...] = (
    ("article_id", "VARCHAR"),
    ("content_hash", "VARCHAR"),
    ("input", "VARCHAR"),
    ("url", "VARCHAR"),
    ("title", "VARCHAR"),
    ("outlet", "VARCHAR"),
    ("author", "VARCHAR"),
    ("published", "VARCHAR"),
    ("language", "VARCHAR"),
    ("text", "VARCHAR"),
)

_VERDICT_CHECK = "verdict IN ('supported', 'refuted', 'misleading', 'unverifiable', 'not a claim')"
_ATTRIBUTION_CHECK = "IN ('direct_quote', 'reported_speech', 'unattributed')"
_INDEPENDENCE_CHECK = "independence IN ('independent', 'interested party', 'unknown')"


@dataclass(frozen=True, slots=True)
class Migration:
    """The statements that take a database from `version - 1` to `version`."""

    version: int
    description: str
    statements: tuple[str, ...]


_V1 = Migration(
    1,
    "articles, sentences, attributions, sources, ratings, annotations",
    (
        """CREATE TABLE meta (
        key VARCHAR PRIMARY KEY,
        value VARCHAR NOT NULL
    )""",
        """CREATE TABLE articles (
        article_id VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL UNIQUE,
        input VARCHAR NOT NULL,
        url VARCHAR,
        title VARCHAR,
        outlet VARCHAR,
        author VARCHAR,
        published VARCHAR,
        language VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        outlet_source_id VARCHAR,
        added_at TIMESTAMPTZ NOT NULL,
        extracted_at TIMESTAMPTZ NOT NULL,
        extracted_with VARCHAR NOT NULL
    )""",
        f"""CREATE TABLE sentences (
        sentence_id VARCHAR PRIMARY KEY,
        article_id VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        claim BOOLEAN NOT NULL,
        claim_score DOUBLE NOT NULL,
        claim_kind VARCHAR,
        attribution VARCHAR NOT NULL CHECK (attribution {_ATTRIBUTION_CHECK}),
        speaker_text VARCHAR,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_resolved VARCHAR,
        speaker_role VARCHAR,
        cue_text VARCHAR,
        cue_start INTEGER,
        cue_end INTEGER,
        content_start INTEGER,
        content_end INTEGER,
        vague_source BOOLEAN NOT NULL,
        hedged BOOLEAN NOT NULL,
        explanation VARCHAR NOT NULL,
        source_id VARCHAR,
        retired BOOLEAN NOT NULL DEFAULT false
    )""",
        f"""CREATE TABLE attributions (
        sentence_id VARCHAR NOT NULL,
        ordinal INTEGER NOT NULL,
        attribution VARCHAR NOT NULL CHECK (attribution {_ATTRIBUTION_CHECK}),
        speaker_text VARCHAR,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_resolved VARCHAR,
        speaker_role VARCHAR,
        cue_text VARCHAR,
        cue_start INTEGER,
        cue_end INTEGER,
        content_start INTEGER,
        content_end INTEGER,
        vague_source BOOLEAN NOT NULL,
        source_id VARCHAR,
        PRIMARY KEY (sentence_id, ordinal)
    )""",
        """CREATE TABLE sources (
        source_id VARCHAR PRIMARY KEY,
        kind VARCHAR NOT NULL CHECK (kind IN ('person', 'organisation', 'outlet')),
        name VARCHAR NOT NULL,
        role VARCHAR,
        aliases VARCHAR[] NOT NULL,
        domain VARCHAR,
        merged_into VARCHAR,
        created_at TIMESTAMPTZ NOT NULL
    )""",
        f"""CREATE TABLE source_ratings (
        rating_id UUID PRIMARY KEY,
        source_id VARCHAR NOT NULL,
        reviewer VARCHAR NOT NULL,
        credibility TINYINT CHECK (credibility BETWEEN 1 AND 5),
        independence VARCHAR NOT NULL CHECK ({_INDEPENDENCE_CHECK}),
        note VARCHAR,
        rated_at TIMESTAMPTZ NOT NULL,
        origin VARCHAR NOT NULL
    )""",
        f"""CREATE TABLE annotations (
        annotation_id UUID PRIMARY KEY,
        action VARCHAR NOT NULL CHECK (action IN ('annotate', 'undo')),
        sentence_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        reviewer VARCHAR NOT NULL,
        verdict VARCHAR CHECK ({_VERDICT_CHECK}),
        source_credibility TINYINT CHECK (source_credibility BETWEEN 1 AND 5),
        note VARCHAR,
        corrected_attribution VARCHAR CHECK (corrected_attribution {_ATTRIBUTION_CHECK}),
        corrected_speaker VARCHAR,
        undoes UUID,
        created_at TIMESTAMPTZ NOT NULL,
        origin VARCHAR NOT NULL
    )""",
        # the current annotation of each (sentence, reviewer), derived from the log and
        # kept in step by every write of the store (see STATE_SELECT); reading it is
        # what keeps annotations_v fast with millions of log entries
        """CREATE TABLE annotation_state (
        sentence_id VARCHAR NOT NULL,
        reviewer VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        annotation_id UUID NOT NULL,
        verdict VARCHAR,
        source_credibility TINYINT,
        note VARCHAR,
        corrected_attribution VARCHAR,
        corrected_speaker VARCHAR,
        annotated_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (sentence_id, reviewer)
    )""",
    ),
)

# The log entries that an undo took back.
_UNDONE = "SELECT undoes FROM annotations WHERE action = 'undo' AND undoes IS NOT NULL"

# The rows of annotation_state, computed from the log: per (sentence, reviewer), the
# newest annotation that no undo took back. The store gives each annotation a created_at
# later than the one before it for the same sentence and reviewer, so "newest" is
# unambiguous. {keys} is a join that limits the computation to some keys, or nothing.
STATE_SELECT = f"""
    SELECT e.sentence_id, e.reviewer,
           arg_max(e.article_id, e.created_at),
           arg_max(e.annotation_id, e.created_at),
           arg_max(e.verdict, e.created_at),
           arg_max(e.source_credibility, e.created_at),
           arg_max(e.note, e.created_at),
           arg_max(e.corrected_attribution, e.created_at),
           arg_max(e.corrected_speaker, e.created_at),
           max(e.created_at)
    FROM annotations e {{keys}}
    ANTI JOIN ({_UNDONE}) u ON u.undoes = e.annotation_id
    WHERE e.action = 'annotate'
    GROUP BY e.sentence_id, e.reviewer
"""


# Written out rather than built from _PART_COLUMNS: a released migration must stay as it
# was when later schemas change those columns.
_V2_PART = 'STRUCT(text VARCHAR, start INTEGER, "end" INTEGER)'
_V2 = Migration(
    2,
    "every part of a cue, and the verb of a narrated speech act, per attribution",
    tuple(
        statement
        for table in ("sentences", "attributions")
        for statement in (
            f"ALTER TABLE {table} ADD COLUMN cue_parts {_V2_PART}[]",
            f"ALTER TABLE {table} ADD COLUMN act_text VARCHAR",
            f"ALTER TABLE {table} ADD COLUMN act_start INTEGER",
            f"ALTER TABLE {table} ADD COLUMN act_end INTEGER",
            f"ALTER TABLE {table} ADD COLUMN act_parts {_V2_PART}[]",
            # schema 1 kept only a cue's main part: that part is all there is to carry over
            f"UPDATE {table} SET cue_parts = [{{'text': cue_text, 'start': cue_start, "
            f"'end': cue_end}}] WHERE cue_text IS NOT NULL",
        )
    ),
)

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2)


def latest_version() -> int:
    """The schema version this claimcheck writes (and the newest it reads)."""
    return MIGRATIONS[-1].version


def refresh_state(
    conn: duckdb.DuckDBPyConnection, keys: list[tuple[str, str]] | None = None
) -> None:
    """Recompute annotation_state from the log: for the (sentence_id, reviewer) pairs in
    `keys`, or for every pair when `keys` is None."""
    if keys is None:
        conn.execute("DELETE FROM annotation_state")
        conn.execute("INSERT INTO annotation_state " + STATE_SELECT.format(keys=""))
        return
    if not keys:
        return
    params = [[k[0] for k in keys], [k[1] for k in keys]]
    wanted = "(SELECT unnest(?::VARCHAR[]) AS sentence_id, unnest(?::VARCHAR[]) AS reviewer) k"
    conn.execute(
        f"DELETE FROM annotation_state USING {wanted} "
        "WHERE annotation_state.sentence_id = k.sentence_id "
        "AND annotation_state.reviewer = k.reviewer",
        params,
    )
    semi = f"SEMI JOIN {wanted} ON k.sentence_id = e.sentence_id AND k.reviewer = e.reviewer"
    conn.execute("INSERT INTO annotation_state " + STATE_SELECT.format(keys=semi), params)


# --- views: the stable interface for SQL users (docs/sql.md) -----------------------------

# a current annotation (row l of annotation_state) that says anything: one whose fields
# are all cleared counts as no annotation
ANNOTATED = (
    "(l.verdict IS NOT NULL OR l.source_credibility IS NOT NULL OR l.note IS NOT NULL "
    "OR l.corrected_attribution IS NOT NULL OR l.corrected_speaker IS NOT NULL)"
)
_CURRENT = f"annotation_state l WHERE {ANNOTATED}"
# the speaker of sentence s: as resolved to a known name, else as written
_SPEAKER = "coalesce(s.speaker_resolved, s.speaker_text) AS speaker"

VIEWS: tuple[tuple[str, str], ...] = (
    # every source id -> the source it stands for now (itself, or what it was merged into)
    (
        "source_canonical",
        """
        SELECT source_id, coalesce(merged_into, source_id) AS canonical_id FROM sources
    """,
    ),
    # the latest rating of each (canonical) source, whoever gave it
    (
        "source_rating_current",
        """
        SELECT c.canonical_id AS source_id, r.credibility, r.independence, r.note,
               r.reviewer AS rated_by, r.rated_at
        FROM source_ratings r JOIN source_canonical c USING (source_id)
        QUALIFY row_number() OVER (PARTITION BY c.canonical_id
                                   ORDER BY r.rated_at DESC, r.rating_id DESC) = 1
    """,
    ),
    (
        "sentences_v",
        f"""
        SELECT s.sentence_id, s.article_id, a.title, a.outlet, a.url, a.published,
               a.language, s.sentence_index, s.paragraph, s.start_char, s.end_char, s.text,
               s.claim, s.claim_score, s.claim_kind, s.attribution, {_SPEAKER},
               s.speaker_text, s.speaker_resolved, s.speaker_role, s.cue_text,
               s.cue_parts, s.act_text, s.act_parts, s.content_start, s.content_end,
               s.vague_source, s.hedged, s.explanation,
               sc.canonical_id AS source_id, src.name AS source_name,
               src.kind AS source_kind, sr.credibility AS source_credibility,
               coalesce(sr.independence, 'unknown') AS source_independence,
               oc.canonical_id AS outlet_source_id, orr.credibility AS outlet_credibility
        FROM sentences s
        JOIN articles a USING (article_id)
        LEFT JOIN source_canonical sc ON sc.source_id = s.source_id
        LEFT JOIN sources src ON src.source_id = sc.canonical_id
        LEFT JOIN source_rating_current sr ON sr.source_id = sc.canonical_id
        LEFT JOIN source_canonical oc ON oc.source_id = a.outlet_source_id
        LEFT JOIN source_rating_current orr ON orr.source_id = oc.canonical_id
        WHERE NOT s.retired
    """,
    ),
    (
        "annotation_log_v",
        f"""
        SELECT an.annotation_id, an.created_at, an.reviewer, an.action, an.sentence_id,
               an.article_id, an.verdict, an.source_credibility, an.note,
               an.corrected_attribution, an.corrected_speaker, an.undoes,
               (an.action = 'annotate' AND an.annotation_id IN ({_UNDONE})) AS retracted,
               s.text AS claim_text, a.title, a.outlet, an.origin
        FROM annotations an
        LEFT JOIN sentences s USING (sentence_id)
        LEFT JOIN articles a ON a.article_id = an.article_id
    """,
    ),
    (
        "annotations_v",
        f"""
        SELECT l.annotation_id, l.sentence_id, l.article_id, l.reviewer, l.verdict,
               l.source_credibility, l.note, l.corrected_attribution, l.corrected_speaker,
               l.annotated_at, s.text AS claim_text, s.claim, s.attribution, {_SPEAKER},
               sc.canonical_id AS source_id, a.title, a.outlet, a.url,
               coalesce(s.retired, true) AS orphaned
        FROM annotation_state l
        LEFT JOIN sentences s USING (sentence_id)
        LEFT JOIN source_canonical sc ON sc.source_id = s.source_id
        LEFT JOIN articles a ON a.article_id = l.article_id
        WHERE {ANNOTATED}
    """,
    ),
    (
        "claims_v",
        f"""
        SELECT v.* EXCLUDE (claim),
               coalesce(n.n_annotations, 0) AS n_annotations,
               coalesce(n.verdicts, []) AS verdicts
        FROM sentences_v v
        LEFT JOIN (
            SELECT sentence_id, count(*) AS n_annotations,
                   list_sort(list_distinct(list(verdict) FILTER (WHERE verdict IS NOT NULL)))
                       AS verdicts
            FROM {_CURRENT} GROUP BY sentence_id
        ) n USING (sentence_id)
        WHERE v.claim
    """,
    ),
    (
        "articles_v",
        f"""
        SELECT a.article_id, a.title, a.outlet, a.url, a.published, a.author, a.language,
               a.input, a.content_hash, length(a.text) AS chars,
               coalesce(st.n_sentences, 0) AS n_sentences,
               coalesce(st.n_claims, 0) AS n_claims,
               coalesce(an.n_annotated, 0) AS n_annotated,
               a.added_at, a.extracted_at, a.extracted_with,
               oc.canonical_id AS outlet_source_id
        FROM articles a
        LEFT JOIN (
            SELECT article_id, count(*) AS n_sentences,
                   count(*) FILTER (WHERE claim) AS n_claims
            FROM sentences WHERE NOT retired GROUP BY article_id
        ) st USING (article_id)
        LEFT JOIN (
            SELECT article_id, count(DISTINCT sentence_id) AS n_annotated
            FROM {_CURRENT} GROUP BY article_id
        ) an USING (article_id)
        LEFT JOIN source_canonical oc ON oc.source_id = a.outlet_source_id
    """,
    ),
    (
        "sources_v",
        """
        WITH spoken AS (
            SELECT sc.canonical_id AS source_id,
                   count(DISTINCT s.sentence_id) FILTER (WHERE s.claim) AS n_claims,
                   count(DISTINCT s.article_id) AS n_articles
            FROM attributions att
            JOIN sentences s USING (sentence_id)
            JOIN source_canonical sc ON sc.source_id = att.source_id
            WHERE NOT s.retired
            GROUP BY ALL
        ), published AS (
            SELECT oc.canonical_id AS source_id,
                   count(*) FILTER (WHERE s.claim) AS n_claims,
                   count(DISTINCT a.article_id) AS n_articles
            FROM articles a
            JOIN source_canonical oc ON oc.source_id = a.outlet_source_id
            LEFT JOIN sentences s ON s.article_id = a.article_id AND NOT s.retired
            GROUP BY ALL
        )
        SELECT src.source_id, src.kind, src.name, src.role, src.aliases, src.domain,
               r.credibility, coalesce(r.independence, 'unknown') AS independence, r.note,
               r.rated_by, r.rated_at,
               coalesce(sp.n_claims, 0) + coalesce(pb.n_claims, 0) AS n_claims,
               coalesce(sp.n_articles, 0) + coalesce(pb.n_articles, 0) AS n_articles
        FROM sources src
        LEFT JOIN source_rating_current r USING (source_id)
        LEFT JOIN spoken sp USING (source_id)
        LEFT JOIN published pb USING (source_id)
        WHERE src.merged_into IS NULL
    """,
    ),
)

DOCUMENTED_VIEWS = (
    "articles_v",
    "sentences_v",
    "claims_v",
    "annotations_v",
    "annotation_log_v",
    "sources_v",
)


# --- opening ---------------------------------------------------------------------------


def _tables(conn: duckdb.DuckDBPyConnection, catalog: str) -> set[str]:
    rows = conn.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = ? "
        "UNION ALL SELECT view_name FROM duckdb_views() "
        "WHERE database_name = ? AND NOT internal",
        [catalog, catalog],
    ).fetchall()
    return {str(r[0]) for r in rows}


def read_meta(conn: duckdb.DuckDBPyConnection, catalog: str) -> dict[str, str]:
    rows = conn.execute(f'SELECT key, value FROM "{catalog}".meta').fetchall()
    return {str(k): str(v) for k, v in rows}


def schema_state(conn: duckdb.DuckDBPyConnection, catalog: str, what: str) -> int:
    """The schema version of the attached database `catalog`: 0 for an empty database.

    Raises NotAStoreError for a DuckDB database claimcheck did not write, and
    NewerSchemaError for a schema newer than `latest_version()`.
    """
    try:
        # every operation asks, so the usual case comes first: one query
        meta = read_meta(conn, catalog)
    except duckdb.CatalogException:
        if not _tables(conn, catalog):
            return 0
        raise NotAStoreError(
            what, "is a DuckDB database, but not a claimcheck one (it has no claimcheck tables)"
        ) from None
    if meta.get("application") != APPLICATION:
        raise NotAStoreError(what, "is a DuckDB database, but not a claimcheck one")
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise NotAStoreError(
            what, "has no valid schema version; it is not a claimcheck database or it is damaged"
        ) from None
    if version > latest_version():
        raise NewerSchemaError(what, version, latest_version())
    return version


def _recreate_views(conn: duckdb.DuckDBPyConnection, catalog: str) -> None:
    existing = conn.execute(
        "SELECT view_name FROM duckdb_views() WHERE database_name = ? AND NOT internal", [catalog]
    ).fetchall()
    for (name,) in existing:
        conn.execute(f'DROP VIEW IF EXISTS "{catalog}".main."{name}" CASCADE')
    for name, sql in VIEWS:
        conn.execute(f'CREATE VIEW "{catalog}".main."{name}" AS {sql}')


def upgrade(conn: duckdb.DuckDBPyConnection, catalog: str, what: str, current: int) -> None:
    """Apply every migration after `current` and re-create the views, in one transaction.

    The connection must have `catalog` attached read-write and selected with USE (the
    migration statements name tables without a catalog). On any failure the
    transaction is rolled back and the file stays at `current`.
    """
    target = latest_version()
    if current >= target:
        return
    now = datetime.now(UTC).isoformat()
    conn.execute("BEGIN TRANSACTION")
    try:
        for migration in MIGRATIONS:
            if migration.version <= current:
                continue
            for statement in migration.statements:
                conn.execute(statement)
        _recreate_views(conn, catalog)
        if current:
            refresh_state(conn)  # derived data: recomputed by the new program's rules
        values = {"schema_version": str(target), "upgraded_at": now, "upgraded_with": __version__}
        if current == 0:
            values |= {
                "application": APPLICATION,
                "store_id": str(uuid.uuid4()),
                "created_at": now,
                "created_with": __version__,
            }
        for key, value in values.items():
            conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])
        conn.execute("COMMIT")
    except duckdb.Error as exc:
        conn.execute("ROLLBACK")
        if current == 0:
            raise
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise MigrationError(
            what,
            f"could not be upgraded from schema {current} to "
            f"{target} ({first_line}); the file is unchanged",
        ) from exc
    except BaseException:
        conn.execute("ROLLBACK")
        raise
