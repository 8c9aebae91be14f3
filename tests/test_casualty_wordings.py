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
    ("Eight servicemen of the Armed Forces of Varnia laid down their arms and surrendered.",
     [("captured", 8)]),
    ("Two volunteers remain unaccounted for.", [("missing", 2)]),
    ("One resident of a collapsed house was still listed as missing.", [("missing", 1)]),
    ("Two children, aged eight and 13, were among those hurt.", [("wounded", 2)]),
    ("Three soldiers gave their lives in the assault.", [("killed", 3)]),
    ("One of our heroes ascended as a martyr.", [("killed", 1)]),
    ("Residents said 37 people were buried on Monday.", [("killed", 37)]),
    ("Four fishermen were taken away by the attackers.", [("kidnapped", 4)]),
    ("Four children were taken by the attackers, residents said.", [("kidnapped", 4)]),
    ("Two soldiers had been taken alive, the army said.", [("captured", 2)]),
    ("238 members of the security forces lost their lives.", [("killed", 238)]),
    ("The gunmen shot dead a driver and wounded a passer-by.", [("killed", 1), ("wounded", 1)]),
    ("The raiders killed 12 people and took 30 hostages.", [("killed", 12), ("kidnapped", 30)]),
    ("The rebels took 12 prisoners.", [("captured", 12)]),
    ("Rescuers said at least six people were believed to be trapped.", [("missing", 6)]),
    # a toll's "number of" phrase with "was", and "above" as a qualifier
    ("Officials said the number of soldiers killed was at least 11.", [("killed", 11)]),
    ("Some estimates put the toll above 150,000.", [("killed", 150000)]),
    # a quotation opening at the predicate; an aside set off by spaced hyphens
    ('The ministry said that five soldiers "were martyred."', [("killed", 5)]),
    ("The ministry said 60 \"khawarij\" - its term for the insurgents - were killed.", [("killed", 60)]),
    # a learner's passive, and an aside whose closing comma is left out
    ("Nine villagers were shoot dead in the raid.", [("killed", 9)]),
    ("Six persons, including security personnel were killed in the attack.", [("killed", 6)]),
    # a side's deaths as the toll's noun
    ("A medical source put army deaths at eight.", [("killed", 8)]),
    ("Civilian deaths rose to 40 on Monday, the mayor said.", [("killed", 40)]),
    # a communiqué's words for its own dead
    ("The Government honours the four (4) police officers who fell in the line of duty.", [("killed", 4)]),
    ("Toll: 4 soldiers fallen on the field of honour.", [("killed", 4)]),
    # forces taken captive are captured, anyone else kidnapped
    ("The fighters took two soldiers captive.", [("captured", 2)]),
    ("The gunmen took two teachers captive.", [("kidnapped", 2)]),
    # a force by its initials joined to the group
    ("Seventeen of our valiant soldiers and VDP fell with arms in hand.", [("killed", 17)]),
])
def test_wordings_of_death_capture_and_disappearance(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_the_words_of_a_predicate_are_no_part_of_the_group_before_it() -> None:
    # "sacrificed" ends the group: the group is "members of the security forces"
    claim = claimkit.extract("Eleven members of the security forces sacrificed their lives.").claims_of(
        "casualty")[0]
    assert claim.data["group"] == "members of the security forces"


@pytest.mark.parametrize(("text", "side"), [
    ("A medical source put Syrian army deaths at eight.", "Syria"),
    ("Russian deaths stood at 12, the ministry said.", "Russia"),
])
def test_a_side_before_its_deaths_owns_them(text: str, side: str) -> None:
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [side]


def test_heroes_lost_are_no_civilians() -> None:
    text = "Two of our heroes rose as martyrs, and three others sustained light injuries."
    sides = [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")]
    assert sides == [None, None]


def test_our_heroes_told_by_an_army_naming_no_state_are_the_reports_state() -> None:
    text = ("Sudan’s armed forces said they had retaken three villages. Below is our translation of the "
            "statement, issued by the army’s official spokesman:\n“Two of our heroes rose as martyrs.”")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Sudan"]
    # a speaker that is no state's body lends no state ("a commander of the militias fighting
    # alongside the army")
    text = ("Sudan’s armed forces said they had retaken three villages. A commander of the Sable "
            "militia, which fights alongside the army, said two of our heroes rose as martyrs.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] != ["Sudan"]
    # a security source speaks for the state's forces too
    text = ("OUAGADOUGOU (Reuters) - Jihadists attacked an army base in Djibo. A security source told "
            "Reuters that seven of our comrades fell with their weapons in hand.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Burkina Faso"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Six civilians have now been killed since dawn, up from four reported this morning.",
     [("killed", 6), ("killed", 4)]),
    ("14 people have died and 52 have been injured, up from eight deaths it reported earlier.",
     [("killed", 14), ("wounded", 52), ("killed", 8)]),
    ("The ministry said 30 people were wounded, down from 31 in its first count.",
     [("wounded", 30), ("wounded", 31)]),
    ("Prices rose to 40, up from 30 last year.", []),  # no toll before it
    # told by whom or when, after the figure or with "the" before it
    ("The ministry said 14 soldiers were killed, up from 11 announced a day earlier.",
     [("killed", 14), ("killed", 11)]),
    ("The toll has risen to 16, up from the nine announced by the ministry in the morning.",
     [("killed", 16), ("killed", 9)]),
    ("Prices rose to 40 dollars, up from 30 announced last year.", []),
    # a figure's new value told with the verb that changed it
    ("The rebels said they killed more than 20 troops, a figure they later raised to 27.",
     [("killed", 20), ("killed", 27)]),
    ("The ministry said four guards died and later revised that to six.", [("killed", 4), ("killed", 6)]),
    ("The bank cut rates to 4 after 12 years.", []),  # no toll before it
    # the figure another gave, compared with "the"
    ("He said 22 soldiers had been killed - more than the 14 a military source gave at the weekend.",
     [("killed", 22), ("killed", 14)]),
    ("Prices rose to 40 dollars, more than the 30 the bank expected.", []),  # no toll before it
    # the earlier value as a count named before it
    ("Aid workers said 34 civilians had been killed, up from an initial count of 15.",
     [("killed", 34), ("killed", 15)]),
    ("Prices rose to 40 dollars, up from an initial estimate of 30.", []),
    # revised down, and its earlier value with no noun of its own
    ("The number of wounded was revised down to 31 from an initial 38, the ministry said.",
     [("wounded", 31), ("wounded", 38)]),
    ("It revised down the number of civilians killed to seven from nine.", [("killed", 7), ("killed", 9)]),
    ("The ministry revised the death toll down to 14 from 16.", [("killed", 14), ("killed", 16)]),
])
def test_a_tolls_earlier_value_is_a_figure_of_its_own(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "group"), [
    ("Six civilians have now been killed since dawn, up from four reported this morning.", "civilians"),
    ("The ministry said 14 soldiers were killed, up from 11 announced a day earlier.", "soldiers"),
    ("He said 22 soldiers had been killed - more than the 14 a military source gave.", "soldiers"),
    ("The rebels said they killed more than 20 troops, a figure they later raised to 27.", "troops"),
])
def test_a_tolls_earlier_value_counts_the_same_people(text: str, group: str) -> None:
    claims = claimkit.extract(text).claims_of("casualty")
    assert [c.data["group"] for c in claims] == [group, group]


@pytest.mark.parametrize(("text", "expected"), [
    ("The figure does not match the nine attackers the army said it had killed.", [("killed", 9)]),
    ("He met the three soldiers the rebels captured last year.", [("captured", 3)]),
    ("The two men the court heard on Monday were freed.", []),  # no outcome verb
    # "whom" (or "that") opens it, so no "the" is needed, and its subject may be a pronoun
    ("The rebels showed 40 soldiers whom they captured in the camp.", [("captured", 40)]),
    ("The army paraded the 12 fighters it said it had captured.", [("captured", 12)]),
    ("He met 12 people that he said he had captured on film.", []),  # a camera's capture
])
def test_a_relative_clause_with_its_own_subject_tells_what_befell_the_group(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Fourteen people are still receiving treatment, some of them with burns.",
    "Fourteen other people, he said, were receiving medical treatment in Gusau.",
])
def test_people_receiving_treatment_are_wounded(text: str) -> None:
    assert figures(text) == [("wounded", 14)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The army announced the loss of two of our valiant soldiers.", [("killed", 2)]),
    ("The army confirmed the loss of 12 soldiers.", [("killed", 12)]),
    ("The loss of 200 jobs hit the town.", []),
    ("The team suffered the loss of three players to injury.", []),
])
def test_the_loss_of_a_sides_own_forces_is_their_death(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_a_vague_amount_never_merges_with_a_figure() -> None:
    text = "At least 12 people were killed in the raid. Dozens of soldiers were killed in the raid."
    found = [(c.data["count"].best, c.data["count"].qualifier)
             for c in claimkit.extract(text).claims_of("casualty")]
    assert found == [(12, "at_least"), (None, "vague")]


def test_compatriots_are_people() -> None:
    claim = claimkit.extract("Nine compatriots among the displaced were killed.").claims_of("casualty")[0]
    assert (claim.data["count"].best, claim.data["side"]) == (9, "civilians")


@pytest.mark.parametrize(("text", "expected"), [
    ("A priest said he had helped to bury nine civilians.", [("killed", 9)]),
    ("In 2021, gunmen abducted 279 schoolgirls from a school.", [("kidnapped", 279)]),
    ("No soldier has been taken hostage, he said.", []),
    ("He confirmed the attack but gave a lower death toll of 17.", [("killed", 17)]),
])
def test_burials_schoolgirls_and_words_that_are_no_figure_of_one(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("One member of our forces sustained a gunshot wound.", [("wounded", 1)]),
    ("It put the number of people detained at 12.", [("arrested", 12)]),
    ("Three of his neighbours had been missing since Sunday.", [("missing", 3)]),
    ("Officials said 14 people were killed; eight of the dead had been identified as farmers.",
     [("killed", 14), ("killed", 8)]),
    # a part of a whole told with its number: the part is the figure, the whole is not one
    ("The company said four of the 21 seafarers on board were still unaccounted for.", [("missing", 4)]),
    ("He said 11 of the 30 soldiers died.", [("killed", 11)]),
    ("Twenty-three of the 53 wounded remained in hospital.", [("wounded", 53)]),
    ("Police took 12 suspects into custody.", [("arrested", 12)]),
    ("On our side, we deplore 6 martyrs and 19 wounded.", [("killed", 6), ("wounded", 19)]),
    ("Nine people have died and 37 have been admitted to hospitals.", [("killed", 9), ("wounded", 37)]),
    # a qualified figure after "this year" is no year's label
    ("This year more than 250 Maoists have been killed in encounters.", [("killed", 250)]),
    ("Since the beginning of the year at least 48 civilians have lost their lives.", [("killed", 48)]),
    ("Residents said two young men from the village had gone missing.", [("missing", 2)]),
    ("The militants said they had lost only two fighters.", [("killed", 2)]),
])
def test_more_wordings_of_figures(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_a_figure_after_of_them_is_people_for_the_verbs_after_it() -> None:
    text = "The forces repelled the assailants, killing 21 of them and capturing four."
    assert figures(text) == [("killed", 21), ("captured", 4)]
    assert figures("The army seized 12 vehicles and destroyed three of them.") == []


@pytest.mark.parametrize("text", [
    "The wounded were taken away by ambulance.",   # taken away, but by no captor
    "Twelve crates of food were taken away by the attackers.",
    "Twelve crates of food were taken by the attackers.",
    "Another man was led away by security, the organisers said.",  # led away, but by no captor
])
def test_taken_away_is_a_kidnapping_only_of_people_by_captors(text: str) -> None:
    assert [c for c in claimkit.extract(text).claims_of("casualty") if c.data["outcome"] == "kidnapped"] == []


def test_a_passer_by_is_a_civilian() -> None:
    claim = claimkit.extract("The gunmen wounded a passer-by.").claims_of("casualty")[0]
    assert claim.data["side"] == "civilians"


@pytest.mark.parametrize("text", ["The rebels took 12 villages.", "It took 12 soldiers to carry him.",
                                  "The party held 40 meetings.", "The army holds 12 positions.",
                                  # people held by no captors, for no time
                                  "The base held 300 soldiers.", "The hall can hold 500 people.",
                                  # a figure of one is never held ("holding the better hand")
                                  "The administration was sure it was holding the better hand."])
def test_taking_is_a_casualty_only_of_hostages_and_prisoners(text: str) -> None:
    assert claimkit.extract(text).claims_of("casualty") == ()


@pytest.mark.parametrize(("text", "outcome", "best"), [
    ("The movement still held eight prisoners.", "captured", 8),
    ("Gunmen were holding 12 hostages in the school.", "kidnapped", 12),
    # people held by captors, or for a time: suspects arrested, forces captured, others kidnapped
    ("He said its fighters were holding three soldiers.", "captured", 3),
    ("Villagers surrounded and held 28 soldiers for more than a day.", "captured", 28),
    ("Rebels were holding two journalists.", "kidnapped", 2),
    ("Police were holding three suspects for questioning for two days.", "arrested", 3),
])
def test_holding_prisoners_and_hostages_is_a_casualty(text: str, outcome: str, best: int) -> None:
    [claim] = claimkit.extract(text).claims_of("casualty")
    assert (claim.data["outcome"], claim.data["count"].best) == (outcome, best)


@pytest.mark.parametrize(("text", "side"), [
    ("Gang leader General Bouki said his men had killed more than 20 police in Mirebalais, Haiti.", "Haiti"),
    ("Two of the dead were paramedics from the civil defence.", "civilians"),
    ("Two members of the public were killed when drones struck a market.", "civilians"),
    # not a force whose name begins with "public"
    ("Seventeen members of the public uprising forces were killed.", None),
])
def test_police_are_the_states_and_paramedics_civilians(text: str, side: str) -> None:
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [side]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed 11 civilians, among them a woman.", [("killed", 11)]),
    ("Twelve people died. A pharmacist and a 14-year-old boy were among the dead, he said.",
     [("killed", 12)]),
    ("Twelve people were hurt. A teenage girl was among the wounded.", [("wounded", 12)]),
    ("Three civilians, among them a woman, were killed by a shell.", [("killed", 3)]),
    # "including" names people of the figure as "among them" does, a possessive one too
    ("Nine police officers, including a commander, were killed in the attack.", [("killed", 9)]),
    ("A farmer said five villagers, including his brother, were killed by stray bullets.",
     [("killed", 5)]),
    # people set off after their figure by a comma, or listed after "including", each one
    ("Two villagers, a baker and his nephew, were wounded by shrapnel.", [("wounded", 2)]),
    ("The mayor said four civilians, including a nurse and her son, were killed.", [("killed", 4)]),
    ("Nine of the dead were civilians, among them a teacher and a bus driver hit by shrapnel.",
     [("killed", 9)]),
    # a count of its own, or a list that counts, stays a figure
    ("Three police officers were among the wounded.", [("wounded", 3)]),
    ("Two soldiers and a civilian were among the dead.", [("killed", 2), ("killed", 1), ("killed", 3)]),
    ("Five people, including three guards and a driver, were killed.",
     [("killed", 5), ("killed", 3), ("killed", 1)]),
    ("Gunmen shot dead a shopkeeper and his son.", [("killed", 1), ("killed", 1), ("killed", 2)]),
])
def test_a_person_described_among_the_dead_is_no_figure_of_its_own(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Roe, 44, said her neighbour, a motorcycle taxi driver, was shot dead.", [("killed", 1)]),
    ("A leader of a separatist battalion Ivan Varga was killed by a bomb.", [("killed", 1)]),
    ("The council said a 40-year-old man, a mechanic, was still unaccounted for.", [("missing", 1)]),
    # people of a list stay figures of their own
    ("The gunmen killed a radio journalist and a police officer.",
     [("killed", 1), ("killed", 1), ("killed", 2)]),
])
def test_one_person_named_twice_is_one_figure(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll rose to nine on Friday after a woman died in hospital, the governor said.",
     [("killed", 9)]),
    ("The number of police officers killed has risen to six, after one of the wounded died overnight.",
     [("killed", 6)]),
    ("The ministry updated the toll to 14 when a teenage boy died of his wounds.", [("killed", 14)]),
    # a death told on its own is a figure
    ("A woman died in hospital on Friday, the governor said.", [("killed", 1)]),
])
def test_a_death_that_raised_a_toll_is_counted_in_it(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a side's notice of its dead
    ("The group issued death notices for three of its fighters on Sunday.", [("killed", 3)]),
    ("The movement held funerals for five of its members.", [("killed", 5)]),
    # the wounded counted, then where they were taken
    ("Eleven soldiers died, with about 30 wounded evacuated to the capital.",
     [("killed", 11), ("wounded", 30)]),
    # pictures of the dead count nobody
    ("The statement came with 14 photographs showing bodies in uniform.", []),
])
def test_notices_of_the_dead_and_their_pictures(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "The death toll rose overnight to 31, officials said.",
    "The death toll rose on Tuesday to 31, officials said.",
])
def test_a_time_between_a_toll_and_its_new_figure(text: str) -> None:
    assert figures(text) == [("killed", 31)]


def test_a_soldier_and_a_child_are_never_one_person() -> None:
    text = ("A 9-year-old boy was killed in the crossfire, his family said. "
            "A soldier was killed when his patrol was ambushed, the army said.")
    assert figures(text) == [("killed", 1), ("killed", 1)]
    assert claimkit.extract(text).tally()["killed"].best == 2


@pytest.mark.parametrize(("text", "expected"), [
    # the wounded counted, and some of them died: the whole's people were wounded
    ("One of the six wounded soldiers died overnight.", [("killed", 1), ("wounded", 6)]),
    ("A doctor said two of the 19 wounded later died.", [("killed", 2), ("wounded", 19)]),
    # ... while wounded people who died, counted, are deaths
    ("Two wounded soldiers later died.", [("killed", 2)]),
])
def test_some_of_the_counted_wounded_who_died(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Forty people were wounded, one of them seriously, police said.",
    "Forty people were wounded, two of them in critical condition.",
    "More than 40 others were wounded, several of them critically.",
    "The army said three soldiers were wounded, one of them moderately.",
])
def test_the_state_of_some_of_the_wounded_is_no_figure_of_its_own(text: str) -> None:
    assert [outcome for outcome, _ in figures(text)] == ["wounded"]


def test_some_of_the_wounded_who_died_are_a_figure() -> None:
    assert figures("Forty were wounded; two of them later died.") == [("wounded", 40), ("killed", 2)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A man aged about 30 was killed in the strike.", [("killed", 1)]),
    ("A soldier, 24, was killed at the checkpoint.", [("killed", 1)]),
    # an age between two people of a list keeps the list
    ("The dead included a soldier, 19, and a nurse, 52.", [("killed", 1), ("killed", 1), ("killed", 2)]),
])
def test_an_age_told_beside_a_person_is_no_figure(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_a_man_told_by_his_age_is_a_civilian() -> None:
    claims = claimkit.extract("A man aged about 30 was wounded by shrapnel.").claims_of("casualty")
    assert [c.data["side"] for c in claims] == ["civilians"]


def test_a_reported_clause_runs_past_ages_set_off_by_commas() -> None:
    doc = claimkit.extract("Police said a man, 45, and his son, 12, were killed.")
    assert [a.content.text for a in doc.attributions] == ["a man, 45, and his son, 12, were killed"]
    assert {c.attribution.source.text for c in doc.claims_of("casualty") if c.attribution} == {"Police"}
    assert len(doc.claims_of("casualty")) == 3


def test_a_speaker_is_no_figure_of_one() -> None:
    text = "Militants attacked the base, killing nine soldiers, a commander at the base said."
    assert figures(text) == [("killed", 9)]


def test_a_mother_and_her_infant_are_two() -> None:
    assert figures("A mother and her infant had been missing since the attack.") == [
        ("missing", 1), ("missing", 1), ("missing", 2)]


def test_a_titles_figure_is_its_ledes_though_the_lede_says_last_week() -> None:
    text = ("Aid group says seven killed in attack on cooperative\n"
            "An attack last week killed seven people, the Varnish Refugee Council said.")
    assert figures(text) == [("killed", 7)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops killed six militants and captured a fifth alive.", [("killed", 6), ("captured", 1)]),
    ("Soldiers killed two attackers and captured another.", [("killed", 2), ("captured", 1)]),
    ("Gunmen killed two guards, injuring a third.", [("killed", 2), ("wounded", 1)]),
])
def test_another_or_an_ordinal_as_the_object_of_a_verb_is_one_more(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Police said six Barrio 18 gang members were killed in Choloma.",
    "Police killed six 400 Mawozo gang members.",
    # a unit named by its number
    "Six soldiers from the 444 Brigade were killed.",
    "Six soldiers of the 93 Mechanised Brigade were killed in the shelling.",
])
def test_a_number_in_a_partys_name_does_not_count(text: str) -> None:
    assert figures(text) == [("killed", 6)]


def test_a_list_item_with_no_noun_but_a_party_after_from_is_that_partys() -> None:
    text = "A source said nine fighters from the Radaa force and seven from the 444 Brigade had been killed."
    claims = claimkit.extract(text).claims_of("casualty")
    assert [(c.data["count"].best, c.data["group"]) for c in claims if not c.data.get("total")] == [
        (9, "fighters"), (7, "the 444 Brigade")]
    assert [c.data["count"].best for c in claims if c.data.get("total")] == [16]
    # a place after "from" is no party: the figure keeps no group
    assert [c.data["group"] for c in claimkit.extract("Seven from the village were killed.").claims_of(
        "casualty")] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants burned to death a family of eight in the village.", [("killed", 8)]),
    ("Ten fishermen were cut down by gunmen on the riverbank.", [("killed", 10)]),
    # people held first, found dead later, with adverbs on either verb
    ("Three police officers who were recently kidnapped were also found dead nearby.",
     [("kidnapped", 3), ("killed", 3)]),
    # trees cut down are no people
    ("The trees along the road were cut down.", []),
    # the toll after its new figure
    ("The death of the sergeant brings to four the number of soldiers killed since Friday.",
     [("killed", 4)]),
    # a second outcome of other people leaves the figure its own ("killed or wounded" gives none)
    ("Twelve people were killed and many wounded in the blast.", [("killed", 12)]),
    ("About fifteen soldiers were killed and many others missing.", [("killed", 15)]),
    ("Twelve people were killed or wounded.", []),
])
def test_killing_told_by_its_manner_before_the_object_or_cut_down(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Three others were still being treated, he said.", [("wounded", 3)]),
    ("Two soldiers died, and 58 others were being treated at the district hospital.",
     [("killed", 2), ("wounded", 58)]),
    ("Officials said five soldiers were still under treatment.", [("wounded", 5)]),
    ("He said eight civilians were brought in dead after shells landed on the market.", [("killed", 8)]),
    # a manner of treating, no care for a wound
    ("The 12 detainees were being treated as suspects.", []),
    ("He was unhappy with the way he was being treated by his party.", []),
    ("She noted the gulf between the way the two men are being treated, as one is attacked.", []),
    ("The 12 prisoners were being treated in accordance with international law.", []),
    ("63 soldiers had surrendered and were being treated in accordance with the law.", [("captured", 63)]),
    ("63 soldiers had surrendered and were being treated as prisoners.", [("captured", 63)]),
])
def test_people_being_treated_are_wounded_and_brought_in_dead_killed(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A 14-year-old boy was hit by a stray bullet, police said.", [("wounded", 1)]),
    ("Two children were hit by shrapnel.", [("wounded", 2)]),
    ("One of its paramedics was hit in the leg by a rubber-coated bullet.", [("wounded", 1)]),
    # a vehicle hit, or one already counted told again, is no new figure
    ("One of its ambulances was hit by gunfire near the camp.", []),
    ("A 71-year-old man was killed. The man was hit by shrapnel as he ran.", [("killed", 1)]),
])
def test_people_hit_by_bullets_or_shrapnel_are_wounded(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The group released a video of what it says are nine captured soldiers.", [("captured", 9)]),
    ("The raiders freed nine abducted villagers near the road.", [("kidnapped", 9)]),
    ("Twenty gunmen captured two soldiers.", [("captured", 2)]),  # an active verb after a group
])
def test_captured_and_abducted_before_their_people(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_its_own_toll_is_the_subjects_whose_statement_holds_it() -> None:
    text = ("Islamic State Sahel Province has claimed responsibility for Sunday’s attack on a post of "
            "Niger's army, saying its fighters killed 34 soldiers and took control of the position, as "
            "the government raised its own death toll to 14.")
    sides = {c.data["count"].best: c.data["side"] for c in claimkit.extract(text).claims_of("casualty")}
    assert sides[14] == sides[34] == "Niger"


def test_its_own_toll_told_by_a_states_body_is_that_states() -> None:
    text = ("South Sudan's army said it had retaken the post. The strike came a day after the White Army "
            "attacked an army post at Dinyatoch, in fighting in which the army says 14 of its soldiers "
            "were killed.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["South Sudan"]


@pytest.mark.parametrize(("text", "expected"), [
    # the wounded who died are the dead
    ("Two soldiers who had been seriously wounded died in hospital on Sunday.", [("killed", 2)]),
    ("Two soldiers wounded in the attack died in hospital.", [("killed", 2)]),
    ("Four wounded soldiers have since died.", [("killed", 4)]),
    # ... but not when another clause tells who died
    ("Two soldiers were wounded in the attack where a colleague died.", [("wounded", 2), ("killed", 1)]),
    # a month before a number word: no date ("March 3" is one)
    ("In March three police officers died when gunmen fired on a helicopter.", [("killed", 3)]),
    ("On March 3 two soldiers died.", [("killed", 2)]),
    # a place with a hyphen after its kind ends the group, not the figure
    ("Two residents of the nearby village of Ak-Tilek were wounded.", [("wounded", 2)]),
])
def test_the_wounded_who_died_a_month_before_a_number_and_a_hyphenated_place(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the figure a toll rose from, told as "to N from M"
    ("Four of the wounded had died, bringing the toll to 12 from the eight announced by the army.",
     [("killed", 4), ("killed", 12), ("killed", 8)]),
    ("The toll rose to 12 from eight.", [("killed", 12), ("killed", 8)]),
    ("Prices rose to 12 from 8 dollars.", []),
    # people led off by their captors
    ("The gunmen also took away three young men from the village.", [("kidnapped", 3)]),
    ("Militants carried off four women.", [("kidnapped", 4)]),
    ("Gunmen led away at least nine men from the village on Sunday.", [("kidnapped", 9)]),
    ("Three labourers had been led away by the attackers.", [("kidnapped", 3)]),
    ("At least seven young men were taken from their homes overnight.", [("kidnapped", 7)]),
    ("The attackers took away 12 rifles.", []),
    # a range in quote marks
    ("The army estimated that “between 20 and 25” servicemen had been killed.", [("killed", 20)]),
    # the wounded told by their treatment
    ("A doctor said six soldiers had been treated at the town's hospital.", [("wounded", 6)]),
    ("Six soldiers were treated in hospital.", [("wounded", 6)]),
])
def test_an_earlier_toll_captives_led_off_a_quoted_range_and_the_treated(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_the_figure_a_toll_rose_from_is_its_givers() -> None:
    text = "Four of the wounded had died, bringing the toll to 12 from the eight announced by the army."
    eight = next(c for c in claimkit.extract(text).claims_of("casualty") if c.data["count"].best == 8)
    assert eight.attribution is not None
    assert eight.attribution.source is not None
    assert eight.attribution.source.text == "the army"


def test_a_title_and_its_lede_tell_one_figure_of_a_body_run_by_a_party() -> None:
    text = ("Strikes on fuel port kill 38, Houthi health ministry says\n\n"
            "DUBAI, Feb 6 (Reuters) - Air strikes on the Ras Isa fuel port killed 38 people late on "
            "Thursday, the Houthi-run health ministry said.")
    killed = [c.data["count"].best for c in claimkit.extract(text).claims_of("casualty")]
    assert killed == [38]


def test_a_titles_state_and_the_ledes_command_tell_one_figure() -> None:
    text = ("Peru says seven soldiers killed in ambush in coca valley\n\n"
            "LIMA, March 11 (Reuters) - Seven Peruvian soldiers were killed and four wounded when "
            "gunmen ambushed an army patrol on Tuesday, the Joint Command of the Armed Forces said.")
    killed = [c for c in claimkit.extract(text).claims_of("casualty") if c.data["outcome"] == "killed"]
    assert [c.data["count"].best for c in killed] == [7]
    assert killed[0].attribution is not None
    assert killed[0].attribution.source is not None
    assert killed[0].attribution.source.organization == "Joint Command of Armed Forces"


@pytest.mark.parametrize(("text", "expected"), [
    # a toll that climbed from an earlier figure, told between verb and "to"
    ("The number of dead had climbed from six announced during the night to nine.", [("killed", 9)]),
    # the wounded a hospital treats (people only)
    ("The hospital was still treating three soldiers.", [("wounded", 3)]),
    ("The army treated the claims with contempt.", []),
    # ages between a group and its verb; accomplices are people
    ("Investigators said two men aged 19 and 23 had been detained.", [("arrested", 2)]),
    ("Two alleged accomplices were detained.", [("arrested", 2)]),
])
def test_a_toll_climbed_from_the_treated_ages_and_accomplices(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_a_partys_dead_it_put_at_a_figure_are_its_own() -> None:
    text = "Kataib Hezbollah, which had put its dead at seven, said nine of its fighters were killed."
    claims = claimkit.extract(text).claims_of("casualty")
    assert [(c.data["count"].best, c.data["side"]) for c in claims] == [
        (7, "Kataib Hezbollah"), (9, "Kataib Hezbollah")]


@pytest.mark.parametrize(("text", "expected"), [
    # one figure over two kinds of people
    ("At least 300 soldiers and security personnel had been killed.", [("killed", 300)]),
    ("At least 30 soldiers and policemen were killed.", [("killed", 30)]),
    # an adverb of time inside the verb group
    ("Fourteen soldiers had already been arrested.", [("arrested", 14)]),
    # people led off, told in the perfect
    ("The raiders had also taken away five women and girls.", [("kidnapped", 5)]),
    # the people a hospital treats from an attack
    ("The hospital had treated 31 people from the ambush.", [("wounded", 31)]),
    ("Doctors treated 12 patients from the district.", []),
])
def test_two_kinds_one_figure_an_adverb_the_led_off_and_the_treated(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a toll of other outcomes than the dead and the wounded
    ("The group said the number held prisoner had risen to 41.", [("captured", 41)]),
    ("Residents put the number of people abducted at about 30.", [("kidnapped", 30)]),
    ("The number of soldiers wounded rose to 12.", [("wounded", 12)]),
    # a second kind of people named by its initials
    ("Officials said at least 40 soldiers and VDP had been killed.", [("killed", 40)]),
])
def test_tolls_of_other_outcomes_and_a_kind_named_by_initials(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_prisoners_a_toll_counts_are_no_civilians() -> None:
    text = "The group said the number held prisoner had risen to 41."
    (claim,) = claimkit.extract(text).claims_of("casualty")
    assert claim.data["side"] is None


@pytest.mark.parametrize(("text", "expected"), [
    # a figure in quote marks, in any number word
    ("The attackers lost “at least sixty men”.", [("killed", 60)]),
    ("The army said it killed “seventy” militants.", [("killed", 70)]),
    ("The army said it killed “forty militants”.", [("killed", 40)]),
])
def test_a_quoted_figure_in_any_number_word(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list after a figure whose outcome is an adjective before its group
    ("Staff had treated 22 wounded soldiers, six militiamen and three civilians.",
     [("wounded", 22), ("wounded", 6), ("wounded", 3), ("wounded", 31)]),
    # "of whom": the relative clause's verb is the part's only, not the whole's (the four
    # civilians "along with" the wounded soldiers are wounded)
    ("A doctor said 19 wounded soldiers had been admitted, along with four civilians, two of whom "
     "died overnight.", [("wounded", 19), ("wounded", 4), ("killed", 2)]),
    # "a" inside the group before ("a local vigilante group") breaks no list
    ("Police said 12 villagers, two members of a local vigilante group and four of the attackers "
     "died in the fighting.", [("killed", 12), ("killed", 2), ("killed", 4), ("killed", 18)]),
    # the last item of a list set off by its parts
    ("The blast wounded three Afghan troops and three more Americans, two soldiers and one contractor.",
     [("wounded", 3), ("wounded", 3), ("wounded", 2), ("wounded", 1), ("wounded", 6)]),
])
def test_lists_after_an_adjective_and_parts_told_by_a_relative_clause(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Staff had treated 26 wounded soldiers since the weekend, as well as 11 civilians.",
     [("wounded", 26), ("wounded", 11)]),
    ("The battle left 165 soldiers dead, along with more than 900 militants.",
     [("killed", 165), ("killed", 900)]),
    ("The strike killed two soldiers on board, as well as two civilians who were in the street.",
     [("killed", 2), ("killed", 2)]),
    # a figure with its own predicate keeps it
    ("Five soldiers were killed in the ambush, as well as two civilians who were wounded.",
     [("killed", 5), ("wounded", 2)]),
])
def test_a_figure_added_after_the_clause_by_along_with_or_as_well_as_shares_its_outcome(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_a_figure_added_after_another_sentence_shares_nothing() -> None:
    assert figures("Staff treated 26 wounded soldiers. Then, as well as 11 civilians, they fled.") == [
        ("wounded", 26)]


def test_the_part_of_whom_counts_its_antecedent_and_armed_parts_are_no_civilians() -> None:
    doc = claimkit.extract("Twenty-five spectators were hurt, three of whom were seriously injured.")
    part = next(c for c in doc.claims_of("casualty") if c.data["count"].best == 3)
    assert part.data["group"] == "spectators"
    doc = claimkit.extract("The two captured fighters, a man and a woman, were flown to the capital.")
    claims = doc.claims_of("casualty")
    assert [(c.data["count"].best, c.data["group"]) for c in claims] == [
        (2, "fighters"), (1, "man"), (1, "woman")]
    assert all(c.data["side"] is None for c in claims)


@pytest.mark.parametrize(("text", "expected"), [
    # people treated for their wounds, told after the group, maybe where
    ("He said 38 civilians were being treated in city hospitals for gunshot and shrapnel wounds.",
     [("wounded", 38)]),
    ("At least seven residents of the village were being treated for gunshot and splinter wounds.",
     [("wounded", 7)]),
    ("Doctors said 12 patients were treated for malaria.", []),
    # people marched or dragged off by their captors
    ("Residents said at least 12 children, some as young as eight, had been marched into the bush.",
     [("kidnapped", 12)]),
    ("Twenty students were taken into the forest.", [("kidnapped", 20)]),
    ("Three men were dragged from their homes.", [("kidnapped", 3)]),
])
def test_the_treated_told_after_their_group_and_the_marched_off(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a party told of by a pronoun holding forces or "our people"
    ("The group also said it was holding two soldiers.", [("captured", 2)]),
    ("He said they were still holding at least 12 of our people.", [("kidnapped", 12)]),
    ("The hotel said it was holding 300 guests.", []),
    # people taken alive or taken off with their captors
    ("Eleven of them were killed, and we took two alive.", [("killed", 11), ("captured", 2)]),
    ("The mayor said five militiamen had died and the gunmen had taken four villagers with them.",
     [("killed", 5), ("kidnapped", 4)]),
    ("Gunmen killed two men and took three women from their homes.", [("killed", 2), ("kidnapped", 3)]),
    ("Soldiers killed two gunmen and took two rifles with them.", [("killed", 2)]),
])
def test_people_held_by_a_party_told_by_a_pronoun_and_people_taken_off(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two more are fighting for their lives in the hospital.", [("wounded", 2)]),
    ("Two volunteers from a nearby village have not been heard from since.", [("missing", 2)]),
    ("He added that four had not been seen since they were taken to the police station.",
     [("missing", 4)]),
    # treated where a place is named, or a bare figure treated for wounds
    ("Three other villagers were still being treated in Turbat, he said.", [("wounded", 3)]),
    ("The director said 11 civilians were killed and 34 were being treated for gunshot and blast wounds.",
     [("killed", 11), ("wounded", 34)]),
    ("The 12 ministers were treated in Paris as heroes.", []),
    # a relative clause tells how the people a death noun counts died
    ("The group recorded the deaths of two elderly residents who were hit by shrapnel.", [("killed", 2)]),
    ("Doctors treated two residents who were hit by shrapnel.", [("wounded", 2)]),
])
def test_the_gravely_hurt_the_unheard_of_and_deaths_told_with_their_cause(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "both" before a plural noun counts two
    ("They opened fire at the gate, killing both guards and wounding four of my colleagues.",
     [("killed", 2), ("wounded", 4)]),
    ("Both policemen died in hospital.", [("killed", 2)]),
    # not a coordination, nor a description of the figure before
    ("Gunmen killed both soldiers and civilians.", []),
    ("Both the soldiers and the gunmen were killed.", []),
    ("Doctors received nine wounded soldiers and two civilians, both children hit by shrapnel.",
     [("wounded", 9), ("wounded", 2), ("wounded", 11)]),
    # "one other" as the whole object of a verb of capture
    ("The army said it had killed three of the attackers and captured one other.",
     [("killed", 3), ("captured", 1)]),
])
def test_both_counts_two_and_one_other_counts_one(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # in someone's custody: forces captured, anyone else arrested
    ("Ten soldiers are now in SPLA-IO custody, he said.", [("captured", 10)]),
    ("Five suspects are in police custody.", [("arrested", 5)]),
    ("Two children are in the custody of their grandmother.", []),
    # in their captors' hands: kidnapped, forces captured
    ("He said 23 children were still in the hands of the raiders.", [("kidnapped", 23)]),
    ("Four soldiers remain in the hands of the militants, the army said.", [("captured", 4)]),
    ("The fate of the 40 villages is in the hands of the talks.", []),
])
def test_people_in_a_named_keepers_custody(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_people_reported_missing_are_a_figure_not_a_speaker() -> None:
    doc = claimkit.extract("The two soldiers reported missing after the battle had still not been found.")
    assert [(c.data["outcome"], c.data["count"].best) for c in doc.claims_of("casualty")] == [("missing", 2)]
    assert doc.attributions == ()
    # a passive "were reported" stays a report
    doc = claimkit.extract("At least six soldiers were reported dead.")
    assert [a.cue.text for a in doc.attributions] == ["were reported"]


@pytest.mark.parametrize(("text", "expected"), [
    # a kidnapper's verb coordinated before a killing verb: both befell the people
    ("In 2018, a rebel group kidnapped and killed three members of a newspaper team.",
     [("kidnapped", 3), ("killed", 3)]),
    ("Gunmen abducted and later executed two soldiers.", [("kidnapped", 2), ("killed", 2)]),
    # not a capture and a killing counted together
    ("The army captured and killed 12 militants.", [("killed", 12)]),
])
def test_kidnapped_and_killed_tells_both(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_the_real_figure_told_by_another_counts_the_same_people() -> None:
    text = ("The army acknowledged that 23 of its soldiers had died. A military source told AFP the real "
            'figure was "closer to 40".')
    claims = claimkit.extract(text).claims_of("casualty")
    assert [(c.data["count"].best, c.data["count"].qualifier, c.data["group"]) for c in claims] == [
        (23, "exact", "soldiers"), (40, "about", "soldiers")]
    assert [c.data["count"].best for c in claimkit.extract(
        "Sales rose to 12 million. The real figure was 15 million.").claims_of("casualty")] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a side's word for killing, active
    ("In May, Indian shelling martyred 40 civilians in Pakistan, according to the ISPR.", [("killed", 40)]),
    # care that goes on after an attack
    ('"We are still treating 12 people," the doctor said.', [("wounded", 12)]),
    # a side's word for its dead, telling who was among them
    ("The toll reached 12 martyrs. The martyrs include three children.", [("killed", 12), ("killed", 3)]),
    # bodies found, as a toll
    ("Rescuers recovered a body, bringing the number of bodies retrieved from the town to six.",
     [("killed", 6)]),
])
def test_more_wire_wordings_of_the_dead_and_wounded(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two of the wounded later died, raising the toll to nine from seven, the ministry said.",
     [("killed", 2), ("killed", 9), ("killed", 7)]),
    ("Nine soldiers were killed. Two of the wounded later died, raising the toll from seven announced "
     "earlier, the ministry said.", [("killed", 9), ("killed", 2), ("killed", 7)]),
    # the toll from an event: no figure
    ("Strikes killed 31 people, raising the toll from one of the most violent days since October.",
     [("killed", 31)]),
])
def test_the_figure_a_toll_rose_from_in_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_a_toll_rising_after_deaths_has_no_speaker_of_its_own() -> None:
    doc = claimkit.extract("Two of the wounded later died, raising the toll to nine, the ministry said.")
    assert [(a.source.text if a.source else None, a.cue.text) for a in doc.attributions] == [
        ("the ministry", "said")]
    assert {c.attribution.source.text for c in doc.claims_of("casualty")
            if c.attribution and c.attribution.source} == {"the ministry"}


@pytest.mark.parametrize(("text", "expected"), [
    # "others" after things taken are things
    ("The forces destroyed 34 combat vehicles and seized 12 others in good condition.", []),
    ("The army destroyed five tanks and captured three others.", []),
    # ... not after people, nor with a verb that befalls only people
    ("The army killed 12 rebels and captured 30 others.", [("killed", 12), ("captured", 30)]),
    ("Gunmen burned 20 houses and wounded 12 others.", [("wounded", 12)]),
])
def test_others_taken_after_things_are_things(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The number of injured has also grown to 52 people, including seven children, officials said.",
     [("wounded", 52), ("wounded", 7)]),
    ("The number of civilians buried in the town had reached 27 by Tuesday afternoon, an official said.",
     [("killed", 27)]),
])
def test_more_verbs_and_nouns_of_a_rising_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_a_part_told_after_a_tolls_earlier_value_is_the_tolls() -> None:
    doc = claimkit.extract("The civil society now counts 31 civilians killed since Friday, up from 23 the "
                           "day before, including seven children.")
    by_count = {c.data["count"].best: c for c in doc.claims_of("casualty")}
    assert sorted(by_count) == [7, 23, 31]
    assert by_count[7].data["part_of"] == by_count[31].id


def test_people_who_live_on_after_a_toll_are_no_item_of_it() -> None:
    doc = claimkit.extract("The toll has climbed to 25, and thousands of residents remain scattered in the "
                           "hills.")
    assert [(c.data["outcome"], c.data["count"].best) for c in doc.claims_of("casualty")] == [("killed", 25)]
    assert doc.tally()["killed"].best == 25
    # "confirmed dead" is a status of the dead, not a report with "the number of people" as its source
    doc = claimkit.extract("The number of people confirmed dead has climbed to 25.")
    assert doc.attributions == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The hospital's director said the number of martyrs had reached 23.", [("killed", 23)]),
    ("A roadside bomb led to the martyrdom of three members of the police.", [("killed", 3)]),
    ("The monitor said the dead also included nine soldiers.", [("killed", 9)]),
    ("Six other wounded soldiers were flown to the capital.", [("wounded", 6)]),
    ("Two other injured officers are in stable condition.", [("wounded", 2)]),
])
def test_a_sides_words_for_its_dead_and_other_wounded(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_one_of_a_ranking_is_no_figure() -> None:
    assert figures("Jihadists killed 28 soldiers, one of the deadliest assaults on the army this year.") == [
        ("killed", 28)]
    assert figures("Two of the oldest residents were killed.") == [("killed", 2)]


def test_a_figure_told_again_after_a_comparison() -> None:
    text = ("The RSF said more than 200 of its fighters were killed. A military source put the figure much "
            "lower, at around 40 fighters.")
    assert figures(text) == [("killed", 200), ("killed", 40)]


def test_preliminary_data_inside_a_statement_leave_the_figure_to_the_speaker() -> None:
    text = ("The regional prosecutor's office said that, according to preliminary data, 12 civilians were "
            "killed in the attack.")
    (claim,) = claimkit.extract(text).claims_of("casualty")
    assert claim.attribution is not None
    assert claim.attribution.source is not None
    assert claim.attribution.source.text == "The regional prosecutor's office"
    alone = claimkit.extract("According to preliminary data, 12 civilians were killed.").claims_of("casualty")
    assert [c.attribution.source.text for c in alone if c.attribution and c.attribution.source] == [
        "preliminary data"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Another two people are receiving the necessary medical care, the governor said.", [("wounded", 2)]),
    ("Three soldiers are receiving medical attention.", [("wounded", 3)]),
])
def test_people_receiving_medical_care_are_wounded(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a party's words in single quotes: the closing quote is no possessive
    ("The army said it had ‘eliminated five Hezbollah terrorists’ in the strike.", [("killed", 5)]),
    ("The army said it had 'eliminated five terrorists' in the strike.", [("killed", 5)]),
    ("The ministry said 14 attackers were 'neutralised' on Thursday.", [("killed", 14)]),
    ("The group said it had killed eight 'mercenaries' near the town.", [("killed", 8)]),
    # ... while a plural possessive still counts its people
    ("Police found five soldiers' bodies.", [("killed", 5)]),
])
def test_a_figure_in_single_quotes(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The army said it had killed five militants and named one of them as a commander.", [("killed", 5)]),
    ("Police killed 12 gunmen and identified two of them as foreigners.", [("killed", 12)]),
    # a verb of the same kind still tells the part's own outcome
    ("Police killed 12 gunmen and arrested four of them.", [("killed", 12), ("arrested", 4)]),
])
def test_a_part_that_another_verb_takes_is_no_casualty(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a defence ministry's word for enemies killed, only of combatants named as such
    ("The ministry said up to 60 militants were destroyed in the strike.", [("killed", 60)]),
    ("Russian forces destroyed up to 60 Ukrainian servicemen, the ministry said.", [("killed", 60)]),
    ("The group said it had destroyed 40 tankers on the road.", []),
    ("Two Toyota land cruisers used by the police were destroyed.", []),
    ("A health center was destroyed in the shelling.", []),
    # an adverb of manner between the auxiliary and the outcome
    ("The ISPR said five more khwarij were effectively neutralised.", [("killed", 5)]),
])
def test_combatants_destroyed_and_an_adverb_before_the_outcome(text: str, expected: list[tuple[str, int]]
                                                              ) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A security source said at least four soldiers were being held by the militants.", [("captured", 4)]),
    ("Two policemen have been held by the rebels since March.", [("captured", 2)]),
    ("Four villagers were held by the militants for a day.", []),  # no force: who knows what befell them
])
def test_forces_held_by_their_enemy_are_captured(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Three soldiers were killed and two others were recovering in hospital.",
     [("killed", 3), ("wounded", 2)]),
    ("Two soldiers are recovering from their wounds.", [("wounded", 2)]),
    ("The economy is recovering from the crisis.", []),
    # the bodies of people once missing: dead now
    ("On Monday, the bodies of two missing soldiers were found near the base.", [("killed", 2)]),
    ("Two missing soldiers were found on Monday.", [("missing", 2)]),
])
def test_people_recovering_and_the_bodies_of_the_missing(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The gunmen took more than 50 people into the bush.", [("kidnapped", 50)]),
    ("The attackers took 12 villagers into the forest, residents said.", [("kidnapped", 12)]),
    ("The gunmen took 50 people to the hospital.", []),
])
def test_people_taken_into_the_bush_are_kidnapped(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_a_fact_boxs_lines_give_their_figures() -> None:
    text = ("The parties' figures differ:\n"
            "- Killed: 14 soldiers (army)\n"
            "- Wounded: 23 soldiers (army)\n"
            "- Militants killed: around 70 (army)\n"
            '- Soldiers killed: "more than 40" (Sable Front)\n'
            "- Missing: 3 soldiers (security source)\n"
            "Death toll: 34 (health ministry)")
    claims = claimkit.extract(text).claims_of("casualty")
    assert [(c.data["outcome"], c.data["count"].best, c.data["group"]) for c in claims] == [
        ("killed", 14, "soldiers"), ("wounded", 23, "soldiers"), ("killed", 70, "Militants"),
        ("killed", 40, "Soldiers"), ("missing", 3, "soldiers"), ("killed", 34, None)]
    # a label that ends in an outcome is no speaker of the quoted figure after it
    assert all(a.source is None or "killed" not in a.source.text for a in claimkit.extract(text).attributions)


def test_a_fact_boxs_line_may_give_several_figures_each_from_its_source() -> None:
    text = ("The claims at a glance\n"
            "- Killed, civilians: 7 (health office); 11 (Tirza Rights Watch)\n"
            "- Wounded: 22 soldiers (army); 19 civilians (health office)\n"
            'Killed: 11 soldiers (army, revised); "more than 80" soldiers (Sable Front claim)')
    claims = claimkit.extract(text).claims_of("casualty")
    assert [(c.data["outcome"], c.data["count"].best, c.data["group"],
             c.attribution.source.text if c.attribution and c.attribution.source else None)
            for c in claims] == [
        ("killed", 7, "civilians", "health office"), ("killed", 11, "civilians", "Tirza Rights Watch"),
        ("wounded", 22, "soldiers", "army"), ("wounded", 19, "civilians", "health office"),
        ("killed", 11, "soldiers", "army"), ("killed", 80, "soldiers", "Sable Front claim")]


def test_figures_on_one_fact_box_line_share_the_side_of_its_label() -> None:
    text = ("Taliban fighters attacked the army base at Tirza.\n"
            "Militants killed: more than 60 (Defence Ministry); five (Taliban)")
    claims = claimkit.extract(text).claims_of("casualty")
    assert [(c.data["count"].best, c.data["side"]) for c in claims] == [
        (60, "Taliban"), (5, "Taliban")]


@pytest.mark.parametrize("text", [
    "The toll rose; 12 people (officials said) were hurt in the crush.",  # prose: no label opens the line
    "- Location: the Tirza road (north); 12 soldiers (army)",  # the line's label tells no toll
])
def test_a_figure_after_a_semicolon_outside_a_fact_box_has_no_source_in_brackets(text: str) -> None:
    assert not any(a.cue.text == ";" for a in claimkit.extract(text).attributions)


@pytest.mark.parametrize("text", [
    "Missing: the point of the talks, the envoy said.",  # no figure after the label
    "The dead: a poem in 12 parts.",  # the label does not open the line
])
def test_a_label_with_no_figure_right_after_it_gives_none(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The attacks have left 685 soldiers and police killed since 2023.", [("killed", 685)]),
    ("Officials said 12 soldiers and police killed in the attack were buried.", [("killed", 12)]),
])
def test_two_kinds_of_people_under_one_figure_before_a_bare_outcome(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_one_person_and_another_are_no_figure_of_one() -> None:
    assert figures("His wife and son were injured.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Twenty-two of my men were wounded.", [("wounded", 22)]),
    ("We lost nine martyrs, may God have mercy on them, and 22 of my men were wounded.",
     [("killed", 9), ("wounded", 22)]),
])
def test_a_commanders_my_men_are_a_group(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said 96 people were killed and 140 wounded over two days.",
     [("killed", 96), ("wounded", 140)]),
    ("Officials said 140 were wounded within the past three days.", [("wounded", 140)]),
    ("Gunmen wounded over 20 people.", [("wounded", 20)]),  # "over 20": the participle's object
])
def test_a_span_of_time_after_a_participle_is_no_object(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_how_a_tolls_dead_were_struck_is_no_wound_of_their_own() -> None:
    text = ("Residents said at least six civilians were killed in the town, including a trader shot "
            "near the market.")
    # (the trader, one of the six, is no figure of his own either)
    assert sorted(figures(text)) == [("killed", 6)]
    # (a part wounded after a toll of the wounded stays wounded)
    assert sorted(figures("Nine people were wounded, including two children hit by shrapnel.")) == [
        ("wounded", 2), ("wounded", 9)]


@pytest.mark.parametrize(("text", "expected"), [
    # none at all: "not one", "not a single" are figures of zero, not of one
    ("Not one soldier was captured, he said.", [("captured", 0)]),
    ("Not a single civilian was hurt, the army said.", [("killed", 0), ("wounded", 0)]),
    # a side's own dead put at a figure, and "the dead" put at one
    ("It put its own dead at nine.", [("killed", 9)]),
    ("Residents put the dead at no fewer than nine.", [("killed", 9)]),
    # a ministry's "destroyed" of people named as members or extremists
    ("In the operation, 212 members of the extremist force were destroyed.", [("killed", 212)]),
    ("The ministry said its forces destroyed more than 1,500 extremists.", [("killed", 1500)]),
    # people taken to hospital after an attack are hurt (not one "he" who was, already counted)
    ("Officials said more than 40 people had been taken to hospital.", [("wounded", 40)]),
    ("A peacekeeper succumbed to his injuries when he was taken to hospital.", [("killed", 1)]),
    # a modal and an adverb before the predicate
    ("At least two people may still be trapped under the debris.", [("missing", 2)]),
])
def test_wordings_of_none_of_a_sides_dead_and_of_the_hurt(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It did not mention the 41 soldiers the group claimed on Wednesday to have killed.", [("killed", 41)]),
    ("It did not mention the six soldiers that the group claims to hold, nor the 41 soldiers it claimed "
     "to have killed.", [("captured", 6), ("killed", 41)]),
])
def test_a_relative_clause_claiming_the_deed(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen took four clan elders away from the town.", [("kidnapped", 4)]),
    ("The gunmen took four villagers with them.", [("kidnapped", 4)]),
    ("The meeting took place on Monday and lasted 3 hours.", []),
])
def test_people_taken_off_by_gunmen_with_no_other_casualty_word(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the guillemets of French and other reports hold a side's words at a distance too
    ("«At least twenty soldiers» lost their lives, according to a notable of the town.", [("killed", 20)]),
    ("The General Staff said the army had «neutralised» 14 terrorists.", [("killed", 14)]),
    ("The army said it killed «more than 50» terrorists.", [("killed", 50)]),
])
def test_a_figure_in_guillemets(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


def test_the_dead_are_a_list_of_figures() -> None:
    found = figures("The toll rose to 27. The dead are 15 soldiers, nine SDF fighters and three civilians.")
    assert {("killed", 15), ("killed", 9), ("killed", 3)} <= set(found)


def test_an_armoured_personnel_carrier_is_no_person() -> None:
    assert figures("The fighters seized one armoured personnel carrier and killed three soldiers.") == [
        ("killed", 3)]


def test_a_quoted_figure_of_a_hundred() -> None:
    assert figures('It said that "more than a hundred terrorists" had been neutralised.') == [("killed", 100)]


@pytest.mark.parametrize(("text", "expected"), [
    # captors by their name, as by a pronoun
    ("The army said JNIM was holding two soldiers.", [("captured", 2)]),
    # ... a state holding people at a border holds no captives
    ("Kenya was holding 300 refugees at the border.", []),
])
def test_captors_named_holding_soldiers(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected
