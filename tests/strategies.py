"""Hypothesis strategies for claimkit's value types and documents.

Every strategy builds values that satisfy the contract (spans inside the text, snippets that
match it, documented kinds, statuses and qualifiers), so a test can assert properties of valid
documents. Shrinking goes toward the empty text, no claims and no attributions.
(To be promoted to the public ``claimkit.testing`` later.)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from claimkit import (
    Attribution,
    Claim,
    Count,
    Document,
    Snippet,
    Source,
    Span,
    Speaker,
    StageError,
    TimeExpression,
)
from claimkit._model import ACTIONS, MODES, OUTCOMES, QUALIFIERS, STATUSES

short_text = st.text(max_size=20)
maybe_text = st.none() | short_text
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    """A span inside ``text`` (possibly empty); shrinks toward ``Span(0, 0)``."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span(start, end)


@st.composite
def snippets(draw: st.DrawFn, text: str) -> Snippet:
    span = draw(spans(text))
    return Snippet(text[span.start:span.end], span)


@st.composite
def speakers(draw: st.DrawFn, text: str) -> Speaker:
    span = draw(spans(text))
    return Speaker(text[span.start:span.end], span, draw(maybe_text), draw(maybe_text), draw(maybe_text))


@st.composite
def attributions(draw: st.DrawFn, text: str) -> Attribution:
    source = draw(st.none() | speakers(text))
    return Attribution(source, draw(snippets(text)), draw(snippets(text)), draw(st.sampled_from(MODES)))


@st.composite
def counts(draw: st.DrawFn) -> Count:
    """A Count with ``low <= best <= high``; any of the three may be missing."""
    values = sorted(draw(st.lists(st.integers(0, 10**9), min_size=3, max_size=3)))
    low, best, high = (draw(st.none() | st.just(v)) for v in values)
    return Count(best, low, high, draw(st.sampled_from(QUALIFIERS)), draw(short_text))


@st.composite
def time_expressions(draw: st.DrawFn, text: str) -> TimeExpression:
    span = draw(spans(text))
    return TimeExpression(text[span.start:span.end], span, draw(st.none() | dates))


# Plugin kinds: lowercase identifiers other than the built-in ones.
plugin_kinds = st.from_regex(r"[a-z][a-z0-9_]{0,11}", fullmatch=True).filter(
    lambda k: k not in {"casualty", "territorial", "denial", "contradiction"})

# JSON values a plugin may put in data; lists (not tuples) because that is what JSON reads back.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | short_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(short_text, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def claim_data(draw: st.DrawFn, kind: str, text: str) -> dict[str, Any]:
    """The ``data`` of a claim of ``kind``, in the documented shape."""
    if kind == "casualty":
        return {"outcome": draw(st.sampled_from(OUTCOMES)), "count": draw(counts()),
                "group": draw(maybe_text), "side": draw(maybe_text)}
    if kind == "territorial":
        return {"action": draw(st.sampled_from(ACTIONS)), "count": draw(st.none() | counts()),
                "object": draw(maybe_text), "place": draw(maybe_text), "actor": draw(maybe_text),
                "from": draw(maybe_text)}
    if kind == "denial":
        return {"denier": draw(maybe_text), "denied": draw(snippets(text)), "target": draw(maybe_text)}
    if kind == "contradiction":
        pair = tuple(draw(st.lists(short_text, min_size=2, max_size=2)))
        return {"claims": pair, "reason": draw(short_text)}
    return draw(st.dictionaries(st.sampled_from(["note", "value", "items"]), json_values, max_size=3))


@st.composite
def claims(draw: st.DrawFn, text: str) -> Claim:
    """A claim with an empty id (``Document.add_claims`` gives it one)."""
    kind = draw(st.sampled_from(["casualty", "territorial", "denial", "contradiction"]) | plugin_kinds)
    return Claim(
        kind=kind,
        span=draw(spans(text)),
        data=draw(claim_data(kind, text)),
        mentions=tuple(draw(st.lists(spans(text), max_size=3))),
        attribution=draw(st.none() | attributions(text)),
        status=draw(st.sampled_from(STATUSES)),
        time=draw(st.none() | time_expressions(text)),
        location=draw(st.none() | snippets(text)),
        extractor=draw(short_text),
    )


sources = st.builds(Source, maybe_text, maybe_text, st.none() | dates)
stage_errors = st.builds(StageError, short_text, short_text)


@st.composite
def documents(draw: st.DrawFn, text: st.SearchStrategy[str] | None = None) -> Document:
    """A valid Document: claims get ids ``<kind>-<n>``, every span lies inside the text."""
    body = draw(text if text is not None else st.text(max_size=200))
    doc = Document(
        text=body,
        id=draw(maybe_text),
        source=draw(st.none() | sources),
        attributions=draw(st.lists(attributions(body), max_size=3)),
        errors=draw(st.lists(stage_errors, max_size=2)),
    )
    return doc.add_claims(draw(st.lists(claims(body), max_size=4)))
