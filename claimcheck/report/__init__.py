"""Claims reports: what an editor or fact-checker reads about an article (issue 6).

A report is built from the annotation store into a typed model (`ArticleReport`,
`Summary`), then rendered for the terminal (rich), as Markdown, as one self-contained
HTML file, or as JSON (fields in docs/report.md):

    from claimcheck.store import Store
    from claimcheck.report import Selection, load_reports, render, select_articles

    store = Store.open()
    articles = select_articles(store, Selection(refs=("931891826f64",)))
    reports = load_reports(store, articles, with_text=True)
    html = render(reports, "html")

The report never imports the review UI (textual).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._build import Selection, article_date, build_summary, load_reports, select_articles
    from ._errors import ReportError
    from ._json import REPORT_VERSION, reports_document, summary_document
    from ._model import (
        ATTRIBUTIONS,
        FLAGS,
        ArticleMeta,
        ArticleReport,
        Claim,
        Flag,
        GroupRow,
        Profile,
        Review,
        ReviewStatus,
        SourceLine,
        SourceRef,
        Summary,
    )
    from ._terminal import render_reports as terminal_renderables
    from ._terminal import render_summary as terminal_summary_renderables

REPORT_FORMATS = ("terminal", "md", "html", "json")
EXTENSIONS = {"terminal": ".txt", "md": ".md", "html": ".html", "json": ".json"}

# The names of this package are imported when first used, so that `claimcheck`'s
# other commands do not pay for loading the report when the parser is built.
_LAZY = {
    "Selection": "._build",
    "article_date": "._build",
    "build_summary": "._build",
    "load_reports": "._build",
    "select_articles": "._build",
    "ReportError": "._errors",
    "REPORT_VERSION": "._json",
    "reports_document": "._json",
    "summary_document": "._json",
    **dict.fromkeys(
        (
            "ATTRIBUTIONS",
            "FLAGS",
            "ArticleMeta",
            "ArticleReport",
            "Claim",
            "Flag",
            "GroupRow",
            "Profile",
            "Review",
            "ReviewStatus",
            "SourceLine",
            "SourceRef",
            "Summary",
        ),
        "._model",
    ),
}
_RENAMED = {
    "terminal_renderables": ("._terminal", "render_reports"),
    "terminal_summary_renderables": ("._terminal", "render_summary"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attribute = _LAZY[name], name
    elif name in _RENAMED:
        module, attribute = _RENAMED[name]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), attribute)
    globals()[name] = value
    return value


def render(reports: Sequence[ArticleReport], fmt: str) -> str:
    """The reports as one document: terminal (plain text), md, html or json."""
    if fmt == "md":
        from ._markdown import render_markdown

        return render_markdown(reports)
    if fmt == "html":
        from ._html import render_html

        return render_html(reports)
    if fmt == "json":
        from ._json import render_json

        return render_json(reports)
    if fmt == "terminal":
        from ._terminal import render_reports, to_text

        return to_text(render_reports(reports))
    raise ValueError(f"unknown report format {fmt!r} (one of: {', '.join(REPORT_FORMATS)})")


def render_summary(summary: Summary, fmt: str, *, top: int | None = None) -> str:
    """The summary as a document; `top` limits the outlet and speaker tables of the
    human formats (JSON always has every row)."""
    if fmt == "md":
        from ._markdown import render_summary_markdown

        return render_summary_markdown(summary, top=top)
    if fmt == "html":
        from ._html import render_summary_html

        return render_summary_html(summary, top=top)
    if fmt == "json":
        from ._json import render_summary_json

        return render_summary_json(summary)
    if fmt == "terminal":
        from ._terminal import render_summary as summary_renderables
        from ._terminal import to_text

        return to_text(summary_renderables(summary, top=top))
    raise ValueError(f"unknown report format {fmt!r} (one of: {', '.join(REPORT_FORMATS)})")


__all__ = [
    "ATTRIBUTIONS",
    "EXTENSIONS",
    "FLAGS",
    "REPORT_FORMATS",
    "REPORT_VERSION",
    "ArticleMeta",
    "ArticleReport",
    "Claim",
    "Flag",
    "GroupRow",
    "Profile",
    "ReportError",
    "Review",
    "ReviewStatus",
    "Selection",
    "SourceLine",
    "SourceRef",
    "Summary",
    "article_date",
    "build_summary",
    "load_reports",
    "render",
    "render_summary",
    "reports_document",
    "select_articles",
    "summary_document",
    "terminal_renderables",
    "terminal_summary_renderables",
]
