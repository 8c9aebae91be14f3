"""One casualty claim per fact (:func:`claims_per_fact`).

Told figures of the same (outcome, figure, side) by the same claimant merge into one fact
(``_casualty_facts``), which becomes one claim with its id, its count as told, its group, its
side and every place it is told. A figure with no side of its own takes one from the figures
told before it (``_casualty_earlier_side``), else an unmarked group's (``_casualty_unmarked``);
a part takes its whole's (``_casualty_part_side``).
"""

from __future__ import annotations

from typing import Any

import attrs

from claimkit._document import Document
from claimkit._groups import CIVILIANS
from claimkit._model import Claim, Count, Span

from ._casualty_background import whole_war_toll
from ._casualty_earlier_side import (
    AND_THEN_VERB,
    OTHER_TOLL_BEFORE,
    PUT_AT_BEFORE,
    SENTENCES_BACK,
    THE_BEFORE,
    TOLD_BEFORE_HEADS,
    one_side_before,
    other_voice,
    same_force,
    side_told_before,
)
from ._casualty_facts import MAX_FACTS_PER_FIGURE, Fact, Told, attribution_of, informative
from ._casualty_find import EARLIER_VALUE
from ._casualty_home import Home
from ._casualty_part_side import parts_take_their_side
from ._casualty_people import ACTIVE_START, GENERIC_PEOPLE, PRISONER_HEADS, sentence_around
from ._casualty_unmarked import nationals_side, unmarked_side
from ._sides import SideIndex

# A toll that large, told as what a war's violence has done, is the war's whole toll.
_WAR_SCALE = 1000


def _as_told(count: Count) -> Count:
    """A claim's count: a vague amount ("dozens") has no best estimate, only its conventional
    floor as ``low`` (12 for "dozens"; see the number reader), which the tally counts when
    nothing else is told."""
    return attrs.evolve(count, best=None) if count.qualifier == "vague" else count


def claims_per_fact(doc: Document, told: list[Told], sides: SideIndex, home: Home) -> list[Claim]:
    """One claim per fact: mentions of the same (outcome, figure, side) by the same claimant
    (or with no claimant) in different sentences merge."""
    facts: list[Fact] = []
    where: list[int] = []                      # told index -> fact index
    buckets: dict[tuple[str, int | None, bool], list[int]] = {}
    for t in told:
        # (a vague amount is never an exact figure: "dozens", whose floor is 12, is no "12")
        count = t.mention.count
        bucket = buckets.setdefault((t.mention.outcome, count.best, count.qualifier == "vague"), [])
        for k in bucket[-MAX_FACTS_PER_FIGURE:]:
            if facts[k].accepts(t):
                facts[k].add(t)
                where.append(k)
                break
        else:
            where.append(len(facts))
            bucket.append(len(facts))
            facts.append(Fact.of(t))
    taken = {c.id for c in doc.claims}
    ids: list[str] = []
    n = len(doc.claims_of("casualty"))
    for _ in facts:
        n += 1
        while f"casualty-{n}" in taken:
            n += 1
        ids.append(f"casualty-{n}")
    # Parents are indexed within a sentence's mention list; map them to told indices.
    first_of_sentence: dict[int, int] = {}
    for i, t in enumerate(told):
        first_of_sentence.setdefault(t.sentence, i)
    claims: list[Claim] = []
    index_of = {id(t): i for i, t in enumerate(told)}
    for k, one in enumerate(facts):
        fact = one.told
        main = max(fact, key=informative)
        m = main.mention
        attribution = attribution_of(fact)
        i = index_of[id(main)]
        # the figure before, past its parts ("killed 76 fighters, including three commanders,
        # and wounded 18 others": others of the 76)
        j = i - 1
        while j > 0 and told[j].mention.parent is not None and told[j].sentence == main.sentence:
            j -= 1
        before = told[j].mention if i else None
        side = nationals_side(doc.text, m, main.side) if main.side is not None else None
        if side is None and m.head in ("others", "more", None) and not m.total and before is not None \
                and before.end <= m.start and before.parent is None and where[j] < k \
                and main.sentence in facts[where[j]].sentences \
                and (not other_voice(told[j], main)  # (not "..., while Armenia put its toll at")
                     or EARLIER_VALUE.search(doc.text, max(0, m.start - 16), m.start) is not None):
            # "killed seven fighters and wounded nine others", "... and 23 wounded": others of
            # the figure before, or the same people (whoever gave the figure it was revised
            # from: "31 fighters were killed, up from the 23 the group announced"), before any
            # default for a bare figure (not of a part: "ten people, including four Americans,
            # and twenty others"; nor a list's total, on the side its items share: "took 149
            # hostages and killed a journalist and a police officer")
            side = claims[where[j]].data["side"]
        if side is None and m.head in PRISONER_HEADS and before is not None and where[j] < k \
                and before.end <= m.start and ACTIVE_START.match(doc.text, before.start) is not None \
                and AND_THEN_VERB.fullmatch(doc.text, before.end, m.start) is not None:
            # "killed 45 RSF fighters there and taken 6 prisoners": of the party whose people
            # the same subject killed
            side = claims[where[j]].data["side"]
        if side is None and m.head and m.group_span is not None \
                and THE_BEFORE.search(doc.text, max(0, m.group_span[0] - 5), m.group_span[0]):
            side = side_told_before(told, i, where, claims, m.head, SENTENCES_BACK)
        if side is None and m.head in ("others", "more") and (i == 0 or told[i - 1].sentence < main.sentence):
            # "Eight soldiers were killed ... He said four others were injured", "Five more were
            # captured": others of the people counted in the sentence before, when all of them
            # are of one side
            side = one_side_before(told, i, where, claims)
        if side is None and m.group_span is None \
                and OTHER_TOLL_BEFORE.search(doc.text, max(0, m.start - 48), m.start) is not None:
            # "gave a lower toll of three dead": another count of the people a toll told before
            side = next((c.data["side"] for c in reversed(claims)
                         if c.data["outcome"] == m.outcome and c.data["side"]), None)
        if side is None and m.group_span is None \
                and PUT_AT_BEFORE.search(doc.text, max(0, m.start - 64), m.end) is not None:
            # "The SSP put the number of wounded at 14", after the army's "six soldiers killed
            # and eleven wounded": another count of the people just told
            side = side_told_before(told, i, where, claims, None, SENTENCES_BACK, m.outcome)
        if side is None and m.head in TOLD_BEFORE_HEADS:
            # "Two of the injured died": the people of the last such figure told before, else
            # of the first told after ("Two of the wounded later died ... At least 47 people
            # were wounded")
            outcome = TOLD_BEFORE_HEADS[m.head]
            side = next((c.data["side"] for c in reversed(claims)
                         if c.data["outcome"] == outcome and c.data["side"]), None)
            if side is None and (later := next(
                    (t for t in told[i + 1:] if t.mention.outcome == outcome and t.mention.parent is None
                     and t.mention.head not in TOLD_BEFORE_HEADS), None)) is not None:
                side = later.side or unmarked_side(doc.text, later.mention, later.attribution, sides, home)
        if side is None and before is not None and told[j].sentence == main.sentence \
                and where[j] < k and same_force(doc.text, before, m):
            # "One Cambodian soldier was killed and five soldiers were injured": the same
            # force's, named once
            side = claims[where[j]].data["side"]
        if side is None and before is not None and where[j] < k and m.group_span is not None \
                and before.group_span == m.group_span:
            # "Militants killed: more than 60 (army); five (the group)": figures of one fact
            # box's line share the people its label names
            side = claims[where[j]].data["side"]
        if side is None:
            side = unmarked_side(doc.text, m, attribution, sides, home)
        if side is None and len(fact) > 1:
            # another mention's words, with its own speaker: the title's "27 gang members
            # killed" names no party its lede's government does not, but the communiqué's
            # "27 bandits were neutralised" are the gang's (a party only: a mention that
            # names no one is no one's civilian)
            side = next((found for t in fact if t is not main and (found := unmarked_side(
                doc.text, t.mention, t.attribution, sides, home)) not in (None, CIVILIANS)), None)
        if side == CIVILIANS and (m.head or "people") in GENERIC_PEOPLE:
            earlier, large = all(t.background for t in fact), (m.count.best or 0) >= _WAR_SCALE
            if (earlier and large) or ((earlier or large) and whole_war_toll(
                    doc.text, sentence_around(doc.text, m.start, m.end)[0], m.end)):
                # "The insurgency has killed more than 40,000 people", "The violence has killed
                # more than 20,000 people", "more than 6,500 people have been killed since
                # 2017": a war's whole toll, of every side
                side = None
        if side is not None:
            side = home.branch_of(side)  # ("Islamic State" in a report about its Sahel province)
        data: dict[str, Any] = {
            "outcome": m.outcome, "count": _as_told(m.count),
            "group": next((t.mention.group for t in fact if t.side == main.side and t.mention.group),
                          m.group),
            "side": side,
        }
        if all(t.mention.total for t in fact):
            data["total"] = True                # the sum of a list, told item by item
        if all(t.background for t in fact):
            data["background"] = True           # an earlier event: "a day after 16 were killed"
        if any(t.mention.superseded for t in fact):
            data["superseded"] = True           # revised since: "down to 31 from an initial 38"
        for t in fact:
            if t.mention.parent is not None:
                parent = where[first_of_sentence[t.sentence] + t.mention.parent]
                if parent != k:
                    data["part_of"] = ids[parent]
                    break
        mentions = sorted({Span(t.mention.start, t.mention.end) for t in fact})
        claims.append(Claim(kind="casualty", span=Span(m.start, m.end), data=data,
                            mentions=tuple(mentions), attribution=attribution,
                            extractor="casualty", id=ids[k]))
    return parts_take_their_side(claims)
