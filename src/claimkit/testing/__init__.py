"""Hypothesis strategies and helpers for testing claimkit plugins and pipelines.

Needs hypothesis (``pip install 'claimkit[test]'``); importing :mod:`claimkit` alone never
imports it. The same names are in :mod:`claimkit.testing.strategies`.

- Valid values: :func:`spans`, :func:`snippets`, :func:`counts`, :func:`claims`,
  :func:`documents` (for round trips, invariants, "never raises" tests).
- Planted texts: :func:`casualty_sentences`, :func:`territorial_sentences`,
  :func:`denial_sentences` draw ``(text, expected)``, where ``expected`` is a tuple of
  :class:`Planted` claims the text must yield; :func:`unmatched` lists those a document misses.
- :func:`number_phrases`: figures as reports write them ("at least 30"), with their Count.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401  (fail early with a message that names the extra)
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    from claimkit._errors import MissingExtraError

    raise MissingExtraError("claimkit.testing", "test", "hypothesis") from exc

from ._documents import (
    PLUGIN_KINDS,
    attributions,
    claims,
    counts,
    documents,
    snippets,
    sources,
    spans,
    speakers,
    times,
)
from ._planted import (
    PLACES,
    Planted,
    casualty_sentences,
    denial_sentences,
    number_phrases,
    same_name,
    territorial_sentences,
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
