"""The governing rule's binary searches agree with the plain definition of "nearest"."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from claimkit import Span
from claimkit.extractors._govern import Found


@attrs.frozen
class Phrase:
    start: int
    end: int


def plain_nearest(items: list[Phrase], span: Span) -> Phrase | None:
    """The definition: the first phrase overlapping the span, else the closer one, ties after."""
    def distance(m: Phrase) -> tuple[int, int]:
        if m.end <= span.start:
            return (span.start - m.end, 1)
        if m.start >= span.end:
            return (m.start - span.end, 0)
        return (0, 0)

    return min(items, key=distance) if items else None


@st.composite
def phrases_and_span(draw: st.DrawFn) -> tuple[list[Phrase], Span]:
    """Non-overlapping phrases in order and a span anywhere; shrinks toward no phrases at 0."""
    cuts = sorted(draw(st.lists(st.integers(0, 200), max_size=16, unique=True)))
    pairs = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    start = draw(st.integers(0, 200))
    return [Phrase(a, b) for a, b in pairs], Span(start, start + draw(st.integers(0, 30)))


@given(phrases_and_span())
def test_nearest_matches_the_definition(case: tuple[list[Phrase], Span]) -> None:
    items, span = case
    assert Found.of(items).nearest(span) == plain_nearest(items, span)  # type: ignore[type-var]


@given(phrases_and_span(), st.integers(0, 230))
def test_a_limit_leaves_out_phrases_from_it_on(case: tuple[list[Phrase], Span], limit: int) -> None:
    items, span = case
    kept = [m for m in items if m.start < limit]
    assert Found.of(items).nearest(span, limit=limit) == plain_nearest(kept, span)  # type: ignore[type-var]


@given(phrases_and_span(), st.integers(0, 200), st.integers(0, 100))
def test_within_prefers_phrases_inside(case: tuple[list[Phrase], Span], start: int, size: int) -> None:
    items, span = case
    within = Span(start, start + size)
    inside = [m for m in items if within.start <= m.start and m.end <= within.end]
    assert Found.of(items).nearest(span, within) == plain_nearest(inside or items, span)  # type: ignore[type-var]
