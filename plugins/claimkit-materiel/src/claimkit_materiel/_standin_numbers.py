"""TEMPORARY stand-in for ``claimkit.text.find_numbers`` until it lands in claimkit.

Same names and fields as the documented API; deleted once claimkit ships ``claimkit.text``.
"""

from __future__ import annotations

import attrs
import regex

_UNITS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"))}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))}
_VAGUE = {"dozens": 24, "several": 3, "scores": 40, "hundreds": 200, "a few": 3, "a dozen": 12}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_WORD})(?:[- ](?:{_WORD}))?(?:\s+(?:hundred|thousand))?)"
_QUAL = {"at least": "at_least", "more than": "more_than", "over": "more_than", "up to": "at_most",
         "nearly": "about", "about": "about", "around": "about", "some": "about"}
_RE = regex.compile(
    rf"\b(?:(?P<qual>{'|'.join(_QUAL)})\s+)?(?:(?P<vague>{'|'.join(_VAGUE)})|(?P<a>{_NUM})"
    rf"(?:\s*(?:-|–|to)\s*(?P<b>{_NUM}))?)\b", regex.IGNORECASE)


@attrs.frozen
class NumberMention:
    start: int
    end: int
    best: int | None
    low: int | None
    high: int | None
    qualifier: str
    text: str


def parse_int(s: str) -> int | None:
    s = s.lower().replace(",", "")
    if s.isdigit():
        return int(s)
    total = 0
    for part in regex.split(r"[- ]+", s):
        if part in _UNITS:
            total += _UNITS[part]
        elif part in _TENS:
            total += _TENS[part]
        elif part == "hundred":
            total *= 100
        elif part == "thousand":
            total *= 1000
        else:
            return None
    return total


def find_numbers(text: str, start: int = 0, end: int | None = None) -> tuple[NumberMention, ...]:
    out = []
    for m in _RE.finditer(text, start, len(text) if end is None else end):
        qual = _QUAL[m["qual"].lower()] if m["qual"] else "exact"
        if m["vague"]:
            v = _VAGUE[m["vague"].lower()]
            out.append(NumberMention(m.start(), m.end(), v, None, None,
                                     "exact" if m["vague"].lower() == "a dozen" else "vague", m[0]))
            continue
        a = parse_int(m["a"])
        b = parse_int(m["b"]) if m["b"] else None
        if b is not None and a is not None and a <= b:
            out.append(NumberMention(m.start(), m.end(), a, a, b, qual, m[0]))
        else:
            out.append(NumberMention(m.start(), m.end(), a, a if qual in ("at_least", "more_than") else None,
                                     a if qual == "at_most" else None, qual, m[0]))
    return tuple(out)
