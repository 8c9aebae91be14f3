"""The territorial stage: each construction on invented sentences, what is not ground, repeats."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Claim, Document
from claimkit.extractors._territorial import extract_territorial


def territorial(text: str) -> list[Claim]:
    return list(extract_territorial(Document(text)).claims_of("territorial"))


def only(text: str) -> Claim:
    found = territorial(text)
    assert len(found) == 1, found
    return found[0]


def evidence(text: str, claim: Claim) -> str:
    return text[claim.span.start:claim.span.end]


def fields(claim: Claim) -> dict[str, Any]:
    data = dict(claim.data)
    count = data.pop("count")
    data["count"] = count.best if count is not None else None
    return data


@pytest.mark.parametrize(("text", "want"), [
    ("Rebel fighters seized the town of Marveth on Tuesday, residents said.",
     {"action": "captured", "object": "town", "place": "Marveth", "count": None}),
    ("The insurgents overran three army checkpoints near the border overnight.",
     {"action": "captured", "object": "army checkpoints", "count": 3, "actor": "insurgents"}),
    ("Insurgents took over 25 villages in the province last week, officials said.",
     {"action": "captured", "object": "villages", "count": 25, "actor": "Insurgents"}),
    ("Kelbar fell to the militia after a week of heavy fighting.",
     {"action": "captured", "place": "Kelbar", "actor": "militia"}),
    ("Government troops recaptured the airport on Friday.",
     {"action": "recaptured", "object": "airport", "actor": "Government troops"}),
    ("The army withdrew from the hill town of Ostra after the shelling.",
     {"action": "withdrew", "object": "hill town", "place": "Ostra", "actor": "army"}),
    ("He said the fighters had pulled back only from positions near the river.",
     {"action": "withdrew", "object": "positions", "actor": "fighters"}),
    ("Militia units encircled the city of Dravna, cutting the main road.",
     {"action": "besieged", "object": "city", "place": "Dravna"}),
    ("The district is under our control, the commander said.",
     {"action": "controls", "object": "district"}),
    ("The army lost six hills to the insurgents in the north.",
     {"action": "lost", "object": "hills", "count": 6, "actor": "insurgents", "from": "army"}),
    ("The capture of the village by the rebels was confirmed on Monday.",
     {"action": "captured", "object": "village", "actor": "rebels"}),
    # the first word of a compound holds the ground, not the words before it
    ("An air strike on a crowded market in the rebel-held town of Sefrin killed four people.",
     {"action": "controls", "object": "town", "place": "Sefrin", "actor": "rebel"}),
    # "are holding" is no passive: the subject holds, it is not the ground held
    ("Coastal troops are holding the town of Dravna.",
     {"action": "controls", "object": "town", "place": "Dravna"}),
    # a side's word in quote marks
    ('The ministry said its forces had "liberated" the village of Dravna.',
     {"action": "recaptured", "object": "village", "place": "Dravna"}),
    ("Units of the Centre group have liberated the community of Dravna, the ministry said.",
     {"action": "recaptured", "object": "community", "place": "Dravna"}),
    # a siege told with words before "siege"
    ("The city has been under a months-long siege since the rebels cut the roads.",
     {"action": "besieged", "object": "city"}),
    # a relative clause after a place opening the sentence: the place, not "In ..."
    ("In Dravna town, which remains under junta control, soldiers arrested 30 men.",
     {"action": "controls", "place": "Dravna", "object": "town"}),
    # those forced to withdraw withdrew; a tactical withdrawal is a sentence about fighting
    ("The jihadists stormed the camp, forcing troops to withdraw from Dravna.",
     {"action": "withdrew", "place": "Dravna", "actor": "troops"}),
    ("The FARDC announced its tactical withdrawal from Dravna on Saturday.",
     {"action": "withdrew", "place": "Dravna"}),
    # an acronym in brackets ends the subject
    ("The Coastal Brigade (CB) encircled the city of Dravna in June.",
     {"action": "besieged", "object": "city", "actor": "Coastal Brigade"}),
    # a camp and the countryside are ground too
    ("The rebels overran the army camp at Dravna on Saturday.",
     {"action": "captured", "object": "army camp", "actor": "rebels"}),
    ("The militias have since taken control of large parts of the countryside.",
     {"action": "captured", "object": "countryside", "actor": "militias"}),
    ("The fighters occupied the village of Kella for several hours.",
     {"action": "captured", "object": "village", "place": "Kella", "actor": "fighters"}),
    # a side's words in quote marks inside the trigger phrase
    ('Troops had restored "full control" of the town of Kella, the army said.',
     {"action": "recaptured", "object": "town", "place": "Kella", "actor": "Troops"}),
    ('The brigade had "completed the encirclement" of the Kella area.',
     {"action": "besieged", "object": "area", "place": "Kella"}),
    ('The group said it was still holding "the heights overlooking the town".',
     {"action": "controls", "object": "heights"}),
    ("The town of Kella is in the hands of our forces, the rebels said.",
     {"action": "controls", "object": "town", "place": "Kella"}),
    # a name with its initials in brackets before the force noun
    ("The Movement for Justice (MJ) fighters seized the town of Kella.",
     {"action": "captured", "place": "Kella", "actor": "Movement for Justice (MJ)"}),
    # a relative pronoun's subject is the phrase it stands for
    ("The rebels, who seized the town of Kella last week, said they would hold it.",
     {"action": "captured", "object": "town", "actor": "rebels"}),
    # a degree and a share before the ground
    ("Russian units controlled at most the eastern half of the village.",
     {"action": "controls", "object": "village", "actor": "Russia"}),
    ("Rebels control about a third of the province.", {"action": "controls", "object": "province"}),
    ("Armed groups now control an estimated 40 percent of Varnia's territory.",
     {"action": "controls", "object": "territory", "place": "Varnia"}),
    ("The militia controls about a fifth of North Kella's territory.",
     {"action": "controls", "object": "territory", "place": "North Kella"}),
    ("Bara town remains under the control of the Sudanese Armed Forces (SAF).",
     {"action": "controls", "place": "Bara", "actor": "Sudan"}),
    ("The town fell to U.S. forces.", {"action": "captured", "actor": "United States"}),
    ("The rebels remain in control of the town.", {"action": "controls", "actor": "rebels"}),
    ("The Houthis control most of Yemen's populous north.",
     {"action": "controls", "place": "Yemen"}),
    # a police station, in a sentence about armed men
    ("Gangs seized the Dorel police station overnight.",
     {"action": "captured", "object": "police station", "place": "Dorel"}),
    ("The militants briefly took control of the eastern part of the base.",
     {"action": "captured", "object": "base", "actor": "militants"}),
    # an adjective after "the": the ground is told, but "The" takes nothing
    ("Shells fell on the captured town of Kella.", {"action": "captured", "actor": None}),
    ("The jihadists took control of the barracks for several hours.",
     {"action": "captured", "object": "barracks", "actor": "jihadists"}),
    ("Troops remain in firm control of the base.", {"action": "controls", "actor": "Troops"}),
])
def test_each_construction(text: str, want: dict[str, Any]) -> None:
    claim = only(text)
    got = fields(claim)
    assert {k: got[k] for k in want} == want
    assert claim.extractor == "territorial"


def test_a_time_phrase_is_no_subject_and_the_coordinated_verb_keeps_the_actor() -> None:
    text = ("The militia seized the airport, and in recent weeks has taken control of 14 villages"
            " near Dravna.")
    assert [c.data["actor"] for c in territorial(text)] == ["militia", "militia"]


@pytest.mark.parametrize(("text", "actor"), [
    # "they" told by witnesses is those they tell of, whom they do not name
    ("They have besieged the two villages since Sunday, residents said.", None),
    ("They have besieged the two villages since Sunday, two witnesses told Reuters.", None),
    # told by a body, its own
    ("The Taliban said they had captured the district.", "Taliban"),
])
def test_they_is_the_speakers_own_only_when_a_body_speaks(text: str, actor: str | None) -> None:
    (claim,) = claimkit.extract(text).claims_of("territorial")
    assert claim.data["actor"] == actor


def test_a_bare_place_name_is_ground_in_a_sentence_about_fighting() -> None:
    claim = only("Rebel fighters captured Kunduz on Sunday after heavy fighting.")
    assert claim.data["place"] == "Kunduz"
    assert claim.data["object"] is None


def test_a_bare_place_name_is_held_in_a_paragraph_about_fighting() -> None:
    # the sentence before tells of the fighting; "controlled" keeps its ground
    text = ("A White Army commander rejected the army's claim that Dinyatoch had been recaptured. "
            "He said the youth still controlled Dinyatoch.")
    assert [c.data["action"] for c in territorial(text)] == ["recaptured", "controls"]


@pytest.mark.parametrize("text", [
    # another paragraph
    "The army said it had retaken the ridge.\nHe said the youth still controlled Dinyatoch.",
    # people are captured too: the fighting before makes no man ground
    "Troops stormed the prison overnight. Officials said Fito was recaptured at dawn.",
])
def test_fighting_before_makes_no_capture_of_a_bare_name_ground(text: str) -> None:
    assert all(c.data["place"] not in ("Dinyatoch", "Fito") for c in territorial(text))


@pytest.mark.parametrize(("text", "actor"), [
    ("The base had been in the hands of the mujahideen until sunrise, he said.", "mujahideen"),
    ("Kelbar fell to the militia by nightfall.", "militia"),
])
def test_a_time_after_the_actor_is_no_part_of_it(text: str, actor: str) -> None:
    assert only(text).data["actor"] == actor


@pytest.mark.parametrize(("text", "head"), [
    ("“The roundabout remains in the hands of our men,” he said.", "roundabout"),
    ("Two residents said M23 fighters were still in control of the centre.", "centre"),
    ("“Our troops remain in firm control of the location,” he said.", "location"),
])
def test_roundabouts_centres_and_locations_are_ground(text: str, head: str) -> None:
    assert only(text).data["object"] == head


@pytest.mark.parametrize("text", [
    "The centre of the debate was the economy, he said.",
    "He held a press conference at the location.",
])
def test_centres_and_locations_are_ground_only_where_there_is_fighting(text: str) -> None:
    assert territorial(text) == []


def test_a_name_ending_like_a_demonym_can_be_a_place() -> None:
    claim = only("Rebel fighters said Vashti was under their control after days of fighting.")
    assert claim.data["place"] == "Vashti"
    assert claim.data["action"] == "controls"


def test_evidence_covers_verb_and_object_but_not_the_subject() -> None:
    text = "The insurgents overran three army checkpoints near the border overnight."
    assert evidence(text, only(text)) == "overran three army checkpoints"


def test_a_named_actor_after_the_verb_is_part_of_the_evidence() -> None:
    text = "Kelbar fell to the militia after a week of heavy fighting."
    assert evidence(text, only(text)) == "Kelbar fell to the militia"


@pytest.mark.parametrize("text", [
    "The rebels captured two soldiers near the bridge.",            # people: a casualty
    "The rebels captured Pakistani soldiers.",                      # people, named by a demonym
    "Gunmen seized at least 17 passengers from a bus.",             # people, counted with "at least"
    "Police seized weapons and ammunition at the checkpoint.",      # materiel
    "The governor said he had taken control of the situation.",     # an abstraction
    "The army said it struck a command and control centre.",        # a noun, not holding
    "Gunmen hijacked an aircraft at the airport and seized the plane.",  # an aircraft
    "The militants failed to capture the town.",                    # not done
    "The army would never withdraw from the valley, he said.",      # not done
    "Residents could not say who held the post by nightfall.",      # a question, no claim
    "It was unclear which side controlled the bridge on Monday.",   # a question, no claim
    "Both give contradictory accounts of who controls the town.",   # a question, no claim
    "Whether or not they really held that fort, the message is the same.",  # a question
    "Troops destroyed a bridge outside the town.",                  # damage, not ground
    "The group said its fighters destroyed several of their posts.",  # damage: no hands changed
    "Pakistani troops responded, destroying two Indian posts.",     # (shelling across a border)
    "The senator captured Iowa and lost Ohio in the primaries.",    # politics: no fighting
    "The candidate seized on the remarks to attack his rival.",     # "seize on": exploit
    "Unemployment has fallen to 5 percent.",                        # not a place
    "Troops destroyed the base's fuel depot before leaving.",       # the base owns the object
    "We lost Americans in that attack, the senator said.",          # people
    "A faction of the Front for the Liberation of Marvia claimed the attack.",  # a name
    "The army won’t take the “low road” out of the valley, he said.",  # not done (a curly n’t)
    "Fighters stormed a refugee camp near the border.",             # an attack on people
    "Militants stormed a police station in the town.",              # an assault, not ground taken
    "Donors deserted the Roe camp after the debate.",               # politics
    "Protesters were occupying the lobby area of the hotel.",       # a sit-in
    "Marchers planned Occupy Wall Street-style protests.",          # a name
    "Gangs control much of Port-au-Prince's fuel trade.",            # "Port-" is no port
    "He took the morning train from the station.",                  # no fighting
    "Israeli jets struck sites in Gaza overnight.",                  # a strike, no ground held
])
def test_not_territorial(text: str) -> None:
    assert territorial(text) == []


def test_headline_and_body_telling_the_same_fact_are_one_claim() -> None:
    text = ("Rebels Seize 12 Border Posts\n"
            "Rebel fighters seized 12 border posts in the east on Sunday, their commander said.")
    claim = only(text)
    assert claim.data["count"].best == 12
    assert len(claim.mentions) == 2
    told = [text[m.start:m.end] for m in claim.mentions]
    assert told == ["Seize 12 Border Posts", "seized 12 border posts"]


def test_rival_accounts_of_who_holds_a_town_stay_separate_claims() -> None:
    # the first account names no actor (the quote cuts it off), so only the voices differ
    text = ('The Varnian Daily said troops "remain in full control of the town of Kella". '
            "The Coastal Front said its fighters now control the town of Kella.")
    claims = claimkit.extract(text).claims_of("territorial")  # with the attribution stage
    assert len(claims) == 2
    assert {c.attribution.source.text for c in claims if c.attribution and c.attribution.source} == {
        "The Varnian Daily", "The Coastal Front"}


def test_a_headline_by_an_unnamed_voice_and_the_named_body_are_one_claim() -> None:
    # "army" names no one: it may be the body's "Sudanese army", as "the army says" often is
    text = ("Toll rises to 41 as army says town retaken\n"
            "The Sudanese army announced it had recaptured the town from the rebels.")
    claims = claimkit.extract(text).claims_of("territorial")
    assert len(claims) == 1
    assert len(claims[0].mentions) == 2


def test_different_counts_stay_separate_claims() -> None:
    text = "The rebels seized 12 posts on Monday. On Tuesday they seized 3 more posts."
    assert sorted(c.data["count"].best for c in territorial(text)) == [3, 12]


@given(st.text(max_size=300))
def test_never_raises_and_spans_stay_in_bounds(text: str) -> None:
    for claim in territorial(text):
        for span in (claim.span, *claim.mentions):
            assert 0 <= span.start <= span.end <= len(text)


NEWSY = st.lists(st.sampled_from([
    "The rebels ", "seized ", "captured ", "fell to ", "25 ", "border posts ", "the town of Marveth ",
    "under our control", "withdrew from ", "two soldiers ", "weapons ", "the situation", ", ", ". ",
    "said", "\n", "failed to ", "recaptured ", "the airport",
]), max_size=40).map("".join)


@given(NEWSY)
def test_news_like_fragments_give_well_formed_claims(text: str) -> None:
    for claim in territorial(text):
        assert claim.data["action"] in ("captured", "recaptured", "lost", "withdrew", "besieged", "controls")
        assert claim.span.start < claim.span.end <= len(text)


def test_a_clause_between_commas_is_no_aside_to_step_over_for_the_actor() -> None:
    text = ("The army rejected the claim, saying its troops had repelled the attack, remained in "
            "control of the base and killed 15 fighters.")
    assert [c.data["actor"] for c in territorial(text)] == [None]


def test_a_verb_of_meaning_ends_the_subject() -> None:
    claims = territorial("The fall of Dorel means the rebels now control the main road.")
    assert [(c.data["action"], c.data["actor"]) for c in claims] == [
        ("captured", None), ("controls", "rebels")]


@pytest.mark.parametrize(("text", "want"), [
    # "IS" in capitals is the group, not the verb: an active capture with an actor
    ("IS seized the village of Tal Maro on Monday.",
     {"action": "captured", "place": "Tal Maro", "actor": "Islamic State"}),
    # a share or a region of a country that is also a side is ground
    ("The militants seized large parts of northern Mali in 2012.",
     {"action": "captured", "place": "Mali", "actor": "militants"}),
    ("The jihadists lost the last of the territory they held in the valley.",
     {"action": "lost", "object": "territory"}),
    ("For now the port town of Kella remains in government hands.",
     {"action": "controls", "place": "Kella", "actor": "government"}),
    ("The raiders withdrew from the cattle camps at dawn.",
     {"action": "withdrew", "object": "cattle camps", "actor": "raiders"}),
    ("Families fled Islamic State-held Hawija.", {"action": "controls", "actor": "Islamic State"}),
    # "in the control of": the subject is held, as "under the control of"
    ("The base remains in the firm control of our gallant troops, the army said.",
     {"action": "controls", "object": "base", "actor": "our gallant troops"}),
    # city blocks, in a sentence about fighting
    ("Gang members withdrew from several blocks around the cathedral.",
     {"action": "withdrew", "object": "blocks", "actor": "Gang members"}),
])
def test_groups_shares_regions_and_hands(text: str, want: dict[str, Any]) -> None:
    got = fields(only(text))
    assert {k: got[k] for k in want} == want


def test_hands_that_are_no_party_hold_nothing() -> None:
    assert territorial("The city is in safe hands, the mayor said.") == []


@pytest.mark.parametrize(("text", "actor"), [
    # a formation by its number, told by a body: the body's own
    ("The Varnian army said units of the 5th Infantry Division recaptured the town of Kella.",
     "Varnian army"),
    ("The army said the 3rd Brigade recaptured the town of Kella.", "army"),
    # ... told by onlookers, it stays itself
    ("The 3rd Brigade recaptured the town of Kella, residents said.", "3rd Brigade"),
])
def test_a_formation_by_its_number_is_the_speaking_bodys(text: str, actor: str) -> None:
    assert [c.data["actor"] for c in claimkit.extract(text).claims_of("territorial")] == [actor]


@pytest.mark.parametrize(("text", "want"), [
    # ground the speaker calls its own is held by the speaker's side
    ("“The village of Kella is ours,” the Ukrainian army said.",
     [("controls", "village", "Kella", "Ukraine")]),
    ("“Kella is still ours,” the rebels said.", [("controls", None, "Kella", "rebels")]),
    ("“The choice is ours,” the rebels said.", []),
])
def test_ground_a_speaker_calls_ours_is_its_sides(text: str, want: list[tuple[str | None, ...]]) -> None:
    doc = claimkit.extract(text)
    got = [(c.data["action"], c.data["object"], c.data["place"], c.data["actor"])
           for c in doc.claims_of("territorial")]
    assert got == want


@pytest.mark.parametrize(("text", "want"), [
    ("The rebels reportedly held the stretch of national road between Boni and Tessit for hours.",
     {"action": "controls", "object": "national road"}),
    ("Insurgents control large swathes of rural territory in the north.",
     {"action": "controls", "object": "rural territory", "actor": "Insurgents"}),
    ("The army said its troops had retaken control of the area by Wednesday.",
     {"action": "recaptured", "object": "area"}),
    ("The rebels said they had taken control of the village of Jubb al-Hamra.",
     {"action": "captured", "place": "Jubb al-Hamra"}),
    # an object pronoun before the subject ends the phrase: not "us troops"
    ("A military source tells us troops recaptured a police post on the outskirts.",
     {"action": "recaptured", "actor": "troops"}),
    # a capitalised force word is part of a name the vocabulary does not know
    ("The Dorland Liberation Army seized the town of Kella.",
     {"action": "captured", "actor": "Dorland Liberation Army"}),
    ("Kella itself has been held by the rebels since March.",
     {"action": "controls", "place": "Kella", "actor": "rebels"}),
])
def test_shares_of_roads_retaking_control_names_and_pronouns(text: str, want: dict[str, Any]) -> None:
    got = fields(only(text))
    assert {k: got[k] for k in want} == want


def test_its_troops_speak_for_the_side_the_speaker_names() -> None:
    doc = claimkit.extract("Russia's Defence Ministry said on Thursday that its troops had captured "
                           "the village of Lozova Balka.")
    assert [c.data["actor"] for c in doc.claims_of("territorial")] == ["Russia"]


@pytest.mark.parametrize(("text", "want"), [
    # a speech participle ends the subject; an adverb inside an opening quote is no actor
    ("Reports differed, with the army claiming its troops had taken the village of Kella.",
     {"action": "captured", "place": "Kella"}),
    ('The blogger wrote that rebel troops were "still holding the northern half of Kella".',
     {"action": "controls", "place": "Kella", "actor": "rebel troops"}),
    ("The army said its forces had restored control over the state border near Kella.",
     {"action": "recaptured", "object": "state border"}),
    ("Troops overran the group's encampment near Kella.",
     {"action": "captured", "object": "group's encampment"}),
    # a country after a verb of control is ground
    ("The Taliban, who have controlled Afghanistan since August 2021, denied the report.",
     {"action": "controls", "place": "Afghanistan", "actor": "Taliban"}),
])
def test_speech_participles_quoted_adverbs_borders_and_countries(text: str, want: dict[str, Any]) -> None:
    got = fields(only(text))
    assert {k: got[k] for k in want} == want
    assert got["actor"] not in ("still", "army claiming its")


def test_a_country_held_to_account_is_no_ground() -> None:
    assert territorial("Western governments hold Russia responsible for the attack on the troops.") == []


@pytest.mark.parametrize(("text", "want"), [
    ("The rebels' radio said its fighters, operating alongside allied units, had retaken the town of Kella.",
     {"action": "recaptured", "place": "Kella"}),
    ("Residents said the bandit group had for weeks besieged the neighbouring village of Tarsa.",
     {"action": "besieged", "actor": "bandit group"}),
    ("Government forces overran most of the militants' bases in the forest.",
     {"action": "captured", "object": "militants' bases", "actor": "Government forces"}),
    # an infinitive before a participle makes it an adjective with no subject
    ("The juntas had every incentive to publicise recaptured towns.",
     {"action": "recaptured", "actor": None}),
])
def test_asides_time_phrases_owners_and_adjectives(text: str, want: dict[str, Any]) -> None:
    got = fields(only(text))
    assert {k: got[k] for k in want} == want
    assert got["actor"] is None or "for weeks" not in got["actor"]


@pytest.mark.parametrize(("text", "want"), [
    ("Militants armed with rifles and grenades seized a police station in the town.",
     {"action": "captured", "actor": "Militants"}),
    ("Rebels armed with rifles overran the army base near Kella.", {"action": "captured", "actor": "Rebels"}),
    ("The commander told reporters rebel fighters had captured the village of al-Mughras.",
     {"action": "captured", "place": "al-Mughras", "actor": "rebel fighters"}),
])
def test_what_the_actor_carried_and_whom_the_speaker_told_are_no_actor(
        text: str, want: dict[str, Any]) -> None:
    got = fields(only(text))
    assert {k: got[k] for k in want} == want


def test_the_group_an_observer_tells_of_is_the_armed_group_named_before() -> None:
    text = ("Al-Shabaab briefly captured several villages. Security analysts say the group still "
            "controls much of the farmland between the river and the capital.")
    actors = [c.data["actor"] for c in claimkit.extract(text).claims_of("territorial")]
    assert actors == ["al-Shabaab", "al-Shabaab"]


def test_a_loss_of_no_ground_is_no_claim_and_a_denied_loss_stays_denied() -> None:
    held = claimkit.extract("The army said it lost no positions in the fighting.")
    assert held.claims_of("territorial") == ()
    # "any post" names no ground: the denial stands, with no territorial claim of its own ...
    denied = claimkit.extract("The army denied that any post had been lost.")
    assert (denied.claims_of("territorial"), len(denied.claims_of("denial"))) == ((), 1)
    # ... and a denial of named ground keeps the claim it denies
    named = claimkit.extract("The army denied that the post at Tirza had been lost.").claims_of("territorial")
    assert [(c.data["action"], c.status) for c in named] == [("lost", "denied")]


def test_the_actor_is_the_body_that_speaks_not_a_state_its_description_names() -> None:
    text = ("The Arakan Army (AA), one of Myanmar’s most powerful ethnic armed groups, said it had "
            "captured the town of Kyaukphyu.")
    assert [c.data["actor"] for c in claimkit.extract(text).claims_of("territorial")] == ["Arakan Army"]


@pytest.mark.parametrize(("text", "want"), [
    ("The post remains fully in the hands of the Transnistrian contingent, the ministry said.",
     {"action": "controls", "object": "post"}),
    ("The army said it had “recovered” the village of Kitamba.",
     {"action": "recaptured", "object": "village", "place": "Kitamba"}),
    ("Reinforcements had retaken the detachment by Monday afternoon.",
     {"action": "recaptured", "object": "detachment"}),
    ("Russian forces have taken under control the approaches to the dam.",
     {"action": "captured", "object": "approaches"}),
    ("Russia still holds the left bank of the Dnipro, the army said.",
     {"action": "controls", "object": "left bank"}),
    ("The army said its forces “maintain full operational control” of the Jenin camp.",
     {"action": "controls", "object": "camp"}),
    ("Al-Shabaab fighters remained in several villages east of Bur Dhuxun.",
     {"action": "controls", "object": "villages"}),
])
def test_more_ways_to_tell_taking_and_holding_ground(text: str, want: dict[str, Any]) -> None:
    got = fields(only(text))
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("text", [
    "Residents remained in the town despite the shelling.",
    "Rescuers recovered the bodies from the village.",
])
def test_people_who_stay_and_bodies_recovered_are_no_ground(text: str) -> None:
    assert territorial(text) == []


def test_a_fact_told_in_the_headline_and_the_body_takes_the_body_as_its_evidence() -> None:
    text = ("Rebels seized Marveth town\nRebel fighters seized the town of Marveth on Tuesday after "
            "heavy fighting, residents said.")
    claim = only(text)
    assert evidence(text, claim) == "seized the town of Marveth"
    assert len(claim.mentions) == 2


def test_a_title_naming_no_place_and_the_body_naming_one_are_one_claim() -> None:
    text = ("19:40 — Al-Shabaab overruns army base\nAl-Shabaab fighters overran an army base at "
            "Qalimow before dawn, a local elder said.")
    claim = only(text)
    assert (claim.data["place"], evidence(text, claim)) == ("Qalimow", "overran an army base at Qalimow")
    assert len(claim.mentions) == 2


@pytest.mark.parametrize(("text", "grounds"), [
    ("Fighters had taken full control of the Mashjah hills and three military posts overlooking "
     "the road.", ["taken full control of the Mashjah hills", "three military posts"]),
    ("Government forces took control of the village of al-Mazraa and of the main road to "
     "Damascus.", ["took control of the village of al-Mazraa", "the main road"]),
    ("The army captured the towns of Warqalo and Bur Dhuxun from the militants.",
     ["captured the towns of Warqalo", "Bur Dhuxun"]),
    # a clause of its own after "and" is no ground of the verb
    ("The rebels seized Kella and Ahmed Musa was arrested.", ["seized Kella"]),
    ('The rebels had "liberated" Koui and captured the gendarmerie post.',
     ['liberated" Koui', "captured the gendarmerie post"]),
])
def test_ground_coordinated_with_the_object_is_a_claim_of_its_own(text: str, grounds: list[str]) -> None:
    claims = territorial(text)
    assert [evidence(text, c) for c in claims] == grounds
    assert len({c.data["actor"] for c in claims}) == 1


def test_a_relative_clause_told_with_its_time() -> None:
    # "seized on Tuesday" is a time, not "seized on the remarks"; "that" opens a clause too
    text = "Troops retook al-Shuhayl, a town that the rebels briefly seized on Tuesday."
    assert [(c.data["action"], evidence(text, c)) for c in territorial(text)] == [
        ("recaptured", "retook al-Shuhayl"), ("captured", "a town that the rebels briefly seized")]


def test_a_relative_clause_whose_subject_is_a_name_with_its_initials() -> None:
    text = "Troops retook two of the three posts that the Allied Democratic Forces (ADF) had overrun."
    captured = [c for c in territorial(text) if c.data["action"] == "captured"]
    assert [(evidence(text, c), c.data["actor"]) for c in captured] == [
        ("the three posts that the Allied Democratic Forces (ADF) had overrun",
         "Allied Democratic Forces (ADF)")]


def test_a_feed_footer_repeating_the_headline_is_never_evidence() -> None:
    text = ("Taliban retake Andarab checkpoints\n\nTaliban forces retook two checkpoints in Andarab "
            "on Monday.\n\nThe post Taliban retake Andarab checkpoints appeared first on Valley Courier.")
    footer = text.index("The post")
    claims = territorial(text)
    assert claims, "the headline and the body are still read"
    assert all(s.start < footer for c in claims for s in c.mentions)


def test_the_place_a_ground_is_at() -> None:
    got = fields(only("The RSF said they had captured the army garrison at Kharasana."))
    assert (got["object"], got["place"]) == ("army garrison", "Kharasana")


def test_two_sentences_of_the_body_naming_a_place_and_none_stay_two_claims() -> None:
    text = ("The fighters said they made a tactical withdrawal from Warqalo. Later, soldiers "
            "withdrew from the town without a fight, an elder said.")
    assert len(territorial(text)) == 2


@pytest.mark.parametrize(("text", "place"), [
    ("The SDF controls large parts of northeast Syria.", "Syria"),
    ("Al-Shabaab controls large parts of rural southern and central Somalia.", "Somalia"),
])
def test_a_share_of_a_country_may_name_its_region_first(text: str, place: str) -> None:
    got = fields(only(text))
    assert (got["action"], got["place"]) == ("controls", place)


@pytest.mark.parametrize(("text", "action", "obj"), [
    ("Soldiers had regained control of a National Guard checkpoint on the highway.", "recaptured",
     "national checkpoint"),
    ("Troops had recovered control of the town of Campo Dos.", "recaptured", "town"),
    ("Troops had regained full control of the prison after the riot.", "recaptured", "prison"),
])
def test_a_named_owner_before_the_ground_and_a_prison(text: str, action: str, obj: str) -> None:
    got = fields(only(text))
    assert (got["action"], got["object"]) == (action, obj)


@pytest.mark.parametrize(("text", "want"), [
    ("Mwenga remains under the control of the FARDC, he said.",
     {"action": "controls", "place": "Mwenga", "actor": "DR Congo"}),
    ("SDF fighters recaptured al-Mahmudli on Sunday.", {"action": "recaptured", "place": "al-Mahmudli"}),
    ("The commander said the outpost “remains under the full control of our heroic forces”.",
     {"action": "controls", "object": "outpost"}),
    ("Our troops maintain absolute control of the El Ripial sector, the army said.",
     {"action": "controls", "object": "sector"}),
    ("Our units are holding their positions in Pryvilne, the spokesman said.",
     {"action": "controls", "object": "positions"}),
])
def test_state_forces_by_initials_arabic_names_and_quoted_holding(text: str, want: dict[str, Any]) -> None:
    got = fields(only(text))
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("text", [
    "In the occupied West Bank, Israeli forces arrested at least 25 people in overnight raids.",
    "Sweida has been a flashpoint since the fall of Bashar al-Assad in December 2024.",
    "The militants have tried to regroup since the fall of the Assad government in Syria.",
    # a demand, in the bare verb, is no deed
    "Moscow is insisting that Varnia withdraw from the parts of Kella province it still holds.",
])
def test_a_state_of_the_ground_and_the_fall_of_a_ruler_are_no_claims(text: str) -> None:
    assert territorial(text) == []


def test_the_actor_after_to_ends_before_a_verb() -> None:
    got = fields(only("The fall of Marveth to the militia shocked the army."))
    assert (got["place"], got["actor"]) == ("Marveth", "militia")


@pytest.mark.parametrize(("text", "want"), [
    ("Two soldiers were wounded and evacuated to a military hospital, the army said.", None),
    ("Levine pushed the mayor to abandon city contracts with the developer.", None),
    ("Troops evacuated the town overnight after heavy shelling.", ("withdrew", "town")),
    ("Soldiers abandoned their posts near the border as the militants advanced.", ("withdrew", "posts")),
])
def test_evacuating_and_abandoning_take_ground_as_their_object(
        text: str, want: tuple[str, str] | None) -> None:
    found = [(c.data["action"], c.data["object"]) for c in territorial(text)]
    assert found == ([want] if want else [])


def test_a_village_tract_is_ground() -> None:
    text = "The village tract has been under the control of local PDF units since 2022, after heavy fighting."
    assert fields(only(text))["object"] == "village tract"


@pytest.mark.parametrize(("text", "want"), [
    ("The group said it had pulled its fighters out of two checkpoints near Sinjar.",
     [("withdrew", "checkpoints")]),
    ("Police pulled back its officers from a police post on the road to the dam.",
     [("withdrew", "police post")]),
    ("He pulled his son out of school before the fighting.", []),
    # a duty or a plan is no deed
    ("Under the truce, the army was to pull its forces out of southern Korva.", []),
    ("The rebels agreed to withdraw from the town.", []),
])
def test_forces_pulled_out_of_or_back_from_a_place(text: str, want: list[tuple[str, str]]) -> None:
    assert [(c.data["action"], c.data["object"]) for c in territorial(text)] == want


@pytest.mark.parametrize(("text", "head"), [
    ("Troops retook the Korva police substation after the fighting.", "police substation"),
    ("The rebels seized the airstrip outside Korva after heavy fighting.", "airstrip"),
])
def test_an_airstrip_and_a_substation_are_ground(text: str, head: str) -> None:
    assert fields(only(text))["object"] == head


@pytest.mark.parametrize(("text", "want"), [
    ("The militants overran the town’s police station, officials said.", [("captured", "police station")]),
    ("AAKG fighters took control of the town's airstrip after heavy fighting.", [("captured", "airstrip")]),
    ("Hackers seized the base's hard drives.", []),  # the base owns no ground here
])
def test_ground_a_place_possesses(text: str, want: list[tuple[str, str]]) -> None:
    assert [(c.data["action"], c.data["object"]) for c in territorial(text)] == want


def test_a_place_told_bare_and_with_its_kind_is_one_fact() -> None:
    text = ("Army says it has retaken Tarsa from rebels\nThe army said on Monday that it had recaptured "
            "the town of Tarsa after three days of fighting.")
    found = territorial(text)
    assert [(c.data["action"], c.data["object"], c.data["place"], len(c.mentions)) for c in found] == [
        ("recaptured", "town", "Tarsa", 2)]


def test_two_parties_of_one_nation_telling_the_same_place_stay_apart() -> None:
    text = ("The Malian National Front said its fighters had captured the villages of Tell Osk. The "
            "Malian Democratic Forces said their units had driven the factions out of Tell Osk.")
    assert len(territorial(text)) == 2
