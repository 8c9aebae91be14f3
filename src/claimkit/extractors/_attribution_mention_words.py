"""The words a source's mention is read with (:func:`._attribution_mention.read_mention`),
some shared with the speakers' resolution: the pronouns and the gender a pronoun or a role word
tells, determiners and links, the titles and military ranks before a name, the words that
qualify a role and the people named by what they are, and the tests the reading puts to a
word (a possessive stripped, a capital, a role) and to words (those that make a name, a phrase
without its determiners).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._attribution_lexicon import words
from ._attribution_names import ORG_HEADS
from ._attribution_np import NAME_PARTICLES, ROLE_WORDS
from ._words import joined_particle_name

PERSON_PRONOUNS = words("he she him her his")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# Role words that tell a speaker's gender ("the spokeswoman", "his wife").
ROLE_GENDER = {
    **dict.fromkeys(words("""spokeswoman chairwoman congresswoman councilwoman wife mother daughter
                          sister woman girl queen grandmother widow"""), "f"),
    **dict.fromkeys(words("""spokesman chairman congressman councilman husband father son brother
                          man boy king prince grandfather widower policeman"""), "m"),
}
GROUP_PRONOUNS = words("they it we their its")
DETERMINERS = words("the a an his her their its our this that these those one two three some several")
LINKS = words("for of at with from in")
# Words after a capitalised rank that make a body of it ("the General Staff", "General Command").
BODY_AFTER_RANK = ORG_HEADS | {"staff"}
# Role words that stand for a body rather than a person ("officials said").
PLURAL_ROLES = frozenset(w for w in ROLE_WORDS if w.endswith("s") and w[:-1] in ROLE_WORDS)


def strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def name_of(words_: Sequence[str]) -> list[str]:
    """The words of ``words_`` that make a name: capitalised words, and the particles between
    or before them ("Staffan de Mistura", "Hamza bin Ali", "Fadi al-Kurd")."""
    kept: list[str] = []
    for k, w in enumerate(words_):
        low = w.lower()
        # (a rank before a body's head word is part of its name: "General Staff")
        title = low in TITLES and not (k + 1 < len(words_) and strip_possessive(words_[k + 1].lower())
                                       in BODY_AFTER_RANK)
        capitalised = is_cap(w) and not title and low not in DETERMINERS
        particle = joined_particle_name(w) or (
            low in NAME_PARTICLES and k + 1 < len(words_) and is_cap(words_[k + 1]) and bool(kept))
        if capitalised or particle:
            kept.append(w)
    if len(kept) > 1 and len(kept[0]) > 1 and kept[0].isupper() and kept[0].isalpha() \
            and not kept[1].isupper():
        # "ISPR Faisal Nadeem", "GOP Donald Trump": a body's initials before a person's name
        # (not initials with stops, "J.J. Goldberg", nor "USA TODAY")
        kept = kept[1:]
    return kept


# Titles dropped from a name ("Col. Marek Ilvan" -> "Marek Ilvan").
TITLES = words("""
mr mr. mrs mrs. ms ms. dr dr. col col. gen gen. brig brig. lt lt. maj maj. capt capt. sgt sgt.
adm adm. sen sen. rep rep. gov gov. prof prof. rev rev. sheikh mullah maulvi president
colonel lieutenant brigadier sergeant admiral captain general major corporal
""")
# Military ranks: a title before a name, not the role the person speaks in ("Lieutenant Colonel
# Jo Roe, spokesman of the division": the role is spokesman).
RANKS = words("colonel lieutenant brigadier sergeant admiral captain general major corporal "
              "commander col. lt. brig. gen. maj. capt. sgt. adm.")
# Words that qualify a role and may open a sentence capitalised ("Military spokesman X").
ROLE_MODIFIERS = words("""
military security senior local provincial regional government police army defence defense foreign
interior health deputy chief top former acting press district state federal national army's
aid relief rescue medical hospital humanitarian emergency intelligence border tribal village
community election campaign customs immigration opposition rebel militia western
""")
# People named by what they are or do, besides :data:`ROLE_WORDS` ("aid workers said").
PEOPLE = words("""
workers residents villagers doctors medics nurses journalists observers survivors relatives people
witnesses volunteers rescuers paramedics
locals refugees officers troops guards group groups sources official
""")


def modifies(word: str, low: str) -> bool:
    """Whether ``word`` before a role word qualifies it ("military", "senior")."""
    if low in DETERMINERS or low in LINKS:
        return False
    return (not is_cap(word) and low.isalpha()) or low in ROLE_MODIFIERS


def is_role(low: str) -> bool:
    w = strip_possessive(low)
    return (w in ROLE_WORDS or w in PEOPLE or (w.endswith("s") and w[:-1] in ROLE_WORDS)
            or w + "s" in PEOPLE)  # "the nurse", "a resident"


def phrase(words: Sequence[str]) -> str | None:
    kept = [strip_possessive(w) for w in words if w.lower() not in DETERMINERS]
    return " ".join(kept) or None
