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


# What reading and analysing one input may raise, to fail that input with one line:
# the errors a bad input causes, and those of an engine bug on one odd article, which
# must not stop a run of thousands (`add`) or print a traceback (`extract`).
INPUT_FAILURES: tuple[type[Exception], ...] = (
    ClaimcheckError,
    MemoryError,
    ValueError,
    LookupError,
    ArithmeticError,
    TypeError,
    RecursionError,
)


def input_failure(name: str, exc: BaseException) -> str:
    """The one line for input `name` that failed with `exc`, one of INPUT_FAILURES."""
    if isinstance(exc, InputError):
        return str(exc)
    if isinstance(exc, ClaimcheckError):
        return f"{name}: {exc}"
    if isinstance(exc, MemoryError):
        return f"{name}: too large to analyse in the memory available"
    detail = str(exc).splitlines()[0] if str(exc) else ""
    return f"{name}: could not be analysed ({type(exc).__name__}: {detail})"
