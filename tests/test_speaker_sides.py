"""Whose side a speaker speaks for when it names none itself: a capital, a body seated in a
capital, the side its organisation was last named with; and which words name no speaker."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.extractors._sides import capital_state


def sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.data["group"], c.data["side"]) for c in claimkit.extract(text).claims_of("casualty")]


@pytest.mark.parametrize(("words", "state"), [
    ("Bishkek", "Kyrgyzstan"),
    ("Dushanbe", "Tajikistan"),
    ("the defence ministry in Bishkek", "Kyrgyzstan"),
    ("The foreign ministry in Moscow", "Russia"),
    ("officials in Lomé", "Togo"),
    ("a doctor in Kyiv", None),  # a person who lives there speaks for no state
    ("Tripoli", None),  # a capital that is also another place's name
])
def test_a_capital_or_a_body_seated_there_names_its_state(words: str, state: str | None) -> None:
    assert capital_state(words) == state


def test_a_capitals_own_forces_are_its_states() -> None:
    text = "Bishkek says two of its servicemen are missing."
    assert sides(text) == [("servicemen", "Kyrgyzstan")]


def test_a_body_told_again_speaks_for_the_side_it_was_named_with() -> None:
    text = ("The defence ministry in Bishkek said on Thursday that the number of Kyrgyz soldiers killed "
            "had risen to six. Tajikistan's defence ministry said two of its border guards were killed.\n\n"
            "Fourteen soldiers are being treated for wounds, the ministry added.")
    # the last defence ministry named before "the ministry added" is Tajikistan's
    assert sides(text) == [("Kyrgyz soldiers", "Kyrgyzstan"), ("border guards", "Tajikistan"),
                           ("soldiers", "Tajikistan")]


def test_two_states_bodies_of_one_name_are_told_apart_by_the_nearest() -> None:
    text = ("Kyrgyzstan's State Committee for National Security said three of its border guards were "
            "killed. A conscript has been missing since Thursday, it said.\n\n"
            "Tajikistan's State Committee for National Security said five servicemen were wounded. "
            "Two conscripts are missing, it said.")
    assert [side for _, side in sides(text)] == ["Kyrgyzstan", "Kyrgyzstan", "Tajikistan", "Tajikistan"]


@pytest.mark.parametrize("subject", [
    "The renewed fighting", "The attack", "The clashes", "The fighting, which began on Monday,"])
def test_an_event_that_raises_a_toll_is_no_speaker(subject: str) -> None:
    text = f"{subject} raised the number of border guards killed since Tuesday to seven."
    doc = claimkit.extract(text)
    assert not [a for a in doc.attributions if a.source is not None and a.source.text == subject]
    # a body that raises it still speaks
    doc = claimkit.extract("The ministry raised the number of border guards killed to seven.")
    assert [a.source.text for a in doc.attributions if a.source is not None] == ["The ministry"]


@pytest.mark.parametrize(("text", "side"), [
    ("A shell struck a house, killing an elderly man and wounding two of his grandchildren.", "civilians"),
    ("Two Tajik citizens were detained at the crossing.", "civilians"),
    ("One Iraqi citizen was killed in the blast.", "civilians"),
    ("Two tribal elders were killed.", "civilians"),
    ("The drone strike wounded three firefighters.", "civilians"),
])
def test_relatives_and_citizens_are_civilians(text: str, side: str) -> None:
    assert sides(text)[-1][1] == side


def test_conscripts_and_guardsmen_are_the_speaking_states() -> None:
    text = ("Iran's Revolutionary Guards said two guardsmen had been killed. A conscript was also "
            "wounded, the Guards said.")
    assert [side for _, side in sides(text)] == ["Iran", "Iran"]


def test_a_state_body_naming_no_state_speaks_for_the_state_that_spoke_last() -> None:
    text = ("A drone attack on a base in northern Iraq killed one soldier, Ankara said.\n\n"
            "The defence ministry said the drones hit the Zilkan base. “One of our comrades was "
            "martyred,” it said.\n\n"
            "Iraq's army and Iraq's government condemned the attack near Mosul, Erbil and Dohuk.")
    # the report's own state is Iraq (its army, its places); the ministry spoke after Ankara
    assert [side for group, side in sides(text) if group == "comrades"] == ["Turkey"]


def test_a_groups_own_people_killed_by_an_attacker_are_the_groups() -> None:
    text = ("The Popular Mobilization Forces said a Turkish drone had struck a checkpoint of its 30th "
            "Brigade, killing three of its members.")
    assert sides(text) == [("members", "Popular Mobilization Forces (PMF)")]


@pytest.mark.parametrize(("text", "side"), [
    ("“Nine of our brothers were martyred,” a Kataib Hezbollah commander said.", "Kataib Hezbollah"),
    ("A shell hit the farm, killing two of his brothers, the Kataib Hezbollah commander said.", "civilians"),
])
def test_a_partys_brothers_are_its_fighters(text: str, side: str) -> None:
    assert sides(text)[0][1] == side


def test_the_side_a_fight_cost_is_the_losers() -> None:
    text = ("A Russian push towards Robotyne last autumn cost Moscow more than 500 soldiers killed, "
            "according to Ukraine's General Staff.")
    assert sides(text) == [("soldiers", "Russia")]


def test_a_sides_weapon_names_the_attacker_not_whose_people_were_hit() -> None:
    text = "Seven of its fighters were killed when a Turkish drone hit their vehicle, the group said."
    assert sides(text) == [("fighters", None)]


_RSF_REPORT = ("The paramilitary Rapid Support Forces (RSF) attacked Um Sayala on Saturday. Army spokesman "
               "Brig Gen Omar Hamdan said troops had retaken the town. ")


def test_a_pronoun_for_a_state_bodys_spokesman_tells_the_enemys_losses() -> None:
    # "He" is the army's spokesman: the fighters he says were killed are the armed group's
    text = _RSF_REPORT + "He said 40 fighters were killed."
    assert sides(text) == [("fighters", "Rapid Support Forces (RSF)")]


def test_militiamen_a_state_tells_are_the_armed_groups() -> None:
    text = _RSF_REPORT + "He said they had killed 40 militiamen and found the bodies of 12 guerrillas."
    assert sides(text) == [("militiamen", "Rapid Support Forces (RSF)"),
                           ("guerrillas", "Rapid Support Forces (RSF)")]


@pytest.mark.parametrize("text", [
    "Al-Shabaab said its fighters had killed 11 militiamen near Buloburde.",
    "The RSF said in a statement that it had killed 11 militiamen near El Fasher.",
])
def test_militiamen_an_armed_group_tells_are_not_its_own(text: str) -> None:
    assert sides(text) == [("militiamen", None)]


@pytest.mark.parametrize(("text", "side"), [
    ("Two Papua New Guinea Defence Force soldiers were killed, the military said.", "Papua New Guinea"),
    ("Four police officers were killed, the Royal PNG Constabulary said.", "Papua New Guinea"),
    ("Two Guinea-Bissau soldiers were killed.", "Guinea-Bissau"),
    ("Two Guinean soldiers were killed.", "Guinea"),
])
def test_a_state_whose_name_holds_another_states_is_its_own(text: str, side: str) -> None:
    assert [s for _, s in sides(text)] == [side]


@pytest.mark.parametrize(("text", "side", "organization"), [
    # a typographic apostrophe in a known group's name, and a possessive inside its name
    ("The New People’s Army said five of its fighters were killed.", "New People's Army (NPA)",
     "New People's Army (NPA)"),
    ("The Lord’s Resistance Army said five of its fighters were killed.", "Lord's Resistance Army (LRA)",
     "Lord's Resistance Army (LRA)"),
    ("The Kurdistan Workers’ Party said three of its fighters had died.", "PKK", "Kurdistan Workers Party"),
    # a state's possessive still owns the body after it
    ("Russia's defence ministry said five of its soldiers were killed.", "Russia", "defence ministry"),
])
def test_a_groups_name_holds_its_apostrophe_in_any_form(text: str, side: str, organization: str) -> None:
    (claim,) = claimkit.extract(text).claims_of("casualty")
    assert claim.data["side"] == side
    assert claim.attribution is not None
    assert claim.attribution.source is not None
    assert claim.attribution.source.organization == organization


def test_an_apostrophe_in_a_vocabulary_term_matches_only_an_apostrophe_or_none() -> None:
    from claimkit.extractors._sides import SideIndex

    index = SideIndex({"Kurdistan Workers' Party": "PKK"})
    for form in ("Kurdistan Workers' Party", "Kurdistan Workers’ Party", "Kurdistan Workers Party"):
        assert [side for _, _, side in index.find(f"The {form} said.")] == ["PKK"]
    assert index.find("The Kurdistan Workers[ Party said.") == []
