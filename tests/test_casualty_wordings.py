"""Wordings of casualty figures: each gives the outcome and count a reader takes from it."""

from __future__ import annotations

import pytest

import claimkit


def figures(text: str) -> list[tuple[str, int | None]]:
    return [(c.data["outcome"], c.data["count"].best) for c in claimkit.extract(text).claims_of("casualty")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two of our heroes rose as martyrs, and three others sustained light injuries.",
     [("killed", 2), ("wounded", 3)]),
    ("Eleven members of the security forces sacrificed their lives.", [("killed", 11)]),
    ("Eleven servicemen of a Varnish brigade laid down their arms and surrendered.", [("captured", 11)]),
    ("Two volunteers remain unaccounted for.", [("missing", 2)]),
    ("One resident of a collapsed house was still listed as missing.", [("missing", 1)]),
    ("Two children, aged eight and 13, were among those hurt.", [("wounded", 2)]),
    ("Three soldiers gave their lives in the assault.", [("killed", 3)]),
])
def test_wordings_of_death_capture_and_disappearance(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_the_words_of_a_predicate_are_no_part_of_the_group_before_it() -> None:
    # "sacrificed" ends the group: the group is "members of the security forces"
    claim = claimkit.extract("Eleven members of the security forces sacrificed their lives.").claims_of(
        "casualty")[0]
    assert claim.data["group"] == "members of the security forces"


def test_heroes_lost_are_no_civilians() -> None:
    text = "Two of our heroes rose as martyrs, and three others sustained light injuries."
    sides = [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")]
    assert sides == [None, None]
