"""Figures told again by another source: "Police said three gunmen were killed. The council
put the figure at five"; "23 people had been arrested, while relatives put the number at more
than 50"; "41 civilians were killed, and an adviser later raised that figure to 52"; "the
real figure was closer to 40". "The
figure" (or number, count, total, estimate) names no outcome and no people of its own: it
counts again the people of the figure told just before it, so the new figure takes that
figure's outcome and group. Only when the number told just before the phrase is that figure's:
"put the figure at" after a count of the displaced or of rockets counts those, not the dead
told earlier.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from claimkit.text import NumberMention
from claimkit.text._scan import FirstWords

from ._casualty_lists import count_between
from ._casualty_types import Mention

#: A source's verb giving "the figure" again (the group "figure", the claim's evidence with the
#: number), up to where its number starts.
_AGAIN: Final = FirstWords(
    r"(?i)(?<![\p{L}])(?:(?:put|puts|putting|placed|places|placing|gave|gives|giving|given|set|sets|setting)"
    r"\s++(?P<figure>(?:the|that|this|its|their|his|her|a|an)\s++(?:(?:own|latest|new|higher|lower|"
    r"different|revised|official|true|real|final)\s++)?(?:figure|number|count|total|tally|estimate)"
    # (compared first: "put the figure much lower, at around 40")
    r"(?:\s++(?:(?:much|far|considerably|slightly|even|significantly)\s++)?(?:lower|higher),?)?\s++(?:at|as|of))"
    # ... or changing it: "later raised that figure to 52", "bringing the total to 30"
    r"|(?:raised|raises|raising|revised|revises|revising|lowered|lowers|lowering|increased|increases|"
    r"increasing|updated|updates|updating|brought|brings|bringing|pushed|pushes|pushing)"
    r"\s++(?P<figure>(?:the|that|this|its|their|his|her)\s++(?:(?:own|official)\s++)?"
    r"(?:figure|number|count|total|tally|estimate)\s++(?:up\s++)?to)"
    # ... or telling another: "the real figure was | closer to 40"
    # (found at the adjective: "the" is too common a word to try the pattern at)
    r"|(?<=(?i:the)\s)(?P<figure>(?:real|true|actual|correct)\s++(?:figure|number|toll|count|tally)\s++"
    r"(?:was|is|were|stood\s++at|stands\s++at)))\s++[“\"]?(?=\S)",
    ("put", "plac", "gave", "giv", "set", "rais", "revis", "lower", "increas", "updat", "brought",
     "bring", "push", "real", "true", "actual", "correct"))


def told_again(text: str, s: int, e: int, numbers: Sequence[NumberMention],
               mentions: Sequence[Mention], before: Sequence[Mention],
               numbers_before: Sequence[NumberMention]) -> list[Mention]:
    """The figures ``text[s:e]`` gives again (see the module docstring).

    Args:
        text: the text read.
        s, e: the sentence.
        numbers: the sentence's numbers.
        mentions: the figures already read in the sentence.
        before: the figures read in the sentence before.
        numbers_before: the numbers of the sentence before.

    Returns:
        The new figures, each with the outcome and group of the figure it counts again.
    """
    out: list[Mention] = []
    for m in _AGAIN.finditer(text, s, e):
        number = next((n for n in numbers if n.start == m.end()), None)
        if number is None or number.best is None \
                or any(o.start < number.end and number.start < o.end for o in mentions):
            continue
        last = max((n for n in (*numbers_before, *numbers) if n.end <= m.start()),
                   key=lambda n: n.end, default=None)
        told = None if last is None else next(
            (o for o in reversed((*before, *mentions)) if o.start <= last.start and last.end <= o.end), None)
        if told is None or told.parent is not None or told.total or told.count.best == number.best:
            continue  # (the same figure again is no other figure: "at least five ... five to eight")
        count = count_between(number.best, number.low, number.high, number.qualifier, number.text)
        out.append(attrs.evolve(told, count=count, start=m.start("figure"), end=number.end, own=False,
                                lost=False))
    return out


def gives_again(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` may give a figure again (a sentence with no trigger word of its
    own, read after one that has)."""
    return next(_AGAIN.finditer(text, s, e), None) is not None
