"""The ``when_where`` stage: each claim's time and place.

It runs after every stage that adds claims, and fills ``claim.time`` and ``claim.location``
where they are still empty, by one rule for both:

1. **its sentence**: the phrases in the sentence that holds the claim's evidence. Phrases inside
   the claim's reported content (its attribution's content) are preferred to those in the
   attribution's frame ("..., he told reporters on Sunday"); among them the one nearest the
   evidence wins (a tie goes to the one after it: "two were killed on Sunday").
2. else **the nearest sentence before it in the same paragraph** that has one (its last phrase);
3. else **the headline and lead** (the first two sentences): their first phrase;
4. places only: else **the dateline's city** ("KABUL, Oct 14 (Reuters) -").

Boilerplate (feed footers, datelines, bylines: :func:`claimkit.extractors._source.boilerplate_spans`)
is never evidence. A place where a statement was made ("told reporters in Kabul") is never a
claim's place, and a common-noun place ("along the border") counts only where no named place does.
Dates are resolved against ``doc.source.published`` as :mod:`claimkit.extractors._dates`
documents; "overnight" and "yesterday" count back from the statement's day when the sentence
names one.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

import attrs

from claimkit._document import Document
from claimkit._model import Claim, Snippet, Span, TimeExpression
from claimkit._pipeline import stage
from claimkit.hookspecs import RegisterStage, hookimpl

from ._dates import TimeMention, resolve, time_mentions
from ._places import PlaceMention, place_mentions
from ._segments import paragraphs, sentences
from ._source import boilerplate_spans, dateline

M = TypeVar("M", TimeMention, PlaceMention)
LEAD_SENTENCES = 2


@attrs.frozen
class _Context:
    """What the stage needs about one text, computed once per text."""

    sent_starts: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]
    para_of_sentence: tuple[int, ...]
    lead: tuple[int, ...]  # indices of the headline/lead sentences
    times: tuple[TimeMention, ...]
    time_starts: tuple[int, ...]
    places: tuple[PlaceMention, ...]
    place_starts: tuple[int, ...]
    dateline_city: Snippet | None


def _outside(spans: Sequence[Span], start: int, end: int) -> bool:
    return not any(b.start < end and start < b.end for b in spans)


@lru_cache(maxsize=32)
def _context(text: str) -> _Context:
    boiler = boilerplate_spans(text)
    sents = sentences(text)
    paras = paragraphs(text)
    para_starts = [p[0] for p in paras]
    para_of = tuple(max(0, bisect.bisect_right(para_starts, s) - 1) for s, _ in sents)
    lead = tuple(i for i, (s, e) in enumerate(sents)
                 if not any(b.start <= s and e <= b.end for b in boiler))[:LEAD_SENTENCES]
    times = tuple(t for t in time_mentions(text) if _outside(boiler, t.start, t.end))
    places = tuple(p for p in place_mentions(text) if _outside(boiler, p.start, p.end) and not p.venue)
    line = dateline(text)
    return _Context(tuple(s for s, _ in sents), sents, para_of, lead, times, tuple(t.start for t in times),
                    places, tuple(p.start for p in places), line.city if line else None)


def _in_range(items: tuple[M, ...], starts: tuple[int, ...], start: int, end: int) -> list[M]:
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [m for m in items[lo:hi] if m.end <= end]


def _sentence_index(ctx: _Context, offset: int) -> int:
    return max(0, bisect.bisect_right(ctx.sent_starts, offset) - 1)


def _nearest(cands: list[M], span: Span) -> M:
    def distance(m: M) -> tuple[int, int]:
        if m.end <= span.start:
            return (span.start - m.end, 1)
        if m.start >= span.end:
            return (m.start - span.end, 0)
        return (0, 0)

    return min(cands, key=distance)


def _govern(ctx: _Context, claim: Claim, items: tuple[M, ...], starts: tuple[int, ...],
            usable: Callable[[list[M]], list[M]]) -> M | None:
    """The phrase that governs ``claim`` by the module's rule, among ``items``."""
    if not ctx.sentences:
        return None
    first = _sentence_index(ctx, claim.span.start)
    last = _sentence_index(ctx, max(claim.span.start, claim.span.end - 1))
    s_start, s_end = ctx.sentences[first][0], ctx.sentences[last][1]
    here = usable(_in_range(items, starts, s_start, s_end))
    if here:
        content = claim.attribution.content.span if claim.attribution else None
        if content is not None and content.contains(claim.span):
            inside = [m for m in here if content.start <= m.start and m.end <= content.end]
            here = inside or here
        return _nearest(here, claim.span)
    para = ctx.para_of_sentence[first]
    i = first - 1
    while i >= 0 and ctx.para_of_sentence[i] == para:
        before = usable(_in_range(items, starts, *ctx.sentences[i]))
        if before:
            return before[-1]
        i -= 1
    for i in ctx.lead:
        lead = usable(_in_range(items, starts, *ctx.sentences[i]))
        if lead:
            return lead[0]
    return None


def _all(found: list[TimeMention]) -> list[TimeMention]:
    return found


def _named_first(found: list[PlaceMention]) -> list[PlaceMention]:
    named = [p for p in found if not p.weak]
    return named or found


def _anchor(ctx: _Context, mention: TimeMention, published: dt.date | None) -> dt.date | None:
    """The day a deictic phrase counts from: a day named in its sentence (or, for "the previous
    day", the last day named before it in its paragraph); None means publication."""
    index = _sentence_index(ctx, mention.start)
    start, end = ctx.sentences[index] if ctx.sentences else (0, 0)
    if mention.meaning[0] == "relative":
        para = ctx.para_of_sentence[index] if ctx.sentences else 0
        p_start = next((ctx.sentences[i][0] for i in range(index + 1)
                        if ctx.para_of_sentence[i] == para), start)
        days = [t for t in _in_range(ctx.times, ctx.time_starts, p_start, mention.start) if t.is_day]
        return resolve(days[-1].meaning, days[-1].text, published) if days else None
    if mention.meaning[0] != "deictic":
        return None
    for t in _in_range(ctx.times, ctx.time_starts, start, end):
        if t.is_day and t is not mention:
            return resolve(t.meaning, t.text, published)
    return None


def time_for(doc: Document, claim: Claim) -> TimeExpression | None:
    """The time expression that governs ``claim`` in ``doc``, with its resolved date."""
    ctx = _context(doc.text)
    mention = _govern(ctx, claim, ctx.times, ctx.time_starts, _all)
    if mention is None:
        return None
    published = doc.source.published if doc.source else None
    date = resolve(mention.meaning, mention.text, published, _anchor(ctx, mention, published))
    return TimeExpression(mention.text, Span(mention.start, mention.end), date)


def location_for(doc: Document, claim: Claim) -> Snippet | None:
    """The place that governs ``claim`` in ``doc``, or the dateline's city, or None."""
    ctx = _context(doc.text)
    mention = _govern(ctx, claim, ctx.places, ctx.place_starts, _named_first)
    if mention is None:
        return ctx.dateline_city
    return Snippet(mention.text, Span(mention.start, mention.end))


@stage("when_where", provides=("time", "location"),
       after=("casualty", "territorial", "denial", "contradiction", "status", "materiel"))
def when_where(doc: Document) -> Document:
    """Fill every claim's empty ``time`` and ``location`` (see the module's rule)."""
    if not doc.claims:
        return doc
    claims: list[Claim] = []
    changed = False
    for claim in doc.claims:
        time = claim.time if claim.time is not None else time_for(doc, claim)
        place = claim.location if claim.location is not None else location_for(doc, claim)
        if time is not claim.time or place is not claim.location:
            claim = attrs.evolve(claim, time=time, location=place)
            changed = True
        claims.append(claim)
    return attrs.evolve(doc, claims=tuple(claims)) if changed else doc


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(when_where)
