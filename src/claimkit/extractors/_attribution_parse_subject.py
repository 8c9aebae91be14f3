"""The subject of a reporting verb where the plain scan before its cue
(:func:`._attribution_before.source_before`) needs help, for :func:`._attribution_parse.verb_cue`.

A subject ending in a name in quote marks ('a commander known as "Abu Bakr" said'); one set
off before the cue by a dash or a comma ("Name — a teacher — says"), by a relative clause
("X, who T, said") or an appositive ("JNIM, al-Qaida's affiliate in the Sahel, claimed"); and
the words before a cue's comma that are no subject: an object pronoun, a time that ends the
clause, a clause with its own verb, or an inverted "subject" that is a clause.
"""

from __future__ import annotations

from typing import Final

import regex

from ._attribution_before import source_before
from ._attribution_context import (
    IRREGULAR_PASTS,
    VERBS_IN,
    Range,
    lstrip_at,
    naming_before,
)

OBJECT_PRONOUNS: Final = frozenset({"it", "them", "him", "her", "us", "me"})
# A finite verb right after a comma: the words are a clause with its verb ("the Guard (DRG),
# was returning home"), no noun phrase with an appositive; unless a relative clause holds it
# ("Roe, whose hometown, Miami, is ...").
_FINITE_AFTER_COMMA: Final = regex.compile(r",\s+(?:was|were|is|are|has|have|had|will|would)\s")
_RELATIVE: Final = regex.compile(r"(?i)\b(?:who|whose|which|that)\b")


def clause_with_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a clause: a finite verb after a comma, no relative
    pronoun before it."""
    verb = _FINITE_AFTER_COMMA.search(text, start, end)
    return verb is not None and _RELATIVE.search(text, start, verb.start()) is None


TIME_THEN_COMMA: Final = regex.compile(
    r"\s+(?:on|in|at|last|this|early|late|overnight|yesterday|today|during|earlier|later)\b[^,;:]{0,40},\s*",
    regex.IGNORECASE)


_WHO_BEFORE_NAMING: Final = regex.compile(r"(?i)(?<=\S)\s+(?:who|that)\s+\Z")


def source_before_name(text: str, ss: int, cs: int, name: Range) -> Range | None:
    """The subject before a cue that ends in a quoted name ('a commander known as "Abu Bakr"
    said'), read with the name's marks as spaces (the same offsets)."""
    lo = max(ss, cs - 300)
    piece = f"{text[lo:name[0]]} {text[name[0] + 1:name[1] - 1]} {text[name[1]:cs]}"
    found = source_before(piece, 0, len(piece))
    if found is None:
        return None
    start, end = found[0] + lo, found[1] + lo
    if end > name[0]:
        end = max(end, name[1])  # (the name ends the subject; not one in a clause set off after it)
    if start > name[0] and (naming := naming_before(text, lo, name[0])) is not None:
        # ('known as "Abu Bakr"': the name's bearer is named before "known as", and before
        # "who": 'A man who identified himself as "Ernesto"')
        who = _WHO_BEFORE_NAMING.search(text, max(lo, naming - 12), naming)
        bearer = source_before(text, lo, who.start() if who is not None else naming)
        start = bearer[0] if bearer is not None else start
    return start, end


_SET_OFF_STOP = regex.compile(r"[“\";:]|''|\b(?:is|are|was|were|has|have|had|will|would|did)\b")


def set_off_subject(text: str, ss: int, cs: int) -> Range | None:
    """``Name — a teacher — says`` / ``Name, R-NY, says``: the words from the clause's start
    to the comma or dash before the cue, when they hold no verb or quote."""
    end = cs
    while end > ss and text[end - 1] in " ,—–\t":
        end -= 1
    start = ss
    intro = text.find(", ", ss, end)
    if text[ss:ss + 3].lower() in ("in ", "on ", "at ", "whi", "aft", "as ", "whe") and intro > ss:
        start = intro + 2  # past an introductory phrase
    start = lstrip_at(text, start, end)
    if end - start > 160 or end <= start or _SET_OFF_STOP.search(text, start, end):
        return None
    if not (text[start].isupper() or text.startswith(("the ", "a ", "an ", "her ", "his ", "their "), start)):
        return None
    return start, end


# A subject and the relative clause set off after it, up to the comma before the cue
# ('Humphrey, who calls Trump a “sociopath,” said'): the quote's comma is no content's end.
_RELATIVE_SET_OFF = regex.compile(
    r"\s*+(?P<subject>(?:[Tt]he\s+)?\p{Lu}[^,;:“”\"]{0,80}?),\s++(?:who|which)\s[^;:]{1,200}?"
    r",(?:[”\"’]|'')?\s*+\Z")


def relative_subject(text: str, ss: int, cs: int) -> Range | None:
    """``X, who T, said``: X, when the words before ``, who`` hold no verb."""
    m = _RELATIVE_SET_OFF.match(text, ss, cs)
    if m is None or _VERB_NOT_POSSESSIVE.search(text, *m.span("subject")):
        return None
    start, end = m.span("subject")
    return start, end


def appositive_subject(text: str, ss: int, end: int) -> bool:
    """Whether the words before a cue's comma are a name and its appositive ("JNIM, al-Qaida's
    affiliate in the Sahel"), a subject rather than a content: one inner comma, a capitalised
    first part, and no verb (a possessive "'s" is none)."""
    words_before = text[lstrip_at(text, ss, end):end].rstrip(" ,")
    if words_before.count(",") != 1 or not words_before[:1].isupper() or _QUOTE_MARK.search(words_before):
        return False  # (a quote in it: words of the content, 'Roe "won white, rural voters" there')
    return not _VERB_NOT_POSSESSIVE.search(words_before)


_QUOTE_MARK = regex.compile(r"[“”\"]|''")
_VERB_NOT_POSSESSIVE = regex.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|"
    r"do|said|says|drew|won|fought|sought|brought|caught|thought|told|sent|made|kept|felt|found|became|paid|"
    + IRREGULAR_PASTS + r")\b|\b\p{Ll}{2,}ed\b|n['’]t\b")


def clause_not_subject(text: str, src: Range) -> bool:
    """Whether words read as an inverted subject ("..., said the plan was fine") are a clause:
    a finite verb before their first comma."""
    comma = text.find(",", src[0], src[1])
    stop = src[1] if comma == -1 else comma
    return bool(VERBS_IN.search(text, src[0], stop))
