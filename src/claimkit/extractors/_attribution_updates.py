"""Speakers of a phrase inside another statement, whose words the source reader runs past:

* a relative clause on what was told ("T, a figure the front never confirmed", "T, an
  accusation the front denied", "T, far more than the government has acknowledged"): its
  subject speaks, not "a figure the front";
* the earlier figure of a revised toll ("the toll rose to 16, up from the nine announced by the
  Ministry of Defence": the ministry gave nine; "31 had been killed, up from the 23 the group
  announced": the group gave 23, and "up from the 23 the group" is no speaker of the 31);
* an earlier figure before a relative clause whose source the reader found ("up from the 63
  deaths it had announced in the morning": "it" gave 63, not "in the morning");
* a relative clause on counted people ("the nine attackers the army said it had killed"): the
  army speaks, not "the nine attackers the army".

Each is read once every content has stopped at the next source, so that the content before
the phrase ends before it.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from claimkit.text._number_words import NUMBER_ALTERNATION
from claimkit.text._numbers import COMPARED_WITH_THE, REVISED_FROM

from ._attribution_context import Found
from ._attribution_lexicon import COMMENT_LABEL

# A figure in digits or words ("23", "twenty-three").
_FIGURE: Final = rf"(?:\d[\d,]*|{NUMBER_ALTERNATION}(?:[\s-]+{NUMBER_ALTERNATION})*)"
# "up from (the) | 23", "to 12 from the | eight": the figure a toll was revised from.
_UP_FROM: Final = (rf"{REVISED_FROM}\s+(?:the\s+|an?\s+(?:earlier|initial|previous)\s+)?"
                   # (with its qualifier: "up from at least 40 reported by the network")
                   r"(?P<figure>(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost)\s+)?"
                   rf"{_FIGURE})")
# What may open a relative clause's subject: a determiner or a capital.
_SUBJECT_NEXT: Final = r"(?=(?i:the|a|an|his|her|its|their)\s|\p{Lu})"

# "a figure | the front never confirmed": a comment's label, then the clause's subject.
_COMMENT_LABEL: Final = regex.compile(COMMENT_LABEL + _SUBJECT_NEXT)
# "up from the 23 | the group announced": the earlier figure, then the clause's subject.
_EARLIER_BEFORE_SUBJECT: Final = regex.compile(rf"(?i:{_UP_FROM})\s+" + _SUBJECT_NEXT)
# "up from the nine | announced by the Ministry of Defence", "two more than the 17 dead |
# reported overnight by the SNAI", "well above the 22 deaths | reported on Monday by the
# mayor": the figure right before the cue (maybe with its noun).
_EARLIER_BEFORE_CUE: Final = regex.compile(
    rf"(?i)(?:{_UP_FROM}|{COMPARED_WITH_THE}\s+(?P<figure>{_FIGURE}))"
    r"(?:\s+(?:dead|deaths|killed|casualties|wounded|injured))?\s+\Z")
# The agent after the cue, up to a comma, a time or place phrase or the sentence's end.
_BY_AGENT: Final = regex.compile(
    # (a time may come first: "reported on Monday by the town's mayor")
    r"(?:\s+(?:earlier|initially|first|previously|overnight|(?:on|last)\s+\p{Lu}\p{Ll}+))?"
    r"\s+by\s+(?P<agent>[^,;:.()“”\"]{2,80}?)"
    r"(?=\s*(?:[,;:.()]|\Z)|\s+(?:in|on|at|earlier|late|last|this|after|before|when|shortly|hours|days)\b"
    r"|\s+(?:a|one|two|three|the)\s+(?:day|days|week|weeks)\s+(?:earlier|before)\b)")
# "the nine attackers | the army said ...": a figure, the people it counts (a plural noun after
# at most two modifiers, maybe "of the"), then the relative clause's subject, to the source's end.
_COUNTED_THEN_SUBJECT: Final = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}]){_FIGURE}\s+(?:of\s+(?:the|its|their)\s+)?(?:[\p{{Ll}}-]+\s+){{0,2}}?"
    r"[\p{Ll}-]*(?:s|men|people)\s+(?P<subject>(?:the|its|their)\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,2})\Z")

# "up from the 63 deaths | it had announced": the earlier figure, maybe with its noun, right
# before a relative clause's subject that the source reader found.
_EARLIER_BEFORE_SOURCE: Final = regex.compile(
    rf"(?i:{_UP_FROM})(?i:\s+(?:dead|deaths|killed|casualties|wounded|injured|fatalities))?\s+\Z")
# All a figure's cue may have after it when the figure is its object: a time, or nothing.
_ONLY_TIME: Final = regex.compile(
    r"(?i)\s*(?:(?:on|in|at|late|early|earlier|last|this|overnight|yesterday|hours|days)\b[^,;:.()“”\"]{0,40})?")

# Cues that give a figure ("announced", "reported", "gave").
FIGURE_CUES: Final = frozenset({"announced", "reported", "given", "gave", "released", "confirmed", "issued",
                                "cited", "put", "published"})


def earlier_figure_by(text: str, vs: int, ve: int, lo: int, hi: int) -> Found | None:
    """The statement of an earlier figure told with a passive cue ("up from the nine
    announced by the Ministry of Defence"), for the cue at ``vs:ve`` in the sentence
    ``lo:hi``: the agent is the source, the figure the content; else None."""
    figure = _EARLIER_BEFORE_CUE.search(text, max(lo, vs - 60), vs)
    if figure is None:
        return None
    by = _BY_AGENT.match(text, ve, hi)
    if by is None:
        return None
    end = figure.end()
    while end > figure.start("figure") and text[end - 1].isspace():
        end -= 1
    # the figure and its noun ("two more than the 17 dead | reported by the SNAI")
    return Found(by.span("agent"), (vs, ve), ((figure.start("figure"), end),), "indirect")


# A cue that says the figure could not be checked: "T, a figure | Radio Tamazuj could not confirm".
# (could not: a check that failed; "a figure the army never confirmed" is the army's stance)
_UNCHECKED_CUE: Final = regex.compile(
    r"(?i)\b(?:could\s++not|couldn['’]t|cannot|can['’]t|can\s++not|(?:was|were)\s++unable\s++to|"
    r"(?:has|have|had)\s++not\s++been\s++able\s++to)\s++(?:independently\s++|yet\s++)?"
    r"(?:confirm|verify|corroborate)\w*+\Z")


def unchecked_comment(text: str, found: Found) -> bool:
    """Whether ``found`` is a comment on a figure told before it that its subject could not
    check ("She counted 16 bodies, a figure Radio Tamazuj could not confirm"): a verification
    status (see the status stage), not a statement of the outlet's."""
    if found.source is None or not text.endswith(", ", 0, found.source[0]):
        return False
    return _COMMENT_LABEL.match(text, *found.source) is not None \
        and _UNCHECKED_CUE.search(text[found.cue[0]:found.cue[1]]) is not None


def subject_read_again(text: str, found: Found) -> Found:
    """``found`` with its source read again where the words read run past a comment's label,
    an earlier figure or counted people into a relative clause's subject (see the module
    docstring); else ``found``."""
    if found.source is None:
        return found
    start, end = found.source
    if text.endswith(", ", 0, start):
        if (label := _COMMENT_LABEL.match(text, start, end)) is not None:
            found, start = attrs.evolve(found, source=(label.end(), end)), label.end()
        elif (earlier := _EARLIER_BEFORE_SUBJECT.match(text, start, end)) is not None and earlier.end() < end:
            found = attrs.evolve(found, source=(earlier.end(), end), content=(earlier.span("figure"),))
            start = earlier.end()
    return _earlier_figure_object(text, _relative_subject(text, found, start, end))


def _earlier_figure_object(text: str, found: Found) -> Found:
    """``found`` with the earlier figure before its source as its content, when its cue gives a
    figure and has nothing after it but a time ("up from the 63 deaths | it had announced in
    the morning": it announced 63); else ``found``."""
    # (the cue's word first: a cheap test that most readings fail)
    if found.source is None or text[found.cue[0]:found.cue[1]].rsplit(None, 1)[-1].lower() not in FIGURE_CUES:
        return found
    earlier = _EARLIER_BEFORE_SOURCE.search(text, max(0, found.source[0] - 90), found.source[0])
    if earlier is None or not all(_ONLY_TIME.fullmatch(text, s, e)
                                  for s, e in found.content if s >= found.cue[1]):
        return found
    end = earlier.end()
    while text[end - 1].isspace():
        end -= 1
    return attrs.evolve(found, content=((earlier.start("figure"), end),))


def _relative_subject(text: str, found: Found, start: int, end: int) -> Found:
    """``found``, whose source is ``text[start:end]``, with the subject of a relative clause
    on counted people as its source ("the nine attackers the army | said it had killed": the
    army); else ``found``."""
    # (most sources hold no determiner after their first word, and no comma)
    no_determiner = text.find(" the ", start, end) == -1 and text.find(" its ", start, end) == -1 \
        and text.find(" their ", start, end) == -1
    if no_determiner or text.find(",", start, end) != -1:
        return found
    counted = _COUNTED_THEN_SUBJECT.search(text, start, end)
    return attrs.evolve(found, source=counted.span("subject")) if counted is not None else found
