"""The denial stage: cues, what is not a denial, the denier, the denied span, target linking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Attribution, Claim, Count, Document, Snippet, Span, Speaker
from claimkit.extractors._denial import extract_denials
from claimkit.extractors._territorial import extract_territorial
from strategies import documents


def denials(text: str) -> list[Claim]:
    return list(extract_denials(Document(text)).claims_of("denial"))


def only(text: str) -> Claim:
    found = denials(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "denier", "denied"), [
    ("The defence ministry denied that its aircraft had struck the market.",
     "defence ministry", "its aircraft had struck the market"),
    ("The rebel movement rejected claims that it had shelled the refugee camp.",
     "rebel movement", "claims that it had shelled the refugee camp"),
    ("The governor dismissed reports of a massacre in the village as propaganda.",
     "governor", "reports of a massacre in the village"),
    ("A spokesman called the reports baseless.", "spokesman", "the reports"),
    ("The army said reports that 30 soldiers had died were untrue.",
     "army", "reports that 30 soldiers had died"),
    ("Colonel Arkady Lenz refuted the account of the shelling, saying no shells were fired.",
     "Colonel Arkady Lenz", "the account of the shelling"),
    ("The army debunked reports that the base had been overrun.",
     "army", "reports that the base had been overrun"),
    # the label first, what is denied after it
    ("The governor dismissed as “baseless and mischievous” reports that he had paid a ransom.",
     "governor", "reports that he had paid a ransom"),
    ("The mayor dismissed as rumours claims that gunmen were hiding in the village.",
     "mayor", "claims that gunmen were hiding in the village"),
    ("The foreign office rejected as “fabricated” the Korvan claim that militants had been killed.",
     "foreign office", "the Korvan claim that militants had been killed"),
    # ... and a word of whose claims before them
    ("The spokesman dismissed as propaganda army claims that hundreds of fighters had been killed.",
     "spokesman", "army claims that hundreds of fighters had been killed"),
    # ... and two labels joined
    ("The ministry dismissed as lies and fabrication the statements about dozens of dead.",
     "ministry", "the statements about dozens of dead"),
    # "that" as the object, not a complementizer
    ("The mayor dismissed that as propaganda.", "mayor", "that"),
    ("The mayor rejected that as “a lie for internal consumption”.", "mayor", "that"),
    # an amount's "as" opens the proposition
    ("The army denied that as many as 30 soldiers died.", "army", "as many as 30 soldiers died"),
    # a passive with a label or a time before its agent
    ("Claims that the base had been captured were dismissed as baseless by the ministry.",
     "ministry", "the base had been captured"),
    ("The claim that the village had fallen was rejected on Thursday by the General Staff.",
     "General Staff", "the village had fallen"),
    # the verb quoted: its closing mark opens no proposition
    ('The ministry "categorically rejects" the claim that six soldiers had been captured.',
     "ministry", "the claim that six soldiers had been captured"),
])
def test_each_cue(text: str, denier: str, denied: str) -> None:
    claim = only(text)
    assert claim.data["denier"] == denier
    assert claim.data["denied"].text == denied
    span = claim.data["denied"].span
    assert text[span.start:span.end] == denied
    # The evidence holds the cue and the proposition.
    assert claim.span.start <= span.start
    assert span.end <= claim.span.end


def test_a_claim_the_outlet_calls_debunked_is_no_ones_denial() -> None:
    text = "He repeated the debunked claim that the army had shelled the camp."
    assert not claimkit.extract(text).claims_of("denial")


def test_a_part_of_a_figure_before_a_participle_is_no_denier() -> None:
    text = ("Clan elders said a U.S. airstrike killed seven civilians, including three children, in a "
            "farming village, disputing the U.S. military’s account that only militants died.")
    (found,) = claimkit.extract(text).claims_of("denial")
    assert "including" not in (found.data["denier"] or "")


@pytest.mark.parametrize("text", [
    "The Coastal Front denied losing the bridge, dismissing the ministry's claims as propaganda.",
    "The Coastal Front denied that any fighters had been captured, calling the M23 claim pure propaganda.",
])
def test_a_participle_after_a_comma_denies_for_the_main_clauses_subject(text: str) -> None:
    assert [d.data["denier"] for d in claimkit.extract(text).claims_of("denial")] == [
        "Coastal Front", "Coastal Front"]


def test_a_quoted_denial_names_the_speaker_after_the_quote() -> None:
    text = 'Shells hit the depot overnight. "This is completely false," the interior minister said.'
    claim = only(text)
    assert claim.data["denier"] == "interior minister"
    assert claim.data["denied"].text == "Shells hit the depot overnight."


def test_a_quoted_denial_carries_the_attribution_of_its_quote() -> None:
    doc = claimkit.extract('Shells hit the depot. "This is a lie," the interior minister said.')
    claim = doc.claims_of("denial")[0]
    assert claim.attribution is not None
    assert (claim.attribution.cue.text, claim.attribution.content.text) == ("said", "This is a lie,")
    # the quote is no cue of a statement of its own
    assert [a.cue.text for a in doc.attributions] == ["said"]


def test_the_denial_carries_its_attribution() -> None:
    text = "The defence ministry denied that its aircraft had struck the market."
    doc = extract_denials(Document(text))
    claim = doc.claims_of("denial")[0]
    assert claim.attribution is not None
    assert claim.attribution.cue.text == "denied"
    assert claim.attribution in doc.attributions


@pytest.mark.parametrize("text", [
    "The group has not claimed responsibility for the blast.",   # silence
    "The ministry did not comment on the reports.",             # silence
    "A spokesman declined to comment.",                          # silence
    "The militia was denied access to the city.",               # withheld
    "Officials denied the journalists entry to the camp.",       # withheld
    "The army did not deny that the bridge was destroyed.",      # negated
    "The rebels rejected the ceasefire proposal.",               # a refusal
    "The government rejected the kidnappers' demands.",          # a refusal
    "The president dismissed the commander on Friday.",          # a firing
    "They urged parliament to reject the deal.",                 # a wish
    "Both sides claim the disputed territory.",                  # an adjective
])
def test_not_a_denial(text: str) -> None:
    assert denials(text) == []


def test_a_denial_of_an_earlier_territorial_claim_marks_it_denied() -> None:
    text = ("The rebels said they captured the village of Umra on Sunday. "
            "The army denied losing the village.")
    doc = extract_denials(extract_territorial(Document(text)))
    denial = doc.claims_of("denial")[0]
    taken = next(c for c in doc.claims_of("territorial") if c.data["action"] == "captured")
    assert denial.data["target"] == taken.id
    assert doc.claim(taken.id).status == "denied"


def test_ground_named_in_a_denial_is_no_link_to_a_claim_without_an_event_word() -> None:
    # (the shared noun "village" alone: the denial is of the gunmen's presence)
    text = ("Troops said they had retaken the village of Umra. Families began to return. Shops reopened. "
            "The mayor dismissed as rumours reports that gunmen were still hiding in the village.")
    doc = extract_denials(extract_territorial(Document(text)))
    assert doc.claims_of("denial")[0].data["targets"] == ()
    assert doc.claim("territorial-1").status != "denied"


def test_a_bare_reference_targets_the_sentence_before() -> None:
    text = "The rebels captured the village of Umra, the group said. The army denied it."
    doc = extract_denials(extract_territorial(Document(text)))
    denial = doc.claims_of("denial")[0]
    assert denial.data["target"] == "territorial-1"
    assert doc.claim("territorial-1").status == "denied"


def test_a_dispute_marks_its_target_disputed() -> None:
    text = "Insurgents say they seized the town of Belka. The army disputed the claim."
    doc = extract_denials(extract_territorial(Document(text)))
    assert doc.claims_of("denial")[0].data["target"] == "territorial-1"
    assert doc.claim("territorial-1").status == "disputed"


def test_a_dispute_without_a_claim_to_dispute_is_not_kept() -> None:
    assert denials("Analysts disputed the wider significance of the talks.") == []


def casualty_doc(text: str, figure: str, claimant: str) -> Document:
    """A document holding a casualty claim told by ``claimant`` (as the casualty stage would)."""
    start = text.index(figure)
    who = text.index(claimant)
    att = Attribution(Speaker(claimant, Span(who, who + len(claimant)), claimant),
                      Snippet("said", Span(text.index("said"), text.index("said") + 4)),
                      Snippet(figure, Span(start, start + len(figure))))
    claim = Claim(kind="casualty", span=Span(start, start + len(figure)),
                  data={"outcome": "killed", "count": Count(40, 40, 40), "group": "soldiers", "side": "army"},
                  attribution=att)
    return Document(text, attributions=(att,)).add_claims([claim])


def test_the_same_figure_links_a_denial_to_a_casualty_claim() -> None:
    text = "The rebels said 40 soldiers were killed in the ambush. The army rejected the figure of 40."
    doc = extract_denials(casualty_doc(text, "40 soldiers were killed", "The rebels"))
    assert doc.claims_of("denial")[0].data["target"] == "casualty-1"
    assert doc.claim("casualty-1").status == "denied"


def test_a_proposition_holding_a_claim_answers_an_earlier_claim_of_its_kind() -> None:
    text = ("Security commander Ali Dalati said his units restored full control over the checkpoints and "
            "the gunmen withdrew. The ministry dismissed as lies the statements about dozens of dead "
            "among the security forces.")
    doc = claimkit.extract(text)
    (denial,) = doc.claims_of("denial")
    assert {doc.claim(t).kind for t in denial.data["targets"]} == {"casualty"}
    # the commander's ground, of another kind, is not denied
    assert all(c.status != "denied" for c in doc.claims_of("territorial"))


def test_a_different_figure_is_not_the_target() -> None:
    text = "The rebels said 40 soldiers were killed in the ambush. The army denied that 12 soldiers died."
    doc = extract_denials(casualty_doc(text, "40 soldiers were killed", "The rebels"))
    assert doc.claims_of("denial")[0].data["target"] is None
    assert doc.claim("casualty-1").status == "asserted"


@pytest.mark.parametrize(("denial", "denied"), [
    # another outcome denies no figure of the killed
    ("The army denied that any soldiers had been taken prisoner.", False),
    ("The army rejected reports that soldiers had been captured.", False),
    ("The army denied that soldiers were involved in the abductions.", False),
    # deaths, or figures and losses in general, may
    ("The army denied that any soldiers had died.", True),
    ("The army denied that soldiers had been killed or captured.", True),
    ("The army denied that its losses included any soldiers captured.", True),
])
def test_a_denial_of_another_outcome_does_not_deny_the_killed(denial: str, denied: bool) -> None:
    text = "The rebels said 40 soldiers were killed in the ambush. " + denial
    doc = extract_denials(casualty_doc(text, "40 soldiers were killed", "The rebels"))
    assert doc.claims_of("denial")[0].data["target"] == ("casualty-1" if denied else None)
    assert doc.claim("casualty-1").status == ("denied" if denied else "asserted")


def test_a_claimant_does_not_deny_its_own_claim() -> None:
    text = "The army said 40 soldiers were killed. Later the army denied reports of the attack."
    doc = extract_denials(casualty_doc(text, "40 soldiers were killed", "The army"))
    assert doc.claims_of("denial")[0].data["target"] is None


NEWSY = st.lists(st.sampled_from([
    "The rebels said ", "they captured ", "the village of Umra", "25 border posts", ". ",
    "The army ", "denied ", "it", "rejected claims that ", "disputed the claim", "losing ",
    "called the reports baseless", ", ", "\n", "did not deny ", "seized ", "12 soldiers were killed",
]), max_size=40).map("".join)


@given(documents(NEWSY))
def test_a_denials_target_always_exists_in_its_document(doc: Document) -> None:
    before = extract_territorial(doc)
    out = extract_denials(before)
    ids = {c.id for c in out.claims}
    made_up = {c.id for c in before.claims}  # the strategy's own claims, whatever their kind
    for denial in out.claims:
        if denial.id in made_up or denial.kind != "denial":
            continue
        targets = denial.data["targets"]
        assert (denial.data["target"] is None) == (not targets)
        for target in targets:
            assert target in ids
            assert target != denial.id
            assert out.claim(target).status in ("denied", "disputed")
        span = denial.data["denied"].span
        assert 0 <= span.start <= span.end <= len(doc.text)


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    doc = claimkit.extract(text, strict=True)
    for claim in doc.claims_of("denial"):
        assert 0 <= claim.span.start <= claim.span.end <= len(text)


def test_a_proposition_naming_the_claimant_links_to_its_claim() -> None:
    text = "The rebels said 40 soldiers were killed in the ambush. The army dismissed the rebels' figure."
    doc = extract_denials(casualty_doc(text, "40 soldiers were killed", "The rebels"))
    assert doc.claims_of("denial")[0].data["target"] == "casualty-1"


def test_a_relative_claim_names_the_clause_it_denies() -> None:
    text = ("The rebels said they had taken full control of three towns, "
            "a claim the army dismissed as propaganda.")
    doc = extract_denials(extract_territorial(Document(text)))
    (denial,) = doc.claims_of("denial")
    assert denial.data["denier"] == "army"
    assert denial.data["denied"].text == "The rebels said they had taken full control of three towns"
    assert denial.data["target"] == "territorial-1"


@pytest.mark.parametrize("relative", ["accusations the army has repeatedly rejected",
                                      "a claim the army swiftly rejected"])
def test_a_relative_claims_denier_leaves_out_auxiliaries_and_adverbs(relative: str) -> None:
    text = f"The rebels said they had taken full control of three towns, {relative}."
    doc = extract_denials(extract_territorial(Document(text)))
    (denial,) = doc.claims_of("denial")
    assert denial.data["denier"] == "army"


@pytest.mark.parametrize("relative", [
    "a claim which the army dismissed as propaganda",
    "a claim that could not be independently verified and which the army dismissed as propaganda",
])
def test_the_denier_of_a_relative_claim_follows_its_last_relative_pronoun(relative: str) -> None:
    text = f"The rebels said they had taken full control of three towns, {relative}."
    (denial,) = extract_denials(extract_territorial(Document(text))).claims_of("denial")
    assert denial.data["denier"] == "army"
    assert denial.data["target"] == "territorial-1"


@pytest.mark.parametrize("relative", ["a figure the police dismissed as propaganda",
                                      "figures the police rejected as fabricated"])
def test_a_figure_told_back_as_a_relative_is_denied(relative: str) -> None:
    text = f"The militants said they had killed 14 officers in the ambush, {relative}."
    (denial,) = claimkit.extract(text).claims_of("denial")
    assert denial.data["denier"] == "police"
    assert denial.data["denied"].text == "The militants said they had killed 14 officers in the ambush"


@pytest.mark.parametrize(("text", "denier", "denied"), [
    ("The army's statement that it killed 100 of our fighters is entirely baseless, the rebels said.",
     "rebels", "The army's statement that it killed 100 of our fighters"),
    ("\"The enemy's claims of having repelled the attack are a lie,\" the spokesman said.",
     "spokesman", "The enemy's claims of having repelled the attack"),
    ("\"The lies spread by the rebels' media that they killed 40 soldiers are baseless propaganda,\" the "
     "minister said.", "minister", "The lies spread by the rebels' media that they killed 40 soldiers"),
])
def test_a_claim_said_false_as_its_sentences_subject_is_denied(text: str, denier: str, denied: str) -> None:
    (denial,) = claimkit.extract(text).claims_of("denial")
    assert denier in (denial.data["denier"] or "")
    assert denial.data["denied"].text == denied


def test_without_a_subject_the_denier_is_the_speaker_of_the_enclosing_statement() -> None:
    text = "A commander, Ivo Marsh, said his men had not fired and dismissed the accusation as a lie."
    who = text.index("Ivo Marsh")
    said = text.index("said")
    content = Span(said + 5, len(text) - 1)
    att = Attribution(Speaker("Ivo Marsh", Span(who, who + 9), "Ivo Marsh"),
                      Snippet("said", Span(said, said + 4)),
                      Snippet(text[content.start:content.end], content))
    doc = extract_denials(Document(text, attributions=(att,)))
    (denial,) = doc.claims_of("denial")
    assert denial.data["denier"] == "Ivo Marsh"
    assert denial.data["denied"].text == "the accusation"


def test_a_denied_proposition_starts_after_the_dateline() -> None:
    text = ("DOVREK, May 3 (Frontier Ledger) - Rebels said they had taken the bridge, "
            "a claim the army dismissed as propaganda.")
    (denial,) = claimkit.extract(text).claims_of("denial")
    assert denial.data["denied"].text.startswith("Rebels said")
    assert text[denial.span.start:].startswith("Rebels")


def test_a_second_statement_of_the_same_speaker_ends_the_denied_proposition() -> None:
    doc = claimkit.extract("The spokesman denied that civilians had been killed and rejected reports "
                           "of a strike on a bus.")
    assert [c.data["denied"].text for c in doc.claims_of("denial")] == [
        "civilians had been killed", "reports of a strike on a bus"]


@pytest.mark.parametrize("text", [
    "Colonel Ado Kora called the claim “pure fiction” and said his forces still held the village.",
    "The ministry called the claim 'completely false'.",
    "A spokesman told us that was “pure fabrication”.",
    'The embassy said reports of its soldiers being captured were "a fabrication".',
])
def test_a_falsity_word_in_quote_marks_denies(text: str) -> None:
    assert claimkit.extract(text).claims_of("denial")


@pytest.mark.parametrize(("text", "count"), [
    ("He denied that any post had fallen, calling the claim baseless.", 1),  # one act, told twice
    ("The Command rejected the group’s account, calling it “propaganda meant to mislead”.", 1),
    ("She denied the strike and called reports of a massacre baseless.", 2),  # two propositions
])
def test_a_denial_worded_twice_in_one_sentence_is_one(text: str, count: int) -> None:
    assert len(claimkit.extract(text).claims_of("denial")) == count


@pytest.mark.parametrize(("text", "denied"), [
    ("The rebels said they had captured Tirza. “Tirza has not fallen,” the army spokesman said.",
     "Tirza has not fallen"),
    ("An army spokesman said the base “was never lost, not even for a minute”.",
     "the base “was never lost, not even for a minute"),
    ("“No soldier has been taken hostage and no position has fallen,” the army said.",
     "No soldier has been taken hostage and no position has fallen"),
    ("The Sable Front said its fighters had not lost any position in the fighting.",
     "its fighters had not lost any position in the fighting"),
    ("The army spokesman insisted that the town is not under terrorist occupation.",
     "the town is not under terrorist occupation"),
    ("The spokesman said our forces have not withdrawn from any position in the fighting.",
     "our forces have not withdrawn from any position in the fighting"),
    # the other side's capture of a named place, negated
    ("The Korvanian army said the rebels have not taken Tirza and the fighting goes on.",
     "the rebels have not taken Tirza and the fighting goes on"),
    ("“The enemy never entered the town of Kisa,” the army spokesman said.",
     "The enemy never entered the town of Kisa"),
    ("The rebels shelled the town. “Our forces have not withdrawn from Tirza,” the commander said.",
     "Our forces have not withdrawn from Tirza"),
])
def test_ground_a_side_says_it_still_holds_is_a_denial(text: str, denied: str) -> None:
    assert [c.data["denied"].text for c in claimkit.extract(text).claims_of("denial")] == [denied]


@pytest.mark.parametrize(("text", "held"), [
    ("“Tirza has not fallen. Anyone saying the rebels took it is lying,” the minister said.",
     "Tirza has not fallen"),
    ('Rebels said 150 soldiers died. "No one has been captured," the statement said.',
     "No one has been captured"),
])
def test_the_fighting_may_be_told_in_the_next_or_previous_sentence(text: str, held: str) -> None:
    assert held in [c.data["denied"].text for c in claimkit.extract(text).claims_of("denial")]


@pytest.mark.parametrize("text", [
    "She said she had not lost hope.",                         # no ground
    "The town has not fallen silent, the mayor said.",         # no clause end, no fighting
    "Republicans have not captured the state since the 1980s, he said.",  # politics
    "Fighting went on, but the town has not fallen.",            # the outlet's own words
    # a vow for the time to come, no denial of a claim
    'As rebels shelled the city, the governor said the city "will not fall".',
    "As rebels shelled the city, the army said the base won't be taken.",
    "During the fighting the troops have not withdrawn from Tirza yet, the army said.",  # no "any"
    "As rebels shelled the city, the governor said they will not take Tirza.",  # a vow
])
def test_holding_words_outside_a_sides_account_of_fighting_deny_nothing(text: str) -> None:
    assert claimkit.extract(text).claims_of("denial") == ()


@pytest.mark.parametrize(("text", "denier"), [
    ("Leaders accused the security forces of siding with the tribes – a charge Colonel Roe denied.",
     "Colonel Roe"),
    ("Activists have accused the Sable Front of abuses against civilians, allegations the group rejects.",
     "group"),
    ("Vell accused Kirra of backing the rebels — an accusation Kirra denies.", "Kirra"),
])
def test_an_accusation_a_party_denies_after_a_dash_or_a_comma(text: str, denier: str) -> None:
    found = claimkit.extract(text).claims_of("denial")
    assert [c.data["denier"] for c in found] == [denier]


@pytest.mark.parametrize("text", [
    "He called the toll of 212 dead “pure fantasy”.",
    "The army said the figures were “largely made up”.",
])
def test_more_words_calling_a_claim_false(text: str) -> None:
    assert len(claimkit.extract(text).claims_of("denial")) == 1


def test_a_silence_of_the_same_speaker_ends_the_denied_proposition() -> None:
    text = ("Six civilians were killed when shells hit the market, Roe said. The council denied that "
            "the outpost had been abandoned and made no mention of losses among civilians.")
    doc = claimkit.extract(text)
    assert [c.data["denied"].text for c in doc.claims_of("denial")] == ["the outpost had been abandoned"]
    assert [c.status for c in doc.claims_of("casualty")] == ["asserted"]


def test_a_titles_denial_and_the_one_under_it_are_one_denial() -> None:
    text = ("Live updates\n16:20 — Police commander denies losing Fino post\n"
            "The regional police commander denied that the Fino police post had been overrun.\n"
            "17:00 — Army denies shelling\nIn another account, the army denied shelling the market.")
    found = denials(text)
    assert [[text[m.start:m.end] for m in c.mentions] for c in found] == [
        ["denies losing Fino post", "denied that the Fino police post had been overrun"],
        ["denies shelling", "denied shelling the market"]]
    # the body's words are the evidence
    assert [text[c.span.start:c.span.end] for c in found] == [
        "denied that the Fino police post had been overrun", "denied shelling the market"]


def test_a_number_of_hours_in_a_denial_is_no_figure_it_denies() -> None:
    text = ("The raiders had also taken away five women, a clan leader said. Police rejected accusations "
            "that officers had taken more than five hours to respond.")
    doc = claimkit.extract(text)
    (kidnapped,) = doc.claims_of("casualty")
    assert kidnapped.status != "denied"
    assert all(not d.data["targets"] for d in doc.claims_of("denial"))


@pytest.mark.parametrize("text", [
    "The case was dismissed by the court.",
    "The truce offer was rejected by the rebels.",
])
def test_a_passive_refusal_or_a_courts_dismissal_is_no_denial(text: str) -> None:
    assert denials(text) == []


def test_a_denial_after_and_is_the_denial_of_the_subject_before() -> None:
    text = "A charge that the governor has faced in the past and has always denied resurfaced."
    assert [c.data["denier"] for c in claimkit.extract(text).claims_of("denial")] == ["governor"]


@pytest.mark.parametrize(("text", "denied"), [
    # the label in quotes
    ('The rebels claimed the town. The spokesman dismissed them as "propaganda relayed by paid media".',
     "them"),
    # a word in quotes opening the object
    ('The rebels claimed the hill. The spokesman denied "lies" circulated by rebel media about the '
     "fall of army positions.", '"lies" circulated by rebel media about the fall of army positions'),
])
def test_quote_marks_in_a_denials_object_or_label(text: str, denied: str) -> None:
    assert [c.data["denied"].text for c in claimkit.extract(text).claims_of("denial")] == [denied]


@pytest.mark.parametrize(("text", "denied"), [
    ("The ministry called the reports false. Such an incident did not happen.", "Such an incident"),
    ('"The attack never happened," the spokesman said.', "The attack"),
    ("The army said the massacre didn't happen.", "the massacre"),
    # a claim noun opening the sentence heads the whole subject
    ("Rumours spread online that the town had come under rebel control did not happen.",
     "Rumours spread online that the town had come under rebel control"),
    ('The General Staff said that the enemy\'s claims "do not correspond to reality".', "enemy's claims"),
    # a longer object before the word calling it false
    ('It described reports of civilian deaths in a drone strike as "fabricated by the extremists".',
     "reports of civilian deaths in a drone strike"),
])
def test_a_claim_or_an_act_of_war_said_never_to_have_been(text: str, denied: str) -> None:
    assert denied in [c.data["denied"].text for c in claimkit.extract(text).claims_of("denial")]


@pytest.mark.parametrize("text", [
    "The meeting did not take place as planned.",
    "All ran counter to his earlier statements that the contact never occurred.",
])
def test_what_did_not_happen_is_no_denial_unless_a_claim_or_an_act_of_war(text: str) -> None:
    assert denials(text) == []


@pytest.mark.parametrize(("text", "denier", "denied"), [
    ('The group said 30 soldiers were missing. The army spokesman said: "No soldier is missing."',
     "army spokesman", "30 soldiers were missing"),
    ("Residents said 12 civilians were killed. The army said no civilians were harmed.",
     "army", "12 civilians were killed"),
])
def test_a_partys_zero_after_anothers_figure_denies_it(text: str, denier: str, denied: str) -> None:
    doc = claimkit.extract(text)
    (denial,) = doc.claims_of("denial")
    assert (denial.data["denier"], denial.data["denied"].text) == (denier, denied)
    assert [c.status for c in doc.claims_of("casualty") if c.data["count"].best] == ["denied"]


@pytest.mark.parametrize("text", [
    # fighters killed and no civilians harmed, in one breath
    "The army said the strike killed eight fighters and that no civilians were harmed.",
    # the outlet's own voice
    "Residents said 12 civilians were killed. No casualties were reported in the town.",
    # another place
    "Officials said a woman died in Dnipro. The mayor's office said there were no casualties in the capital.",
    # the same speaker
    "The army said 12 soldiers were wounded and that no soldiers were killed.",
])
def test_a_zero_that_answers_no_figure_is_no_denial(text: str) -> None:
    assert denials(text) == []


@pytest.mark.parametrize(("text", "denied"), [
    ("ISPR says the post never fell and remains under the control of troops.",
     "the post never fell and remains under the control of troops"),
    ("Propaganda being spread by the khwarij about the fall of the post is baseless.",
     "Propaganda being spread by the khwarij about the fall of the post"),
    # an unquoted "This is not correct" opening a sentence denies the sentence before
    ("Al-Mahbashi stated that the ship had sunk. This is not correct: imagery shows it afloat.",
     "Al-Mahbashi stated that the ship had sunk."),
    # and "said ... That is false" is two sentences, not "said [the town was taken. That] is false"
    ("He said the town was taken. That is false, the army said.", "He said the town was taken."),
])
def test_ground_that_never_fell_propaganda_and_an_unquoted_this_is_not_correct(
        text: str, denied: str) -> None:
    assert [c.data["denied"].text for c in claimkit.extract(text).claims_of("denial")] == [denied]


def test_this_is_not_true_of_something_is_no_denial() -> None:
    assert denials("This is not true of all the cases, he said.") == []


@pytest.mark.parametrize(("text", "denied"), [
    ("What the militia is publishing on its platforms about entering the town is a lie, he said.",
     "What the militia is publishing on its platforms about entering the town"),
    ('"The police say they killed 22 of our soldiers. That is a lie," he said.',
     # (the quote mark opening it is no part of the proposition)
     "The police say they killed 22 of our soldiers."),
    ('"The terrorists never entered the camp," one officer said.', "The terrorists never entered the camp"),
])
def test_what_a_party_publishes_a_lie_and_a_camp_never_entered(text: str, denied: str) -> None:
    assert [c.data["denied"].text for c in claimkit.extract(text).claims_of("denial")] == [denied]


def test_what_he_said_was_true_is_no_denial() -> None:
    assert denials("What he said was true.") == []


@pytest.mark.parametrize(("text", "denied"), [
    ("QUESTION: Pakistan says 12 Indian soldiers were killed. What is your response?\n"
     "MEHRA: That is completely fabricated. I have given you the figures.",
     "Pakistan says 12 Indian soldiers were killed."),
    ("The rebels claimed dozens of soldiers had been taken captive. Such news is totally untrue, "
     "and the outposts remain under the control of the army.",
     "The rebels claimed dozens of soldiers had been taken captive."),
    ("Russia said it had captured the village. The enemy's statements about the capture of the "
     "village are another lie.", "The enemy's statements about the capture of the village"),
])
def test_an_unquoted_such_news_is_untrue_and_another_lie(text: str, denied: str) -> None:
    assert [c.data["denied"].text for c in claimkit.extract(text).claims_of("denial")] == [denied]


def test_the_speaker_of_a_statement_called_a_lie_is_not_its_denier() -> None:
    [denial] = claimkit.extract("The rebels said they took the town. That is a lie.").claims_of("denial")
    assert denial.data["denier"] is None


@pytest.mark.parametrize(("text", "denied"), [
    ("The Russians say 190 of our soldiers died. The figure of 190 is fantasy.", "The figure of 190"),
    ("The rebels gave a toll of 40. The toll of 40 is a lie, the army said.", "The toll of 40"),
])
def test_a_figure_or_a_toll_said_false(text: str, denied: str) -> None:
    assert [c.data["denied"].text for c in claimkit.extract(text).claims_of("denial")] == [denied]


@pytest.mark.parametrize(("text", "denied"), [
    ("QUESTION: Bloggers write that a company was encircled near the river.\n"
     "MARCHENKO: There is no encirclement. I want to be very clear.",
     "Bloggers write that a company was encircled near the river."),
    ("The rebels said they attacked the base. There was no attack, the army said.",
     "The rebels said they attacked the base."),
])
def test_an_act_of_war_said_not_to_be_in_a_sentence_of_its_own(text: str, denied: str) -> None:
    assert [c.data["denied"].text for c in claimkit.extract(text).claims_of("denial")] == [denied]


@pytest.mark.parametrize("text", [
    "There was no immediate comment from the army.",
    "Residents said there was no attack on the market that day.",
])
def test_no_comment_or_a_told_absence_is_no_denial(text: str) -> None:
    assert denials(text) == []


@pytest.mark.parametrize(("text", "denied"), [
    ('The army was accused of the ambush. "The defence forces did not kill any civilian in Ashong," '
     "the colonel said.", "The defence forces did not kill any civilian in Ashong"),
    ("OMAR: The militants burned two of our vehicles. They did not take any vehicles.",
     "They did not take any vehicles"),
    ("The TTP said its fighters did not fire on civilians in the attack.",
     "its fighters did not fire on civilians in the attack"),
    # (up to the clause's end)
    ("The commander said his men had not attacked civilians and dismissed the governor's accusation.",
     "his men had not attacked civilians"),
    ("ADEYINKA: The figure of 23 is terrorist propaganda.", "The figure of 23"),
    # (a quote may open after the auxiliary)
    ('The AA said its fighters had "not shot down any aircraft in the operation".',
     "its fighters had \"not shot down any aircraft in the operation"),
    # ... or struck what it is accused of striking
    ("Israel said it had not targeted the army and was reviewing the incident.",
     "it had not targeted the army"),
    # ... or equipment it never lost
    ('The Houthis said they shot down a drone. The spokesman said: "No U.S. aircraft has been lost."',
     "No U.S. aircraft has been lost"),
    ('"Not a single Indian post has been damaged," the army spokesman said after the shelling.',
     "Not a single Indian post has been damaged"),
])
def test_a_deed_of_war_never_done_to_anyone_and_a_figure_called_propaganda(text: str, denied: str) -> None:
    assert denied in [c.data["denied"].text for c in claimkit.extract(text).claims_of("denial")]


def test_a_question_not_taken_is_no_denial() -> None:
    assert denials("At the press conference he did not take any questions.") == []
    assert denials("The minister did not take the train to the border.") == []
    assert denials("No vehicles were damaged in the car park fire, the fire service said.") == []
