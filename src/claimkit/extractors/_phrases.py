"""Small phrase readers shared by the territorial, denial and contradiction stages.

They work on a bounded window around a trigger (never the whole text), so their cost does
not grow with the document. This module holds the sentence and the line around an offset
(:func:`sentence_span`, :func:`in_title`) and the opening of a report's next incident
(:data:`NEXT_INCIDENT`); who is the subject before a verb is read in :mod:`._phrases_subject`,
how to name a party and what a pronoun such as "its forces" stands for in
:mod:`._phrases_party`.
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit._model import Span
from claimkit.text import sentence_at


def sentence_span(text: str, offset: int) -> Span:
    """The sentence holding ``offset`` (an empty span for an empty text)."""
    if not text:
        return Span(0, 0)
    start, end = sentence_at(text, min(max(offset, 0), len(text)))
    return Span(start, end)


def in_title(text: str, span: Span) -> bool:
    """Whether ``span`` lies in a title: a short line that ends with no sentence punctuation
    (a headline, a live blog's "19:40 — Troops pull back from Aitaroun outskirts")."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    line = text[start:end if end != -1 else len(text)].rstrip()
    return len(line) <= _TITLE_CHARS and not line.endswith((".", "!", "?", ".”", '."', ":"))


_TITLE_CHARS: Final = 160


# A sentence that tells the next of a report's incidents: "In the first incident, on Sunday,
# ...", "In a second, ...", "In another attack ..." (not "In the first half of 2025").
NEXT_INCIDENT: Final = regex.compile(
    r"[\s\"“‘']*In\s+(?:(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"last|final|further|separate|next)|another|one)(?:\s*+,|\s+(?:incident|attack|case|strike|raid|clash|"
    r"ambush|assault|episode)s?\b)")
