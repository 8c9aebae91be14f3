"""Casualty mentions in one sentence: figure, group and outcome, read around each number.

For every number in a candidate sentence (and every "a soldier" / "another" that counts as
one) the reader looks right for the group's noun phrase and a passive predicate ("58
Pakistani soldiers | were killed"), left for an active verb or a toll noun ("killing | 58",
"the death toll rose to | 40"), and links neighbouring figures: a list ("6 commandos, 5
soldiers and 15 militants were killed") shares one predicate, and "including" makes a figure
part of the one before it. Every step is an anchored pattern over a bounded window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from claimkit._model import Count
from claimkit.text import NumberMention, find_numbers

from . import _casualty_lexicon as lex
from . import _casualty_patterns as pat

_WINDOW: Final = 90        # characters searched left of a number for its verb
_MAX_GAP: Final = 40       # characters between two figures that may still be linked
_OWN: Final = frozenset({"its", "their", "our", "his", "her"})
_SUBSET: Final = frozenset({"them", "whom", "those", "these", "which"})
_DISJOINT: Final = frozenset({"others", "more"})


@attrs.frozen
class Mention:
    """One figure for one outcome, as read from a sentence.

    ``start``/``end`` cover the evidence (figure, group and the outcome's words);
    ``group_span`` the group's words; ``parent`` the index (in the sentence's list) of the
    figure this one is part of ("12 killed, including 8 children"); ``own`` is True when the
    group points back at the speaker ("nine of its own fighters", "our soldiers"); ``total``
    marks the sum of a list ("6 commandos, 5 soldiers and 15 militants were killed" -> 26),
    whose items are its parts; ``lost`` a figure the subject lost ("Russian forces lost 1,200
    troops"), whose side is the subject's.
    """

    outcome: str
    count: Count
    start: int
    end: int
    group: str | None = None
    group_span: tuple[int, int] | None = None
    head: str | None = None
    parent: int | None = None
    own: bool = False
    lost: bool = False
    total: bool = False


@attrs.define
class _Figure:
    """A number being read (mutable while the sentence is read, then frozen into Mentions)."""

    start: int
    end: int
    best: int
    low: int | None
    high: int | None
    qualifier: str
    text: str
    np_end: int = 0
    tail_end: int = 0
    group: tuple[int, int] | None = None
    head: str | None = None
    part: str | None = None
    person: bool = False
    rejected: bool = False
    ambiguous: bool = False
    right: tuple[str, ...] = ()
    right_span: tuple[int, int] | None = None
    left: str | None = None
    left_span: tuple[int, int] | None = None
    link: str | None = None          # to the previous figure: "list" or "include"
    conj: bool = False               # the list link has "and" (or "as well as" ...)
    semicolon: bool = False
    parent: int | None = None
    outcomes: tuple[str, ...] = ()
    out_span: tuple[int, int] | None = None
    bare: bool = False               # "another", "a third": a figure only before its own predicate


def _figures(text: str, s: int, e: int, numbers: Sequence[NumberMention] | None = None) -> list[_Figure]:
    """Numbers in text[s:e] that may count people, and the figures of one ("a soldier")."""
    out: list[_Figure] = []
    for n in find_numbers(text, s, e) if numbers is None else numbers:
        if n.best is None:
            continue
        if pat.NOT_A_COUNT_BEFORE.search(text, max(s, n.start - 30), n.start):
            continue
        if pat.NOT_A_COUNT_AFTER.match(text, n.end, e):
            continue
        if n.text.isdigit() and len(n.text) <= 2 and pat.COMMA_AFTER.match(text, n.end, e) \
                and pat.AGE_AFTER_NAME.search(text, max(s, n.start - 40), n.start):
            continue                                  # "Anna Kovac, 22, of the police": an age
        out.append(_Figure(n.start, n.end, n.best, n.low, n.high, n.qualifier, n.text))
    taken = [(f.start, f.end) for f in out]

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in pat.SINGULAR.finditer(text, s, e):
        a, b = m.span("det") if m["det"] else m.span("poss")
        if free(a, b) and not pat.ROLE_BEFORE.search(text, max(s, m.start() - 12), m.start()):
            q = m["q"]
            out.append(_Figure(m.start(), b, 1, 1, None if q else 1, "at_least" if q else "exact",
                               text[m.start():b]))
    for m in pat.ANOTHER.finditer(text, s, e):
        if free(m.start(), m.end()):
            out.append(_Figure(m.start(), m.end(), 1, 1, 1, "exact", m.group(), bare=True))
    out.sort(key=lambda f: f.start)
    return out


def _read_group(text: str, f: _Figure, e: int) -> None:
    """The group's noun phrase after the figure: its words, head and where it ends."""
    start = f.end
    if f.qualifier == "vague" and (of := pat.VAGUE_OF.match(text, start, e)):
        start = of.end()
    m = pat.NP.match(text, start, e)
    f.np_end = f.tail_end = f.end
    if m is None:
        return
    f.part = (m["part"] or "").lower() or None
    run_start, run_end = m.span("run")
    f.np_end = f.tail_end = m.end()
    if run_end <= run_start:
        return
    last_person: tuple[int, int] | None = None
    word = ""
    thing = person_like = False
    for k, w in enumerate(pat.WORDS.finditer(text, run_start, run_end)):
        word = w.group()
        if pat.is_person(word):
            last_person = w.span()
        elif pat.is_thing(word):
            thing = thing or k == 0
        elif pat.person_like(word):
            person_like = True
    if pat.is_thing(word) or (thing and last_person is None and not person_like):
        f.rejected = True                 # "12 tanks", "two police vehicles", "2 km away"
        return
    first = pat.WORDS.search(text, run_start, run_end)
    g_start = first.start() if first else run_start
    if last_person:
        f.group = (g_start, last_person[1])
        f.head = text[last_person[0]:last_person[1]].lower()
        f.person = True
        f.np_end = last_person[1]
    else:
        f.group = (g_start, run_end)
        f.head = text[g_start:run_end].rsplit(None, 1)[-1].lower()
    pp = pat.PP.match(text, f.np_end, e)
    f.tail_end = pp.end() if pp else f.np_end


def _noun_after(text: str, start: int, e: int) -> tuple[str, tuple[int, int]] | None:
    """The noun after an adjectival outcome ("30 dead | soldiers", "six dead | horses"):
    ``("person", span)`` ending at its person word, ``("thing", span)``, or None."""
    m = pat.NP.match(text, start, e)
    if m is None or m.end("run") <= m.start("run"):
        return None
    words = list(pat.WORDS.finditer(text, *m.span("run")))
    people = [w for w in words if pat.is_person(w.group())]
    if people:
        return "person", (words[0].start(), people[-1].end())
    if words and pat.is_thing(words[-1].group()):
        return "thing", (words[0].start(), words[-1].end())
    return None


def _agrees(be: str, f: _Figure) -> bool:
    """Whether a form of "be" agrees with the figure: "was" for one, "were" for more."""
    be = be.lower()
    if be.startswith("had"):
        return True
    return (f.best == 1 and f.qualifier == "exact") == be.startswith(("was", "is", "has"))


def _read_relaxed(text: str, f: _Figure, e: int) -> None:
    """A predicate a few words further on ("Two health workers fighting the outbreak were
    killed"), for a figure with a group and nothing closer."""
    m = pat.RELAXED.match(text, f.tail_end, e)
    if m is None:
        return
    if m["be"] is not None and not _agrees(m["be"], f):
        return
    out = pat.passive_outcome(m["out"] or m["intr"])
    if out is not None:
        if f.group:
            f.group = (f.group[0], f.tail_end)       # "members | of the SDF | in Manbij died"
        f.right = (out,)
        f.right_span = m.span("out") if m["out"] else m.span("intr")


def _read_right(text: str, f: _Figure, e: int) -> None:
    """A passive predicate after the group: "were killed", "dead", "died"."""
    positions = [f.np_end]
    if f.group and f.group[1] != f.np_end:
        positions.append(f.group[1])
    if f.tail_end != f.np_end:
        positions.append(f.tail_end)
    for pos in positions:
        m = pat.RIGHT.match(text, pos, e)
        if m is None:
            continue
        out = m["out"]
        if not pat.has_be(m["aux"]) and pat.norm(out) in lex.AMBIGUOUS_PARTICIPLES \
                and not pat.PASSIVE_TAIL.match(text, m.end(), e):
            return                                    # "gunmen killed two guards": active
        first = pat.passive_outcome(out)
        if first is None or (pat.norm(out) == "shot" and pat.SHOT_NOT_HIT.match(text, m.end(), e)):
            return
        after_group: tuple[int, int] | None = None
        after = _noun_after(text, m.end(), e) if f.group is None else None
        if after is not None:
            kind, span = after
            if kind == "thing":
                f.rejected = True                     # "six dead horses"
                return
            after_group = span
        outcomes = [first]
        second = pat.SECOND.match(text, m.end(), e)
        end = m.end()
        if second:
            other = pat.passive_outcome(second["out"])
            if other == "killed" and pat.norm(out) == "shot":
                outcomes = [other]                   # "were shot and later died"
                other = None
                end = second.end()
            if other and {first, other} == {"killed", "wounded"}:
                f.ambiguous = True                   # "were killed or wounded": no figure for either
                return
            if other and other != first:
                outcomes.append(other)
                end = second.end()
        if pos == f.tail_end and f.group:
            f.group = (f.group[0], f.tail_end)
        if after_group is not None and len(outcomes) == 1:
            f.group, f.person = after_group, True     # "30 dead soldiers"
            f.np_end = after_group[1]
            f.head = text[after_group[0]:after_group[1]].rsplit(None, 1)[-1].lower()
        f.right = tuple(outcomes)
        f.right_span = (m.start("out"), end)
        return


def _read_left(text: str, f: _Figure, s: int) -> None:
    """An active verb or toll noun before the figure: "killing", "the death toll rose to"."""
    m = pat.LEFT.search(text, max(s, f.start - _WINDOW), f.start)
    if m is None:
        return
    if m["verb"]:
        verb = pat.norm(m["verb"])
        if verb in lex.NEEDS_PERSON and not (f.person or f.part in _OWN):
            return
        f.left = pat.active_outcome(verb)
        f.left_span = m.span("verb")
    elif m["noun"]:
        f.left = pat.noun_outcome(m["noun"])
        f.left_span = m.span("noun")
    else:
        word = m["along"].split()[0].lower()
        f.left = "wounded" if word in ("wounded", "injured", "hurt") else "killed"
        f.left_span = m.span("along")


def _link(text: str, prev: _Figure, f: _Figure) -> None:
    """How ``f`` relates to the figure before it: a list item, or a part of it."""
    end = prev.tail_end
    if prev.right_span and f.start > prev.right_span[0]:
        # After the previous figure's predicate only "including" links: "40 people were
        # killed, including six attackers".
        if 0 <= f.start - prev.right_span[1] <= _MAX_GAP \
                and pat.INCLUDE_GAP.match(text, prev.right_span[1], f.start):
            f.link = "include"
        return
    if prev.rejected or f.start - end > _MAX_GAP or f.start < end:
        return
    if pat.INCLUDE_GAP.match(text, end, f.start):
        f.link = "include"
    else:
        m = pat.LIST_GAP.match(text, end, f.start)
        if m:
            f.link = "list"
            f.conj = bool(pat.CONJUNCTION.search(m.group()))
            f.semicolon = ";" in m.group()
            if not f.conj and f.head in _DISJOINT:
                f.link = None                 # "..., four others were injured": a new clause


def _appositions(figs: list[_Figure]) -> None:
    """A comma chain that no "and" closes is an apposition, not a list: "killing 29 people,
    one woman who was pregnant" tells one figure and a part of it."""
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
                not opened.conj and head is not None and head in lex.GENERAL_GROUPS):
            for k in range(j + 1, i + 1):
                figs[k].link = "include"
        i = j


def _propagate(figs: list[_Figure]) -> None:
    """Share outcomes along lists and "including" chains; set parents."""
    for i, f in enumerate(figs):
        f.outcomes = f.right or ((f.left,) if f.left else ())
        f.out_span = f.right_span if f.right else f.left_span
        if i and f.link == "include":
            f.parent = i - 1 if figs[i - 1].parent is None else figs[i - 1].parent
    # A predicate after the last item belongs to the whole chain ("6 commandos, 5 soldiers
    # and 15 militants were killed"), the including figure too.
    carry: tuple[tuple[str, ...], tuple[int, int] | None] | None = None
    for f in reversed(figs):
        if f.right:
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
    # "8 of them were children": part of the figure before.
    for i, f in enumerate(figs):
        if f.part in _SUBSET and f.parent is None:
            for j in range(i - 1, -1, -1):
                if figs[j].outcomes:
                    f.parent = j
                    if not f.outcomes:
                        f.outcomes, f.out_span = figs[j].outcomes, figs[j].out_span
                    break


def _count(f: _Figure) -> Count:
    low = f.low if f.low is None or f.low <= f.best else f.best
    high = f.high if f.high is None or f.high >= f.best else f.best
    return Count(f.best, low, high, f.qualifier, f.text)


def _sum(counts: list[Count], text: str) -> Count:
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


def _add_totals(text: str, figs: list[_Figure], index: dict[tuple[int, str], int],
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
            total = Mention(outcome, _sum([p.count for p in parts], words),
                            min(p.start for p in parts), max(p.end for p in parts), total=True)
            k = len(out)
            out.append(total)
            for m in members:
                out[m] = attrs.evolve(out[m], parent=k)


def sentence_mentions(text: str, s: int, e: int,
                      numbers: Sequence[NumberMention] | None = None) -> list[Mention]:
    """Every casualty mention in the sentence ``text[s:e]``, figures of zero included.
    ``numbers`` are the sentence's numbers when the caller has read them already."""
    figs = _figures(text, s, e, numbers)
    for f in figs:
        _read_group(text, f, e)
    for i, f in enumerate(figs):
        if f.rejected:
            continue
        if f.head is None and f.group is None and len(f.text) == 4 and f.text.isdigit() \
                and 1800 <= f.best <= 2100:
            f.rejected = True                         # a year
            continue
        _read_right(text, f, e)
        if not f.right:
            _read_left(text, f, s)
        if not f.right and not f.left and f.head == "lives" \
                and pat.LIVES_BEFORE.search(text, max(s, f.start - 24), f.start):
            f.left, f.left_span = "killed", (f.group[0], f.group[1]) if f.group else (f.start, f.end)
            f.group = f.head = None                   # "lives" name no group
        if not f.right and not f.left and f.group is not None:
            _read_relaxed(text, f, e)
        if i:
            _link(text, figs[i - 1], f)
    _appositions(figs)
    _propagate(figs)
    index: dict[tuple[int, str], int] = {}
    out: list[Mention] = []
    for i, f in enumerate(figs):
        if f.rejected or f.ambiguous or not f.outcomes or f.out_span is None:
            continue
        if f.bare and f.link is None and not f.right:
            continue
        start = min(f.start, f.out_span[0])
        end = max(f.np_end, f.out_span[1], f.end) if f.out_span[0] >= f.start else max(f.np_end, f.end)
        if f.bare and not f.person:
            f.group = f.head = None                   # "another | sustained injuries"
        group = text[f.group[0]:f.group[1]] if f.group else None
        for outcome in f.outcomes:
            if outcome in ("captured", "arrested", "kidnapped", "missing") and not f.person \
                    and f.group is not None:
                continue                              # "captured 25 posts" is not about people
            parent = index.get((f.parent, outcome)) if f.parent is not None else None
            index[(i, outcome)] = len(out)
            lost = f.left_span is not None and f.outcomes == (f.left,) \
                and pat.norm(text[f.left_span[0]:f.left_span[1]]) in lex.LOSING
            out.append(Mention(outcome, _count(f), start, end, group, f.group, f.head, parent,
                               f.part in _OWN, lost=lost))
    _add_totals(text, figs, index, out)
    for m in pat.ZERO.finditer(text, s, e):
        words = {pat.norm(m[k] or "") for k in ("noun", "verb", "verb2")}
        outcomes: list[str] = []
        for w in words:
            outcomes.extend(o for o in pat.ZERO_OUTCOMES.get(w, ()) if o not in outcomes)
        for outcome in outcomes:
            out.append(Mention(outcome, Count(0, 0, 0, "exact", m.group()), m.start(), m.end()))
    return out
