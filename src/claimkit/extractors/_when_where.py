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
from claimkit.text import paragraph_spans, sentence_spans

from ._dates import TimeMention, resolve, time_mentions
from ._places import PlaceMention, place_mentions
from ._source import boilerplate_spans, dateline

M = TypeVar("M", TimeMention, PlaceMention)
LEAD_SENTENCES = 2


def _outside(spans: Sequence[Span], start: int, end: int) -> bool:
    return not any(b.start < end and start < b.end for b in spans)


@attrs.define
class _Context:
    """What the stage knows about one text. Sentences are scanned for phrases only when a
    claim needs them (its own, those before it in its paragraph, the lead), and each at most
    once: in a long text with few claims most sentences are never scanned."""

    text: str
    boiler: tuple[Span, ...]
    sent_starts: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]
    para_of_sentence: tuple[int, ...]
    lead: tuple[int, ...]  # indices of the headline/lead sentences
    dateline_city: Snippet | None
    _times: dict[int, tuple[TimeMention, ...]] = attrs.field(factory=dict)
    _places: dict[int, tuple[PlaceMention, ...]] = attrs.field(factory=dict)
    _before: dict[tuple[str, int], TimeMention | PlaceMention | None] = attrs.field(factory=dict)

    def times(self, i: int) -> tuple[TimeMention, ...]:
        """Time phrases of sentence ``i`` outside boilerplate."""
        found = self._times.get(i)
        if found is None:
            start, end = self.sentences[i]
            found = tuple(t for t in time_mentions(self.text, start, end)
                          if _outside(self.boiler, t.start, t.end))
            self._times[i] = found
        return found

    def places(self, i: int) -> tuple[PlaceMention, ...]:
        """Place phrases of sentence ``i`` outside boilerplate, venues left out."""
        found = self._places.get(i)
        if found is None:
            start, end = self.sentences[i]
            found = tuple(p for p in place_mentions(self.text, start, end)
                          if _outside(self.boiler, p.start, p.end) and not p.venue)
            self._places[i] = found
        return found

    def before(self, kind: str, i: int, pick: Callable[[int], M | None]) -> M | None:
        """What ``pick`` gives for the nearest sentence before ``i`` in its paragraph that gives
        anything (memoised, so walking back through a long paragraph is paid once)."""
        key = (kind, i)
        if key in self._before:
            return self._before[key]  # type: ignore[return-value]
        walked: list[int] = []
        found: M | None = None
        j = i
        while j > 0 and self.para_of_sentence[j - 1] == self.para_of_sentence[i]:
            walked.append(j)
            if (kind, j) in self._before:
                found = self._before[(kind, j)]  # type: ignore[assignment]
                break
            found = pick(j - 1)
            if found is not None:
                break
            j -= 1
        for k in walked:
            self._before[(kind, k)] = found
        return found


@lru_cache(maxsize=32)
def _context(text: str) -> _Context:
    boiler = boilerplate_spans(text)
    # The shared spans tile the text; trailing whitespace is trimmed so that a footer's
    # sentence lies inside the footer's span.
    sents = tuple((s, s + len(text[s:e].rstrip())) for s, e in sentence_spans(text))
    paras = paragraph_spans(text)
    para_starts = [p[0] for p in paras]
    para_of = tuple(max(0, bisect.bisect_right(para_starts, s) - 1) for s, _ in sents)
    lead = tuple(i for i, (s, e) in enumerate(sents)
                 if e > s and not any(b.start <= s and e <= b.end for b in boiler))[:LEAD_SENTENCES]
    line = dateline(text)
    return _Context(text, boiler, tuple(s for s, _ in sents), sents, para_of, lead,
                    line.city if line else None)


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


def _govern(ctx: _Context, claim: Claim, kind: str, found_in: Callable[[int], list[M]]) -> M | None:
    """The phrase that governs ``claim`` by the module's rule; ``found_in(i)`` gives the usable
    phrases of sentence ``i``."""
    if not ctx.sentences:
        return None
    first = _sentence_index(ctx, claim.span.start)
    last = _sentence_index(ctx, max(claim.span.start, claim.span.end - 1))
    here = [m for i in range(first, last + 1) for m in found_in(i)]
    if here:
        content = claim.attribution.content.span if claim.attribution else None
        if content is not None and content.contains(claim.span):
            inside = [m for m in here if content.start <= m.start and m.end <= content.end]
            here = inside or here
        return _nearest(here, claim.span)

    def last_of(i: int) -> M | None:
        usable = found_in(i)
        return usable[-1] if usable else None

    earlier = ctx.before(kind, first, last_of)
    if earlier is not None:
        return earlier
    for i in ctx.lead:
        lead = found_in(i)
        if lead:
            return lead[0]
    return None


def _times_in(ctx: _Context) -> Callable[[int], list[TimeMention]]:
    return lambda i: list(ctx.times(i))


def _places_in(ctx: _Context) -> Callable[[int], list[PlaceMention]]:
    def named_first(i: int) -> list[PlaceMention]:
        found = ctx.places(i)
        named = [p for p in found if not p.weak]
        return named or list(found)

    return named_first


def _anchor(ctx: _Context, mention: TimeMention, published: dt.date | None) -> dt.date | None:
    """The day a deictic phrase counts from: a day named in its sentence (or, for "the previous
    day", the last day named before it in its paragraph); None means publication."""
    if not ctx.sentences:
        return None
    index = _sentence_index(ctx, mention.start)
    here = ctx.times(index)
    if mention.meaning[0] == "relative":
        days = [t for t in here if t.is_day and t.end <= mention.start]

        def last_day(i: int) -> TimeMention | None:
            found = [t for t in ctx.times(i) if t.is_day]
            return found[-1] if found else None

        day = days[-1] if days else ctx.before("day", index, last_day)
        return resolve(day.meaning, day.text, published) if day else None
    if mention.meaning[0] != "deictic":
        return None
    for t in here:
        if t.is_day and t is not mention:
            return resolve(t.meaning, t.text, published)
    return None


def time_for(doc: Document, claim: Claim) -> TimeExpression | None:
    """The time expression that governs ``claim`` in ``doc``, with its resolved date."""
    ctx = _context(doc.text)
    mention = _govern(ctx, claim, "time", _times_in(ctx))
    if mention is None:
        return None
    published = doc.source.published if doc.source else None
    date = resolve(mention.meaning, mention.text, published, _anchor(ctx, mention, published))
    return TimeExpression(mention.text, Span(mention.start, mention.end), date)


def location_for(doc: Document, claim: Claim) -> Snippet | None:
    """The place that governs ``claim`` in ``doc``, or the dateline's city, or None."""
    ctx = _context(doc.text)
    mention = _govern(ctx, claim, "place", _places_in(ctx))
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
