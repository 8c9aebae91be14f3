"""Claim ids given in one pass (``Document.add_claims`` counts per claim, which is slow for
documents with thousands of claims)."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from claimkit._document import Document
from claimkit._model import Claim


def with_ids(doc: Document, claims: Iterable[Claim]) -> list[Claim]:
    """``claims`` with ids ``"<kind>-<n>"`` continuing the numbering already in ``doc``."""
    taken = {c.id for c in doc.claims}
    counts: dict[str, int] = {}
    for c in doc.claims:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    out = []
    for claim in claims:
        if not claim.id:
            n = counts.get(claim.kind, 0) + 1
            while f"{claim.kind}-{n}" in taken:
                n += 1
            counts[claim.kind] = n
            claim = attrs.evolve(claim, id=f"{claim.kind}-{n}")
        taken.add(claim.id)
        out.append(claim)
    return out
