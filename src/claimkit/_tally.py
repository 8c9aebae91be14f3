"""Per-document casualty tallies: low / best / high per outcome."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

import attrs

from ._model import Count

if TYPE_CHECKING:
    from ._document import Document


@attrs.frozen
class Tally:
    """A total as a range: ``low <= best <= high``."""

    low: int
    best: int
    high: int

    def to_dict(self) -> dict[str, int]:
        return {"low": self.low, "best": self.best, "high": self.high}


def tally(doc: Document) -> dict[str, Tally]:
    """Totals per outcome over the document's casualty claims.

    Figures for the same (outcome, side, group) from different claimants are alternatives,
    not additions: their lowest is ``low``, their highest ``high``, and ``best`` the highest
    exact figure. Different groups add up.
    """
    groups: dict[str, dict[tuple[object, object], list[tuple[int, int, int]]]] = defaultdict(
        lambda: defaultdict(list))
    for claim in doc.claims:
        if claim.kind != "casualty":
            continue
        count = claim.data.get("count")
        if not isinstance(count, Count) or count.best is None:
            continue
        best = count.best
        low = count.low if count.low is not None else best
        high = count.high if count.high is not None else best
        outcome = claim.data.get("outcome")
        if not isinstance(outcome, str):  # a plugin's malformed claim is not worth a crash here
            continue
        key = (claim.data.get("side"), claim.data.get("group"))
        groups[outcome][key].append((low, best, high))
    out = {}
    for outcome in sorted(groups):
        figures = groups[outcome].values()
        out[outcome] = Tally(
            low=sum(min(f[0] for f in fs) for fs in figures),
            best=sum(max(f[1] for f in fs) for fs in figures),
            high=sum(max(f[2] for f in fs) for fs in figures),
        )
    return out
