"""Ground and actors a territorial claim names elsewhere than around its verb.

The territorial stage reads a verb's object after it and its subject before it; these helpers
find them when the text puts them somewhere else: the phrase a relative clause follows
("Troops shelled Marib, which remains under government control"), the ground "it" stands for
("entered the village and took control of it"), and the raiders who leave after a raid
("Gunmen stormed the post before withdrawing").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import regex

from claimkit._model import Span

from ._gazetteer import lookup as place_lookup
from ._phrases_subject import subject_before
from ._territorial_lexicon import FORCE_NOUNS, MILITARY_CONTEXT
from ._territorial_parse import NAME_PARTICLES, ObjectPhrase, parse_object, side_of

# A word that makes a sentence about fighting (see MILITARY_CONTEXT)
MILITARY: Final = regex.compile(r"\b(?:" + MILITARY_CONTEXT + r")\b", regex.IGNORECASE)


# A word of a party's name
NAME_WORD: Final = regex.compile(r"[\p{L}\p{N}]+")


# A relative clause with a subject of its own before the verb: "Mangbo, which the rebels had",
# "al-Shuhayl, a town that tribal fighters briefly", "checkpoints that the National Resistance
# Front (NRF) had" (a name with its initials)
WHICH_SUBJECT: Final = regex.compile(
    r"(?r)(?:,\s*which|(?<=\p{L})\s+that)\s+(?P<who>(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?"
    r"[\p{L}\p{N}'’-]+(?:\s+\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\))?)\s+"
    r"(?:(?:had|has|have|then|later|briefly|first|still|now|also|already)\s+){0,2}$", regex.IGNORECASE)


# A relative pronoun as the subject: "Marib, which (still)"
WHICH_BEFORE: Final = regex.compile(r"(?r),\s*which(?:\s+(?:now|still|also))?\s*$", regex.IGNORECASE)


# where a noun phrase may begin: a name (its first word: "Mocímboa da Praia"; the particles
# of a place's name and of people's), a figure or a determiner (not "shelled Marib city")
_INNER_PARTICLES: Final = "|".join((*NAME_PARTICLES, "du", "le", "el", "al", "bin", "ibn", "van", "von"))
_OPENING_PREPOSITION: Final = regex.compile(r"(?:In|At|On|From|Near|Outside|Inside|Around|Across)\s+(?=\S)")
_PHRASE_START: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?<!\p{{Lu}}[\p{{L}}'’-]*\s(?:(?:{_INNER_PARTICLES})\s)?)"
    r"(?:\p{Lu}|\p{N}|(?:the|a|an|its|their|our|his|her|this|that)\s"
    # ("two hilltops"; not inside "the three posts")
    r"|(?<!(?:the|its|their|our|his|her|these|those|all)\s)(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"several)\s)")


# "it" after a verb of taking, as its object ("took control of it"; not "it was")
# ("retook both of them": more than one ground told before)
IT_AFTER: Final = regex.compile(
    r"\s+(it|(?:(?:both|all|each)\s+of\s+)?them)\b(?!['’]s|\s+(?:was|is|had|has)\b)", regex.IGNORECASE)


def ground_before(text: str, lo: int, pos: int, sides: Mapping[str, str]) -> ObjectPhrase | None:
    """The ground named last in ``text[lo:pos]`` (a head word such as "village", or a known
    place), or None."""
    aside = None
    for start in reversed([m.start() for m in _PHRASE_START.finditer(text, max(lo, pos - 200), pos)]):
        if aside is not None and start >= aside:
            continue
        obj = parse_object(text, start, pos, sides)
        if obj is not None and (obj.head is not None or (obj.place and place_lookup(obj.place))):
            opened = _ASIDE_OPEN.search(text, max(lo, start - 80), start)
            if opened is not None and "," in text[obj.span.end:pos]:
                # "took Zard Koh, a town in Kalat district, and held it": the ground the aside
                # describes, not a place inside the aside
                aside = opened.start()
                continue
            return obj
    return None


# An aside describing the ground before it opens: ", a town of 25,000 people in | Kalat"
_ASIDE_OPEN: Final = regex.compile(
    r",\s+(?:a|an|one|the)\s(?:[^,;:.]|(?<=\d)[,.](?=\d))*\Z", regex.IGNORECASE)


def antecedent(text: str, lo: int, comma: int, sides: Mapping[str, str]) -> ObjectPhrase | None:
    """The ground a relative clause opening at ``comma`` speaks of: the phrase just before it
    ("Troops shelled Marib, which ...": Marib), or None."""
    subj = subject_before(text, lo, comma)
    if subj is None:
        return None
    starts = [m.start() for m in _PHRASE_START.finditer(text, max(subj.start, subj.end - 60), subj.end)]
    if (opening := _OPENING_PREPOSITION.match(text, subj.start, subj.end)) is not None:
        starts = [opening.end()]  # "In Marib, which remains ...": Marib, not "In Marib"
    # (nearest first: a start further back may take in the clause's verb, "shelled Marib")
    for start in reversed(starts):
        obj = parse_object(text, start, subj.end, sides)
        if obj is not None and obj.span.end >= subj.end - 1:
            return obj
    return None


# "... before withdrawing", "after they pulled out", "as they retreated": a raid's end, told
# after the raid
RAID_END: Final = regex.compile(
    r"\b(?:(?:before|after)\s+(?:they\s+|the\s+(?:attackers|assailants)\s+)?|as\s+they\s+)$",
    regex.IGNORECASE)


# The armed men "they" stands for in "... as they withdrew": the nearest before, with the
# capitalised words before their noun ("abducted four civilians as they", "abandoned by the
# attackers as they").
_AS_THEY: Final = regex.compile(r"(?i)\bas\s+they\s+$")
_NEAREST_FORCE: Final = regex.compile(
    r"(?r)(?:\b\p{Lu}[\p{L}'’-]*\s+){0,3}\b(?i:" + FORCE_NOUNS + r")\b")


def raiders_as_they(text: str, lo: int, pos: int) -> Span | None:
    """The armed men "they" stands for when ``text[lo:pos]`` ends in "as they", or None."""
    if _AS_THEY.search(text, max(lo, pos - 12), pos) is None:
        return None
    m = _NEAREST_FORCE.search(text, lo, pos)
    return Span(m.start(), m.end()) if m is not None else None


# What may follow such a bare withdrawal ("withdrawing its ambassador" is no retreat)
LEAVE_END: Final = regex.compile(
    r"\s*(?:[,.;:!?)\"”—–-]|$|(?:with|to|towards?|into|across|back|in|on|at|under|after|before|when|as|"
    r"and|later|shortly|hours?|once|from)\b)", regex.IGNORECASE)


# A phrase opening with a preposition, never a subject ("with at least 26 soldiers killed")
PREPOSITION_FIRST: Final = regex.compile(r"(?i)(?:with|by|of|in|on|at|for|from|to)\s")
# A verb of the raid, to find the raiders before it ("Gunmen on motorbikes attacked")
_FIRST_VERB: Final = regex.compile(
    r"(?<=\s)(?:(?:had|have|has)\s+)?(?:attacked|stormed|raided|overr[au]n|struck|seized|took|taken|ambushed|"
    r"hit|assaulted|entered|fought|killed|torched|burned|burnt|looted|abducted|captured|occupied|held|"
    r"shelled|targeted|besieged|surrounded|set\s+fire|opened\s+fire|destroyed|blew\s+up|"
    # (where the raiders were: "The terrorists stayed in the town ... before withdrawing")
    r"stayed|remained|(?:were|was)\s+inside)\b")


def raiders(text: str, lo: int, pos: int, sides: Mapping[str, str]) -> Span | None:
    """The armed subject of one of the first verbs of the sentence ``text[lo:pos]``, or None
    ("On Sunday, suspected jihadists raided": "suspected" has no subject, "raided" has)."""
    for _, verb in zip(range(3), _FIRST_VERB.finditer(text, lo, pos), strict=False):
        subj = subject_before(text, lo, verb.start())
        if subj is not None and PREPOSITION_FIRST.match(text, subj.start, subj.end) is None \
                and (MILITARY.search(text, subj.start, subj.end) or is_side(text, subj, sides)):
            return subj  # (not a phrase: "with at least 26 soldiers killed")
    return None


def is_side(text: str, span: Span | None, sides: Mapping[str, str]) -> bool:
    """True when the phrase at ``span`` names a known side ("the Taliban", "Ukrainian troops")."""
    return side_named(text, span, sides) is not None


def side_named(text: str, span: Span | None, sides: Mapping[str, str]) -> str | None:
    """The first known side the phrase at ``span`` names ("RSF pick-up trucks": the RSF), or None."""
    if span is None:
        return None
    return next((side for w in NAME_WORD.findall(text, span.start, span.end)
                 if (side := side_of(w, sides))), None)
