"""Which attribution a claim belongs to.

Extractors call :func:`attribution_for` on a claim's evidence span so that every claim
carries the reported statement it comes from (or None: the outlet's own voice).
"""

from __future__ import annotations

from claimkit._document import Document
from claimkit._model import Attribution, Span


def attribution_for(doc: Document, span: Span) -> Attribution | None:
    """The innermost attribution whose content holds ``span``, or None."""
    best: Attribution | None = None
    for att in doc.attributions:
        content = att.content.span
        if content.contains(span) and (
            best is None or (content.end - content.start) < (best.content.span.end - best.content.span.start)
        ):
            best = att
    return best
