"""TEMPORARY stand-in for ``claimkit.text`` until the "Text machinery" commit lands on main.

Same names and shapes as the promised API (sentence_spans, find_numbers, NumberMention);
deleted once the real module is merged.
"""

from __future__ import annotations

import functools
from typing import Final

import attrs
import regex

_SENT: Final = regex.compile(r"[^\n.!?]*+(?:[.!?]++(?:[\"'”’)\]]*+)(?:\s++|$)|\n++|$)")


@functools.lru_cache(maxsize=64)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _SENT.match(text, pos)
        end = m.end() if m and m.end() > pos else n
        out.append((pos, end))
        pos = end
    return tuple(out)


@attrs.frozen
class NumberMention:
    start: int
    end: int
    best: int | None
    low: int | None
    high: int | None
    qualifier: str
    text: str


_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_VAGUE = {"dozens": (24, 24, None), "several": (3, 3, None), "scores": (40, 40, None),
          "hundreds": (200, 200, None), "thousands": (2000, 2000, None), "a few": (3, 2, 5),
          "tens": (20, 20, None)}
_QUAL = {"at least": "at_least", "more than": "more_than", "over": "more_than", "up to": "at_most",
         "nearly": "about", "almost": "about", "about": "about", "around": "about",
         "approximately": "about", "an estimated": "about", "some": "about", "as many as": "at_most",
         "fewer than": "at_most", "less than": "at_most", "roughly": "about"}
_WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
            r"five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
            r"(?:\s+hundred(?:\s+(?:and\s+)?(?:[a-z]+(?:-[a-z]+)?))?)?")
_ONE = rf"(?:\d{{1,3}}(?:,\d{{3}})++|\d++|a\s+dozen|{_WORDNUM})"
_NUM: Final = regex.compile(
    rf"(?i)\b(?:(?P<q>at\s+least|more\s+than|over|up\s+to|nearly|almost|about|around|approximately|"
    rf"an\s+estimated|as\s+many\s+as|fewer\s+than|less\s+than|roughly)\s+)?"
    rf"(?:between\s+(?P<a>{_ONE})\s+and\s+(?P<b>{_ONE})|(?P<v>dozens|several|scores|hundreds|thousands|a\s+few|tens)"
    rf"|(?P<n>{_ONE})(?:\s*(?:-|–|to)\s*(?P<h>{_ONE}))?(?:\s+(?P<mult>million|thousand))?)\b"
)


def parse_int(s: str) -> int | None:
    s = s.lower().replace(",", "").strip()
    s = " ".join(s.split())
    if s.isdigit():
        return int(s) if len(s) < 12 else None
    if s in ("a dozen",):
        return 12
    total = 0
    for part in regex.split(r"[- ]", s):
        if part in ("and", ""):
            continue
        if part in _UNITS:
            total += _UNITS[part]
        elif part in _TENS:
            total += _TENS[part]
        elif part == "hundred":
            total = max(total, 1) * 100
        else:
            return None
    return total


def _scan(text: str) -> tuple[NumberMention, ...]:
    out: list[NumberMention] = []
    for m in _NUM.finditer(text):
        q = _QUAL.get(" ".join((m["q"] or "").lower().split()), "exact")
        if m["v"]:
            best, low, high = _VAGUE[" ".join(m["v"].lower().split())]
            q = "vague"
        elif m["a"]:
            low, high = parse_int(m["a"]), parse_int(m["b"])
            best = low
        else:
            best = parse_int(m["n"])
            if best is None:
                continue
            if m["mult"]:
                best *= 1_000_000 if m["mult"].lower() == "million" else 1000
            low, high = best, best
            if m["h"]:
                h = parse_int(m["h"])
                if h is not None and h >= best:
                    high = h
            if q in ("at_least", "more_than"):
                high = None
            elif q == "at_most":
                low = None
            elif q == "about":
                low = high = None if not m["h"] else high
        if best is None:
            continue
        if low is not None and low > best:
            low = best
        if high is not None and high < best:
            high = best
        out.append(NumberMention(m.start(), m.end(), best, low, high, q, m.group()))
    return tuple(out)


@functools.lru_cache(maxsize=64)
def _all(text: str) -> tuple[NumberMention, ...]:
    return _scan(text)


def find_numbers(text: str, start: int = 0, end: int | None = None) -> tuple[NumberMention, ...]:
    end = len(text) if end is None else end
    return tuple(n for n in _all(text) if n.start >= start and n.end <= end)
