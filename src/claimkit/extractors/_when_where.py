"""The ``when_where`` stage: each claim's time and place.

It runs after every stage that adds claims, and fills ``claim.time`` and ``claim.location``
where they are still empty, by one rule for both:

1. **its sentence**: the phrases in the sentence that holds the claim's evidence. Phrases inside
   the claim's reported content (its attribution's content) are preferred to those in the
   attribution's frame ("..., he told reporters on Sunday"); among them the one nearest the
   evidence wins (a tie goes to the one after it: "two were killed on Sunday"). Phrases in a
   relative clause that opens after the evidence (", which ...", ", where ...") do not count.
2. else **the nearest sentence before it in the same paragraph** that has one (its last phrase),
   looking back at most ten sentences;
3. else **the headline and lead** (the first two sentences): their first phrase;
4. places only: else **the dateline's city** ("KABUL, Oct 14 (Reuters) -").

The rule itself lives in :mod:`claimkit.extractors._govern`. Boilerplate (feed footers,
datelines, bylines: :func:`claimkit.extractors._source.boilerplate_spans`)
is never evidence. A place where a statement was made ("told reporters in Kabul") is never a
claim's place, and a common-noun place ("along the border") counts only where no named place does.
Dates are resolved against ``doc.source.published`` as :mod:`claimkit.extractors._dates`
documents; "overnight" and "yesterday" count back from the statement's day when the sentence
names one.
"""

from __future__ import annotations

import datetime as dt

import attrs

from claimkit._document import Document
from claimkit._model import Claim, Snippet, Span, TimeExpression
from claimkit._pipeline import stage
from claimkit.hookspecs import RegisterStage, hookimpl

from ._dates import TimeMention, resolve
from ._govern import Context, context, govern


def _anchor(ctx: Context, mention: TimeMention, published: dt.date | None) -> dt.date | None:
    """The day a deictic phrase counts from: a day named in its sentence (or, for "the previous
    day", the last day named before it in its paragraph); None means publication."""
    if not ctx.sentences or mention.meaning[0] not in ("relative", "deictic"):
        return None
    index = ctx.sentence_of(mention.start)
    days = ctx.days(index)
    if mention.meaning[0] == "relative":
        day = days.last_before(mention.start)
        if day is None:
            day = ctx.before(index, lambda i: ctx.days(i).last_before(ctx.sentences[i][1]))
    else:
        day = days.items[0] if days.items else None
    return resolve(day.meaning, day.text, published) if day else None


def time_for(doc: Document, claim: Claim) -> TimeExpression | None:
    """The time expression that governs ``claim`` in ``doc``, with its resolved date."""
    ctx = context(doc.text)
    mention = govern(ctx, claim, ctx.times)
    if mention is None:
        return None
    published = doc.source.published if doc.source else None
    date = resolve(mention.meaning, mention.text, published, _anchor(ctx, mention, published))
    return TimeExpression(mention.text, Span(mention.start, mention.end), date)


def location_for(doc: Document, claim: Claim) -> Snippet | None:
    """The place that governs ``claim`` in ``doc``, or the dateline's city, or None."""
    ctx = context(doc.text)
    mention = govern(ctx, claim, ctx.places)
    if mention is None:
        return ctx.dateline_city
    return Snippet(mention.text, Span(mention.start, mention.end))


# Every stage that adds claims, plugins' included, must run first: "claims:*" says so
# without naming them.
@stage("when_where", requires="claims:*", provides=("time", "location"))
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
