"""A heavy trigger pattern, found through a cheap keyword pre-filter.

A stage's trigger pattern (a big case-insensitive alternation with lookbehinds and optional
groups) is slow to try at every offset of a text: the ``regex`` module attempts each branch
at each position. Most offsets cannot start a match, because every match begins with one of
a few known words ("captur", "seiz", "denied" ...). :class:`Trigger` keeps the heavy pattern
and adds a pre-filter: a plain, case-sensitive alternation of those words, arranged as a
prefix tree, run with Python's :mod:`re` over a lowercased copy of the text (one copy per
text, cached and shared by every stage). The heavy pattern is tried only where the
pre-filter matched. The word pre-filters of all triggers run together, as one pattern and one
pass over each text, whose result every trigger reads its own candidates from.

:meth:`Trigger.finditer` gives exactly the matches ``pattern.finditer(text)`` gives, provided
the pre-filter matches wherever the pattern can start (the words are a superset of the
pattern's first words) and the pattern never matches the empty string. A test compares the
two on the evaluation texts and on generated text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
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


def _openings(words: Iterable[str | tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """``(word, lookahead)`` for each of ``words`` ("" for a plain word)."""
    return tuple((w, "") if isinstance(w, str) else w for w in words)


class _Node:
    """A node of a prefix tree: the letters that go on from it, and the lookaheads of the
    words that end here ("" for a word with none)."""

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.ends: set[str] = set()


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
    return lookahead_tree((word, "") for word in words)


def lookahead_tree(openings: Iterable[tuple[str, str]]) -> str:
    r""":func:`prefix_tree` of words that each end in a ``re`` lookahead for what must follow
    them: ``(word, lookahead)`` pairs, "" for a word with none. A word with none covers every
    longer one (it matches wherever they do); a word with several ends in their alternation
    (``("the", r"\s+r")`` and ``("the", r"\s+a")`` give ``the(?=\s+a|\s+r)``)."""
    root = _Node()
    for word, after in openings:
        node = root
        for char in word:
            node = node.children.setdefault(char, _Node())
        node.ends.add(after)
    return _emit(root)


def _emit(node: _Node) -> str:
    if "" in node.ends:
        return ""  # (a word with no lookahead ends here: nothing longer need be told)
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.children.items())]
    if node.ends:
        branches.append("(?=" + "|".join(sorted(node.ends)) + ")")
    return "".join(branches) if len(branches) <= 1 else "(?:" + "|".join(branches) + ")"


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
        fragment_words: lowercase words (or word beginnings), one of which opens every match
            of ``fragments`` that counts: the fragments are tried only after one of them. When
            every live trigger's fragments have theirs, the shared scan tests all the words
            at once first, and passes over most words with that one test. A word may come as
            ``(word, lookahead)``, a ``re`` pattern for what follows it in every such match
            (``("the", r"\\s+ministry")``): a common word then stops the scan only there.
    """

    def __init__(self, pattern: regex.Pattern[str], words: Iterable[str] = (),
                 fragments: Iterable[str] = (), anywhere: Iterable[str] = (),
                 fragment_words: Iterable[str | tuple[str, str]] | None = None) -> None:
        self.pattern = pattern
        # read more than once below: no one-shot iterators
        words, fragments, anywhere = tuple(words), tuple(fragments), tuple(anywhere)
        fragment_words = tuple(fragment_words or ())
        starts = [prefix_tree(words)] if words else []
        # (the words guard the fragments in the pattern itself, so no match opens otherwise)
        self._fragment_starts = (f"(?={lookahead_tree(_openings(fragment_words))})(?:" + "|".join(fragments)
                                 + ")",) if fragments and fragment_words else fragments
        starts += self._fragment_starts
        # A word start is found as a non-letter followed by the word: ``re`` skips the letters
        # in between with a fast character-set test (faster than a lookbehind). The word
        # pre-filters of every trigger run together, in the shared scan (below); this one is
        # compiled here only so that a bad fragment fails where its trigger is built, not in
        # the scan every trigger reads.
        self._word_start = "|".join(starts) if starts else None
        if self._word_start is not None:
            re.compile(r"[^a-z](?:" + self._word_start + ")")
        # Starts other than a word (a quote mark) get a pre-filter each: ``re`` scans an
        # alternation that mixes a word start and a quote mark markedly slower than the two.
        self._anywhere_filters = tuple(re.compile(a) for a in anywhere)
        self._words = words
        self._fragments = fragments
        self._anywhere = anywhere
        self._fragment_words = fragment_words
        # the words every match of the pre-filter opens with (and what follows them), or None
        # when fragments have none
        self._openings = None if fragments and not fragment_words else _openings(words + fragment_words)
        self._id = _register(self) if starts else -1

    def __reduce__(self) -> tuple[type[Trigger], tuple[object, ...]]:
        # a copy (a pickled pipeline in a worker process) is built anew, so that it joins the
        # shared scan of its own process under an id of that process
        return (Trigger, (self.pattern, self._words, self._fragments, self._anywhere, self._fragment_words))

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The matches of the pattern in ``text``, as ``pattern.finditer(text)`` gives them.

        Args:
            text: the original text (offsets of the matches index it).

        Returns:
            An iterator of non-overlapping matches, left to right.
        """
        if self._word_start is None and not self._anywhere_filters:
            return
        match = self.pattern.match
        if not self._anywhere_filters:  # the word candidates alone (most triggers)
            yield from _non_overlapping(functools.partial(match, text),
                                        _shared_candidates(text, _generation)[self._id])
            return
        padded = padded_lowercase(text)
        nowhere = len(text) + 1
        # each finder gives the pre-filter's first candidate at or after a position
        finders: list[Callable[[int], int]] = []
        if self._word_start is not None:
            finders.append(_next_in(_shared_candidates(text, _generation)[self._id], nowhere))
        finders += [_next_found(p.search, padded, nowhere) for p in self._anywhere_filters]
        nexts = [-1] * len(finders)  # each pre-filter's next candidate at or after pos
        pos = 0
        while True:
            for i, find in enumerate(finders):
                if nexts[i] < pos:
                    nexts[i] = find(pos)
            start = min(nexts)
            if start == nowhere:
                return
            m = match(text, start)
            if m is None or m.end() == start:
                pos = start + 1
                continue
            yield m
            pos = m.end()


class FirstWords:
    """A pattern read in a stretch of text (a sentence), tried only where a word starts that
    can begin a match: :class:`Trigger` for a pattern searched in many short stretches rather
    than once in the whole text, whose first words are common enough ("was", "had") that the
    shared scan would slow every stage down.

    Args:
        pattern: the source of a ``regex`` pattern (its flags inline) that never matches
            the empty string and whose every match begins with one of ``words`` (in any
            case), not after an ASCII letter. Only its :func:`anchored` form is compiled for
            reading, so that a match tried at one offset does not look for a required string
            up to the stretch's end.
        words: lowercase words (or word beginnings).
    """

    def __init__(self, pattern: str, words: Iterable[str]) -> None:
        self.source = pattern
        # UNICODE as a compiled str pattern's flags have it: the pattern's own program, and
        # the branch that never matches
        self._anchored = regex.compile(anchored(pattern), regex.UNICODE)
        self._filter = re.compile("[^a-z](?=" + prefix_tree(words) + ")")

    @functools.cached_property
    def pattern(self) -> regex.Pattern[str]:
        """The pattern itself, compiled on first use: reading needs only the anchored form,
        and a big pattern's compiling costs as much as reading many texts."""
        return regex.compile(self.source)

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[regex.Match[str]]:
        """The matches ``pattern.finditer(text, pos, endpos)`` gives, the same ones.

        Args:
            text: the original text.
            pos, endpos: the stretch to read, ``0 <= pos <= endpos <= len(text)``.

        Returns:
            An iterator of non-overlapping matches, left to right.
        """
        match = self._anchored.match
        # a candidate is the non-letter before a word in the padded lowercase copy: its
        # offset there is the word's offset in the text
        starts = (c.start() for c in self._filter.finditer(padded_lowercase(text), pos, endpos + 1))
        return _non_overlapping(functools.partial(match, text, endpos=endpos), starts)


def _non_overlapping(match: Callable[[int], regex.Match[str] | None],
                     starts: Iterable[int]) -> Iterator[regex.Match[str]]:
    """The matches ``match`` finds at ``starts`` (ascending offsets), each starting at or after
    the end of the one before, as ``finditer`` gives them (an empty match counts as none)."""
    resume = 0
    for start in starts:
        if start >= resume:
            m = match(start)
            if m is not None and m.end() > start:
                yield m
                resume = m.end()


def _next_in(candidates: list[int], nowhere: int) -> Callable[[int], int]:
    """The first of the sorted ``candidates`` at or after a position (``nowhere`` if none)."""
    def find(pos: int) -> int:
        k = bisect.bisect_left(candidates, pos)
        return candidates[k] if k < len(candidates) else nowhere
    return find


def _next_found(search: Callable[[str, int], re.Match[str] | None], padded: str,
                nowhere: int) -> Callable[[int], int]:
    """The first match of a pre-filter at or after a position, as an offset of the text
    (offset ``i`` of the padded text is ``i - 1`` of the text)."""
    def find(pos: int) -> int:
        found = search(padded, pos + 1)
        return found.start() - 1 if found is not None else nowhere
    return find


# The shared scan. Every stage reads the same texts, and a pre-filter pass costs about the same
# whatever its words: so the word pre-filters of all live triggers run as one pattern, once per
# text, and each trigger takes its own candidates from the result. Triggers are meant to be
# built once, at import (as every stage here does); one built later makes the next text rebuild
# the pattern, and a trigger no longer referenced drops out of it then.
_LIVE: weakref.WeakValueDictionary[int, Trigger] = weakref.WeakValueDictionary()
_IDS = itertools.count()
_LOCK = threading.Lock()
_generation = 0  # changes whenever a trigger is added


def _register(trigger: Trigger) -> int:
    global _generation
    with _LOCK:
        ident = next(_IDS)
        _LIVE[ident] = trigger
        _generation += 1
        return ident


class _SharedScan:
    """One pattern for the word pre-filters of several triggers: a non-letter where any of
    them matches next, and, in a group per trigger, whether that trigger's does."""

    def __init__(self, triggers: dict[int, Trigger]) -> None:
        starts = {ident: t._word_start for ident, t in triggers.items() if t._word_start}
        self.ids = tuple(starts)
        # where any may match: one prefix tree of all their words (and their fragments)
        words = [w for t in triggers.values() for w in t._words]
        anyone = [prefix_tree(words)] if words else []
        anyone += [f for t in triggers.values() for f in t._fragment_starts]
        # ... tried only after a word one of them opens with, when every trigger tells its
        # words: most words of a text open none, and one prefix tree of them all is quicker
        # to try there than the tree of the words and then each fragment
        openings = [t._openings for t in triggers.values() if t._word_start]
        gate = "" if not openings or any(o is None for o in openings) else \
            f"(?={lookahead_tree(w for o in openings if o is not None for w in o)})"
        self.gated = bool(gate)
        self.pattern = re.compile(
            "[^a-z]" + gate + "(?=" + "|".join(f"(?:{a})" for a in anyone) + ")"
            + "".join(f"(?:(?=(?P<_t{ident}>{s})))?" for ident, s in starts.items()))
        self.groups = tuple((self.pattern.groupindex[f"_t{ident}"], ident) for ident in self.ids)


@functools.lru_cache(maxsize=2)
def _shared_scan(generation: int) -> _SharedScan:
    with _LOCK:
        return _SharedScan(dict(_LIVE.items()))


@functools.lru_cache(maxsize=8)
def _shared_candidates(text: str, generation: int) -> dict[int, list[int]]:
    """Each live trigger's word candidates in ``text`` (offsets of the text, sorted)."""
    scan = _shared_scan(generation)
    found: dict[int, list[int]] = {ident: [] for ident in scan.ids}
    groups = scan.groups
    for m in scan.pattern.finditer(padded_lowercase(text)):
        # the match is the one non-letter before the word: its offset in the padded text is
        # the word's offset in the original text
        regs, start = m.regs, m.start()
        for group, ident in groups:
            if regs[group][0] >= 0:
                found[ident].append(start)
    return found
