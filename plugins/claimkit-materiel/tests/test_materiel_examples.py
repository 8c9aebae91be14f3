"""What the ``materiel`` stage reads from our own invented sentences, checked by hand."""

from __future__ import annotations

import pytest

import claimkit
from claimkit import Attribution, Document, Snippet, Span, Speaker
from claimkit_materiel import materiel

ONLY_MATERIEL = claimkit.Pipeline((materiel,))


def read(text: str) -> list[tuple[str, int | None, str, str | None]]:
    """(action, best count, object, actor) of every materiel claim in ``text``."""
    doc = claimkit.extract(text, pipeline=ONLY_MATERIEL, strict=True)
    return [(c.data["action"], c.data["count"].best if c.data["count"] else None, c.data["object"],
             c.data["actor"]) for c in doc.claims]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian forces destroyed 12 tanks near the town.",
     [("destroyed", 12, "tanks", "Ukrainian forces")]),
    ("Air defences shot down 30 drones overnight, the air force said.",
     [("shot_down", 30, "drones", "Air defences")]),
    ("Six tanks were destroyed in the fighting.", [("destroyed", 6, "tanks", None)]),
    ("The rebels downed two helicopters on Sunday.", [("shot_down", 2, "helicopters", "rebels")]),
    ("Fighters seized three armoured vehicles at the checkpoint.",
     [("captured", 3, "armoured vehicles", "Fighters")]),
    ("Two Su-25 jets were shot down by the militia.", [("shot_down", 2, "aircraft", "militia")]),
    ("The navy said a patrol boat was damaged.", [("damaged", 1, "boats", None)]),
    ("Separatists have also captured at least four howitzers.",
     [("captured", 4, "artillery", "Separatists")]),
    # the vehicles of wars in the Sahel, Sudan and Somalia, and more verbs of loss
    ("Troops recovered 15 motorcycles after the raid.", [("captured", 15, "motorcycles", "Troops")]),
    ("The army destroyed four of their gun trucks.", [("destroyed", 4, "technicals", "army")]),
    ("The RSF seized 25 combat vehicles.", [("captured", 25, "armoured vehicles", "RSF")]),
    ("Militants burnt six of our armoured vehicles.", [("destroyed", 6, "armoured vehicles", "Militants")]),
    ("The rebels sank a navy landing craft.", [("destroyed", 1, "boats", "rebels")]),
    ("The militants destroyed two Humvees.", [("destroyed", 2, "armoured vehicles", "militants")]),
    ("Air defence units shot down three quadcopters.", [("shot_down", 3, "drones", "Air defence units")]),
    # "another" is one more; whose the item was may stand between it and a passive verb
    ("Two tanks were destroyed, and another tank was damaged.",
     [("destroyed", 2, "tanks", None), ("damaged", 1, "tanks", None)]),
    ("He said a surveillance drone of the enemy had been destroyed.", [("destroyed", 1, "drones", None)]),
])
def test_reads_one_claim(text: str, expected: list[tuple[str, int, str, str | None]]) -> None:
    assert read(text) == expected


def test_a_list_gives_one_claim_per_item_in_text_order() -> None:
    assert read("Government troops destroyed 12 tanks, five helicopters and 30 drones.") == [
        ("destroyed", 12, "tanks", "Government troops"),
        ("destroyed", 5, "helicopters", "Government troops"),
        ("destroyed", 30, "drones", "Government troops"),
    ]
    assert read("Nine tanks and two jets were destroyed by artillery.") == [
        ("destroyed", 9, "tanks", "artillery"),
        ("destroyed", 2, "aircraft", "artillery"),
    ]
    # a short phrase of who launched them may stand between the equipment and the verb
    assert read("He said two drones launched by the enemy were shot down over Sange.") == [
        ("shot_down", 2, "drones", None)]


def test_of_them_after_the_verb_counts_the_equipment_told_before() -> None:
    assert read("Two drones approached the field, and air defences shot down one of them.") == [
        ("shot_down", 1, "drones", "air defences")]
    # further on in a list, "two of them" is a part of the item before, no item of its own
    assert read("The strike destroyed five drones, two of them long-range models, and a tank.") == [
        ("destroyed", 5, "drones", "strike"), ("destroyed", 1, "tanks", "strike")]
    # no equipment told before: nothing
    assert read("The soldiers surrounded the gunmen and shot down two of them.") == []
    # people told after the equipment are whom "them" stands for; the verb's own subject is not
    assert read("The gunmen came in gun trucks and on motorcycles. The troops engaged the gunmen, "
                "neutralising 47 of them.") == []
    assert read("Five tanks advanced on the village, and Varnian troops destroyed three of them.") == [
        ("destroyed", 3, "tanks", "Varnian troops")]


def test_others_after_the_verb_count_more_of_the_equipment_told_just_before() -> None:
    assert read("The forces destroyed 34 combat vehicles and seized 12 others in good condition.") == [
        ("destroyed", 34, "armoured vehicles", "forces"), ("captured", 12, "armoured vehicles", None)]
    # (not across a sentence, nor others that are people)
    assert read("The army destroyed three tanks. Rebels captured 15 others.") == [
        ("destroyed", 3, "tanks", "army")]
    assert read("They destroyed two tanks and captured 12 other soldiers.") == [
        ("destroyed", 2, "tanks", None)]


def test_counted_items_that_uncounted_arms_include_are_items_of_their_own() -> None:
    assert read("The rebels seized weapons, including a tank.") == [
        ("captured", None, "weapons", "rebels"), ("captured", 1, "tanks", "rebels")]
    # ... but a counted item's "including" tells a part of it
    assert read("The army destroyed 12 tanks, including four T-72 tanks.") == [
        ("destroyed", 12, "tanks", "army")]


def test_things_that_are_not_equipment_are_skipped_but_the_list_goes_on() -> None:
    assert read("They destroyed 12 houses and three tanks.") == [("destroyed", 3, "tanks", None)]
    # uncounted things may open the list
    assert read("The rebels seized food and 12 military vehicles.") == [
        ("captured", 12, "armoured vehicles", "rebels")]
    assert read("Police seized a quantity of fuel, cash and three armoured vehicles.") == [
        ("captured", 3, "armoured vehicles", "Police")]
    # a counted thing of several words, or a launcher's projectiles, which are no launchers
    assert read("Air defences destroyed six HIMARS multiple rocket launcher projectiles, three JDAM guided "
                "bombs and 89 fixed-wing drones.") == [("destroyed", 89, "drones", "Air defences")]
    # vehicles of no kind named count with a figure (uncounted, they do not)
    assert read("Troops seized equipment, supplies and six vehicles.") == [
        ("captured", 6, "vehicles", "Troops")]
    assert read("Troops seized equipment, supplies and vehicles.") == []


def test_arms_taken_with_no_figure_are_claims_with_no_count() -> None:
    assert read("Troops seized weapons, ammunition and six vehicles.") == [
        ("captured", None, "weapons", "Troops"), ("captured", None, "ammunition", "Troops"),
        ("captured", 6, "vehicles", "Troops")]
    assert read("Police recovered a large quantity of weapons from the house.") == [
        ("captured", None, "weapons", "Police")]
    assert read("The army seized 74 weapons.") == [("captured", 74, "weapons", "army")]
    # told twice, one claim
    doc = claimkit.extract("Rebels seized weapons, army says\nThe rebels seized weapons at the base.",
                           pipeline=ONLY_MATERIEL)
    assert [len(c.mentions) for c in doc.claims] == [2]


def test_counted_small_arms_and_armed_vehicles_are_materiel() -> None:
    assert read("Troops seized 14 AK-47 rifles, two PKM machine guns and a vehicle mounted with an "
                "anti-aircraft gun.") == [("captured", 14, "rifles", "Troops"),
                                         ("captured", 2, "machine guns", "Troops"),
                                         ("captured", 1, "technicals", "Troops")]
    assert read("Fighters destroyed nine pieces of armoured equipment.") == [
        ("destroyed", 9, "armoured vehicles", "Fighters")]
    assert read("Police recovered two RPGs and a Kalashnikov.") == [
        ("captured", 2, "rocket-propelled grenade launchers", "Police"), ("captured", 1, "rifles", "Police")]


def test_pistols_mortar_launchers_and_supply_trucks_are_materiel() -> None:
    assert read("Troops seized three pistols, a mortar launcher and an ammunition truck.") == [
        ("captured", 3, "pistols", "Troops"), ("captured", 1, "artillery", "Troops"),
        ("captured", 1, "vehicles", "Troops")]


def test_raiders_leaving_with_arms_took_them() -> None:
    assert read("The assailants had taken away weapons and burned two army vehicles.") == [
        ("captured", None, "weapons", "assailants"), ("destroyed", 2, "vehicles", None)]
    # (a subordinator before the verb ends the words an actor may be)
    assert read("They held the camp for hours before withdrawing with four motorcycles.") == [
        ("captured", 4, "motorcycles", None)]
    assert read("Gunmen made off with two pick-up trucks.") == [("captured", 2, "technicals", "Gunmen")]
    assert read("Gunmen made away with two pick-up trucks.") == [("captured", 2, "technicals", "Gunmen")]


def test_equipment_set_on_fire_or_ablaze_was_destroyed() -> None:
    assert read("One armoured vehicle was set on fire.") == [("destroyed", 1, "armoured vehicles", None)]
    assert read("Two tanks were set ablaze by the rebels.") == [("destroyed", 2, "tanks", "rebels")]


def test_a_word_in_quotes_is_still_a_modifier_or_the_equipment() -> None:
    assert read('Air defences shot down a police "kamikaze" drone.') == [
        ("shot_down", 1, "drones", "Air defences")]
    assert read('The rebels seized 15 "technicals".') == [("captured", 15, "technicals", "rebels")]


def test_uncounted_arms_in_quotes_are_arms_taken() -> None:
    assert read('The rebels seized "an important stock of weapons".') == [
        ("captured", None, "weapons", "rebels")]


def test_items_taken_after_the_verb_and_including() -> None:
    assert read("It listed weapons it said were seized, including two 105mm howitzers and 11 machine "
                "guns.") == [("captured", 2, "artillery", None), ("captured", 11, "machine guns", None)]


def test_a_calibre_is_a_modifier_not_a_count() -> None:
    assert read("On the enemy side: 2 60mm mortars and 23 AK-47 rifles recovered.") == [
        ("captured", 2, "artillery", None), ("captured", 23, "rifles", None)]


def test_the_state_of_items_taken_does_not_end_the_list() -> None:
    assert read("Our forces seized 27 combat vehicles in good condition and two rocket launchers.") == [
        ("captured", 27, "armoured vehicles", "forces"), ("captured", 2, "rocket launchers", "forces")]
    assert read("The army seized three tanks intact and a drone.") == [
        ("captured", 3, "tanks", "army"), ("captured", 1, "drones", "army")]


def test_a_military_bulldozer_is_materiel_and_a_bulldozer_alone_is_not() -> None:
    assert read("The militia destroyed a military bulldozer and two tanks.") == [
        ("destroyed", 1, "bulldozers", "militia"), ("destroyed", 2, "tanks", "militia")]
    assert read("Settlers said the fire destroyed a bulldozer.") == []


def test_depots_destroyed_are_materiel_and_depots_taken_are_not() -> None:
    assert read("Jets destroyed a weapons depot and two fuel trucks.") == [
        ("destroyed", 1, "depots", "Jets"), ("destroyed", 2, "vehicles", "Jets")]
    assert read("The rebels seized an ammunition depot.") == []


def test_counted_vehicles_of_no_kind_named_are_a_sides_unless_a_civilians() -> None:
    assert read("The army said its units destroyed four vehicles.") == [("destroyed", 4, "vehicles", "units")]
    assert read("The attackers set fire to two police vehicles.") == [
        ("destroyed", 2, "vehicles", "attackers")]
    assert read("Maoists burned three private vehicles.") == []
    assert read("Two ambulance vehicles were burnt.") == []
    assert read("Air defence forces neutralised 104 drones.") == [
        ("destroyed", 104, "drones", "Air defence forces")]
    # (a pronoun actor is the speaker's, once the attribution stage has run: not here)
    assert read("The Houthis said they shot down two U.S. MQ-9 Reaper drones.") == [
        ("shot_down", 2, "drones", None)]


def test_posts_destroyed_are_materiel_and_posts_taken_are_ground() -> None:
    assert read("Pakistani troops responded, destroying two Indian posts.") == [
        ("destroyed", 2, "posts", None)]
    assert read("Several border posts were destroyed.") == [("destroyed", 10, "posts", None)]
    assert read("The militants burned three checkpoints.") == [("destroyed", 3, "posts", "militants")]
    # taken, a post is ground: the territorial stage's claim, not a piece of equipment
    assert read("Taliban forces captured nine Pakistani posts.") == []
    assert read("Fighters seized two checkpoints on the road.") == []


@pytest.mark.parametrize("text", [
    "Shelling destroyed 12 houses in the village.",  # property, not equipment
    "Police seized equipment and supplies.",  # no count, no category
    "The army destroyed weapons.",  # arms with no figure count only when taken
    "Two tank crews were captured.",  # people: a casualty claim, not materiel
    "Helicopter pilots were captured near the border.",
    "The army plans to destroy 12 tanks a month.",  # an intention, not a loss
    "No tanks were destroyed, the ministry said.",  # nothing counted
    "Twelve drones destroyed the depot.",  # the drones are the attackers here
])
def test_no_claim(text: str) -> None:
    assert read(text) == []


def test_count_keeps_the_qualifier_and_the_words() -> None:
    doc = claimkit.extract("More than 20 drones were intercepted overnight.", pipeline=ONLY_MATERIEL)
    (claim,) = doc.claims
    count = claim.data["count"]
    assert (count.best, count.qualifier, count.text) == (20, "more_than", "More than 20")
    assert claim.data["equipment"] == "More than 20 drones"


@pytest.mark.parametrize(("text", "best", "low", "high", "qualifier", "written"), [
    ("The army destroyed an estimated 40 tanks.", 40, None, None, "about", "an estimated 40"),
    ("The army destroyed a further 12 tanks.", 12, 12, 12, "exact", "12"),
    ("A dozen drones were shot down.", 12, 12, 12, "exact", "A dozen"),
    ("Dozens of drones were shot down.", 12, 12, None, "vague", "Dozens"),
    ("Rebels seized 15-20 armoured vehicles.", 15, 15, 20, "exact", "15-20"),
    ("Up to 50 drones were intercepted.", 50, None, 50, "at_most", "Up to 50"),
    ("Troops captured a tank.", 1, 1, 1, "exact", "a"),
])
def test_counts_as_the_number_reader_reads_them(text: str, best: int, low: int | None, high: int | None,
                                                 qualifier: str, written: str) -> None:
    (claim,) = claimkit.extract(text, pipeline=ONLY_MATERIEL).claims
    count = claim.data["count"]
    read_back = (count.best, count.low, count.high, count.qualifier, count.text)
    assert read_back == (best, low, high, qualifier, written)


def test_model_numbers_are_not_counts() -> None:
    assert read("Two Su-25 jets and an F-16 fighter jet were shot down.") == [
        ("shot_down", 2, "aircraft", None), ("shot_down", 1, "aircraft", None)]


def test_evidence_span_covers_actor_verb_and_object() -> None:
    text = "On Monday, Ukrainian forces destroyed 12 Russian tanks near the river."
    doc = claimkit.extract(text, pipeline=ONLY_MATERIEL)
    (claim,) = doc.claims
    assert text[claim.span.start:claim.span.end] == "Ukrainian forces destroyed 12 Russian tanks"
    assert claim.id == "materiel-1"
    assert claim.to_dict()["data"]["count"]["best"] == 12


def test_a_fact_told_twice_is_one_claim_with_two_mentions() -> None:
    text = "Rebels say 12 tanks destroyed\nThe rebels destroyed 12 tanks near the airport, a spokesman said."
    doc = claimkit.extract(text, pipeline=ONLY_MATERIEL)
    (claim,) = doc.claims
    told = [text[m.start:m.end] for m in claim.mentions]
    assert told == ["12 tanks destroyed", "rebels destroyed 12 tanks"]
    assert claim.data["actor"] == "rebels"


def test_attribution_and_pronoun_actor_come_from_the_statement() -> None:
    text = "The defence ministry said it destroyed 12 tanks."
    content = Span(text.index("it"), len(text) - 1)
    said = Attribution(
        source=Speaker("The defence ministry", Span(0, 20), organization="defence ministry"),
        cue=Snippet("said", Span(21, 25)),
        content=Snippet(text[content.start:content.end], content),
    )
    doc = materiel(Document(text, attributions=(said,)))
    (claim,) = doc.claims
    assert claim.attribution == said
    assert claim.data["actor"] == "defence ministry"
    # with no statement to resolve it, a pronoun is no actor at all
    assert read(text) == [("destroyed", 12, "tanks", None)]


def test_a_list_announced_after_the_verb_is_read() -> None:
    text = "Troops seized the following material: six assault rifles, one machine gun and two drones."
    assert read(text) == [
        ("captured", 6, "rifles", "Troops"), ("captured", 1, "machine guns", "Troops"),
        ("captured", 2, "drones", "Troops")]


def test_equipment_named_twice_in_a_row_is_one_item_and_the_list_goes_on() -> None:
    # "AK-47" and "assault rifles" name one item; the list goes on past it
    assert read("Police recovered four AK-47 assault rifles, two home-made guns, ammunition and three "
                "motorbikes.") == [
        ("captured", 4, "rifles", "Police"), ("captured", None, "ammunition", "Police"),
        ("captured", 3, "motorcycles", "Police")]


@pytest.mark.parametrize(("text", "expected"), [
    # a passive list whose last item is no equipment, read up to "were"
    ("At the scene, 31 small arms, 4 drones and a large quantity of ammunition were seized.",
     [("captured", 31, "weapons", None), ("captured", 4, "drones", None),
      ("captured", None, "ammunition", None)]),
    ("In addition, 63 Kalashnikov rifles, 4 hand-held radios and ammunition were seized.",
     [("captured", 63, "rifles", None), ("captured", None, "ammunition", None)]),
    # a second verb joined before the shared objects
    ("Air defences shot down or suppressed 117 drones and two missiles.",
     [("shot_down", 117, "drones", "Air defences"), ("shot_down", 2, "missiles", "Air defences")]),
    # a gloss in brackets after an item; arms "taken"
    ('It seized four technicals (armed pickup trucks) and "large quantities" of weapons.',
     [("captured", 4, "technicals", None), ("captured", None, "weapons", None)]),
    ("The group said it had taken dozens of weapons.", [("captured", 12, "weapons", None)]),
    # "a weapons storage facility" is a place, not weapons; the list goes on past it
    ("The army destroyed a weapons storage facility and a rocket launcher.",
     [("destroyed", 1, "rocket launchers", "army")]),
    # "took" only of equipment
    ("The fighting took place over 3 days.", []),
])
def test_lists_that_end_in_no_equipment_joined_verbs_glosses_and_taking(
        text: str, expected: list[tuple[str, int | None, str, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # models named alone
    ("Air defence has shot down a junta Yak-130.", [("shot_down", 1, "aircraft", "Air defence")]),
    ("The Houthis said they shot down an MQ-9.", [("shot_down", 1, "drones", None)]),
    ("Rebels downed two Mi-8s.", [("shot_down", 2, "helicopters", "Rebels")]),
    # a base form after a communiqué's "made it possible to"; not an aim nor a negation
    ("The response made it possible to neutralise thirty terrorists and to destroy 12 of their "
     "motorcycles.", [("destroyed", 12, "motorcycles", None)]),
    ("The army vowed to destroy 12 tanks.", []),
    ("They did not capture any tanks.", []),
])
def test_models_named_alone_and_deeds_a_communique_made_possible(
        text: str, expected: list[tuple[str, int | None, str, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a communiqué's figure in words, then in digits
    ("The army destroyed forty (40) motorcycles.", [("destroyed", 40, "motorcycles", "army")]),
    ("On the enemy side: some forty (40) motorcycles destroyed and weapons recovered.",
     [("destroyed", 40, "motorcycles", None)]),
    # "destroyed | and ..." is no active verb with the object "a" of "and"
    ("Two tanks destroyed and three damaged, the army said.", [("destroyed", 2, "tanks", None)]),
])
def test_a_figure_in_digits_after_its_words_and_a_bare_participle_before_and(
        text: str, expected: list[tuple[str, int | None, str, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # booty named before the items
    ("The fighters seized as spoils four armoured vehicles and nine pickup trucks.",
     [("captured", 4, "armoured vehicles", "fighters"), ("captured", 9, "technicals", "fighters")]),
    # a communiqué's label before its list
    ("The attack was stopped. Destroyed: 9 tanks, 17 armoured fighting vehicles.",
     [("destroyed", 9, "tanks", None), ("destroyed", 17, "armoured vehicles", None)]),
    # "burning" as "burned"
    ("The gunmen fought troops for hours, burning two armoured personnel carriers.",
     [("destroyed", 2, "armoured vehicles", None)]),
    # a colon after a verb with no list after it gives nothing
    ("He said the army had destroyed: nothing.", []),
])
def test_booty_a_labelled_list_and_burning(
        text: str, expected: list[tuple[str, int | None, str, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the nouns of a loss: the word before them is no actor
    ("The group listed the seizure of two armoured vehicles and 14 motorcycles.",
     [("captured", 2, "armoured vehicles", None), ("captured", 14, "motorcycles", None)]),
    ("Analysts confirmed the destruction or abandonment of at least four tanks.",
     [("destroyed", 4, "tanks", None)]),
    # a defence ministry's count of the other side's losses, people skipped
    ("Enemy losses over the past day amounted to up to 215 servicemen, two tanks and five combat vehicles.",
     [("destroyed", 2, "tanks", None), ("destroyed", 5, "armoured vehicles", None)]),
    # a loss of no equipment is none
    ("The company reported losses of 12 million dollars.", []),
])
def test_the_nouns_of_a_loss(text: str, expected: list[tuple[str, int | None, str, str | None]]) -> None:
    assert read(text) == expected
