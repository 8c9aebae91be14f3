"""Numbers written in news text: digits, words, ranges, qualifiers and vague amounts.

What is read
------------
* Digits, with or without thousands commas: ``30``, ``1,200``, ``1,200,000``. A decimal
  (``1.5``) is read, but a value that is not a whole number has ``best=None``.
* Digits with a scale word: ``3 million``, ``1.5 million`` (1,500,000), ``2 thousand``.
* Number words up to the billions, with or without hyphens and "and": ``twenty-five``,
  ``two hundred and thirty``, ``one million``, ``a hundred``, ``a thousand``,
  ``fifteen hundred``. ``dozen`` and ``a dozen`` are 12, ``two dozen`` is 24,
  ``half a dozen`` is 6 (``half a million`` is 500,000).
* Ranges: ``15-20``, ``15–20``, ``15 to 20``, ``one or two``, ``between 10 and 15``.
  ``from 15 to 20`` is two numbers, not a range (it usually reports a change), unless a
  range is named: ``ranging from 15 to 20``, ``anywhere from 15 to 20``. A scale
  word on the upper bound applies to a smaller bare lower bound: ``2-3 million`` is
  2,000,000 to 3,000,000. A range needs ``low < high``; otherwise (``3-1``) the two
  numbers are read separately, and so are the parts of a date like ``2022-03-04``.

Ordinals (``first``, ``3rd``) are not numbers; neither are digits glued to letters in a
name (``M16``, ``F-16``, ``Su-25``). Digits followed by a unit (``30km``) are numbers.
Runs of more than 15 digits are reported with ``best=None`` and never converted.
A mention never runs over a line break (every line break ends a sentence).
Nothing here decides whether a number is a year, an age, a date or money: callers look
at the words around ``start`` and ``end``.

Qualifiers and how they set ``best``, ``low`` and ``high``
----------------------------------------------------------
The mention's span covers the qualifier words, so ``text`` is e.g. ``"at least 30"``.
For a number ``n``:

* ``exact`` (no qualifier): best = low = high = n.
* ``at_least`` ("at least", "no/not fewer than", "no/not less than", "a minimum of"):
  best = low = n, high = None.
* ``more_than`` ("more than", "over", "upwards of", "in excess of"): best = low = n,
  high = None. We keep low = n, not n + 1: best and low are always a figure written in
  the text, and "more than 30" is read conservatively as "at least 30".
* ``at_most`` ("up to", "as many as", "as high as", "no/not more than", "at most", "a maximum of",
  "fewer than", "less than"): best = high = n, low = None ("fewer than 30" keeps
  high = 30 by the same rule).
* ``about`` ("about", "around", "approximately", "approx.", "roughly", "nearly",
  "almost", "some", "an estimated", "estimated", "close to", "circa"): best = n,
  low = high = None.
* ``vague``: see below.

A range sets low and high and takes **best = low**, the conservative end (ACLED, too,
codes the most conservative estimate available). Its qualifier is ``exact``, or
``about`` when an about-word precedes it (``about 15-20``); other qualifier words before
a range are left out of its span. When best is None (a decimal, an over-long digit run),
low and high are None too.

Vague amounts
-------------
Vague words follow ACLED's conservative coding, where "tens" is 10, "dozens" 12 and
"hundreds" 100: a plural of a unit counts as one unit. Their qualifier is ``vague``,
best = low = the value below, high = None; qualifier words before a vague amount are not
attached to it.

* "tens (of)": 10
* "dozens", "several dozen", "a few dozen": 12
* "scores (of)": 20
* "hundreds", "several hundred", "a few hundred": 100
* "thousands", "several thousand", "a few thousand": 1,000
* "tens of thousands": 10,000
* "hundreds of thousands", "several hundred thousand", "a few hundred thousand": 100,000
* "millions", "several million", "a few million": 1,000,000
* "several", "a number (of)": 10, the figure ACLED codes for an unspecified plural
* "a few", "a handful": 3

"scores" and "tens" count only before "of" ("test scores" is not a number).

"many", "numerous" and "countless" are **not** read: they are too common outside counts
("many of them", "how many") and carry no figure. "a dozen" is not vague: it is exactly 12.
"one" after "no", "any", "every", "each" or "not", or before "another", is not a number
("no one was hurt", "not one soldier was captured").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs
import regex

from claimkit.text._number_words import BELOW_HUNDRED_WORDS, NUMBER_WORDS, WORD_RUN, WORD_TOKEN, parse_words
from claimkit.text._scan import fold, prefix_tree

__all__ = ["COMPARED_WITH_THE", "QUALIFIER_ALTERNATION", "REVISED_FROM", "SMALL_NUMBER_WORDS",
           "NumberMention", "find_numbers", "parse_int"]

_QUALIFIERS: Final = frozenset({"exact", "at_least", "more_than", "at_most", "about", "vague"})


@attrs.frozen
class NumberMention:
    """One number read from a text.

    Attributes:
        start: offset of the first character, qualifier words included.
        end: offset just past the last character.
        best: the single figure to use, or None when the number is not a whole number
            (``3.5``) or too long to convert.
        low: the lower bound the text states, or None when it states none.
        high: the upper bound the text states, or None when it states none.
        qualifier: one of ``exact``, ``at_least``, ``more_than``, ``at_most``, ``about``,
            ``vague`` (see the module documentation for how each sets best/low/high).
        text: ``original_text[start:end]``.
    """

    start: int
    end: int
    best: int | None
    low: int | None
    high: int | None
    qualifier: str = attrs.field(validator=attrs.validators.in_(_QUALIFIERS))
    text: str


_MAX_DIGITS: Final = 15

_DIGITS: Final = regex.compile(
    r"(?<![\p{L}\p{N}_])(?<!\p{L}[-–])(?<!\d\.)"
    r"(?P<int>(?>\d{1,3}(?:,\d{3})++(?!\d)|\d++))"
    r"(?:\.(?P<frac>\d++))?"
    r"(?!(?:st|nd|rd|th)\b)"
    r"(?:\h++(?P<scale>hundred\h++thousand|hundred|thousand|million|billion)\b)?",
    regex.IGNORECASE,
)
_DIGIT_SCALES: Final = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}

_VAGUE_PHRASES: Final = (
    (r"tens\h++of\h++thousands", 10_000),
    (r"hundreds\h++of\h++thousands", 100_000),
    (r"(?:several|a\h++few)\h++hundred\h++thousand", 100_000),
    (r"(?:several|a\h++few)\h++dozen", 12),
    (r"(?:several|a\h++few)\h++hundred", 100),
    (r"(?:several|a\h++few)\h++thousand", 1_000),
    (r"(?:several|a\h++few)\h++million", 1_000_000),
    (r"dozens", 12),
    (r"scores(?=\h++of\b)", 20),
    (r"hundreds", 100),
    (r"thousands", 1_000),
    (r"millions", 1_000_000),
    (r"tens(?=\h++of\b)", 10),
    (r"several", 10),
    (r"a\h++number(?=\h++of\b)", 10),
    (r"a\h++few", 3),
    (r"a\h++handful", 3),
)
_VAGUE: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(f"(?P<v{i}>{pattern})" for i, (pattern, _) in enumerate(_VAGUE_PHRASES))
    + r")(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)

_QUALIFIER_WORDS: Final = {
    "at_least": r"at\h++least|not?\h++(?:fewer|less)\h++than|a\h++minimum\h++of",
    # ("the toll was revised up to 40", "has gone up to 40": the verb's "up", an exact figure)
    "at_most": r"(?<!(?:revised|gone|went|moved|jumped|climbed|crept|ticked|edged|shot)\h++)up\h++to"
    r"|as\h++(?:many|high)\h++as|not?\h++more\h++than|at\h++most|a\h++maximum\h++of"
    r"|fewer\h++than|less\h++than",
    "more_than": r"more\h++than|over|above|upwards\h++of|in\h++excess\h++of",
    "about": r"about|around|approximately|approx\.|roughly|nearly|almost|some|an\h++estimated"
    r"|estimated|close\h++to|closer\h++to|circa",
}
#: Every qualifier's words as one alternation ("at least", "no fewer than", "up to", ...).
QUALIFIER_ALTERNATION: Final = "|".join(_QUALIFIER_WORDS.values())
#: The words before the figure a toll was revised from: "up from | 23", "down from", "(rose)
#: to 12 from | the eight" (the new figure in digits or a word below a hundred: "raising the
#: toll to nine from | seven"), "raising the toll from | seven announced earlier".
SMALL_NUMBER_WORDS: Final = rf"(?:{'|'.join(BELOW_HUNDRED_WORDS)})(?:-[a-z]+)?"
REVISED_FROM: Final = (
    rf"(?<![\p{{L}}])(?:up|down|(?:to|at)\s+(?:[\d,]{{1,9}}|{SMALL_NUMBER_WORDS})|(?:raising|raised|pushing|"
    r"pushed|taking|took|bringing|brought)\s+the\s+(?:death\s+)?(?:toll|tally|number\s+of\s+dead))\s+from")
#: The words before a figure another gave, compared with the one told: "more than the | 14 a
#: military source gave", "well above the | 22 deaths reported by the mayor".
COMPARED_WITH_THE: Final = r"(?<![\p{L}])(?:(?:more|fewer|less|higher|lower)\s+than|above|below)\s+the"
_QUALIFIER: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(f"(?P<{name}>{words})" for name, words in _QUALIFIER_WORDS.items())
    + r")\h++\Z",
    regex.IGNORECASE,
)
_QUALIFIER_WINDOW: Final = 48

_BETWEEN: Final = regex.compile(r"(?<![\p{L}\p{N}])between\h++\Z", regex.IGNORECASE)
_FROM: Final = regex.compile(r"(?<![\p{L}\p{N}])from\h++\Z", regex.IGNORECASE)
_RANGING_FROM: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?:rang(?:e|es|ed|ing)|vary|varies|varied|varying|anywhere)\h++from\h++\Z",
    regex.IGNORECASE)
_RANGE_GAP: Final = regex.compile(r"(?P<dash>\h*+[-–]\h*+)|\h++(?P<word>to|or|and)\h++", regex.IGNORECASE)
_NO_ONE: Final = regex.compile(r"(?<![\p{L}\p{N}])(?:no|any|every|each|not)[\h\-]++\Z", regex.IGNORECASE)
_ONE_ANOTHER: Final = regex.compile(r"\h++another\b", regex.IGNORECASE)
_DASH_DIGIT_BEFORE: Final = regex.compile(r"\d[-–]\Z")
_DASH_DIGIT_AFTER: Final = regex.compile(r"[-–]\d")


@attrs.frozen
class _Atom:
    """A number before ranges and qualifiers are applied."""

    start: int
    end: int
    amount: Decimal | None  # None: too long to convert
    scale: int = 1  # a trailing scale word ("3 million": 10**6), 1 when none
    vague: bool = False


# Cheap hints, over the lowercased range with the character before it: a non-letter, then
# a word every match of WORD_RUN (a number word) or _VAGUE holds. Most sentences have none,
# and then the costlier pattern is not run at all.
_WORD_HINT: Final = re.compile(r"[^a-z](?:" + prefix_tree(NUMBER_WORDS) + ")")
_VAGUE_HINT: Final = re.compile(
    r"[^a-z](?:" + prefix_tree(["tens", "hundreds", "several", "dozens", "scores", "thousands", "millions"])
    + r"|a\s+(?:few|number|handful))")


def _hinted(hint: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether ``hint`` finds its word in ``text[lo:hi]`` (read with the character before
    it, a space at the start of the text)."""
    window = text[lo - 1:hi] if lo > 0 else " " + text[:hi]
    return hint.search(fold(window)) is not None


def _word_atoms(text: str, lo: int, hi: int) -> list[_Atom]:
    atoms: list[_Atom] = []
    if not _hinted(_WORD_HINT, text, lo, hi):
        return atoms
    for run in WORD_RUN.finditer(text, lo, hi):
        found = list(WORD_TOKEN.finditer(text, run.start(), run.end()))
        tokens = [m.group().lower() for m in found]
        i = 0
        while i < len(tokens):
            read = parse_words(tokens, i)
            if read is None:
                i += 1
                continue
            value, scale, j = read
            start, end = found[i].start(), found[j - 1].end()
            if not (tokens[i:j] == ["one"] and _not_a_count(text, start, end, lo, hi)):
                atoms.append(_Atom(start, end, Decimal(value), scale))
            i = j
    return atoms


def _not_a_count(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a bare "one" is a pronoun: "no one", "each one", "one another"."""
    if _NO_ONE.search(text, max(lo, start - 16), start):
        return True
    return _ONE_ANOTHER.match(text, end, min(hi, end + 16)) is not None


# --- digits and vague amounts ---------------------------------------------------------


def _digit_atoms(text: str, lo: int, hi: int) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in _DIGITS.finditer(text, lo, hi):
        digits = m.group("int").replace(",", "")
        frac = m.group("frac") or ""
        if not digits.isdecimal() or not (frac.isdecimal() or not frac):
            # a digit of a newer Unicode than the interpreter's (``regex`` may know more of
            # them): not a number Python can read
            continue
        scale_word = m.group("scale")
        scale = 1
        if scale_word is not None:
            for part in scale_word.lower().split():
                scale *= _DIGIT_SCALES[part]
        amount: Decimal | None = None
        if len(digits) <= _MAX_DIGITS and len(frac) <= _MAX_DIGITS:
            amount = Decimal(f"{digits}.{frac}" if frac else digits) * scale
        atoms.append(_Atom(m.start(), m.end(), amount, scale))
    return atoms


def _vague_atoms(text: str, lo: int, hi: int) -> list[_Atom]:
    atoms: list[_Atom] = []
    if not _hinted(_VAGUE_HINT, text, lo, hi):
        return atoms
    for m in _VAGUE.finditer(text, lo, hi):
        value = _VAGUE_PHRASES[int(str(m.lastgroup)[1:])][1]
        atoms.append(_Atom(m.start(), m.end(), Decimal(value), vague=True))
    return atoms


def _atoms(text: str, lo: int, hi: int) -> list[_Atom]:
    """Every number in ``text[lo:hi]``, overlaps resolved in favour of the earlier start."""
    found = _digit_atoms(text, lo, hi) + _word_atoms(text, lo, hi) + _vague_atoms(text, lo, hi)
    found.sort(key=lambda atom: (atom.start, -atom.end))
    kept: list[_Atom] = []
    for atom in found:
        if not kept or atom.start >= kept[-1].end:
            kept.append(atom)
    return kept


# --- ranges and qualifiers ------------------------------------------------------------


def _whole(amount: Decimal | None) -> int | None:
    if amount is None or amount != amount.to_integral_value():
        return None
    return int(amount)


def _range(text: str, a: _Atom, b: _Atom, lo: int) -> tuple[int, int, int] | None:
    """Read ``a`` and ``b`` as a range: ``(span start, low, high)``, or None."""
    if b.vague or b.start - a.end > 12 or a.amount is None or b.amount is None:
        return None
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    window = max(lo, a.start - _QUALIFIER_WINDOW)
    start = a.start
    if gap.group("dash") is not None:
        if _DASH_DIGIT_BEFORE.search(text, max(lo, a.start - 2), a.start) or _DASH_DIGIT_AFTER.match(
            text, b.end, b.end + 2
        ):
            return None  # part of a longer chain, e.g. a date
    else:
        word = gap.group("word").lower()
        if word == "and":
            between = _BETWEEN.search(text, window, a.start)
            if between is None:
                return None
            start = between.start()
        elif word == "to" and _FROM.search(text, window, a.start) \
                and not _RANGING_FROM.search(text, window, a.start):
            return None  # "rose from 12 to 17": a change ("ranging from 20 to 35" is a range)
    low_amount = a.amount
    if a.scale == 1 and b.scale > 1 and low_amount < b.amount / b.scale:
        low_amount *= b.scale  # "2-3 million"
    low, high = _whole(low_amount), _whole(b.amount)
    if low is None or high is None or low >= high:
        return None
    return start, low, high


def _qualifier(text: str, start: int, lo: int) -> tuple[str, int]:
    """The qualifier words ending right before ``start``: ``(qualifier, their start)``."""
    m = _QUALIFIER.search(text, max(lo, start - _QUALIFIER_WINDOW), start)
    if m is None or m.lastgroup is None:
        return "exact", start
    return m.lastgroup, m.start()


def _mention(
    text: str, start: int, end: int, best: int | None, low: int | None, high: int | None, qualifier: str
) -> NumberMention:
    return NumberMention(start, end, best, low, high, qualifier, text[start:end])


def _check_bounds(text: str, start: int, end: int | None) -> int:
    stop = len(text) if end is None else end
    if not 0 <= start <= stop <= len(text):
        raise ValueError(f"bounds start={start}, end={end} must satisfy 0 <= start <= end <= {len(text)}")
    return stop


def find_numbers(text: str, start: int = 0, end: int | None = None) -> tuple[NumberMention, ...]:
    """Find every number in ``text[start:end]``.

    Args:
        text: the original document text.
        start: where to start reading (default: the beginning).
        end: where to stop reading (default: the end of the text).

    Returns:
        The mentions in text order, with offsets into the full ``text`` and within
        ``start..end``. See the module documentation for what is read and how qualifiers,
        ranges and vague amounts set ``best``, ``low`` and ``high``.

    Raises:
        ValueError: if not ``0 <= start <= end <= len(text)``.
    """
    hi = _check_bounds(text, start, end)
    atoms = _atoms(text, start, hi)
    mentions: list[NumberMention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if a.vague:
            value = _whole(a.amount)
            mentions.append(_mention(text, a.start, a.end, value, value, None, "vague"))
            i += 1
            continue
        read = _range(text, a, atoms[i + 1], start) if i + 1 < len(atoms) else None
        if read is not None:
            span_start, low, high = read
            qualifier, q_start = _qualifier(text, span_start, start)
            if qualifier != "about":
                qualifier, q_start = "exact", span_start
            b = atoms[i + 1]
            mentions.append(_mention(text, q_start, b.end, low, low, high, qualifier))
            i += 2
            continue
        n = _whole(a.amount)
        qualifier, q_start = _qualifier(text, a.start, start)
        if n is None:
            mentions.append(_mention(text, q_start, a.end, None, None, None, qualifier))
        elif qualifier in ("at_least", "more_than"):
            mentions.append(_mention(text, q_start, a.end, n, n, None, qualifier))
        elif qualifier == "at_most":
            mentions.append(_mention(text, q_start, a.end, n, None, n, qualifier))
        elif qualifier == "about":
            mentions.append(_mention(text, q_start, a.end, n, None, None, qualifier))
        else:
            mentions.append(_mention(text, q_start, a.end, n, n, n, qualifier))
        i += 1
    return tuple(mentions)


def parse_int(words: str) -> int | None:
    """Read one whole number written in digits or English words.

    Args:
        words: the number alone, e.g. ``"1,200"``, ``"twenty-five"``,
            ``"two hundred and thirty"``, ``"1.5 million"``, ``"a dozen"``; surrounding
            whitespace is ignored.

    Returns:
        The value, or None when ``words`` is not exactly one whole number (empty,
        several numbers, a range, a vague amount like "dozens", a decimal like "3.5",
        or more than 15 digits).
    """
    stripped = words.strip()
    lead = len(words) - len(words.lstrip())
    atoms = _atoms(words, lead, lead + len(stripped))
    if len(atoms) != 1 or atoms[0].vague:
        return None
    atom = atoms[0]
    if atom.start != lead or atom.end != lead + len(stripped):
        return None
    return _whole(atom.amount)
