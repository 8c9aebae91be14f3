"""Reconciliation across documents: several reports of the same events, figure by figure.

:func:`reconcile` groups the casualty figures of every document by outcome and side (by
group when no side is known), keeps each figure with its document and claimant, and gives
each group ``low`` / ``best`` / ``high`` and a ``conflict`` flag.

The rule for ``best`` (:data:`BEST_RULE`). We keep UCDP's three figures rather than ACLED's
single conservative one, because the spread between what the parties say is itself the
finding: a reader must see that one side claims 58 dead and the other admits 23. For
``best`` we take the lower median of the claimants' figures, each claimant counted once
(with its highest figure, since tolls are revised upwards). With two claimants this is the
lower figure, ACLED's conservative choice; with three or more it is the middle one, so a
single party inflating the enemy's losses or hiding its own cannot move it. Outlets
repeating the same claimant do not count twice; a document's own voice is its own claimant.
A figure with no side for a party's generic forces ("23 soldiers were killed", said by
Pakistan's military) counts for the claimant's side. Civilians are no party: their figures are
one group, "civilians", however each report names them ("people", "villagers", "a woman", a
bare toll); a part of another figure ("16 of them children") is a figure of its own. Armed
people no party is named for are one group too ("18 jihadists", "11 gunmen"), "fighters".
A figure marked ``background`` (an earlier event's, or a whole war's: "The conflict has
killed more than 150,000 people") is none of these events' and is left out, as the tally
leaves it out; so is one marked ``superseded`` (a toll's value before its revision: "revised
down to 31 from 38").

The result does not depend on the order of the documents: documents are known by their
``id``, else by a digest of their text, and every list is sorted.
"""

from __future__ import annotations

import hashlib
import heapq
import json
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs
import regex

from ._claimants import claimant_name
from ._document import Document
from ._groups import CIVILIANS, FIGHTERS, group_class, party
from ._model import Claim, Count
from ._tally import not_this_events, told_value

BEST_RULE: Final = ("best is the lower median of the claimants' figures (each claimant once, with its "
                    "highest figure); low and high are the lowest and highest figures reported (UCDP-style "
                    "low/best/high; with two claimants best is the lower, ACLED's conservative figure)")


_COUNT_SO_FAR = 1.25
_SMALL_SLACK = 2


def allowed_range(count: Count) -> tuple[float, float] | None:
    """The values a figure allows: "at least 30" is 30 to 37.5 (a count so far, near 30, a
    quarter more at most: "at least 14 soldiers" and a claim of 20 are two accounts, "at
    least 30" and 31 one), "up to 12" is 6 to 12 (a party that puts the enemy's dead at "as
    many as 140" claims a toll near 140, not one of three), "about 40" is 36 to 44, "15-20" is
    15 to 20. None for a vague amount or no figure."""
    if count.best is None or count.qualifier == "vague":
        return None
    low = count.low if count.low is not None else count.best
    high = count.high if count.high is not None else count.best
    if count.qualifier in ("at_least", "more_than"):
        # (a small count allows a little more: "at least one" and "three" are one account)
        return (low, max(low * _COUNT_SO_FAR, low + _SMALL_SLACK))
    if count.qualifier == "at_most":
        return (high / 2, high)
    if count.qualifier == "about":
        return (low * 0.9, high * 1.1)
    return (low, high)


def _any_conflict(ranges: Sequence[tuple[tuple[str, str], tuple[float, float]]]) -> bool:
    """Whether two of ``ranges`` from different claimants, or from different documents, allow
    no common value: one ends below where the other begins. Each range comes with its
    ``(claimant, document)``.

    Linear in the number of ranges: per claimant and document the lowest end and the highest
    start are kept, and only the two lowest ends and the two highest starts can hold the
    widest gap between two different ones (comparing every pair took quadratic time on
    thousands of reports of one group)."""
    lowest_end: dict[tuple[str, str], float] = {}
    highest_start: dict[tuple[str, str], float] = {}
    for who, (low, high) in ranges:
        lowest_end[who] = min(lowest_end.get(who, high), high)
        highest_start[who] = max(highest_start.get(who, low), low)
    ends = heapq.nsmallest(2, ((end, who) for who, end in lowest_end.items()))
    starts = heapq.nlargest(2, ((start, who) for who, start in highest_start.items()))
    return any(end < start for end, a in ends for start, b in starts if a != b)


@attrs.frozen
class FigureClaim:
    """One figure in a group: which document, which claim, who claims it, the count."""

    doc: str
    claim: str
    claimant: str | None
    count: Count
    status: str = "asserted"

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "claim": self.claim, "claimant": self.claimant,
                "count": self.count.to_dict(), "status": self.status}


@attrs.frozen
class Figure:
    """The reconciled figure for one outcome and side: ``low <= best <= high``."""

    outcome: str
    side: str | None
    group: str | None
    low: int
    best: int
    high: int
    conflict: bool
    rule: str
    claims: tuple[FigureClaim, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "side": self.side, "group": self.group, "low": self.low,
                "best": self.best, "high": self.high, "conflict": self.conflict, "rule": self.rule,
                "claims": [c.to_dict() for c in self.claims]}


@attrs.frozen
class Reconciliation:
    """What :func:`reconcile` returns: one :class:`Figure` per outcome and side."""

    figures: tuple[Figure, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"figures": [f.to_dict() for f in self.figures]}


def doc_key(doc: Document) -> str:
    """How a document is named in the output: its id, else ``sha1:`` and a digest of its text."""
    if doc.id:
        return str(doc.id)
    return "sha1:" + hashlib.sha1(doc.text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _claimant(claim: Claim) -> str | None:
    who = claimant_name(claim.attribution)
    if who:
        return who
    words = claimant_name(claim.attribution, "words")
    return words.strip() or None if words is not None else None


# Forces a party calls its own when it gives their toll without naming them ("23 soldiers
# were killed", said by Pakistan's military): counted for the claimant's side.
_OWN_FORCES: Final = regex.compile(
    r"(?:(?:its|our|their)\s+(?:own\s+)?)?(?:soldiers|troops|servicemen|personnel|policemen|police(?:\s+officers)?|"
    r"guards|security\s+forces|service\s+members)", regex.IGNORECASE)


_LETTERS: Final = regex.compile(r"\p{L}+")


def _side_words() -> dict[str, str]:
    from ._plugins import side_vocabulary  # late: plugins import the model, not the other way

    return {term.lower(): side for term, side in side_vocabulary().items()}


def _claimant_side(claim: Claim, sides: dict[str, str]) -> str | None:
    """The side the claimant belongs to, when its name holds a known side term."""
    src = claim.attribution.source if claim.attribution else None
    if src is None:
        return None
    told = " ".join(x for x in (src.organization, src.text) if x)
    found = {sides[w.lower()] for w in _LETTERS.findall(told) if w.lower() in sides}
    return found.pop() if len(found) == 1 else None


@attrs.frozen
class _Item:
    key: str
    who: str  # the claimant, or the document's own voice
    ref: FigureClaim
    count: Count


def _figure(outcome: str, side: str | None, items: list[_Item]) -> Figure | None:
    # low and high span every figure reported; best comes from definite figures ("dozens"
    # only when nothing else is told).
    told = [i for i in items if told_value(i.count) is not None]
    numeric = [i for i in told if i.count.qualifier != "vague"] or told
    if not numeric:
        return None
    lows = [i.count.low if i.count.low is not None else i.count.best for i in told]
    highs = [i.count.high if i.count.high is not None else told_value(i.count) for i in told]
    per_claimant: dict[str, int] = {}
    for i in numeric:
        best = told_value(i.count) or 0
        per_claimant[i.who] = max(per_claimant.get(i.who, best), best)
    values = sorted(per_claimant.values())
    best = values[(len(values) - 1) // 2]
    conflict = _any_conflict([((i.who, i.key), r) for i in numeric if (r := allowed_range(i.count))])
    # Two documents may share a name (the same text twice): the whole record breaks ties.
    refs = tuple(sorted((i.ref for i in items),
                        key=lambda r: (r.doc, r.claim, json.dumps(r.to_dict(), sort_keys=True))))
    return Figure(outcome, side, None, min(v for v in lows if v is not None),
                  best, max(v for v in highs if v is not None), conflict, BEST_RULE, refs)


def _group_key(group: str | None) -> str | None:
    """How figures with no side are grouped: by their words ("11 inmates"), except the armed
    people no party is named for, who are one group however each report names them ("18
    jihadists", "six takfiri elements", "five gunmen" of one attack)."""
    if group is None:
        return None
    return FIGHTERS if group_class(group) == FIGHTERS else group.lower()


def reconcile(docs: Iterable[Document]) -> Reconciliation:
    """Reconcile the casualty figures of ``docs`` (several reports of the same events).

    Returns a :class:`Reconciliation` whose figures are grouped by outcome and side; see the
    module docs for how ``best`` is chosen. The same documents in any order give the same
    result.
    """
    docs = list(docs)
    sides_of = _side_words()
    from .extractors._sides import one_branch_each  # late, as for the side vocabulary

    # (a report that says "Islamic State" and one that says "Islamic State West Africa Province
    # (ISWAP)" tell of the same fighters)
    branch_of = one_branch_each(side for doc in docs for c in doc.claims
                                if c.kind == "casualty" and isinstance(side := c.data.get("side"), str)
                                and side.strip())
    groups: dict[tuple[str, str | None, str | None], list[_Item]] = {}
    sides: dict[tuple[str, str | None, str | None], set[str]] = {}
    group_names: dict[tuple[str, str | None, str | None], set[str]] = {}
    for doc in docs:
        key = doc_key(doc)
        for claim in doc.claims:
            if claim.kind != "casualty" or not_this_events(claim):
                continue  # (an earlier event's or a whole war's figure is none of these events';
                # a toll's value before its revision is no one's figure now)
            count, outcome = claim.data.get("count"), claim.data.get("outcome")
            side, group = claim.data.get("side"), claim.data.get("group")
            if not isinstance(count, Count) or not isinstance(outcome, str):
                continue
            side = party(side) if isinstance(side, str) and side.strip() else None
            side = branch_of.get(side, side) if side is not None else None
            group = group if isinstance(group, str) and group.strip() else None
            if side is None and group is not None and _OWN_FORCES.fullmatch(group):
                side = _claimant_side(claim, sides_of)
            if side is None and claim.data.get("side") == CIVILIANS and not claim.data.get("part_of"):
                # "27 people" (medics), "41 civilians" (the local authority), "the toll" (the
                # outlet), "a 67-year-old woman" (the governor) of one attack: the same
                # non-combatants however each names them; a part ("16 of them children") is
                # a figure of its own
                group = CIVILIANS
            gkey = (outcome, side.lower() if side else None, None if side else _group_key(group))
            who = _claimant(claim)
            ref = FigureClaim(key, claim.id, who, count, claim.status)
            groups.setdefault(gkey, []).append(_Item(key, (who or "doc:" + key).lower(), ref, count))
            sides.setdefault(gkey, set()).update(n for n in (side,) if n)
            group_names.setdefault(gkey, set()).update(n for n in (group,) if n)
    figures = []
    for gkey in sorted(groups, key=lambda k: tuple(x or "" for x in k)):
        outcome = gkey[0]
        # The names shown: the shortest spelling, ties broken alphabetically (order-free).
        side = min(sides[gkey], key=lambda n: (len(n), n), default=None)
        group = min(group_names[gkey], key=lambda n: (len(n), n), default=None)
        fig = _figure(outcome, side, groups[gkey])
        if fig is not None:
            figures.append(attrs.evolve(fig, group=group))
    return Reconciliation(tuple(figures))


__all__ = ["BEST_RULE", "Figure", "FigureClaim", "Reconciliation", "allowed_range", "doc_key", "reconcile"]
