"""Claims the casualty reader made that are no figures of their own, and their removal.

A report describes the people of a figure as often as it counts them: "killed 11 civilians,
among them a woman" counts eleven, and "a woman" is one of them; "her neighbour, a motorcycle
taxi driver, was shot dead" names one person twice; "40 were wounded, two of them in critical
condition" tells the state of two of the forty. Each reading is right as a reading, but as a
claim it would count people already counted: the tally skips parts, a reader of the claims
would not. :func:`no_figures_dropped` removes them after the claims are built (their indexes
into a sentence's mentions stay valid while the claims are read).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from claimkit._model import Claim, Span
from claimkit.text import find_numbers


def no_figures_dropped(text: str, claims: list[Claim], sources: Sequence[Span] = ()) -> list[Claim]:
    """``claims`` without those that only describe, name again or qualify people another claim
    counts (see the module), or that read a statement's speaker (one of ``sources``) as a
    victim; a claim that was part of a dropped one loses its ``part_of``."""
    by_id = {c.id: c for c in claims}
    # the figures with a part that counts ("including three soldiers and a contractor")
    with_kinds = {c.data["part_of"] for c in claims if "part_of" in c.data and not _articles_only(c)}
    dropped = {c.id for c in claims if _described_victim(text, c, by_id, with_kinds)
               or _condition_part(text, c, by_id) or _speaker(c, sources) or _toll_rose_by(text, c)}
    dropped |= _appositions(claims, by_id)
    if not dropped:
        return claims
    return [c if c.data.get("part_of") not in dropped
            else attrs.evolve(c, data={k: v for k, v in c.data.items() if k != "part_of"})
            for c in claims if c.id not in dropped]


def _described_victim(text: str, claim: Claim, by_id: dict[str, Claim], with_kinds: set[str]) -> bool:
    """Whether ``claim`` only describes people of a figure told elsewhere, in every mention:
    one person named with an article or a possessive among them ("killed 11 civilians, among
    them a woman", "five villagers, including his brother", "A teenage girl was among
    the wounded"), or a list of such ("A pharmacist and a 14-year-old boy were among the dead"),
    or a person set off after a larger figure (see :func:`_set_off_part`) of which ``with_kinds``
    holds no counted kind. A count of its own stays a figure ("Three police officers were among
    the wounded")."""
    count = claim.data["count"]
    if count.text.lower() in _ONE:
        whole = by_id.get(claim.data.get("part_of", ""))
        if whole is not None and whole.data.get("total") and not _articles_only(whole):
            return False  # "Two soldiers and a civilian were among the dead": one civilian
        if whole is not None and whole.id not in with_kinds and _set_off_part(text, claim, whole):
            return True
    elif not (claim.data.get("total") and _articles_only(claim)):
        return False
    # (the evidence may start after "among them": "three civilians, among them a woman, were
    # killed")
    return all(_AMONG.search(text, max(0, s.start - _AMONG_REACH), s.end)
               or _AMONG_LIST.search(text, max(0, s.start - _AMONG_LIST_REACH), s.start)
               for s in claim.mentions)


def _set_off_part(text: str, claim: Claim, whole: Claim) -> bool:
    """Whether the person ``claim`` names is one of the people of ``whole``, a larger figure with
    the same outcome, told after it in its clause and set off from it: "two civilians, a man and
    his son, were wounded", "five civilians, including a trader and his son"."""
    return not whole.data.get("total") and whole.data["outcome"] == claim.data["outcome"] \
        and (whole.data["count"].low or 0) > 1 \
        and all(any(_set_off_after(text, w, s) for w in whole.mentions) for s in claim.mentions)


def _set_off_after(text: str, whole: Span, part: Span) -> bool:
    """Whether the evidence ``part`` tells people set off after the figure whose evidence is
    ``whole``: inside it after a comma or "including" ("two civilians, | a man and his son, were
    wounded"), or running on from its end ("injuring two civilians|, a woman and a teenager")."""
    if whole.start < part.start <= whole.end:
        return _LINKED_PART.search(text, whole.start, part.start) is not None
    return part.start == whole.start and part.end > whole.end \
        and _LINKED_PART.match(text, whole.end, part.end) is not None


def _speaker(claim: Claim, sources: Sequence[Span]) -> bool:
    """Whether ``claim`` is a figure of one read from a statement's source, in every mention
    ("killing nine soldiers, a commander at the base said": the commander speaks)."""
    return claim.data["count"].text.lower() in ("a", "an") and bool(sources) and all(
        any(src.start < s.end <= src.end for src in sources) for s in claim.mentions)


def _appositions(claims: list[Claim], by_id: dict[str, Claim]) -> set[str]:
    """The ids of figures of one that name a person another figure of one already counts: one
    told only inside another with the same outcome ("A leader of a battalion Mikhail Tolstykh
    was killed"), or in apposition as its part ("her neighbour, a motorcycle taxi driver, was
    shot dead"). One sweep over the mentions sorted by start (longest first), so it stays
    n log n."""
    ones = sorted(((span.start, -span.end, c.data["outcome"], c.id) for c in claims
                   if c.data["count"].best == 1 and c.data["count"].qualifier == "exact"
                   and "part_of" not in c.data  # (not the items of a list: "a driver and a nurse")
                   for span in c.mentions), key=lambda t: t[:2])
    widest: dict[str, tuple[int, str]] = {}  # outcome -> (the furthest end so far, its claim)
    inside: dict[str, bool] = {}
    for _start, neg_end, outcome, cid in ones:
        end = -neg_end
        far = widest.get(outcome)
        within = far is not None and far[0] >= end and far[1] != cid
        inside[cid] = inside.get(cid, True) and within
        if far is None or end > far[0]:
            widest[outcome] = (end, cid)
    # a part of one of a figure of one: the same person named again ("her neighbour, a
    # motorcycle taxi driver,")
    named_again = {c.id for c in claims if (whole := by_id.get(c.data.get("part_of", ""))) is not None
                   and c.data["count"].best == 1 and whole.data["count"].best == 1
                   and whole.data["outcome"] == c.data["outcome"]}
    return {cid for cid, all_inside in inside.items() if all_inside} | named_again


def _articles_only(total: Claim) -> bool:
    """Whether a list's total counts people named with articles only ("a pharmacist and a
    14-year-old boy")."""
    return not find_numbers(_AGE.sub("", total.data["count"].text))


_AGE: Final = regex.compile(r"\d+-year-old")
_ONE: Final = ("a", "an", "his", "her")  # the count of one person named, not counted


_AMONG_REACH: Final = len("among them ")
# "including", "among them", "among whom", "among the dead", "among those killed"
_AMONG: Final = regex.compile(r"(?i)\b(?:including|among\s+(?:them|whom|those|the\s+(?:dead|killed|injured|"
                              r"wounded|victims|casualties|fatalities|hurt)))\b")


# The words after a figure that open a list of its people ("including", "among them").
_PARTS_OPEN: Final = r"(?:including|among\s+(?:them|whom))"
# what sets a figure's people off from it: an apposition's comma, a colon, "including", ...
_LINKED_PART: Final = regex.compile(r"(?i)[,;:]|\b" + _PARTS_OPEN + r"\b")


_AMONG_LIST_REACH: Final = 100
# ... or after others named so: "among them a paramedic and | a farm worker"
_AMONG_LIST: Final = regex.compile(
    r"(?i)\b" + _PARTS_OPEN + r"(?:(?:\s*+,)?\s++(?:a|an|his|her|their|its)\s++[^\s,.;:]++"
    r"(?:\s++(?!and\b)[^\s,.;:]++){0,3}?(?:\s*+,|\s++and)){1,3}\s++\Z")


def _condition_part(text: str, claim: Claim, by_id: dict[str, Claim]) -> bool:
    """Whether ``claim`` is a part of a figure with the same outcome that only tells how some of
    its people are ("40 were wounded, two of them in critical condition", "one of them
    seriously"): the state of people counted, no figure of its own."""
    whole = by_id.get(claim.data.get("part_of", ""))
    return whole is not None and whole.data["outcome"] == claim.data["outcome"] \
        and all(_CONDITION.search(text, s.start, s.end + _CONDITION_REACH) for s in claim.mentions)


# (the state may follow the evidence: "wounded, one of them | seriously")
_CONDITION_REACH: Final = 40
# "of them" and a state, with no predicate of its own: "two of them (were) in critical condition"
_CONDITION: Final = regex.compile(
    r"(?i)\bof\s+them\s+(?:(?:were|was|are|is|remain|remained)\s+)?(?:in\s+(?:a\s+)?(?:critical|serious|"
    r"stable|grave)\s+condition|critically|seriously|severely|gravely|badly|lightly|slightly|moderately)\b")


def _toll_rose_by(text: str, claim: Claim) -> bool:
    """Whether ``claim`` is the death of one person given as the reason a toll rose, in every
    mention ("the death toll rose to 12 after a woman died in hospital", "updated the toll to six,
    after one of the wounded died"): the toll counts that person already."""
    return claim.data["outcome"] == "killed" and claim.data["count"].text.lower() in (*_ONE, "one") \
        and all(_ROSE_AFTER.search(text, max(0, s.start - _ROSE_REACH), s.start) for s in claim.mentions)


_ROSE_REACH: Final = 160
# a verb that moves a toll, its new figure ("to 12"), then the clause that says why ("after")
_ROSE_AFTER: Final = regex.compile(
    r"(?i)\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|reached|raised|raising|raises|bringing|"
    r"brings|brought|updated|updating|revised|pushing|pushed|taking|took)\b[^.;!?\n]{0,100}?\bto\s++"
    r"[^.;!?\n]{1,40}?\b(?:after|when|as)\s++\Z")
