"""The built-in casualty extractor, one construction at a time.

Every sentence here is invented for these tests, in the manner of news reports.
"""

from __future__ import annotations

import pytest

import claimkit
from claimkit import Claim, Document


def casualties(text: str) -> list[Claim]:
    return list(claimkit.extract(text).claims_of("casualty"))


def facts(text: str) -> set[tuple[str, int | None, str | None]]:
    """(outcome, best, group) of every claim that is not the total of a list."""
    return {(c.data["outcome"], c.data["count"].best, c.data["group"])
            for c in casualties(text) if not c.data.get("total")}


def one(text: str) -> Claim:
    found = [c for c in casualties(text) if not c.data.get("total")]
    assert len(found) == 1, found
    return found[0]


# --- outcomes and voices ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "outcome", "best"), [
    ("At least 14 villagers were killed in the ambush near the river.", "killed", 14),
    ("Gunmen killed 12 policemen at a checkpoint on Tuesday.", "killed", 12),
    ("Five soldiers died when their convoy hit a mine.", "killed", 5),
    ("Seven people lost their lives in the fire.", "killed", 7),
    ("The bombing claimed the lives of 31 worshippers.", "killed", 31),
    ("The death toll rose to 41 on Sunday.", "killed", 41),
    ("The ministry gave the number of dead as 16.", "killed", 16),
    ("There were 58 deaths in the district last week.", "killed", 58),
    ("The bodies of 12 men were found on the roadside.", "killed", 12),
    ("Nine students were injured in the stampede.", "wounded", 9),
    ("The shelling wounded 23 residents.", "wounded", 23),
    ("Four guards were hurt in the explosion.", "wounded", 4),
    ("Rebels captured 40 government soldiers after the battle.", "captured", 40),
    ("Six marines were taken prisoner near the coast.", "captured", 6),
    ("Two journalists went missing after the raid.", "missing", 2),
    ("Gunmen abducted 8 aid workers in the north.", "kidnapped", 8),
    ("Thirty passengers were kidnapped from the bus.", "kidnapped", 30),
    ("Police arrested 15 suspects after the riot.", "arrested", 15),
    ("Eleven protesters were detained overnight.", "arrested", 11),
    ("Our units were able to neutralise about 50 terrorists.", "killed", 50),
    ("The group issued statements mourning four of its fighters.", "killed", 4),
    ("Gunmen shot two villagers who tried to block the road.", "wounded", 2),
    ("Nine students are still being held by the kidnappers.", "kidnapped", 9),
    ("Twelve students remain in captivity.", "kidnapped", 12),
    ("Community leaders say the death toll may be as high as 70.", "killed", 70),
    ("Two jawans laid down their lives in the ambush.", "killed", 2),
    ("Seven of our valiant soldiers fell with their weapons in hand.", "killed", 7),
    ("Two crew members were in a serious condition.", "wounded", 2),
])
def test_outcomes_in_active_and_passive_voice(text: str, outcome: str, best: int) -> None:
    claim = one(text)
    assert (claim.data["outcome"], claim.data["count"].best) == (outcome, best)
    assert claim.extractor == "casualty"


def test_the_evidence_span_holds_the_figure_and_the_outcome() -> None:
    text = "Officials said 17 miners were killed when the tunnel collapsed."
    claim = one(text)
    evidence = text[claim.span.start:claim.span.end]
    assert "17" in evidence
    assert "killed" in evidence


def test_coordinated_outcomes_give_one_claim_each() -> None:
    assert facts("Rebels killed 12 policemen and wounded 30 others on Tuesday.") == {
        ("killed", 12, "policemen"), ("wounded", 30, "others")}


def test_a_list_shares_its_predicate_and_tells_its_total() -> None:
    text = "Four commandos, 3 soldiers and 11 insurgents were killed in the fighting."
    assert facts(text) == {("killed", 4, "commandos"), ("killed", 3, "soldiers"),
                           ("killed", 11, "insurgents")}
    totals = [c for c in casualties(text) if c.data.get("total")]
    assert [c.data["count"].best for c in totals] == [18]
    items = [c for c in casualties(text) if not c.data.get("total")]
    assert {c.data["part_of"] for c in items} == {totals[0].id}


def test_losing_of_its_own_takes_the_speakers_side() -> None:
    text = "The Taliban said its men overran two posts, losing nine of its own fighters."
    claim = one(text)
    assert claim.data["outcome"] == "killed"
    assert claim.data["count"].best == 9
    assert claim.data["side"] == "Taliban"


def test_its_own_losses_take_the_speakers_side() -> None:
    claim = one("The Taliban put its own losses at 11 fighters killed.")
    assert (claim.data["count"].best, claim.data["side"]) == (11, "Taliban")


def test_a_singular_subject_is_a_figure_of_one() -> None:
    assert facts("Retired colonel Anton Berisha was shot dead outside his home.") == {
        ("killed", 1, None)}
    assert facts("The contractor was found dead near the site.") == {
        ("killed", 1, "contractor")}
    assert facts("He succumbed to his wounds in hospital on Monday.") == {("killed", 1, None)}
    assert facts("A shepherd was injured when a mine went off.") == {("wounded", 1, "shepherd")}
    assert facts("The soldier died of his wounds.") == {("killed", 1, "soldier")}
    # an owner is not counted: "a vendor's three sons"
    assert ("killed", 1, None) not in facts("A vendor's three sons were killed.")
    assert not any(g and "vendor" in g for _, _, g in facts("A vendor's three sons were killed."))
    # a name with a particle ("al-", "bin") is a name
    assert facts("Commander Omar al-Shishani was killed in an air strike.") == {("killed", 1, None)}
    assert [c.data["count"].text for c in casualties("Hamza bin Laden was killed.")] == ["Hamza bin Laden"]
    # "a" before a plural-looking word tells one ("a levies personnel")
    assert facts("A levies personnel was killed in a blast.") == {("killed", 1, "personnel")}


def test_one_person_as_the_object_of_an_active_verb() -> None:
    assert facts("Gunmen assassinated the district governor outside his office.") == {
        ("killed", 1, "district governor")}
    assert [(c.data["outcome"], c.data["count"].best) for c in casualties(
        "Militants murdered retired judge Tomas Halvorsen in his car.")] == [("killed", 1)]
    # a bare verb is an attempt, not a death
    assert facts("A bomber tried to kill the ambassador on Monday.") == set()


def test_a_singular_subject_with_two_outcomes() -> None:
    found = {c.data["outcome"]: c.data["count"].best for c in casualties(
        "Ali Rahimi, a local teacher, was kidnapped and murdered by the militia.")}
    assert found == {"kidnapped": 1, "killed": 1}


def test_an_age_after_a_name_is_not_a_count() -> None:
    assert [(c.data["outcome"], c.data["count"].best) for c in casualties(
        "Constable Mark Ellory, 22, was fatally shot outside the station.")] == [("killed", 1)]


def test_an_age_after_a_suffixed_name_is_not_a_count() -> None:
    assert 16 not in {best for _, best, _ in facts("Dante Boboy Jr., 16, was injured in the attack.")}


def test_another_after_including_begins_a_set_of_its_own() -> None:
    assert facts("A bomb killed 18 people including 8 civilians and 10 soldiers and another 27 "
                 "people were wounded.") == {
        ("killed", 18, "people"), ("killed", 8, "civilians"), ("killed", 10, "soldiers"),
        ("wounded", 27, "people")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The rebels killed more than 50 soldiers and militiamen and captured 23.",
     {("killed", 50, "soldiers"), ("captured", 23, None)}),
    ("Its fighters killed 27 soldiers and captured four alive.",
     {("killed", 27, "soldiers"), ("captured", 4, None)}),
    ("It said two of its own fighters had been \u201cmartyred.\u201d", {("killed", 2, "fighters")}),
])
def test_elided_people_after_a_second_noun_or_alive_and_scare_quoted_fates(
        text: str, expected: set[tuple[str, int, str | None]]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants opened fire on two civilians in northern Baghdad, killing them both.",
     {("killed", 2, "civilians")}),
    ("Gunmen abducted three farmers, then five soldiers arrived, killing them.",
     {("kidnapped", 3, "farmers")}),
    ("Four members of a government-backed death squad kill four rebels.", {("killed", 4, "rebels")}),
])
def test_killing_them_takes_up_the_people_before_and_a_death_squad_is_no_death(
        text: str, expected: set[tuple[str, int, str | None]]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "group"), [
    # the subject of the killing is not whom "of them" counts
    ("He said the rebels were surrounded and that soldiers had killed 26 of them since Saturday.", "rebels"),
    ("Police said gunmen stormed the school and that officers killed five of them.", "gunmen"),
    ("The girls were stopped by armed men who beheaded three of them.", "girls"),
    # a figure's number word is no part of the people "of them" takes up
    ("Four people were killed (three of them on the spot).", "people"),
])
def test_of_them_takes_up_people_other_than_the_killers(text: str, group: str) -> None:
    assert [c.data["group"] for c in casualties(text) if c.data["count"].best in (26, 5, 3)] == [group]


def test_a_place_before_died_is_not_a_person() -> None:
    assert [(c.data["count"].best, c.data["group"]) for c in casualties(
        "Three members of the SDF in Manbij died when a mine exploded.")] == [
        (3, "members of the SDF")]


def test_a_singular_subject_of_an_active_verb_is_the_killer_not_a_victim() -> None:
    assert facts("A suicide bomber killed 19 police cadets outside the academy.") == {
        ("killed", 19, "police cadets")}
    assert facts("A rogue policeman shot dead at least eight fellow officers.") == {
        ("killed", 8, "fellow officers")}


def test_a_role_is_not_a_figure() -> None:
    assert facts("A farmer, who had worked as a driver for years, was killed by bandits.") == {
        ("killed", 1, "farmer")}


def test_every_item_after_including_is_a_part() -> None:
    found = casualties("Gunmen killed 20 police officers, including two district chiefs and three "
                       "deputy commanders.")
    whole = next(c for c in found if c.data["count"].best == 20)
    assert sorted(c.data.get("part_of") == whole.id for c in found) == [False, True, True]


def test_an_adjectival_outcome_before_the_noun() -> None:
    claim = one("The group claimed 30 dead Nigerian soldiers after the raid.")
    assert (claim.data["count"].best, claim.data["group"], claim.data["side"]) == (
        30, "Nigerian soldiers", "Nigeria")
    assert facts("The fire left six dead horses in the stable.") == set()


def test_lives_claimed_are_deaths() -> None:
    assert [(c.data["outcome"], c.data["count"].best, c.data["group"]) for c in casualties(
        "The fighting claimed 16 lives in the capital.")] == [("killed", 16, None)]


def test_another_with_other_verbs() -> None:
    assert facts("One ranger has died and another has been wounded.") == {
        ("killed", 1, "ranger"), ("wounded", 1, None)}
    assert facts("A trooper was killed and another sustained injuries.") == {
        ("killed", 1, "trooper"), ("wounded", 1, None)}


def test_an_earlier_event_is_background() -> None:
    found = {c.data["count"].best: c for c in casualties(
        "A car bomb killed 3 people in the market, two days after twin blasts killed 30 people.")}
    assert found[30].data.get("background") is True
    assert "background" not in found[3].data


def test_suffered_wounds_and_stabbing() -> None:
    assert facts("One guard suffered bullet wounds in the raid.") == {("wounded", 1, "guard")}
    assert facts("Two porters sustained serious injuries.") == {("wounded", 2, "porters")}
    assert facts("An attacker stabbed a policeman near the station.") == {("wounded", 1, "policeman")}
    assert facts("A man was stabbed to death.") == {("killed", 1, "man")}


def test_deaths_and_injuries_to_others() -> None:
    assert facts("The blasts caused at least five deaths and injuries to 15 others.") == {
        ("killed", 5, None), ("wounded", 15, "others")}


def test_to_death_and_throats() -> None:
    assert facts("The militia stoned two women to death.") == {("killed", 2, "women")}
    assert facts("Raiders slit the throats of 4 herders at dawn.") == {("killed", 4, "herders")}


def test_shot_alone_is_a_wound_and_shot_at_is_nothing() -> None:
    assert facts("Two men were shot in the legs outside a bar.") == {("wounded", 2, "men")}
    assert facts("Two men were shot and later died.") == {("killed", 2, "men")}
    assert facts("Three guards were shot at but escaped unhurt.") == set()


def test_another_and_ordinals_count_one_before_their_own_predicate() -> None:
    assert facts("Two policemen were killed and a third was wounded.") == {
        ("killed", 2, "policemen"), ("wounded", 1, None)}
    assert facts("A teacher was killed and another was injured.") == {
        ("killed", 1, "teacher"), ("wounded", 1, None)}


def test_including_after_the_predicate_marks_a_part() -> None:
    found = {c.data["count"].best: c for c in casualties(
        "Six soldiers were shot dead, including two officers, near the pass.")}
    assert found[2].data["part_of"] == found[6].id


@pytest.mark.parametrize("text", [
    "It was hurt badly by the sanctions.",
    "Everyone was evacuated before the strike.",
    "The town was captured by rebels on Friday.",
    "The plan was killed by the committee.",
])
def test_subjects_that_are_not_a_person_give_nothing(text: str) -> None:
    assert facts(text) == set()


# --- counts ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best", "low", "high", "qualifier"), [
    ("At least 30 soldiers were wounded.", 30, 30, None, "at_least"),
    ("More than 200 attackers were killed.", 200, 200, None, "more_than"),
    ("Up to 50 people were killed in the raid.", 50, None, 50, "at_most"),
    ("Nearly 40 civilians were killed.", 40, None, None, "about"),
    ("Between 15 and 20 fighters were killed.", 15, 15, 20, "exact"),
    ("Twenty-three miners were killed.", 23, 23, 23, "exact"),
    ("A dozen guards were wounded.", 12, 12, 12, "exact"),
    ("Dozens of villagers were wounded.", None, 12, None, "vague"),
    ("Several people were injured.", None, 10, None, "vague"),
    ("Hundreds of civilians died in the siege.", None, 100, None, "vague"),
])
def test_counts_keep_their_qualifier_and_bounds(text: str, best: int | None, low: int | None,
                                                high: int | None, qualifier: str) -> None:
    count = one(text).data["count"]
    assert (count.best, count.low, count.high, count.qualifier) == (best, low, high, qualifier)


@pytest.mark.parametrize(("text", "outcomes"), [
    ("No casualties were reported.", {"killed", "wounded"}),
    ("No one was hurt in the explosion.", {"wounded"}),
    ("Nobody was killed in the attack.", {"killed"}),
    ("None of the group's fighters had been killed or captured.", {"killed", "captured"}),
    ("He said none of them was wounded.", {"wounded"}),
    # a party that lost none
    ("The group's fighters killed 20 soldiers and lost none of their own.", {"killed"}),
    ("The Taliban said they lost no fighters.", {"killed"}),
    ('The gang leader said his men lost "not a single soldier."', {"killed"}),
])
def test_no_casualties_is_a_count_of_zero(text: str, outcomes: set[str]) -> None:
    found = {c.data["outcome"]: c.data["count"].best for c in casualties(text) if c.data["count"].best == 0}
    assert outcomes <= set(found)


@pytest.mark.parametrize("text", [
    "The party lost none of its seats.", "They lost no time in attacking.",
    "The team lost not a single match.",
    # no figure given, and who the dead were: no count of none
    "The General Staff confirmed the strike but gave no casualty figure.",
    "The group said none of those killed were its members.",
])
def test_losing_none_of_something_else_is_no_count(text: str) -> None:
    assert casualties(text) == []


@pytest.mark.parametrize(("text", "fact"), [
    ("One soldier remains missing, the spokesman added.", ("missing", 1, "soldier")),
    ("Forty rebels surrendered to the army on Monday.", ("captured", 40, "rebels")),
    ("The army said 27 fighters had been neutralised in the operation.", ("killed", 27, "fighters")),
    ("Sixteen were wounded and at least 12 remain missing.", ("missing", 12, None)),
    ("Enemy losses amounted to up to 155 servicemen and three tanks.", ("killed", 155, "servicemen")),
    # quote marks around a side's figure
    ('It said its forces had killed "more than 20" Varnian troops.', ("killed", 20, "Varnian troops")),
    ('The group said it had killed "more than 50 soldiers".', ("killed", 50, "soldiers")),
    ('The group said it had killed "at least seven" soldiers.', ("killed", 7, "soldiers")),
    ('It said 27 "terrorists" had been "neutralised".', ("killed", 27, "terrorists")),
    ('He said "80 civilians" had been "savagely executed".', ("killed", 80, "civilians")),
    ('A commander said the group had lost “only two comrades.”', ("killed", 2, "comrades")),
    # a relative clause between the group and "remain missing"
    ("Five residents of Kalynove who refused evacuation remain unaccounted for, the mission said.",
     ("missing", 5, "residents of Kalynove")),
    # "alive" after "of them" is their state, not a noun for them
    ("The army said it killed 20 terrorists and captured four of them alive.",
     ("captured", 4, "terrorists")),
    # a toll brought to a figure, the event named between
    ("A man died, bringing the death toll from the bus attack to three, the mayor said.",
     ("killed", 3, None)),
    # single marks, which are apostrophes too, only around a figure
    ("The RSF said it had killed 'more than 100 mercenaries' of the Joint Forces.",
     ("killed", 100, "mercenaries")),
    ("It said it had killed ‘at least 40’ soldiers.", ("killed", 40, "soldiers")),
    # an outcome word as an adjective or a noun after the figure
    ("The hospital received 58 wounded soldiers on Sunday.", ("wounded", 58, "soldiers")),
    ("At least 24 wounded were still being treated, a doctor said.", ("wounded", 24, None)),
    ("Eleven of the dead were soldiers, he said.", ("killed", 11, "soldiers")),
    ("Two of the injured are children.", ("wounded", 2, "children")),
    ("More than 200 fighters were eliminated, the statement said.", ("killed", 200, "fighters")),
    ("The army said it eliminated 35 militants near the border.", ("killed", 35, "militants")),
    ("The clinic has treated more than 380 people for blast and gunshot wounds.",
     ("wounded", 380, "people")),
    # South Asian military press
    ("Four soldiers embraced shahadat in the exchange of fire, the ISPR said.", ("killed", 4, "soldiers")),
    ("Seven terrorists were sent to hell, the ISPR said.", ("killed", 7, "terrorists")),
    ("Some 30 young men were forcibly taken from the village.", ("kidnapped", 30, "young men")),
    ("At least 19 fighters and their accomplices were killed.", ("killed", 19, "fighters")),
    ('The army said seven soldiers had "fallen" in the fighting.', ("killed", 7, "soldiers")),
    ("A lieutenant colonel was killed in the ambush.", ("killed", 1, "lieutenant colonel")),
    ("The number of people killed in Thursday's bombing at an army checkpoint outside the capital"
     " rose to 17 in the evening.", ("killed", 17, "people")),
    ("We had more than 60 wounded lying on the floor, the doctor said.", ("wounded", 60, None)),
    ("Eight people are believed to be trapped under the rubble.", ("missing", 8, "people")),
    ("“We have buried 73 people,” an official said.", ("killed", 73, "people")),
    ("A rescue group put the number of civilians killed at more than 300.", ("killed", 300, "civilians")),
    ("Three firefighters suffered serious burns.", ("wounded", 3, "firefighters")),
    ("Our reaction resulted in the neutralisation of eight (08) assailants.", ("killed", 8, "assailants")),
    ("The number of civilians hurt in the barrage on Korva has risen to 14.", ("wounded", 14, "civilians")),
    ("The command's figures: 11 gang members dead and 34 people under arrest.", ("arrested", 34, "people")),
    ("Police said 14 suspects were in custody.", ("arrested", 14, "suspects")),
    ("He said eight soldiers were being held as prisoners.", ("captured", 8, "soldiers")),
    ("Footage showed the 31 suspects whom the military said it had arrested.", ("arrested", 31, "suspects")),
    ("Two soldiers died of their wounds, raising the number of security personnel martyred in the attack "
     "to nine.", ("killed", 9, "security personnel")),
    ("The number of armed village volunteers killed in Monday's gunfight at Korva rose to four.",
     ("killed", 4, "armed village volunteers")),
    ("We have lost 19 soldiers, and 31 others are being treated for their wounds.",
     ("wounded", 31, "others")),
    # (three of the people: "whom" takes up the group before it)
    ("A nurse said 19 wounded people were brought in, three of whom have since died.",
     ("killed", 3, "people")),
])
def test_more_ways_to_tell_a_figure(text: str, fact: tuple[str, int, str | None]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    "Some 200 jobs were eliminated when the factory closed.",
    "The reform eliminated 200 posts in the ministry.",
    "Doctors treated 12 patients for malaria last week.",
    "Three of the dead were identified as traders from the market.",
    "The militants buried explosives under the road.",
    "Two soldiers and their driver were killed.",  # not two: the driver is a third person
    "The town had fallen by Monday.",  # "fallen" counts people only
    # a plural subject with no figure is no figure of one
    "Many people died in the attack.",
    "The children had been killed by then.",
    "Villagers died of hunger during the siege.",
])
def test_words_that_may_tell_a_toll_but_do_not_here(text: str) -> None:
    assert facts(text) == set()


def test_an_active_participle_after_a_figure_still_takes_its_object() -> None:
    assert facts("The militants killed 5, wounded 12 and abducted 3.") == {
        ("killed", 5, None), ("wounded", 12, None), ("kidnapped", 3, None)}


@pytest.mark.parametrize("text", [
    "Gunmen attacked the base, killing nine soldiers, a military officer said.",
    "A strike killed 14 people, a local resistance group and residents said.",
])
def test_who_tells_the_figure_is_not_one_of_its_victims(text: str) -> None:
    assert len(facts(text)) == 1


def test_the_wounded_who_later_died_are_deaths_and_no_new_wounded() -> None:
    text = ("Shelling killed two civilians and wounded five others. One of the wounded,"
            " a 67-year-old man, later died in hospital.")
    doc = claimkit.extract(text)
    tally = doc.tally()
    assert (tally["killed"].best, tally["wounded"].best) == (3, 5)
    assert facts("Five of the wounded were in critical condition.") == set()


def test_the_wounded_as_a_noun_wound_nobody() -> None:
    text = "Five were wounded. One of the wounded, a 67-year-old man, later died in hospital, he said."
    # (one death: "One of the wounded" and "a 67-year-old man" are one person)
    assert [c.data["outcome"] for c in casualties(text)] == ["wounded", "killed"]


@pytest.mark.parametrize(("text", "part"), [
    ("40 people were killed in Kabul, including six attackers.", ("killed", 6, "attackers")),
    ("Thirty others surrendered to the army, among them four colonels.", ("captured", 4, "colonels")),
    ("Shelling killed at least 43 people across the province on Wednesday, including 11 children.",
     ("killed", 11, "children")),
    ("Nine people were killed in the first hours of the shelling, including two children.",
     ("killed", 2, "children")),
    ("Eight villagers were killed by artillery fire and air strikes, including two boys.",
     ("killed", 2, "boys")),
    ("At least three people remained missing, relatives said, including two brothers.",
     ("missing", 2, "brothers")),
])
def test_a_part_after_a_place_or_set_off_by_a_comma_is_part_of_the_figure(
        text: str, part: tuple[str, int, str]) -> None:
    parts = [(c.data["outcome"], c.data["count"].best, c.data["group"]) for c in casualties(text)
             if c.data.get("part_of")]
    assert parts == [part]


def test_the_parts_end_where_a_clause_of_its_own_begins() -> None:
    text = ("Four people were killed in the attack, including a woman and a child, "
            "and two others were injured.")
    tally = claimkit.extract(text).tally()
    assert (tally["killed"].best, tally["wounded"].best) == (4, 2)
    assert claimkit.extract("A woman, a child and two others were killed.").tally()["killed"].best == 4


@pytest.mark.parametrize(("text", "best", "group"), [
    ("Three herders (including a boy) were shot dead near the well.", 3, "herders"),
    ("Two guards (a father and his son) were killed at the gate.", 2, "guards"),
    ("Four engineers (two Serbs and two Czechs) of a road company were killed.", 4, "engineers"),
])
def test_an_aside_in_brackets_after_the_group_names_no_head(text: str, best: int, group: str) -> None:
    # the figure before the brackets keeps its predicate; the aside's words are not its group
    whole = [c for c in casualties(text) if c.data.get("part_of") is None and not c.data.get("total")]
    assert (whole[0].data["outcome"], whole[0].data["count"].best, whole[0].data["group"]) == (
        "killed", best, group)
    assert claimkit.extract(text).tally()["killed"].best == best


@pytest.mark.parametrize(("text", "facts_"), [
    ("Two traders were abducted from the market and later executed.",
     {("kidnapped", 2, "traders"), ("killed", 2, "traders")}),
    ("Four teachers were kidnapped by gunmen on Monday, and were later shot dead.",
     {("kidnapped", 4, "teachers"), ("killed", 4, "teachers")}),
    ("Five drivers were pulled from their trucks and killed.", {("killed", 5, "drivers")}),
    # taken from their homes, then killed: abducted and killed, like the traders above
    ("Three farmers were taken from their homes and shot dead.",
     {("kidnapped", 3, "farmers"), ("killed", 3, "farmers")}),
])
def test_a_death_coordinated_after_another_fate_is_a_death(
        text: str, facts_: set[tuple[str, int, str]]) -> None:
    assert facts(text) == facts_


def test_a_death_coordinated_with_a_new_object_is_a_figure_of_its_own() -> None:
    assert facts("Six soldiers were captured in the raid and killed three guards.") == {
        ("captured", 6, "soldiers"), ("killed", 3, "guards")}


@pytest.mark.parametrize(("text", "best"), [
    ("The rebels beheaded two fishermen held hostage since May.", 2),
    ("The group executed four hostages that had been held hostage for a year.", 4),
])
def test_a_killing_of_people_held_hostage_is_a_death(text: str, best: int) -> None:
    assert [(c.data["outcome"], c.data["count"].best) for c in casualties(text)] == [("killed", best)]


@pytest.mark.parametrize("text", [
    "Two villagers who were kidnapped were found dead in a forest near the town.",
    "Two aid workers who had been abducted last week were later executed, the group said.",
])
def test_a_captivity_in_a_relative_clause_and_a_death_in_the_main_one_are_both_told(text: str) -> None:
    assert {(c.data["outcome"], c.data["count"].best) for c in casualties(text)} == {
        ("kidnapped", 2), ("killed", 2)}
    assert facts("Two villagers who were kidnapped were released on Monday.") == {
        ("kidnapped", 2, "villagers")}


@pytest.mark.parametrize(("text", "sides"), [
    ("One Cambodian soldier was killed and five soldiers were wounded, the Thai army said.",
     ["Cambodia", "Cambodia"]),
    # people of another noun keep their own reading (the speaker's soldiers)
    ("Two Cambodian civilians were killed and five soldiers were wounded, the Thai army said.",
     ["civilians", "Thailand"]),
])
def test_the_same_forces_noun_repeated_bare_keeps_the_side_named_before(
        text: str, sides: list[str | None]) -> None:
    assert [c.data["side"] for c in casualties(text)] == sides


@pytest.mark.parametrize(("text", "fact"), [
    ("Six policemen and civilians were killed in the blast.", ("killed", 6, "policemen")),
    ("Five soldiers and allied militia fighters died in the ambush.", ("killed", 5, "soldiers")),
    # plurals without an "s"
    ("Twelve women and children were killed in the strike.", ("killed", 12, "women")),
    ("13 passengers and crew were injured by the hijackers.", ("wounded", 13, "passengers")),
    # "and" inside a name: the predicate comes after it
    ("Four students from the Faculty of Law and Jurisprudence at Teska University were killed.",
     ("killed", 4, "students from the Faculty of Law")),
])
def test_a_plural_without_a_figure_joined_to_the_group_leaves_the_figure_its_group(
        text: str, fact: tuple[str, int, str]) -> None:
    assert facts(text) == {fact}


@pytest.mark.parametrize(("text", "found"), [
    ("The militants burned nine villagers alive in a barn.", {("killed", 9, "villagers")}),
    ("Twelve prisoners were burned alive in their cells.", {("killed", 12, "prisoners")}),
    ("Rioters burned 40 houses and three cars.", set()),
    ("The attackers burned three guards with acid.", set()),
])
def test_burning_kills_only_when_the_people_are_burned_alive(
        text: str, found: set[tuple[str, int, str]]) -> None:
    assert facts(text) == found


@pytest.mark.parametrize("aside", ["(two seriously)", "(some serious)", "(seriously)"])
def test_a_bare_participle_stays_passive_before_a_bracketed_aside(aside: str) -> None:
    text = f"One person was killed and eight injured {aside} after a bombing near a market."
    assert facts(text) == {("killed", 1, "person"), ("wounded", 8, None)}


def test_a_list_item_with_a_predicate_of_its_own_takes_no_outcome_from_the_first() -> None:
    text = "The war has killed more than 9,000 people, and thousands more have been displaced."
    assert facts(text) == {("killed", 9000, "people")}


def test_a_denial_between_a_figure_and_a_predicate_ends_the_figure() -> None:
    assert facts("A police spokesman in Dovrek denied that any officer had been killed.") == set()


def test_a_predicate_in_a_relative_clause_set_off_by_commas_is_read() -> None:
    assert facts("The toll leaves out the four gunmen, who were all killed, police said.") == {
        ("killed", 4, "gunmen")}


@pytest.mark.parametrize("text", [
    "The gunman shot a hundred people, killing 49.",   # the shot include the dead
    "Troops shot down two drones over the city.",      # no people
])
def test_shot_is_no_count_of_wounded_when_it_holds_the_dead_or_no_people(text: str) -> None:
    assert not any(c.data["outcome"] == "wounded" for c in casualties(text))


def test_part_of_the_wounded_told_before_is_no_new_figure() -> None:
    text = "Rebels wounded six villagers. Two of the injured are in a serious condition."
    assert claimkit.extract(text).tally()["wounded"].best == 6
    assert facts("Two of the wounded later died in hospital.") == {("killed", 2, "wounded")}


def test_the_supreme_price_is_a_death_beside_another_casualty_word() -> None:
    # "supreme" is no trigger word of its own ("Supreme Court"): the sentence needs another
    text = "Troops neutralised 12 terrorists, while one soldier paid the supreme price."
    assert facts(text) == {("killed", 12, "terrorists"), ("killed", 1, "soldier")}


def test_a_sum_of_women_and_men_is_not_the_soldiers_figure_told_before() -> None:
    text = ('"Two Ukrainian soldiers were wounded," the officer said. Ivan Tarno said Russian glide '
            "bombs had struck Vuzlove overnight, wounding a 67-year-old woman and a man.")
    wounded = [(c.data["count"].best, c.data["side"]) for c in claimkit.extract(text).claims_of("casualty")]
    assert (2, "Ukraine") in wounded
    assert (2, "civilians") in wounded


def test_a_sum_of_a_civilian_and_her_husband_is_not_the_police_figure_told_after() -> None:
    text = ("In Basra gunmen shot dead a school director and her husband. "
            "In Kirkuk militants killed 2 policemen and injured 2 more.")
    killed = [(c.data["count"].best, c.data.get("group")) for c in casualties(text)
              if c.data["outcome"] == "killed"]
    assert (2, None) in killed  # the sum of the director and her husband
    assert (2, "policemen") in killed


def test_what_the_dead_include_adds_up_to_at_least_its_sum() -> None:
    totals = [c.data["count"] for c in casualties("The dead include 3 children and 2 women.")
              if c.data.get("total")]
    assert [(t.best, t.low, t.high, t.qualifier) for t in totals] == [(5, 5, None, "at_least")]


def test_a_possessive_before_the_next_item_still_makes_a_list() -> None:
    text = "The shelling killed a woman and her two daughters."
    assert facts(text) == {("killed", 1, "woman"), ("killed", 2, "daughters")}
    assert [c.data["count"].best for c in casualties(text) if c.data.get("total")] == [3]


@pytest.mark.parametrize("text", [
    "The man, aged 62, was detained at 10:30 on 5 March 2019.",
    "A 34-year-old farmer was killed near 14 Mill Road.",
    "The 101st Airborne Division lost 3 helicopters in 2003.",
    "Police arrested a suspect and seized $20,000 and 12 rifles.",
    "Rebels captured 25 border posts and 4 tanks.",
    "Two howitzers and three pickups were captured along with small arms, the group said.",
    "The attack in 1998 killed a guard of the 7th Battalion.",
    "Flight 93 crashed at 10:03 and everyone on board was killed.",
    "About 40% of the wounded were children.",
])
def test_years_ages_times_money_addresses_units_and_equipment_are_not_counts(text: str) -> None:
    for claim in casualties(text):
        best = claim.data["count"].best
        assert best in (0, 1), (best, text)


def test_a_breakdown_after_a_spaced_hyphen_is_parts_of_the_figure() -> None:
    text = "The document puts the toll at 94 dead - 71 soldiers and 23 militiamen - and 38 wounded."
    claims = casualties(text)
    by_best = {c.data["count"].best: c for c in claims}
    assert {71, 23} <= set(by_best)
    assert by_best[71].data.get("part_of") == by_best[94].id
    # the whole is no civilians' toll when combatants are among its parts
    text = "Twelve people were killed - seven soldiers and five civilians."
    assert [c.data["side"] for c in casualties(text) if c.data["count"].best in (12, 7)] == [None, None]


def test_both_sides_count_no_one() -> None:
    text = "On both sides, at least 64 people - soldiers and civilians - have been killed."
    assert {c.data["count"].best for c in casualties(text)} == {64}


def test_equipment_and_places_are_not_people() -> None:
    assert facts("Rebels captured 25 border posts and destroyed 4 tanks.") == set()
    # weapons recovered "together with" bodies are no more dead; a person's noun before a
    # vehicle's names the vehicle
    assert facts("Troops recovered the bodies of 61 militants, together with 48 small arms.") == {
        ("killed", 61, "militants")}
    assert facts("The group seized a passenger train in March.") == set()


# --- groups and sides ------------------------------------------------------------------

def test_group_and_side_from_a_demonym() -> None:
    claim = one("58 Pakistani soldiers were killed in the clashes.")
    assert claim.data["group"] == "Pakistani soldiers"
    assert claim.data["side"] == "Pakistan"


def test_side_from_an_armed_group() -> None:
    claim = one("Nine Taliban fighters were wounded in the fighting.")
    assert claim.data["side"] == "Taliban"


def test_civilians_have_a_group_and_the_side_civilians_which_is_no_party() -> None:
    claim = one("Six civilians were killed in the shelling.")
    assert (claim.data["group"], claim.data["side"]) == ("civilians", "civilians")
    # a nation's civilians are civilians too, their nation kept in the group
    assert (one("Six Afghan civilians were killed.").data["group"],
            one("Six Afghan civilians were killed.").data["side"]) == ("Afghan civilians", "civilians")


# --- one claim per fact ----------------------------------------------------------------

def test_repeats_of_a_fact_merge_and_list_every_mention() -> None:
    text = ("31 Soldiers Killed in Border Raid\n"
            "Militants killed 31 soldiers in a raid on a border post, officials said.\n"
            "The 31 soldiers were killed when the post was overrun.")
    found = casualties(text)
    assert len(found) == 1
    claim = found[0]
    assert len(claim.mentions) == 3
    assert [text[s.start:s.end].count("31") for s in claim.mentions] == [1, 1, 1]


def test_the_same_fighters_under_a_press_office_word_merge() -> None:
    text = ("Seven khwarij killed in North Waziristan\n"
            "Seven terrorists were sent to hell in the operation, the ISPR said.")
    assert [len(c.mentions) for c in casualties(text)] == [2]


def test_different_figures_stay_separate() -> None:
    text = "Police said 10 people were killed. A hospital later said 14 people were killed."
    assert sorted(c.data["count"].best for c in casualties(text)) == [10, 14]


def test_including_marks_a_part() -> None:
    text = "The blast killed 7 people, including three children."
    found = {c.data["count"].best: c for c in casualties(text)}
    assert found[3].data["part_of"] == found[7].id
    assert "part_of" not in found[7].data


@pytest.mark.parametrize(("text", "parts"), [
    # people named one by one are the figure's people, no figures of their own
    ("Two civilians, a farmer and his son, were killed when a shell struck their house.", 0),
    ("Three children, two boys and a girl, were wounded in the strike.", 2),
    ("A drone hit a bus stop, injuring two civilians, a woman and a teenager.", 0),  # after a verb
    # a short phrase may end the last item before the closing comma
    ("Two civilians, a man and a woman travelling in a pickup truck, were also killed.", 0),
])
def test_items_set_off_by_commas_that_add_up_to_the_figure_before_are_its_parts(
        text: str, parts: int) -> None:
    found = casualties(text)
    assert not [c for c in found if c.data.get("total")]  # no sum of 4 or 6
    opening = next(c for c in found if "part_of" not in c.data)
    assert [c.data["part_of"] for c in found if c is not opening] == [opening.id] * parts


@pytest.mark.parametrize("text", [
    "Two soldiers, a policeman and a civilian, all from Hesk, were killed.",  # other kinds
    "Two civilians, a farmer and his son were killed.",  # not set off: a list of three
])
def test_a_list_that_only_happens_to_add_up_stays_a_list(text: str) -> None:
    totals = [c for c in casualties(text) if c.data.get("total")]
    assert [c.data["count"].best for c in totals] == [4]


def test_ids_are_unique_and_follow_existing_claims() -> None:
    doc = claimkit.extract("Five soldiers were killed. Two civilians were wounded.")
    ids = [c.id for c in doc.claims]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("casualty-") for i in ids)


def test_attribution_is_attached_when_an_earlier_stage_found_one() -> None:
    text = "The army said 12 soldiers were killed."
    doc = Document(text)
    cue = doc.snippet(claimkit.Span(9, 13))
    content = doc.snippet(claimkit.Span(14, len(text) - 1))
    source = claimkit.Speaker(text="The army", span=claimkit.Span(0, 8))
    doc = doc.add_attributions([claimkit.Attribution(source=source, cue=cue, content=content,
                                                     mode="indirect")])
    from claimkit.extractors._casualty import casualty_stage
    claim = casualty_stage(doc).claims_of("casualty")[0]
    assert claim.attribution is not None
    assert claim.attribution.source is not None
    assert claim.attribution.source.text == "The army"


@pytest.mark.parametrize("text", [
    "Police said 12 soldiers were killed.",
    "Police said about 12 soldiers were killed.",
    "Police said 12 soldiers were reported missing.",
])
def test_the_claimant_is_the_speaker_with_a_name(text: str) -> None:
    (claim,) = claimkit.extract(text).claims_of("casualty")
    assert claim.attribution is not None
    assert claim.attribution.source is not None
    assert claim.attribution.source.text == "Police"


def test_claimants_keep_figures_apart() -> None:
    text = "The army said 12 soldiers were killed. The rebels said 12 soldiers were killed."
    doc = Document(text)
    atts = []
    for speaker in ("The army", "The rebels"):
        start = text.index(speaker)
        who = start + len(speaker)
        end = text.index(".", who)
        source = claimkit.Speaker(text=speaker, span=claimkit.Span(start, who), organization=speaker[4:])
        atts.append(claimkit.Attribution(source=source, cue=doc.snippet(claimkit.Span(who + 1, who + 5)),
                                         content=doc.snippet(claimkit.Span(who + 6, end)),
                                         mode="indirect"))
    from claimkit.extractors._casualty import casualty_stage
    found = casualty_stage(doc.add_attributions(atts)).claims_of("casualty")
    assert len(found) == 2
    assert {c.attribution.source.text for c in found if c.attribution and c.attribution.source} == {
        "The army", "The rebels"}


def test_a_feed_footer_repeating_the_headline_is_never_evidence() -> None:
    text = ("Rebels Say 14 Soldiers Killed Near Dovrek\n"
            "The rebels said 14 soldiers were killed near Dovrek on Monday.\n"
            "The post Rebels Say 14 Soldiers Killed Near Dovrek appeared first on Frontier Ledger.")
    doc = claimkit.extract(text)
    footer = text.index("The post")
    claims = doc.claims_of("casualty")
    assert claims, "the body's figure is still read"
    assert all(s.start < footer for c in claims for s in c.mentions)


@pytest.mark.parametrize("text", [
    "The ministry denied that any of its soldiers had been killed.",
    "Officials said none of the guards was hurt in the attack.",
])
def test_a_quantified_nobody_is_no_figure_of_one(text: str) -> None:
    assert all(c.data["count"].best != 1 for c in claimkit.extract(text).claims_of("casualty"))


@pytest.mark.parametrize(("text", "want"), [
    # "another" with an adverb before its participle, and as the object of an active verb
    ("One guard was killed and another lightly wounded in the ambush near Tarsa.",
     {("killed", 1, "guard"), ("wounded", 1, None)}),
    ("Gunmen killed one soldier and injured another near the camp.",
     {("killed", 1, "soldier"), ("wounded", 1, None)}),
    # sent to hospital: wounded
    ("The bomb killed four people and sent 42 to the hospital.",
     {("killed", 4, "people"), ("wounded", 42, None)}),
    ("One person sustained slight injuries.", {("wounded", 1, "person")}),
    ("A bomb disposal expert was killed in the blast.", {("killed", 1, "bomb disposal expert")}),
    # a death after another fate, over a modifier of the group
    ("Three aid workers employed by a charity were kidnapped near Tarsa and later shot dead.",
     {("kidnapped", 3, "aid workers"), ("killed", 3, "aid workers")}),
])
def test_another_the_hospital_and_later_deaths(text: str, want: set[tuple[str, int, str | None]]) -> None:
    assert facts(text) == want


def test_another_alone_heads_no_list_and_a_pronoun_is_no_figure() -> None:
    text = ("Militants attacked a checkpoint, killing one policeman and injuring another, a sniper "
            "also killed a guard at a second checkpoint.")
    assert ("wounded", 1, "sniper") not in facts(text)
    assert ("wounded", 1, None) in facts(text)
    assert facts("The two sides promised to protect one another.") == set()


@pytest.mark.parametrize(("text", "want"), [
    # a group in scare quotes, and a name in quotes inside the group
    ('The release said seven "terrorists" were neutralised in the bush.', {("killed", 7, "terrorists")}),
    ('He said that more than 10 soldiers of "the Republic" had been killed.',
     {("killed", 10, 'soldiers of "the Republic"')}),
    ("It said it had killed 23 members of the “Crusader” Varnian army.",
     {("killed", 23, "members of the “Crusader” Varnian army")}),
    # a body in apposition counts no one
    ("He said two soldiers of the Tarn Rifles, a paramilitary force, were wounded.",
     {("wounded", 2, "soldiers of the Tarn Rifles")}),
    # a figure in quotes opening with any qualifier
    ("He said they had killed “no fewer than 120 militiamen” and destroyed 18 vehicles.",
     {("killed", 120, "militiamen")}),
    ("The group said it had killed 'as many as 40 soldiers' near the town.", {("killed", 40, "soldiers")}),
    # a noun left out after a coordinated verb, and "taken prisoner" after a coordinated figure
    ("The rebels said they killed 12 soldiers and captured 35.",
     {("killed", 12, "soldiers"), ("captured", 35, None)}),
    # ... after a bare figure of the dead, people too
    ("The rebels said they killed 57 and captured 11.", {("killed", 57, None), ("captured", 11, None)}),
    ("The channel said dozens of soldiers had been killed and 43 taken prisoner.",
     {("killed", None, "soldiers"), ("captured", 43, None)}),
    # a part after a group whose outcome stands before it
    ("The hospital received 61 wounded patients, including 19 children.",
     {("wounded", 61, "patients"), ("wounded", 19, "children")}),
    ("A hospital in Tarsa admitted 23 patients with gunshot and blast wounds.",
     {("wounded", 23, "patients")}),
])
def test_quotes_left_out_nouns_parts_and_admissions(
        text: str, want: set[tuple[str, int, str | None]]) -> None:
    assert facts(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Prosecutors opened investigations into 17 homicides since Friday.", {("killed", 17, None)}),
    ("Officials said a strike had killed a family of four.", {("killed", 4, None)}),
    ("At least 16 people were being treated for gunshot wounds in Tibu.", {("wounded", 16, "people")}),
    # a noun left out twice over: "killing 41 [fighters] and capturing 16 [fighters]"
    ('Troops had "neutralised" 57 fighters in the surrounding forests, killing 41 and capturing 16.',
     {("killed", 57, "fighters"), ("killed", 41, None), ("captured", 16, None)}),
    # a year before a title is no count
    ("2003 Dorel murders: gunmen opened fire on teenagers, killing 2 people.", {("killed", 2, "people")}),
])
def test_homicides_families_treatment_and_years(text: str, want: set[tuple[str, int, str | None]]) -> None:
    assert facts(text) == want


def test_one_person_and_others_after_one_verb_are_two_figures_that_add_up() -> None:
    text = "Two bombers struck the minister's home, killing the minister and at least 21 other people."
    assert {("killed", 1, "minister"), ("killed", 21, "other people")} <= facts(text)
    assert claimkit.extract(text).tally()["killed"].best == 22
    assert ("killed", 6, "others") in facts("A bomber blew herself up, killing him and six others.")
    # the attacker named first is no figure: the people after "and" are
    suicide = "The bomber blew himself up at the gate, killing himself and two police officers."
    assert facts(suicide) == {("killed", 2, "police officers")}
    assert claimkit.extract(suicide).tally()["killed"].best == 2
    # a participle after an article is an adjective: no verb for the figure after it
    assert ("killed", 7, "other wounded people") not in facts(
        "The attack left a killed guard and seven other wounded people.")


@pytest.mark.parametrize(("text", "want"), [
    ("Gunmen shot and killed a Shia Muslim in the district.", ("killed", 1, "Shia Muslim")),
    ("An election candidate was shot dead by unknown gunmen.", ("killed", 1, "election candidate")),
])
def test_believers_and_candidates_count_as_one(text: str, want: tuple[str, int, str]) -> None:
    assert want in facts(text)


def test_an_unnamed_voice_and_a_fuller_telling_of_it_are_one_claimant() -> None:
    text = ("Clashes in Tripoli kill at least eight, health ministry says\nThe fighting killed at "
            "least eight people, the health ministry of the Tripoli-based government said.")
    found = claimkit.extract(text).claims_of("casualty")
    assert [len(c.mentions) for c in found] == [2]
    assert found[0].attribution is not None
    assert found[0].attribution.source is not None
    assert found[0].attribution.source.text == "the health ministry of the Tripoli-based government"


def test_a_named_voice_and_an_unnamed_one_telling_one_figure_are_one_claim() -> None:
    text = ("Niger says 17 soldiers killed in ambush\nSeventeen Nigerien soldiers were killed and 9 "
            "wounded, the defence ministry said.")
    found = claimkit.extract(text).claims_of("casualty")
    assert sorted((c.data["count"].best, len(c.mentions), c.data["side"]) for c in found) == [
        (9, 1, "Niger"), (17, 2, "Niger")]


def test_a_government_office_and_its_government_telling_one_figure_are_one_claim() -> None:
    # "the Office of the Prime Minister" names no party of its own: the government's figure,
    # told again in its communiqué, is one fact, whose side the communiqué's words name
    text = ("Haiti says police retook Mirebalais, 27 gang members killed\n"
            "Haiti's government said on Monday that police had retaken the town from the Viv Ansanm "
            "gang coalition and that at least 27 gang members had been killed.\n\n"
            "The Office of the Prime Minister published the following communique:\n\n"
            "\"During this operation, at least twenty-seven (27) bandits were neutralised.\"")
    found = claimkit.extract(text).claims_of("casualty")
    assert [(c.data["count"].best, len(c.mentions), c.data["side"]) for c in found] == [(27, 3, "Viv Ansanm")]


@pytest.mark.parametrize(("text", "source"), [
    # the title's terse words run its first clause into the source; the lede names the group
    ("Al-Qaeda affiliate claims deadly raid on army camp, says 53 soldiers killed\n\n"
     "BAMAKO (AP) - Al-Qaeda's Sahel affiliate JNIM on Tuesday claimed an assault on an army "
     "camp, saying it had killed 53 soldiers.", "Al-Qaeda's Sahel affiliate JNIM"),
    # "the source" is one of "two security sources"; of two as full, the words before a clause
    # set off by a comma count
    ("Gunmen attacked the base, killing at least 34 soldiers, two security sources said.\n"
     '"We have counted 34 bodies so far," said the source, who asked not to be named because '
     "he was not authorised to speak to the media.", "two security sources"),
])
def test_a_fact_told_twice_keeps_the_fuller_telling_of_its_speaker(text: str, source: str) -> None:
    (fact,) = claimkit.extract(text).claims_of("casualty")
    assert len(fact.mentions) == 2
    assert fact.attribution is not None
    assert fact.attribution.source is not None
    assert fact.attribution.source.text == source


def test_two_unnamed_voices_telling_one_figure_stay_two_claims() -> None:
    text = "Residents said 12 people were killed.\nThe army said 12 people were killed."
    assert len(claimkit.extract(text).claims_of("casualty")) == 2


def test_digits_in_brackets_repeat_a_number_and_other_fates_are_no_casualties() -> None:
    text = ("On the enemy side: more than fifty (50) terrorists neutralised, around thirty "
            "motorcycles destroyed. The war has left 3,000 people killed, 22,000 displaced and "
            "400 missing. Three displaced people were killed.")
    assert facts(text) == {("killed", 50, "terrorists"), ("killed", 3000, "people"),
                           ("missing", 400, None), ("killed", 3, "displaced people")}


def test_figures_after_a_dash_are_parts_and_a_wounded_figure_may_take_a_relative_clause() -> None:
    text = ("She said 12 people have been killed in the attack — seven security personnel and five "
            "civilians.")
    parts = {(c.data["count"].best, c.data["group"]) for c in casualties(text) if c.data.get("part_of")}
    assert parts == {(7, "security personnel"), (5, "civilians")}
    text = "The toll: ten (10) killed, fourteen (14) wounded who have been evacuated, and two (2) missing."
    assert facts(text) == {("killed", 10, None), ("wounded", 14, None), ("missing", 2, None)}


def test_a_person_of_a_number_is_an_age() -> None:
    text = "One resident, a woman of 70, was lightly hurt. A man of 45 was killed."
    assert {(o, n) for o, n, _ in facts(text)} == {("wounded", 1), ("killed", 1)}


def test_a_figure_set_in_an_earlier_year_is_another_fact() -> None:
    text = ("ISWAP said it killed about 40 Chadian soldiers at the base on Sunday.\n"
            "In October 2024, about 40 soldiers were killed in an attack on another base.")
    found = claimkit.extract(text, published="2026-05-13").claims_of("casualty")
    assert [(c.data["count"].best, bool(c.data.get("background"))) for c in found] == [
        (40, False), (40, True)]


def test_a_time_after_a_tolls_figure_is_no_group() -> None:
    # "rose to nine | late on Wednesday": the toll's people are its soldiers; the headline's
    # "nine soldiers" is the same fact
    text = ("Toll rises to nine soldiers\n"
            "The number of soldiers killed in the ambush rose to nine late on Wednesday, the army said.")
    [claim] = casualties(text)
    assert (claim.data["group"], claim.data["count"].best) == ("soldiers", 9)
    assert len(claim.mentions) == 2


def test_a_bare_figure_after_a_nominal_one_takes_its_outcome_and_a_group_of_its_own() -> None:
    text = ("At least 31 fighters have been killed, the monitor said. According to the monitor, 19 of "
            "the dead were members of government forces, while 12 were SDF fighters.")
    assert facts(text) == {("killed", 31, "fighters"), ("killed", 19, "members of government forces"),
                           ("killed", 12, "SDF fighters")}


@pytest.mark.parametrize(("text", "best"), [
    ("A hospital official said eight civilians had been brought in with shrapnel wounds.", 8),
    ("A resident said more than 20 people with gunshot wounds had been taken to hospitals.", 20),
    # over an aside that tells who says so
    ("Three officers, the hospital said, had been admitted with gunshot wounds.", 3),
])
def test_people_named_with_their_wounds_are_wounded(text: str, best: int) -> None:
    claim = one(text)
    assert (claim.data["outcome"], claim.data["count"].best) == ("wounded", best)


@pytest.mark.parametrize(("text", "best"), [
    ("Seven soldiers were being treated in hospital, the army said.", 7),
    ("Twelve people remain in hospital, officials said.", 12),
    ("He said 20 passengers were still in hospital.", 20),
])
def test_people_in_hospital_are_wounded(text: str, best: int) -> None:
    claim = one(text)
    assert (claim.data["outcome"], claim.data["count"].best) == ("wounded", best)


def test_being_treated_badly_is_no_wound() -> None:
    assert casualties("Trump was unhappy with the way he was being treated by two rivals.") == []


def test_a_number_inside_the_group_before_is_no_figure() -> None:
    text = "At least three members of a pro-government militia were killed and two others injured."
    assert facts(text) == {("killed", 3, "members of a pro-government militia"), ("wounded", 2, "others")}


def _figures(text: str) -> list[tuple[str, int | None, str | None, str | None]]:
    return [(c.data["outcome"], c.data["count"].best, c.data["group"],
             c.attribution.source.text if c.attribution and c.attribution.source else None)
            for c in claimkit.extract(text).claims_of("casualty")]


def test_the_figure_given_again_counts_the_people_of_the_figure_before() -> None:
    assert _figures("Police said three gunmen were killed. The council put the figure at five.") == [
        ("killed", 3, "gunmen", "Police"), ("killed", 5, "gunmen", "The council")]
    assert _figures("Officials said 23 people had been arrested, while relatives put the number at "
                    "more than 50.")[-1] == ("arrested", 50, "people", "relatives")
    assert _figures("The army said 14 soldiers died; the rebels gave a figure of 40.")[-1] == (
        "killed", 40, "soldiers", "the rebels")


@pytest.mark.parametrize(("text", "last"), [
    ("The administration said 41 civilians were killed, and an adviser later raised that figure to 52.",
     ("killed", 52, "civilians")),
    ("The army said 12 soldiers were killed. It later revised the number to 15.", ("killed", 15, "soldiers")),
    ("Medics said 20 people were wounded; the ministry later lowered that figure to 14.",
     ("wounded", 14, "people")),
])
def test_a_figure_changed_to_another_counts_the_same_people(
        text: str, last: tuple[str, int, str]) -> None:
    assert _figures(text)[-1][:3] == last


def test_a_figure_changed_after_no_casualty_figure_is_none() -> None:
    assert _figures("About 3,000 people fled. The agency later raised that figure to 5,000.") == []


@pytest.mark.parametrize("text", [
    # the number just before is no casualty figure's
    "About 3,000 people fled. The agency put the figure at 5,000.",
    "Police said three gunmen were killed and 3,000 people fled. The agency put the figure at 5,000.",
    ("Police said three gunmen were killed. About 3,000 people fled their homes. The agency said the "
     "dead were all civilians and put the figure at 5,000."),
    # the same figure again is no new one
    "Police said five gunmen were killed. The council put the number at five.",
])
def test_the_figure_given_again_only_after_a_casualty_figure(text: str) -> None:
    assert len(_figures(text)) == (1 if "gunmen" in text else 0)
