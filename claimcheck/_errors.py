"""Errors that claimcheck reports to the user as one line, never as a traceback."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class: the message is one line a user can act on."""


class InputError(ClaimcheckError):
    """An input (file, URL, standard input) cannot be read as an article."""

    def __init__(self, input_name: str, reason: str) -> None:
        super().__init__(f"{input_name}: {reason}")
        self.input_name = input_name
        self.reason = reason


class RulesError(ClaimcheckError):
    """A rules file is missing, not valid TOML, or has a key of the wrong shape."""

    def __init__(self, path: str, key: str | None, reason: str) -> None:
        where = f"{path}: key '{key}'" if key else path
        super().__init__(f"rules error in {where}: {reason}")
        self.path = path
        self.key = key
        self.reason = reason
