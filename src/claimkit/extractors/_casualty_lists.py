"""How the figures of one sentence relate: lists sharing a predicate, "including" parts,
appositions, and the totals of lists.

"6 commandos, 5 soldiers and 15 militants were killed" is a list: the predicate after the
last item belongs to every item, and the list also tells its total (26). "40 people were
killed, including six attackers" makes the six part of the forty.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from claimkit._groups import GENERAL_GROUPS, GROUP_CLASSES, group_class
from claimkit._model import Count

from . import _casualty_patterns as pat
from ._casualty_types import Figure, Mention

MAX_GAP: Final = 40        # characters between two figures that may still be linked
MAX_INCLUDE_GAP: Final = 70  # ... by "including" after a place and a time ("in Gaza on Monday, including")
SUBSET: Final = frozenset({"them", "whom", "those", "these", "which"})
_DISJOINT: Final = frozenset({"others", "more"})
_RELATIVE: Final = frozenset({"whom", "which"})
_NEW_SET: Final = regex.compile(r"(?i)\b(?:another|a\s+further)\s*+\Z")


def link(text: str, prev: Figure, f: Figure) -> None:
    """How ``f`` relates to the figure before it: a list item, or a part of it."""
    end = prev.tail_end
    if prev.right_span and prev.group is not None and prev.start < prev.right_span[0] \
            and prev.right_span[1] <= prev.group[0] and not text[prev.right_span[1]:prev.group[0]].strip():
        # the predicate is an adjective inside the group ("treated 22 wounded soldiers, six
        # militiamen and three civilians"): the list goes on after the group
        end = max(end, prev.np_end)
    elif prev.right_span and f.start > prev.right_span[0]:
        # After the previous figure's predicate only "including" links: "40 people were
        # killed, including six attackers" (a predicate before the group, "61 wounded
        # patients, including 19 children", is passed with the group)
        told = max(prev.right_span[1], prev.np_end, prev.tail_end)
        if _also(text, told, f):
            f.link = "also"
            return
        if 0 <= f.start - told <= MAX_INCLUDE_GAP and (
                pat.INCLUDE_GAP.match(text, told, f.start) or pat.HYPHEN_GAP.match(text, told, f.start)
                # "40 others were wounded, several of them critically": a part of them
                or ("them" in (f.part, f.head) and pat.COMMA_GAP.match(text, told, f.start))):
            f.link, f.in_part = "include", True
        return
    if prev.rejected or prev.alone or f.start < end or f.start - end > MAX_INCLUDE_GAP:
        return  # ("injuring another, an IS sniper also killed ...": "another" heads no list)
    if pat.INCLUDE_GAP.match(text, end, f.start):
        f.link, f.in_part = "include", True
    else:
        m = pat.LIST_GAP.match(text, end, f.start) if f.start - end <= MAX_GAP else None
        if m is None and _also(text, end, f):
            f.link = "also"
        elif m:
            f.link, f.in_part = "list", prev.in_part
            f.conj = bool(pat.CONJUNCTION.search(m.group()))
            f.semicolon = ";" in m.group()
            if not f.conj and f.head in _DISJOINT:
                f.link = None                 # "..., four others were injured": a new clause
            elif not f.right and pat.OTHER_PREDICATE.match(text, f.tail_end):
                f.link = None                 # "killed 150,000, and millions more have been displaced"
            elif prev.in_part and f.right and ("," in m.group() or _NEW_SET.search(m.group())):
                # "killed, including a woman and a child, and two others were injured": the
                # parts end at the comma (or at "another": "including 8 civilians and another
                # 27 people were wounded"), and a clause of its own begins
                f.link, f.in_part = None, False


# After a figure's clause, a figure it adds: "19 wounded soldiers had been admitted since
# Tuesday, along with four civilians" (wounded too; no list with a total, no part).
_ALSO_END: Final = regex.compile(r"(?i),\s*+(?:(?:along|together)\s++with|as\s++well\s++as)\s++\Z")
_CLAUSE_MARK: Final = regex.compile(r"[.;:!?\n]")


def _also(text: str, told: int, f: Figure) -> bool:
    """Whether ``f``, with no predicate of its own, is added by "along with" or "as well as"
    at the end of the clause that tells the figure before it (which ends at ``told``)."""
    return 0 <= f.start - told <= MAX_INCLUDE_GAP and not f.right and f.left is None \
        and _ALSO_END.search(text, told, f.start) is not None \
        and _CLAUSE_MARK.search(text, told, f.start) is None


def appositions(text: str, figs: list[Figure]) -> None:
    """A comma chain that no "and" closes is an apposition, not a list: "killing 29 people,
    one woman who was pregnant" tells one figure and a part of it. So is a chain set off by
    commas whose items add up to the figure before it: "two civilians, a farmer and his son,
    were killed" tells two deaths, not four; after a verb, the end of the sentence sets it off
    too ("injuring two civilians, a woman and a teenager.")."""
    i = len(figs) - 1
    while i > 0:
        if figs[i].link != "list":
            i -= 1
            continue
        j = i
        while j > 0 and figs[j].link == "list":
            j -= 1
        head = figs[j].head
        opened = figs[j + 1]
        if not figs[i].conj or opened.semicolon or (
                not opened.conj and head is not None and head in GENERAL_GROUPS) or (
                not opened.conj and _sums_to_opening(figs[j:i + 1])
                and (_SET_OFF_END.match(text, figs[i].tail_end) or (
                    figs[j].left is not None and _CLAUSE_END.match(text, figs[i].tail_end)))):
            for k in range(j + 1, i + 1):
                figs[k].link = "include"
        else:
            # a list whose last item is set off by its parts: "three wounded Afghan troops and
            # three more Americans, two troops and one contractor" (the two and the one are
            # of the three Americans)
            tail = next((k for k in range(j + 1, i) if not figs[k + 1].conj
                         and _sums_to_opening(figs[k:i + 1])
                         and _CLAUSE_END.match(text, figs[i].tail_end) is not None), None)
            if tail is not None:
                for k in range(tail + 1, i + 1):
                    figs[k].link = "include"
        i = j


# (a short phrase may end the last item before the comma: "a man and a woman travelling in a
# pickup truck, were killed")
_SET_OFF_END: Final = regex.compile(r"[^,.;:!?()\n]{0,60}+,")
_CLAUSE_END: Final = regex.compile(r"[ \t]*(?:[.;:!?](?!\d)|\n|\Z)")


def _sums_to_opening(chain: list[Figure]) -> bool:
    """Whether the exact figures after the first add up to the first (exact) one, and none of
    them is of another known kind ("two soldiers, a policeman and a civilian," is a list)."""
    if any(f.qualifier != "exact" for f in chain):
        return False
    opening = group_class(chain[0].head)
    # (a man or a woman may be any kind: "the two captured fighters, a man and a woman,"; and
    # people of a nation any: "three more Americans, two troops and one contractor")
    if chain[0].head in GROUP_CLASSES and any(
            f.head in GROUP_CLASSES and group_class(f.head) not in (opening, "men") for f in chain[1:]):
        return False
    return sum(f.best for f in chain[1:]) == chain[0].best


# How people were struck, which a toll's part may tell instead of its own outcome.
_HOW_STRUCK: Final = regex.compile(r"(?i)(?:hit|shot|struck)\b")


def propagate(text: str, figs: list[Figure]) -> None:
    """Share outcomes along lists and "including" chains; set parents."""
    for i, f in enumerate(figs):
        f.outcomes = f.right or (((f.held_before, f.left) if f.held_before else (f.left,)) if f.left else ())
        f.out_span = f.right_span if f.right else f.left_span
        if i and f.link == "include":
            # (a part told after a toll's earlier value is the toll's: "31 killed, up from 23
            # the day before, including seven children")
            whole = i - 2 if figs[i - 1].earlier and i >= 2 else i - 1
            f.parent = whole if figs[whole].parent is None else figs[whole].parent
    # A predicate after the last item belongs to the whole chain ("6 commandos, 5 soldiers
    # and 15 militants were killed"), the including figure too.
    carry: tuple[tuple[str, ...], tuple[int, int] | None] | None = None
    for f in reversed(figs):
        if f.right and f.part in _RELATIVE:
            # "four civilians, two of whom died": the relative clause's verb is the part's own
            carry = None
        elif f.right:
            carry = (f.right, f.right_span)
        elif carry is not None and not f.outcomes:
            f.outcomes, f.out_span = carry
        if not f.link:
            carry = None
    # A verb before the first item reaches every later item ("killing 3 soldiers and 2 civilians").
    for i in range(1, len(figs)):
        f = figs[i]
        if f.link and not f.outcomes:
            source = figs[f.parent] if f.link == "include" and f.parent is not None else figs[i - 1]
            f.outcomes, f.out_span = source.outcomes, source.out_span
        if f.link == "list" and f.parent is None and (parent := figs[i - 1].parent) is not None \
                and set(f.outcomes) == set(figs[parent].outcomes):
            f.parent = parent                 # "including 2 children and a woman"
    # "23 people had been killed, including at least nine civilians hit by stray bullets": how
    # the dead of a toll were struck, not a wound of their own
    for f in figs:
        if f.link == "include" and f.parent is not None and f.outcomes == ("wounded",) \
                and figs[f.parent].outcomes == ("killed",) and f.out_span is not None \
                and _HOW_STRUCK.match(text, *f.out_span) is not None:
            f.outcomes, f.out_span = figs[f.parent].outcomes, figs[f.parent].out_span
    # "8 of them were children": part of the figure before.
    for i, f in enumerate(figs):
        if f.part in SUBSET and f.parent is None:
            for j in range(i - 1, -1, -1):
                if figs[j].outcomes:
                    f.parent = j
                    if not f.outcomes:
                        f.outcomes, f.out_span = figs[j].outcomes, figs[j].out_span
                    break


def count_of(f: Figure) -> Count:
    """A figure's count (see :func:`count_between`)."""
    return count_between(f.best, f.low, f.high, f.qualifier, f.text)


def count_between(best: int, low: int | None, high: int | None, qualifier: str, text: str) -> Count:
    """A count whose stated bounds hold its best figure (a bound past it is moved to it)."""
    low = low if low is None or low <= best else best
    high = high if high is None or high >= best else best
    return Count(best, low, high, qualifier, text)


def sum_of(counts: list[Count], text: str) -> Count:
    """The total of a list's figures: bounds add up, the qualifier is the loosest one's."""
    quals = {c.qualifier for c in counts}
    lows = [c.low for c in counts]
    highs = [c.high for c in counts]
    if quals <= {"exact"}:
        qualifier = "exact"
    elif "vague" in quals:
        qualifier = "vague"
    elif quals <= {"exact", "at_least", "more_than"}:
        qualifier = "at_least"
    elif quals <= {"exact", "at_most"}:
        qualifier = "at_most"
    else:
        qualifier = "about"
    return Count(sum(c.best or 0 for c in counts),
                 None if None in lows else sum(x or 0 for x in lows),
                 None if None in highs else sum(x or 0 for x in highs), qualifier, text)


def add_totals(text: str, figs: list[Figure], index: dict[tuple[int, str], int],
                out: list[Mention]) -> None:
    """A list sharing one predicate ("2 journalists and a policeman were killed") also tells
    its total; the items become parts of it."""
    chains: list[list[int]] = []
    for i, f in enumerate(figs):
        if f.link == "list" and f.parent is None and i and figs[i - 1].parent is None and chains \
                and chains[-1][-1] == i - 1:
            chains[-1].append(i)
        else:
            chains.append([i])
    for chain in chains:
        if len(chain) < 2:
            continue
        for outcome in figs[chain[0]].outcomes:
            members = [index[(i, outcome)] for i in chain if (i, outcome) in index]
            if len(members) < 2:
                continue
            parts = [out[k] for k in members]
            first, last = figs[chain[0]], figs[chain[-1]]
            words = text[first.start:max(last.np_end, last.end)]
            count = sum_of([p.count for p in parts], words)
            if first.left_span is not None and "includ" in text[first.left_span[0]:first.start].lower():
                # "the dead include 3 children and 2 women": at least five, maybe more
                count = Count(count.best, count.low, None, "at_least", words)
            total = Mention(outcome, count, min(p.start for p in parts), max(p.end for p in parts),
                            total=True)
            k = len(out)
            out.append(total)
            for m in members:
                out[m] = attrs.evolve(out[m], parent=k)
