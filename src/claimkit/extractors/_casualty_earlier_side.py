"""The side a casualty figure takes from the figures told before it.

Others of a figure told just before, or the same people told again, are on its side: the
people of the sentence before when all are of one side (:func:`one_side_before`), the nearest
earlier figure with the same head ("one of the fighters": :func:`side_told_before`), the same
force's bare noun repeated (:func:`same_force`), another toll of people told before, "two of
the injured". :func:`other_voice` tells when two tellings come from two voices.
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit._model import Claim

from ._casualty_facts import Told
from ._casualty_people import OWN_FORCE_HEADS
from ._casualty_types import Mention
from ._voices import same_voice

# Another count of a toll told before, right before the figure: "gave a lower toll of | three".
OTHER_TOLL_BEFORE: Final = regex.compile(
    r"(?i)\b(?:lower|higher|different|smaller|larger|revised|conflicting|more\s+conservative)\s+"
    r"(?:death\s+)?(?:toll|figure|count|estimate|number)\s+(?:of|at)\s+(?:(?:at\s+least|about|some)\s+)?\Z")
# Another party's count of a toll just told, put at a figure: "The SSP put the number of
# wounded at 14" (after "six soldiers were killed and eleven wounded"), read up to the figure.
PUT_AT_BEFORE: Final = regex.compile(
    r"(?i)\b(?:put|puts|putting|gave|gives|giving)\s+the\s+(?:number\s+of\s+(?:the\s+)?"
    r"(?:dead|wounded|injured|killed|deaths|injuries)|(?:death\s+|casualty\s+)?toll)\s+at\s+"
    r"(?:(?:at\s+least|about|some|around|nearly)\s+)?(?=\S)")
# A group that is people of a figure told before: "two of the injured", "one of the dead".
TOLD_BEFORE_HEADS: Final = {"injured": "wounded", "wounded": "wounded", "dead": "killed"}


def same_force(text: str, before: Mention, m: Mention) -> bool:
    """Whether ``m`` is a bare head of a force's people ("five soldiers") that repeats the noun
    of the figure before it, which names whose they are ("One Cambodian soldier")."""
    if m.head not in OWN_FORCE_HEADS or m.group_span is None or before.head is None \
            or before.group_span is None or text[m.group_span[0]:m.group_span[1]].lower() != m.head:
        return False
    named = before.group_span[1] - before.group_span[0] > len(before.head)  # ("Cambodian soldier")
    return named and before.head.rstrip("s") == m.head.rstrip("s")


def other_voice(a: Told, b: Told) -> bool:
    """Whether two mentions are told by two voices that both name someone, and not the same."""
    return bool(a.voice) and bool(b.voice) and not same_voice(a.voice, b.voice)


def one_side_before(told: list[Told], i: int, where: list[int], claims: list[Claim]) -> str | None:
    """The side every figure of the sentence before ``told[i]``'s shares, or None (none there,
    or several sides: "Three security forces and one civilian were killed"). Parts count with
    their whole ("76 fighters, including three commanders, ...")."""
    sides = {claims[where[j]].data["side"] for j in range(i - 1, -1, -1)
             if told[j].sentence == told[i].sentence - 1 and where[j] < len(claims)
             and told[j].mention.parent is None}
    return str(next(iter(sides))) if len(sides) == 1 and None not in sides else None


# Between two verbs of one subject: "killed 45 fighters | there and | took 6 prisoners".
AND_THEN_VERB: Final = regex.compile(r"(?i)(?:\s++[\p{L}]++)?,?\s++and\s++(?:also\s++)?")
# "the" right before a group: people told of before ("one of | the | fighters")
THE_BEFORE: Final = regex.compile(r"(?i)(?<![\p{L}])the\s++\Z")
SENTENCES_BACK: Final = 2


def side_told_before(told: list[Told], i: int, where: list[int], claims: list[Claim],
                      head: str | None, back: int, outcome: str | None = None) -> str | None:
    """The side of the people told just before: "wounding three fighters, the PMF said ... one
    of the fighters had died" (the nearest earlier figure, at most ``back`` sentences back,
    with the same ``head`` unless it is None, of the ``outcome`` if one is given, whose side
    is known). With the figure's own outcome, the toll another count puts at a figure ("The
    SSP put the number of wounded at 14")."""
    for j in range(i - 1, -1, -1):
        if told[i].sentence - told[j].sentence > back:
            break
        if (head is None or told[j].mention.head == head) \
                and (outcome is None or told[j].mention.outcome == outcome) and where[j] < len(claims) \
                and (side := claims[where[j]].data["side"]) is not None:
            return str(side)
    return None

