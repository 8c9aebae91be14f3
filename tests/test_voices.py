"""One voice under several names: the merge of a fact told by a headline, a lead and a spokesman."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.extractors._voices import same_voice


def test_a_demonym_and_its_country_are_one_voice() -> None:
    assert same_voice(frozenset({"belmiran"}), frozenset({"belmira"}))
    assert same_voice(frozenset({"pakistani"}), frozenset({"pakistan"}))


def test_common_nouns_and_different_countries_are_not() -> None:
    assert not same_voice(frozenset({"afghan"}), frozenset({"pakistani"}))
    assert not same_voice(frozenset(), frozenset({"pakistan"}))
    assert not same_voice(frozenset({"kabul"}), frozenset({"kabulistan"}))  # more than a suffix


def test_a_fact_told_by_the_headline_the_lead_and_the_spokesman_is_one_claim() -> None:
    text = ("Belmira Says 14 Korvanian Soldiers Killed\n"
            "Belmira's army said 14 Korvanian soldiers were killed at dawn.\n"
            "Col. Marek Ilvan, a spokesman for the Belmiran army, said the clash was short. "
            "He said Belmiran units returned fire, killing 14 Korvanian soldiers.")
    claims = [c for c in claimkit.extract(text).claims_of("casualty") if c.data["count"].best == 14]
    assert len(claims) == 1
    assert len(claims[0].mentions) == 3
    assert claims[0].attribution is not None
    assert claims[0].attribution.source is not None
    assert claims[0].attribution.source.name == "Marek Ilvan"  # the fullest speaker is kept


def test_a_headlines_capitalised_role_is_no_name() -> None:
    text = ("Prosecutors Find 11 Bodies After Battle\n"
            "Investigators recovered the bodies of 11 suspected gunmen from a ravine, the Michoacan "
            "state prosecutor's office said Friday.")
    (claim,) = [c for c in claimkit.extract(text).claims_of("casualty") if c.data["count"].best == 11]
    assert len(claim.mentions) == 2


def test_the_same_figure_from_two_sides_stays_two_claims() -> None:
    text = ("The Afghan army said 10 soldiers were killed in the clash.\n"
            "The Pakistani army said 10 soldiers were killed in the clash.")
    assert len([c for c in claimkit.extract(text).claims_of("casualty")
                if c.data["count"].best == 10]) == 2


def test_a_body_and_an_office_of_it_named_by_its_initials_are_one_voice() -> None:
    text = ("The Sable Liberation Front (SLF) said on Monday its forces had arrested 12 attackers.\n"
            "Below is our translation of the statement published by the media office of the SLF General "
            "Command:\n“Our heroic forces arrested twelve (12) attackers.”")
    arrests = [c for c in claimkit.extract(text).claims_of("casualty") if c.data["outcome"] == "arrested"]
    assert [(c.data["count"].best, len(c.mentions)) for c in arrests] == [(12, 2)]


def test_an_unnamed_body_named_in_full_before_is_not_another_sides_voice() -> None:
    text = ("Mali’s army general staff said on Wednesday that its forces had killed 27 terrorists.\n"
            "The communiqué, issued in French by the general staff, is reproduced below in our "
            "translation:\n"
            "“On the friendly side, the toll stands at two (02) dead.”\n"
            "JNIM said in a statement that two of its fighters had died.")
    twos = [c for c in claimkit.extract(text).claims_of("casualty") if c.data["count"].best == 2]
    # the general staff is Mali's: its two dead are not the two JNIM tells of, and they are its own
    assert sorted(c.data["side"] for c in twos) == ["JNIM", "Mali"]



@pytest.mark.parametrize("text", [
    # a capital speaks for its state, however the state's ministry is named
    "Live: Ankara says 19 militants killed in Iraq\nTurkey’s defence ministry said its forces killed 19 "
    "PKK militants.",
    "Live: Ankara says 19 militants killed in Iraq\nThe Turkish Defence Ministry said its forces killed 19 "
    "PKK militants.",
    # crew and crew members are the same people
    "Three crew killed as missile hits cargo ship\nThree crew members have been killed after a missile "
    "struck the ship, its manager said.",
    # a title's short name for an unnamed source is the body's
    "Shelling kills 19 civilians west of Ovra, medics say\nShelling killed at least 19 civilians in a "
    "village west of Ovra, a medical group said.",
    # armed people of any force may be a party's fighters
    "Army says more than 280 Sable Front fighters killed near Bara\nBrigadier General Omar Hadi said "
    "the army had dealt a crushing blow to the militia, killing more than 280 of its elements.",
    # villagers and civilians may be the same people
    "Rights group accuses army of killing at least 130 villagers\nSoldiers killed at least 130 "
    "civilians in Tirza, the Sahel Rights Observatory said.",
])
def test_one_fact_told_in_other_words_is_one_claim(text: str) -> None:
    assert [len(c.mentions) for c in claimkit.extract(text).claims_of("casualty")] == [2]


@pytest.mark.parametrize("text", [
    # a demonym stands for its state only by prefix: the army's soldier and the ministry's farmer
    "The Lebanese army said one of its soldiers was killed in a drone strike.\n"
    "Lebanon’s health ministry said a strike on a house killed one person.",
    # two unnamed sources in the body
    "Shelling killed 19 civilians in a village west of Ovra, a medical group said.\n"
    "Local officials said the shelling had killed 19 civilians.",
    # institutions every state has name no voice
    "Azerbaijan’s Defence Ministry said two of its servicemen were lightly wounded.\n"
    "An earlier Armenian Defence Ministry post said two servicemen had been wounded.",
])
def test_two_voices_telling_one_figure_stay_two_claims(text: str) -> None:
    assert len(claimkit.extract(text).claims_of("casualty")) == 2
