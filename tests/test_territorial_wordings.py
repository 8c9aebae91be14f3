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
    # communities are ground only where the sentence is about fighting
    "He said he would take many communities that have never voted for his party.",
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


@pytest.mark.parametrize("text", [
    "Drones struck the outskirts of Tirza, which remains under the control of the army.",
    "Rebel fighters shelled Tirza, which remains under army control.",
])
def test_ground_a_relative_clause_says_is_held(text: str) -> None:
    found = claims(text)
    assert [(d["action"], d["place"], d["actor"]) for d in found] == [("controls", "Tirza", "army")]


def test_a_person_held_in_a_relative_clause_is_no_ground() -> None:
    text = "The deal freed Corporal Anton Veyl, who had been held by the Sable Front for a year."
    assert claims(text) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Gunmen on motorbikes attacked the police post in Tirza on Monday and fought troops for several "
     "hours before withdrawing, the army said.", "Gunmen"),
    ("On Sunday, suspected jihadists raided the market in Tirza before they pulled out towards the forest.",
     "suspected jihadists"),
    ("The Sable Front said its fighters had seized the checkpoint and held it for two hours before "
     "withdrawing to the hills.", "Sable Front"),
    # where the raiders were, told before they left
    ("The terrorists stayed in the town for several hours and burned the detachment before "
     "withdrawing, a security source said.", "terrorists"),
    # "they" of "as they withdrew": the armed men named nearest before
    ("Sable Front fighters abducted four farmers, including a teacher, as they retreated towards "
     "the hills, residents said.", "Sable Front"),
    ("Troops seized 12 motorcycles abandoned by the attackers as they withdrew toward the border.",
     "attackers"),
])
def test_raiders_leaving_after_a_raid_withdrew(text: str, actor: str) -> None:
    withdrawals = [d for d in claims(text) if d["action"] == "withdrew"]
    assert [(d["actor"], d["place"]) for d in withdrawals] == [(actor, None)]


@pytest.mark.parametrize("text", [
    "The government condemned the raid before withdrawing its ambassador from the capital.",
    "The minister spoke to the press for an hour before withdrawing to his office.",
])
def test_leaving_after_something_other_than_a_raid_is_no_withdrawal(text: str) -> None:
    assert [d for d in claims(text) if d["action"] == "withdrew"] == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Sable Front fighters held the hill for less than a day. They withdrew towards Tirza.", "Sable Front"),
    ("The rebels attacked the town at dawn. They withdrew towards the hills in the evening.", "rebels"),
])
def test_they_opening_a_sentence_after_armed_men_are_those_men(text: str, actor: str) -> None:
    assert [d["actor"] for d in claims(text) if d["action"] == "withdrew"] == [actor]


@pytest.mark.parametrize("text", [
    "Delegates met in Geneva. They withdrew after an hour.",
    "The rebels attacked the town at dawn.\nThey withdrew towards the hills.",  # (another paragraph)
])
def test_they_after_no_armed_men_of_the_paragraph_is_no_withdrawal(text: str) -> None:
    assert [d for d in claims(text) if d["action"] == "withdrew"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("The army retook Tirza, which the rebels had occupied for several hours on Tuesday.",
     ("captured", "rebels", "Tirza")),
    ("In 2020 the insurgents took the port town of Vila da Sera, which government troops retook "
     "a year later.",
     ("recaptured", "government troops", "Vila da Sera")),
])
def test_ground_a_relative_clause_says_was_taken(text: str, want: tuple[str, str, str]) -> None:
    assert want in [(d["action"], d["actor"], d["place"]) for d in claims(text)]


def test_taking_something_to_be_is_no_taking() -> None:
    assert claims("The town of Tirza, which the army took to be a rebel base, was bombed.") == []


def test_it_in_a_relative_clause_is_not_the_speaker() -> None:
    found = claims("Residents say the army has reinforced its garrison in Tirza, which it still controls.")
    assert [(d["action"], d["place"], d["actor"]) for d in found] == [("controls", "Tirza", None)]


def test_it_in_the_outlets_voice_is_the_armed_group_named_last() -> None:
    found = claims("The Arakan Army now controls most of Rakhine. In December 2024 it captured the "
                   "headquarters of the western command.")
    assert [(d["action"], d["actor"]) for d in found] == [
        ("controls", "Arakan Army"), ("captured", "Arakan Army")]


def test_a_year_after_a_month_is_part_of_the_time_phrase_before_the_subject() -> None:
    found = claims("In August 2020 the insurgents captured the port town of Vila da Sera.")
    assert [(d["actor"], d["object"], d["place"]) for d in found] == [
        ("insurgents", "port town", "Vila da Sera")]


@pytest.mark.parametrize(("text", "origin"), [
    ("Rwandan troops recaptured the town of Tirza from the insurgents the following year.", "insurgents"),
    ("Police took over the hilltop bunker from which the gunmen had been firing.", None),
])
def test_from_whom_ends_before_a_time_and_is_never_a_relative_pronoun(text: str, origin: str | None) -> None:
    assert [d["from"] for d in claims(text)] == [origin]


@pytest.mark.parametrize(("text", "want"), [
    ("“Our units are in the village and holding,” the spokesman said.", ("controls", "village", None)),
    ("Our men are inside Tirza and in the farmland around it, he said.", ("controls", None, "Tirza")),
    ("The administrator said government forces are inside the town.", ("controls", "town", None)),
])
def test_forces_told_to_be_in_a_place_hold_it(text: str, want: tuple[str, str | None, str | None]) -> None:
    assert [(d["action"], d["object"], d["place"]) for d in claims(text)] == [want]


@pytest.mark.parametrize("text", [
    "They are in talks with the government.",
    "He said government forces are in talks with the rebels.",
    "The children were in the car when the shells fell.",
])
def test_being_somewhere_without_forces_holds_nothing(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Troops had entered the village and taken control of it by noon, the army said.",
     ("captured", "village", None)),
    ("The rebels attacked Kunduz on Monday and seized it after a day of fighting.",
     ("captured", None, "Kunduz")),
])
def test_it_after_a_verb_of_taking_is_the_ground_named_before(
        text: str, want: tuple[str, str | None, str | None]) -> None:
    assert [(d["action"], d["object"], d["place"]) for d in claims(text)] == [want]


def test_a_verb_coordinated_with_a_raid_takes_the_raiders_as_its_actor() -> None:
    found = claims("The rebels attacked Kunduz on Monday and seized it after a day of fighting.")
    assert [d["actor"] for d in found] == ["rebels"]


def test_troops_kept_at_positions_hold_them() -> None:
    found = claims("Vell has kept troops at five hilltop positions inside Kirra, the army said.")
    assert [(d["action"], d["object"]) for d in found] == [("controls", "hilltop positions")]
    assert claims("The company kept its staff at home.") == []


def test_forces_withdrawn_from_a_place_are_a_withdrawal_from_it() -> None:
    found = claims("The army said it had withdrawn soldiers from two observation posts near Tirza.")
    assert [(d["action"], d["object"]) for d in found] == [("withdrew", "observation posts")]
    assert claims("A UN helicopter sent to evacuate soldiers from the town came under fire.") == []


@pytest.mark.parametrize(("text", "want"), [
    ("We have full control of Tepuche, the general said.", ("controls", "Tepuche")),
    ("Our troops have recovered territorial control of the area, the army said.", ("recaptured", None)),
    ("Its fighters still held the high ground above Tirza, the front said.", ("controls", None)),
])
def test_more_wordings_of_holding_and_retaking(text: str, want: tuple[str, str | None]) -> None:
    assert [(d["action"], d["place"]) for d in claims(text)] == [want]


def test_expelling_a_party_from_a_place_takes_it_from_them() -> None:
    found = claims("The ELN said it had expelled the dissidents from La Silla and Tirza.")
    assert [(d["action"], d["actor"], d["from"], d["place"]) for d in found] == [
        ("captured", "ELN", "dissidents", "La Silla"), ("captured", "ELN", "dissidents", "Tirza")]
    assert claims("They have full control of the budget.") == []


@pytest.mark.parametrize("text", [
    "A military source denied that the rebels had lost any positions on the front.",
    "The Kurdish-led force denied losing any villages near the dam.",
    "The army said its units had lost no ground in the fighting.",
])
def test_any_or_no_ground_is_no_ground_taken(text: str) -> None:
    assert claims(text) == []


def test_a_denied_loss_of_named_ground_stays_a_claim() -> None:
    doc = claimkit.extract("The army denied losing the village of Tirza to the rebels.")
    assert [c.data["place"] for c in doc.claims_of("territorial")] == ["Tirza"]


def test_it_after_an_aside_on_the_ground_is_the_ground_not_a_place_in_the_aside() -> None:
    text = ("The rebels said they had taken Dorel, a town of around 25,000 people in Kella district, "
            "and held it for seven hours.")
    assert {d["place"] for d in claims(text)} == {"Dorel"}


@pytest.mark.parametrize("text", [
    "Rebels seize Mali's Dorel after two days of fighting.",
    "Rebels seized Congo’s Dorel on Monday.",
])
def test_a_states_name_before_a_place_only_locates_it(text: str) -> None:
    assert [(d["action"], d["place"]) for d in claims(text)] == [("captured", "Dorel")]


@pytest.mark.parametrize(("text", "action", "obj"), [
    ("The army said troops had taken control of the tunnel shaft.", "captured", "tunnel shaft"),
    ("The Tarn Rifles said its troops had taken control of the hillock.", "captured", "hillock"),
    ("Soldiers sealed off the village after the clashes.", "besieged", "village"),
])
def test_a_tunnel_a_hillock_and_a_village_sealed_off(text: str, action: str, obj: str) -> None:
    assert [(d["action"], d["object"]) for d in claims(text)] == [(action, obj)]


def test_a_street_sealed_off_for_a_parade_is_no_ground() -> None:
    assert claims("The mayor sealed off the street for the parade.") == []


@pytest.mark.parametrize(("text", "actions", "head"), [
    ("Army and police units took control of the landing zone and the surrounding coca fields on "
     "Sunday, the army said.", ["captured"], "landing zone"),
    ("Security forces stormed the hotel and retook the building after a 12-hour siege.", ["recaptured"],
     "building"),
    ("The border service said Tajik soldiers briefly took control of the water intake before "
     "pulling back.", ["captured", "withdrew"], "water intake"),
])
def test_a_landing_zone_a_building_or_a_water_intake_is_ground(text: str, actions: list[str],
                                                               head: str) -> None:
    found = claims(text)
    assert [d["action"] for d in found] == actions
    assert str(found[0]["object"]).endswith(head)


def test_a_building_is_ground_only_where_there_is_fighting() -> None:
    assert claims("The company took over a building on Main Street for its new offices.") == []


def test_a_speaker_named_with_its_state_acts_for_itself() -> None:
    found = claims("Sudan's RSF says it seized town north of El Obeid")
    assert [(d["action"], d["actor"]) for d in found] == [("captured", "Rapid Support Forces (RSF)")]


def test_a_titles_kind_of_ground_and_the_bodys_named_place_are_one_fact() -> None:
    text = ("Sudan's RSF says it seized town north of El Obeid\n\n"
            "The RSF said on Sunday that its fighters had taken full control of Um Hajar after a day "
            "of heavy fighting with the army.")
    found = claims(text)
    assert [(d["action"], d["object"], d["place"]) for d in found] == [("captured", "town", "Um Hajar")]


def test_a_title_and_another_partys_capture_stay_apart() -> None:
    text = ("Pro-IS gunmen seize militia outpost\n\n"
            "In 2017, militants linked to the Islamic State seized Marawi.")
    found = claims(text)
    assert [(d["object"], d["place"]) for d in found] == [("militia outpost", None), (None, "Marawi")]


@pytest.mark.parametrize(("text", "action", "obj"), [
    ("After a gunfight, special forces besieged the garage where the last attacker was hiding.",
     "besieged", "garage"),
    ("During the clashes, FSB forces surrounded a private house in the village.", "besieged",
     "private house"),
    ("After fighting on the coast, troops took control of a clandestine jetty used by smugglers.",
     "captured", "clandestine jetty"),
])
def test_a_house_a_garage_or_a_jetty_fought_over_is_ground(text: str, action: str, obj: str) -> None:
    assert [(d["action"], d["object"]) for d in claims(text)] == [(action, obj)]


@pytest.mark.parametrize("text", [
    "Republicans took control of the House after the election.",  # the chamber, no fighting
    "During the clashes, gunmen hid in an abandoned base outside the town.",  # its state, no withdrawal
])
def test_a_chamber_or_an_abandoned_place_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(("text", "actor"), [
    # a qualifier after a possessive owner: the owner is the speaker, not "our full"
    ("The town is under our full control, the rebel spokesman said.", "rebel spokesman"),
    ("The town is under full government control.", "government"),
])
def test_control_qualified_after_its_owner(text: str, actor: str) -> None:
    assert [(d["action"], d["actor"]) for d in claims(text)] == [("controls", actor)]


@pytest.mark.parametrize(("text", "actor"), [
    ("The army said units had recaptured the town after the RSF withdrew towards Bara.",
     "Rapid Support Forces (RSF)"),
    ("Residents said RSF pick-up trucks were seen retreating towards Bara after heavy fighting.",
     "Rapid Support Forces (RSF)"),
])
def test_a_side_withdrawing_with_no_place_left_named_withdrew(text: str, actor: str) -> None:
    found = [d for d in claims(text) if d["action"] == "withdrew"]
    assert [(d["actor"], d["place"]) for d in found] == [(actor, None)]


@pytest.mark.parametrize("text", [
    "The United States withdrew from the accord in 2019.",  # what it left is named, and no ground
    "Russia withdrew in 2019.",  # no fighting told
])
def test_a_state_withdrawing_from_an_accord_or_outside_a_fight_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_a_police_station_is_ground_and_junta_control_is_control() -> None:
    found = claims("The police said they had recaptured the Arcahaie police station.")
    assert [(d["action"], d["object"], d["place"]) for d in found] == [
        ("recaptured", "police station", "Arcahaie")]
    assert claims("Fans gathered outside the police station.") == []
    found = claims("Kyaukphyu remains under junta control.")
    assert [(d["action"], d["place"], d["actor"]) for d in found] == [("controls", "Kyaukphyu", "junta")]


@pytest.mark.parametrize(("text", "actor"), [
    # the armed men of a raid pulling back towards somewhere, with no place left named
    ("MINUSCA said the attackers had withdrawn towards the border with Cameroon.", "attackers"),
    ("The general said the attackers had pulled back toward the Venezuelan border.", "attackers"),
    ("The enemy withdrew toward Sittwe with heavy losses, the spokesman said.", "enemy"),
    # after a raid told with "set fire": the raiders, the sentence's first subject
    ("The attackers set fire to two vehicles and seized weapons from the armoury before withdrawing "
     "towards the hills, the source added.", "attackers"),
    # a phrase opening with a preposition is no subject: the raiders after it
    ("The source said the toll was higher, with at least 26 soldiers killed, and that the militants had "
     "seized two armoured vehicles before withdrawing towards Mali.", "militants"),
])
def test_raiders_withdrawing_towards_a_place(text: str, actor: str) -> None:
    (withdrawal,) = [c for c in claims(text) if c["action"] == "withdrew"]
    assert withdrawal["actor"] == actor


@pytest.mark.parametrize("text", [
    "Russian troops launched an offensive to capture the town of Pokrovsk.",
    "Troops moved in to retake the village of Hryshyne.",
    "Ukraine lacks the infantry to hold a front line that stretches for 1,000 km.",
    "The mission urged all sides to withdraw heavy weapons from the town of Gharyan.",
])
def test_a_purpose_in_the_bare_infinitive_is_no_deed(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(("text", "action"), [
    ("The rebels managed to capture the town of Pinga.", "captured"),
    ("Officers were forced to withdraw from the town of Mirebalais.", "withdrew"),
    ("The jihadists stormed the base, forcing troops to withdraw towards Biu.", "withdrew"),
    ("The army continued to hold the town of Marte.", "controls"),
])
def test_an_infinitive_after_a_verb_of_achieving_or_compelling_is_a_deed(text: str, action: str) -> None:
    assert [c["action"] for c in claims(text)] == [action]


def test_a_verb_with_an_object_of_its_own_opens_no_relative_clause_on_the_ground() -> None:
    # "told Anadolu that ...": a report, and "weapons" is the verb's object, no ground
    assert claims("A spokesman told Anadolu that the fighters had also seized weapons and ammunition.") == []
    # ... while a relative clause on the ground takes only a time or a phrase after its verb
    assert [(c["action"], c["place"]) for c in claims("Troops shelled Mangbo, which the rebels took two days "
                                                       "ago.")] == [("captured", "Mangbo")]


@pytest.mark.parametrize("text", ["Drones struck Russian-occupied Crimea overnight.",
                                  "Drones struck the Russian-occupied city of Melitopol."])
def test_ground_occupied_by_a_party_named_in_a_compound_is_held(text: str) -> None:
    assert [(c["action"], c["actor"]) for c in claims(text)] == [("controls", "Russia")]


@pytest.mark.parametrize("text", [
    "The group said it will continue its attacks until the troops are withdrawn from the region.",
    "The rebels vowed to fight until government forces withdraw from the town of Bhamo.",
    "Elders pledged to support the army in holding the villages around the town of Bhamo.",
    "The offensive is aimed at capturing the town of Bhamo.",
])
def test_a_condition_or_an_aim_is_no_deed(text: str) -> None:
    assert claims(text) == []


def test_what_was_done_until_then_and_success_in_doing_it_are_deeds() -> None:
    assert [(c["action"], c["actor"]) for c in claims(
        "The rebels held the town of Bhamo until the army retook it in March.")] == [
        ("controls", "rebels"), ("recaptured", "army")]
    succeeded = claims("The rebels succeeded in capturing the town of Bhamo.")
    assert [(c["action"], c["actor"]) for c in succeeded] == [("captured", "rebels")]


@pytest.mark.parametrize(("text", "want"), [
    ("The army said the militants were flushed out of Marveth town on Sunday.",
     [("lost", "militants", None, "Marveth")]),
    ("The rebels were pushed out of Tirza by the army on Monday.", [("lost", "rebels", "army", "Tirza")]),
    ("The insurgents had been expelled from Ostra, the governor said.",
     [("lost", "insurgents", None, "Ostra")]),
])
def test_a_party_driven_out_of_a_place_has_lost_it(text: str, want: list[tuple[str, str, str | None, str]]
                                                   ) -> None:
    assert [(d["action"], d["from"], d["actor"], d["place"]) for d in claims(text)] == want


@pytest.mark.parametrize("text", [
    "The protesters were driven out of the square by police.",
    "Thousands of families were forced out of their homes.",
])
def test_people_driven_from_a_square_or_their_homes_take_no_ground(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Uvira is calm and under the full control of the army, the governor said.", [("controls", "Uvira")]),
    ("The city is calm and life is normal, the governor said.", []),
])
def test_ground_calm_and_under_control_is_held(text: str, want: list[tuple[str, str]]) -> None:
    assert [(d["action"], d["place"]) for d in claims(text)] == want


@pytest.mark.parametrize("text", [
    "Did the Sable Front take the base? Nobody could say.",
    "WHO CONTROLS THE AREA?",
    "Reporter: Did the troops abandon the base?",
])
def test_a_question_claims_no_ground(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Army reinforcements reoccupied the camp at Tessit on Monday, residents said.", "Army reinforcements"),
    ("Sable Front fighters re-occupied two hilltop posts after the truce.", "Sable Front"),
])
def test_ground_reoccupied_is_taken_back(text: str, actor: str) -> None:
    assert [(d["action"], d["actor"]) for d in claims(text)] == [("recaptured", actor)]


def test_a_time_between_a_claim_and_its_infinitive_is_no_actor() -> None:
    found = claims("Sable Front fighters claimed on Monday to have overrun a Varnish army base.")
    assert [(d["action"], d["actor"]) for d in found] == [("captured", "Sable Front")]


@pytest.mark.parametrize(("text", "action"), [
    ("The brigade said it had withdrawn from the passenger terminal.", "withdrew"),
    ("The town has been under a blockade by JNIM since 2025.", "besieged"),
    ("The town has been under a JNIM blockade since 2025.", "besieged"),
])
def test_a_terminal_is_ground_and_a_blockade_a_siege(text: str, action: str) -> None:
    assert [d["action"] for d in claims(text)] == [action]


def test_a_thousands_comma_in_an_aside_does_not_end_the_subject() -> None:
    found = claims("Tirza, home to some 60,000 people including many displaced families, has been "
                   "besieged by Sable Front fighters since early 2025.")
    assert [(d["action"], d["place"], d["actor"]) for d in found] == [("besieged", "Tirza", "Sable Front")]


@pytest.mark.parametrize(("text", "place", "actor"), [
    ("The army base near Tirza was captured by Sable Front fighters on Monday.", "Tirza", "Sable Front"),
    ("The police station in Puerto Alcocer was taken by the dissidents.", "Puerto Alcocer", "dissidents"),
])
def test_ground_taken_in_the_passive_may_say_where_it_stands(text: str, place: str, actor: str) -> None:
    assert [(d["action"], d["place"], d["actor"]) for d in claims(text)] == [("captured", place, actor)]


def test_them_after_a_verb_stands_for_the_grounds_told_before() -> None:
    found = claims("We withdrew from two forward positions on Friday night, but we retook both of them "
                   "by dawn.")
    assert [(d["action"], d["count"].best if d["count"] else None) for d in found] == [
        ("withdrew", 2), ("recaptured", 2)]


def test_them_after_one_ground_stands_for_people() -> None:
    found = claims("Sable Front fighters stormed the village and captured them, soldiers said.")
    assert [d["action"] for d in found] == []


def test_grounds_counted_in_words_are_antecedents_of_a_relative_clause() -> None:
    found = claims("The army said it had retaken two hilltops that the Sable Front seized last month.")
    assert sorted((d["action"], d["count"].best if d["count"] else None) for d in found) == [
        ("captured", 2), ("recaptured", 2)]


@pytest.mark.parametrize("text", [
    "A resident said soldiers were still dug in on the Tirza ridge.",
    "Residents say army soldiers remain on the Tirza ridge above the town.",
])
def test_forces_dug_in_or_remaining_on_ground_hold_it(text: str) -> None:
    assert [(d["action"], d["place"]) for d in claims(text)] == [("controls", "Tirza")]


@pytest.mark.parametrize("text", [
    "The soldiers remain on alert.",
    "Negotiators remain at the table.",
])
def test_remaining_on_what_is_no_ground_holds_nothing(text: str) -> None:
    assert claims(text) == []


def test_forces_that_fell_back_withdrew() -> None:
    found = claims("Residents said the soldiers fell back towards the airstrip after the attack on the camp.")
    assert [d["action"] for d in found] == ["withdrew"]


def test_fell_to_is_still_a_capture() -> None:
    assert [d["action"] for d in claims("The town fell to the Sable Front on Sunday.")] == ["captured"]


def test_forcing_forces_off_ground_takes_it() -> None:
    found = claims("The Sable Front said its fighters forced government troops off the Tirza ridge.")
    assert [(d["action"], d["place"]) for d in found] == [("captured", "Tirza")]


def test_driving_people_off_what_is_no_ground_takes_nothing() -> None:
    assert claims("His questions have driven less patient reporters off the Hill beat.") == []


def test_a_section_of_ground_is_ground() -> None:
    found = claims("Witnesses said the fighters overran the eastern section of the camp and held it "
                   "for hours.")
    assert [(d["action"], d["object"]) for d in found] == [
        ("captured", "camp"), ("controls", "camp")]


@pytest.mark.parametrize("text", [
    "Government troops are on the Tirza ridge above the town, a resident said.",
    '"Our forces are on the Tirza ridge and will stay there," the general said.',
])
def test_forces_on_ground_hold_it(text: str) -> None:
    assert [(d["action"], d["place"]) for d in claims(text)] == [("controls", "Tirza")]


@pytest.mark.parametrize("text", [
    "Our troops were on the road to Goma.",
    "Government troops are on the move.",
    "Our men are on alert.",
])
def test_forces_on_the_move_or_on_alert_hold_nothing(text: str) -> None:
    assert claims(text) == []


def test_people_in_a_titles_capitals_are_no_place_taken() -> None:
    assert claims("Excerpt from \"'They Took the Men Away': Abuses Around the Tirza Military Camp, Central "
                  "Mali\", a report by the Sahel Rights Observatory (SRO)") == []


@pytest.mark.parametrize(("text", "action"), [
    ("Russian forces now occupy the region.", "controls"),
    ("Troops occupying the region have dug trenches.", "controls"),
    ("Russian troops occupied the region in March.", "captured"),
])
def test_occupying_ground_now_holds_it_and_occupying_it_once_took_it(text: str, action: str) -> None:
    assert [c["action"] for c in claims(text)] == [action]


@pytest.mark.parametrize(("text", "action", "actor"), [
    ('The statement said the town was "under the full control of the security forces".', "controls",
     "security forces"),
    ('The paramilitary said it had "withdrawn in an organised manner" from the brigade headquarters.',
     "withdrew", "paramilitary"),
    ('He said the village had been "abandoned by the attackers within hours".', "withdrew", "attackers"),
])
def test_a_sides_words_in_quotes_and_a_passive_abandonment(text: str, action: str, actor: str) -> None:
    assert [(c["action"], c["actor"]) for c in claims(text)] == [(action, actor)]


def test_ground_abandoned_by_its_residents_changed_no_hands() -> None:
    assert claims("The village had been abandoned by its residents.") == []


def test_the_holder_after_control_of_ends_before_a_verb() -> None:
    text = "He said reports that the town had come under the control of the rebels did not happen."
    assert [c["actor"] for c in claims(text)] == ["rebels"]


@pytest.mark.parametrize(("text", "expected"), [
    ('The spokesman said troops had "temporarily relocated" from the base.', [("withdrew", "troops")]),
    ("The family relocated from the city in 2019.", []),
])
def test_forces_relocated_from_a_base_withdrew(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c["action"], c["actor"]) for c in claims(text)] == expected


@pytest.mark.parametrize(("text", "action", "actor"), [
    ("As of 19 January, M23 appeared to control Kaziba centre.", "controls", "M23"),
    ("Troops re-entered the base by mid-morning.", "recaptured", "Troops"),
    ("The post remains fully functional and in the control of own troops.", "controls", "own troops"),
])
def test_a_state_seen_ground_reentered_and_a_post_still_working(text: str, action: str, actor: str) -> None:
    assert [(c["action"], c["actor"]) for c in claims(text)] == [(action, actor)]


@pytest.mark.parametrize(("text", "action", "actor"), [
    # a group's name with a digit as the forces' owner
    ("Residents said M23 fighters were still in the town centre.", "controls", "M23"),
    # a commander's men tell a sentence of fighting
    ("He acknowledged that his men had pulled back from two positions near the village.", "withdrew", None),
])
def test_forces_named_with_a_digit_and_a_commanders_men(text: str, action: str, actor: str | None) -> None:
    assert [(c["action"], c["actor"]) for c in claims(text)] == [(action, actor)]


def test_men_leaving_a_village_changed_no_hands() -> None:
    assert claims("The men left the village at dawn.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents said Fano fighters left Mota on Tuesday evening.", [("withdrew", "Fano", "Mota")]),
    ("He said Viv Ansanm fighters had left Lascahobas of their own accord.",
     [("withdrew", "Viv Ansanm", "Lascahobas")]),
    ("The rebels fled towards the border after the attack on the army post.", [("withdrew", "rebels", None)]),
    # people leave and flee too; an attack leaves its dead
    ("Thousands of residents fled the town after the attack by the rebels.", []),
    ("He left the village in 2019 to join the army.", []),
    ("The rebels left behind 12 bodies near the army post.", []),
    ("A roadside blast targeting a vehicle of the security forces left eight people injured.", []),
])
def test_armed_men_who_left_or_fled_withdrew(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c["action"], c["actor"], c["place"]) for c in claims(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen stormed a post on the highway, but security forces cleared the post on Monday.",
     [("recaptured", "security forces")]),
    ("The army said it had cleared Mahaday district of the Khawaarij.", [("recaptured", "army")]),
    # clearing by anyone else changes no hands
    ("Workers cleared the road of debris after the bombing.", []),
    ("The court said it had cleared the road of debris.", []),
])
def test_forces_that_cleared_ground_took_it_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c["action"], c["actor"]) for c in claims(text)] == expected


def test_a_verb_in_guillemets() -> None:
    found = claims("JNIM claimed to have «liberated» the town of Boni.")
    assert [(c["action"], c["actor"], c["place"]) for c in found] == [("recaptured", "JNIM", "Boni")]


@pytest.mark.parametrize(("text", "expected"), [
    # driven back from ground: the subject took it from them
    ("The army said its troops had pushed the Houthis back from al-Kasara.",
     [("captured", "army", "al-Kasara")]),
    # an army's word for a withdrawal
    ("The spokesman said our units moved to more advantageous positions north of the village.",
     [("withdrew", "spokesman", None)]),
    # "ours" in a paragraph that tells of fighting next
    ("Bila Hora is ours. There is fighting in the eastern part of the village.",
     [("controls", None, "Bila Hora")]),
    # ... not where it does not, nor prices pushed back
    ("Bila Hora is ours. The weather was fine.", []),
    ("The storm pushed prices back from their peak.", []),
])
def test_pushed_back_from_moved_to_better_positions_and_ours_before_fighting(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(c["action"], c["actor"], c["place"]) for c in claims(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('The colonel said troops had "tactically repositioned" to a nearby position.', [("withdrew", "troops")]),
    ("The commanders made a tactical withdrawal to prepared positions.", [("withdrew", "commanders")]),
    ('A channel claims the battalion "made a tactical withdrawal" to the town.', [("withdrew", "battalion")]),
    # a firm repositions its goods, and forces that regroup may strike back
    ("The company repositioned its products in the market.", []),
    ("The soldiers regrouped after the ambush.", []),
])
def test_an_armys_words_for_a_retreat(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c["action"], c["actor"]) for c in claims(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("After two hours of fighting, the fighters conquered the post completely.", [("captured", "fighters")]),
    ('The spokesman said troops had made a "tactical relocation" from the base.', [("withdrew", "troops")]),
    ("The minister said our forces cleared the khawarij from Mahaas.", [("captured", "minister")]),
    # a firm's relocation is no withdrawal
    ("The company relocation from the city was delayed.", []),
])
def test_conquered_a_tactical_relocation_and_raiders_cleared_from_ground(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c["action"], c["actor"]) for c in claims(text)] == expected
