"""One definition of who makes a claim, with each use's fallback spelled out."""

from __future__ import annotations

import pytest

from claimkit._claimants import claimant_name
from claimkit._model import Attribution, Snippet, Span, Speaker


def said_by(speaker: Speaker | None) -> Attribution:
    return Attribution(speaker, Snippet("said", Span(0, 4)), Snippet("x", Span(5, 6)), "indirect")


NAMED = Speaker("Col. Aram Delko, a spokesman for the army", Span(0, 40), "Aram Delko", "spokesman", "army")
BODY = Speaker("the Varnian army", Span(0, 16), None, None, "Varnian army")
ROLE_ONLY = Speaker("a military spokesman", Span(0, 20), None, "military spokesman", None)
WORDS_ONLY = Speaker("security sources", Span(0, 16))


@pytest.mark.parametrize(("speaker", "fallback", "expected"), [
    (NAMED, "none", "Aram Delko"),          # the name first
    (BODY, "none", "Varnian army"),         # else the organisation
    (ROLE_ONLY, "none", None),
    (ROLE_ONLY, "role", "military spokesman"),
    (ROLE_ONLY, "words", "a military spokesman"),
    (WORDS_ONLY, "role", None),
    (WORDS_ONLY, "words", "security sources"),
    (None, "words", None),                  # the outlet's own voice has no claimant
])
def test_the_claimant_is_the_name_else_the_body_else_the_fallback(
        speaker: Speaker | None, fallback: str, expected: str | None) -> None:
    assert claimant_name(said_by(speaker), fallback) == expected  # type: ignore[arg-type]


def test_no_attribution_has_no_claimant() -> None:
    assert claimant_name(None, "words") is None
