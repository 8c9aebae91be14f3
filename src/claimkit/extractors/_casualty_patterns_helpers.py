"""The casualty patterns' small helpers.

Alternations of phrases (longest first, or with their shared beginnings written once), the
lexicon's key form and its outcome lookups, and the word tests of a group (a person, a thing).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from . import _casualty_lexicon as lex


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first, spaces matching any whitespace."""
    uniq = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in uniq)


# A prefix tree of phrases: each key the next character, "" marking a phrase's end.
_Tree = dict[str, "_Tree"]


def forward_alternation(phrases: Iterable[str]) -> str:
    """:func:`alternation` with the phrases' shared beginnings written once
    ("treated\\s+for\\s+(?:critical\\s+injur(?:ies|y)|...)"): a shorter pattern, which the
    engine compiles in about half the time (it parses every character), that tries the same
    phrases in the same order.

    Two phrases can match at one offset only when one begins the other, and the longer one is
    tried first, as there. Only for a pattern read forwards (``(?r)`` reads a phrase from its
    end) and without full case folding ("ß" would match "ss" only unsplit). Only ASCII phrases
    are factored (two different lowercase ASCII characters never match the same character,
    ignoring case); others get :func:`alternation`.
    """
    uniq = {p.lower() for p in phrases}
    if not all(p.isascii() for p in uniq):
        return alternation(uniq)
    tree: _Tree = {}
    for phrase in uniq:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: _Tree) -> str:
    branches = [(r"\s+" if char == " " else regex.escape(char)) + _emit(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if "" in node:  # a phrase ends here: the longer ones first, as a greedy option
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def norm(phrase: str) -> str:
    """Lowercase with single spaces: the key form of the lexicon's tables."""
    return " ".join(phrase.lower().split())


def _lookup(table: dict[str, str], phrase: str) -> str | None:
    return table.get(norm(phrase))


def passive_outcome(phrase: str) -> str | None:
    return _lookup(lex.PASSIVE, phrase)


def active_outcome(phrase: str) -> str | None:
    return _lookup(lex.ACTIVE, phrase)


def noun_outcome(phrase: str) -> str | None:
    return _lookup(lex.NOUN_BEFORE, phrase)


_PERSONS: Final = frozenset(p.lower() for p in lex.PERSONS)
_NON_PERSONS: Final = frozenset(p.lower() for p in lex.NON_PERSONS)
_LIKE_SUFFIXES: Final = ("er", "or", "ist", "ian", "man", "woman", "ee")


# Word tests are set lookups and suffix checks, not regexes: they run for every word of
# every group.
def is_person(word: str) -> bool:
    """A person noun: listed in the lexicon, or letters ending like one ("loggers")."""
    w = word.lower()
    return w in _PERSONS or (w.isalpha() and w.endswith(lex.PERSON_SUFFIXES)
                             and any(w.endswith(x) and len(w) > len(x) for x in lex.PERSON_SUFFIXES))


def is_thing(word: str) -> bool:
    """A noun for things, places, units or times ("tanks", "km", "villages")."""
    return word.lower() in _NON_PERSONS


def person_like(word: str) -> bool:
    """A singular noun shaped like a person's ("governor", "sweeper", "councillor")."""
    w = word.lower()
    return w.isalpha() and any(w.endswith(x) and len(w) >= 3 + len(x) for x in _LIKE_SUFFIXES)
