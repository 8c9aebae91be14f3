"""The side vocabulary: built-in demonyms and armed groups, extended by plugins."""

from __future__ import annotations

import types
from collections.abc import Callable

import pytest

import claimkit
from claimkit import Document, hookimpl
from claimkit._plugins import registry, side_vocabulary
from claimkit.extractors._casualty import casualty_stage
from claimkit.extractors._sides import SideIndex, labelled, one_branch_each

pytestmark = pytest.mark.usefixtures("fresh_plugins")


def sides_of(text: str) -> list[str | None]:
    return [c.data["side"] for c in casualty_stage(Document(text)).claims_of("casualty")]


def test_builtin_demonyms_and_groups() -> None:
    vocabulary = side_vocabulary()
    assert vocabulary["Pakistani"] == "Pakistan"
    assert vocabulary["Afghan"] == "Afghanistan"
    assert sides_of("Seven Afghan policemen were killed.") == ["Afghanistan"]


@pytest.mark.parametrize(("text", "side"), [
    # Haftar's forces by either name, under the one wire reports use most
    ("Three LAAF soldiers were killed near Umm Tiri.", "Libyan National Army (LNA)"),
    ("Three soldiers of the Libyan National Army were killed.", "Libyan National Army (LNA)"),
    ("Six Radaa fighters were killed in the clashes.", "Radaa"),
    ("Four fighters of the Stability Support Apparatus were killed.", "Stability Support Apparatus (SSA)"),
    ("Three fighters of the 444 Combat Brigade were killed.", "444th Brigade"),
])
def test_libyas_armed_groups(text: str, side: str) -> None:
    assert sides_of(text) == [side]


@pytest.mark.parametrize(("text", "side"), [
    # Colombia's FARC dissidents by a front's name; Myanmar's Arakan Army by its initials
    ("Six fighters of the 33rd Front were killed near Tibu.", "FARC dissidents"),
    ("Nine AA fighters were killed near Sittwe.", "Arakan Army"),
])
def test_more_armed_groups_of_current_wars(text: str, side: str) -> None:
    assert sides_of(text) == [side]


@pytest.mark.parametrize(("text", "side"), [
    ("Two Polisario fighters were killed in the drone strike.", "Polisario Front"),
    ("Three TPNPB fighters were killed in the clash.", "West Papua National Liberation Army"),
    ("Four NRF fighters were killed in Andarab.", "National Resistance Front (NRF)"),
    ("Two TNI soldiers were killed in the ambush.", "Indonesia"),
    # the Khorasan branch by any of its names, under its own with its initials
    ("Taliban forces killed six IS-Khorasan militants.", "Islamic State Khorasan Province (ISKP)"),
    ("Taliban forces killed six ISIS-K militants.", "Islamic State Khorasan Province (ISKP)"),
    ("Seven SSC-Khatumo fighters were killed near Erigavo.", "SSC-Khatumo"),
    ("Four Chapitos gunmen were killed in Culiacán.", "Los Chapitos"),
    ("Two fighters of the Union of Sinai Tribes were killed.", "Union of Sinai Tribes"),
    ("Three JAS fighters were killed.", "Boko Haram"),
    # Sudan's state media name the RSF after its leader's family
    ("Twelve Dagalo militia fighters were killed near El Fasher.", "Rapid Support Forces (RSF)"),
])
def test_more_armed_groups_and_forces(text: str, side: str) -> None:
    assert sides_of(text) == [side]


@pytest.mark.parametrize(("text", "side"), [
    ("Nine FAMa died.", "Mali"),
    ("Nine FARDC were killed.", "DR Congo"),
])
def test_a_states_forces_by_their_own_name_are_no_civilians(text: str, side: str) -> None:
    # (a demonym alone outside fighting is civilians: "Nine Malians died")
    assert sides_of(text) == [side]
    assert sides_of("Nine Malians died.") == ["civilians"]


@pytest.mark.parametrize(("text", "side"), [
    ("Jaish al-Adl attacked a post of Iran's Revolutionary Guards. It put the Guards' losses at 14 dead.",
     "Iran"),
    ("Iran's Islamic Revolutionary Guard Corps (IRGC) besieged the village. Officials say the attack "
     "left seven Guards dead.", "Iran"),
    ("Morocco said the Polisario Front attacked. It said two fighters of the Front were killed.",
     "Polisario Front"),
])
def test_a_party_goes_by_a_word_of_its_name_after_the_or_a_figure(text: str, side: str) -> None:
    assert sides_of(text)[-1] == side


def test_a_word_of_a_name_is_no_party_where_the_report_names_none_with_it() -> None:
    # no party named in full with "Guards": a state's guards, as before
    assert sides_of("Gunmen attacked the post in Niger. Seven Guards were killed.") == [None]


@pytest.mark.parametrize(("text", "side"), [
    # the possessor of the losses, a state's body the report's state
    ("Afghan forces repelled the rebels. He put the government's losses at two dead.", "Afghanistan"),
    ("The RSF's losses stood at 40 fighters, the army said.", "Rapid Support Forces (RSF)"),
    # a toll that has risen, and a party's name as the losses' modifier, with no possessive
    ("Afghan forces repelled the rebels. He said the army's losses had risen to seven dead.", "Afghanistan"),
    ("The Taliban said 17 rebels were killed, while Taliban losses stood at six dead.", "Taliban"),
    ("The Kremlin said Russian losses were 12 dead.", "Russia"),
    # a party that admits dead admits its own
    ("The rebels attacked the post. The Taliban acknowledged three dead.", "Taliban"),
    # the subject of a toll's relative clause is no part of its people
    ("Ethiopia's army fought the OLA. The group put the number of soldiers it killed at 40.", "Ethiopia"),
])
def test_whose_losses_a_figure_counts(text: str, side: str) -> None:
    assert sides_of(text)[-1] == side


@pytest.mark.parametrize(("text", "side"), [
    ("Militants attacked a Beninese army post. A nurse said the morgue had received 14 bodies in uniform.",
     "Benin"),
    ("Al-Shabaab attacked a Somali army base. Residents carried at least 20 bodies in army uniform"
     " to the road.", "Somalia"),
])
def test_bodies_in_uniform_are_the_reports_states_forces(text: str, side: str) -> None:
    assert sides_of(text) == [side]


def test_bodies_in_no_uniform_stay_civilians() -> None:
    text = "Bandits raided the village. A nurse said the morgue had received 14 bodies."
    assert sides_of(text) == ["civilians"]


@pytest.mark.parametrize("text", [
    "A drone strike near the border killed three gold prospectors.",
    "Gunmen took 40 hostages at the mine.",
    "An elderly priest was killed in the attack on the church.",
    "Two of the agency's staff were wounded.",
    "The field's operator said one of its contractors had been killed.",
])
def test_trades_and_callings_no_party_counts_as_fighters_are_civilians(text: str) -> None:
    assert sides_of(text)[0] == "civilians"


@pytest.mark.parametrize(("text", "side"), [
    # a union's or an association's members are civilians (the speaker is read by the
    # attribution stage: the whole pipeline)
    ("The port workers' union said 21 of its members had been killed.", "civilians"),
    ("The drivers' association said four members were wounded in the strike.", "civilians"),
    ("The African Union said nine of its members were killed.", None),
])
def test_members_of_a_civilian_body_are_civilians(text: str, side: str | None) -> None:
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [side]


def test_a_lists_total_is_on_the_side_its_items_share_not_the_figure_before() -> None:
    # the total of "a radio journalist and a police officer" is no civilians' figure because
    # the hostages before it are civilians
    text = "They took 149 hostages and killed a radio journalist and a police officer."
    assert sides_of(text) == ["civilians", "civilians", None, None]


def test_our_soldiers_are_the_speakers_though_another_party_is_the_subject() -> None:
    text = 'Defence Minister Camilo Restrepo of Colombia said: "The ELN kidnapped four of our soldiers."'
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Colombia"]


def test_its_people_after_a_unit_named_in_the_report_are_the_units() -> None:
    text = ("Russian military bloggers claimed that a Ukrainian platoon was encircled near the village "
            "and that 40 of its soldiers were taken prisoner.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Ukraine"]
    # (no unit named: the speaker's own)
    text = "The Russian army said 40 of its soldiers were taken prisoner near the village."
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Russia"]


def test_prisoners_taken_by_those_who_killed_a_partys_fighters_are_that_partys() -> None:
    text = "Army troops had killed 45 RSF fighters there and taken 6 prisoners."
    assert sides_of(text) == ["Rapid Support Forces (RSF)"] * 2
    # (another subject took them: no side read from the figure before)
    assert sides_of("The army killed 45 RSF fighters, and the RSF took 6 prisoners.")[1] is None


def test_a_state_named_once_in_passing_yields_to_the_country_of_the_places() -> None:
    # Tikrit is in Iraq; "US soldiers" once is no reason to make the report's soldiers American
    text = ("Attacks across Iraq killed 27 people, including 5 US soldiers killed at Camp Victory. "
            "A suicide bomber struck a compound in Tikrit, killing 13 people. Nine of the dead were "
            "soldiers. In Baghdad a car bombing killed one. A bomb exploded in Ramadi.")
    soldiers = {c.data["group"]: c.data["side"] for c in claimkit.extract(text).claims_of("casualty")}
    assert (soldiers["US soldiers"], soldiers["soldiers"]) == ("United States", "Iraq")


def test_the_figure_a_toll_was_revised_from_counts_the_same_people_whoever_gave_it() -> None:
    text = "The NRF said 31 Taliban fighters had been killed, up from the 23 the group announced on Monday."
    assert sides_of(text) == ["Taliban", "Taliban"]


def test_the_subject_of_lost_is_the_side_that_lost() -> None:
    assert sides_of("Russian forces lost 300 troops in a day, the Ukrainian military said.") == ["Russia"]
    assert sides_of("Russian losses amounted to 1,200 troops, Kyiv said.") == ["Russia"]


@pytest.mark.parametrize(("text", "side"), [
    ("Sudan’s military insists it lost only six men in the fighting.", "Sudan"),
    ("An RSF commander said: “We lost six brothers in the assault.”", "Rapid Support Forces (RSF)"),
    ("A Taliban commander said his side had lost only two men.", "Taliban"),
    # an adverb of two words between the auxiliary and "lost"
    ("A Taliban commander said his side had in fact lost two men.", "Taliban"),
    ("A Taliban commander said his side has so far lost two men.", "Taliban"),
    # a body an armed group's spokesman speaks for
    ("A Taliban spokesman said the group had lost three men.", "Taliban"),
    # the army telling what "the group" lost tells its enemy's losses, not its own
    ("The Pakistani army said the group had lost 30 men.", None),
])
def test_the_speaker_as_the_subject_of_lost_is_the_side_that_lost(text: str, side: str | None) -> None:
    assert [s for _, s in extracted_sides(text)] == [side]


@pytest.mark.parametrize("text", [
    "The Russian Defence Ministry claims the enemy lost up to 1,250 troops in a day.",
    "The Russian Defence Ministry said enemy losses amounted to up to 155 servicemen.",
])
def test_a_side_named_before_the_subject_is_not_the_side_that_lost(text: str) -> None:
    assert sides_of(text) == [None]  # "the enemy" lost them, not Russia


def test_the_longest_term_wins_and_acronyms_keep_their_case() -> None:
    index = SideIndex({"Pakistani": "Pakistan", "Pakistani Taliban": "TTP", "TTP": "TTP"})
    text = "Pakistani Taliban fighters and ttp members"
    assert [(text[s:e], side) for s, e, side in index.find(text)] == [("Pakistani Taliban", "TTP")]


def test_a_plugin_extends_the_vocabulary() -> None:
    module = types.ModuleType("korvania_sides")

    @hookimpl
    def claimkit_register_sides(register: Callable[[str, str], None]) -> None:
        register("Korvanian", "Korvania")
        register("KDF", "Korvania")

    module.claimkit_register_sides = claimkit_register_sides  # type: ignore[attr-defined]
    registry().manager.register(module, name="korvania_sides")
    assert sides_of("Twelve Korvanian soldiers were killed.") == ["Korvania"]
    assert sides_of("Four KDF soldiers were wounded.") == ["Korvania"]


def extracted_sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.data["group"], c.data["side"]) for c in claimkit.extract(text).claims_of("casualty")]


def test_non_combatants_named_by_no_party_are_civilians() -> None:
    assert sides_of("Two women and a child were wounded in the strike.") == ["civilians"] * 3
    assert sides_of("Three armed villagers were killed.") == [None]
    assert sides_of("Seven Afghan policemen and two students were killed.")[:2] == [
        "Afghanistan", "civilians"]


def test_civilians_is_no_party_for_the_tally() -> None:
    doc = claimkit.extract("Twelve people were killed. Three children were among the dead, police said.")
    assert doc.tally()["killed"].best == 12


def test_a_states_own_forces_told_by_that_state_are_on_its_side() -> None:
    assert extracted_sides("The Israeli military said two soldiers had been killed.") == [
        ("soldiers", "Israel")]
    # the enemy's forces are not
    assert extracted_sides("The Israeli military said it had killed 40 enemy soldiers.") == [
        ("enemy soldiers", None)]


@pytest.mark.parametrize("text", [
    "Syrian forces clashed with Druze fighters. The interior ministry has put its own losses at 14 dead.",
    "Syrian forces clashed with Druze fighters. The interior ministry said 14 of its members were killed.",
])
def test_an_interior_ministrys_own_are_its_states(text: str) -> None:
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Syria"]


def test_a_part_is_on_its_figures_side() -> None:
    assert extracted_sides("Four soldiers of the Pakistan Army, including two captains, were killed.") == [
        ("soldiers of the Pakistan Army", "Pakistan"), ("captains", "Pakistan")]


def test_an_armed_groups_fighters_told_by_that_group_are_on_its_side() -> None:
    assert extracted_sides("Airstrikes killed seven fighters on Monday, the Taliban said.") == [
        ("fighters", "Taliban")]
    # what the group did is told by it too, but its victims are not its own
    assert extracted_sides("The Taliban said its forces killed 15 fighters.") == [("fighters", None)]
    # a state's "fighters" are its enemies
    assert extracted_sides("The Pakistani army said 15 fighters were killed.") == [("fighters", None)]


def test_others_after_a_figure_in_its_sentence_are_on_its_side() -> None:
    assert extracted_sides("The shelling killed three Ukrainian soldiers and wounded five others.") == [
        ("Ukrainian soldiers", "Ukraine"), ("others", "Ukraine")]
    assert extracted_sides("The blast killed two children and wounded 14 others.") == [
        ("children", "civilians"), ("others", "civilians")]


def test_a_states_forces_named_once_make_unmarked_soldiers_its_own() -> None:
    text = ("Mali's army said on Monday that its positions near Boni had come under attack. "
            "At least 14 soldiers were killed, a local official said, and four gendarmes were "
            "wounded.")
    assert extracted_sides(text) == [("soldiers", "Mali"), ("gendarmes", "Mali")]
    # two states' forces: whose soldiers is not told
    two = ("Armenian troops and Azerbaijan's army exchanged fire overnight. "
           "Three soldiers were killed, a local official said.")
    assert extracted_sides(two) == [("soldiers", None)]


def test_more_states_and_the_reports_one_armed_group_and_families() -> None:
    found = extracted_sides("Two Kyrgyz servicemen and a Tajik border guard were killed.")
    assert {("Kyrgyz servicemen", "Kyrgyzstan"), ("Tajik border guard", "Tajikistan")} <= set(found)
    text = ("Boko Haram fighters stormed an island base overnight. The army said 96 assailants had "
            "been killed.")
    assert ("assailants", "Boko Haram") in extracted_sides(text)
    assert extracted_sides("A mortar shell killed five members of one family.") == [
        ("members", "civilians")]


def test_attackers_the_reports_armed_group_tells_of_are_not_its_own() -> None:
    text = ("The SDF said in a statement that its fighters had repelled attacks by armed groups "
            "and killed 26 of the attackers.")
    assert extracted_sides(text) == [("attackers", None)]


def test_its_fighters_in_the_reports_own_voice_are_the_armed_group_named_last() -> None:
    text = ("The Radaa brigade has led several operations against smugglers. In January, eight of "
            "its fighters were killed in an ambush near Mizda.")
    assert extracted_sides(text) == [("fighters", "Radaa")]


def test_attackers_a_party_tells_of_in_a_report_of_two_parties_are_the_others() -> None:
    text = ("Fighting between the Taliban and the NRF went on in Andarab. The NRF said it had taken "
            "two posts. Taliban spokesman Zabihullah Mujahid said 11 attackers had been killed.")
    assert extracted_sides(text) == [("attackers", "National Resistance Front (NRF)")]
    # (never a state: gunmen a state's police tell of are no other state's)
    text = ("Nigerian police said two gunmen were killed near the border with Niger. Niger's army "
            "was not involved. Niger closed the border.")
    assert extracted_sides(text) == [("gunmen", None)]


@pytest.mark.parametrize(("text", "sides"), [
    # a party's "our people" are its people, not its forces
    ("“Twelve of our people lost their lives in the strike,” Taliban spokesman Zabihullah Mujahid "
     "said.", ["civilians"]),
    # what "the army and its allied militias" lost is the report's state's
    ("Sudan’s army denied the claim. “The army and its allied militias lost 87 dead,” the RSF said.",
     ["Sudan"]),
    # prisoners a party's forces took are the other party's
    ("Sudan’s army denied the claim. “Our forces took 31 prisoners,” the RSF said.", ["Sudan"]),
    ("Al-Shabaab attacked the base. The Somali army said its troops took 12 prisoners.", ["al-Shabaab"]),
])
def test_a_partys_people_losses_and_prisoners(text: str, sides: list[str]) -> None:
    assert [side for _, side in extracted_sides(text)] == sides


def test_of_them_counts_a_named_force_with_its_lower_case_words() -> None:
    text = "The SDF said its fighters repelled an assault by Syrian government forces, killing 22 of them."
    assert extracted_sides(text) == [("Syrian government forces", "Syria")]


def test_of_them_after_a_killing_is_not_the_speakers_own_who_killed() -> None:
    text = ("Russia’s Defence Ministry said its troops had repelled Ukrainian sabotage groups near "
            "Tyotkino, killing about 20 of them.")
    assert [group for group, _ in extracted_sides(text)] == [None]
    # (but "of them" after our own people's fate is theirs)
    text = "“Our heroes confronted the attack, and four of them rose as martyrs,” the ministry said."
    assert extracted_sides(text) == [("heroes", None)]


def test_a_partys_words_for_its_enemy_are_the_other_partys() -> None:
    text = ("Russia launched missiles at Odesa overnight. Ukraine’s Naval Forces said at least 12 "
            "occupiers were eliminated in a strike on a Russian base.")
    assert extracted_sides(text) == [("occupiers", "Russia")]


@pytest.mark.parametrize(("text", "side"), [
    ("The company said three other sailors were still missing after the tanker was struck.",
     "civilians"),
    ("Houthi attacks have killed at least nine seafarers since 2023.", "civilians"),
    ("The Yemeni-flagged tanker was struck off Hodeidah. One crew member died, its operator said.",
     "civilians"),
    # a navy's sailors are no merchant crew
    ("Russia's navy said two sailors were killed when the frigate was hit.", "Russia"),
    # a raid foiled is fighting: its bare figure is not civilians
    ("Coalition says it foiled Houthi border raid in Jazan, killing more than 30", None),
])
def test_merchant_crews_and_a_foiled_raid(text: str, side: str | None) -> None:
    assert [s for _, s in extracted_sides(text)] == [side]


@pytest.mark.parametrize(("text", "sides"), [
    # others of the people counted in the sentence before
    ("Eight Beninese soldiers were killed at Monsey, the army said. He said the soldiers fell with "
     "weapons in hand and that four others were injured.", ["Benin", "Benin"]),
    # (not when the sentence before counts people of several sides: the default for others)
    ("Three Pakistani soldiers and one civilian were killed. Four others were injured.",
     ["Pakistan", "civilians", None, "civilians"]),
    # a figure whose people are of both kinds is no side's
    ("The Red Cross said it had helped evacuate 22 wounded people, both soldiers and civilians.", [None]),
])
def test_others_in_the_next_sentence_and_people_of_both_kinds(text: str, sides: list[str | None]) -> None:
    assert [side for _, side in extracted_sides(text)] == sides


def test_the_people_told_of_just_before_keep_their_side() -> None:
    # (the report names Islamic State most: its armed group, were "the fighters" untold)
    text = ("Islamic State militants attacked two army posts, Islamic State said. A roadside bomb "
            "struck a vehicle, wounding three fighters, the PMF said. A police officer gave a "
            "different account, saying that one of the fighters had died.")
    assert extracted_sides(text)[-2:] == [("fighters", "Popular Mobilization Forces (PMF)")] * 2


@pytest.mark.parametrize("text", [
    "A drone strike on a civilian convoy killed six people and wounded 18, as fighting raged nearby.",
    "A roadside bomb planted by insurgents blew up a civilian vehicle, killing four.",
])
def test_people_hit_at_a_target_called_civilian_are_civilians_whatever_the_fighting(text: str) -> None:
    assert set(sides_of(text)) == {"civilians"}


def test_people_in_general_are_civilians_unless_their_sentence_tells_of_fighting() -> None:
    assert sides_of("A missile strike on the city killed four people.") == ["civilians"]
    assert sides_of("Clashes between the army and rebels killed 20 people.") == [None]
    assert sides_of("Armed bandits killed 18 people, police said.") == ["civilians"]
    # (only the figure's own sentence is read)
    assert sides_of("Soldiers guarded the road. A drone struck the market and killed 12 people.") == [
        "civilians"]


@pytest.mark.parametrize(("text", "side"), [
    # men of no force are people in general
    ("Gunmen stormed the village and killed three men.", "civilians"),
    ("Police said they had detained at least 34 men after the raid.", "civilians"),
    ("At least 10 men from the village were abducted.", "civilians"),
    ("Clashes between the army and rebels killed 20 men.", None),
    # a force's men, a party's own and the men a party lost are not
    ("Four security men were killed in the blast.", None),
    ("Two CRPF men were wounded in the attack.", None),
    ("Four men belonging to a faction of the militia were arrested.", None),
    ("The commander said three of his men were killed.", None),
    ("The brigade lost 25 men in the assault.", None),
])
def test_men_of_no_force_are_people_in_general(text: str, side: str | None) -> None:
    assert sides_of(text) == [side]


def test_a_bare_figure_after_a_figure_in_its_sentence_is_on_its_side() -> None:
    assert sides_of("Three people were killed and nine were wounded in the shelling.") == [
        "civilians", "civilians"]
    assert sides_of("A shell killed two women and wounded 12.") == ["civilians", "civilians"]


def test_people_with_combatants_among_them_have_no_side() -> None:
    assert sides_of("The strike killed 20 people, including 12 soldiers.")[0] is None


def test_the_state_whose_forces_the_report_names_most_owns_unmarked_soldiers() -> None:
    text = ("The Malian army said its convoy was ambushed. The Malian army later sent troops. "
            "Mali's junta expelled French troops in 2022. Five soldiers were killed.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Mali"]
    text = "The Malian army said its convoy was ambushed. French troops left. Five soldiers were killed."
    assert sides_of(text) == [None]  # two states named as often: no side


def test_government_soldiers_are_the_named_governments() -> None:
    text = ("US forces struck the port, the US military said. Forces of Yemen's internationally "
            "recognised government repelled an attack. Three government soldiers were killed, "
            "a military source said.")
    assert sides_of(text) == ["Yemen"]


def test_a_toll_or_bare_figure_is_civilian_only_where_no_combatant_is_named() -> None:
    assert sides_of("By evening the death toll from the massacre had risen to 52.") == ["civilians"]
    assert sides_of("The hospital reported five dead.") == ["civilians"]
    assert sides_of("The army reported five dead.") == [None]
    # people counted with combatants among them, the part told inside the figure's words
    assert sides_of("Police said 20 people, including eight soldiers, were killed.") == [None, None]


def test_the_enemy_a_party_tells_of_and_a_tolls_named_people() -> None:
    war = "Russian forces attacked Ukrainian positions near the village. "
    assert extracted_sides(war + "Ukraine's army spokesman Andriy Horbach said the enemy lost 63 men "
                                 "killed.") == [("men", "Russia")]
    assert sides_of(war + "The Ukrainian army said the number of Russian soldiers killed had risen to about "
                          "70.") == ["Russia"]
    # any figure "the enemy" is told to have, told by a state's spokesman
    assert extracted_sides("White Army fighters attacked a post of South Sudan's army. Army spokesman "
                           "Santo Deng Malual said the enemy left more than 60 bodies on the ground.") \
        == [(None, "White Army")]
    # a side in the toll's other words is not the dead's
    assert sides_of("The toll from the Russian strike on Dnipro rose to 12, officials said.") == ["civilians"]


@pytest.mark.parametrize("text", [
    "The police commissioner put the number of civilian dead at 19.",
    "The army said the civilian death toll had risen to 30.",
    "Police said the number of civilians killed had reached 30.",
    # a toll of an attack on where civilians live or gather
    "A police spokesman said the death toll from Friday's attack on villages in Tsafe had risen to seven.",
    "The army said the toll from the strike on the market had risen to 14.",
    # who made the attack between it and where
    "Police said the death toll from Saturday's attacks by bandits on communities in Maru had risen to 31.",
    # strikes on a place by its name, in a sentence that counts no combatants
    "The death toll from Tuesday's drone attack on Russia's Belgorod region has risen to three.",
    "Police said the death toll from Thursday's gang attack in Kenscoff had climbed to 19.",
])
def test_a_toll_told_of_civilians_is_theirs_whoever_tells_it(text: str) -> None:
    assert sides_of(text) == ["civilians"]


def test_the_datelines_state_breaks_a_tie_between_the_states_named() -> None:
    text = ("PESHAWAR, Pakistan (AP) — Militants attacked a police post in Dera Ismail Khan, killing "
            "five police officers, police said. Pakistan says the group shelters in Afghanistan, which "
            "Afghanistan denies.")
    assert sides_of(text) == ["Pakistan"]


def test_a_toll_of_an_attack_on_a_states_forces_is_that_states() -> None:
    text = ("QUETTA, Pakistan (AP) - The death toll from an attack by separatist militants on a "
            "paramilitary convoy rose to 12 on Friday, officials said.")
    assert sides_of(text) == ["Pakistan"]
    # no state the report is of: no side
    assert sides_of("The death toll from an attack on an army convoy rose to 12.") == [None]


@pytest.mark.parametrize(("text", "group", "side"), [
    ("Mali's army said jihadists stormed the camp. A security source put the number of soldiers "
     "killed at 23.", "soldiers", "Mali"),
    ("Bandits raided the market in Zamfara. Police put the number of villagers killed at 12.",
     "villagers", "civilians"),
    ("Chad's army repelled the attack and put the number of insurgents killed in the operation at "
     "eight.", "insurgents", None),
])
def test_the_people_a_toll_counts_are_its_group(text: str, group: str, side: str | None) -> None:
    # "the number of soldiers killed": the toll names its people, who are then read as any group
    claims = casualty_stage(Document(text)).claims_of("casualty")
    assert [(c.data["group"], c.data["side"]) for c in claims] == [(group, side)]


@pytest.mark.parametrize(("text", "side"), [
    ("An airstrike on the depot killed two workers.", "civilians"),
    ("Gunmen stormed the church and killed 11 Christians.", "civilians"),
    ("Cameroon's army said separatists attacked the post. Two officers were killed.", "Cameroon"),
])
def test_more_civilian_and_state_force_words(text: str, side: str) -> None:
    assert sides_of(text) == [side]


def test_the_armed_group_named_most_owns_unmarked_assailants() -> None:
    text = ("JNIM claimed the ambush. JNIM said its fighters seized the post. The Islamic State "
            "was not involved. The army said 40 rebels were killed.")
    assert sides_of(text)[-1] == "JNIM"


@pytest.mark.parametrize(("text", "side"), [
    ("Colombia conflict roundup\nELN guerrillas attacked the base. Two soldiers were killed, the army said.",
     "Colombia"),
    ("Fighting in Sudan and Chad\nTwo soldiers were killed.", None),
])
def test_a_report_that_names_no_states_forces_gives_its_soldiers_the_state_it_names(
        text: str, side: str | None) -> None:
    assert sides_of(text) == [side]


@pytest.mark.parametrize(("text", "sides"), [
    ("A strike killed three people, including two teachers, and wounded seven others.",
     ["civilians", "civilians", "civilians"]),
    ("Rebels killed three Malian soldiers and wounded five others.", ["Mali", "Mali"]),
])
def test_others_are_civilian_only_where_no_combatant_is_named(text: str, sides: list[str]) -> None:
    assert sides_of(text) == sides


@pytest.mark.parametrize(("text", "side"), [
    # the rebels describe who tells the toll, not who died
    ("Jo Roe, whom the rebels installed as governor, gave a higher toll: 12 dead and 40 injured.",
     "civilians"),
    ("The army has acknowledged six deaths.", None),
])
def test_combatants_in_an_aside_on_the_source_do_not_make_a_toll_a_fight(text: str, side: str) -> None:
    # (the whole pipeline: the source comes from the attribution stage)
    assert claimkit.extract(text).claims_of("casualty")[0].data["side"] == side


def test_a_report_that_names_no_state_lends_its_soldiers_the_country_of_its_places() -> None:
    text = ("QUETTA: Gunmen stopped a coach near Kalat. One soldier embraced martyrdom during "
            "the exchange of fire, the military said.")
    assert sides_of(text) == ["Pakistan"]


@pytest.mark.parametrize(("text", "sides"), [
    ("Three mujahideen of the Islamic Emirate were martyred and seven others were injured.",
     ["Taliban", "Taliban"]),
    ("Pakistani security officials said two soldiers were martyred and five wounded.",
     ["Pakistan", "Pakistan"]),
])
def test_others_and_bare_figures_take_the_side_of_the_figure_before_them(
        text: str, sides: list[str]) -> None:
    assert sides_of(text) == sides


@pytest.mark.parametrize(("text", "side"), [
    ("Israeli strikes killed 27 Palestinians in Gaza, the health ministry said.", "civilians"),
    ("One Iraqi was killed when a mortar shell hit the embassy.", "civilians"),
    ("Clashes with the army killed 20 Russians near the border.", "Russia"),
    ("Two Israeli soldiers were wounded by rocket fire.", "Israel"),
])
def test_people_named_by_their_nation_alone_are_civilians_unless_fighting_is_told(
        text: str, side: str) -> None:
    assert sides_of(text)[0] == side


@pytest.mark.parametrize(("text", "side"), [
    ("Pakistan's police said gunmen attacked the post, wounding two constables.", "Pakistan"),
    ("Pakistan's army said security forces had killed eight “khwarij”. The TTP claimed the attack.",
     "Tehreek-e-Taliban Pakistan (TTP)"),
    ("JNIM said it had killed 61 members of the army in Burkina Faso.", "Burkina Faso"),
    ("A nurse counted 17 bodies of soldiers in Maiduguri, Nigeria's army said.", "Nigeria"),
    ("Pakistan's military acknowledged 23 deaths among its troops.", "Pakistan"),
    # the cartels' word for soldiers
    ("Mexican troops clashed with Los Chapitos in Sinaloa. Los Chapitos said they had killed 20 guachos.",
     "Mexico"),
    # a national guard is a state's force, as border and coast guards are
    ("Gunmen ambushed a convoy in Mexico's Sinaloa state. Prosecutors say four National Guard members "
     "were killed.", "Mexico"),
])
def test_constables_khwarij_members_of_the_army_and_bodies_of_soldiers_have_sides(
        text: str, side: str) -> None:
    assert sides_of(text) == [side]


def test_a_reports_places_outweigh_a_state_named_in_passing() -> None:
    text = ("Militants stormed a camp in Noshki. Seven soldiers were killed, officials in Quetta said.\n"
            "Roads near Mastung and Quetta were closed. Noshki's hospital was full.\n"
            "Islamabad accuses Afghanistan of sheltering militants, which Afghan officials deny.")
    assert sides_of(text) == ["Pakistan"]


@pytest.mark.parametrize("text", [
    # a foreign force told by its name each time, the host's forces as "the army"
    ("Four soldiers were killed near Macomia, the district administrator said. Rwandan troops and "
     "Mozambique's army fought insurgents near Macomia. Rwandan forces shelled the hills near "
     "Macomia. Rwandan troops held the road."),
    # the host named as a state, its forces by a name the vocabulary does not know
    ("Four soldiers were killed when insurgents overran a post in Macomia, officials said. "
     "Mozambique's Ministry of National Defence sent more men. Rwandan forces retook the post. "
     "Rwandan troops patrol near Macomia. Mozambique's president arrived in Pemba."),
])
def test_bare_soldiers_are_the_host_countrys_when_a_foreign_force_is_named_more(text: str) -> None:
    assert sides_of(text)[0] == "Mozambique"


@pytest.mark.parametrize("text", [
    ("Turkey's defence ministry said its jets struck targets near Amedi. Turkish troops "
     "hold posts around Amedi and Duhok, in Iraq. Turkey's military said one soldier had "
     "died near Amedi. Turkish forces were shelled near Duhok."),
    # a people named, not the host's forces: "Palestinians" twice, Israel's forces more often
    ("Israel's military said it struck targets in Khan Younis. Two Palestinians were hurt in "
     "Khan Younis, medics said. Israel's army said one soldier was killed near Khan Younis. "
     "Israeli troops stayed. Israel's forces fired. Palestinians fled."),
])
def test_a_foreign_state_named_most_keeps_soldiers_when_the_host_is_named_less(text: str) -> None:
    state = "Turkey" if "Turkey" in text else "Israel"
    assert [side for side in sides_of(text) if side != "civilians"] == [state]


def test_soldiers_the_speakers_troops_lost_to_attackers_are_its_own() -> None:
    # "attacked its troops": its troops are the object, not those who killed
    text = "The Israeli military said fighters attacked its troops near the fence, killing one soldier."
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Israel"]


@pytest.mark.parametrize(("text", "side"), [
    ("Pakistan's army said two comrades were martyred.", "Pakistan"),
    ("The TTP said two comrades were martyred.", "Tehreek-e-Taliban Pakistan (TTP)"),
    ("“We lost four comrades,” said Gen. Jo Roe.", None),  # a speaker of no known side
])
def test_comrades_are_the_speakers_own(text: str, side: str | None) -> None:
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [side]


def test_indias_maoists_are_coded_by_their_partys_name() -> None:
    assert sides_of("Security forces killed at least four Maoists in Bijapur.") == ["CPI (Maoist)"]
    assert sides_of("Two Naxalites were killed.") == ["CPI (Maoist)"]


@pytest.mark.parametrize("text", [
    "Congo's army said 14 of its soldiers had been killed near Goma.",
    "The Democratic Republic of Congo said 14 of its soldiers had been killed near Goma.",
])
def test_congo_alone_is_the_democratic_republic(text: str) -> None:
    assert sides_of(text) == ["DR Congo"]


@pytest.mark.parametrize(("text", "sides"), [
    ("M23 rebels attacked the town. He said four of the group’s fighters had been killed and nine "
     "wounded.", ["M23", "M23"]),
    ("Houthi fighters attacked Marib. Two government soldiers were killed, Yemen's army said.", ["Yemen"]),
    ("Somalia's army said elders had counted 12 soldiers’ bodies at the roadside.", ["Somalia"]),
    # killed by the speaker's forces: the report's other party
    ("Russia's defence ministry said its forces had struck a Ukrainian unit in Kharkiv, killing up "
     "to 40 servicemen.", ["Ukraine"]),
    ("Russia's defence ministry said two of its servicemen were killed.", ["Russia"]),
])
def test_the_groups_fighters_government_soldiers_and_soldiers_the_speaker_killed(
        text: str, sides: list[str | None]) -> None:
    # (the whole pipeline: the speaker's side comes from the attribution stage)
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == sides


@pytest.mark.parametrize(("text", "sides"), [
    ("Syria's army fought the SDF near Tabqa. 27 government fighters were killed.", ["Syria"]),
    ("Iraq's army said seven soldiers died and two more were missing.", ["Iraq", "Iraq"]),
])
def test_government_fighters_and_more_after_a_figure(text: str, sides: list[str]) -> None:
    assert sides_of(text) == sides


@pytest.mark.parametrize(("text", "side"), [
    ("CODECO militiamen attacked the camp. Three CODECO fighters were killed.", "CODECO"),
    ("Police shot dead five Viv Ansanm gang members in Solino.", "Viv Ansanm"),
    ("Four TNLA fighters were killed near Mongmit.", "Ta'ang National Liberation Army (TNLA)"),
    ("Barrio 18 said six of its members were killed in Choloma.", "Barrio 18"),
    ("Two STC fighters were killed in Abyan.", "Southern Transitional Council (STC)"),
    ("Three Kataib Hezbollah members were killed in the strike.", "Kataib Hezbollah"),
    ("Six paramilitary Hashd al-Shaabi fighters were killed.", "Popular Mobilization Forces (PMF)"),
    ("Four Shining Path remnants were killed in the VRAEM.", "Militarized Communist Party of Peru (MPCP)"),
    ("Three fighters of the Islamic Resistance in Iraq were killed.", "Islamic Resistance in Iraq"),
])
def test_more_armed_groups_and_gangs_are_sides(text: str, side: str) -> None:
    assert sides_of(text)[-1] == side


@pytest.mark.parametrize(("text", "side"), [
    ("Ecuador's prison agency said two prison guards were hurt in the riot.", "Ecuador"),
    ("Russia's FSB said two border guards were killed.", "Russia"),
    # the state's border guards told in full before: "guards" after them are theirs
    ("Iranian border guards came under attack near Saravan. IRNA said five guards were killed.", "Iran"),
    ("Gunmen kidnapped three truffle hunters near Rutba.", "civilians"),
    ("Two teenagers had been missing since the fighting, relatives said.", "civilians"),
])
def test_guards_of_a_state_and_more_civilians(text: str, side: str) -> None:
    assert sides_of(text) == [side]


@pytest.mark.parametrize(("text", "sides"), [
    # a state body's guards are its members, and the bare figure after them is not civilians
    ("Saudi Arabia's Border Guard said two members of the Border Guard were killed and five were "
     "injured.", ["Saudi Arabia", "Saudi Arabia"]),
    ("Two members of the Coast Guard were killed, and five were injured.", [None, None]),
    # a prison's or a shop's single guard is not a body of the state
    ("A teacher and a guard were hurt and no one died.", ["civilians"] * 4),
])
def test_members_of_a_guard_corps(text: str, sides: list[str | None]) -> None:
    assert sides_of(text) == sides


def test_attackers_are_the_side_told_attacking() -> None:
    # (the SDF, named most, is not the attackers' side: Islamic State is told storming)
    text = ("Islamic State militants stormed a checkpoint manned by the SDF, killing seven SDF "
            "fighters, a monitor said. It said three of the attackers also died. The SDF said it "
            "killed two of the assailants. The SDF said the SDF held the post.")
    assert sides_of(text) == ["Syrian Democratic Forces (SDF)", "Islamic State", "Islamic State"]


def test_with_no_group_standing_out_assailants_are_the_one_their_paragraph_tells_attacking() -> None:
    # M23 and RED-Tabara are named as often; the paragraph tells RED-Tabara attacking
    text = ("M23 holds the north. RED-Tabara is in the south.\n"
            "The army said rebels of the RED-Tabara movement attacked a camp near M23 lines on Monday, "
            "killing 33 insurgents in a counteroffensive.\n"
            "Later, the army said 12 insurgents were killed.")
    assert sides_of(text) == ["Red Tabara", None]


def test_a_partys_boys_are_its_fighters() -> None:
    text = "Al-Shabaab said: “We lost two of our boys in the raid.”"
    assert sides_of(text) == ["al-Shabaab"]


def test_a_persons_children_are_civilians_whoever_fired() -> None:
    text = ("Residents said a mortar shell fired by Houthi forces struck a house, killing a woman and "
            "injuring two of her children.")
    assert sides_of(text) == ["civilians", "civilians"]


@pytest.mark.parametrize(("text", "side"), [
    ("Two Sudanese refugees were wounded by stray fire.", "civilians"),
    ("Three Afghan civilians were killed in the strike.", "civilians"),
    ("A Filipino seafarer died on board.", "civilians"),
    ("Five armed Pakistani villagers were killed.", "Pakistan"),
    ("A French military doctor was killed.", "France"),
    ("Two Ukrainian sailors were killed.", "Ukraine"),
])
def test_a_nations_non_combatants_are_civilians(text: str, side: str) -> None:
    assert sides_of(text) == [side]


def test_a_capital_speaks_for_its_state_and_another_voice_lends_no_side() -> None:
    text = ("Baku said 2,908 of its servicemen were killed, while Armenia put its military death "
            "toll at more than 3,800.")
    assert [side for _, side in extracted_sides(text)] == ["Azerbaijan", None]


def test_a_group_known_by_the_acronym_of_its_initials_is_labelled_with_both() -> None:
    pairs = [("VLF", "Varnish Liberation Front"), ("Varnish Liberation Front", "Varnish Liberation Front"),
             # an acronym that is not of the name's initials (its army's) is no label
             ("NRA-1", "National Resistance Army"),
             ("KNU", "Karen National Union"), ("KNLA", "Karen National Union"),
             ("IDF", "Israel"), ("TTP", "Tehreek-e-Taliban Pakistan")]
    assert dict(labelled(pairs)) == {
        "VLF": "Varnish Liberation Front (VLF)", "Varnish Liberation Front": "Varnish Liberation Front (VLF)",
        "NRA-1": "National Resistance Army",
        "KNU": "Karen National Union (KNU)", "KNLA": "Karen National Union (KNU)",
        "IDF": "Israel", "TTP": "Tehreek-e-Taliban Pakistan (TTP)"}


def test_a_figure_of_a_group_named_in_full_has_the_labelled_side() -> None:
    text = "Police said 12 Rapid Support Forces fighters were killed."
    assert sides_of(text) == ["Rapid Support Forces (RSF)"]


def test_others_and_more_after_a_figure_and_its_parts_are_the_figures_people() -> None:
    text = ("Al-Shabaab fighters attacked a Somali army base. The Ministry of Defence said in a statement: "
            "\u201cDuring the operation, 76 members of the Khawaarij were eliminated, including three of "
            "their senior commanders, and 18 others were wounded. Five more were captured alive. "
            "Four of our heroes were martyred.\u201d")
    assert extracted_sides(text) == [
        ("members of the Khawaarij", "al-Shabaab"), ("senior commanders", "al-Shabaab"),
        ("others", "al-Shabaab"), ("more", "al-Shabaab"), ("heroes", "Somalia")]


@pytest.mark.parametrize(("text", "side"), [
    # regions that field forces of their own are parties
    ("A roadside bomb hit a vehicle carrying Puntland soldiers, killing two soldiers.", "Puntland"),
    ("Jubaland forces said 12 of their fighters were killed.", "Jubaland"),
    ("A bomb exploded in Puntland region, killing five Somalian soldiers.", "Somalia"),
])
def test_regions_with_forces_of_their_own_are_sides(text: str, side: str) -> None:
    assert sides_of(text)[-1] == side


def test_a_figure_told_by_the_khawaarij_word_is_the_one_told_by_the_groups_name() -> None:
    text = ("Al-Shabaab fighters attacked the base. The Somali army said 76 al-Shabaab fighters were "
            "killed. Its statement said: \u201c76 members of the Khawaarij were eliminated.\u201d")
    assert extracted_sides(text) == [("al-Shabaab fighters", "al-Shabaab")]


@pytest.mark.parametrize(("text", "side"), [
    # members of "the group" are the report's armed group's ("the vigilante group" is another)
    ("Officials blamed the ADF. The governor said security forces had launched an operation, killing "
     "17 members of the group.", "Allied Democratic Forces (ADF)"),
    # "our men", told by a spokesman of a state's army: the report's state's
    ('Nigerian troops repelled the attack. "About 20 of our men were injured," an army spokesman said.',
     "Nigeria"),
])
def test_the_groups_members_and_an_armys_men(text: str, side: str) -> None:
    assert extracted_sides(text)[-1][1] == side


@pytest.mark.parametrize(("text", "side"), [
    # the agent of a passive did it: not whose own people were hit
    ("The shipping company said four of its crew had been taken prisoner by Houthi forces.", "civilians"),
    ("The governor survived, but three of his bodyguards were killed by Taliban fighters.", None),
])
def test_the_agent_of_a_passive_is_not_the_speakers_side(text: str, side: str | None) -> None:
    assert extracted_sides(text)[-1][1] == side


@pytest.mark.parametrize(("text", "side"), [
    ("UNIFIL said one of its peacekeepers was lightly injured when an Israeli tank fired near a "
     "patrol.", "UNIFIL"),
    ("Two peacekeepers were killed in an ambush near Obo, Minusca said.", "MINUSCA"),
    ("Two peacekeepers were killed in an ambush near Obo.", None),  # no mission named
    # a contingent's nationality names no side: the mission's peacekeepers all the same
    ("A Bangladeshi peacekeeper was killed in an ambush near Obo, MINUSCA said.", "MINUSCA"),
    # a mission speaking of its own soldiers: not the state its name holds
    ("The African Union Support and Stabilisation Mission in Somalia (AUSSOM) said nine of its soldiers "
     "were killed.", "AUSSOM"),
    # soldiers of the bodies that send peacekeepers, told by anyone: the mission's
    ("AUSSOM said its base was attacked. Al-Shabaab said it had killed more than 70 African Union "
     "soldiers.", "AUSSOM"),
    ("MINUSCA said two U.N. troops were wounded.", "MINUSCA"),
])
def test_peacekeepers_are_their_missions(text: str, side: str | None) -> None:
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [side]


@pytest.mark.parametrize(("text", "side"), [
    ("A man was killed when a guided bomb hit a farm near Osk, the governor said.", "civilians"),
    ("One person was killed in the shelling of the town.", "civilians"),
    ("A man was killed in the clashes between the army and rebels.", None),  # fighting
])
def test_one_person_or_a_man_are_people_in_general(text: str, side: str | None) -> None:
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [side]


@pytest.mark.parametrize("name", ["Baloch Liberation Army", "Balochistan Liberation Army", "BLA"])
def test_a_groups_other_spellings_name_one_side(name: str) -> None:
    text = f"A roadside bomb killed three {name} fighters near Kalat."
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [
        "Balochistan Liberation Army (BLA)"]


@pytest.mark.parametrize(("text", "side"), [
    ("Troops killed 20 fighters from the Pakistan Taliban, the military said.",
     "Tehreek-e-Taliban Pakistan (TTP)"),
    # the Africa Corps answers to Russia's defence ministry
    ("Two Africa Corps fighters died in the fighting.", "Russia"),
    ("The RDK said four of its fighters were killed.", "Russian Volunteer Corps"),
])
def test_parties_of_current_wars(text: str, side: str) -> None:
    assert sides_of(text) == [side]


def test_a_party_named_right_after_the_group_is_its_side() -> None:
    text = ("Pakistan accused the Taliban government in Kabul of sheltering militants, and Taliban "
            "spokesman Zabihullah Mujahid rejected the claim. Troops killed 20 fighters from the "
            "Pakistan Taliban in the raid.")
    assert sides_of(text)[-1] == "Tehreek-e-Taliban Pakistan (TTP)"


def test_a_toll_among_a_group_counts_that_group() -> None:
    text = ("MAIDUGURI - Insurgents attacked a Nigerian army base. A military officer said the toll "
            "among soldiers had risen to 23.")
    (claim,) = casualty_stage(Document(text)).claims_of("casualty")
    assert (claim.data["count"].best, claim.data["group"], claim.data["side"]) == (23, "soldiers", "Nigeria")
    text = "An internal document puts the toll among government forces at 94 dead."
    (claim,) = casualty_stage(Document(text)).claims_of("casualty")
    assert claim.data["group"] == "government forces"
    # ... and government or security forces are the report's state's
    text = ("OUAGADOUGOU - Jihadists swept into the town of Diapaga. An internal document puts the "
            "toll among government forces at 94 dead.")
    assert sides_of(text) == ["Burkina Faso"]


def test_mercenaries_and_sons_of_soil_are_a_partys_words_for_the_enemy_and_its_own() -> None:
    text = ("Russia's defence ministry said its forces repelled a Ukrainian attack near Kursk, "
            "killing 50 mercenaries.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Ukraine"]
    text = ("RAWALPINDI (APP) - Pakistani troops repulsed an attack near Chaman. During the exchange "
            "of fire, four brave sons of soil embraced shahadat, the ISPR said.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Pakistan"]


def test_a_lower_toll_counts_the_people_of_the_toll_before() -> None:
    text = ("Militants killed five Iraqi soldiers in an ambush, two security sources said. The "
            "army's media cell gave a lower toll of three dead.")
    doc = claimkit.extract(text)
    assert [c.data["side"] for c in doc.claims_of("casualty")] == ["Iraq", "Iraq"]
    assert len(doc.claims_of("contradiction")) == 1


def test_enemy_soldiers_told_by_a_party_are_the_reports_other_party() -> None:
    text = ("The Arakan Army said its fighters killed 30 enemy soldiers near Sittwe, where Myanmar's "
            "junta has lost ground. The Myanmar military denied the claim.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Myanmar"]


def test_the_datelines_country_outweighs_a_state_named_once_in_passing() -> None:
    text = ("Sweida, SANA - Four members of the security forces were killed when gunmen attacked a "
            "checkpoint, the interior ministry said.\n"
            "The ministry renewed its commitment to a roadmap agreed with the United States.")
    assert sides_of(text) == ["Syria"]


def test_they_right_after_the_cue_is_the_speaker_and_the_rebels_are_the_reports_group() -> None:
    def sides(text: str) -> list[str | None]:  # (with the attribution stage: who speaks)
        return [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")]

    text = "M23 rebels seized Pinga on Sunday. The rebels said they had lost fewer than ten men."
    assert sides(text) == ["M23"]
    # "they" away from the cue may be anyone told before: not the speaker's
    text = "Pakistan's army said the rebels attacked the town. They lost 40 men, the army said."
    assert sides(text) == [None]


def test_a_patron_named_to_describe_a_group_is_not_a_party_of_the_report() -> None:
    text = ("JNIM, al-Qaeda's affiliate in the Sahel, claimed the attack. The army said it had "
            "neutralised 41 assailants.")
    assert sides_of(text) == ["JNIM"]


@pytest.mark.parametrize(("text", "side"), [
    ("Officials said 47 people were injured in the attack. Two of the injured died in hospital.",
     "civilians"),
    ("The army said 12 Malian soldiers were wounded. Three of the wounded later died.", "Mali"),
])
def test_people_of_a_figure_told_before_are_on_its_side(text: str, side: str) -> None:
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [side, side]


def test_people_of_a_figure_told_after_are_on_its_side_when_none_came_before() -> None:
    text = ("Rescuers searched the ruins. Two of the wounded later died in hospital, the governor "
            "said. At least 47 people were wounded, he said.")
    sides = [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")]
    assert sides == ["civilians", "civilians"]


def test_a_capital_in_capitals_opening_the_story_is_its_dateline() -> None:
    text = ("OUAGADOUGOU (AIB) - Security forces repelled an attack on Diapaga, the army said. "
            "A minister dismissed reports that 50 soldiers were killed, and thanked Niger for its help.")
    assert sides_of(text) == ["Burkina Faso"]


@pytest.mark.parametrize(("text", "side"), [
    # the parent's name counts for the branch, so the branch stands out as the report's group
    ("Nigeria's army said it repelled an attack by ISWAP fighters on its base in Dikwa, killing "
     "more than 40 insurgents. Islamic State said on Telegram that it had overrun the base. "
     "Islamic State has claimed attacks in Borno before. ISWAP split from Boko Haram in 2016.",
     "Islamic State West Africa Province (ISWAP)"),
    # the side of attackers told by the parent's name is the branch's
    ("Islamic State fighters attacked an army post near Tera. The army said 25 attackers were "
     "neutralised. Islamic State Sahel Province has grown stronger in western Niger.", "Islamic State Sahel"),
])
def test_a_groups_parent_name_in_a_report_about_its_branch_is_the_branch(text: str, side: str) -> None:
    assert sides_of(text)[0] == side


def test_a_parent_with_two_branches_named_stays_itself() -> None:
    text = ("Islamic State fighters attacked an army post. The army said 25 attackers were neutralised. "
            "ISSP and ISWAP have both grown stronger.")
    assert sides_of(text) == ["Islamic State"]


def test_a_side_index_knows_which_sides_are_branches_of_another() -> None:
    index = SideIndex({"Islamic State": "Islamic State", "ISGS": "Islamic State Sahel",
                       "Afghan": "Afghanistan"})
    assert index.branches == {"Islamic State": ("Islamic State Sahel",)}


def test_a_partys_word_for_the_enemy_told_by_a_state_body_naming_no_state_is_the_states_enemy() -> None:
    text = ("PORT SUDAN (SUNA) - The army said Sudan's forces held Babanusa against the terrorist "
            "Rapid Support militia. The official spokesman of the Armed Forces said the forces "
            "eliminated 212 mercenaries. The Rapid Support militia did not comment.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [
        "Rapid Support Forces (RSF)"]


def test_a_name_that_opens_one_other_of_the_names_is_its_parent() -> None:
    assert one_branch_each(["Islamic State", "Islamic State Sahel", "Mali"]) == {
        "Islamic State": "Islamic State Sahel"}
    # two branches name no one; a state is no parent
    assert one_branch_each(["Islamic State", "Islamic State Sahel", "ISWAP",
                            "Islamic State West Africa Province (ISWAP)"]) == {}
    assert one_branch_each(["Afghanistan", "Afghanistan Freedom Front (AFF)"]) == {}


def test_a_round_up_of_several_states_gives_soldiers_the_state_of_their_paragraph() -> None:
    text = ("Sahel week: attacks in three countries\n"
            "Camp attack in Mali\n"
            "In central Mali, fighters attacked an army camp. The general staff put its losses at nine "
            "soldiers killed.\n"
            "Convoy ambush in Burkina Faso\n"
            "In Burkina Faso, an ambush killed 22 soldiers, local sources said.\n"
            "Market attack in Niger\n"
            "In Niger, gunmen attacked a market and killed 17 civilians, the interior ministry said.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [
        "Mali", "Burkina Faso", "civilians"]
    # a paragraph naming two states as often gives none
    text = ("Sahel week\nMali and Niger: troops clashed. 12 soldiers were killed.\n"
            "Niger and Mali: the border closed.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == [None]


def test_forces_that_did_something_and_lost_men_lost_their_own() -> None:
    text = ("MOGADISHU - Militants claimed to have overrun a Somali army base, while the government said "
            "its forces had beaten back the assault and lost seven men.")
    killed = claimkit.extract(text).claims_of("casualty")
    assert [(c.data["count"].best, c.data["side"]) for c in killed] == [(7, "Somalia")]


def test_a_sentence_opening_on_a_side_gives_its_figures_that_side() -> None:
    text = ("Clashes between Israel and Hezbollah went on for a third day. On the Israeli side, the army "
            "named a fourth soldier who died of his wounds, bringing its toll to four killed. Eleven others "
            "remain in hospital.\nLebanon's army says it lost one soldier at a checkpoint.")
    doc = claimkit.extract(text)
    assert [(c.data["count"].best, c.data["side"]) for c in doc.claims_of("casualty")] == [
        (1, "Israel"), (4, "Israel"), (11, "Israel"), (1, "Lebanon")]


def test_the_friendly_and_the_enemy_side_are_the_speakers_and_its_foes() -> None:
    text = ("JNIM fighters attacked the army camp at Tirza on Saturday, and JNIM later claimed the attack. "
            "In a communiqué, Mali's army said: \"On the friendly side: 15 killed and 22 wounded. On the "
            'enemy side: more than 70 killed and dozens wounded."')
    doc = claimkit.extract(text)
    assert [(c.data["count"].low, c.data["side"]) for c in doc.claims_of("casualty")] == [
        (15, "Mali"), (22, "Mali"), (70, "JNIM"), (12, "JNIM")]


def test_a_communiques_list_of_the_friendly_and_the_enemy_side() -> None:
    text = ("JNIM fighters attacked the army camp at Tirza on Saturday. Mali's army said the provisional "
            "toll is as follows: - Friendly side: 9 killed, 14 wounded; - Enemy side: around forty "
            "terrorists neutralised.")
    doc = claimkit.extract(text)
    assert [(c.data["count"].best, c.data["side"]) for c in doc.claims_of("casualty")] == [
        (9, "Mali"), (14, "Mali"), (40, "JNIM")]


def test_a_bare_toll_a_party_boasts_of_is_its_enemys() -> None:
    text = ("Mali's army said 12 soldiers were killed when JNIM attacked its camp. JNIM says it killed 57. "
            "Mali's government has not commented.")
    doc = claimkit.extract(text)
    assert [(c.data["count"].best, c.data["side"]) for c in doc.claims_of("casualty")] == [
        (12, "Mali"), (57, "Mali")]
    # a bare toll told by an onlooker is no party's boast
    text = ("Mali's army said 12 soldiers were killed when JNIM attacked its camp. A resident said it "
            "killed 57. Mali's government has not commented.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")][1] != "Mali"


def test_losses_inflicted_on_a_party_are_that_partys() -> None:
    text = ("Russia's defence ministry said its forces had inflicted losses of up to 180 servicemen killed "
            "on Ukrainian troops in the area.")
    doc = claimkit.extract(text)
    assert [(c.data["count"].best, c.data["side"]) for c in doc.claims_of("casualty")] == [(180, "Ukraine")]


def test_dead_inflicted_on_the_enemy_are_the_speakers_foes() -> None:
    text = ("Hezbollah said its fighters inflicted at least ten dead on the enemy. Israel said it killed "
            "40 Hezbollah fighters. Hezbollah said Israel was lying.")
    doc = claimkit.extract(text)
    assert [(c.data["count"].best, c.data["side"]) for c in doc.claims_of("casualty")] == [
        (10, "Israel"), (40, "Hezbollah")]


@pytest.mark.parametrize(("text", "side"), [
    ("About 40 people were killed on both sides.", None),
    ("The monitor has recorded 41 fatalities, without assigning them to either side.", None),
    ("Perhaps a hundred were dead, on both sides combined.", None),
    # (a border's two sides are no parties)
    ("Shelling killed 12 people on both sides of the border.", "civilians"),
])
def test_the_dead_of_both_sides_are_no_civilians(text: str, side: str | None) -> None:
    assert sides_of(text) == [side]


@pytest.mark.parametrize(("text", "side"), [
    ("The insurgency, now in its 16th year, has killed more than 40,000 people.", None),
    ("The violence has killed more than 20,000 people in the country.", None),
    # today's news, and civilians named as such, keep their side
    ("Israeli strikes have killed 14 people, the ministry said.", "civilians"),
    ("The war has killed more than 4,000 civilians.", "civilians"),
])
def test_a_wars_whole_toll_of_people_is_of_every_side(text: str, side: str | None) -> None:
    assert sides_of(text) == [side]


def test_the_general_staff_of_the_armed_forces_speaks_for_its_state() -> None:
    text = ("A FAMa convoy was attacked near Sandare in Mali. The General Staff of the Armed Forces said "
            "the provisional toll on the friendly side was five dead.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["Mali"]


def test_another_partys_count_of_a_toll_just_told_is_of_its_people() -> None:
    text = ("Six soldiers were killed and eleven more wounded in an attack on an army convoy in Mexico, "
            "the defence ministry said.\n\nThe state security secretariat put the number of wounded at 14.")
    wounded = [(c.data["count"].best, c.data["side"]) for c in claimkit.extract(text).claims_of("casualty")
               if c.data["outcome"] == "wounded"]
    assert wounded == [(11, "Mexico"), (14, "Mexico")]


def test_an_earlier_toll_of_a_wars_size_in_the_passive_is_of_every_side() -> None:
    text = "More than 6,500 people have been killed since 2017, the International Crisis Group says."
    claims = claimkit.extract(text, published="2026-03-01").claims_of("casualty")
    assert [c.data["side"] for c in claims] == [None]


def test_internally_displaced_people_are_civilians() -> None:
    assert sides_of("At least 19 IDPs were killed in the camp.") == ["civilians"]


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters attacked a base near Jowhar on Monday. The army said troops arrested 12 suspects.",
    "Al-Shabaab fighters attacked a base near Jowhar. Police arrested three suspected facilitators.",
])
def test_suspects_the_forces_arrest_are_the_reports_armed_group(text: str) -> None:
    assert sides_of(text) == ["al-Shabaab"]

