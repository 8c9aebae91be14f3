"""A reading copy of the text without scare quotes, for the casualty and territorial readers.

Reports hold a side's words at a distance with quote marks: 'killed "more than 20" soldiers',
'have "liberated" the village', 'pulled back from "several forward positions"'. The readers
expect a figure, verb or object next to its words, so they read a copy in which those quote
marks are spaces: offsets stay the same, and the document's own text is untouched (the
attribution stage still sees every quotation).

Two kinds of quotation are made transparent: one that opens with a figure ('"25 people died
here," he said' too), and one of one to four words without punctuation (a word or a phrase,
not a statement: its marks still end a subject elsewhere, 'would "bomb the [expletive] out
of" oil fields seized by ...').
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

_QUALIFIER: Final = r"(?:at\s+least|more\s+than|over|about|around|nearly|almost|up\s+to|some)\s+"
_WORD: Final = r"[^\s\"“”,.;:!?()\[\]]+"
_OPENING: Final = regex.compile(
    r"(?<![\p{L}\p{N}])[\"“](?=(?:" + _QUALIFIER + r")?\d[^\"“”\n]{0,80}[\"”]"
    r"|" + _WORD + r"(?:[ \t]" + _WORD + r"){0,3}[\"”](?![\p{L}\p{N}]))",
    regex.IGNORECASE)
_CLOSING: Final = "\"”"


def unquoted(text: str, ranges: Iterable[tuple[int, int]]) -> str:
    """``text`` with the quote marks of figures and short quoted phrases inside ``ranges``
    (sentences, in text order) made spaces; ``text`` itself when there are none."""
    if '"' not in text and "“" not in text:
        return text
    chars: list[str] | None = None
    for start, end in ranges:
        pos = start
        while (m := _OPENING.search(text, pos, end)) is not None:
            close = m.end()
            while text[close] not in _CLOSING:  # the lookahead saw it, before any other mark
                close += 1
            if chars is None:
                chars = list(text)
            chars[m.start()] = chars[close] = " "
            pos = close + 1  # a closing mark is never read as an opening one
    return "".join(chars) if chars is not None else text
