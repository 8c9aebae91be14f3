"""Speakers: the words naming a source, resolved to a name, a role and an organization."""

from __future__ import annotations

from collections.abc import Sequence

from claimkit._model import Span, Speaker


def resolve_speakers(text: str, sources: Sequence[tuple[int, int] | None]) -> list[Speaker | None]:
    """One speaker per source span (None stays None)."""
    return [Speaker(text[s[0]:s[1]], Span(*s)) if s else None for s in sources]
