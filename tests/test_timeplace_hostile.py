"""Hostile input for the source and when_where stages, with claims spread over the text.

The default pipeline on this branch makes no claims, so these shapes get hand-made claims
every few hundred characters: the time and place rule then runs thousands of times on one
text. The alarm is a generous bound, not a benchmark: a quadratic rule takes minutes here.
"""

from __future__ import annotations

import pytest

from claimkit import Claim, Span
from claimkit._api import make_document
from claimkit.extractors._source import source_stage
from claimkit.extractors._when_where import when_where

BOUND_SECONDS = 60  # read by the alarm fixture (conftest.py)

SHAPES = {
    "500 KB without a space": "x" * 500_000,
    "a 200,000-digit number": "killed " + "9" * 200_000 + " soldiers",
    "a 400 KB sentence of places and times": ("killed near the border on Sunday and in Kabul overnight and "
                                             * 7_000)[:400_000],
    "100,000 weekdays": "Sunday " * 100_000,
    "a paragraph of 50,000 sentences": "Troops were killed. " * 50_000,
    "200,000 prepositions": "near " * 200_000,
    "capitalised lists": "In Aaaa Bbbb, Cccc and Dddd provinces " * 25_000,
    "100,000 footer openings": "The post " * 100_000 + "appeared first on X",
    "100,000 dateline cities": "KABUL, " * 100_000,
    "only newlines": "\n" * 200_000,
}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.usefixtures("alarm")
def test_pathological_shape_with_claims_everywhere(shape: str) -> None:
    text = SHAPES[shape]
    step = max(1, len(text) // 2000)
    doc = make_document(text, published="2025-10-12").add_claims(
        Claim("casualty", Span(i, min(len(text), i + 5))) for i in range(0, len(text), step))
    doc = when_where(source_stage(doc))
    for claim in doc.claims:
        for part in (claim.time, claim.location):
            if part is not None:
                assert text[part.span.start:part.span.end] == part.text
