"""One voice under several names: the merge of a fact told by a headline, a lead and a spokesman."""

from __future__ import annotations

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


def test_a_capital_speaks_for_its_state() -> None:
    for body in ("Turkey’s defence ministry", "The Turkish Defence Ministry"):
        text = ("Live: Ankara says 19 militants killed in northern Iraq\n"
                f"{body} said its forces killed 19 PKK militants in air strikes.")
        nineteen = [c for c in claimkit.extract(text).claims_of("casualty") if c.data["count"].best == 19]
        assert [len(c.mentions) for c in nineteen] == [2]


def test_two_bodies_of_one_state_stay_two_voices() -> None:
    # (a demonym stands for its state only by prefix: the army's soldier and the ministry's farmer)
    text = ("The Lebanese army said one of its soldiers was killed in a drone strike.\n"
            "Lebanon’s health ministry said a strike on a house killed one person.")
    assert len(claimkit.extract(text).claims_of("casualty")) == 2


def test_crew_and_crew_members_are_the_same_people() -> None:
    text = ("Three crew killed as missile hits cargo ship\n"
            "Three crew members have been killed after a missile struck the ship, its manager said.")
    assert [len(c.mentions) for c in claimkit.extract(text).claims_of("casualty")] == [2]


def test_a_titles_short_name_for_an_unnamed_source_is_the_bodys() -> None:
    text = ("Shelling kills 19 civilians west of Ovra, medics say\n"
            "Shelling killed at least 19 civilians in a village west of Ovra, a medical group said.")
    assert [len(c.mentions) for c in claimkit.extract(text).claims_of("casualty")] == [2]


def test_two_unnamed_sources_in_the_body_stay_two() -> None:
    text = ("Shelling killed 19 civilians in a village west of Ovra, a medical group said.\n"
            "Local officials said the shelling had killed 19 civilians.")
    assert len(claimkit.extract(text).claims_of("casualty")) == 2


def test_armed_people_of_any_force_may_be_a_partys_fighters() -> None:
    text = ("Army says more than 280 Sable Front fighters killed near Bara\n"
            "Brigadier General Omar Hadi said the army had dealt a crushing blow to the militia, killing "
            "more than 280 of its elements.")
    assert [len(c.mentions) for c in claimkit.extract(text).claims_of("casualty")] == [2]


def test_institutions_every_state_has_name_no_voice() -> None:
    text = ("Azerbaijan’s Defence Ministry said two of its servicemen were lightly wounded.\n"
            "An earlier Armenian Defence Ministry post said two servicemen had been wounded.")
    assert len(claimkit.extract(text).claims_of("casualty")) == 2


def test_villagers_and_civilians_may_be_the_same_people() -> None:
    text = ("Rights group accuses army of killing at least 130 villagers\n"
            "Soldiers killed at least 130 civilians in Tirza, the Sahel Rights Observatory said.")
    assert [len(c.mentions) for c in claimkit.extract(text).claims_of("casualty")] == [2]
