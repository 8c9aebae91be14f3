"""The strategies of :mod:`claimkit.testing` under the name ``claimkit.testing.strategies``.

``from claimkit.testing import strategies as cks`` reads like ``hypothesis.strategies``.
"""

from __future__ import annotations

from . import (
    PLACES,
    PLUGIN_KINDS,
    Planted,
    attributions,
    casualty_sentences,
    claims,
    counts,
    denial_sentences,
    documents,
    number_phrases,
    same_name,
    snippets,
    sources,
    spans,
    speakers,
    territorial_sentences,
    times,
    unmatched,
)

__all__ = [
    "PLACES",
    "PLUGIN_KINDS",
    "Planted",
    "attributions",
    "casualty_sentences",
    "claims",
    "counts",
    "denial_sentences",
    "documents",
    "number_phrases",
    "same_name",
    "snippets",
    "sources",
    "spans",
    "speakers",
    "territorial_sentences",
    "times",
    "unmatched",
]
