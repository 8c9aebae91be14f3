"""Who gave a figure told inside another phrase: the earlier figure of a revised toll ("the
toll rose to 16, up from the nine announced by the Ministry of Defence": the ministry gave
nine; "31 had been killed, up from the 23 the group announced on Monday": the group gave 23),
and the people a relative clause with a subject of its own counts ("the nine attackers the
army said it had killed": the army speaks, not "the nine attackers the army").

Without these readings the earlier figure took the sentence's speaker, or a phrase such as
"up from the 23 the group" was read as a speaker.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from claimkit.text._number_words import NUMBER_ALTERNATION

from ._attribution_context import Found

# "up from | the 23 | the group announced": the earlier figure, then the subject of the
# relative clause that tells who gave it.
_FIGURE: Final = rf"(?:\d[\d,]*|{NUMBER_ALTERNATION}(?:[\s-]+{NUMBER_ALTERNATION})*)"
_EARLIER_BEFORE_SUBJECT: Final = regex.compile(
    rf"(?i:(?:up|down)\s+from\s+(?:the\s+|an?\s+(?:earlier|initial|previous)\s+)?(?P<figure>{_FIGURE}))\s+"
    r"(?=(?i:the|a|an|his|her|its|their)\s|\p{Lu})")
# "up from the nine | announced by the Ministry of Defence": the figure right before the cue.
_EARLIER_BEFORE_CUE: Final = regex.compile(
    rf"(?i)(?:up|down)\s+from\s+(?:the\s+|an?\s+(?:earlier|initial|previous)\s+)?(?P<figure>{_FIGURE})\s+\Z")
# The agent after the cue, up to a comma, a time or place phrase or the sentence's end.
_BY_AGENT: Final = regex.compile(
    r"(?:\s+(?:earlier|initially|first|previously))?\s+by\s+(?P<agent>[^,;:.()“”\"]{2,80}?)"
    r"(?=\s*(?:[,;:.()]|\Z)|\s+(?:in|on|at|earlier|late|last|this|after|before|when|shortly|hours|days)\b)")

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
    return Found(by.span("agent"), (vs, ve), (figure.span("figure"),), "indirect")


def earlier_figure_subject(text: str, found: Found) -> Found:
    """``found`` read as who gave an earlier figure when its source opens with "up from the
    23": the words after the figure are the source, the figure the content ("31 had been
    killed, up from the 23 the group announced"); else ``found``."""
    if found.source is None or not text.endswith(", ", 0, found.source[0]):
        return found
    label = _EARLIER_BEFORE_SUBJECT.match(text, *found.source)
    if label is None or label.end() >= found.source[1]:
        return found
    return attrs.evolve(found, source=(label.end(), found.source[1]), content=(label.span("figure"),))


# "the nine attackers | the army said ...": a figure, the people it counts (a plural noun after
# at most two modifiers, maybe "of the"), then the relative clause's subject, to the source's end.
_COUNTED_THEN_SUBJECT: Final = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}]){_FIGURE}\s+(?:of\s+(?:the|its|their)\s+)?(?:[\p{{Ll}}-]+\s+){{0,2}}?"
    r"[\p{Ll}-]*(?:s|men|people)\s+(?P<subject>(?:the|its|their)\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,2})\Z")


def relative_subject(text: str, found: Found) -> Found:
    """``found`` with the subject of a relative clause as its source where the source read
    runs from the people a figure counts into that subject ("the nine attackers the army |
    said it had killed": the army); else ``found``."""
    if found.source is None:
        return found
    start, end = found.source
    # (most sources hold no determiner after their first word, and no comma)
    no_determiner = text.find(" the ", start, end) == -1 and text.find(" its ", start, end) == -1 \
        and text.find(" their ", start, end) == -1
    if no_determiner or text.find(",", start, end) != -1:
        return found
    counted = _COUNTED_THEN_SUBJECT.search(text, *found.source)
    return attrs.evolve(found, source=counted.span("subject")) if counted is not None else found
