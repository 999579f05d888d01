"""claimcheck's annotation store: articles, claims, sources and reviewers' annotations in
one DuckDB file, open to SQL.

This package is the only part of claimcheck that imports duckdb; the extraction
engine never imports it. The API for programs (the review UI, reports) is `Store`:

    from claimcheck.store import Store

    store = Store.open()                      # --db, $CLAIMCHECK_DB, or the default
    article = store.list_articles(limit=1)[0]
    claim = store.claims_for(article.article_id)[0]
    store.record_annotation(claim.sentence_id, verdict="misleading", note="old figure")
    store.undo_last()                         # takes it back again

`Store` holds no open connection: each call opens the file, runs one short
transaction and closes it, so `claimcheck sql`, `export` and the like can run in
another terminal while the UI is open (README: "Working alongside the review UI").
"""

from __future__ import annotations

from ._errors import (
    DiskFullError,
    MigrationError,
    NewerSchemaError,
    NotAStoreError,
    NotFoundError,
    QueryError,
    ReadOnlyLocationError,
    StoreError,
    StoreLockedError,
)
from ._paths import default_db_path, resolve_db_path, resolve_reviewer
from ._schema import DOCUMENTED_VIEWS, latest_version
from ._store import Store
from ._types import (
    ATTRIBUTION_KINDS,
    INDEPENDENCE,
    SOURCE_KINDS,
    UNCHANGED,
    VERDICTS,
    AddResult,
    AgreementRow,
    Annotation,
    ArticleInfo,
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

__all__ = [
    "ATTRIBUTION_KINDS",
    "DOCUMENTED_VIEWS",
    "INDEPENDENCE",
    "SOURCE_KINDS",
    "UNCHANGED",
    "VERDICTS",
    "AddResult",
    "AgreementRow",
    "Annotation",
    "ArticleInfo",
    "DiskFullError",
    "ImportResult",
    "Independence",
    "MergeResult",
    "MigrationError",
    "NewerSchemaError",
    "NotAStoreError",
    "NotFoundError",
    "QueryError",
    "QueryResult",
    "ReadOnlyLocationError",
    "SourceInfo",
    "SourceKind",
    "SourceRating",
    "Store",
    "StoreError",
    "StoreInfo",
    "StoreLockedError",
    "StoredSentence",
    "Unchanged",
    "UnmatchedAnnotations",
    "Verdict",
    "default_db_path",
    "latest_version",
    "resolve_db_path",
    "resolve_reviewer",
]
