"""A heavy trigger pattern, found through a cheap keyword pre-filter.

A stage's trigger pattern (a big case-insensitive alternation with lookbehinds and optional
groups) is slow to try at every offset of a text: the ``regex`` module attempts each branch
at each position. Most offsets cannot start a match, because every match begins with one of
a few known words ("captur", "seiz", "denied" ...). :class:`Trigger` keeps the heavy pattern
and adds a pre-filter: a plain, case-sensitive alternation of those words, arranged as a
prefix tree, run with Python's :mod:`re` over a lowercased copy of the text (one copy per
text, cached and shared by every stage). The heavy pattern is tried only where the
pre-filter matched.

:meth:`Trigger.finditer` gives exactly the matches ``pattern.finditer(text)`` gives, provided
the pre-filter matches wherever the pattern can start (the words are a superset of the
pattern's first words) and the pattern never matches the empty string. A test compares the
two on the evaluation texts and on generated text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Final

import regex

__all__ = ["Trigger", "anchored", "folded"]

# ``regex``'s case-insensitive matching pairs these with ASCII letters, but ``str.lower``
# does not map them there (and "İ" lowers to two characters); fold them first so offsets
# are kept and every case-insensitive match of the pattern is a match of the pre-filter.
_FOLD: Final = {"\u0130": "i", "\u017f": "s"}


def fold(text: str) -> str:
    """``text`` lowercased, offset for offset (``len(fold(text)) == len(text)``).

    Args:
        text: any text.

    Returns:
        The lowercase text, with "İ" and "ſ" folded to "i" and "s". :func:`folded` is the
        same, cached.
    """
    if not text.isascii():
        for char, plain in _FOLD.items():
            if char in text:
                text = text.replace(char, plain)
    low = text.lower()
    if len(low) != len(text):  # cannot happen after _FOLD; a guard against a future Unicode change
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def anchored(pattern: str) -> str:
    """``pattern``, for ``match`` at one offset with a distant ``endpos`` (a sentence end).

    Before matching, the ``regex`` module looks for a string every match must contain (the
    "of" of ``\\s+of\\s+``) anywhere between the offset and ``endpos``: when the string is
    absent, that costs the whole distance on every call, and a long sentence with many
    candidates becomes quadratic. An alternative that never matches, ``|(?!)``, leaves no
    required string, so the match is tried at the offset alone; what matches is unchanged.

    Args:
        pattern: a pattern whose leading inline flags, if any, stay at the start.

    Returns:
        ``pattern + "|(?!)"``.
    """
    return pattern + "|(?!)"


# A prefix tree: each key a next letter, "" marking the end of a word.
_Node = dict[str, "_Node"]


@functools.lru_cache(maxsize=8)
def folded(text: str) -> str:
    """:func:`fold`, cached for the most recent texts, so the stages of one pipeline share
    one copy."""
    return fold(text)


@functools.lru_cache(maxsize=8)
def padded_lowercase(text: str) -> str:
    """A space, then :func:`folded` ``text``: offset ``i`` of the text is ``i + 1`` here, and
    every word, the first included, has a non-letter before it."""
    return " " + folded(text)


def prefix_tree(words: Iterable[str]) -> str:
    """A ``re`` alternation matching any of ``words``, factored by common prefixes.

    Args:
        words: lowercase literal words (or word beginnings).

    Returns:
        A pattern such as ``c(?:aptur|ontrol)|seiz``: the branches of a prefix tree, so the
        ``re`` engine tries one branch per first letter rather than every word. A word that
        is a prefix of another makes the longer one redundant, so only the shortest is kept.
    """
    tree: _Node = {}
    for word in sorted(set(words)):  # a word sorts before every word it is a prefix of
        node = tree
        for char in word:
            if "" in node:  # a shorter word already covers this one
                break
            node = node.setdefault(char, {})
        else:
            node[""] = {}
    return _emit(tree)


def _emit(node: _Node) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if len(branches) <= 1:
        return "".join(branches)
    return "(?:" + "|".join(branches) + ")"


class Trigger:
    """A heavy pattern and the pre-filter that finds where it may match.

    Args:
        pattern: the heavy pattern, tried with ``pattern.match`` at each candidate offset
            of the original text. It must not match the empty string.
        words: lowercase words (or word beginnings) one of which starts every match of
            ``pattern``; the pre-filter finds them at the start of a word (not after an
            ASCII letter) in the lowercased text.
        fragments: further ``re`` patterns for the pre-filter, matched at the start of a
            word like ``words``: for a match whose first word is too common to use alone
            ("in" of "in rebel control").
        anywhere: ``re`` patterns matched anywhere, for matches that start with something
            other than a word (an opening quote).
    """

    def __init__(self, pattern: regex.Pattern[str], words: Iterable[str] = (),
                 fragments: Iterable[str] = (), anywhere: Iterable[str] = ()) -> None:
        self.pattern = pattern
        starts = [prefix_tree(words)] if words else []
        starts += fragments
        # (pre-filter, offset of its match in the padded text minus the candidate's offset).
        # A word start is found as a non-letter followed by the word: ``re`` skips the
        # letters in between with a fast character-set test (faster than a lookbehind).
        # One pre-filter per kind of start: ``re`` scans an alternation that mixes a word
        # start and a quote mark markedly slower than the two alone.
        found = [(re.compile(r"[^a-z](?:" + "|".join(starts) + ")"), 0)] if starts else []
        found += [(re.compile(a), 1) for a in anywhere]
        self.prefilters: tuple[tuple[re.Pattern[str], int], ...] = tuple(found)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The matches of the pattern in ``text``, as ``pattern.finditer(text)`` gives them.

        Args:
            text: the original text (offsets of the matches index it).

        Returns:
            An iterator of non-overlapping matches, left to right.
        """
        if not self.prefilters:
            return
        padded = padded_lowercase(text)
        searches = [(p.search, shift) for p, shift in self.prefilters]
        match = self.pattern.match
        nowhere = len(text) + 1
        nexts = [-1] * len(searches)  # each pre-filter's next candidate at or after pos
        pos = 0
        while True:
            for i, (search, shift) in enumerate(searches):
                if nexts[i] < pos:
                    found = search(padded, pos + shift)
                    nexts[i] = found.start() - shift if found is not None else nowhere
            start = min(nexts)
            if start == nowhere:
                return
            m = match(text, start)
            if m is None or m.end() == start:
                pos = start + 1
                continue
            yield m
            pos = m.end()
