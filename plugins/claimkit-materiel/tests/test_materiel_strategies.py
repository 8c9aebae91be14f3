"""Properties built on claimkit's public strategies (:mod:`claimkit.testing`), as a plugin
author would write them: figures from ``number_phrases()`` planted in equipment sentences
must read back (checked with ``Planted`` / ``unmatched``), casualty, territorial and denial
reports from the planted-sentence strategies hold no equipment claim, and any valid document from
``documents()`` keeps what earlier stages found.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Count, Document, Span
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
from claimkit_materiel import materiel

ONLY_MATERIEL = claimkit.Pipeline((materiel,))

# (template, action). "{n}" the figure, "{N}" it capitalised, "{o}" the equipment, "{p}" a place.
TEMPLATES = (
    ("Government troops destroyed {n} {o} near {p}.", "destroyed"),
    ("Air defence units shot down {n} {o} over {p} on Monday, the ministry said.", "shot_down"),
    ("{N} {o} were destroyed in the fighting around {p}.", "destroyed"),
    ("Rebel fighters captured {n} {o} when they overran a base near {p}.", "captured"),
)
EQUIPMENT = (("tanks", "tanks"), ("drones", "drones"), ("helicopters", "helicopters"),
             ("armoured vehicles", "armoured vehicles"), ("howitzers", "artillery"))


@st.composite
def materiel_sentences(draw: st.DrawFn) -> tuple[str, Planted]:
    """An equipment sentence and the materiel claim it must yield.

    Shrinks toward "Government troops destroyed 2 tanks near Varnak.": the first template,
    equipment and place, the smallest figure in digits without a qualifier.
    """
    template, action = draw(st.sampled_from(TEMPLATES))
    number, count = draw(number_phrases())
    written, canonical = draw(st.sampled_from(EQUIPMENT))
    text = template.format(n=number, N=number[:1].upper() + number[1:], o=written,
                           p=draw(st.sampled_from(PLACES)))
    data = {"action": action, "count": count, "object": canonical}
    return text, Planted("materiel", data, Span(0, len(text)))


@given(materiel_sentences())
def test_planted_equipment_figures_read_back(drawn: tuple[str, Planted]) -> None:
    text, planted = drawn
    doc = claimkit.extract(text, pipeline=ONLY_MATERIEL, strict=True)
    assert not unmatched([planted], doc), (planted.describe(), doc.claims)
    assert len(doc.claims) == 1


@given(st.one_of(casualty_sentences(), territorial_sentences(), denial_sentences()))
def test_other_kinds_of_report_hold_no_equipment(drawn: tuple[str, tuple[Planted, ...]]) -> None:
    text, _ = drawn
    assert claimkit.extract(text, pipeline=ONLY_MATERIEL, strict=True).claims == ()


@given(documents())
def test_keeps_what_earlier_stages_found(doc: Document) -> None:
    out = materiel(doc)
    assert out.claims[:len(doc.claims)] == doc.claims
    assert out.attributions == doc.attributions
    for claim in out.claims[len(doc.claims):]:
        assert claim.kind == "materiel"
        assert isinstance(claim.data["count"], Count)
