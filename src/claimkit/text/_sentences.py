"""Sentence and paragraph spans that tile a text.

Both splitters return ``(start, end)`` pairs that cover the whole text with no gaps and no
overlaps: the first span starts at 0, each span starts where the previous one ended, and the
last ends at ``len(text)``. Whitespace after a sentence belongs to that sentence, so a span's
text may end in spaces or newlines but never starts with them (except the very first span,
which keeps any leading whitespace of the text).

Every line break ends a sentence and a paragraph: headlines, datelines and list items are
separate sentences. Within a line, a sentence ends at ``.``, ``!`` or ``?`` (possibly
repeated, possibly followed by closing quotes or brackets), then whitespace, then an
uppercase letter, a digit or an opening quote/bracket. It does not end after

* a title (``Mr.``, ``Gen.``, ``Lt.``, ``Sen.``, ``St.``, ``Jr.`` ... see ``_TITLES``) or ``vs.``;
* a dotted abbreviation of single letters (``U.S.``, ``U.N.``, ``U.K.``, ``e.g.``), even
  before a capital: "the U.S. Army" is the common case, so a sentence that really ends in
  "U.S." is joined to the next one (but ``a.m.`` and ``p.m.`` end a sentence before a capital
  other than a time zone, a day or a month: "at around 1 a.m. After ...");
* a single capital letter (an initial: "John F. Kennedy"; not the platform: "in a post on X.");
* ``No.`` or a month abbreviation (``Oct.``, ``Sept.`` ...) followed by a digit.

``etc.`` and other words end a sentence only before a capital, so "etc. and" never splits.
Decimals ("3.5") never split because the period is not followed by whitespace. A closing
quote followed by a lowercase word (``"We will fight," he said.``) never splits either.

Every scan is a single pass of a precompiled pattern whose repeated parts are possessive,
plus constant work per candidate boundary, so the cost is linear in the text length.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final

import regex

from claimkit.text._calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

__all__ = ["paragraph_spans", "sentence_at", "sentence_spans"]

Span = tuple[int, int]

#: Characters that end a line. ``\s`` also covers them, which the patterns rely on.
_LINE_BREAKS: Final = "\n\r\x0b\x0c\x85\u2028\u2029"

# A line break and all the whitespace after it (further blank lines included). The next
# paragraph starts where the match ends. Possessive, so a long run of blank lines is
# consumed once.
# Written for the standard library's engine (three times as fast here), with ``regex``'s \s
# spelt out: ``re``'s \s also holds the separators \x1c-\x1f, which must not join paragraphs.
_WHITESPACE: Final = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_NEWLINE_RUN: Final = re.compile(f"[{_LINE_BREAKS}][{_WHITESPACE}]*+")

_CLOSERS: Final = "\"'”’»)\\]}"
_OPENERS: Final = "\"'“‘«(\\[{"

# Sentence-final punctuation, optional closers, whitespace, and a look at what follows.
# The lookbehind makes only the first character of a run of punctuation a starting point,
# so a string of 20,000 periods is scanned once rather than once per period.
_BOUNDARY: Final = regex.compile(
    rf"(?<![.!?])(?P<punct>[.!?]++)(?P<close>[{_CLOSERS}]*+)\s++"
    rf"(?=[{_OPENERS}]?+[\p{{Lu}}\p{{Lt}}\p{{N}}])"
)

# Words (without their period) after which a period never ends a sentence.
_TITLES: Final = frozenset(
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Brig", "Adm",
        "Gov", "Sen", "Rep", "Rev", "Prof", "St", "Jr", "Sr", "Cpl", "Pvt", "Cmdr", "Gens",
        "vs", "Vs",
    }
)  # fmt: skip

# Words after which a period does not end a sentence when a digit follows ("No. 10",
# "Oct. 7").
_BEFORE_DIGIT: Final = frozenset({"No", "Nos", *(a.capitalize() for a in MONTH_ABBREVIATIONS)})

# The word (letters and inner periods) that ends right before a period, read from a short
# window: every abbreviation we know is far shorter than the window.
# Searched right to left (REVERSE): one attempt from the period back, instead of one per
# offset of the window.
_WORD_BEFORE: Final = regex.compile(r"(?r)(?<![\p{L}\p{N}.])[\p{L}.]++\Z")
_DOTTED_LETTERS: Final = regex.compile(r"\p{L}(?:\.\p{L})++")
_WINDOW: Final = 16
# "a.m." and "p.m." end a sentence before a capitalised word other than a time zone, a day or
# a month ("at 6 a.m. GMT", "9 p.m. Monday").
_CLOCK: Final = frozenset({"a.m", "p.m"})
_NEXT_WORD: Final = regex.compile(r"[\s\"'”’)]*+(\p{Lu}[\p{L}]*+)")
_AFTER_CLOCK: Final = frozenset({
    "GMT", "UTC", "EST", "EDT", "ET", "PT", "CT", "MT", "CET", "CEST", "EAT", "WAT", "CAT", "IST", "PKT",
    "ICT", "AST", "BST", "MSK", "EET", "WIB", "JST", "Local",
    *(name.capitalize() for name in (*WEEKDAYS, *MONTHS))})
_LONGEST_ABBREVIATION: Final = max(len(word) for word in _TITLES | _BEFORE_DIGIT)


def _is_abbreviation(text: str, period: int, next_char: str) -> bool:
    """Whether the ``.`` at ``period`` closes an abbreviation rather than a sentence."""
    if period > _LONGEST_ABBREVIATION and text[period - _LONGEST_ABBREVIATION - 1:period].isalpha():
        return False  # a word longer than every abbreviation (most periods: a quick answer)
    match = _WORD_BEFORE.search(text, max(0, period - _WINDOW), period)
    if match is None:
        return False
    word = match.group()
    if word in _CLOCK and (after := _NEXT_WORD.match(text, period + 1)) is not None \
            and after.group(1) not in _AFTER_CLOCK:
        return False  # "... at around 1 a.m. After three hours, ...": the time ends the sentence
    if word in _TITLES or _DOTTED_LETTERS.fullmatch(word):
        return True
    if len(word) == 1 and word.isupper():
        # (but the platform X is no initial: "said in a post on X. Bizimana said ...")
        return not (word == "X" and text[max(0, period - 5):period] in (" on X", "via X"))
    return word in _BEFORE_DIGIT and next_char.isdigit()


def _boundaries(text: str) -> list[int]:
    """Sorted start offsets of every sentence after the first."""
    cuts = {m.end() for m in _NEWLINE_RUN.finditer(text)}
    for m in _BOUNDARY.finditer(text):
        cut = m.end()
        plain_period = m.group("punct") == "." and not m.group("close")
        if plain_period and _is_abbreviation(text, m.start(), text[cut]):
            continue
        cuts.add(cut)
    size = len(text)
    return sorted(cut for cut in cuts if 0 < cut < size)


def _tile(text: str, cuts: list[int]) -> tuple[Span, ...]:
    if not text:
        return ()
    starts = [0, *cuts]
    ends = [*cuts, len(text)]
    return tuple(zip(starts, ends, strict=True))


@functools.lru_cache(maxsize=64)
def _sentence_index(text: str) -> tuple[tuple[Span, ...], tuple[int, ...]]:
    spans = _tile(text, _boundaries(text))
    return spans, tuple(start for start, _ in spans)


@functools.lru_cache(maxsize=64)
def _paragraph_spans(text: str) -> tuple[Span, ...]:
    size = len(text)
    cuts = [m.end() for m in _NEWLINE_RUN.finditer(text) if m.end() < size]
    return _tile(text, cuts)


def sentence_spans(text: str) -> tuple[Span, ...]:
    """Split ``text`` into sentences.

    Args:
        text: the original document text.

    Returns:
        ``(start, end)`` offsets into ``text``, in order, tiling it exactly: the first
        starts at 0, each starts where the previous ended, the last ends at ``len(text)``.
        Trailing whitespace belongs to the sentence before it. Empty text gives ``()``.
        Results are cached per text (the 64 most recent texts).
    """
    return _sentence_index(text)[0]


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Split ``text`` into paragraphs at every line break (one or more).

    Args:
        text: the original document text.

    Returns:
        ``(start, end)`` offsets tiling ``text`` like :func:`sentence_spans`; the line
        breaks and blank lines after a paragraph belong to it. Empty text gives ``()``.
        Every paragraph boundary is also a sentence boundary.
    """
    return _paragraph_spans(text)


def sentence_at(text: str, offset: int) -> Span:
    """Return the span of the sentence that contains ``offset``.

    Args:
        text: the original document text.
        offset: a character offset, ``0 <= offset <= len(text)``; ``len(text)`` (the end of
            the text) belongs to the last sentence.

    Returns:
        The ``(start, end)`` span from :func:`sentence_spans` with
        ``start <= offset < end`` (or the last span when ``offset == len(text)``).

    Raises:
        IndexError: if ``text`` is empty or ``offset`` is outside ``0..len(text)``.
    """
    if not 0 <= offset <= len(text) or not text:
        raise IndexError(f"offset {offset} is outside the text (valid: 0..{len(text)}, text non-empty)")
    spans, starts = _sentence_index(text)
    return spans[bisect.bisect_right(starts, offset) - 1]
