"""Quotations: where direct speech starts and ends.

Quote marks read:

* double: straight ``"`` and curly ``“`` ``”``;
* single: curly ``‘`` ``’`` and straight ``'``, at any depth (British style puts single
  quotes outside), but never an apostrophe: a mark between two letters or digits
  (``don't``, ``Pakistan's``, ``Afghanistan’s``) or before a two-digit elision
  (``the ’80s``, ``'14``) is skipped. A mark after a word and before a space (``troops'``)
  closes a single quotation only when one is open, and is an apostrophe otherwise.

A straight ``"`` opens when it follows whitespace, an opening bracket, dash or quote and
is followed by a non-space; it closes when it follows a non-space and is followed by
whitespace, punctuation or the end; in other positions it closes an open double quotation
or opens a new one.

Quotations nest: marks are matched with a stack. A closing mark closes the innermost open
quotation of its kind (double or single); quotations opened inside it and still open are
unclosed. A closing mark with no open quotation of its kind is ignored.

Quotations may run over several sentences and paragraphs, news style: when a paragraph ends
with a quotation still open and the next paragraph starts with an opening mark of the same
kind, the quotation continues (that opening mark is part of it, not a new quotation). When
the next paragraph does not start with such a mark, every quotation still open is
**dropped**, not closed at the paragraph end (unless a statement is quoted in full with no
marks opening its paragraphs: one quotation open, no double mark in the paragraphs after it
but one that closes it at a paragraph's end, within 4,000 characters): a quote mark we could
not pair is as likely a
misread (an inch mark, a stray apostrophe) as a missing closer, and a claim's evidence must
not be a guess. Quotations still open at the end of the text are dropped the same way, and
so are quotations with nothing between their marks.

One pass over the marks with a stack, so the cost is linear in the text length even with
thousands of unbalanced marks.
"""

from __future__ import annotations

import bisect
import functools
from typing import Final

import attrs
import regex

__all__ = ["Quotation", "quotation_at", "quotations"]


@attrs.frozen
class Quotation:
    """One quotation in a text.

    Attributes:
        start: offset of the opening mark.
        end: offset just past the closing mark, so ``text[start:end]`` includes both marks.
        inner_start: offset just past the opening mark.
        inner_end: offset of the closing mark, so ``text[inner_start:inner_end]`` is the
            quoted words.
        depth: 0 for a quotation not inside another, 1 for one directly inside a depth-0
            quotation, and so on.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    depth: int


_DOUBLE: Final = 0
_SINGLE: Final = 1

# A line break with the whitespace after it, or one quote mark. A single mark between two
# ASCII letters or digits (don't, Pakistan's) is an apostrophe (see _classify) and is not
# even read: news text has far more of them than quote marks.
_EVENTS: Final = regex.compile(
    "(?P<nl>[\n\r\x0b\x0c\x85\u2028\u2029]\\s*+)"
    "|(?P<q>[\"“”]|(?<![A-Za-z0-9])[‘’']|[‘’'](?![A-Za-z0-9]))")
_ELISION: Final = regex.compile(r"\d\d(?!\d)")
_OPEN_CONTEXT: Final = frozenset("([{<—–-/“‘«")
_CLOSE_CONTEXT: Final = frozenset(".,;:!?)]}>—–-/”’»…")


def _is_word(char: str) -> bool:
    return char.isalnum()


def _classify(text: str, i: int) -> tuple[int, bool, bool] | None:
    """Read the mark at ``i`` as ``(kind, may_open, may_close)``, or None to skip it."""
    mark = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if mark == "“":
        return _DOUBLE, True, False
    if mark == "”":
        return _DOUBLE, False, True
    if mark == '"':
        may_open = (not prev or prev.isspace() or prev in _OPEN_CONTEXT) and bool(nxt) and not nxt.isspace()
        may_close = bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or nxt in _CLOSE_CONTEXT)
        if not (may_open or may_close) and (not prev or prev.isspace()) and (not nxt or nxt.isspace()):
            return None  # a lone mark between spaces
        if may_open == may_close:
            return _DOUBLE, True, True  # ambiguous: decided by what is open
        return _DOUBLE, may_open, may_close
    # Single marks: ' ‘ ’.
    if _is_word(prev) and _is_word(nxt):
        return None  # don't, Pakistan's, Afghanistan’s
    if not _is_word(prev) and _ELISION.match(text, i + 1, i + 4):
        return None  # the ’80s, '14
    if mark == "‘":
        return _SINGLE, True, False
    if mark == "’":
        return (_SINGLE, False, True) if prev and not prev.isspace() else None
    may_open = not _is_word(prev) and bool(nxt) and not nxt.isspace()
    may_close = bool(prev) and not prev.isspace() and not _is_word(nxt)
    if not (may_open or may_close):
        return None
    if may_open and may_close:
        return _SINGLE, True, True
    return _SINGLE, may_open, may_close


def _continues(text: str, at: int, kind: int) -> bool:
    """Whether the paragraph starting at ``at`` opens with a mark continuing ``kind``."""
    if at >= len(text):
        return False
    if kind == _DOUBLE:
        return text[at] in '“"'
    return text[at] == "‘" or (text[at] == "'" and at + 1 < len(text) and not text[at + 1].isspace())


# How far a quotation whose paragraphs open with no mark may run on (a statement quoted in
# full: "published the following communique: "... \n\n ... \n\n ... .""), and what may
# follow its closing mark at its last paragraph's end.
_RUN_ON: Final = 4000
_NEXT_DOUBLE: Final = regex.compile(r"[\"“”]")
_PARAGRAPH_END: Final = regex.compile(r"[.,;!?…]*+[ \t]*+(?:[\n\r\x0b\x0c\x85\u2028\u2029]|\Z)")


def _closes_later(text: str, at: int) -> bool:
    """Whether the paragraphs from ``at`` hold no double quote mark but one that closes a
    quotation at a paragraph's end: a quotation run on over paragraphs that open with no mark
    (the next mark closes it, so no other quotation can be mistaken for it)."""
    m = _NEXT_DOUBLE.search(text, at, min(len(text), at + _RUN_ON))
    if m is None:
        return False
    read = _classify(text, m.start())
    return read is not None and read[2] and _PARAGRAPH_END.match(text, m.end()) is not None


def _pairs(text: str) -> list[tuple[int, int]]:
    """Matched ``(open_offset, close_offset)`` pairs, properly nested, in closing order."""
    stack: list[tuple[int, int]] = []  # (kind, offset of opening mark)
    open_count = [0, 0]
    pairs: list[tuple[int, int]] = []
    skip = -1

    def drop_above(keep: int) -> None:
        while len(stack) > keep:
            kind, _ = stack.pop()
            open_count[kind] -= 1

    for m in _EVENTS.finditer(text):
        if m.group("nl") is not None:
            if stack:
                kind = stack[0][0]
                if _continues(text, m.end(), kind):
                    drop_above(1)
                    skip = m.end()
                elif not (len(stack) == 1 and kind == _DOUBLE and _closes_later(text, m.end())):
                    drop_above(0)
            continue
        i = m.start()
        if i == skip:
            continue
        read = _classify(text, i)
        if read is None:
            continue
        kind, may_open, may_close = read
        if may_close and open_count[kind]:
            while stack[-1][0] != kind:
                drop_above(len(stack) - 1)
            _, start = stack.pop()
            open_count[kind] -= 1
            if i > start + 1:
                pairs.append((start, i))
        elif may_open:
            stack.append((kind, i))
            open_count[kind] += 1
    return pairs


@functools.lru_cache(maxsize=64)
def _quotation_index(text: str) -> tuple[tuple[Quotation, ...], tuple[int, ...], tuple[int, ...]]:
    pairs = sorted(_pairs(text))
    found: list[Quotation] = []
    parents: list[int] = []
    enclosing: list[int] = []  # indexes into ``found`` of the quotations around the current one
    for start, close in pairs:
        while enclosing and found[enclosing[-1]].end <= start:
            enclosing.pop()
        parents.append(enclosing[-1] if enclosing else -1)
        found.append(Quotation(start, close + 1, start + 1, close, len(enclosing)))
        enclosing.append(len(found) - 1)
    return tuple(found), tuple(q.start for q in found), tuple(parents)


def quotations(text: str) -> tuple[Quotation, ...]:
    """Find the quotations in ``text``.

    Args:
        text: the original document text.

    Returns:
        Every quotation, sorted by ``start``. Quotations are properly nested: two of them
        are either disjoint or one lies inside the other's inner span. All offsets lie
        within the text. Results are cached per text (the 64 most recent texts).
    """
    return _quotation_index(text)[0]


def quotation_at(text: str, offset: int) -> Quotation | None:
    """Return the innermost quotation whose ``start <= offset < end``, or None.

    Args:
        text: the original document text.
        offset: a character offset into ``text``.
    """
    found, starts, parents = _quotation_index(text)
    index = bisect.bisect_right(starts, offset) - 1
    while index >= 0:
        quote = found[index]
        if offset < quote.end:
            return quote
        index = parents[index]
    return None
