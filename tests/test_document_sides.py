"""Sides a report defines for itself, and sides told by the figure's own words."""

from __future__ import annotations

import pytest

import claimkit
from claimkit import Document
from claimkit.extractors._casualty import casualty_stage, side_index
from claimkit.extractors._document_sides import defined_terms

pytestmark = pytest.mark.usefixtures("fresh_plugins")


def sides_of(text: str) -> list[str | None]:
    return [c.data["side"] for c in casualty_stage(Document(text)).claims_of("casualty")]


@pytest.mark.parametrize(("text", "side"), [
    # initials in brackets after a group the vocabulary knows
    ("The Arakan Army (AA) said it had taken a hill. The army said it killed 25 AA fighters.",
     "Arakan Army"),
    # initials of a group named in full elsewhere, without brackets
    ("Fighting raged between the Arakan Army and a rival group. The rival group said it killed "
     "25 AA fighters.", "Arakan Army"),
    # a group the vocabulary does not know, by its initials and by its name
    ("The Varnish Liberation Front (VLF) attacked the post. Police said 17 VLF members were killed.",
     "Varnish Liberation Front (VLF)"),
    ("Police said 17 members of the Varnish Liberation Front (VLF) were killed.",
     "Varnish Liberation Front (VLF)"),
])
def test_a_group_the_report_defines_is_a_side(text: str, side: str) -> None:
    assert sides_of(text)[-1] == side


@pytest.mark.parametrize("text", [
    "The United Nations Mission in South Sudan (UNMISS) said 12 peacekeepers were wounded.",
    "The Varnish Human Rights Observatory (VHRO) said 12 VLF fighters were wounded.",
    "Fighters of the Armed Forces of Varnia (FAV) clashed with rebels.",
])
def test_bodies_that_are_no_party_define_no_side(text: str) -> None:
    assert not defined_terms(text, side_index())


def test_a_sentence_opening_word_is_no_part_of_the_name() -> None:
    text = "Fighters of the Sinjar Resistance Units (YBS) clashed with the army."
    terms = defined_terms(text, side_index())
    assert terms == dict.fromkeys(["YBS", "Sinjar Resistance Units"], "Sinjar Resistance Units (YBS)")


def test_a_defined_group_does_not_become_the_reports_armed_group() -> None:
    # the report's own armed group (JNIM) still stands for the unnamed "terrorists"
    text = ("JNIM fighters attacked the town, defended by the Volunteers for the Defence of the Homeland "
            "(VDP) and the Varnish Liberation Front (VLF). The army said 40 terrorists were killed. "
            "JNIM denied it.")
    assert sides_of(text) == ["JNIM"]


def test_losses_told_with_their_outcome_after_them_are_the_losing_sides() -> None:
    text = ("Ivan Bondar, a spokesman for Ukraine’s Southern Defence Forces, spoke on Sunday. Bondar "
            "said Russian forces had lost 43 soldiers killed and about 70 wounded, and that three "
            "Ukrainian soldiers were hurt.")
    assert sides_of(text) == ["Russia", "Russia", "Ukraine"]


def test_losses_a_side_suffered_are_that_sides_whoever_tells_them() -> None:
    text = ("Andriy Kovalchuk, a spokesman for Ukraine’s Khortytsia group of forces, said Russian "
            "forces had suffered 46 soldiers killed and 71 others wounded in the area.")
    # the whole pipeline: the speaker's own side must not take the soldiers
    claims = claimkit.extract(text).claims_of("casualty")
    assert [c.data["side"] for c in claims] == ["Russia", "Russia"]


@pytest.mark.parametrize(("text", "side"), [
    ("Russian drones had killed a 45-year-old man in the village.", "civilians"),
    ("One of them, a man in his twenties, died on Monday.", "civilians"),
    ("A young man was shot dead at the checkpoint.", "civilians"),
    # no age, in a sentence of fighting: who he was is untold (without it he is one of the
    # people in general, civilians: see test_one_person_or_a_man_are_people_in_general)
    ("A man was killed in a firefight between Russian troops and partisans.", None),
])
def test_men_told_by_their_age_are_civilians(text: str, side: str | None) -> None:
    assert sides_of(text)[-1] == side


@pytest.mark.parametrize(("text", "group", "side"), [
    ("The RSO said it attacked Arakan Army fighters, killing about 30 of them.",
     "Arakan Army fighters", "Arakan Army"),
    ("Gunmen seized a group of labourers and killed four of them.", "labourers", "civilians"),
])
def test_of_them_counts_the_people_named_before(text: str, group: str, side: str) -> None:
    claim = casualty_stage(Document(text)).claims_of("casualty")[-1]
    assert (claim.data["group"], claim.data["side"]) == (group, side)


def test_nationals_taken_prisoner_keep_their_nation() -> None:
    assert sides_of("Brigade says three Russians taken prisoner near Vovchansk.") == ["Russia"]
    assert sides_of("Three Russians were killed in the market.") == ["civilians"]


@pytest.mark.parametrize(("text", "side"), [
    # fighters an army tells of are the report's armed group, the army's enemy
    ("JNIM fighters stormed a camp in Segou. Malian troops killed 31 fighters, the army said.", "JNIM"),
    ("Fighters overran an army base near Lake Chad, killing 14 soldiers.", None),  # a lake, no side
    ("Four members of the elite Revolutionary Guards were killed.", "Iran"),
    ("Five soldiers of the national army, known as FACA, were killed.", "Central African Republic"),
])
def test_more_sides_told_around_the_group(text: str, side: str | None) -> None:
    # (the whole pipeline: who tells the figure matters)
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")][-1] == side


@pytest.mark.parametrize(("text", "side"), [
    # a party the group is told or suspected to serve, named right after it
    ("Troops recovered the bodies of eight fighters believed to belong to the FARC dissidents' 33rd "
     "Front, the army said.", "FARC dissidents"),
    ("The army said eight gunmen loyal to the Sinaloa Cartel were killed.", "Sinaloa Cartel"),
    ("Police said they arrested 12 men suspected of belonging to Boko Haram.", "Boko Haram"),
])
def test_a_party_the_group_serves(text: str, side: str) -> None:
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")][-1] == side


@pytest.mark.parametrize(("text", "side"), [
    ("In May, JNIM fighters attacked Djibo and killed around 100 people, most of them soldiers, "
     "according to aid workers. Burkina Faso's army did not comment.", "Burkina Faso"),
    ("Clashes between the Nigerian army and Boko Haram killed 30 people, mostly insurgents, police "
     "said.", "Boko Haram"),
    ("Fighting between the army and rebels killed 30 people, mostly civilians, police said.", "civilians"),
    # without it, people in a sentence of fighting are nobody's
    ("Fighting between the army and rebels killed 30 people, police said.", None),
])
def test_people_take_the_side_of_most_of_them(text: str, side: str | None) -> None:
    assert claimkit.extract(text).claims_of("casualty")[0].data["side"] == side


def test_their_people_in_a_deed_told_in_the_first_person_are_the_enemys() -> None:
    text = ("JUBA (Reuters) - South Sudan's army said it had retaken Jikmir from SPLA-IO rebels. "
            "\"We have seized weapons, and we have captured 12 of their fighters,\" army spokesman "
            "Lul Ruai Koang said.")
    assert [c.data["side"] for c in claimkit.extract(text).claims_of("casualty")] == ["SPLA-IO"]
    # the subject's own when they are the subject's: "Islamic State members executed 12 of their
    # comrades" is no deed of "we"
    own = "The SPLA-IO said it had lost 12 of their fighters near Jikmir, its spokesman said."
    assert [c.data["side"] for c in claimkit.extract(own).claims_of("casualty")] == ["SPLA-IO"]
