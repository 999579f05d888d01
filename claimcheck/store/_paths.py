"""Where the database is and who is reviewing: options, environment, defaults."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import platformdirs

ENV_DB = "CLAIMCHECK_DB"
ENV_REVIEWER = "CLAIMCHECK_REVIEWER"
ENV_LOCK_TIMEOUT = "CLAIMCHECK_LOCK_TIMEOUT"

DEFAULT_LOCK_TIMEOUT = 5.0
DB_FILENAME = "claimcheck.duckdb"


def default_db_path() -> Path:
    """platformdirs' user data directory for claimcheck, e.g.
    ~/.local/share/claimcheck/claimcheck.duckdb on Linux."""
    return Path(platformdirs.user_data_dir("claimcheck", appauthor=False)) / DB_FILENAME


def resolve_db_path(option: str | os.PathLike[str] | None = None) -> Path:
    """The database to use: the `--db` option, else $CLAIMCHECK_DB, else the default."""
    if option is not None and os.fspath(option):
        return Path(os.fspath(option)).expanduser()
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return Path(env).expanduser()
    return default_db_path()


def is_default_path(path: Path) -> bool:
    return path == default_db_path()


def clean_reviewer(name: str) -> str:
    """A reviewer name as stored: one line, no surrounding white space, not empty."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("the reviewer name is empty")
    if len(cleaned) > 200:
        raise ValueError("the reviewer name is longer than 200 characters")
    return cleaned


def resolve_reviewer(option: str | None = None) -> str:
    """Who is reviewing: the `--reviewer` option, else $CLAIMCHECK_REVIEWER, else the
    login name (getpass.getuser()), else "unknown"."""
    for candidate in (option, os.environ.get(ENV_REVIEWER)):
        if candidate and candidate.strip():
            return clean_reviewer(candidate)
    try:
        return clean_reviewer(getpass.getuser())
    except (OSError, KeyError, ValueError):
        return "unknown"


def lock_timeout(option: float | None = None) -> float:
    """Seconds to keep retrying while another process holds the database:
    the argument, else $CLAIMCHECK_LOCK_TIMEOUT, else 5."""
    if option is not None:
        return max(0.0, option)
    env = os.environ.get(ENV_LOCK_TIMEOUT, "").strip()
    if env:
        try:
            return max(0.0, float(env))
        except ValueError:
            pass
    return DEFAULT_LOCK_TIMEOUT


def journal_path(db: Path) -> Path:
    """Annotations that could not be written while another process held the database
    wait here (JSON lines) until the next write; see `_journal`."""
    return db.with_name(db.name + ".pending.jsonl")
