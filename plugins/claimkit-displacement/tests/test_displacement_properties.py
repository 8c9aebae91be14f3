"""Properties: never raises, spans in bounds, planted figures found, other claims left alone.

Built on claimkit's public strategies (:mod:`claimkit.testing`): ``documents()`` for any valid
document, ``number_phrases()`` for figures as reports write them, the planted casualty /
territorial / denial sentences as texts that hold no displacement figure.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Document, Span
from claimkit.testing import (
    PLACES,
    Planted,
    casualty_sentences,
    denial_sentences,
    documents,
    number_phrases,
    territorial_sentences,
    unmatched,
)
from claimkit_displacement import displacement

PIPELINE = claimkit.Pipeline((displacement,))

# (template, is the place named?) - "{n}" the figure, "{u}" the unit, "{p}" the place.
TEMPLATES = (
    ("{N} {u} were displaced.", False),
    ("The fighting forced {n} {u} to flee {p}.", True),
    ("{N} {u} have fled their homes in {p}, officials said.", True),
    ("{N} {u} are sheltering in camps near {p}.", True),
    ("Air strikes displaced {n} {u} in the town of {p} last week.", True),
    ("{N} {u} were driven from their homes.", False),
)
UNITS = (("people", "people"), ("families", "families"), ("households", "households"),
         ("residents", "people"), ("civilians", "people"))


@st.composite
def displacement_sentences(draw: st.DrawFn) -> tuple[str, Planted]:
    """A planted displacement sentence and the claim it must yield.

    Shrinks toward "2 people were displaced.": the first template, unit and place, the
    smallest figure in digits without a qualifier.
    """
    template, named = draw(st.sampled_from(TEMPLATES))
    number, count = draw(number_phrases())
    word, unit = draw(st.sampled_from(UNITS))
    place = draw(st.sampled_from(PLACES))
    capital = number[:1].upper() + number[1:]
    text = template.format(n=number, N=capital, u=word, p=place)
    data = {"count": count, "unit": unit, "place": place if named else None}
    return text, Planted("displacement", data, Span(0, len(text)))


def run(text: str) -> Document:
    return claimkit.extract(text, pipeline=PIPELINE, strict=True)


@given(displacement_sentences())
def test_planted_displacement_figures_are_found(drawn: tuple[str, Planted]) -> None:
    text, planted = drawn
    doc = run(text)
    assert not unmatched([planted], doc), (planted.describe(), doc.claims)
    assert len(doc.claims) == 1


@given(st.one_of(casualty_sentences(), territorial_sentences(), denial_sentences()))
def test_other_kinds_of_report_yield_no_displacement(drawn: tuple[str, tuple[Planted, ...]]) -> None:
    text, _ = drawn
    assert run(text).claims == ()


@given(st.text(max_size=300))
def test_never_raises_and_spans_stay_in_bounds(text: str) -> None:
    doc = run(text)
    for claim in doc.claims:
        for span in claim.spans():
            assert 0 <= span.start <= span.end <= len(text)
        assert claim.data["unit"] in ("people", "families", "households")
        assert claim.data["count"].best > 0


@given(documents())
def test_keeps_what_earlier_stages_found(doc: Document) -> None:
    out = displacement(doc)
    assert out.claims[:len(doc.claims)] == doc.claims
    assert out.attributions == doc.attributions


@given(st.lists(st.sampled_from(["fled", "displaced", "5,000", "people", "families", "forced",
                                 "to", "flee", "Varnak", "in", "camps", ",", ".", "\n", "the"]),
                max_size=60).map(" ".join))
def test_never_raises_on_trigger_soup(text: str) -> None:
    for claim in run(text).claims:
        assert claim.span.end <= len(text)


@pytest.mark.parametrize("text", [
    "x" * 500_000,
    "1" * 200_000 + " people fled",
    "More than 5,000 families were displaced and forced to flee, " * 20_000,
    "fled " * 200_000,
], ids=["no-space", "long-number", "one-long-sentence", "trigger-only"])
def test_hostile_inputs_finish_quickly(text: str) -> None:
    start = time.perf_counter()
    run(text)
    assert time.perf_counter() - start < 20


# The trigger's cheap pre-filter (claimkit.text.Trigger) must find exactly what the pattern
# alone finds: text made of its words in any case, and any text.
_TRIGGER_PIECES = st.sampled_from([
    "displaced ", "uprooted ", "fled ", "fleeing ", "forced ", "drove ", "driven ", "sent ", "caused ",
    "prompted ", "compelled ", "evacuated ", "homeless ", "shelters ", "refuge ", "camps ", "tents ",
    "20,000 ", "people ", "to ", "flee", "-", ". ", "\n", "“", "x", "ſ", "İ",
])


@given(st.one_of(
    st.lists(st.tuples(_TRIGGER_PIECES, st.booleans()), max_size=30).map(
        lambda parts: "".join(p.upper() if up else p for p, up in parts)),
    st.text(max_size=200)))
def test_trigger_prefilter_finds_what_the_pattern_finds(text: str) -> None:
    from claimkit_displacement._extract import _TRIGGER, TRIGGER

    assert [m.span() for m in _TRIGGER.finditer(text)] == [m.span() for m in TRIGGER.finditer(text)]
