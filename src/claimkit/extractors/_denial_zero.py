"""A figure of zero told against a figure: "No soldier is missing", "No U.S. aircraft has been
lost", "no civilians were harmed", said by a party after another party's figure of the same
outcome ("30 soldiers are missing", "12 civilians were killed"). Saying none is how a party
denies a figure as often as "denied": the zero is a denial of the figure told last before it,
which is its denied proposition (the zero itself is the denial's evidence).

Only a party's zero counts (one with a speaker, not the outlet's "no casualties were reported"),
only against a figure of the same outcome told earlier by someone else, and not against people
the zero does not name ("no civilians were harmed" denies no figure of fighters killed, told in
the same breath: "the strike killed eight fighters and no civilians were harmed"), nor of
another place ("no casualties in the capital", after a toll of another city).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

import regex

from claimkit._claimants import claimant_name
from claimkit._document import Document
from claimkit._groups import CIVILIANS
from claimkit._model import Claim, Span

from ._denial_find import Found
from ._phrases import sentence_span

# A place the zero is told of, right after it: "no casualties | in the capital".
_PLACE_AFTER: Final = regex.compile(
    r"\s+(?:in|at|near)\s+(?:the\s+)?(?P<place>(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+)*"
    r"|capital|city|town|village|region|province|district|area)(?![\p{L}])", regex.IGNORECASE)
# How many figures of its outcome told before it a zero is weighed against.
_LOOK_BACK: Final = 20
# The people a zero names: civilians, or a side's forces.
_CIVILIAN_WORD: Final = regex.compile(r"(?i)\bcivilians?\b")
_FORCE_WORD: Final = regex.compile(
    r"(?i)\b(?:soldiers?|troops|personnel|servicem[ae]n|fighters?|policem[ae]n)\b")


def zero_denials(doc: Document) -> list[Found]:
    """The figures of zero in ``doc`` that deny an earlier figure (see the module docstring)."""
    casualties = doc.claims_of("casualty")
    # positive figures by outcome, in text order (a few looked at per zero: linear on any text)
    figures: dict[str, list[Claim]] = {}
    for c in sorted(casualties, key=lambda c: c.span.start):
        count = c.data.get("count")
        if count is not None and count.best:
            figures.setdefault(c.data.get("outcome", ""), []).append(c)
    starts = {outcome: [c.span.start for c in told] for outcome, told in figures.items()}
    out: list[Found] = []
    seen: set[Span] = set()
    for zero in casualties:
        count = zero.data.get("count")
        if count is None or count.best != 0 or zero.attribution is None or zero.attribution.source is None:
            continue
        if zero.span in seen:
            continue  # ("no civilians were harmed": one zero, killed and wounded)
        told = figures.get(zero.data.get("outcome", ""), [])
        k = bisect_left(starts.get(zero.data.get("outcome", ""), []), zero.span.start)
        # (what it denies: the figure told last before it)
        figure = next((f for f in reversed(told[max(0, k - _LOOK_BACK):k]) if _denies(doc, zero, f)), None)
        if figure is not None:
            seen.add(zero.span)
            out.append(Found(zero.span, zero.span, figure.span, None, False, quoted=True))
    return out


def _denies(doc: Document, zero: Claim, figure: Claim) -> bool:
    """Whether ``zero`` answers ``figure``: an earlier positive figure of the same outcome, of
    the people the zero names, told by someone else."""
    count = figure.data.get("count")
    if count is None or not count.best or figure.span.start >= zero.span.start \
            or figure.data.get("outcome") != zero.data.get("outcome"):
        return False
    place = _PLACE_AFTER.match(doc.text, zero.span.end, min(len(doc.text), zero.span.end + 60))
    if place is not None:
        where = sentence_span(doc.text, figure.span.start)
        if place["place"].casefold() not in doc.text[where.start:where.end].casefold():
            return False  # ("no casualties in the capital", after a toll of another city)
    said = doc.text[zero.span.start:zero.span.end]
    side = figure.data.get("side")
    if _CIVILIAN_WORD.search(said) is not None and side != CIVILIANS:
        return False
    if _FORCE_WORD.search(said) is not None and side == CIVILIANS:
        return False
    mine = claimant_name(zero.attribution, "words")
    theirs = claimant_name(figure.attribution, "words")
    return mine is not None and (theirs is None or theirs.casefold() != mine.casefold())
