"""Per-document casualty tallies: low / best / high per outcome.

The rules (docs/tally.md has worked examples):

1. Only casualty claims with a figure count. A claim that is ``part_of`` another ("40 people
   were killed, including six attackers") is inside that figure and is not added; a
   ``background`` claim tells an earlier event ("a day after twin blasts killed 30"); a
   ``superseded`` one a toll's value before its revision ("revised down to 31 from 38").
2. Vague figures ("dozens", "several") count only for an outcome with no other figure: once
   a report gives a number, "several others wounded" is a looser telling of it.
3. Figures for the same people (same side and group class) are alternatives, not additions.
   One claimant's figures are revisions of one count: the highest stands (tolls rise).
   Different claimants' figures (a claimant is a source's name, organisation or role) are
   reconciled: ``low`` is the lowest, ``high`` the highest,
   and ``best`` the lowest claimant's figure, the conservative reading used by conflict
   monitors such as ACLED. Figures of one group told in different places (every one with a
   place) are different incidents and add up.
4. Figures for different groups (soldiers and civilians, one side and the other) add up;
   so do figures for "others" and "other people" (people besides those already counted).
5. A figure for people in general ("12 people", "the death toll") may include the particular
   groups: ``best`` is the larger of it and the sum of the particular groups, ``low`` the
   larger of their lows, ``high`` the sum of both (they might not overlap).

An open bound ("at least 30", "up to 30") counts at its stated figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from ._claimants import claimant_name
from ._groups import GENERAL, group_class, head_of, party
from ._model import Attribution, Claim, Count

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


@attrs.frozen
class _Figure:
    low: int
    best: int
    high: int


def _figure(count: Count) -> _Figure:
    best = told_value(count) or 0
    low = count.low if count.low is not None else best
    high = count.high if count.high is not None else best
    return _Figure(min(low, best), best, max(high, best))


def told_value(count: Count) -> int | None:
    """The figure a count tells: its best, or for a vague amount ("dozens", which has no
    best) its conventional floor; None for a count that tells no figure."""
    return count.best if count.best is not None else count.low if count.qualifier == "vague" else None


def claimant_of(attribution: Attribution | None) -> str | None:
    """Who claims a figure, as a key: the source's name, organisation or role, lowercased.
    A source with none of them (bare words such as "the first") is not a claimant."""
    who = claimant_name(attribution, "role")
    return who.lower() if who else None


def _claimant(claim: Claim) -> str | None:
    return claimant_of(claim.attribution)


def _reconcile(claims: Iterable[Claim]) -> _Figure:
    """One group's figures (rule 3): per claimant the highest, across claimants reconciled."""
    per_claimant: dict[str | None, _Figure] = {}
    for claim in claims:
        fig = _figure(claim.data["count"])
        key = _claimant(claim)
        old = per_claimant.get(key)
        if old is None or fig.best > old.best:
            per_claimant[key] = fig
    figures = list(per_claimant.values())
    return _Figure(min(f.low for f in figures), min(f.best for f in figures), max(f.high for f in figures))


def _by_place(claims: list[Claim]) -> list[list[Claim]]:
    """The claims of one group split by place when every one of them has a place and the
    places differ: "five policemen in Rutba" and "3 police officers in Mosul" are two
    incidents, not two counts of one."""
    places: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.location is None:
            return [claims]
        places.setdefault(claim.location.text.casefold(), []).append(claim)
    return list(places.values())


def _outcome_total(claims: list[Claim]) -> Tally:
    clusters: dict[tuple[object, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        group = claim.data.get("group")
        group = group if isinstance(group, str) else None
        side = claim.data.get("side")
        side = party(side) if isinstance(side, str) else None
        # "others" are people besides those already counted: each such figure is its own group
        own = claim.id if head_of(group) in ("others", "more") or (group or "").lower().startswith(
            "other ") else ""
        clusters[(side, group_class(group), own)].append(claim)
    general: list[_Figure] = []
    particular: list[_Figure] = []
    for (_, cls, own), members in clusters.items():
        # ("at least 21 other people" are besides those counted, not a toll that holds them)
        for incident in _by_place(members):
            (general if cls == GENERAL and not own else particular).append(_reconcile(incident))
    s_low = sum(f.low for f in particular)
    s_best = sum(f.best for f in particular)
    s_high = sum(f.high for f in particular)
    g_low = max((f.low for f in general), default=0)
    g_best = max((f.best for f in general), default=0)
    g_high = max((f.high for f in general), default=0)
    return Tally(low=max(s_low, g_low), best=max(s_best, g_best), high=s_high + g_high)


def not_this_events(claim: Claim) -> bool:
    """Whether a casualty figure tells no count of the event the report is about: an earlier
    event's or a whole war's (``background``), or a toll's value before its revision
    (``superseded``)."""
    return claim.data.get("background") is True or claim.data.get("superseded") is True


def tally(doc: Document) -> dict[str, Tally]:
    """Totals per outcome over the document's casualty claims (rules in the module doc)."""
    ids = {c.id for c in doc.claims}
    by_outcome: dict[str, list[Claim]] = defaultdict(list)
    for claim in doc.claims:
        count = claim.data.get("count") if claim.kind == "casualty" else None
        # a plugin's malformed claim is not worth a crash here
        outcome = claim.data.get("outcome")
        if not isinstance(count, Count) or told_value(count) is None or not isinstance(outcome, str):
            continue
        if claim.data.get("part_of") in ids or not_this_events(claim):
            continue
        by_outcome[outcome].append(claim)
    out: dict[str, Tally] = {}
    for outcome in sorted(by_outcome):
        claims = by_outcome[outcome]
        exact = [c for c in claims if c.data["count"].qualifier != "vague"]
        out[outcome] = _outcome_total(exact or claims)
    return out
