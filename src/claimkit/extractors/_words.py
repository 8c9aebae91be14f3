"""Word lists written as one string per list, the way the lexicons keep them readable."""

from __future__ import annotations


def words(spaced: str) -> frozenset[str]:
    """The whitespace-separated words of ``spaced``, as a frozenset."""
    return frozenset(spaced.split())
