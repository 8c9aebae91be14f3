"""Which time or place phrase governs a claim: the rule of the ``when_where`` stage.

:class:`Context` holds what the rule needs about one text. Sentences are scanned for phrases
only when a claim needs them (its own sentence, those before it in its paragraph, the lead),
and each at most once, so in a long text with few claims most sentences are never scanned.
Every lookup inside a sentence is a binary search, so a sentence with thousands of phrases and
thousands of claims costs (claims x log phrases), not (claims x phrases).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Generic, TypeVar

import attrs
import regex

from claimkit._model import Claim, Snippet, Span
from claimkit.text import paragraph_spans, sentence_spans

from ._dates import TimeMention, time_mentions
from ._places import PlaceMention, place_mentions
from ._source import boilerplate_spans, dateline

M = TypeVar("M", TimeMention, PlaceMention)

#: How many sentences (after boilerplate) count as the headline and lead.
LEAD_SENTENCES = 2
#: How many earlier sentences of a paragraph may lend a claim their time or place: news
#: paragraphs are short, and a phrase further back rarely still governs.
LOOK_BACK = 10

# A relative clause after the evidence tells of something else: "nine were wounded in the
# fighting, which he described as a response to attacks in Helmand" (not where they were hurt).
_RELATIVE = regex.compile(r",[ \t]+(?:which|who|whom|whose|where)\b")


@attrs.frozen
class Found(Generic[M]):
    """The usable phrases of one stretch of text, in order, with their starts and the running
    maximum of their ends (phrases do not overlap as a rule, but weak places may)."""

    items: tuple[M, ...]
    starts: tuple[int, ...]
    max_ends: tuple[int, ...]

    @classmethod
    def of(cls, items: Sequence[M]) -> Found[M]:
        """Index ``items`` (sorted by start)."""
        ends = tuple(accumulate((m.end for m in items), max))
        return cls(tuple(items), tuple(m.start for m in items), ends)

    def nearest(self, span: Span, within: Span | None = None, limit: int | None = None) -> M | None:
        """The phrase nearest ``span``: the first one overlapping it, else the closer of the
        last one before and the first one after (a tie goes to the one after: "two were killed
        on Sunday"). With ``within``, only phrases inside it count, when there are any; with
        ``limit``, none that starts at or after it."""
        lo, hi = 0, len(self.items)
        if within is not None:
            a = bisect.bisect_left(self.starts, within.start)
            b = bisect.bisect_right(self.starts, within.end)
            while b > a and self.items[b - 1].end > within.end:
                b -= 1
            if b > a:
                lo, hi = a, b
        if limit is not None:
            hi = bisect.bisect_left(self.starts, limit, lo, hi)
        if lo >= hi:
            return None
        j = bisect.bisect_right(self.max_ends, span.start, lo, hi)  # first phrase ending after it
        after = self.items[j] if j < hi else None
        if after is not None and after.start < span.end:
            return after  # overlaps the evidence
        before = self.items[j - 1] if j > lo else None
        if before is None or (after is not None and after.start - span.end <= span.start - before.end):
            return after
        return before

    def last_before(self, offset: int) -> M | None:
        """The last phrase that ends at or before ``offset``."""
        j = bisect.bisect_right(self.max_ends, offset)
        return self.items[j - 1] if j else None


def _outside(spans: Sequence[Span], start: int, end: int) -> bool:
    return not any(b.start < end and start < b.end for b in spans)


@attrs.define
class Context:
    """What the rule knows about one text; phrase lists are filled in lazily per sentence."""

    text: str
    boiler: tuple[Span, ...]
    sent_starts: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]
    para_of_sentence: tuple[int, ...]
    lead: tuple[int, ...]  # indices of the headline/lead sentences
    dateline_city: Snippet | None
    _cache: dict[tuple[str, int], Found[TimeMention] | Found[PlaceMention]] = attrs.field(factory=dict)
    _breaks: dict[int, tuple[int, ...]] = attrs.field(factory=dict)

    def clause_breaks(self, i: int) -> tuple[int, ...]:
        """Where relative clauses open in sentence ``i`` (", which", ", who", ", where" ...)."""
        found = self._breaks.get(i)
        if found is None:
            found = tuple(m.start() for m in _RELATIVE.finditer(self.text, *self.sentences[i]))
            self._breaks[i] = found
        return found

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset``."""
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def times(self, i: int) -> Found[TimeMention]:
        """Time phrases of sentence ``i`` outside boilerplate."""
        found = self._cache.get(("time", i))
        if found is None:
            start, end = self.sentences[i]
            found = Found.of([t for t in time_mentions(self.text, start, end)
                              if _outside(self.boiler, t.start, t.end)])
            self._cache[("time", i)] = found
        return found  # type: ignore[return-value]

    def days(self, i: int) -> Found[TimeMention]:
        """The phrases of sentence ``i`` that name one day ("on Sunday", "15 March 2020")."""
        found = self._cache.get(("day", i))
        if found is None:
            found = Found.of([t for t in self.times(i).items if t.is_day])
            self._cache[("day", i)] = found
        return found  # type: ignore[return-value]

    def places(self, i: int) -> Found[PlaceMention]:
        """Usable place phrases of sentence ``i``: outside boilerplate, no venue ("told reporters
        in Kabul"), and only the named ones when the sentence names any."""
        found = self._cache.get(("place", i))
        if found is None:
            start, end = self.sentences[i]
            usable = [p for p in place_mentions(self.text, start, end)
                      if _outside(self.boiler, p.start, p.end) and not p.venue]
            found = Found.of([p for p in usable if not p.weak] or usable)
            self._cache[("place", i)] = found
        return found  # type: ignore[return-value]

    def before(self, i: int, pick: Callable[[int], M | None]) -> M | None:
        """What ``pick`` gives for the nearest sentence before ``i`` in its paragraph that gives
        anything, looking back at most :data:`LOOK_BACK` sentences."""
        for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
            if self.para_of_sentence[j] != self.para_of_sentence[i]:
                break
            found = pick(j)
            if found is not None:
                return found
        return None


@lru_cache(maxsize=8)
def context(text: str) -> Context:
    """The :class:`Context` of ``text`` (cached per text)."""
    boiler = boilerplate_spans(text)
    # The shared spans tile the text; trailing whitespace is trimmed so that a footer's
    # sentence lies inside the footer's span.
    sents = tuple((s, s + len(text[s:e].rstrip())) for s, e in sentence_spans(text))
    para_starts = [p[0] for p in paragraph_spans(text)]
    para_of = tuple(max(0, bisect.bisect_right(para_starts, s) - 1) for s, _ in sents)
    lead = tuple(i for i, (s, e) in enumerate(sents)
                 if e > s and not any(b.start <= s and e <= b.end for b in boiler))[:LEAD_SENTENCES]
    line = dateline(text)
    return Context(text, boiler, tuple(s for s, _ in sents), sents, para_of, lead,
                   line.city if line else None)


def govern(ctx: Context, claim: Claim, found_in: Callable[[int], Found[M]]) -> M | None:
    """The phrase that governs ``claim`` by the rule in :mod:`claimkit.extractors._when_where`;
    ``found_in(i)`` gives the usable phrases of sentence ``i``."""
    if not ctx.sentences:
        return None
    first = ctx.sentence_of(claim.span.start)
    last = ctx.sentence_of(max(claim.span.start, claim.span.end - 1))
    here = found_in(first) if first == last else Found.of(
        [m for i in range(first, last + 1) for m in found_in(i).items])
    content = claim.attribution.content.span if claim.attribution else None
    within = content if content is not None and content.contains(claim.span) else None
    breaks = ctx.clause_breaks(last)
    k = bisect.bisect_left(breaks, claim.span.end)
    mention = here.nearest(claim.span, within, breaks[k] if k < len(breaks) else None)
    if mention is not None:
        return mention

    def last_of(i: int) -> M | None:
        items = found_in(i).items
        return items[-1] if items else None

    earlier = ctx.before(first, last_of)
    if earlier is not None:
        return earlier
    for i in ctx.lead:
        if first <= i <= last:
            continue  # the claim's own sentence was weighed above
        lead = found_in(i).items
        if lead:
            return lead[0]
    return None
