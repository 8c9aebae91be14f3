"""A bounded number of :func:`attribution_for` lookups per document.

A lookup costs a binary search in the document's attribution index (see :mod:`._attach`),
so the budget is only a last guard against hostile texts made of nothing but triggers: real
reports need a few dozen lookups; past the budget a claim gets no attribution.
"""

from __future__ import annotations

from typing import Final

from claimkit._document import Document
from claimkit._model import Attribution, Span

from ._attach import attribution_for

BUDGET: Final = 20_000


class BoundedLookup:
    """``lookup(span)``: the attribution a span belongs to, for the first ``budget`` calls."""

    def __init__(self, doc: Document, budget: int = BUDGET) -> None:
        self.doc = doc
        self.budget = budget if doc.attributions else 0

    def __call__(self, span: Span) -> Attribution | None:
        if self.budget <= 0:
            return None
        self.budget -= 1
        return attribution_for(self.doc, span)
