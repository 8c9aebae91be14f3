"""The attribution stage: modes, cues, sources, contents and speakers.

Every sentence here is our own, written in the manner of news reports.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import claimkit
from attribution_helpers import only, span_of, speakers_of
from claimkit import Document
from claimkit._model import Span
from claimkit.extractors._attach import attribution_for, overlapping_attribution
from claimkit.extractors._attribution import attributions_of, find_attributions
from claimkit.extractors._attribution_mention import read_mention
from claimkit.extractors._attribution_triggers import CUE, LABEL, cue_hits, label_hits

# --- modes ---------------------------------------------------------------------------------


def test_direct_quote_before_its_cue() -> None:
    a = only('"We will hold the bridge," the commander said.')
    assert a.mode == "direct"
    assert a.source is not None
    assert a.source.text == "the commander"
    assert a.cue.text == "said"
    assert a.content.text.rstrip(",") == "We will hold the bridge"


def test_indirect_speech_after_its_cue() -> None:
    a = only("The commander said that his troops would hold the bridge.")
    assert (a.mode, a.cue.text) == ("indirect", "said")
    assert a.content.text == "that his troops would hold the bridge"


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Rebel spokesman Jo Roe spoke by phone. By his account, 31 soldiers were killed.",
     "By", "31 soldiers were killed"),
    ("The army said it had retaken the hill. Nine rebels were killed, by its own count.",
     "by", "Nine rebels were killed"),
])
def test_by_a_possessors_account_the_possessor_is_the_source(text: str, cue: str, content: str) -> None:
    doc = claimkit.extract(text)
    a = next(a for a in doc.attributions if a.mode == "according_to")
    assert (a.cue.text, a.content.text) == (cue, content)
    assert a.source is not None
    assert (a.source.name, a.source.organization) == (
        ("Jo Roe", None) if "Roe" in text else (None, "army"))


def test_mixed_when_part_of_the_content_is_quoted() -> None:
    a = only('The commander said his troops would "hold the bridge at any cost."')
    assert a.mode == "mixed"
    assert a.content.text.startswith("his troops would")


@pytest.mark.parametrize("text", [
    "According to the health ministry, 14 people died in the shelling.",
    "14 people died in the shelling, according to the health ministry.",
])
def test_according_to_either_side_of_the_content(text: str) -> None:
    a = only(text)
    assert a.mode == "according_to"
    assert a.cue.text.lower() == "according to"
    assert a.source is not None
    assert a.source.text == "the health ministry"
    assert a.content.text == "14 people died in the shelling"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("In a survey released by the Kivu Security Tracker on Monday, most displaced families named "
     "the rebels as the main threat.", "a survey released by the Kivu Security Tracker on Monday",
     "most displaced families named the rebels as the main threat"),
    # how the poll was made, set off by commas, is the source's
    ("Turnout was low. In the latest poll, conducted in May, Roe led Gale by nine points.",
     "the latest poll, conducted in May", "Roe led Gale by nine points"),
])
def test_a_poll_opening_a_sentence_is_its_source(text: str, source: str, content: str) -> None:
    a = next(a for a in claimkit.extract(text).attributions if a.cue.text == "In")
    assert a.mode == "according_to"
    assert a.source is not None
    assert (a.source.text, a.content.text) == (source, content)


@pytest.mark.parametrize("text", [
    "Roe trails Gale in the polls, the paper said.",  # a poll later in the sentence: no source
    "In a memo released as polls closed, the campaign thanked its volunteers.",  # a clause, not a poll's name
    "He has been leading. In the polls, anyway.",  # no finding told
])
def test_no_poll_source(text: str) -> None:
    assert not any(a.cue.text == "In" for a in claimkit.extract(text).attributions)


def test_quote_broken_by_its_cue_has_two_parts() -> None:
    text = '"We are ready," Ivan Petrov, the defence minister, said. "The enemy is not."'
    a = only(text)
    assert a.mode == "direct"
    assert [text[p.start:p.end].rstrip(",.") for p in a.parts] == ["We are ready", "The enemy is not"]


def test_quotation_content_runs_across_sentences() -> None:
    a = only('"The town is ours. We took it at dawn," the rebel commander said.')
    assert a.content.text.rstrip(",") == "The town is ours. We took it at dawn"
    b = only('The colonel said: "Our men are tired. They have not slept for days."')
    assert b.content.text.rstrip(".") == "Our men are tired. They have not slept for days"


# --- cues: tenses, voices, fixed phrases, cognition ------------------------------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("The governor says the road is open.", "says"),
    ("The minister has said the border will stay closed.", "has said"),
    ("The ministry said in a statement that the convoy was attacked.", "said in a statement"),
    ("The spokesman told reporters that two soldiers were missing.", "told"),
    ("The mayor was quoted as saying that the water supply had been cut.", "was quoted as saying"),
    ("It is claimed that the rebels shelled the market.", "is claimed"),
    ("He tweeted that the talks had failed.", "tweeted"),
    ("She warned that more attacks would follow.", "warned"),
    ("The rebels denied that they had shelled the market.", "denied"),
    ("The army confirmed the death of two officers.", "confirmed"),
])
def test_reporting_verbs_in_every_tense_and_voice(text: str, cue: str) -> None:
    assert only(text).cue.text == cue


@pytest.mark.parametrize(("text", "cue"), [
    ("The governor lashed out at the militia for the blockade.", "lashed out at"),
    ("The minister weighed in on the ceasefire talks.", "weighed in on"),
    ("Elders have spoken out in favor of the truce.", "have spoken out in favor of"),
    ("The minister pointed out that the road was closed.", "pointed out"),
])
def test_a_phrasal_verbs_preposition_belongs_to_its_cue(text: str, cue: str) -> None:
    assert only(text).cue.text == cue


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The general believes the offensive will fail.", "believes", "the offensive will fail"),
    ("Aid workers hope the ceasefire will hold.", "hope", "the ceasefire will hold"),
    ("Analysts think the rebels are running out of ammunition.", "think",
     "the rebels are running out of ammunition"),
    ("Officials expect the fighting to resume.", "expect", "the fighting to resume"),
    ("The governor is thinking about a curfew.", "is thinking about", "a curfew"),
])
def test_cognition_and_intention_cues(text: str, cue: str, content: str) -> None:
    a = only(text)
    assert (a.cue.text, a.content.text) == (cue, content)


@pytest.mark.parametrize(("text", "source"), [
    ("Officials said the dam was damaged.", "Officials"),
    ("A security source said three guards were killed.", "A security source"),
    ("Local media reported that the bridge had collapsed.", "Local media"),
    # a relative clause ending on a preposition's object: the person, not the object
    ("A resident who reached the district capital, Ovra, on foot said he had buried 19 bodies.",
     "A resident who reached the district capital, Ovra, on foot"),
    ("A farmer who fled to Ovra said the town was empty.", "A farmer who fled to Ovra"),
    # a posture between the subject and its cue: the person, not the place
    ("In a video, a commander standing next to a burnt truck says his men took the town.",
     "a commander standing next to a burnt truck"),
    # "at" inside a source is a preposition ("at least" opens a quantity)
    ("Nine soldiers were killed, a commander at the base said.", "a commander at the base"),
    ("At least half of the voters said they liked the plan.", "At least half of the voters"),
    # a day between the auxiliary and its verb
    ("The government had on Saturday reported seven deaths among the troops.", "The government"),
    # an adverb between a subject's appositive and its cue belongs to the cue
    ("The National Guard, Rosgvardia, separately confirmed that one of its servicemen had died.",
     "The National Guard, Rosgvardia"),
])
def test_anonymous_sources_are_sources(text: str, source: str) -> None:
    a = only(text)
    assert a.source is not None
    assert a.source.text == source


@pytest.mark.parametrize(("text", "source", "asked_for"), [
    ("A security source who asked not to be named told reporters that three guards were held.",
     "A security source", "not to be named"),
    ("A local official, who asked not to be named because he was not authorised to speak, said"
     " two farmers were killed.", "A local official",
     "not to be named because he was not authorised to speak"),
    ("An aide, who requested anonymity to discuss the talks, said the envoy had left.",
     "An aide", "anonymity to discuss the talks"),
    ("A commander who declined to be identified said the road was cut.", "A commander",
     "to be identified"),
    ("A commander who declined to comment said the road was cut.", "A commander", "to comment"),
    # a reason with no comma after it ends at the reporting verb (not at "been told")
    ("A nurse who asked not to be named because she was not authorised to speak said eight "
     "wounded civilians had been admitted.", "A nurse",
     "not to be named because she was not authorised to speak"),
    ("A nurse who asked not to be named because staff had been told not to speak said eight "
     "wounded civilians had been admitted.", "A nurse",
     "not to be named because staff had been told not to speak"),
    # an appositive before the request stays with its phrase
    ("A security source in Tamra, the provincial capital, who requested anonymity, put the army's "
     "losses at 11 dead.", "A security source in Tamra, the provincial capital", "anonymity"),
])
def test_a_request_for_anonymity_is_set_aside_from_the_source(text: str, source: str,
                                                               asked_for: str) -> None:
    atts = claimkit.extract(text).attributions
    requests = [a.content.text for a in atts if a.source and a.source.text == "who"]
    assert requests == [asked_for]  # the request is its own attribution, and holds nothing more
    main = [a for a in atts if a.source and a.source.text != "who"]
    assert [a.source.text for a in main if a.source] == [source]


def test_a_participle_set_off_after_its_subject_is_no_cue() -> None:
    text = "Roe's remarks, first reported by the Tamra Courier, angered the council."
    assert "first reported" not in {a.cue.text for a in claimkit.extract(text).attributions}


@pytest.mark.parametrize("text", [
    "“The road is open,” the group's spokesman said in a message posted on Telegram.",
    "The mayor said in a video released late on Sunday that the road was open.",
])
def test_a_participle_after_in_a_message_is_no_cue(text: str) -> None:
    assert [a.cue.text for a in claimkit.extract(text).attributions] == ["said"]


@pytest.mark.parametrize("text", [
    "Four soldiers were killed, it said in a statement carried by the state news agency.",
    "Four soldiers were killed, the ministry said in a statement relayed by state media.",
])
def test_a_statement_carried_by_an_agency_leaves_the_content_before_the_cue(text: str) -> None:
    assert [a.content.text for a in claimkit.extract(text).attributions if a.content] == [
        "Four soldiers were killed"]


@pytest.mark.parametrize(("text", "cues"), [
    ("Gunmen suspected to be rebels attacked the village, police said.", ["said"]),
    ("Police said they held a man suspected of spying.", ["said"]),
    ("In a statement read on state television, the army said the attack failed.", ["said"]),
    ("Police suspected that the gunmen came from the north.", ["suspected"]),
    # a participle with its agent: a reduced relative, not a report
    ("Clinics supported by the Red Lantern treated 40 people, officials said.", ["said"]),
    ("Militias backed by the army attacked the village, residents said.", ["said"]),
    ("A statement attributed to the rebels said 12 soldiers died.", ["said"]),
    # an assault on a place or a vehicle is no criticism
    ("Gunmen attacked a military base near the river, residents said.", ["said"]),
    ("Insurgents attacked two police stations overnight, the army said.", ["said"]),
    ("In the debate, Roe attacked his rival over the plan.", ["attacked"]),
    # an attack in a sentence of bloodshed is an assault, whatever it hits
    ("Gunmen attacked a group of farmers, killing 12.", []),
    ("The convoy was attacked with rifles and explosives.", []),
    # "blast" as an explosion; "Democrats blast Roe" stays a criticism
    ("A tourist was killed in a bomb blast at a hotel.", []),
    ("The massive blast tore through the market.", []),
    ("Democrats blast Roe over the plan.", ["blast"]),
    # what follows a cue word is read in its own sentence: a headline's last noun is no cue
    ("15:45 — Army rejects ISPR claim\nLieutenant Colonel Jo Roe said the post was intact.",
     ["rejects", "said"]),
    # a noun after an ordinal or a number ("a third said" is a fraction that speaks)
    ("Police killed six suspects. A seventh suspect was killed later.", []),
    ("One suspect was arrested on the spot.", []),
    ("Nearly a third said they would vote.", ["said"]),
    ("The toll rose to 12, up from seven reported earlier, police said.", ["said"]),
    # a noun after a nationality's adjective
    ('The fleet denied it, calling the Varnian claim "a fake".', ["denied", "calling"]),
    # a participle after a number word is an adjective
    ("Two soldiers and three suspected rebels were killed, the army said.", ["said"]),
    ("Twenty-three (23) alleged members of the group were apprehended, the statement said.", ["said"]),
    # a noun-like cue word before a comma is a noun ("a data project, the Horn Monitor,")
    ("A data project, the Horn Monitor, recorded 180 deaths, its director said.", ["said"]),
    ("In a later post, the governor said the toll had risen.", ["said"]),
    # a word in -s after a number above one is a plural noun ("one suspects that" is a verb)
    ("Twelve suspects were taken into custody, police said.", ["said"]),
    ("Two blasts on the bus line killed five people, police said.", ["said"]),
    ("Police shot dead 13 suspects, the ministry said.", ["said"]),
    ("Article 33 affirms that no state shall expel a refugee.", ["affirms"]),
])
def test_a_participle_after_a_noun_is_no_cue(text: str, cues: list[str]) -> None:
    assert [a.cue.text for a in claimkit.extract(text).attributions] == cues


def test_a_verb_after_a_subject_with_in_his_speech_is_a_cue() -> None:
    a = only("Roe in his speech criticized the plan as a trap.")
    assert a.cue.text == "criticized"
    assert a.source is not None
    assert a.source.text.startswith("Roe")


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("A relative said the kidnappers had called the family and demanded a ransom.",
     "demanded", "the kidnappers"),
])
def test_a_nested_speaker_is_not_read_back_over_the_outer_cue(text: str, cue: str, source: str) -> None:
    sources = {text[f.cue[0]:f.cue[1]]: f.source for f in find_attributions(text)}
    found = sources[cue]
    assert found is not None
    assert text[found[0]:found[1]] == source


def test_a_cue_inside_an_appositive_stays_in_the_source() -> None:
    text = "Ana Roe, a teacher who voted for Gale, said the school was shut."
    atts = [a for a in claimkit.extract(text).attributions if a.cue.text == "said"]
    assert [a.source.text for a in atts if a.source] == ["Ana Roe, a teacher who voted for Gale"]


def test_a_content_starts_after_the_dateline() -> None:
    a = only("DARVO, May 2 (Coastwire) - Gunmen stopped a bus near the ridge, police said.")
    assert a.content.text == "Gunmen stopped a bus near the ridge"
    # a digest: each paragraph opens with its own dateline
    text = "In brief.\nTESKA - Gunmen burned two shops, an official said."
    assert [a.content.text for a in claimkit.extract(text).attributions] == ["Gunmen burned two shops"]


@pytest.mark.parametrize(("text", "source"), [
    ("Gunmen stormed the town, killing at least 22 people, local officials and residents said.",
     "local officials and residents"),
    ("Local officials and residents said seven civilians were killed.", "Local officials and residents"),
    # a clause before "and" is no first subject
    ("The army killed 12 militants and residents said the town was calm.", "residents"),
])
def test_a_coordinated_subject_speaks_whole(text: str, source: str) -> None:
    assert [a.source.text for a in claimkit.extract(text).attributions if a.source] == [source]


def test_a_quote_closed_by_a_period_belongs_to_the_sentence_before() -> None:
    text = 'Roe called the figures "fantasy." She said the losses were lower.'
    said = [a for a in claimkit.extract(text).attributions if a.cue.text == "said"]
    assert [a.content.text for a in said] == ["the losses were lower"]


@pytest.mark.parametrize("text", [
    '"We will hold the bridge." Colonel Roe said.',
    '“We will hold the bridge.” The colonel told reporters on Monday.',
])
def test_a_bare_report_after_a_quote_closed_by_a_period_owns_the_quote(text: str) -> None:
    # "S said." with nothing after it reports the quotation before it, however the writer
    # punctuated its end
    a = only(text)
    assert (a.mode, a.content.text.rstrip(".")) == ("direct", "We will hold the bridge")


def test_in_its_daily_assessment_belongs_to_the_cue() -> None:
    a = only("Troops will push west, the Varno Institute said in its daily assessment.")
    assert a.content.text == "Troops will push west"


@pytest.mark.parametrize(("text", "cues"), [
    ("The kidnappers called on Tuesday morning and demanded a ransom.", ["demanded"]),
    ("The mayor called on the army to withdraw.", ["called on"]),
])
def test_on_before_a_day_is_no_particle_and_a_verb_with_no_content_is_no_cue(
        text: str, cues: list[str]) -> None:
    assert [a.cue.text for a in claimkit.extract(text).attributions] == cues


def test_it_is_claimed_has_no_source() -> None:
    a = only("It is claimed that the rebels shelled the market.")
    assert a.source is None
    assert a.content.text == "that the rebels shelled the market"


def test_cue_words_as_nouns_are_no_cues() -> None:
    assert claimkit.extract("The claims and the reports of the week filled two pages.").attributions == ()


def test_cue_inside_a_quotation_is_the_quoted_speakers() -> None:
    atts = claimkit.extract('"They said we would run, and we did not," the captain said.').attributions
    assert [a.cue.text for a in atts] == ["said"]
    assert atts[0].source is not None
    assert atts[0].source.text == "the captain"


def test_said_colon_then_an_unquoted_paragraph() -> None:
    a = only("The army spokesman said:\nOur forces took the hill in the night.")
    assert a.content.text == "Our forces took the hill in the night"


# --- speakers ------------------------------------------------------------------------------


@pytest.mark.parametrize(("words", "name", "role", "org"), [
    ("spokesman Aram Delko", "Aram Delko", "spokesman", None),
    # particles inside a name stay in it
    ("Fadi al-Kurd", "Fadi al-Kurd", None, None),
    ("Staffan de Mistura, the envoy", "Staffan de Mistura", "envoy", None),
    ("spokesman Hamza bin Ali", "Hamza bin Ali", "spokesman", None),
    ("the Varnian army spokesman", None, "spokesman", "Varnian army"),
    ("a spokesman for the Coastal Front", None, "spokesman", "Coastal Front"),
    ("Col. Aram Delko, a spokesman for the Varnian army", "Aram Delko", "spokesman", "Varnian army"),
    ("Defence Minister Lina Oret", "Lina Oret", "Defence Minister", None),
    ("Military spokesman Gen. Tavo Rusk", "Tavo Rusk", "Military spokesman", None),
    ("the interior ministry", None, None, "interior ministry"),
    ("Varnia’s interior ministry", None, None, "interior ministry"),
    ("local officials in Teska, who spoke on condition of anonymity", None, "local officials", None),
    ("a security source", None, "security source", None),
    ("Aid workers", None, "Aid workers", None),
    ("Rescue workers in Teska", None, "Rescue workers", None),
    ("the governor of Upper Vask", None, "governor", None),
    ("a spokesman for the Teska Brigade", None, "spokesman", "Teska Brigade"),
    ("Varnia's General Staff", None, None, "Varnia General Staff"),  # a body, not General "Staff"
    ("No group", None, None, None),  # nobody to name
    ("Residents of Hesk", None, "Residents", None),  # a role opening the sentence, not a name
    ("Witnesses", None, "Witnesses", None),
    ("the Varnian Armed Forces (VAF)", None, None, "Varnian Armed Forces (VAF)"),
    ("Neither Ana Roe nor the Varnian army", None, None, None),
    # a person named by what they are, as an anonymous source or an appositive
    ("a schoolteacher who fled to a nearby village", None, "schoolteacher", None),
    ("Mira Tal, a demographer at Teska University", "Mira Tal", "demographer", None),
    # a reduced relative names no one of the speaker ("close to", "fighting", "loyal to")
    ("people close to the Clintons", None, "people", None),
    ("a delegate supporting Jo Roe", None, "delegate", None),
    ("Fano militiamen fighting the Varnian government", None, None, "Fano"),
    # what a body is, then its name: the name is the organization
    ("Pakistan's military media wing, ISPR", None, "military media wing", "ISPR"),
    ("The agency, known as SNAI", None, "agency", "SNAI"),
    # ... not a person's body, nor a list
    ("Jo Bopp, a member of the Platform Committee", "Jo Bopp", "member", "Platform Committee"),
    ("A coalition of rights groups, Democratic lawyers and the administration", None, "rights groups",
     "coalition"),
    # a place of two words before "-based" names no organization
    ("New York-based lawyer Mira Tal", "Mira Tal", "lawyer", None),
    ("Teska-based lawyer Mira Tal", "Mira Tal", "lawyer", None),
    ("a letter", None, None, None),  # a thing, though it ends like a person
    ("the armed forces general staff", None, None, "armed forces general staff"),  # no general
    # a body told by what it is, then its name
    ("Medical charity MSF", None, "Medical charity", "MSF"),
    ("the Varnian rights group Teska Watch", None, "Varnian rights group", "Teska Watch"),
    ("aid group Save the Children", None, "aid group", "Save the Children"),
    # a body named by words of bodies' names, capitalised; not a person of one
    ("Teska International", None, None, "Teska International"),
    ("Varnia Watch", None, None, "Varnia Watch"),
    ("Jo Tal, the president of the Varnian Retailers Association", "Jo Tal", "president",
     "Varnian Retailers Association"),
    # speakers named by no name, together
    ("local officials and residents", None, "local officials and residents", None),
    ("Current and former officials", None, "current and former officials", None),
    ("local sources and medics at the hospital", None, "local sources and medics", "hospital"),
    # a body's initials before a person's name are no part of it
    ("Director General Varnian Public Relations (VPR) Maj. Gen. Tarn Ovel", "Tarn Ovel", "Director",
     "Varnian Public Relations (VPR)"),
    ("Director General VPR Maj. Gen. Tarn Ovel", "Tarn Ovel", "Director", None),
])
def test_a_source_reads_as_name_role_and_organization(words: str, name: str | None, role: str | None,
                                                        org: str | None) -> None:
    m = read_mention(words)
    assert (m.name, m.role, m.organization) == (name, role, org)


@pytest.mark.parametrize(("words", "name"), [
    ("ABC moderator Mira Tal", "Mira Tal"),
    ("GOP frontrunner Jo Roe", "Jo Roe"),
    # initials with stops are a name's, and "USA TODAY" is one name
    ("J.J. Tal, a fellow at Varnia Watch", "J.J. Tal"),
    ("USA TODAY Varnia Poll", "USA TODAY Varnia Poll"),
])
def test_initials_of_a_body_before_a_name_are_no_part_of_it(words: str, name: str) -> None:
    assert read_mention(words).name == name


COREF = (
    "The Coastal Front said its fighters seized the port, spokesman Aram Delko told reporters.\n"
    "Delko said the fighting went on until dawn.\n"
    "He said the army had lost two tanks.\n"
    "The Coastal Front spokesman also said the port road was mined.\n"
)


def test_organization_lent_to_a_spokesman_in_the_same_sentence() -> None:
    assert speakers_of(COREF)["spokesman Aram Delko"] == ("Aram Delko", "spokesman", "Coastal Front")
    # a bare spokesman: also of the body in the sentence before, in his paragraph
    text = ("The Varnian Defence Ministry said its forces held the pass. “Three of our men died,” "
            "spokesman Aram Delko wrote.")
    assert speakers_of(text)["spokesman Aram Delko"] == (
        "Aram Delko", "spokesman", "Varnian Defence Ministry")
    # ... not a spokesman his words tie to another body
    text = ("The Varnian Defence Ministry said its forces held the pass. A 3R spokesman, Aram Delko, "
            "denied it.")
    assert speakers_of(text)["A 3R spokesman, Aram Delko"][2] != "Varnian Defence Ministry"
    # (not to a role that names its own body)
    text = "Varnia Watch said the files were lost, and FBI Director Jo Roe said they were found."
    assert speakers_of(text)["FBI Director Jo Roe"] == ("Jo Roe", "FBI Director", None)


def test_a_person_of_a_body_named_by_its_name_stays_a_person() -> None:
    m = read_mention("Mira Tal of Varnia Watch")
    assert m.name is not None
    assert m.name.startswith("Mira Tal")


def test_the_group_after_a_body_named_by_its_name_is_that_body() -> None:
    text = "Teska International said soldiers shot 12 protesters. The rights group said 11 were wounded."
    assert speakers_of(text)["The rights group"] == (None, "rights group", "Teska International")


@pytest.mark.parametrize("mention", ["Delko", "He", "The Coastal Front spokesman"])
def test_later_mentions_resolve_to_the_same_speaker(mention: str) -> None:
    assert speakers_of(COREF)[mention] == ("Aram Delko", "spokesman", "Coastal Front")


def test_he_or_she_may_stand_for_a_person_named_without_a_cue() -> None:
    text = ("For two years Lina Varo Tesh has treated the wounded in a tent. "
            "“We carried them on doors,” she said.\n\n"
            "Ivo Marn, a 41-year-old teacher who runs the camp, said the school was shelled. "
            "“Nine bodies,” he said.")
    names = [(a.source.text, a.source.name) for a in claimkit.extract(text).attributions if a.source]
    assert names == [("she", "Lina Varo Tesh"),
                     ("Ivo Marn, a 41-year-old teacher who runs the camp", "Ivo Marn"),
                     ("he", "Ivo Marn")]


def test_a_name_in_a_speakers_own_words_is_no_new_speaker() -> None:
    text = ("A resident said families from Ostra Pel and Varo Ket had fled into the town. "
            "“Nobody sleeps,” he said.")
    last = claimkit.extract(text).attributions[-1]
    assert last.source is not None
    assert (last.source.name, last.source.role) == (None, "resident")


def test_a_relative_pronoun_looks_for_its_antecedent_in_its_own_sentence() -> None:
    text = ("Fighting resumed, with the army and rebels accusing each other. The dead were civilians, "
            "according to the town's hospital director, Dr. Selim Arvane, who said three were children.")
    last = claimkit.extract(text).attributions[-1]
    assert last.source is not None
    assert (last.source.name, last.source.organization) == ("Selim Arvane", None)


def test_a_statement_speaks_for_the_body_that_issued_it() -> None:
    text = ("In a statement, the Coastal Front said its units held the port. "
            "“Forty raiders were killed,” the statement said.")
    last = claimkit.extract(text).attributions[-1]
    assert last.source is not None
    assert (last.source.text, last.source.organization) == ("the statement", "Coastal Front")


def test_a_statement_posted_somewhere_is_the_source_of_its_verb() -> None:
    att = only("A statement posted on the website of the Coastal Front said the port was held.")
    assert att.source is not None
    assert (att.source.text, att.cue.text) == (
        "A statement posted on the website of the Coastal Front", "said")
    att = only("In a statement posted overnight, the Coastal Front said the port was held.")
    assert att.source is not None
    assert att.source.text == "the Coastal Front"


@pytest.mark.parametrize("document", ["The press release", "The news release", "The video message"])
def test_a_press_release_speaks_for_the_body_that_issued_it(document: str) -> None:
    text = ("In a statement, the Coastal Front said its units held the port. "
            f"{document} said that forty raiders were killed.")
    last = claimkit.extract(text).attributions[-1]
    assert last.source is not None
    assert (last.source.text, last.source.organization) == (document, "Coastal Front")


def test_a_spokesman_with_an_indefinite_article_is_someone_new() -> None:
    text = ("Shells hit the depot, army spokesman Ivo Tarn said. A spokesman for the Coastal Front"
            " denied the group was involved. The spokesman said the front would help.")
    assert speakers_of(text) == {
        "army spokesman Ivo Tarn": ("Ivo Tarn", "army spokesman", None),
        "A spokesman for the Coastal Front": (None, "spokesman", "Coastal Front"),
        "The spokesman": (None, "spokesman", "Coastal Front"),
    }


def test_she_resolves_to_the_latest_person_not_an_organization() -> None:
    text = ("Governor Mira Tesk said the bridge was closed. The interior ministry said it was open. "
            "She said the ministry was wrong.")
    assert speakers_of(text)["She"][0] == "Mira Tesk"


def test_she_skips_a_man_and_he_a_woman() -> None:
    text = ("Ana Veld said the men came at night. She said they took her brother. Spokesman Ivo Tarn"
            " said the army was not there. He said the claims were false. She added that she fled.")
    found = [(a.source.text, a.source.name) for a in claimkit.extract(text).attributions if a.source]
    assert found == [("Ana Veld", "Ana Veld"), ("She", "Ana Veld"), ("Spokesman Ivo Tarn", "Ivo Tarn"),
                     ("He", "Ivo Tarn"), ("She", "Ana Veld")]


def test_one_person_named_by_role_is_what_he_stands_for() -> None:
    text = "The army spokesman said the figures were false. He added that troops had left."
    assert speakers_of(text)["He"] == (None, "army spokesman", None)


@pytest.mark.parametrize("words", ["Al-Shabaab", "Russia", "The M23"])
def test_an_armed_group_or_a_state_speaking_is_a_body(words: str) -> None:
    mention = read_mention(words)
    assert (mention.name, mention.organization) == (None, words.removeprefix("The "))


def test_a_relative_pronoun_speaks_for_the_phrase_before_it() -> None:
    text = ("The army's account clashed with remarks by Ilko Varn, the regional governor, "
            "who told a local radio station that four soldiers had died.")
    assert speakers_of(text)["who"] == ("Ilko Varn", "regional governor", None)


@pytest.mark.parametrize(("text", "source"), [
    ("The ferry sank near the pier, Dara Jolly said.", "Dara Jolly"),
    ("“The ferry sank near the pier,” Anna Sabato said.", "Anna Sabato"),
    ("“The ferry sank near the pier,” said former Sen. Oren Gale, a Teska Democrat.",
     "former Sen. Oren Gale, a Teska Democrat"),
    ("“The ferry sank near the pier,” Sen. Oren Gale (D-Tex.) told reporters.", "Sen. Oren Gale (D-Tex.)"),
    # a reduced relative after the head: the head with it (and no party of its object)
    ("Kella militiamen fighting the Varnian government said the ferry would run.",
     "Kella militiamen fighting the Varnian government"),
    # a legislator's party and state set off by commas
    ("“The ferry sank near the pier,” Sen. Oren Gale, R-Ky., said.", "Sen. Oren Gale, R-Ky."),
    ("Rep. Oren Gale, D-N.Y., told reporters the ferry would run.", "Rep. Oren Gale, D-N.Y."),
    ("The ferry sank near the pier, a source close to him said.", "a source close to him"),
    ("Governor Ilko Varn, however, said the ferry would run.", "Governor Ilko Varn"),
    ("Ilko Varn, for his part, said the ferry would run.", "Ilko Varn"),
    ("Governor Ilko Varn slams the plan, praises the port workers.", "Governor Ilko Varn"),
    ("Her aides here said the ferry would run.", "Her aides"),
    ("His campaign manager, Jon Pell, said Gale would not run again.", "His campaign manager, Jon Pell"),
    ("“It will not hold,” the ferry captain, Oren Gale, told the Teska Monitor.",
     "the ferry captain, Oren Gale"),
    ("The ferry sank near the pier, the news site Coast Wire reported.", "the news site Coast Wire"),
    ("“The ferry sank,” a spokesman for harbour Workers said.", "a spokesman for harbour Workers"),
    ("“The ferry will sink,” warned Oren Gale.", "Oren Gale"),
    ("“The ferry will sink,” wrote another.", "another"),
    # a clause set off by commas, and a sentence adverb, stay out of the source
    ("An officer, speaking on condition of anonymity, rejected the figures.", "An officer"),
    ("An aide, who spoke to reporters in Teska, said the port was shut.", "An aide"),
    ("Major Ivo Tarn, in a statement sent to reporters on Monday, said the port was shut.",
     "Major Ivo Tarn"),
    ("The ministry, which runs the hospitals, said the port was shut.", "The ministry"),
    ("Dr Fadi al-Kurd, director of the hospital, where the wounded were taken, said the port was shut.",
     "Dr Fadi al-Kurd, director of the hospital"),
    ("The agency, citing a military source, said the port was shut.", "The agency"),
    ("The army, in a statement, said the port was shut.", "The army"),
    ('The army "categorically" rejected the figures.', "The army"),
    ("The army, in a statement, “categorically” rejected the figures.", "The army"),
    ("He however said the port was shut.", "He"),
    ("Across the border, Ivo Tarn, the governor of Hesk, said the port was shut.",
     "Ivo Tarn, the governor of Hesk"),
    ("Roe's campaign manager, Jo Tarn, who ran the 2020 race, declined to comment.",
     "Roe's campaign manager, Jo Tarn"),
    # the request for anonymity is an attribution of its own, not part of the source
    ("“It will not hold,” a port official, who asked not to be named, told reporters.",
     "a port official"),
])
def test_sources_of_every_shape(text: str, source: str) -> None:
    att = claimkit.extract(text).attributions[-1]
    assert att.source is not None
    assert att.source.text == source


@pytest.mark.parametrize(("text", "content"), [
    ("Aid workers said about 5,000 people had fled, many of them on foot.",
     "about 5,000 people had fled, many of them on foot"),
    ("The mayor urged residents to leave the valley.", "residents to leave the valley"),
    ("The rebels vowed to “fight to the last man” in the hills.", "to “fight to the last man” in the hills"),
    ("It seems the ceasefire will not hold.", "the ceasefire will not hold"),
    ("At least 22 people were killed in the raid, the ministry said on Thursday, raising its toll.",
     "At least 22 people were killed in the raid"),
    ("The mayor said the port was shelled twice and criticized the army for its silence.",
     "the port was shelled twice"),
    ("The mayor said the jobs and support for families were gone.",
     "the jobs and support for families were gone"),
    ("The mayor joked to Governor Ilko Varn that the bridge was older than both of them.",
     "that the bridge was older than both of them"),
    ("The ministry has declined for months to publish its own figures.", "to publish its own figures"),
    ("“Was the port shelled?” The mayor answered, “Twice, and the ferry is gone.”",
     "Twice, and the ferry is gone."),
    # the medium after a cue is no content
    ("The toll has risen to 12, up from seven, a police captain said by telephone.",
     "The toll has risen to 12, up from seven"),
    ("A resident told the Coast Wire by phone that the port had fallen.", "that the port had fallen"),
    ("The agency said nearly 38,000 people had fled.", "nearly 38,000 people had fled"),
    ("The director said at least 37 people, including 11 children, had died of hunger.",
     "at least 37 people, including 11 children, had died of hunger"),
    ("It said enemy units, “having suffered heavy losses”, had withdrawn from the village.",
     "enemy units, “having suffered heavy losses”, had withdrawn from the village"),
    ("MSF said a hospital it supports in Tawila, about 60 km to the west, had received 19 wounded.",
     "a hospital it supports in Tawila, about 60 km to the west, had received 19 wounded"),
    ("Troops killed 20 villagers in March, a rights group alleged in a report published on Tuesday.",
     "Troops killed 20 villagers in March"),
    ("A constable was killed at the checkpoint, police sources told this correspondent.",
     "A constable was killed at the checkpoint"),
    # what the document the cue names is about, ending the sentence, is the cue's
    ("The toll rose to nine on Wednesday, the army said in its second statement on the incident.",
     "The toll rose to nine on Wednesday"),
    # an irregular past makes a clause, read past its comma ("jobs lost to China" is no clause)
    ("The spokesman said a drone struck the market on Monday, killing eight civilians.",
     "a drone struck the market on Monday, killing eight civilians"),
    # a verb that reports only with its particle ("fired back") coordinated without it is no cue
    ("The army said gunmen had emerged from a tunnel and fired a missile at troops, killing a "
     "reservist.", "gunmen had emerged from a tunnel and fired a missile at troops, killing a reservist"),
    # where it was told, with when it was published, before "that"
    ("ISWAP repeated in its weekly al-Naba newsletter, published on Thursday, that it had killed 30 "
     "soldiers.", "that it had killed 30 soldiers"),
    ("Residents said an airstrike on Saturday hit a house, killing two brothers.",
     "an airstrike on Saturday hit a house, killing two brothers"),
    ("He said the raiders took the outpost, a hill over the road, before dawn.",
     "the raiders took the outpost, a hill over the road, before dawn"),
    # a list of subjects, counted, before its verb
    ("Police said 12 herders, two members of a self-defence group and four of the raiders died.",
     "12 herders, two members of a self-defence group and four of the raiders died"),
    ("The mayor said the guards, two drivers, and a nurse were wounded.",
     "the guards, two drivers, and a nurse were wounded"),
    ("The monitor said seven fighters, two civilians and at least four attackers were killed.",
     "seven fighters, two civilians and at least four attackers were killed"),
    # no list: a participle after the comma
    ("Roe declared war on the valley, leading to a long conflict and more than 30,000 deaths "
     "until a ceasefire was signed.", "war on the valley"),
    # no list: a clause after the comma, and an object's own list
    ("Nobody claimed the blast, but two women and a man were held.", "the blast"),
    ("The governor praised the medics, the firemen and two drivers who worked all night.",
     "the medics"),
])
def test_content_boundaries(text: str, content: str) -> None:
    assert claimkit.extract(text).attributions[0].content.text == content


@pytest.mark.parametrize("text", [
    # a clause with an irregular past before the participle's comma: no subject and appositive
    "A drone struck a bus, killing two passengers, said Ihor Vasylenko.",
    # a content with an inner comma is no subject and appositive: a verb of the content,
    # or a quote in it
    "The militia drew recruits from poor, rural districts in the north, said Ihor Vasylenko.",
    "The militia “drew recruits from poor, rural districts” in the north, said Ihor Vasylenko.",
    # a time of day before the participle's comma is no speaker
    "A drone dropped explosives on a bus shortly after 8am, killing two passengers and wounding "
    "seven, including the driver, said Ihor Vasylenko.",
])
def test_a_speaker_after_a_content_with_an_inner_comma(text: str) -> None:
    found = claimkit.extract(text).attributions
    assert [(a.source.text, a.content.text) for a in found] == [
        ("Ihor Vasylenko", text[:text.index(", said")])]


def test_a_set_off_participle_stops_at_its_comma_and_around_a_figure_is_no_particle() -> None:
    text = "Initial reports, citing security sources, said around 15 people had died."
    assert [(a.cue.text, a.content.text) for a in claimkit.extract(text).attributions] == [
        ("citing", "security sources"), ("said", "around 15 people had died")]


def test_a_quote_after_a_broken_indirect_content_continues_it() -> None:
    text = 'As for the bridge, the mayor said, "it will be shut for a month."'
    att = only(text)
    assert att.parts
    assert text[att.parts[-1].start:att.parts[-1].end] == "it will be shut for a month."


def test_a_source_putting_a_figure_at_a_number() -> None:
    att = only("The Teska Monitor put the death toll at 31.")
    assert (att.source and att.source.text, att.cue.text, att.content.text) == (
        "The Teska Monitor", "put", "the death toll at 31")
    assert claimkit.extract("He put the box on the table.").attributions == ()


def test_a_dateline_is_no_part_of_the_source() -> None:
    att = only("TESKA, May 2 (Coast Wire) - Fighters of the Coastal Front said they held the port.")
    assert att.source is not None
    assert att.source.text == "Fighters of the Coastal Front"


@pytest.mark.parametrize("text", [
    "The so-called peace plan collapsed within a week.",
    "A group called Friends of the Valley handed out bread.",
    "The army called off the offensive on Monday.",
    "The party won 40 pledged seats in the north.",
    "The Latest: shelling resumes near the port.",
    "If you think the port is safe, look again.",
    "The mayor found himself in trouble at the port.",
    "The mayor felt squeezed by the demand.",
    "The governor will be back in Teska on Monday.",
    "The deal makes no mention of the port.",
    "The governor appeared on television on Sunday.",
    "The nurse has learned to work under fire.",
    "Colombia: nine bodies found in Cauca",  # a place as a headline's topic, not a speaker
    # a participle telling of a document
    "In video posted on social media, soldiers walk through the square.",
])
def test_cue_words_that_report_nothing(text: str) -> None:
    assert claimkit.extract(text).attributions == ()


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Drone strike on convoy kills eight: Kurds\nQAMISHLI (AFP) - A strike killed six.", "Kurds",
     "Drone strike on convoy kills eight"),
    ("Jihadists overrun army base, kill 17 soldiers - sources\nMAIDUGURI (AFP) - The base fell.",
     "sources", "Jihadists overrun army base, kill 17 soldiers"),
    ("Clashes kill 24 in the north: monitor\nBEIRUT - Fighting went on.", "monitor",
     "Clashes kill 24 in the north"),
])
def test_a_title_names_its_source_at_its_end(text: str, source: str, content: str) -> None:
    att = claimkit.extract(text).attributions[0]
    assert att.source is not None
    assert (att.source.text, att.content.text, att.mode) == (source, content, "according_to")


@pytest.mark.parametrize("text", [
    "Fighting rages in the north - Reuters\nKHARTOUM - Shells fell.",  # the outlet's byline
    "Clinton and Sanders Are Not Butting Heads Over The Platform — Yet.\nMore text.",
    "Kachin Independence Army - Information Department\nStatement No. 4.",  # a letterhead
    "Kella: 12 killed in market blast - Live\nMore text.",  # a section's label
])
def test_a_title_ending_in_no_source(text: str) -> None:
    assert [a for a in claimkit.extract(text).attributions if a.cue.text in ("-", "—", ":")] == []


def test_a_headline_label_before_a_figure_speaks() -> None:
    text = "SDF: 17 attackers killed as factions assault villages\nNEWS DESK - Fighting went on."
    atts = [a for a in claimkit.extract(text).attributions if a.cue.text == ":"]
    assert [(a.source.text if a.source else None, a.content.text) for a in atts] == [
        ("SDF", "17 attackers killed as factions assault villages")]
    # a place before a figure is the headline's topic
    assert claimkit.extract("Kella: 12 killed in market blast").attributions == ()


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Report: Army to pull back from the port\nThe army will leave the port, a source said.", "Report",
     "Army to pull back from the port"),
    ("Poll: Most residents want the truce to hold\nA poll found support for the truce.", "Poll",
     "Most residents want the truce to hold"),
])
def test_a_report_or_poll_as_a_headlines_label_speaks(text: str, source: str, content: str) -> None:
    att = claimkit.extract(text).attributions[0]
    assert att.source is not None
    assert (att.source.text, att.cue.text, att.content.text) == (source, ":", content)


def test_a_participle_as_a_headlines_label_stays_a_cue() -> None:
    att = claimkit.extract("Revealed: The plan to retake the port\nMore text.").attributions[0]
    assert (att.source, att.cue.text) == (None, "Revealed")


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The ministry issued a statement on Monday saying the road was open.",
     "issued a statement on Monday saying", "the road was open"),
    ("The group released a statement on its Telegram channels claiming the attack.",
     "released a statement on its Telegram channels claiming", "the attack"),
    ("The governor went on to say the bridge was unsafe.", "went on to say", "the bridge was unsafe"),
    ("The governor has made it clear that the bridge will stay shut.", "has made it clear",
     "that the bridge will stay shut"),
    ("The mayor wrote on Facebook that the ferry would run again.", "wrote on Facebook",
     "that the ferry would run again"),
    ("The mayor warned against closing the port.", "warned against", "closing the port"),
    ("The mayor said repeatedly that the port was safe.", "said repeatedly", "that the port was safe"),
    ("As one official put it, the port is lost.", "put it", "the port is lost"),
    ("The mayor spoke passionately about the ferry crews.", "spoke passionately about", "the ferry crews"),
    ("The mayor pushed back against the closure of the port.", "pushed back against",
     "the closure of the port"),
    ("The mayor began by pointing out that the port was shut.", "pointing out",
     "that the port was shut"),
])
def test_cue_phrases(text: str, cue: str, content: str) -> None:
    att = only(text)
    assert (att.cue.text, att.content.text) == (cue, content)


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("“The ferry will run,” the mayor continued. “The port is open.”", "the mayor", "continued",
     "The ferry will run,"),
    ("“The ferry will run,” Ilko Varn notes.", "Ilko Varn", "notes", "The ferry will run,"),
    ("The mayor said down-river towns were flooded.", "The mayor", "said", "down-river towns were flooded"),
    ("The closure of the port was first reported by the Teska Monitor.", "the Teska Monitor",
     "was first reported", "The closure of the port"),
    ("“The port is shut,” said Oren Gale, who runs the “Blue Line” ferry.",
     "Oren Gale, who runs the “Blue Line” ferry", "said", "The port is shut,"),
    # the preposition after the hearer belongs to the cue's phrase, not to the content
    ("Ilko Varn reminds us of the old ferry crews.", "Ilko Varn", "reminds", "the old ferry crews"),
    ("Officials remind us Of the ferry crews.", "Officials", "remind", "the ferry crews"),
    # an adverb of two words inside the verb group ("so far" is no source)
    ("The commission has so far confirmed 22 deaths.", "The commission", "has so far confirmed", "22 deaths"),
])
def test_cue_shapes_read_whole(text: str, source: str, cue: str, content: str) -> None:
    att = only(text)
    assert att.source is not None
    assert (att.source.text, att.cue.text, att.content.text) == (source, cue, content)


@pytest.mark.parametrize(("text", "cue"), [
    ("Governor Ilko Varn hopes to reopen the port by May.", "hopes"),
    ("Ilko Varn hopes Teska will reopen the port.", "hopes"),
    ("The Teska Monitor lists Ilko Varn among the wounded.", "lists"),
    # after its subject's aside
    ("Ilko Varn, the port's longest-serving pilot, calls the closure a disaster.", "calls"),
    ("The mayor, Oren Gale, hopes that the ferry will run by May.", "hopes"),
])
def test_noun_like_cue_words_used_as_verbs(text: str, cue: str) -> None:
    assert only(text).cue.text == cue


@pytest.mark.parametrize("text", [
    "The mayor heard a call to arms.",
    "She met Ohio state Sen. Ilko Varn at the port.",
    "Letters, emails, calls and texts poured into the port office.",  # a list of nouns
])
def test_noun_like_cue_words_used_as_nouns(text: str) -> None:
    assert claimkit.extract(text).attributions == ()


def test_a_pronoun_reporting_speech_inside_another_content_is_kept() -> None:
    atts = claimkit.extract("The mayor said he argued that the port was shut.").attributions
    assert [a.cue.text for a in atts] == ["said", "argued"]


def test_an_opening_participle_clause_ends_its_content_at_its_comma() -> None:
    text = "Asked whether the port would open, the mayor said it was too early."
    atts = claimkit.extract(text).attributions
    assert [(a.cue.text, a.content.text) for a in atts] == [
        ("Asked", "whether the port would open"), ("said", "it was too early")]


@pytest.mark.parametrize(("text", "content"), [
    ("The army said it had retaken the town, two days after the militia claimed to have seized it, and "
     "that it had killed 112 fighters.", "to have seized it"),
    ("When the mayor claimed that the port was shut, the council voted to reopen it.",
     "that the port was shut"),
])
def test_a_subordinate_clause_before_its_subject_ends_its_content_at_its_comma(
        text: str, content: str) -> None:
    atts = claimkit.extract(text).attributions
    assert content in [a.content.text for a in atts]


def test_footage_shows_that_is_evidence() -> None:
    att = only("The footage shows that the bridge was hit twice.")
    assert (att.cue.text, att.content.text) == ("shows", "that the bridge was hit twice")
    att = only("A Teska Monitor poll conducted last week shows Oren Gale ahead.")
    assert att.cue.text == "shows"


@pytest.mark.parametrize(("text", "cue"), [
    ("The mayor felt that the port was lost.", "felt"),
    ("The mayor feels Teska can hold the port.", "feels"),
    ("The inquiry found that the bridge was hit twice.", "found"),
    ("They want to reopen the port.", "want"),
    ("The mayor learned the port had been shelled.", "learned"),
    ("The ministry deemed the report a fabrication.", "deemed"),
    ("If we had done what we proposed, I believe the port would be open.", "believe"),
])
def test_thought_cues_in_their_frames(text: str, cue: str) -> None:
    assert only(text).cue.text == cue


def test_reportedly_is_a_report_without_a_source() -> None:
    att = only("The rebels have reportedly seized the port.")
    assert att.source is None
    assert att.cue.text == "reportedly"
    assert [(p.start, p.end) for p in att.parts] == [(0, 15), (27, 42)]


def test_reportedly_before_a_reason_reports_the_reason_only() -> None:
    att = only("The police detained two men, reportedly for their links to the rebels.")
    assert (att.cue.text, att.content.text, att.parts) == (
        "reportedly", "their links to the rebels", ())


def test_a_noun_with_two_reduced_relatives_is_one_source() -> None:
    att = only("A statement attributed to the rebels and circulated online said 12 soldiers died.")
    assert att.source is not None
    assert att.source.text == "A statement attributed to the rebels and circulated online"


def test_a_restrictive_relative_before_a_set_off_clause_stays_in_the_source() -> None:
    att = only("A teacher who fled to a nearby village, speaking on condition of anonymity, "
               "said 12 people died.")
    assert att.source is not None
    assert att.source.text == "A teacher who fled to a nearby village"


def test_appeared_with_a_state_is_a_raising_cue() -> None:
    att = only("The port authority appeared paralyzed.")
    assert (att.source, att.cue.text, att.content.text) == (None, "appeared", "The port authority")


@pytest.mark.parametrize(("text", "content"), [
    ("He maintained that the army had lost 14 men.", "that the army had lost 14 men"),
    ("“We lost no one,” the colonel maintained.", "We lost no one,"),
])
def test_maintained_reports_a_clause_or_a_quote(text: str, content: str) -> None:
    att = only(text)
    assert (att.cue.text, att.content.text) == ("maintained", content)


def test_maintained_with_an_object_reports_nothing() -> None:
    assert claimkit.extract("The company maintained the roads for years.").attributions == ()


def test_continued_before_an_infinitive_reports_nothing() -> None:
    assert claimkit.extract("Prices continued to rise in the valley.").attributions == ()


def test_a_parenthetical_cue_inside_another_content_is_kept() -> None:
    atts = claimkit.extract("The mayor hoped, he said, that the ferry would run again.").attributions
    assert "said" in [a.cue.text for a in atts]


def test_a_fronted_phrase_then_a_cue_and_a_colon_reads_forwards() -> None:
    att = only("In a statement, the ministry said: “The road to the port is open.”")
    assert att.source is not None
    assert (att.source.text, att.content.text) == ("the ministry", "The road to the port is open.")


def test_a_pronoun_cue_inside_another_content_is_the_outer_speakers() -> None:
    text = "The mayor said he believes the ferry will run again."
    atts = claimkit.extract(text).attributions
    assert [(a.cue.text, a.content.text) for a in atts] == [("said", "he believes the ferry will run again")]


def test_a_belief_inside_another_content_is_the_outer_speakers() -> None:
    text = "The mayor said local traders believe the port will reopen."
    atts = claimkit.extract(text).attributions
    assert [a.cue.text for a in atts] == ["said"]


def test_according_to_between_two_halves_of_the_content() -> None:
    text = "The brigade holds, according to one report, four of the six villages."
    att = only(text)
    assert att.source is not None
    assert att.source.text == "one report"
    assert [text[p.start:p.end] for p in att.parts] == ["The brigade holds", "four of the six villages"]


def test_agreed_and_other_ee_verbs_are_cues() -> None:
    att = only("Aram Delko agreed that the port road was mined.")
    assert (att.cue.text, att.content.text) == ("agreed", "that the port road was mined")


def test_a_new_name_is_a_new_speaker() -> None:
    text = "Mira Tesk said the bridge was closed. Aram Delko said it was open."
    got = speakers_of(text)
    assert got["Mira Tesk"][0] == "Mira Tesk"
    assert got["Aram Delko"][0] == "Aram Delko"


def other_speakers(n: int) -> str:
    """``n`` sentences, each from a speaker of another name (our own made-up names)."""
    first = [a + b for a in "BCDFGKLMNPRSTV" for b in ("ara", "eno", "ilu", "oma", "uvi")]
    last = [a + b for a in "BDKLMRSTVZ" for b in ("enko", "ovar", "isk")]
    return " ".join(f"{first[i % len(first)]} {last[i // len(first)]} said the road was open."
                    for i in range(n))


def test_a_name_resolves_past_hundreds_of_other_speakers() -> None:
    # speakers are looked up by their name's last word, so "Tesk" finds "Mira Tesk" however
    # many other people spoke in between
    text = "Mira Tesk, the mayor, said the bridge was closed. " + other_speakers(300) + " Tesk said so."
    atts = claimkit.extract(text).attributions
    last = atts[-1]
    assert last.source is not None
    assert (last.source.text, last.source.name, last.source.role) == ("Tesk", "Mira Tesk", "mayor")


# --- attribution_for --------------------------------------------------------------------------


def test_attribution_for_takes_the_content_holding_the_span() -> None:
    text = "The army said 12 rebels were killed. Residents said the market burned."
    doc = claimkit.extract(text)
    att = attribution_for(doc, span_of(text, "12 rebels"))
    assert att is not None
    assert att.source is not None
    assert att.source.text == "The army"


def test_overlapping_attribution_takes_the_shortest_content_overlapping_the_span() -> None:
    text = "The army said 12 rebels were killed. Residents said the market burned."
    doc = claimkit.extract(text)
    army = attribution_for(doc, span_of(text, "12 rebels"))
    residents = attribution_for(doc, span_of(text, "market"))
    assert army is not None
    assert residents is not None
    # a span running from one content into the next overlaps both: the shorter one wins
    across = Span(army.content.span.start + 5, residents.content.span.start + 3)
    shorter = min((army, residents), key=lambda a: a.content.span.end - a.content.span.start)
    assert overlapping_attribution(doc, across, sourced=True) is shorter
    # a span inside no content overlaps nothing
    assert overlapping_attribution(doc, span_of(text, "The army"), sourced=False) is None


@pytest.mark.parametrize("text", [
    "The rebel commander said the hill fell. Moreover, 40 soldiers were captured.",
    "The rebel commander said the hill fell.\n“Our men captured 40 soldiers and three tanks.”",
    "The rebel commander said the hill fell. He went on: 40 soldiers were captured.",
    # the next sentence of the speaker's paragraph, with no cue of its own
    "The rebel commander said troops retook the hill on Monday. Six rebels and 40 soldiers were "
    "captured in the clashes.",
    # a report's incidents told one by one, in the paragraph after it
    "The rebel commander said in his weekly report that ten people died last week.\n"
    "In the first incident, on Monday, a shell hit a bus. In a second "
    "incident, on Friday, 40 soldiers were captured.",
])
def test_governing_attribution_where_the_text_continues_a_speaker(text: str) -> None:
    att = attribution_for(claimkit.extract(text), span_of(text, "40 soldiers"))
    assert att is not None
    assert att.source is not None
    assert att.source.text == "The rebel commander"


@pytest.mark.parametrize("text", [
    "The rebel commander said the hill fell.\nThe town of Osk lost 40 soldiers last year.",
    "The town of Osk lost 40 soldiers last year.",
    # background after a speaker: another time, a year, a deed rather than words
    "The rebel commander said the hill fell. Last month, 40 soldiers were captured in Osk.",
    "The rebel commander said the hill fell. In the 2019 offensive 40 soldiers were captured.",
    "The rebel commander said the hill fell. In the first half of 2025, 40 soldiers were captured.",
    "A bus was attacked by rebels. 40 soldiers were captured.",
])
def test_the_outlets_own_voice_has_no_attribution(text: str) -> None:
    assert attribution_for(claimkit.extract(text), span_of(text, "40 soldiers")) is None


_PRINTED = ("The rebel commander on Thursday said his fighters repelled an attack on the hill.\n"
            "{announcement}\n"
            "FIGHTERS REPEL ATTACK ON THE HILL\n"
            "Our fighters repelled the attack at dawn.\n"
            "Regrettably, 40 soldiers were captured during the fighting.\n"
            "End of statement.\n"
            "Residents of Osk said 12 soldiers were captured.\n")


@pytest.mark.parametrize("announcement", [
    "The statement, signed by his deputy, is reproduced below in full.",
    "The following statement was issued on Friday by the group's media office.",
])
def test_a_statement_printed_after_its_announcement_is_its_issuers(announcement: str) -> None:
    text = _PRINTED.format(announcement=announcement)
    doc = claimkit.extract(text)
    att = attribution_for(doc, span_of(text, "40 soldiers"))
    assert att is not None
    assert att.source is not None
    assert att.source.text == "The rebel commander"
    after = attribution_for(doc, span_of(text, "12 soldiers"))  # after the end of the statement
    assert after is not None
    assert after.source is not None
    assert after.source.text == "Residents of Osk"


@pytest.mark.parametrize("announcement", [
    "An unrelated paragraph about the weather follows here.",  # nothing announced
])
def test_paragraphs_after_a_speaker_with_no_document_announced_are_the_outlets(announcement: str) -> None:
    text = _PRINTED.format(announcement=announcement)
    assert attribution_for(claimkit.extract(text), span_of(text, "40 soldiers")) is None


def test_a_printed_statement_ends_at_its_end_mark() -> None:
    text = _PRINTED.format(announcement="The statement is reproduced below in full.").replace(
        "Residents of Osk said 12 soldiers were captured.", "Later, 12 soldiers were captured in Osk.")
    assert attribution_for(claimkit.extract(text), span_of(text, "12 soldiers")) is None


# --- properties ----------------------------------------------------------------------------

_ADVERBIAL_WORDS = ["in", "a", "statement", "on", "Monday", "Mondays", "late", "laterally", "later",
                    "Twitter", "the", "city", "of", "Kabul", "by", "phone", "then", "thence", "at", "time",
                    "yesterday", "said", "March", "3", ",", "posted", "Telegram", "earlier", "this", "week"]


@given(st.lists(st.sampled_from(_ADVERBIAL_WORDS), max_size=8))
@example(["Mondays", "said"])
@example([",", "laterally"])
def test_adverbial_at_finds_what_the_adverbial_pattern_finds(words: list[str]) -> None:
    from claimkit.extractors._attribution_context import ADVERBIAL, adverbial_at
    text = " " + " ".join(words)
    quick, full = adverbial_at(text, 0, len(text)), ADVERBIAL.match(text, 0, len(text))
    assert (quick.span() if quick else None) == (full.span() if full else None)


NEWSY = st.lists(st.sampled_from([
    "said", "told reporters", "according to", "\u201c", "\u201d", '"', "'", ",", ".", ":", "\n",
    "The army", "he", "officials", "claimed", "that", "believes", "was quoted as saying",
    "It is claimed", "Mr. Delko", "12 soldiers were killed", " ", "  ", "—", "(", ")",
]), max_size=40).map(" ".join)


def assert_sound(doc: Document) -> None:
    n = len(doc.text)
    for a in doc.attributions:
        for span in a.spans():
            assert 0 <= span.start <= span.end <= n
        for part in a.content_spans():
            cue = a.cue.span
            assert not (part.start <= cue.start and cue.end <= part.end and part != cue), (
                "a content holds its own cue", a)


@given(st.one_of(st.text(max_size=300), NEWSY))
def test_any_text_gives_sound_attributions(text: str) -> None:
    doc = claimkit.extract(text, strict=True)
    assert_sound(doc)


@given(NEWSY)
def test_find_attributions_matches_the_stage(text: str) -> None:
    assert len(find_attributions(text)) == len(attributions_of(Document(text)))


@pytest.mark.parametrize("dateline", ["KABUL", "DOVREK"])
def test_a_dateline_read_as_a_label_is_no_speaker_and_lends_no_name(dateline: str) -> None:
    text = f"{dateline}: Two guards were killed in the raid on Thursday, police said."
    (att,) = claimkit.extract(text).attributions
    assert att.source is not None
    assert (att.source.text, att.source.organization, att.mode) == ("police", None, "indirect")


def test_a_label_in_capitals_in_a_transcript_is_a_speaker() -> None:
    text = "ROE: We will hold the port.\nGALE: The port is lost, the army said."
    assert next(a.source.text for a in claimkit.extract(text).attributions if a.source) == "ROE"


# Letters whose case folding differs between ``re.I`` and ``str.lower`` ("İ", "ſ", "K", "ı"),
# other non-ASCII capitals, digits and joiners around cue words.
CUE_SOUP = st.lists(st.sampled_from([
    "said", "SAID", "Said", "ſaid", "İnsisted", "tells", "ACKNOWLEDGED", "\u212anew", "saıd", "said3",
    "_said", "Émile", "ÅSAID", "said-", "éclaimed", " ", ".", "\n", "x", "Ω", "ACCORDING TO",
    "reportedly", "aſ reported by", "as reported by", "according to", "5", "é", "3",
]), max_size=20).map("".join)


@given(CUE_SOUP)
@example("said3aſ reported by")  # a cue inside what a word's middle took ("3as reported by")
def test_the_lowercase_cue_scan_finds_what_the_case_folding_scan_finds(text: str) -> None:
    # the fast scan reads a lowercased copy; it must find the words the reference pattern
    # (case-insensitive, on the text itself) finds, at the same offsets
    fast = cue_hits(text)
    assert fast == [(*m.span(), m.lastgroup == "acc") for m in CUE.finditer(text)]


LABEL_SOUP = st.lists(st.sampled_from([
    "Gen Roe", "JANE ROE", "Q", "A", "Mr. Roe of Varnia", ":", ": ", " :", "\n", "\r\n", " ", "\t",
    "12:30", "said", "“", "http://x", "roe",
]), max_size=25).map("".join)


@given(LABEL_SOUP)
def test_labels_are_read_only_where_a_colon_allows_and_all_are_found(text: str) -> None:
    # "Name: words" labels are tried only at the start of a line with a colon
    assert [m.span() for m in label_hits(text)] == [m.span() for m in LABEL.finditer(text)]


# --- the bundled example articles, end to end ----------------------------------------------


def test_example_articles_speakers_end_to_end() -> None:
    from claimkit._examples import example_articles

    for article in example_articles():
        doc = claimkit.extract(article.text, published=article.published, strict=True)
        assert_sound(doc)
        found = {(a.source.name, a.source.role, a.source.organization)
                 for a in doc.attributions if a.source is not None}
        for speaker in article.expected["speakers"]:
            if not any(a.source is not None and a.source.text.startswith(speaker["text"])
                       for a in doc.attributions):
                continue  # a source the stage misses is measured by the scorer, not pinned here
            want = (speaker["name"], speaker["role"], speaker["organization"])
            assert want in found, (article.id, speaker)


def test_example_articles_speakers_once_missed() -> None:
    from claimkit._examples import example_articles

    docs = {a.id: claimkit.extract(a.text, published=a.published) for a in example_articles()}
    who = {(a.source.name, a.source.role) for a in docs["sarin-border-clash"].attributions if a.source}
    assert ("Pavel Dusan", "regional governor") in who
    aid = [a.source for a in docs["highland-offensive"].attributions
           if a.source is not None and a.source.text == "Aid workers"]
    assert aid
    assert (aid[0].role, aid[0].organization) == ("Aid workers", None)
    toll = [a for a in docs["hadra-militia-raid"].attributions if a.cue.text == "put"]
    assert [(a.source.organization if a.source else None, a.content.text) for a in toll] == [
        ("Hadra Monitor for Human Rights", "the death toll at 31")]
