"""More wordings of ground taken and held; every sentence is our own."""

from __future__ import annotations

import pytest

import claimkit


def claims(text: str) -> list[dict[str, object]]:
    return [c.data for c in claimkit.extract(text).claims_of("territorial")]


def test_driving_a_party_out_of_a_place_takes_it_from_them() -> None:
    found = claims("The Sable Front said it had driven the Varnish Guard, which calls itself the army of "
                   "the hills, out of the village of Tirza.")
    assert [(d["action"], d["actor"], d["from"], d["place"]) for d in found] == [
        ("captured", "Sable Front", "Varnish Guard", "Tirza")]


@pytest.mark.parametrize("text", [
    "Opposition groups are pushing the candidates to keep migrants out of the country.",
    "Rebels fighting to push the rival militia out of the area shelled the market.",
])
def test_pushing_someone_to_act_or_fighting_to_push_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_a_hold_consolidated_is_control() -> None:
    found = claims("The war spread after the RSF consolidated its hold on Darfur last year.")
    assert [(d["action"], d["place"]) for d in found] == [("controls", "Darfur")]


def test_a_quote_opening_on_an_adverb_before_the_verb() -> None:
    found = claims("Varnish forces “fully control” the area around the temple, she said.")
    assert [(d["action"], d["object"]) for d in found] == [("controls", "area")]


def test_a_locality_is_ground() -> None:
    found = claims("Troops killed six fighters and recaptured the nearby locality of Mangbo on Tuesday.")
    assert [(d["action"], d["object"], d["place"]) for d in found] == [
        ("recaptured", "nearby locality", "Mangbo")]


def test_an_adverb_after_remains_before_control() -> None:
    found = claims("The army said the camp “remains entirely under the control of our forces”.")
    assert [(d["action"], d["object"]) for d in found] == [("controls", "camp")]
