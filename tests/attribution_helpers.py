"""Helpers shared by the attribution stage's test modules."""

from __future__ import annotations

import claimkit
from claimkit._model import Attribution, Span


def only(text: str) -> Attribution:
    """The one attribution found in ``text``."""
    atts = claimkit.extract(text).attributions
    assert len(atts) == 1, atts
    return atts[0]


def parts(att: Attribution) -> list[str]:
    """The texts of a content's parts, "" for each part that is not the content's first."""
    return [att.content.text] if not att.parts else [
        att.content.text if p == att.content.span else "" for p in att.parts]


def span_of(text: str, needle: str) -> Span:
    """The span of the first ``needle`` in ``text``."""
    i = text.index(needle)
    return Span(i, i + len(needle))


def speakers(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each source's (text, name, role, organization), in the order found."""
    return [(a.source.text, a.source.name, a.source.role, a.source.organization)
            for a in claimkit.extract(text).attributions if a.source is not None]


def speakers_of(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each source's text -> its (name, role, organization)."""
    out = {}
    for a in claimkit.extract(text).attributions:
        if a.source is not None:
            out[a.source.text] = (a.source.name, a.source.role, a.source.organization)
    return out
