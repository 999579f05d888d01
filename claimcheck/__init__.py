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

from ._errors import ClaimcheckError, InputError, RulesError
from ._model import Article, Attribution, Sentence, Span, Speaker
from ._pipeline import analyze, analyze_text
from ._rules import Rules, load_rules

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
