"""A bounded number of :func:`attribution_for` lookups per document.

Each lookup is linear in the document's attributions, so a text made of thousands of cues
and triggers would make a stage quadratic. Real reports need a few dozen lookups; past the
budget a claim simply gets no attribution.
"""

from __future__ import annotations

from typing import Final

from claimkit._document import Document
from claimkit._model import Attribution, Span

from ._attach import attribution_for

BUDGET: Final = 400


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
