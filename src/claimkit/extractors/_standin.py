"""TEMPORARY stand-in for ``claimkit.text`` (sentences and numbers) until it lands on main.

Same signatures as the real module; delete this file and import from ``claimkit.text``.
"""

from __future__ import annotations

import bisect
import functools
from typing import Final

import attrs
import regex

from claimkit._model import Span

_CUT: Final = regex.compile(r"(?<=[.!?][\"'”’)]?)\s+(?=[\"'“‘(]?[\p{Lu}\d])|\n+")


@functools.lru_cache(maxsize=8)
def _cuts(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _CUT.finditer(text))


def sentence_spans(text: str) -> tuple[Span, ...]:
    """Spans tiling ``text``, one per sentence."""
    starts = (0, *_cuts(text))
    ends = (*starts[1:], len(text))
    return tuple(Span(s, e) for s, e in zip(starts, ends, strict=True) if e > s) or (Span(0, 0),)


def sentence_at(text: str, offset: int) -> Span:
    """The sentence holding ``offset``."""
    cuts = _cuts(text)
    i = bisect.bisect_right(cuts, offset)
    start = cuts[i - 1] if i else 0
    end = cuts[i] if i < len(cuts) else len(text)
    return Span(start, end)


@attrs.frozen
class NumberMention:
    start: int
    end: int
    best: int | None
    low: int | None
    high: int | None
    qualifier: str
    text: str


_WORDS: Final = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS: Final = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90}
_VAGUE: Final = {"several": 10, "a few": 3, "dozens": 12, "scores": 20, "hundreds": 100, "a number": 10}
_NUM: Final = regex.compile(
    r"(?i)\b(?:(?P<q>at least|more than|over|up to|about|around|nearly|some) )?"
    r"(?:(?P<d>\d{1,3}(?:,\d{3})+|\d{1,9})(?!\d)|(?P<t>" + "|".join(_TENS) + r")(?:[- ](?P<u>"
    + "|".join(list(_WORDS)[1:10]) + r"))?|(?P<w>" + "|".join(sorted(_WORDS, key=len, reverse=True))
    + r")|(?P<dz>a dozen)|(?P<v>several|a few|dozens|scores|hundreds|a number))\b")
_QUAL: Final = {"at least": "at_least", "more than": "more_than", "over": "more_than", "up to": "at_most",
                "about": "about", "around": "about", "nearly": "about", "some": "about"}


def find_numbers(text: str, start: int = 0, end: int | None = None) -> tuple[NumberMention, ...]:
    """Numbers in ``text[start:end]`` (a small subset of the real reader)."""
    out = []
    for m in _NUM.finditer(text, start, len(text) if end is None else end):
        q = _QUAL.get((m.group("q") or "").lower(), "exact")
        if m.group("v"):
            v = _VAGUE[m.group("v").lower()]
            out.append(NumberMention(m.start("v"), m.end(), v, v, None, "vague", text[m.start("v"):m.end()]))
            continue
        if m.group("d"):
            n = int(m.group("d").replace(",", ""))
        elif m.group("t"):
            n = _TENS[m.group("t").lower()] + (_WORDS[m.group("u").lower()] if m.group("u") else 0)
        elif m.group("w"):
            n = _WORDS[m.group("w").lower()]
        else:
            n = 12
        low = n if q in ("exact", "at_least", "more_than") else None
        high = n if q in ("exact", "at_most") else None
        out.append(NumberMention(m.start(), m.end(), n, low, high, q, m.group(0)))
    return tuple(out)
