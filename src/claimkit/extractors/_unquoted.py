"""A reading copy of the text without scare quotes, for the casualty and territorial readers.

Reports hold a side's words at a distance with quote marks: 'killed "more than 20" soldiers',
'27 "terrorists" were "neutralised"', 'have "liberated" the village', 'pulled back from
"several forward positions"'. The readers expect a figure, verb or object next to its words,
so they read a copy in which those quote marks are spaces: offsets stay the same, and the
document's own text is untouched (the attribution stage still sees every quotation).

A quotation is made transparent when it opens with a figure ('"25 people died here," he said'
too) or holds one to four words and no punctuation (a word or a phrase, not a statement),
(single marks, which are also apostrophes, only when they open a figure: "killed 'more than
100 mercenaries'"), and only where a caller asks: the copy is made for few documents, since the text-keyed
caches (sentences, the lowercased text) do not serve it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from claimkit.text._number_words import NUMBER_ALTERNATION
from claimkit.text._numbers import QUALIFIER_ALTERNATION

# "at least", "no fewer than", "up to" ..., a range's "between", and "only" ('lost "only two
# comrades"')
_QUALIFIER: Final = r"(?:" + QUALIFIER_ALTERNATION + r"|between|only|just|merely)\s+"
# A figure's first character or number word ("at least seven", "dozens").
# (every number word: "killed “sixty militants”" hid its figure when only the tens to fifty were)
_FIGURE: Final = (r"(?:\d|(?:" + NUMBER_ALTERNATION
                  + r"|a\s+dozen|an?\s+(?:hundred|thousand)|dozens|hundreds|scores|several)(?![\p{L}]))")
#: A figure, maybe qualified: what a quotation that hides a figure opens with.
FIGURE_START: Final = regex.compile(r"(?:" + _QUALIFIER + r")?" + _FIGURE, regex.IGNORECASE)
_WORD: Final = r"[^\s\"“”«»,.;:!?()\[\]]+"
# What follows an opening mark up to its closing one: a figure and what goes with it, or one to
# four words and no punctuation.
_QUOTED: Final = regex.compile(
    r"(?:" + _QUALIFIER + r")?" + _FIGURE + r"[^\"“”«»\n]{0,80}[\"”»]"
    r"|" + _WORD + r"(?:[ \t]" + _WORD + r"){0,5}[\"”»](?![\p{L}\p{N}])",
    regex.IGNORECASE)
# Single marks open a figure only ("killed 'more than 100 mercenaries'"): they are also
# apostrophes, so a phrase of words in them is not read as a quotation.
_QUOTED_SINGLE: Final = regex.compile(
    r"(?:" + _QUALIFIER + r")?" + _FIGURE + r"[^'’\"“”\n]{0,80}['’](?![\p{L}\p{N}])", regex.IGNORECASE)
# (and the guillemets of French and other reports: "«about a dozen» of its fighters")
_OPENING_MARKS: Final = "\"“'‘«"


def quoted_phrase(text: str, mark: int, end: int) -> int | None:
    """The offset of the closing mark when the mark at ``mark`` opens a figure or a short
    phrase that closes before ``end``, else None."""
    if text[mark] not in _OPENING_MARKS or (mark > 0 and text[mark - 1].isalnum()):
        return None
    m = (_QUOTED if text[mark] in "\"“«" else _QUOTED_SINGLE).match(text, mark + 1, end)
    return m.end() - 1 if m is not None else None


def opening_marks(text: str, start: int, end: int) -> Iterable[int]:
    """The offsets of the marks that may open a quotation in ``text[start:end]``, in order."""
    for m in _MARK.finditer(text, start, end):
        yield m.start()


_MARK: Final = regex.compile(r"[\"“‘«]|(?<![\p{L}\p{N}])'")


def unquoted(text: str, quotes: Iterable[tuple[int, int]]) -> str:
    """``text`` with the marks of the given quotations (``(opening, closing)`` offsets) made
    spaces; ``text`` itself when there are none."""
    chars: list[str] | None = None
    for opening, closing in quotes:
        if chars is None:
            chars = list(text)
        chars[opening] = chars[closing] = " "
    return "".join(chars) if chars is not None else text
