"""Punkt's language variables for news text.

This module stays pure Python when the pipeline is compiled with mypyc: its class
subclasses NLTK's `PunktLanguageVars`, which has `__slots__`, and a compiled class
cannot inherit from it.
"""

from __future__ import annotations

import re

from nltk.tokenize.punkt import PunktLanguageVars


class NewsLanguageVars(PunktLanguageVars):  # type: ignore[misc]
    """Punkt's defaults, plus the quotation marks of German and French typography.

    A closing „…“, »…« or «…» after the full stop belongs to the sentence before it.
    """

    re_boundary_realignment = re.compile(r"[\"')\]}‘’“”«»‚„›‹]+?(?:\s+|(?=--)|$)", re.MULTILINE)
