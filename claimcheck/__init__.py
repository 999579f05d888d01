"""claimcheck: find the claims in news articles and who stands behind each one.

    >>> import claimcheck
    >>> article = claimcheck.analyze("sample_articles/de-it-boltwise-putin-trump-telefonat.txt")
    >>> [s.attribution for s in article.claims][:2]
    ['unattributed', 'unattributed']

The records of `Article.to_dict()` are those of `claimcheck extract --format jsonl`
(see CONTRACT.md in the shared folder).
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from ._errors import ClaimcheckError, InputError, RulesError
from ._model import Article, Attribution, Sentence, Span, Speaker

if TYPE_CHECKING:
    from ._pipeline import analyze, analyze_text
    from ._rules import Rules, load_rules

# The engine (NLTK, trafilatura, charset-normalizer) loads on first use, so that
# commands that only read the store (`claimcheck sql`) start quickly.
_LAZY = {
    "analyze": "_pipeline",
    "analyze_text": "_pipeline",
    "Rules": "_rules",
    "load_rules": "_rules",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "Article",
    "Attribution",
    "ClaimcheckError",
    "InputError",
    "Rules",
    "RulesError",
    "Sentence",
    "Span",
    "Speaker",
    "__version__",
    "analyze",
    "analyze_text",
    "load_rules",
]
