"""English number words: the tables and the reader behind :func:`claimkit.text.find_numbers`.

``parse_words(tokens, i)`` reads one number from lower-cased word tokens ("twenty",
"five", "hundred", "and", "a", "half", "dozen") and says where it stopped, so the caller
can read several numbers from one run of words ("one thousand | two million" are two).
``WORD_RUN`` finds the runs and ``WORD_TOKEN`` splits a run into those tokens.
"""

from __future__ import annotations

from typing import Final

import regex

_UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS: Final = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: The words of a number below a hundred, not "zero", longest first: for patterns that take a
#: small figure written in words ("raising the toll to nine from seven").
BELOW_HUNDRED_WORDS: Final = tuple(sorted((w for w in (*_UNITS, *_TEENS, *_TENS) if w != "zero"),
                                          key=len, reverse=True))
_SCALES: Final = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_HALVABLE: Final = {"dozen": 12, "hundred": 100, **_SCALES}
_A: Final = frozenset({"a", "an"})
# Words after which "and" + a small number is a conjunction, not part of the number.
_NOT_AFTER_AND: Final = frozenset({"hundred", "dozen", *_SCALES})

_NUMWORDS: Final = sorted([*_UNITS, *_TEENS, *_TENS, "hundred", "dozen", *_SCALES], key=len, reverse=True)
_NUMWORD_ALTS: Final = "|".join(_NUMWORDS)
#: The number words, one of which every ``WORD_RUN`` holds (after a non-letter).
NUMBER_WORDS: Final = tuple(_NUMWORDS)
#: A number word, as a pattern (for patterns of other modules).
NUMBER_ALTERNATION: Final = rf"(?:{_NUMWORD_ALTS})\b"
_NUMWORD: Final = NUMBER_ALTERNATION
# Numbers never run over a line break (a sentence boundary): the patterns use ``\h``
# (horizontal whitespace: spaces, tabs, no-break spaces), never ``\s``.
_GAP: Final = r"[\h\-]++"  # spaces or hyphens
_SCALE_WORD: Final = r"(?:dozen|hundred|thousand|million|billion)\b"

WORD_RUN: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:(?:half{_GAP})?an?{_GAP}(?={_SCALE_WORD}))?"
    rf"{_NUMWORD}(?:{_GAP}(?:and{_GAP})?{_NUMWORD})*+",
    regex.IGNORECASE,
)
WORD_TOKEN: Final = regex.compile(rf"\b(?:half|an?|and|{_NUMWORD_ALTS})\b", regex.IGNORECASE)

_PLAIN, _HUNDREDS, _INFORMAL, _ZERO = range(4)


def _tok(tokens: list[str], i: int) -> str:
    return tokens[i] if i < len(tokens) else ""


def _below_hundred(tokens: list[str], i: int) -> tuple[int, int] | None:
    word = _tok(tokens, i)
    if word in _UNITS:
        return _UNITS[word], i + 1
    if word in _TEENS:
        return _TEENS[word], i + 1
    if word in _TENS:
        unit = _tok(tokens, i + 1)
        if unit in _UNITS and unit != "zero":
            return _TENS[word] + _UNITS[unit], i + 2
        return _TENS[word], i + 1
    return None


def _below_thousand(tokens: list[str], i: int) -> tuple[int, int, int] | None:
    """One group below a scale word: ``(value, next index, kind)``.

    ``kind`` is _ZERO for "zero", _PLAIN for 1..99, _HUNDREDS for "N hundred [and] M"
    with N < 10, _INFORMAL for "fifteen hundred"-style values (1,000..9,999), which take
    no scale word.
    """
    if _tok(tokens, i) in _A and _tok(tokens, i + 1) == "hundred":
        value, j, kind = 100, i + 2, _HUNDREDS
    else:
        read = _below_hundred(tokens, i)
        if read is None:
            return None
        value, j = read
        if value == 0:
            return 0, j, _ZERO
        if _tok(tokens, j) != "hundred":
            return value, j, _PLAIN
        kind = _HUNDREDS if value < 10 else _INFORMAL
        value, j = value * 100, j + 1
    k = j + 1 if _tok(tokens, j) == "and" else j
    tail = _below_hundred(tokens, k)
    if tail is not None and tail[0] != 0 and _tok(tokens, tail[1]) not in ("hundred", "dozen"):
        value, j = value + tail[0], tail[1]
    return value, j, kind


def parse_words(tokens: list[str], i: int) -> tuple[int, int, int] | None:
    """Read one number from ``tokens[i:]``: ``(value, trailing scale, next index)``.

    The trailing scale is the multiplier of a number made of one group and a scale word
    ("three million": 10**6, "two hundred": 100), and 1 otherwise.
    """
    first = _tok(tokens, i)
    if first == "half":
        if _tok(tokens, i + 1) in _A and _tok(tokens, i + 2) in _HALVABLE:
            return _HALVABLE[tokens[i + 2]] // 2, 1, i + 3
        return None
    if first in _A and _tok(tokens, i + 1) == "dozen":
        return 12, 1, i + 2
    if first == "dozen":
        return 12, 1, i + 1
    total, groups, trailing, last_scale, j = 0, 0, 1, 10**12, i
    while True:
        if _tok(tokens, j) in _A and _tok(tokens, j + 1) in _SCALES:
            value, k, kind = 1, j + 1, _PLAIN
        else:
            group = _below_thousand(tokens, j)
            if group is None:
                break
            value, k, kind = group
        after = _tok(tokens, k)
        if after in _SCALES:
            scale = _SCALES[after]
            if kind in (_ZERO, _INFORMAL) or scale >= last_scale:
                if groups:
                    break  # the group starts the next number ("one thousand | two million")
            else:
                total, last_scale, j, groups = total + value * scale, scale, k + 1, groups + 1
                trailing = scale if groups == 1 else 1
                if _tok(tokens, j) == "and":  # "one thousand and five"
                    tail = _below_hundred(tokens, j + 1)
                    if tail is not None and tail[0] != 0 and _tok(tokens, tail[1]) not in _NOT_AFTER_AND:
                        total, j, trailing = total + tail[0], tail[1], 1
                        break
                continue
        if groups and kind in (_ZERO, _INFORMAL):
            break
        if not groups and kind == _PLAIN and after == "dozen":
            return value * 12, 1, k + 1
        round_hundreds = not groups and kind in (_HUNDREDS, _INFORMAL) and value % 100 == 0
        trailing = 100 if round_hundreds else 1
        total, j, groups = total + value, k, groups + 1
        break
    if not groups:
        return None
    return total, trailing, j
