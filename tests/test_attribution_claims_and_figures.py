"""The attribution stage on claims and figures: "a claim by X that T", a possessor's claim,
sources that put, count or give a figure, figures told after a colon, and statements quoted
over paragraphs.

Every sentence here is our own, written in the manner of news reports.
"""

from __future__ import annotations

import pytest

import claimkit
from attribution_helpers import only, span_of
from claimkit.extractors._attach import attribution_for


def test_a_claim_by_someone_that_t_is_their_attribution() -> None:
    text = ("The spokesman dismissed as propaganda a claim by the Sable Front's news agency that 23 "
            "soldiers had been killed, and denied that troops had abandoned the post.")
    atts = {a.cue.text: a for a in claimkit.extract(text).attributions}
    claim = atts["claim"]
    assert claim.source is not None
    assert (claim.source.text, claim.content.text) == (
        "the Sable Front's news agency", "that 23 soldiers had been killed")
    # the sentence's next verb goes on with its own subject, not the claim's agent
    denied = atts["denied"]
    assert denied.source is not None
    assert denied.source.text == "The spokesman"
    # as the subject, where the that-clause ends is unclear: no attribution
    text = "The claim by the rebels that the town had fallen was dismissed by the army."
    assert "claim" not in {a.cue.text for a in claimkit.extract(text).attributions}
    # a bare plural after a verb of rejecting is an object too (as the subject it is not)
    text = "The spokesperson rejected claims by the Sable Front that 32 soldiers had been killed."
    claims = [a for a in claimkit.extract(text).attributions if a.cue.text == "claims"]
    assert [(a.source.text if a.source else None, a.content.text if a.content else None) for a in claims] == [
        ("the Sable Front", "that 32 soldiers had been killed")]
    text = "Claims by the rebels that the town had fallen were dismissed by the army."
    assert "Claims" not in {a.cue.text for a in claimkit.extract(text).attributions}


@pytest.mark.parametrize(("text", "source", "cue"), [
    ("A rebel commander rejected the army's claim that the town had been recaptured, saying the "
     "youth still held it.", "the army", "claim"),
    ("Another outlet did not address the Sable Front’s claim that two soldiers were captured.",
     "the Sable Front", "claim"),
    ("The army dismissed Hamas's claim that three soldiers were captured.", "Hamas", "claim"),
    ("Officials rejected the Islamic Resistance in Iraq’s claim that 12 soldiers died.",
     "the Islamic Resistance in Iraq", "claim"),
    ("Aides blamed the media for making an issue out of Roe’s claim that the mayor had lied.",
     "Roe", "claim"),
    ("The banned group stood by its claim that 31 soldiers had died.", "The banned group",
     "stood by its claim"),
    ("The governor repeated his claim that the militia had fired first.", "The governor",
     "repeated his claim"),
])
def test_a_possessors_claim_that_t_is_the_possessors_attribution(text: str, source: str, cue: str) -> None:
    atts = {a.cue.text: a for a in claimkit.extract(text).attributions}
    claim = atts[cue]
    assert claim.source is not None
    assert claim.content is not None
    assert claim.source.text == source
    assert claim.content.text.startswith("that ")
    if "saying" in atts:
        # the sentence's next verb goes on with its own subject, not the claim's possessor
        assert atts["saying"].source is not None
        assert atts["saying"].source.text == "A rebel commander"


@pytest.mark.parametrize(("text", "source", "content"), [
    # a subject's that-clause ends where the sentence calls it false
    ("Rubio's claim that Cruz favours the plan is not true, the aide said.", "Rubio",
     "that Cruz favours the plan"),
    ("The claim of the army's spokesman that 19 fighters were killed is a lie, the group said.",
     "the army's spokesman", "that 19 fighters were killed"),
])
def test_a_claim_as_a_subject_called_false_is_its_owners(text: str, source: str, content: str) -> None:
    claim = next(a for a in claimkit.extract(text).attributions if a.cue.text == "claim")
    assert claim.source is not None
    assert (claim.source.text, claim.content.text) == (source, content)


@pytest.mark.parametrize("text", [
    "Rubio's claim that Cruz favours the plan was discussed at length, the aide said.",
    "The aide said that Rubio's claim that Cruz favours the plan is not true.",
    "Despite the army's claims that the town is calm, residents fled on Monday.",
    "The minister rejected their claim that the town had fallen.",  # whose "their" is unknown here
])
def test_a_possessors_claim_as_a_subject_or_told_by_a_pronoun_is_no_attribution(text: str) -> None:
    assert not {"claim", "claims"} & {a.cue.text for a in claimkit.extract(text).attributions}


def test_what_a_source_accuses_of_runs_to_the_toll_it_caused() -> None:
    text = ("Roe accused the army of carrying out a drone strike on Monday on the market in Tamra, "
            "killing 12 civilians and wounding around 30.")
    assert only(text).content.text == (
        "the army of carrying out a drone strike on Monday on the market in Tamra, killing 12 "
        "civilians and wounding around 30")
    # with no toll, such a phrase still ends where a noun phrase does
    text = "Roe accused the mayor of hiding the report, a move that angered the council."
    assert only(text).content.text == "the mayor of hiding the report"


@pytest.mark.parametrize("text", [
    "Nine guards were wounded, Governor Jo Roe told reporters in the provincial capital Tamra.",
    "Nine guards were wounded, Governor Jo Roe said from the eastern city of Tamra.",
])
def test_a_place_told_by_what_it_is_is_an_adverbial_of_the_cue(text: str) -> None:
    a = only(text)
    assert a.content is not None
    assert a.source is not None
    assert (a.source.text, a.content.text) == ("Governor Jo Roe", "Nine guards were wounded")


def test_a_statement_recorded_somewhere_is_an_adverbial_of_the_cue() -> None:
    text = "Seven civilians were killed, Roe said in a video message recorded near the site."
    assert [a.content.text for a in claimkit.extract(text).attributions] == ["Seven civilians were killed"]


def test_an_armed_group_speaks_under_its_label_by_either_name() -> None:
    doc = claimkit.extract("The RSF said it killed 63 of them. The Rapid Support Forces denied it.")
    assert {a.source.organization for a in doc.attributions if a.source} == {"Rapid Support Forces (RSF)"}


@pytest.mark.parametrize(("text", "source"), [
    # a source putting a figure at a number, with words on whose or which figure
    ("The monitoring group put the toll from the ambush at three dead.", "The monitoring group"),
    ("She put the military’s losses at “more than 60” dead.", "She"),
    ("The police later put the number of people detained at 12.", "The police"),
    ("The ministry put enemy losses around the village over two days at up to 230 soldiers killed.",
     "The ministry"),
    ("The ambush was deadly, with local sources putting the toll at 49 dead.", "local sources"),
    # a monitor's count
    ("UN monitors counted at least 90 civilians killed by drones.", "UN monitors"),
    ("Rights groups documented 40 killings in the district.", "Rights groups"),
    ("Since 2022, the mission has verified more than 14,000 civilian deaths.", "the mission"),
    ("The network later documented the killing of at least 814 civilians.", "The network"),
    # a name that ends in a number
    ("France 24 reported that at least 40 people had been abducted.", "France 24"),
    # a party announcing its own dead ("Thousands mourned the victims" reports nothing)
    ("The group later mourned two of its members.", "The group"),
    # a toll raised to a number after a long phrase of what it is of
    ("The ministry has raised the toll from Tuesday’s attack on an army post at Kella, in the "
     "north of the country, to 12 soldiers killed.", "The ministry"),
    # ... or with the figure first
    ("The army on Tuesday raised to 10 the number of soldiers killed in the attack.", "The army"),
    # a body whose appositive ends in an event word: the head names the speaker, not "war"
    ("The Teska Lawyers, a group that documents abuses in the war, put the number of dead at 45.",
     "The Teska Lawyers, a group that documents abuses in the war"),
])
def test_a_source_that_puts_or_counts_a_figure(text: str, source: str) -> None:
    assert [a.source.text for a in claimkit.extract(text).attributions if a.source] == [source]


@pytest.mark.parametrize("text", [
    "The group documented the killing of civilians.",  # no figure: no count
    "Roe won 271 pledged delegates.",  # a number before a participle: an adjective
    # a preposition before a participle: an adjective (no verb follows a preposition bare)
    "Roe extended her lead in pledged delegates.",
    "Roe is now ahead among pledged delegates and superdelegates.",
    "The court jailed him for alleged coup plotting.",
])
def test_no_count_and_no_verb_after_a_number_or_a_preposition(text: str) -> None:
    assert claimkit.extract(text).attributions == ()


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("Gov. Ana Roe’s latest figures, posted on Telegram shortly after noon, were grim: at least "
     "nine dead and 38 wounded.", "Gov. Ana Roe", "figures", "at least nine dead and 38 wounded"),
    ("The ministry’s tally was stark: 16 soldiers dead and 28 wounded.", "The ministry", "tally",
     "16 soldiers dead and 28 wounded"),
    ("The Ministry of Health’s final toll, published on its website, stands at 16 civilians killed.",
     "The Ministry of Health", "toll", "16 civilians killed"),
    ("The health ministry gave its latest figures on Wednesday: nine civilians dead and 23 wounded.",
     "The health ministry", "figures", "nine civilians dead and 23 wounded"),
    # any determiner, a comparing adjective, adverbs before the verb
    ("Jo Roe, the rebels' governor, gave a higher toll: 12 dead and 40 injured.",
     "Jo Roe, the rebels' governor", "toll", "12 dead and 40 injured"),
    ("For the first time, he also gave a toll for the army: nine soldiers killed and 14 wounded.",
     "he", "toll", "nine soldiers killed and 14 wounded"),
    ("Officials summed up the operation against the cell in three numbers: 13 gunmen killed and 12 "
     "people arrested.", "Officials", "summed up", "13 gunmen killed and 12 people arrested"),
    ("The ministry’s midday update was stark: 31 dead and more than 70 wounded.", "The ministry",
     "update", "31 dead and more than 70 wounded"),
    # what the figures are of; a singular figure given; the agent of "as released by"
    ("The military’s account of its own losses was brief: two soldiers lightly hurt.", "The military",
     "account", "two soldiers lightly hurt"),
    ("The defence ministry has given a lower figure than the association: four fishermen dead.",
     "The defence ministry", "figure", "four fishermen dead"),
    ("The official tally, as released by the Tamra governor's office on Wednesday evening: seven "
     "police officers dead.", "the Tamra governor's office", "tally", "seven police officers dead"),
    ("The toll from the June clashes, as given by the ministry: six soldiers killed.", "the ministry",
     "toll", "six soldiers killed"),
    ("The news agency gave a slightly different tally: three militants killed.", "The news agency",
     "tally", "three militants killed"),
    # a live blog's entry: the body the updated toll comes from
    ("15:10 - Updated toll from the Emergency Medicine Centre: nine dead and 31 wounded.",
     "the Emergency Medicine Centre", "toll", "nine dead and 31 wounded"),
    # the colon right after the figures, maybe after when they stood; "the" before them; a
    # short phrase in quotes before the colon
    ("The commission’s tally as of Sunday evening: 22 dead and 38 wounded.", "The commission", "tally",
     "22 dead and 38 wounded"),
    ("The ministry's figures: nine dead.", "The ministry", "figures", "nine dead"),
    ("The director gave the latest figures to reporters by phone on Tuesday: eight dead.",
     "The director", "figures", "eight dead"),
    ("Jo Roe summed up the results of what the rebels called a “tactical offensive”: 14 soldiers "
     "killed.", "Jo Roe", "summed up", "14 soldiers killed"),
])
def test_a_sources_figures_told_after_a_colon(text: str, source: str, cue: str, content: str) -> None:
    (att,) = claimkit.extract(text).attributions
    assert att.source is not None
    assert (att.source.text, att.cue.text, att.content.text) == (source, cue, content)


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("The Tamra health ministry’s toll rose to 25, including six children.", "The Tamra health ministry",
     "toll", "25, including six children"),
    ("The ministry's death toll has since climbed to at least 60.", "The ministry", "death toll",
     "at least 60"),
    ("The commission’s latest tally reached nine dead on Sunday.", "The commission", "tally",
     "nine dead on Sunday"),
])
def test_a_possessors_toll_that_rises_to_a_figure_is_the_possessors(
        text: str, source: str, cue: str, content: str) -> None:
    doc = claimkit.extract(text)
    (att,) = doc.attributions
    assert att.source is not None
    assert (att.source.text, att.cue.text, att.content.text) == (source, cue, content)
    assert doc.claims_of("casualty")
    assert {c.attribution for c in doc.claims_of("casualty")} == {att}


@pytest.mark.parametrize("text", [
    "The ministry's toll rose sharply after the strike.",  # no figure after the verb
    "The town's population rose to 25,000.",  # no figure noun
])
def test_a_possessors_toll_that_rises_without_a_figure_is_no_attribution(text: str) -> None:
    assert claimkit.extract(text).attributions == ()


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("By the army's count, 40 militants were killed.", "the army", "By",
     "40 militants were killed"),
    ("Nine soldiers were killed, by the Tamra Monitor’s own tally.", "the Tamra Monitor",
     "by", "Nine soldiers were killed"),
])
def test_by_a_named_possessors_count_the_possessor_is_the_source(
        text: str, source: str, cue: str, content: str) -> None:
    (att,) = claimkit.extract(text).attributions
    assert att.mode == "according_to"
    assert att.source is not None
    assert (att.source.text, att.cue.text, att.content.text) == (source, cue, content)


def test_by_a_days_count_is_no_source() -> None:
    assert claimkit.extract("By Monday's count, 12 people were dead.").attributions == ()
    assert claimkit.extract("By last night's tally, 12 people were dead.").attributions == ()


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The Security Media Cell gave a lower toll of three soldiers killed and two wounded.", "gave",
     "a lower toll of three soldiers killed and two wounded"),
    ("The ministry has given the number of dead as 12.", "has given", "the number of dead as 12"),
])
def test_a_source_that_gives_a_toll_of_n_reports_it(text: str, cue: str, content: str) -> None:
    doc = claimkit.extract(text)
    [att] = doc.attributions
    assert (att.cue.text, att.content.text) == (cue, content)
    assert {c.attribution for c in doc.claims_of("casualty")} == {att}


@pytest.mark.parametrize("text", [
    "Given the number of dead, the talks were cancelled.",  # a preposition
    "The donor gave a total of $5,395 to his campaign.",  # a sum
    "He gave a speech of thanks.",
])
def test_giving_is_a_cue_only_for_a_toll(text: str) -> None:
    assert claimkit.extract(text).attributions == ()


@pytest.mark.parametrize("text", [
    "In a statement on Sunday, IS claimed responsibility for the attack and said its fighters had "
    "killed 17 soldiers.",
    "On Sunday IS said its fighters had killed 17 soldiers.",
])
def test_is_in_capitals_is_the_islamic_state_not_a_verb(text: str) -> None:
    atts = claimkit.extract(text).attributions
    assert [a.source.text if a.source else None for a in atts if a.cue.text == "said"] == ["IS"]
    assert all(a.cue.text in ("claimed", "said") for a in atts)  # no passive "IS claimed"


def test_figures_told_after_a_colon_without_a_possessor_report_nothing() -> None:
    assert claimkit.extract("The figures were grim: at least nine dead.").attributions == ()
    # the toll of an event or a place is no one's account
    for text in ("Latest toll from Saturday's attack: 12 dead.", "Updated toll from Gaza: 40 dead.",
                 "Updated toll from the Kella market attack: 12 dead."):
        assert claimkit.extract(text).attributions == ()


def test_a_count_inside_anothers_report_is_the_outer_speakers() -> None:
    doc = claimkit.extract("The Red Lantern said its teams had recorded at least 14 civilians killed.")
    assert [a.cue.text for a in doc.attributions] == ["said"]
    assert [a.cue.text for a in claimkit.extract("He recorded a video on Monday.").attributions] == []
    assert [a.cue.text for a in claimkit.extract("Thousands mourned the victims.").attributions] == []


@pytest.mark.parametrize("statement", [
    # each paragraph of a long quotation opens with a quotation mark
    "“Our forces engaged the enemy near Osk.”\n“The toll on the enemy side is 40 soldiers captured.”",
    # or the quotation opened after the colon closes only later
    "“Our forces engaged the enemy near Osk.\nThe toll on the enemy side is 40 soldiers captured.”",
])
def test_a_statement_quoted_over_paragraphs_after_a_colon_is_the_speakers(statement: str) -> None:
    text = "The rebel commander issued a statement on Sunday. The statement reads:\n" + statement
    att = attribution_for(claimkit.extract(text), span_of(text, "40 soldiers"))
    assert att is not None
    assert att.source is not None
    assert att.source.text == "The statement"


def test_the_army_after_a_named_army_is_that_army() -> None:
    text = "The Lebanese army said its units had deployed in Khiam.\nIn a statement, the army said 3 died."
    sources = [a.source for a in claimkit.extract(text).attributions if a.source is not None]
    assert [s.organization for s in sources] == ["Lebanese army", "Lebanese army"]


@pytest.mark.parametrize(("text", "speaker", "rest"), [
    ("Its troops, it said in a statement read on state radio, had retaken the post by midday, "
     "killing 15 attackers.", "it", "had retaken the post by midday, killing 15 attackers"),
    ("The toll, officials said, had risen to 40.", "officials", "had risen to 40"),
])
def test_a_clause_a_cue_interrupts_goes_on_after_it(text: str, speaker: str, rest: str) -> None:
    # "T1, X said, T2": T1 (the clause's subject) and T2 (its verb on) are both X's
    doc = claimkit.extract(text)
    [att] = doc.attributions
    assert att.source is not None
    assert att.source.text == speaker
    assert [text[p.start:p.end] for p in att.content_spans()] == [text.split(",")[0], rest]
    assert [c.attribution for c in doc.claims_of("casualty")] == [att]  # the one figure is its


def test_a_cue_set_off_after_a_whole_clause_keeps_its_content() -> None:
    # the words after the aside are no verb of the clause before: nothing is added
    text = "The emails were on many topics, the Times said, including speeches and meetings."
    [att] = claimkit.extract(text).attributions
    assert [text[p.start:p.end] for p in att.content_spans()] == ["The emails were on many topics"]


def test_a_quotation_going_on_with_the_reported_sentence_is_its_content_too() -> None:
    text = ("Kabuya accused the troops of shelling its positions on Sunday, “killing three of our "
            "fighters and wounding seven civilians”.")
    doc = claimkit.extract(text)
    [att] = doc.attributions
    assert att.mode == "mixed"
    assert att.content.text.endswith("wounding seven civilians”")
    assert [(c.data["outcome"], c.attribution) for c in doc.claims_of("casualty")] == [
        ("killed", att), ("wounded", att)]
    # a quotation opening a sentence of its own is not
    text = "Kabuya accused the troops of shelling its positions. “They killed three,” he said."
    accused = claimkit.extract(text).attributions[0]
    assert accused.content.text == "the troops of shelling its positions"


@pytest.mark.parametrize(("text", "source"), [
    # (a communiqué set off by commas is no part of the subject, as "in a statement" is not)
    ("The ministry, in a second communique, maintained its toll of 12 soldiers killed.", "The ministry"),
    ("The general staff has not updated its toll of nine soldiers killed.", "The general staff"),
])
def test_a_source_keeping_its_own_toll_gives_the_figure(text: str, source: str) -> None:
    (claim,) = claimkit.extract(text).claims_of("casualty")
    assert claim.attribution is not None
    assert claim.attribution.source is not None
    assert claim.attribution.source.text == source


def _speakers_of_figures(text: str) -> dict[int | None, str]:
    claims = claimkit.extract(text).claims_of("casualty")
    return {c.data["count"].best: c.attribution.source.text for c in claims
            if c.attribution and c.attribution.source}


def test_a_report_set_against_another_with_but_is_its_own() -> None:
    text = ("Officials say two passers-by were killed, but a tribal elder told reporters that three "
            "people died.")
    atts = claimkit.extract(text).attributions
    assert [(a.source.text if a.source else None, a.content.text) for a in atts] == [
        ("Officials", "two passers-by were killed"), ("a tribal elder", "that three people died")]
    assert _speakers_of_figures(text) == {2: "Officials", 3: "a tribal elder"}


def test_a_figure_compared_as_reported_by_an_agent_is_the_agents() -> None:
    text = ("The group said at least 31 people had been killed. The figure is well above the 22 deaths "
            "reported on Monday by the town's mayor, Jo Roe.")
    assert _speakers_of_figures(text) == {31: "The group", 22: "the town's mayor"}


def test_figures_in_a_sources_relative_clause_are_its_own() -> None:
    text = ("The health ministry, whose latest count stands at 10 dead and 42 wounded, said it had "
            "not yet received records from a field clinic.")
    claims = claimkit.extract(text).claims_of("casualty")
    assert [(c.data["count"].best, c.attribution.source.text if c.attribution and c.attribution.source
             else None) for c in claims] == [
        (10, "The health ministry, whose latest count stands at 10 dead and 42 wounded"),
        (42, "The health ministry, whose latest count stands at 10 dead and 42 wounded")]
    # a relative clause that is no count of its own gives the source nothing
    text = "The mayor, whose son was one of 12 people killed, said the town would rebuild."
    assert [c.attribution for c in claimkit.extract(text).claims_of("casualty")] == [None]


def _source_of(text: str, words: str) -> str | None:
    att = attribution_for(claimkit.extract(text), span_of(text, words))
    return att.source.text if att is not None and att.source is not None else None


def test_a_paragraph_between_a_body_and_the_body_named_again_is_the_bodys() -> None:
    text = ("Troops repelled the attacks, according to the True News Information Team.\n\n"
            "In the engagements, 17 members of the security forces were killed.\n\n"
            "The information team said the outposts remain under the control of the army.")
    assert _source_of(text, "17 members") == "the True News Information Team"


@pytest.mark.parametrize("after", [
    # another body by a name of its own, a pronoun, or no one
    "Russia's Defence Ministry said the outposts had fallen.",
    "It said the outposts remain under the control of the army.",
    "The outposts remain under the control of the army.",
])
def test_a_paragraph_before_another_speaker_is_the_outlets(after: str) -> None:
    text = ("Troops repelled the attacks, according to the Information Team of the Defence Ministry.\n\n"
            "In the engagements, 17 members of the security forces were killed.\n\n" + after)
    assert _source_of(text, "17 members") is None
