"""Whether two sources are one voice: "Belmira", "Belmira's army" and "Col. Ilvan, a
spokesman for the Belmiran army" all speak for Belmira.

A source's *voice* is the set of proper names in what the text calls it (its words, its
resolved name and organisation), lower-cased, with a possessive "'s" dropped. Two voices are
the same when they share a name, a demonym matching its country by prefix ("belmiran" and
"belmira", "pakistani" and "pakistan"), or initials ("the LNA General Command" and "the
Libyan National Army (LNA)"). A capital stands for its state ("Ankara" speaks as "the
Turkish Defence Ministry" and "Turkey's defence ministry" do). Common nouns ("army",
"officials") never make two sources one: "the Afghan army" and "the Pakistani army" share
only "army".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import regex

from claimkit._model import Attribution

from ._sides import CAPITALS, DEMONYMS

_NAME: Final = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\-]{3,}(?=(?:['’]s)?(?![\p{L}\p{N}]))")
#: Capitalised words that open sentences or titles and name nobody.
_NOT_NAMES: Final = frozenset({
    "the", "this", "that", "these", "those", "their", "they", "there", "local", "senior",
    "some", "several", "many", "most", "both", "three", "four", "five", "eight", "nine",
    "officials", "sources", "residents", "witnesses", "police", "army", "military", "ministry",
    # roles a headline capitalises ("Prosecutors find 11 bodies"), no party's name
    "prosecutors", "prosecutor", "investigators", "doctors", "medics", "rescuers",
    "government", "spokesman", "spokeswoman", "spokesperson", "minister", "president",
    "general", "colonel", "major", "captain", "commander", "according", "reports", "media",
    # (the offices of a government: "the Office of the Prime Minister" names no party)
    "prime", "premier", "presidency", "presidential", "cabinet",
    # words of institutions every state has: "Armenian Defence Ministry" and "Azerbaijan’s
    # Defence Ministry" are two voices
    "defence", "defense", "interior", "foreign", "health", "national", "armed", "forces",
    "security", "office", "council", "department", "agency", "command", "staff", "regional",
    "federal", "public", "affairs", "information", "press", "service", "border", "guard",
    "emergency", "emergencies", "republic", "state", "provincial", "district",
})
_MIN_PREFIX: Final = 4
# A capital -> the words of its state ("ankara" -> "turkey", "turkish", "türkiye"); one of
# several words by its last ("Addis Ababa" -> "ababa"), as names are read word by word.
# (Demonyms alone are not mapped: "the Lebanese army" and "Lebanon's health ministry" are two
# voices, one telling of a soldier killed, the other of a farmer.)
_STATE_WORDS: Final[dict[str, frozenset[str]]] = {
    city.split()[-1].casefold(): frozenset(
        term.casefold() for term, of in DEMONYMS if of == state and " " not in term) | {state.casefold()}
    for city, state in CAPITALS
}


# Initials ("LNA" in "the media office of the LNA General Command", and in "the Libyan National
# Army (LNA)")
_ACRONYM: Final = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{3,6}(?![\p{L}\p{N}])")


# A body run by a party speaks for it: "the Houthi-run health ministry" is the "Houthi health
# ministry" of a headline ("Iran-backed", "US-funded" name someone else: they stay).
_RUN_BY: Final = regex.compile(r"-(?:run|led|controlled)\Z")


@lru_cache(maxsize=4096)
def _names(words: str) -> frozenset[str]:
    words = words[:300]
    names = {_RUN_BY.sub("", n.casefold()) for n in _NAME.findall(words) if n.casefold() not in _NOT_NAMES}
    states = frozenset().union(*(_STATE_WORDS.get(n, ()) for n in names))
    return frozenset(names | states | {a.casefold() for a in _ACRONYM.findall(words)})


def voice_of(attribution: Attribution | None) -> frozenset[str]:
    """The proper names a statement's source goes by (empty: an anonymous or unnamed source)."""
    src = attribution.source if attribution else None
    if src is None:
        return frozenset()
    parts = (src.text, src.name or "", src.organization or "")
    return frozenset().union(*(_names(p) for p in parts))


def same_voice(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two voices share a name (a demonym matches its country by prefix)."""
    for x in a:
        for y in b:
            if x == y:
                return True
            short, long = (x, y) if len(x) <= len(y) else (y, x)
            if len(short) >= _MIN_PREFIX and long.startswith(short) and len(long) - len(short) <= 3:
                return True
    return False
