"""The subject phrase before a verb (:func:`subject_before`), read right to left within
:data:`SUBJECT_WINDOW` characters: the auxiliaries, adverbs and time phrases between it and
its verb, the clause boundaries that end it, the asides stepped over ("X, for his part,
denied", "Militants armed with rifles stormed") and the subject of a coordinated verb ("its
forces had beaten back the assault and lost seven men").
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit._model import Span
from claimkit.text._calendar import MONTH_PATTERN, WEEKDAY_PATTERN

# How far back from a verb we look for its subject, in characters.
SUBJECT_WINDOW: Final = 160

# Words that end a subject phrase when read right to left: the subject starts after them.
_BOUNDARY_WORDS: Final = (
    "that|which|who|whom|whose|said|says|say|saying|told|tells|claimed|claims|announced|announces|"
    "added|adds|reported|reports|stated|states|insisted|insists|confirmed|confirms|and|but|while|"
    "when|whereas|after|before|as|because|since|although|though|where|if|then|so|than|according|until|unless|"
    "believe|believes|believed|think|thinks|thought|alleged|alleges|accused|accuses|denied|denies|"
    "deny|rejected|rejects|dismissed|dismisses|admitted|admits|acknowledged|acknowledges|"
    "insisted|warned|warns|noted|explained|stressed|argued|argues|means|meant|shows|showed|"
    "suggests|suggested|indicates|indicated|saying|claiming|insisting|adding|denying|alleging|"
    "announcing|stating|reporting|writing"
)
_BOUNDARY: Final = regex.compile(
    # (not the comma of "60,000": "Sampiéla, home to some 60,000 people, has been besieged")
    r",(?!(?<=\d,)\d)|[;:()\[\]\"“”—–]|\s-\s|[.!?](?=\s)|\b(?:" + _BOUNDARY_WORDS + r")\b"
    # an object pronoun ends what stands before a subject ("a source tells us troops
    # recaptured"); in lowercase only, "US troops" is a subject
    r"|(?-i:\b(?:us|me|him)\b)", regex.IGNORECASE)


def _last_comma(piece: str) -> int:
    """The offset in ``piece`` of its last comma that is no thousands separator, or -1."""
    comma = piece.rfind(",")
    while 0 < comma < len(piece) - 1 and piece[comma - 1].isdigit() and piece[comma + 1].isdigit():
        comma = piece.rfind(",", 0, comma)
    return comma


def _last_boundary(text: str, lo: int, end: int) -> regex.Match[str] | None:
    last = None
    for m in _BOUNDARY.finditer(text, lo, end):
        last = m
    return last

# Auxiliaries, adverbs and time phrases between a subject and its verb ("has since", "on Monday").
_TRAILING_FILLER: Final = regex.compile(
    # ("IS", in capitals before a lowercase verb, is the group's initials: "IS seized the town")
    # (an adverb may stand inside an opening quote: 'troops were "still holding')
    r"(?:\s+|^|\s*[“\"])(?:has|have|had|(?!(?-i:IS\s*$))is|are|was|were|will|would|also|later|then|now|since|again|once|"
    r"itself|themselves|for\s+(?:(?:several|many|some|a\s+few|two|three|the\s+past|the\s+last)\s+)?"
    r"(?:hours|days|weeks|months|years)|"
    r"already|previously|earlier|further|immediately|quickly|swiftly|promptly|publicly|still|"
    r"officially|reportedly|apparently|allegedly|eventually|finally|always|just|even|only|"
    r"\w+ly|on\s+\p{Lu}\w+|last\s+\w+|this\s+(?:week|month|year|morning)|overnight|"
    r"yesterday|today|in\s+a\s+(?:statement|tweet|post|video|message|interview)"
    # ("his unit had in fact lost 15 men", "has so far lost")
    r"|in\s+fact|indeed|so\s+far|thus\s+far|in\s+total|in\s+all|altogether"
    r"|\([\p{Lu}\p{N}.\-]{1,10}\))\s*$",  # an acronym in brackets: "The Sentinel Forces (SF)"
    regex.IGNORECASE)

_BRACKETED_ACRONYM: Final = regex.compile(r"\(\s*+\p{Lu}[\p{Lu}\p{N}.\-]{1,9}\s*+\)")
# A time phrase with a preposition: "in recent weeks", "during the night", "in June".
_TIME_PP: Final = (
    r"(?:in|during|over|within)\s+(?:the\s+)?(?:(?:recent|past|last|following|early|late)\s+)?"
    rf"(?:(?:days|weeks|months|hours|years|night|weekend|morning|afternoon|evening|{MONTH_PATTERN})\b"
    r"(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d\d\b)?|(?:19|20)\d\d\b)")  # "in August 2020", "in 2020"
_ONLY_TIME: Final = regex.compile(_TIME_PP, regex.IGNORECASE)

# Sentence adverbs before a subject ("Later the army ...", "Meanwhile, ...").
_LEADING_ADVERB: Final = regex.compile(
    r"(?:(?:later|meanwhile|however|separately|earlier|then|now|still|also|yet|instead|afterwards|"
    r"subsequently|today|yesterday|on\s+\p{Lu}\p{L}+|(?:last|this|early|late)\s+\p{L}+|"
    r"for\s+now|so\s+far|by\s+(?:then|now)|at\s+present|for\s+the\s+(?:moment|time\s+being)|"
    + _TIME_PP + r"),?\s+){1,3}",
    regex.IGNORECASE)

# ("claimed to have captured", "claimed on Monday to have overrun", "succeeded in taking")
_INFINITIVE: Final = regex.compile(
    r"\s*\b(?:\p{L}+(?:\s+(?:on\s+" + WEEKDAY_PATTERN + r"|overnight|earlier|"
    r"(?:last|this)\s+(?:week|night|month|year|morning)))?\s+to\s+(?:have\s+)?(?:been\s+)?|succe\p{L}*\s+in\s+)$",
    regex.IGNORECASE)

_NOT_APPOSITIVE: Final = regex.compile(r"(?i)(?:who|which|for|in|on|at|after|as|however)\b")


def subject_before(text: str, lo: int, pos: int) -> Span | None:
    """The subject phrase that ends just before ``pos`` (a verb), not reaching before ``lo``;
    for a relative pronoun set off by a comma, the phrase it stands for ("The Houthis, who
    control the north": "The Houthis"). See :func:`_subject_phrase`."""
    relative = _RELATIVE_BEFORE.search(text, max(lo, pos - 40), pos)
    if relative is not None:
        return _subject_phrase(text, lo, relative.start())
    span = _subject_phrase(text, lo, pos)
    if span is None or _PART_OPENING.match(text, span.start, span.end):
        return None  # ("..., including three children, in a village, | disputing": a part)
    armed = _ARMED_WITH.search(text, max(lo, span.start - 60), span.start)
    if armed is not None:
        # "Militants armed with rifles and grenades stormed": the subject is before the aside
        return _subject_phrase(text, lo, armed.start()) or span
    inside = _ARMED_INSIDE.search(text, span.start, span.end)
    if inside is not None and inside.start() > span.start:
        span = Span(span.start, inside.start())  # "Rebels armed with rifles stormed"
    hearer = _HEARER.match(text, span.start, span.end)
    if hearer is not None and hearer.end() < span.end and _TOLD_BEFORE.search(
            text, max(lo, span.start - 10), span.start):
        return Span(hearer.end(), span.end)  # "told AFP his men had captured": not "AFP his men"
    return span


# The words that open a part of a figure, never a subject: "including three children".
_PART_OPENING: Final = regex.compile(r"(?i)(?:including|among\s+them|mostly|mainly)\b")
# An aside between a subject and its verb: "Militants armed with rifles and grenades stormed".
_ARMED_WITH: Final = regex.compile(r"(?r)\b(?:armed|equipped|laden)\s+with\s+(?:[^,;.]*?\s+)?and\s+$",
                                   regex.IGNORECASE)
_ARMED_INSIDE: Final = regex.compile(r"\s+(?:armed|equipped|laden)\s+with\b", regex.IGNORECASE)
# Who was told, before the subject of what: "told AFP | his men had captured".
_TOLD_BEFORE: Final = regex.compile(r"\b(?:told|tells|telling|tell)\s+$", regex.IGNORECASE)
_HEARER: Final = regex.compile(
    r"(?:the\s+)?(?:\p{Lu}[\p{L}.&'’\-]*\s+){1,4}(?=\p{Ll})|(?:reporters|journalists|us|me|him|her|them)\s+")


# A verb inside what stands between two commas: a clause of its own, not an aside to step over.
_CLAUSE_INSIDE: Final = regex.compile(
    r"^\p{Ll}+ing\b|\b(?:had|has|have|was|were|is|are)\s+\p{Ll}", regex.IGNORECASE)
_ING_ASIDE: Final = regex.compile(r"\p{Ll}+ing\b")
# Words a clause follows (its subject first), unlike "rejected the claim".
_CLAUSE_TAKERS: Final = frozenset({
    "that", "said", "says", "say", "claimed", "claims", "announced", "added", "adds", "reported",
    "stated", "insisted", "warned", "noted", "explained", "believe", "believes", "believed",
    "think", "thinks", "thought"})
# A finite verb in a phrase: it is a clause, not a subject ("The army rejected the claim").
_FINITE_IN: Final = regex.compile(
    r"\b(?:had|has|have|was|were|is|are|will|would|did|does)\b|\b\p{Ll}{2,}ed\b")
# ", who (also) ..." right before the verb: the subject is the phrase before the comma.
_RELATIVE_BEFORE: Final = regex.compile(
    r"(?r),\s*(?:who|which)\s+(?:(?:has|have|had|now|still|also|already|later|then)\s+){0,2}$",
    regex.IGNORECASE)


def _subject_phrase(text: str, lo: int, pos: int) -> Span | None:
    """The subject phrase that ends just before ``pos`` (a verb), not reaching before ``lo``.

    Reads right to left: drops auxiliaries, adverbs and time phrases ("has since", "on
    Monday"), then takes the words back to the last clause boundary (a comma, "that",
    "said" ...). A parenthesis between commas is skipped ("Snyder, for his part, has
    denied"), unless it is an appositive name ("the chairman, Paul Manafort, dismissed").
    Returns None when no subject is there.
    """
    lo = max(lo, pos - SUBJECT_WINDOW, 0)
    inf = _INFINITIVE.search(text, max(lo, pos - 40), pos)
    if inf:  # "The Taliban claimed to have captured": the subject of "claimed"
        pos = inf.start()
    end = pos
    for _ in range(4):
        seg = text[lo:end]
        m = _TRAILING_FILLER.search(seg)
        if not m or m.start() == m.end():
            break
        end = lo + m.start()
    seg = text[lo:end].rstrip()
    end = lo + len(seg)
    for _ in range(3):
        b = _last_boundary(text, lo, end)
        start = b.end() if b else lo
        if b is not None and text[b.start()] == ")" and text[start:end].strip() \
                and (opened := text.rfind("(", max(lo, b.start() - 12), b.start())) != -1 \
                and _BRACKETED_ACRONYM.fullmatch(text, opened, b.end()):
            # "Islamic State West Africa Province (ISWAP) fighters": the name with its initials
            named = _last_boundary(text, lo, opened)
            start = named.end() if named else lo
        phrase = text[start:end].strip()
        if phrase:
            first = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            if _ONLY_TIME.fullmatch(text, first, end):
                return None  # "..., and in recent weeks have taken": a time phrase, no subject
            lead = _LEADING_ADVERB.match(text, first, end)
            if lead and lead.end() < end:  # "Later the army denied": the subject is "the army"
                return Span(lead.end(), first + len(phrase))
            return Span(first, first + len(phrase))
        if b is not None and b.group().lower() in ("and", "but") and not text[b.end():end].strip():
            # "its forces had beaten back the assault and | lost seven men": the subject of the
            # verb before "and"
            return _coordinated_subject(text, lo, b.start())
        if not b or text[b.start()] != ",":
            return None
        # "X, who ..., denied" or "X, for his part, denied": step over the parenthesis.
        before = text[lo:b.start()]
        comma = _last_comma(before)
        if comma < 0:
            end = b.start()
            continue
        inner = text[lo + comma + 1:b.start()].strip()
        if _CLAUSE_INSIDE.search(inner):
            # "saying its troops had repelled the attack, remained ...": a clause, no aside;
            # but "said its soldiers, operating alongside X, had retaken": an aside on a subject
            outer = _last_boundary(text, lo, lo + comma)
            o_start = outer.end() if outer else lo
            phrase = text[o_start:lo + comma].strip()
            if _ING_ASIDE.match(inner) and phrase and not _FINITE_IN.search(phrase) \
                    and outer is not None and outer.group().lower() in _CLAUSE_TAKERS:
                first = o_start + (len(text[o_start:lo + comma]) - len(text[o_start:lo + comma].lstrip()))
                return Span(first, first + len(phrase))
            return None
        if inner[:1].isupper() and not _NOT_APPOSITIVE.match(inner):
            piece = text[lo + comma + 1:b.start()]
            first = lo + comma + 1 + (len(piece) - len(piece.lstrip()))
            return Span(first, first + len(inner))
        end = lo + comma
    return None


# The first finite verb of a clause, whose subject stands before it ("its forces | had beaten
# back the assault").
_FIRST_FINITE: Final = regex.compile(r"\s(?:had|has|have|was|were|is|are|\p{Ll}{2,}ed)\b")
_NO_SUBJECT_OPENING: Final = regex.compile(
    r"(?i)(?:to|in|on|at|of|for|by|with|from|into|over|after|before|during)\b")
_COORDINATED_SUBJECT_WORDS: Final = 6


def _coordinated_subject(text: str, lo: int, conjunction: int) -> Span | None:
    """The subject of the clause that ends at ``conjunction`` ("and", "but"): the words
    before its first finite verb, at most a few, from the clause's start; None when there
    are none."""
    b = _last_boundary(text, lo, conjunction)
    start = b.end() if b is not None else lo
    verb = _FIRST_FINITE.search(text, start, conjunction)
    if verb is None:
        return None
    piece = text[start:verb.start()]
    phrase = piece.strip()
    if not phrase or len(phrase.split()) > _COORDINATED_SUBJECT_WORDS or _NO_SUBJECT_OPENING.match(phrase):
        return None
    first = start + len(piece) - len(piece.lstrip())
    return Span(first, first + len(phrase))
