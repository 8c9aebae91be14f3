"""The speakers met so far in a document: each one's name, role, organization and where it
last spoke (:class:`Entity`), and the index that finds a speaker by its name (:class:`Known`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import attrs

from ._attribution_lexicon import words
from ._attribution_mention import Mention
from ._attribution_mention_words import PLURAL_ROLES, PRONOUN_GENDER
from ._attribution_np import ROLE_WORDS

# Role words of a body, not a person ("the group said").
GROUP_WORDS = words("group movement organisation organization")
# A state's own bodies, as a pattern's alternatives: "the group" that speaks is never one of
# them, nor is a monitor named after a lead that describes one.
STATE_BODY_WORDS = (r"ministry|army|government|police|military|armed\s+forces|defen[cs]e|presidency|navy|"
                    r"air\s+force|gendarmerie|junta|authorities|cabinet")


@attrs.define
class Entity:
    """One speaker as resolved so far (mutable: later mentions fill it in)."""

    name: str | None
    role: str | None
    organization: str | None
    end: int
    words: tuple[str, ...] = ()  # the name's lowercased words, kept by Known
    gender: str | None = None  # "f" / "m": from a role word, or the first "he" / "she" it takes
    indefinite: bool = False  # first met as "a spokesman": the name may come later

    @property
    def person(self) -> bool:
        return self.name is not None

    def may_be(self, pronoun: str) -> bool:
        """Whether "he" / "she" may stand for this speaker: a person (a name, or one person
        by role: "the nurse", "a spokesman") of no other known gender."""
        head = self.role.split()[-1].lower() if self.role else ""
        several = is_several(head)
        one = not several and (self.person or (self.role is not None and not head.endswith("s")
                                               and head not in GROUP_WORDS))
        return one and self.gender in (None, PRONOUN_GENDER[pronoun])

    def fill(self, m: Mention, end: int) -> None:
        """Take the role and organization ``m`` adds (a name goes through
        :meth:`Known.rename`, which keeps the name index)."""
        self.role = self.role or m.role
        self.organization = self.organization or m.organization
        self.end = end


def is_several(head: str) -> bool:
    """Whether a role's head word (lowercased) tells several people: "residents", "sources"."""
    return head in PLURAL_ROLES or (head.endswith("s") and head[:-1] in ROLE_WORDS)


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(name.lower().split())


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names (their lowercased words) may be one person: one ends with the other
    ("Delko", "Aram Delko")."""
    if len(a) > len(b):
        a, b = b, a
    return a == b[len(b) - len(a):] if a else not b


# How many speakers back (the most recent first) a mention looks for the one it names again:
# far more than a report introduces, and a bound that keeps a document of thousands of
# speakers linear.
ENTITY_REACH = 200


def recent(entities: list[Entity]) -> Iterator[Entity]:
    """The last :data:`ENTITY_REACH` of ``entities``, the most recent first."""
    return itertools.islice(reversed(entities), ENTITY_REACH)


class Known:
    """The speakers met so far, in order, with those named indexed by their name's last word
    (a name matches another only when one ends with the other's words)."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_last_word: dict[str, list[Entity]] = {}

    def add(self, ent: Entity) -> None:
        self.entities.append(ent)
        if ent.name:
            self.rename(ent, ent.name)

    def touch(self, ent: Entity) -> None:
        """Make ``ent`` the most recent speaker: it speaks again ("Voronin said ... he said"
        after another person spoke in between is Voronin). Looked for among the last few only,
        so this stays linear; one met long ago is added again."""
        tail = len(self.entities) - 2 * ENTITY_REACH
        for k in range(len(self.entities) - 1, max(tail, 0) - 1, -1):
            if self.entities[k] is ent:
                if k != len(self.entities) - 1:
                    del self.entities[k]
                    self.entities.append(ent)
                return
        self.entities.append(ent)

    def rename(self, ent: Entity, name: str) -> None:
        last = ent.words[-1] if ent.words else None
        ent.name, ent.words = name, _name_words(name)
        if ent.words and ent.words[-1] != last:
            self._by_last_word.setdefault(ent.words[-1], []).append(ent)

    def find_named(self, name: str) -> Entity | None:
        """The latest speaker (among the last :data:`ENTITY_REACH` with the same last word)
        whose name may be the same person's as ``name``."""
        words_ = _name_words(name)
        if not words_:
            return None
        for ent in recent(self._by_last_word.get(words_[-1], [])):
            if ent.words and ent.words[-1] == words_[-1] and _same_person(words_, ent.words):
                return ent
        return None
