"""The layout of a text around its attributions: the sentences cues are read in (cut where one
opens with ``''``, longer ones read in windows of :data:`MAX_SENTENCE`), the quotations that can
hold reported speech (:func:`speech_quotes`), and what boilerplate and datelines take from the
readings (:func:`outside_boilerplate`, :func:`after_dateline`).
"""

from __future__ import annotations

from itertools import pairwise

import regex

from claimkit._model import Span
from claimkit.text import Quotation, quotations, sentence_at

from ._attribution_colons import NOT_SPEAKERS
from ._attribution_context import Found, Range
from ._source import analyse, in_boilerplate, past_boilerplate

_SINGLE_MARKS = frozenset("‘’'")


def speech_quotes(text: str) -> tuple[Quotation, ...]:
    """The quotations that can hold reported speech: the outermost ones, and of those only the
    double-quoted when the text uses double quotes at all (then single quotes at the top level
    mark titles, nicknames and scare quotes; in British style they mark speech)."""
    top = [q for q in quotations(text) if q.depth == 0]
    double = [q for q in top if text[q.start] not in _SINGLE_MARKS or text.startswith("''", q.start)]
    return tuple(double if double else top)


# Found at the quote marks (a literal the engine scans for fast), not at every space.
_DOUBLED_OPEN = regex.compile(r"(?<=[.!?](?:''|[”\"’])?[ \t]+)''(?=[\p{Lu}\d])")


def split_before_doubled_quotes(text: str, sentences: tuple[Range, ...]) -> tuple[Range, ...]:
    """``sentences`` also cut where a sentence opens with ``''``."""
    if "''" not in text:
        return sentences  # most texts: no scan at every space
    cuts = [m.start() for m in _DOUBLED_OPEN.finditer(text)]
    if not cuts:
        return sentences
    bounds = sorted({s for s, _ in sentences} | set(cuts) | {len(text)})
    return tuple(pairwise(bounds))


# Longer "sentences" (lists, run-on or hostile text) are read in windows of about this many
# characters, so that the work per cue stays bounded and the stage linear.
MAX_SENTENCE = 1200


def bounded(text: str, sentences: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``sentences`` with every one longer than :data:`MAX_SENTENCE` cut at spaces."""
    if all(e - s <= MAX_SENTENCE for s, e in sentences):
        return sentences
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        while e - s > MAX_SENTENCE:
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE) + 1 or s + MAX_SENTENCE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return tuple(out)


def outside_boilerplate(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the readings in boilerplate: a feed footer repeating the headline
    ("The post X Says ... appeared first on ...") is nobody's statement, and a dateline is no
    speaker's label: "SRINAGAR: ..." (a place the source stage knows), or a label in capitals
    opening the story whose sentence has a speaker of its own ("DOVREK: Two guards were killed,
    police said"; in a transcript, "ROE: I think Gale said T" keeps its label)."""
    def in_boilerplate_(f: Found) -> bool:
        return in_boilerplate(text, Span(*f.cue)) or (
            f.source is not None and in_boilerplate(text, Span(*f.source)))

    kept = [f for f in found if not in_boilerplate_(f)] if analyse(text).keys else found
    # (a dateline opens the story: only the first label, near the top, is looked at)
    label = next((f for f in kept if text[f.cue[0]:f.cue[1]] == ":"), None)
    if label is None or label.source is None or label.source[0] > _DATELINE_REACH \
            or not text[label.source[0]:label.source[1]].isupper():
        return kept
    first = sentence_at(text, label.content[0][0])
    if any(f is not label and f.source is not None and label.content[0][0] <= f.source[0]
           and f.cue[1] <= label.content[0][1] and sentence_at(text, f.cue[0]) == first for f in kept):
        kept.remove(label)
    return kept


_DATELINE_REACH = 300


# A dateline opening a paragraph of a digest: a place in capitals, maybe a date, and a dash.
_PARAGRAPH_DATELINE = regex.compile(
    r"[\p{Lu}][\p{Lu}\p{M} .'’-]{2,30}(?:,[^\n,–—-]{1,40}){0,2}\s+[-–—]+\s+(?=\S)")


# A topic's label in capitals opening a paragraph of a briefing: "TERRITORY: ".
_TOPIC_LABEL = regex.compile(r"(?P<word>\p{Lu}{3,20}):[ \t]+(?=\S)")


def after_dateline(text: str, piece: Range) -> Range:
    """A content piece that starts in a dateline or other boilerplate starts after it:
    "KYIV, May 2 (Agency) - Troops withdrew, police said" reports "Troops withdrew"."""
    s, e = piece
    start = past_boilerplate(text, s)
    if start == s and (s == 0 or text[s - 1] == "\n"):
        if line := _PARAGRAPH_DATELINE.match(text, s, e):
            start = line.end()  # "MAPUTO - Insurgents killed four people, an official said" in a digest
        elif (label := _TOPIC_LABEL.match(text, s, e)) and label["word"].lower() in NOT_SPEAKERS:
            start = label.end()  # "TERRITORY: Units withdrew from two posts, a source said" in a briefing
    if start == s or start >= e:
        return piece
    while start < e and text[start] in " \t-–—:":
        start += 1
    return (start, e) if start < e else piece
