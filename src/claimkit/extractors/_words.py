"""Word lists written as one string per list, the way the lexicons keep them readable, and
the one test every reader shares for a word that opens a name."""

from __future__ import annotations

import regex

from claimkit.text import folded


def words(spaced: str) -> frozenset[str]:
    """The whitespace-separated words of ``spaced``, as a frozenset."""
    return frozenset(spaced.split())


# A name whose particle is joined to it ("al-Kurd", "bin-Ali", "el-Sisi", "de-Souza"): a name,
# though it opens in lowercase.
_JOINED_PARTICLE = regex.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|abu|da|de|di|du)-\p{Lu}")


def joined_particle_name(word: str) -> bool:
    """Whether ``word`` is a name with its particle joined to it ("al-Baghdadi")."""
    # (the hyphen after a particle of two or three letters first: most words have none there)
    return "-" in word[2:4] and _JOINED_PARTICLE.match(word) is not None


def holds_any(text: str, start: int, end: int, wanted: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]``, folded (see :func:`claimkit.text.folded`), holds one of
    ``wanted`` (lowercase ASCII): a cheap test before a case-insensitive pattern every match of
    which holds one of them, where a match can lie in that range only."""
    low = folded(text)
    return any(low.find(word, start, end) != -1 for word in wanted)
