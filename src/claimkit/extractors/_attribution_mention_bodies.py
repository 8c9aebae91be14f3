"""Bodies in a source's words: a body told by what it is, then its name ("the rights group
Amnesty International": :data:`DESCRIBED_BODY`, :data:`BODY_HEADS`), the words an acronym
spells ("Inter-Services Public Relations" for ISPR: :func:`spelled_by`), the capitalised words
that make a name a body's ("Human Rights Watch"), a capital city that speaks for its state's
government, and a document or an outlet that speaks for the body that issued or owns it ("the
statement said", "Its Andalus radio said": :func:`is_document`, :func:`is_outlet`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from ._attribution_lexicon import words
from ._attribution_mention_words import strip_possessive
from ._attribution_names import ORG_HEADS
from ._gazetteer import lookup


def org_like(words: Sequence[str]) -> bool:
    for w in words:
        bare = strip_possessive(w)
        if bare.lower() in ORG_HEADS or bare in BODY_NAME_WORDS:
            return True
    return False


# Words of bodies' names, capitalised: "Amnesty International", "Human Rights Watch", "the Kenya
# Red Cross Society" are no persons (in lower case they are common words: "to watch",
# "international economics", "a mutual fund").
BODY_NAME_WORDS = frozenset({"International", "Watch", "Society", "Foundation", "Association",
                             "Federation", "Crescent", "Project", "Fund", "Programme"})


# A body told by what it is, then its name: "medical charity MSF", "Rights group Amnesty
# International", "UN agency UNICEF", "aid group Save the Children".
DESCRIBED_BODY = regex.compile(
    r"(?i:the\s+)?(?P<what>(?:[\p{L}\-]+\s+){0,2}?(?i:charity|group|organi[sz]ation|agency|monitor|"
    r"watchdog|NGO|network|coalition|alliance|think\s+tank))\s+"
    r"(?P<body>\p{Lu}[\p{L}\p{N}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.\-]*|of|the|for|de|des|du|without|sans|"
    r"and|\(\p{Lu}{2,6}\)))*)", regex.V0)
# The words one of which DESCRIBED_BODY needs, found with a quick scan before it is tried.
_DESCRIBING_WORDS = r"charit|group|organi|agency|monitor|watchdog|ngo|network|coalition|alliance|think"
_DESCRIBING_WORD = re.compile(_DESCRIBING_WORDS, re.IGNORECASE)
# ... and in a text of ASCII lowered (no letter there folds to another), five times as fast
_DESCRIBING_LOWER = re.compile(_DESCRIBING_WORDS)


def describing_word(text: str) -> bool:
    """Whether one of the words :data:`DESCRIBED_BODY` needs stands in ``text``, in any case."""
    found = _DESCRIBING_LOWER.search(text.lower()) if text.isascii() else _DESCRIBING_WORD.search(text)
    return found is not None


def spelled_by(before: str, acronym: str) -> str | None:
    """The words at the end of ``before`` whose capitals spell ``acronym`` ("Médecins Sans
    Frontières" for MSF, "Inter-Services Public Relations" for ISPR), maybe with a link's
    initial ("United Nations Mission in South Sudan" for UNMISS), or None."""
    words_ = before.split()
    strict = loose = ""  # the capitals alone; and with the links' initials
    for k in range(len(words_) - 1, max(-1, len(words_) - 12), -1):
        word = words_[k]
        capitals = "".join(p[0] for p in word.split("-") if p[:1].isupper())
        strict = capitals + strict
        loose = (capitals or (word[0].upper() if word.lower() in ACRONYM_LINKS else "")) + loose
        if acronym in (strict, loose):
            return " ".join(words_[k:])
        if not acronym.endswith(strict) and not acronym.endswith(loose):
            return None
    return None


# Links whose initial an acronym may hold ("in" of UNMISS, "of" of UNOCHA's cousins).
ACRONYM_LINKS = frozenset({"in", "of", "for", "and"})


def capital(word: str) -> bool:
    """Whether ``word`` is a capital city, which speaks for its state's government."""
    place = lookup(word)
    return place is not None and place.kind == "capital"


# Head words of what a body is, before its name ("the rights group Amnesty International").
BODY_HEADS = words("""
agency group charity organisation organization monitor network broadcaster newspaper channel
outlet movement coalition alliance militia faction observatory
""")


# A document speaking for the body that issued it ("the statement said", "the report found").
DOCUMENTS = words("statement report communique communiqué release bulletin passage passages excerpt "
                  "excerpts broadcast message post letter notice update note document briefing")


def is_document(organization: str) -> bool:
    """"statement", "the relevant passage", "its latest bulletin"; not "Huffington Post" nor
    "the campaign's statement" (a body of its own)."""
    words_ = organization.split()
    if len(words_) > 2 and "of" in words_[1:3] and words_[words_.index("of") - 1] in _DOCUMENT_PARTS:
        words_ = words_[words_.index("of") + 1:]  # "the relevant part of the statement"
    return words_[-1] in DOCUMENTS and (len(words_) == 1 or (
        len(words_) == 2 and words_[0] in _DOCUMENT_ADJECTIVES))


_DOCUMENT_PARTS = words("part parts portion excerpt extract text translation passage section")

# A body's own outlet, which speaks for it: "Its Andalus radio said", "their Telegram channel".
_OUTLETS = words("radio channel agency television tv website site account outlet newspaper arm wing "
                 "station page feed newsletter magazine")


def is_outlet(organization: str) -> bool:
    """"Andalus radio", "Amaq news agency", "media arm" (of a possessor: "Its Andalus radio")."""
    words_ = organization.lower().split()
    return 0 < len(words_) <= 4 and words_[-1] in _OUTLETS


_DOCUMENT_ADJECTIVES = words("relevant full latest new original earlier final official written joint "
                             "brief short daily morning evening weekly second third later separate "
                             "further another press news video audio")
