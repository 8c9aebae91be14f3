"""Paragraphs and sentences for the time/place stage.

A private stand-in until the shared ``claimkit.text`` machinery lands.

Newlines always split, and a sentence ends at ``.``, ``!`` or ``?`` followed by space and a
capital, unless the word before the period is a known abbreviation or a single initial.
"""

from __future__ import annotations

from functools import lru_cache

import regex


def _words(text: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words."""
    return frozenset(text.split())


_ABBREVIATIONS = _words("""
mr mrs ms dr gen lt col maj capt sgt brig adm cmdr rep sen gov st jr sr vs etc inc ltd corp co
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun u.s u.n u.k
e.g i.e approx est dept univ prof rev hon fig
""")
_LINE = regex.compile(r"[^\n]+")
_END = regex.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?\p{Lu}|\s*$)")
_WORD_BEFORE = regex.compile(r"([\p{L}.]{1,12})$")


@lru_cache(maxsize=64)
def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every non-blank line of ``text``: news paragraphs are lines."""
    return tuple((m.start(), m.end()) for m in _LINE.finditer(text) if not m.group().isspace())


@lru_cache(maxsize=64)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every sentence, in order; no sentence crosses a newline."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        start = p_start
        for m in _END.finditer(text, p_start, p_end):
            word = _WORD_BEFORE.search(text, max(start, m.start() - 12), m.start())
            w = word.group(1).lower().rstrip(".") if word else ""
            if m.group().startswith(".") and (w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha())):
                continue
            out.append((start, m.end()))
            start = m.end()
            while start < p_end and text[start].isspace():
                start += 1
        if start < p_end:
            out.append((start, p_end))
    return tuple(out)
