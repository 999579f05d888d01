"""Agreement between reviewers: Cohen's kappa and Krippendorff's alpha, per field and
per label, computed with nltk's AnnotationTask.

The items are sentences; a reviewer's label is their current annotation's verdict
(or source credibility). Only sentences that at least two reviewers labelled count.
nltk's kappa assumes that every coder labelled every item, so Cohen's kappa is
computed for each pair of reviewers on the sentences both labelled, and averaged
over the pairs; alpha handles missing labels itself.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from functools import partial
from typing import Any

from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import binary_distance, interval_distance

from ._types import VERDICTS, AgreementRow

Labels = dict[str, dict[str, Hashable]]  # item -> reviewer -> label


def _safe(compute: Callable[[], Any]) -> float | None:
    try:
        value = float(compute())
    except (ValueError, ZeroDivisionError):
        return None
    return None if value != value else value  # NaN -> None


def _row(
    field: str, label: str, labels: Labels, distance: Callable[[Any, Any], float]
) -> AgreementRow:
    shared = {item: by for item, by in labels.items() if len(by) >= 2}
    reviewers = sorted({r for by in shared.values() for r in by})
    kappas: list[float] = []
    observed: list[float] = []
    pairs = 0
    for a, b in itertools.combinations(reviewers, 2):
        data = [
            (coder, item, by[coder])
            for item, by in shared.items()
            if a in by and b in by
            for coder in (a, b)
        ]
        if not data:
            continue
        pairs += 1
        task = AnnotationTask(data=data)
        kappa = _safe(task.kappa)
        if kappa is not None:
            kappas.append(kappa)
        ao = _safe(partial(task.Ao, a, b))
        if ao is not None:
            observed.append(ao)
    alpha = None
    if shared and len(reviewers) >= 2:
        data = [(coder, item, label) for item, by in shared.items() for coder, label in by.items()]
        alpha = _safe(AnnotationTask(data=data, distance=distance).alpha)
    return AgreementRow(
        field=field,
        label=label,
        items=len(shared),
        reviewers=len(reviewers),
        pairs=pairs,
        observed=sum(observed) / len(observed) if observed else None,
        kappa=sum(kappas) / len(kappas) if kappas else None,
        alpha=alpha,
    )


def agreement(rows: Sequence[tuple[str, str, str | None, int | None]]) -> list[AgreementRow]:
    """rows: (sentence_id, reviewer, verdict, source_credibility) of current annotations.

    Gives, for verdicts, one row over all labels and one per label (that label
    against all others); for source credibility one row (alpha with interval
    distance, since 1-5 is a scale; kappa treats the ratings as categories).
    """
    verdicts: Labels = defaultdict(dict)
    credibility: Labels = defaultdict(dict)
    for item, reviewer, verdict, cred in rows:
        if verdict is not None:
            verdicts[item][reviewer] = verdict
        if cred is not None:
            credibility[item][reviewer] = int(cred)
    result = [_row("verdict", "(all labels)", verdicts, binary_distance)]
    used = {label for by in verdicts.values() for label in by.values()}
    for label in VERDICTS:
        if label not in used:
            continue
        binary: Labels = {
            item: {r: v == label for r, v in by.items()} for item, by in verdicts.items()
        }
        result.append(_row("verdict", label, binary, binary_distance))
    result.append(_row("source_credibility", "(1-5)", credibility, interval_distance))
    return result
