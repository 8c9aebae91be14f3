"""Strategies for claimkit's value types: spans, counts, claims and whole documents.

Every value drawn is valid by construction: spans lie inside their text, snippets hold the
text at their span, counts keep ``low <= best <= high``, claim data follow the output
contract for built-in kinds. Use them for round trips, invariants and "never raises" tests.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from claimkit._document import Document
from claimkit._model import (
    ACTIONS,
    KINDS,
    MODES,
    OUTCOMES,
    QUALIFIERS,
    STATUSES,
    Attribution,
    Claim,
    Count,
    Snippet,
    Source,
    Span,
    Speaker,
    StageError,
    TimeExpression,
)

PLUGIN_KINDS = ("displacement", "materiel", "arrest_report")
"""Kinds a plugin might add, drawn alongside the built-in ones by :func:`claims`."""

# Plugin kinds first: their smallest data ({}) is smaller than any built-in kind's, so a
# shrinking claim ends there whatever the order; listing them first makes where it ends
# (the first plugin kind) the same in every hypothesis version.
_CLAIM_KINDS = (*PLUGIN_KINDS, *(k for k in KINDS if k != "contradiction"))
_short_text = st.text(max_size=24)
_maybe_text = st.none() | _short_text


@st.composite
def spans(draw: st.DrawFn, text: str, *, nonempty: bool = False) -> Span:
    """A :class:`~claimkit.Span` inside ``text``: ``0 <= start <= end <= len(text)``.

    With ``nonempty=True`` the span covers at least one character (``text`` must not be
    empty). Shrinks toward ``Span(0, 0)`` (``Span(0, 1)`` when non-empty).
    """
    n = len(text)
    if nonempty and n == 0:
        raise ValueError("spans(text, nonempty=True) needs a non-empty text")
    start = draw(st.integers(0, n - 1 if nonempty else n))
    end = draw(st.integers(start + 1 if nonempty else start, n))
    return Span(start, end)


@st.composite
def snippets(draw: st.DrawFn, text: str) -> Snippet:
    """A :class:`~claimkit.Snippet` of ``text`` (its text is ``text[span]``).

    Shrinks toward the empty snippet at 0."""
    span = draw(spans(text))
    return Snippet(text[span.start:span.end], span)


@st.composite
def counts(draw: st.DrawFn) -> Count:
    """A valid :class:`~claimkit.Count`: ``best`` with optional bounds around it, any qualifier.

    Shrinks toward ``Count(0)``: exact, no bounds, no words.
    """
    best = draw(st.none() | st.integers(0, 10**6))
    if best is None:
        low = high = None
    else:
        low = draw(st.none() | st.integers(0, best))
        high = draw(st.none() | st.integers(best, best + 10**6))
    qualifier = draw(st.sampled_from(QUALIFIERS))
    return Count(best, low, high, qualifier, draw(_short_text))


@st.composite
def speakers(draw: st.DrawFn, text: str) -> Speaker:
    """A :class:`~claimkit.Speaker` whose span lies in ``text``.

    Shrinks toward no name, role or organization."""
    snip = draw(snippets(text))
    return Speaker(snip.text, snip.span, draw(_maybe_text), draw(_maybe_text), draw(_maybe_text))


@st.composite
def attributions(draw: st.DrawFn, text: str) -> Attribution:
    """An :class:`~claimkit.Attribution` in ``text``; shrinks toward no source and mode ``direct``."""
    source = draw(st.none() | speakers(text))
    return Attribution(source, draw(snippets(text)), draw(snippets(text)), draw(st.sampled_from(MODES)))


@st.composite
def times(draw: st.DrawFn, text: str) -> TimeExpression:
    """A :class:`~claimkit.TimeExpression` in ``text`` with an optional date; shrinks toward no date."""
    snip = draw(snippets(text))
    return TimeExpression(snip.text, snip.span, draw(st.none() | st.dates()))


def _data(draw: st.DrawFn, kind: str, text: str, ids: list[str]) -> dict[str, Any]:
    if kind == "casualty":
        return {"outcome": draw(st.sampled_from(OUTCOMES)), "count": draw(counts()),
                "group": draw(_maybe_text), "side": draw(_maybe_text)}
    if kind == "territorial":
        return {"action": draw(st.sampled_from(ACTIONS)), "count": draw(st.none() | counts()),
                "object": draw(_maybe_text), "place": draw(_maybe_text), "actor": draw(_maybe_text),
                "from": draw(_maybe_text)}
    if kind == "denial":
        return {"denier": draw(_maybe_text), "denied": draw(snippets(text)),
                "target": draw(st.none() | st.sampled_from(ids)) if ids else None}
    if kind == "contradiction":
        return {"claims": draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True)),
                "reason": draw(_short_text)}
    # A plugin's kind: plain JSON values, and perhaps a count.
    scalar = st.none() | st.booleans() | st.integers(-10**6, 10**6) | _short_text
    data: dict[str, Any] = draw(st.dictionaries(st.sampled_from(("unit", "label", "place", "value")),
                                                scalar, max_size=3))
    if draw(st.booleans()):
        data["count"] = draw(counts())
    return data


@st.composite
def claims(draw: st.DrawFn, text: str, *, kinds: tuple[str, ...] = _CLAIM_KINDS,
           ids: tuple[str, ...] = ()) -> Claim:
    """A :class:`~claimkit.Claim` whose every span lies in ``text``, without an id.

    :param kinds: the kinds to draw from; a contradiction needs two ``ids`` to point at.
    :param ids: claim ids a denial's ``target`` or a contradiction's ``claims`` may name.

    Shrinks toward the first of ``kinds`` with its smallest data (by default the plugin kind
    "displacement" with empty data; pass ``kinds=("casualty",)`` for built-in kinds only),
    asserted, with no attribution, time or location.
    """
    usable = [k for k in kinds if k != "contradiction" or len(ids) >= 2]
    if not usable:
        raise ValueError("claims(): a contradiction needs at least two ids to point at")
    kind = draw(st.sampled_from(usable))
    span = draw(spans(text))
    mentions = draw(st.lists(spans(text), max_size=2))
    return Claim(
        kind=kind, span=span, data=_data(draw, kind, text, list(ids)),
        mentions=(span, *mentions) if mentions else (),
        attribution=draw(st.none() | attributions(text)),
        status=draw(st.sampled_from(STATUSES)),
        time=draw(st.none() | times(text)),
        location=draw(st.none() | snippets(text)),
        extractor=draw(st.sampled_from(("", "casualty", "plugin"))),
    )


_news_words = st.sampled_from((
    "soldiers", "were", "killed", "said", "the", "army", "in", "Varnak", "on", "Monday", "12",
    "rebels", "captured", "denied", "“", "”", "\"", ",", ".", "\n", "at least", "thirty",
))
_texts = st.one_of(
    st.text(max_size=120),
    st.lists(_news_words, max_size=40).map(" ".join),
)


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """A :class:`~claimkit.Source`; shrinks toward one with every field None."""
    return Source(draw(_maybe_text), draw(st.none() | st.just("https://example.org/a/1")),
                  draw(st.none() | st.dates()), draw(_maybe_text))


@st.composite
def documents(draw: st.DrawFn, texts: st.SearchStrategy[str] | None = None,
              *, max_claims: int = 6) -> Document:
    """A valid :class:`~claimkit.Document` with attributions, claims of every kind and errors.

    :param texts: where the text comes from; by default arbitrary unicode or news-like words.
    :param max_claims: how many claims at most (a contradiction is added on top when two exist).

    Ids are given by :meth:`Document.add_claims`, so they are unique; contradictions and denial
    targets point at existing ids. Shrinks toward an empty text with no id, source,
    attributions, claims or errors.
    """
    text = draw(texts if texts is not None else _texts)
    doc = Document(
        text=text, id=draw(st.none() | st.text(max_size=12)), source=draw(st.none() | sources()),
        attributions=draw(st.lists(attributions(text), max_size=3)),
        errors=draw(st.lists(st.builds(StageError, _short_text, _short_text), max_size=2)),
    )
    for _ in range(draw(st.integers(0, max_claims))):
        ids = tuple(c.id for c in doc.claims)
        doc = doc.add_claims([draw(claims(text, ids=ids))])
    if len(doc.claims) >= 2 and draw(st.booleans()):
        ids = tuple(c.id for c in doc.claims)
        doc = doc.add_claims([draw(claims(text, kinds=("contradiction",), ids=ids))])
    return doc
