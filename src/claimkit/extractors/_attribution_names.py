"""What a capitalised phrase names in a report: a body ("the Health Ministry", "Al-Shabaab",
"Russia"), or a person, and the person a text names as the subject of a clause before a
pronoun speaks ("Mu Phaw Meh has learned ... '...,' she said"): he and she may stand for
someone introduced without any cue.
"""

from __future__ import annotations

import re

import regex

from ._attribution_lexicon import words
from ._attribution_np import ROLE_WORDS
from ._gazetteer import lookup
from ._sides import ARMED_GROUPS, DEMONYMS

# Head words that make a capitalised phrase an organization rather than a person.
ORG_HEADS = words("""
ministry army military police government council command forces force agency office committee
party group observatory militia taliban movement front brigade corps department administration
authority authorities commission court parliament assembly congress senate house embassy mission
union alliance coalition organization organisation institute center centre network media press
television radio channel newspaper times post journal news service services navy guard guards
directorate bureau cabinet presidency kremlin pentagon junta regime state states nations
hamas hezbollah ministry's army's
maritime shipping lines holdings company corporation ltd inc plc airlines logistics
""")
# Armed groups and states the side vocabulary knows: a body when they speak, never a person.
KNOWN_BODIES = frozenset(
    term.lower() for pairs in (ARMED_GROUPS, DEMONYMS) for pair in pairs for term in pair)

# A name of two to four capitalised words as the subject of a clause: "Mu Phaw Meh has
# learned", "Khu Soe Myar, a 41-year-old schoolteacher", "Aram Delko recalled", "Hamdullah
# Sarwari gave a sharply different account". Not "X was"
# or "X has been", which a village unknown to the gazetteer ("Datta Khel was") tells as often.
_NAMED_SUBJECT = regex.compile(
    r"(?P<name>\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,3})"
    r"(?:,\s+(?:a|an)\s+(?:\d+-year-old\b|(?P<role>[\p{Ll}\-]+)\b)"
    # (the comma that closes an appositive: "the security secretary, Raúl Cienfuegos, gave")
    r"|,?\s+(?:(?:has|had)\s+(?!been\b)\p{Ll}+(?:ed|en|t)|says|said|told|added|recalls|recalled|works|"
    r"worked|runs|ran|lives|lived|checks|checked|remembers|remembered|spent|spends|fled|returned|"
    r"walks|walked|sits|sat|gave|gives|offered|offers|described|describes|spoke|speaks|wrote|writes|"
    r"posted|issued|dismissed|disputed|rejected|insisted|explained|acknowledged|blamed|accused)\b)")
# Where such a name may start: two capitalised words in a row, found by the standard library's
# engine (several times faster than trying the full pattern at every capital).
# (Latin-1 letters too: "Raúl Cienfuegos", "Élise Roe")
_TWO_CAPITALS = re.compile(r"(?<![\w'’.\-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+\s+[A-ZÀ-ÖØ-Þ]")
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent")
_PREPOSITIONS = words("in at of from near to into outside inside around across towards toward on by for with")
# How far back a pronoun looks for such a name.
_NAME_REACH = 800


def _could_be_person(name: str, before: str) -> bool:
    """Whether a capitalised phrase may name a person: no body, place, role or demonym, and
    neither "the" (bodies take it: "the Karenni Army has") nor a preposition before it."""
    parts = name.split()
    low = [w.lower() for w in parts]
    previous = before.split()[-1].lower() if before.split() else ""
    if previous in ("the", *_PREPOSITIONS) or name.lower() in KNOWN_BODIES:
        return False  # "the Karenni Army has", "in Datta Khel"
    if any(w in ORG_HEADS or w in ROLE_WORDS or w in KNOWN_BODIES for w in low):
        return False
    return lookup(name) is None and all(lookup(w) is None for w in parts)


def person_named_before(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The last person ``text[lo:hi]`` names as the subject of a clause, as ``(name, end)``,
    looking back at most :data:`_NAME_REACH` characters; None when there is none."""
    found = None
    for start in _TWO_CAPITALS.finditer(text, max(lo, hi - _NAME_REACH), hi):
        m = _NAMED_SUBJECT.match(text, start.start(), hi)
        if m is None or (m["role"] is not None and m["role"] not in ROLE_WORDS
                         and not m["role"].endswith(_PERSON_ENDINGS)):
            continue  # "Datta Khel, a village": not "Khu Soe Myar, a schoolteacher"
        if _could_be_person(m["name"], text[max(0, m.start() - 12):m.start()]):
            found = m["name"], m.end("name")
    return found
