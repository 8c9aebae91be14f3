"""Finding sides in text: :class:`SideIndex`, a vocabulary with its matcher (:func:`side_matcher`,
tried only where a term's first letters are: :func:`_first_letters`), and the branches of a
side, whose name opens theirs ("Islamic State" -> "Islamic State West Africa Province (ISWAP)",
:func:`one_branch_each`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

import regex

from claimkit.text._scan import lookahead_tree

from ._sides_states import STATES


def _is_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in term


def _alternation(terms: Iterable[str]) -> str:
    # Longest first, so "Pakistani Taliban" is tried before "Pakistani"; an apostrophe may be
    # typographic or left out ("New People’s Army", a speaker's "Kurdistan Workers Party").
    return "|".join(_APOSTROPHE.sub("['’]?", regex.escape(t).replace(r"\ ", r"\s+"))
                    for t in sorted(terms, key=len, reverse=True))


_APOSTROPHE = regex.compile(r"\\?['’]")  # (escaped or not)


def _term_key(term: str) -> str:
    """A case-insensitive term as looked up: lower case, one space, no apostrophe."""
    return " ".join(term.lower().replace("'", "").replace("’", "").split())


def side_matcher(vocabulary: Mapping[str, str]) -> regex.Pattern[str]:
    """One compiled pattern for ``vocabulary``: group ``ci`` (case-insensitive terms, an
    optional plural "s") or ``cs`` (acronyms, exact case) holds the matched term."""
    acronyms = [t for t in vocabulary if t and _is_acronym(t)]
    words = [t for t in vocabulary if t and not _is_acronym(t)]
    if not words and not acronyms:
        return regex.compile(r"(?!)")
    # (both groups always, so a vocabulary of names alone or acronyms alone reads the same)
    ci = _alternation(words) if words else "(?!)"
    cs = _alternation(acronyms) if acronyms else "(?!)"
    return regex.compile(rf"(?<![\w-])(?:(?i:(?P<ci>{ci})s?)|(?P<cs>{cs}))(?![\w-])")


def _opened_by(ordered: Sequence[str], parent: str) -> Sequence[str]:
    """The names of the sorted ``ordered`` that open with ``parent`` and a space (sorted, they
    follow one another)."""
    opening = parent + " "
    i = j = bisect.bisect_left(ordered, opening)
    while j < len(ordered) and ordered[j].startswith(opening):
        j += 1
    return ordered[i:j]


def one_branch_each(names: Iterable[str]) -> dict[str, str]:
    """Each of ``names`` that opens exactly one other of them with a space, mapped to that one:
    a group and its one branch a report (or a set of reports) names ("Islamic State" ->
    "Islamic State West Africa Province (ISWAP)"). A state is no parent ("Afghanistan" and the
    Afghanistan Freedom Front)."""
    ordered = sorted(set(names))
    out: dict[str, str] = {}
    for parent in ordered:
        if parent not in STATES and len(branches := _opened_by(ordered, parent)) == 1:
            out[parent] = branches[0]
    return out


# Waters named after a country are places, not its side: "Lake Chad", "the Gulf of Guinea".
_WATER_BEFORE: Final = regex.compile(r"\b(?:Lake|Gulf\s+of|Sea\s+of|Bay\s+of)\s+\Z")


def _first_letters(vocabulary: Iterable[str]) -> re.Pattern[str] | None:
    """Where a term of ``vocabulary`` may start: its first ASCII letters or digits, in any case
    (``re`` pairs every character ``regex`` matches with an ASCII letter or digit ignoring case,
    "K" and "ſ" included, with it too), in the exact case for an acronym (matched so), with no
    letter, digit, underscore or hyphen before them; and, looked at but not taken, what the term
    goes on with where that is plain (see :func:`_opening`: "the" only before a word in "r" for
    "The Resistance Front", not before every word). None when a term opens with something else."""
    openings = [_opening(t) for t in vocabulary if t]
    if not openings or not all(first for first, _, _ in openings):
        return None
    trees = []
    for exact in (False, True):
        tree = lookahead_tree((first, after) for first, after, cased in openings if cased == exact)
        if tree:
            trees.append(f"(?-i:{tree})" if exact else tree)
    return re.compile(r"(?<![a-z0-9_\-])(?:" + "|".join(trees) + ")", re.IGNORECASE)


_ASCII: Final = "".join(map(chr, range(128)))
# Characters that stand for themselves in a term's pattern ("IS-Khorasan", "U.S."): not a
# space (any whitespace), nor an apostrophe (optional or typographic).
_PLAIN_PUNCTUATION: Final = frozenset("-.&/")


def _opening(term: str) -> tuple[str, str, bool]:
    """``term``'s opening ASCII letters and digits (lowercase, or as written for an acronym),
    a ``re`` lookahead for what follows them in every match, and whether the case is exact.

    What follows: a space and the next word's first letter or digit ("the" then a word in
    "r"), plain punctuation and the letter after it ("is" then "-k" for "IS-Khorasan"), maybe
    an apostrophe and the letter after it ("people" then "'s" or "s"), or a
    letter beyond ASCII that, ignoring case, matches no ASCII character (the "ü" of "Türkiye";
    not "ſ" or the Kelvin sign, which match "s" and "k"); else nothing."""
    exact = _is_acronym(term)
    n = 0
    while n < len(term) and term[n].isascii() and term[n].isalnum():
        n += 1
    first = term[:n] if exact else term[:n].lower()
    if n == 0 or n == len(term):
        return first, "", exact
    char, rest = term[n], term[n + 1:n + 2]
    flags = "" if exact else "(?i)"
    if char == " " and rest.isascii() and rest.isalnum():
        return first, r"\s+" + re.escape(rest if exact else rest.lower()), exact
    if char in _PLAIN_PUNCTUATION and rest.isascii() and rest.isalnum():
        return first, re.escape(char + (rest if exact else rest.lower())), exact
    if char in "'’" and rest.isascii() and rest.isalnum():
        return first, "['’]?" + re.escape(rest if exact else rest.lower()), exact  # (optional)
    if char.isalnum() and not char.isascii() and regex.search(flags + regex.escape(char), _ASCII) is None:
        return first, r"(?-i:[^\x00-\x7f])", exact
    return first, "", exact


class SideIndex:
    """A vocabulary and its matcher: :meth:`find` gives every (start, end, side) in a range."""

    def __init__(self, vocabulary: Mapping[str, str]) -> None:
        self.vocabulary = dict(vocabulary)
        self._lower = {_term_key(t): s for t, s in self.vocabulary.items() if not _is_acronym(t)}
        self._pattern = side_matcher(self.vocabulary)
        self._firsts = _first_letters(self.vocabulary)

    def _matches(self, text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        """``self._pattern.finditer(text, start, end)``, tried only where a term's first letters
        are: the pattern, hundreds of names behind a lookbehind, is otherwise tried at every
        offset."""
        if self._firsts is None:
            yield from self._pattern.finditer(text, start, end)
            return
        match = self._pattern.match
        resume = start
        for candidate in self._firsts.finditer(text, start, end):
            if candidate.start() >= resume and (m := match(text, candidate.start(), end)) is not None:
                yield m
                resume = m.end()

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Every side term in ``text[start:end]`` as (start, end, side), in order."""
        out: list[tuple[int, int, str]] = []
        for m in self._matches(text, start, len(text) if end is None else end):
            if m["cs"] is not None:
                side = self.vocabulary.get(m["cs"])
            else:
                side = self._lower.get(_term_key(m["ci"]))
            if side and not _WATER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                out.append((m.start(), m.end(), side))
        return out

    @functools.cached_property
    def branches(self) -> dict[str, tuple[str, ...]]:
        """Each side whose name opens other sides' names, with those sides: its branches
        ("Islamic State" -> "Islamic State Sahel", "Islamic State West Africa Province (ISWAP)")."""
        names = sorted(set(self.vocabulary.values()))
        out: dict[str, tuple[str, ...]] = {}
        for parent in names:
            if branches := _opened_by(names, parent):
                out[parent] = tuple(branches)
        return out

    def side_of(self, text: str, start: int = 0, end: int | None = None) -> str | None:
        """The side named in ``text[start:end]``: the last term there (the head's nearest
        modifier: "Afghan Taliban fighters" -> Taliban), or None."""
        found = self.find(text, start, end)
        return found[-1][2] if found else None
