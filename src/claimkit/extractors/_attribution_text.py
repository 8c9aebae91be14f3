"""Sentences, paragraphs and quotations for the attribution stage.

A private stand-in for ``claimkit.text`` (being written on another branch) with the same
shapes: ``sentence_spans(text)`` tiles the text with ``(start, end)`` pairs and
``quotations(text)`` lists :class:`Quotation` values. Swap the imports when it lands.
"""

from __future__ import annotations

from functools import lru_cache

import attrs
import regex

# A sentence ends at . ! ? or … (with closing quotes or brackets after it) followed by space
# and something that can start a sentence; newlines always end one.
_BOUNDARY = regex.compile(
    r"""(?<=[.!?…])["'”’)\]]*[ \t\u00a0]+(?=["“‘'(\[]*[\p{Lu}\d])|\n+""")
_WORD_BEFORE = regex.compile(r"([\p{L}][\p{L}.]*)\.[\"'”’)\]]*\s*$")
# Words whose trailing period is no sentence end (titles, months, states, initials).
ABBREVIATIONS = frozenset("""
mr mrs ms dr gen sen rep gov lt col capt sgt maj brig adm cmdr cpl pvt st jr sr prof rev hon
fr sec pres no nos vol inc co corp ltd bros vs etc jan feb mar apr jun jul aug sep sept oct nov
dec u.s u.n u.k e.g i.e a.m p.m d.c n.y calif fla ill mass penn tex wash ariz conn del ga ky
la md mich minn miss mo mont neb nev okla ore pa tenn va vt wis wyo colo ala ark kan ind
""".split())
_PARAGRAPH = regex.compile(r"[^\n]+")


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the period at ``end - 1`` closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, max(0, end - 20), end)
    if not m:
        return False
    word = m.group(1).lower()
    return word in ABBREVIATIONS or len(word) == 1 or (len(word) <= 4 and "." in word)


@lru_cache(maxsize=8)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` pairs tiling ``text``: each sentence with the space after it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        if m.group()[0] != "\n" and text[cut - 1] == "." and _is_abbreviation(text, cut):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return tuple(spans)


@lru_cache(maxsize=8)
def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of every non-empty line (a paragraph in wire copy)."""
    return tuple((m.start(), m.end()) for m in _PARAGRAPH.finditer(text))


@attrs.frozen
class Quotation:
    """A quoted stretch: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    depth: int = 0


_MARK = regex.compile(r"[“”«»„\"]|''|``")
_OPENERS = frozenset(("“", "«", "„", "``"))
_CLOSERS = frozenset(("”", "»"))


def _looks_opening(text: str, start: int, end: int) -> bool:
    """Whether an ambiguous straight mark at ``start:end`` opens (space or bracket before it)."""
    before = text[start - 1] if start else "\n"
    return before.isspace() or before in "([{—–-:;/"


@lru_cache(maxsize=8)
def quotations(text: str) -> tuple[Quotation, ...]:
    """Every top-level quotation, in order.

    Marks pair within a paragraph. A quotation still open at the end of its paragraph runs on
    when the next paragraph opens with a quotation mark (the newswire convention for quotes
    of several paragraphs); otherwise it ends with its paragraph.
    """
    found: list[Quotation] = []
    marks = list(_MARK.finditer(text))
    open_at: tuple[int, int] | None = None  # the opening mark's (start, end)
    pending_end = 0  # where the open quotation's last paragraph ends
    i = 0
    for p_start, p_end in paragraph_spans(text):
        first = True
        if open_at is not None and not (i < len(marks) and marks[i].start() == _first_char(text, p_start)
                                        and marks[i].group() not in _CLOSERS):
            found.append(Quotation(open_at[0], pending_end, open_at[1], pending_end))
            open_at = None
        while i < len(marks) and marks[i].start() < p_end:
            m = marks[i]
            i += 1
            s, e, mark = m.start(), m.end(), m.group()
            if open_at is None:
                if mark in _OPENERS or (mark not in _CLOSERS and _looks_opening(text, s, e)):
                    open_at = (s, e)
            elif first and open_at[1] < p_start:
                pass  # the open quotation carried into this paragraph
            elif mark in _OPENERS:
                pass  # a nested or stray opening mark
            else:
                found.append(Quotation(open_at[0], e, open_at[1], s))
                open_at = None
            first = False
        pending_end = p_end
    if open_at is not None:
        found.append(Quotation(open_at[0], pending_end, open_at[1], pending_end))
    return tuple(found)


def _first_char(text: str, pos: int) -> int:
    """The first non-blank offset from ``pos``."""
    n = len(text)
    while pos < n and text[pos] in " \t\u00a0":
        pos += 1
    return pos


def quotation_at(text: str, offset: int) -> Quotation | None:
    """The quotation whose marks enclose ``offset``, or None."""
    quotes = quotations(text)
    lo, hi = 0, len(quotes)
    while lo < hi:
        mid = (lo + hi) // 2
        if quotes[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(quotes) and quotes[lo].start <= offset < quotes[lo].end:
        return quotes[lo]
    return None
