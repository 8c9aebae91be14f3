"""The attribution stage in conflict reports: speakers told by a description, a rank or a
pronoun, "the group", relative clauses on what was told, and the edges of sources and
contents.

Every sentence here is our own, written in the manner of news reports.
"""

from __future__ import annotations

import pytest

import claimkit
from attribution_helpers import only, speakers, speakers_of
from claimkit.extractors._source import in_boilerplate


def test_its_points_to_the_body_named_just_before() -> None:
    text = ("Officials blamed the Northern Shield Brigade for the raid. "
            "One of its commanders, Tarn Ovel, said his men were not there.")
    assert speakers_of(text)["One of its commanders, Tarn Ovel"] == (
        "Tarn Ovel", "commander", "Northern Shield Brigade")


@pytest.mark.parametrize("text", [
    "The ministry's spokesman, Lina Oret, said the convoy was attacked.",
    "Later, the army's chief of staff, Gen. Tavo Rusk, said the convoy was attacked.",
])
def test_description_then_name_before_the_cue_is_the_subject(text: str) -> None:
    a = only(text)
    assert a.source is not None
    assert a.source.text.endswith(("Lina Oret", "Tavo Rusk"))
    assert a.content.text == "the convoy was attacked"


def test_a_feed_footer_repeating_a_headline_is_no_statement() -> None:
    from claimkit._examples import example_articles

    for article in example_articles():
        atts = claimkit.extract(article.text, published=article.published).attributions
        assert atts
        assert not any(in_boilerplate(article.text, a.cue.span) for a in atts), article.id


def test_a_noun_after_a_determiner_is_no_cue() -> None:
    doc = claimkit.extract("The blast killed three people near the market.")
    assert [a.cue.text for a in doc.attributions] == []


def test_a_hospital_admitting_patients_is_no_cue_and_according_to_ends_before_a_clause() -> None:
    doc = claimkit.extract("A hospital admitted 23 patients with blast wounds.")
    assert [a.cue.text for a in doc.attributions] == []
    text = "The town remains encircled, according to aid workers, with fuel entering only under escort."
    doc = claimkit.extract(text)
    assert [a.source.text for a in doc.attributions if a.source] == ["aid workers"]


@pytest.mark.parametrize("text", [
    "Twelve gendarmes were killed on Tuesday, the government said in a statement read on state television.",
    "Twelve gendarmes were killed on Tuesday, the government said on state television.",
    "Twelve gendarmes were killed on Tuesday, she announced on her Facebook page.",
])
def test_where_a_statement_was_read_or_posted_is_no_content(text: str) -> None:
    (att,) = claimkit.extract(text).attributions
    assert att.content.text == "Twelve gendarmes were killed on Tuesday"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Two soldiers died overnight (the army said Monday), bringing the toll to five.", "the army",
     "Two soldiers died overnight"),
    ("One injured crew member was in stable condition (a hospital official said).", "a hospital official",
     "One injured crew member was in stable condition"),
    ("The bodies of 11 gunmen were recovered (the prosecutor's office said in a statement).",
     "the prosecutor's office", "The bodies of 11 gunmen were recovered"),
])
def test_a_report_told_as_an_aside_in_brackets_reports_the_clause_before_it(
        text: str, source: str, content: str) -> None:
    att = only(text)
    assert (att.source.text if att.source else None, att.content.text) == (source, content)


@pytest.mark.parametrize("text", [
    "He said he had PTSD (post-traumatic stress disorder) after the war.",
    "The neighbours (she asked that her street not be named) fled at dawn.",
])
def test_brackets_that_hold_no_report_of_the_clause_before_report_nothing_of_it(text: str) -> None:
    doc = claimkit.extract(text)
    assert not any(a.content.text.startswith(("He said he had PTSD", "The neighbours"))
                   and a.cue.span.start > text.index("(") for a in doc.attributions)


def test_the_man_and_the_elder_are_people_a_later_pronoun_or_role_resolves_to() -> None:
    text = ("Hassan Nur, a clan elder in the village, said nine people were buried. Two young men "
            "were abducted, the elder added. \"We saw smoke,\" said the man, who asked not to be "
            "named. He said at least four villagers had been killed.")
    speakers = {a.cue.text + " " + a.content.text[:6]: a.source for a in claimkit.extract(text).attributions}
    assert speakers["added Two yo"].name == "Hassan Nur"
    assert speakers["said at lea"].role == "man"


def test_a_side_claims_to_have_done_and_a_quoted_passage_speaks_for_its_body() -> None:
    doc = claimkit.extract("On the rebel side, the army claims to have killed more than twenty assailants.")
    assert [a.source.text for a in doc.attributions if a.source] == ["the army"]
    text = ("The defence ministry said its forces had advanced. The relevant passage read: "
            "\"Up to 230 enemy servicemen were eliminated.\"")
    passage = next(a for a in claimkit.extract(text).attributions if a.source and "passage" in a.source.text)
    assert passage.source.organization == "defence ministry"


def test_an_aside_on_the_contents_subject_leads_on_to_its_verb() -> None:
    text = "The army said its soldiers, backed by jets, had retaken the town of Kella."
    (att,) = claimkit.extract(text).attributions
    assert att.cue.text == "said"
    assert att.content.text == "its soldiers, backed by jets, had retaken the town of Kella"


def test_quoted_as_saying_an_appositive_subject_and_a_participle_after_a_scare_quote() -> None:
    doc = claimkit.extract("State news agency SANA quoted a military source as saying that army units had "
                           "repelled the attack.")
    read = {(a.source.text, a.cue.text) for a in doc.attributions if a.source}
    assert ("a military source", "saying") in read
    doc = claimkit.extract("JNIM, al-Qaida's affiliate in the Sahel, claimed the attack in a message.")
    sources = [a.source.text for a in doc.attributions if a.source]
    assert sources == ["JNIM, al-Qaida's affiliate in the Sahel"]
    text = ('The paper reported that troops had "repulsed" the attack by "PDF terrorists," '
            "killing 18 of them.")
    (att,) = claimkit.extract(text).attributions
    assert att.content.text.endswith("killing 18 of them")


def test_a_content_goes_on_past_a_quote_closed_by_a_comma_to_the_cues_next_that_clause() -> None:
    text = ('The ministry said the attack had been "repulsed," that 60 militants were killed, and that '
            'five soldiers died.')
    (att,) = claimkit.extract(text).attributions
    assert att.content.text.endswith("five soldiers died")
    assert {c.attribution.source.text for c in claimkit.extract(text).claims_of("casualty")
            if c.attribution and c.attribution.source} == {"The ministry"}


@pytest.mark.parametrize("words", ["the group", "the al Qaeda-linked group", "the militant group"])
def test_a_group_described_speaks_for_the_armed_group_named_before(words: str) -> None:
    text = f"Al-Shabaab fighters attacked a base. In a statement, {words} said it had killed 27 soldiers."
    assert only(text).source.organization == "al-Shabaab"


@pytest.mark.parametrize(("text", "name", "organization"), [
    ("Médecins Sans Frontières (MSF) said five people were killed.", None, "Médecins Sans Frontières (MSF)"),
    ("Jama’at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda’s affiliate in the Sahel, said 63 soldiers "
     "were killed.", None, "Jama’at Nusrat al-Islam wal-Muslimin (JNIM)"),
    ("Rami Ahmed (AFP) said five people were killed.", "Rami Ahmed", None),
    ("Martin O’Malley said five people were killed.", "Martin O’Malley", None),
    # an acronym may hold a link's initial ("in" of UNMISS)
    ("The United Nations Mission in South Sudan (UNMISS) says at least 31 civilians were killed.", None,
     "United Nations Mission in South Sudan (UNMISS)"),
])
def test_a_name_its_acronym_spells_is_a_body_and_an_apostrophe_stays_in_a_name(
        text: str, name: str | None, organization: str | None) -> None:
    source = only(text).source
    assert source is not None
    assert (source.name, source.organization) == (name, organization)


@pytest.mark.parametrize(("text", "source_text", "organization"), [
    ("The army's media wing, Inter-Services Public Relations (ISPR), said 12 militants were killed.",
     "The army's media wing, Inter-Services Public Relations (ISPR)",
     "Inter-Services Public Relations (ISPR)"),
    ("Inter-Services Public Relations (ISPR), said 12 militants were killed.",
     "Inter-Services Public Relations (ISPR)", "Inter-Services Public Relations (ISPR)"),
    ("Doctors Without Borders (MSF) said 30 people were wounded.",
     # (initials of the name in its own language, Médecins Sans Frontières, stay with it)
     "Doctors Without Borders (MSF)", "Doctors Without Borders (MSF)"),
    ("The Committee to Protect Journalists said three reporters were killed.",
     "The Committee to Protect Journalists", "Committee to Protect Journalists"),
])
def test_a_source_keeps_its_closing_bracket_and_the_words_that_join_a_name(
        text: str, source_text: str, organization: str) -> None:
    source = only(text).source
    assert source is not None
    assert (source.text, source.name, source.organization) == (source_text, None, organization)


def test_a_title_case_headline_joins_no_name_across_its_small_words() -> None:
    source = only("President Obama To Asians Said The Deal Would Pass.").source
    assert source is not None
    assert source.text == "Asians"


def test_the_group_is_the_body_that_spoke_last_before_an_armed_group_named() -> None:
    text = ("The Dilling Emergency Room, a network of local volunteers, said 40 people were killed. "
            "RSF fighters shelled the town. By evening the group said the toll had climbed to 60.")
    sources = [(a.source.text, a.source.organization) for a in claimkit.extract(text).attributions
               if a.source is not None]
    assert sources[-1] == ("the group", "Dilling Emergency Room")


@pytest.mark.parametrize(("text", "source", "cue"), [
    ("Two residents reached by phone said at least 14 civilians were killed.",
     "Two residents reached by phone", "said"),
    ("By evening the army said 12 soldiers had died.", "the army", "said"),
    ("Three people were killed when a drone slammed into a block, Moroz wrote on the Telegram "
     "messaging app.", "Moroz", "wrote on the Telegram messaging app"),
])
def test_source_and_cue_edges_in_conflict_reports(text: str, source: str, cue: str) -> None:
    found = [(a.source.text if a.source else None, a.cue.text) for a in claimkit.extract(text).attributions]
    assert found == [(source, cue)]


def test_he_is_a_person_named_as_the_subject_of_an_account() -> None:
    text = ("The army said three soldiers were killed.\nIn Kabul, ministry spokesman Hamdullah Sarwari "
            "gave a different account. He said 15 soldiers had been killed.")
    last = claimkit.extract(text).attributions[-1].source
    assert last is not None
    assert (last.text, last.name) == ("He", "Hamdullah Sarwari")


@pytest.mark.parametrize("participle", ["saying", "claiming", "stating"])
def test_a_statement_issued_then_a_participle_is_one_cue(participle: str) -> None:
    text = f"The Valley Front issued a statement {participle} its fighters had killed seven soldiers."
    found = [(a.source.text if a.source else None, a.cue.text) for a in claimkit.extract(text).attributions]
    assert found == [("The Valley Front", f"issued a statement {participle}")]


def test_a_long_description_before_a_name_and_he_after_it_are_one_speaker() -> None:
    text = ("Speaking to reporters in Jowhar, the commander of the army unit in the area, Colonel "
            "Abdiqadir Mohamed Warsame, said the attackers used two car bombs. He said eight soldiers "
            "had lost their lives.")
    found = speakers(text)
    assert [name for _, name, _, _ in found] == ["Abdiqadir Mohamed Warsame"] * 2
    assert found[0][0].startswith("the commander")


@pytest.mark.parametrize(("text", "source", "role"), [
    ("But the army's commander for the northern zone, Brigadier Jaime Cossa, said the town had not "
     "fallen.", "the army's commander for the northern zone, Brigadier Jaime Cossa", "army commander"),
    ("The province's deputy governor for security, Ali Mirshekari, said two guards died.",
     "The province's deputy governor for security, Ali Mirshekari", "deputy governor"),
])
def test_a_role_with_phrases_of_its_own_before_a_name_is_the_speakers(
        text: str, source: str, role: str) -> None:
    (found,) = speakers(text)
    assert (found[0], found[2]) == (source, role)


def test_a_fronted_phrase_before_a_name_is_no_description_of_it() -> None:
    assert speakers("In the town of Pemba, Colonel Jo Roe, said the town had not fallen.")[0][0] == (
        "Colonel Jo Roe")


def test_he_is_never_a_group_and_the_group_is_never_a_ministry() -> None:
    text = ("The army killed 45 militants, according to the Ministry of Defence. Al-Shabaab gave a "
            "different account. In a statement, the group said its fighters had overrun the base. "
            "Colonel Jo Warsame acknowledged that troops had pulled back, but he denied that the base "
            "had fallen.")
    found = {text_: (name, org) for text_, name, _, org in speakers(text)}
    assert found["the group"] == (None, "al-Shabaab")
    assert found["he"] == ("Jo Warsame", None)


def test_a_liberation_army_that_spoke_last_is_the_group() -> None:
    text = ("The Balochistan Liberation Army (BLA) said it attacked the camp. Police said the road "
            "was closed. The group said its fighters were still inside.")
    assert speakers(text)[-1][3] == "Balochistan Liberation Army (BLA)"


@pytest.mark.parametrize(("text", "group"), [
    # an international body's mission or office that spoke last is never "the group"
    ("The U.N. Assistance Mission in Afghanistan said it was monitoring reports of abuses. The NRF "
     "attacked Taliban posts overnight. The group said it killed 14 Taliban fighters.",
     "National Resistance Front (NRF)"),
    # nor a capital, a state's voice
    ("The Ambazonia Defence Forces, which Yaoundé calls a terrorist group, stepped up attacks. The "
     "group says it is fighting for independence.", "Ambazonia Defence Forces"),
])
def test_the_group_is_no_international_body_nor_a_capital_and_the_subject_comes_first(
        text: str, group: str) -> None:
    assert speakers(text)[-1][3] == group


def test_a_spokesman_in_the_lead_is_the_one_named_further_down() -> None:
    text = ("Troops recaptured the village, an army spokesman said on Tuesday.\n"
            "About 30 militants had occupied the village on Saturday, forcing hundreds of families to "
            "flee, said Lieutenant Colonel Jerome Castañeda, spokesman of the army's 1st Infantry "
            "Division.")
    found = speakers(text)
    assert [(name, role) for _, name, role, _ in found] == [
        ("Jerome Castañeda", "army spokesman"), ("Jerome Castañeda", "spokesman")]


def test_a_resident_in_the_lead_is_no_resident_named_later() -> None:
    text = ("Five people were killed, a resident said.\nAhmed Roe, a resident, said the town was quiet.")
    assert speakers(text)[0][1] is None


@pytest.mark.parametrize(("text", "name", "role", "organization"), [
    ("Major Andrii Kushnir, a spokesman for Ukraine's eastern group of forces, said three soldiers died.",
     "Andrii Kushnir", "spokesman", "Ukraine eastern group of forces"),
    ("Ukraine's General Staff said three soldiers died.", None, None, "Ukraine General Staff"),
])
def test_a_rank_is_a_title_and_the_role_is_the_one_before_its_body(
        text: str, name: str | None, role: str | None, organization: str | None) -> None:
    source = only(text).source
    assert source is not None
    assert (source.name, source.role, source.organization) == (name, role, organization)


def test_an_object_pronoun_before_a_comma_is_no_subject_of_the_inverted_cue() -> None:
    source = only("Militants had occupied it on Saturday, said Colonel Jo Roe, an army spokesman.").source
    assert source is not None
    assert source.name == "Jo Roe"


@pytest.mark.parametrize("text", [
    "The patrol, drawn from the Guard (DRG), was returning home, said Colonel Jo Roe, a police officer.",
    "The convoy, escorted by the army (SSPDF), had left Nasir, said Colonel Jo Roe, a police officer.",
])
def test_a_clause_with_its_verb_after_a_comma_is_no_subject_of_the_inverted_cue(text: str) -> None:
    # the words before the cue are a clause ("..., was returning home"), not a phrase with an
    # appositive: the speaker is the inverted subject
    source = only(text).source
    assert source is not None
    assert source.name == "Jo Roe"


@pytest.mark.parametrize(("text", "commenter"), [
    ("The rebels said 40 soldiers had been killed, a figure the army never confirmed.", "the army"),
    ("Local media reported that the rebels abducted two traders, an accusation the front denied.",
     "the front"),
    ("A source told AFP that 15 to 20 soldiers had been killed, far more than the government has "
     "acknowledged.", "the government"),
])
def test_a_relative_clause_on_what_was_told_has_its_subject_as_speaker(text: str, commenter: str) -> None:
    # "a figure | the army never confirmed": the army comments on the figure, which stays the
    # first speaker's claim
    doc = claimkit.extract(text)
    assert [a.source.text for a in doc.attributions if a.source is not None][-1] == commenter
    (claim,) = [c for c in doc.claims if c.kind == "casualty"]
    assert claim.attribution is not None
    assert claim.attribution.source is not None
    assert claim.attribution.source.text != commenter
    # not a subject told with a relative clause of its own
    assert "Less than a third" in [a.source.text for a in claimkit.extract(
        "Less than a third agreed with the president, the poll showed.").attributions if a.source]


@pytest.mark.parametrize("text", [
    "She said she counted 16 bodies near the market, a figure Radio Tamazuj could not confirm.",
    "She said she counted 16 bodies near the market, a figure AFP was unable to independently verify.",
])
def test_a_figure_the_outlet_could_not_check_is_no_statement_of_the_outlets(text: str) -> None:
    # a check that failed is a verification status, not the outlet speaking
    doc = claimkit.extract(text)
    assert [a.source.text for a in doc.attributions if a.source is not None] == ["She"]
    (claim,) = doc.claims_of("casualty")
    assert claim.status == "unverified"


@pytest.mark.parametrize(("text", "figure", "giver"), [
    ("The toll rose to 16, up from the nine announced by the Ministry of Defence in the morning.",
     "nine", "the Ministry of Defence"),
    ("He said 31 fighters had been killed, up from the 23 the group announced on Monday.", "23", "the group"),
    # a figure compared with another's: "more than the 17 dead reported by X"
    ("The warden said 19 inmates were killed, two more than the 17 dead reported overnight by the "
     "agency.", "17", "the agency"),
    # the relative clause's subject found by the source reader: "the 63 deaths | it had announced"
    ("The ministry said 352 people had been wounded. The toll was up from the 63 deaths the ministry "
     "had announced in the morning.", "63", "the ministry"),
    ("The ministry said 352 people had been wounded. The toll was up from the 63 deaths it had "
     "announced in the morning.", "63", "it"),
    # a qualifier before the earlier figure; a time after its giver
    ("The toll rose to 57, the group said, up from at least 40 reported by the Teska Doctors Network "
     "a day earlier.", "at least 40", "the Teska Doctors Network"),
])
def test_who_gave_the_figure_a_toll_was_revised_from(text: str, figure: str, giver: str) -> None:
    doc = claimkit.extract(text)
    # (a noun may follow the figure)
    earlier = [a for a in doc.attributions if (a.content.text + " ").startswith(figure + " ")]
    assert [a.source.text for a in earlier if a.source is not None] == [giver]
    # the new figure is not the earlier figure's giver's, and the earlier one is its giver's
    by_figure = {c.data["count"].text: c for c in doc.claims_of("casualty")}
    assert by_figure[figure].attribution is not None
    assert by_figure[figure].attribution.source is not None
    assert by_figure[figure].attribution.source.text == giver
    assert all(a.source is None or not a.source.text.startswith("up from") for a in doc.attributions)


@pytest.mark.parametrize(("text", "speaker"), [
    ("The bodies did not match the nine attackers the army said it had killed.", "the army"),
    ("Relatives named three of the men the police said they had shot.", "the police"),
])
def test_the_subject_of_a_relative_clause_on_counted_people_speaks(text: str, speaker: str) -> None:
    # "the nine attackers | the army said it had killed": the army, not "the nine attackers the army"
    sources = [a.source.text for a in claimkit.extract(text).attributions
               if a.source is not None and a.cue.text == "said"]
    assert sources == [speaker]


def test_a_digests_topic_label_is_no_speaker() -> None:
    text = ("Caucasus Week\nBORDER: One killed as Yerevan and Baku trade blame\nAn Armenian serviceman "
            "was killed on the border, Armenia's defence ministry said.")
    assert all(a.source is None or a.source.text != "BORDER" for a in claimkit.extract(text).attributions)
    killed = claimkit.extract(text).claims_of("casualty")
    assert [(c.data["group"], c.data["side"], len(c.mentions)) for c in killed] == [
        ("Armenian serviceman", "Armenia", 2)]


def test_a_briefings_topic_labels_are_no_speakers_nor_part_of_a_content() -> None:
    text = ("Border briefing\nASSESSMENT: The clashes may resume.\nOUTLOOK: Calm for now.\n"
            "TERRITORY: Army units withdrew from two posts, a military source said.")
    atts = claimkit.extract(text).attributions
    assert [(a.source.text if a.source else None, a.content.text) for a in atts] == [
        ("a military source", "Army units withdrew from two posts")]


def test_a_dateline_opening_the_paragraph_is_no_part_of_the_source() -> None:
    text = ("SHABUNDA: FARDC SAY ENEMY REPELLED\nKINSHASA — The Spokesperson of the Armed Forces of "
            "the Democratic Republic of the Congo (FARDC), Brigadier General Jean-Pierre Mbala Kasongo, "
            'declared on Tuesday that the loyalist forces "firmly hold" the town of Shabunda.')
    (a,) = [a for a in claimkit.extract(text).attributions if a.cue.text == "declared"]
    assert a.source is not None
    assert a.source.text.startswith("The Spokesperson of the Armed Forces")
    assert a.source.organization is not None
    assert "KINSHASA" not in a.source.organization


@pytest.mark.parametrize("text", [
    "CLAIM: The toll rose to 25 on Wednesday.\nVERDICT: The list names 23 people.",
    "FACT CHECK: No, gunmen did not kill 30 soldiers in Tirza\nThe army lost seven men.",
])
def test_a_fact_checks_claim_label_is_no_speaker(text: str) -> None:
    assert claimkit.extract(text).attributions == ()


def test_a_body_that_gives_figures_after_a_colon_tells_them() -> None:
    a = only("The health ministry gives new figures: 41 killed and 63 wounded.")
    assert a.source is not None
    assert (a.source.text, a.cue.text, a.content.text) == (
        "The health ministry", "gives", "new figures: 41 killed and 63 wounded")


def test_a_volunteer_with_a_group_is_a_person_he_may_stand_for() -> None:
    text = ("A volunteer with the rescue group, who asked not to be named, said a monastery was hit. "
            "“Seven of the dead are children,” he said.")
    found = speakers(text)
    assert found[-1][0] == "he"
    assert found[-1][2:] == ("volunteer", "rescue group")


@pytest.mark.parametrize("text", [
    "The Collectif pour la Défense des Droits Humains (CDDH), a local rights group, gave a higher toll. "
    "It said its monitors had counted 23 bodies.",
    "The report by the Centro de Derechos Humanos Tierra y Dignidad, released on Monday, documents 112 "
    "attacks. It says 140 "
    "civilians were injured.",
])
def test_it_after_a_body_named_as_the_subject_before_is_that_body(text: str) -> None:
    it = [a.source for a in claimkit.extract(text).attributions if a.source and a.source.text == "It"]
    assert len(it) == 1
    assert it[0].organization is not None
    assert it[0].organization.startswith(("Collectif", "Centro"))


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Four soldiers were killed on Thursday, military sources in Bamenda have told this paper.",
     "military sources in Bamenda", "Four soldiers were killed on Thursday"),
    ("The mayor said two civilians, a trader and her grandson, were killed by stray bullets.",
     "The mayor", "two civilians, a trader and her grandson, were killed by stray bullets"),
])
def test_this_paper_is_a_hearer_and_an_appositive_inside_a_content_keeps_it_whole(
        text: str, source: str, content: str) -> None:
    att = only(text)
    assert att.source is not None
    assert (att.source.text, att.content.text) == (source, content)


@pytest.mark.parametrize("text", [
    "In February, a missile attack on the town killed 11 people, local officials said at the time.",
    "In February, a missile attack on the town killed 11 people, local officials said then.",
])
def test_a_time_after_a_postposed_cue_is_no_content(text: str) -> None:
    a = only(text)
    assert a.content is not None
    assert a.content.text == "In February, a missile attack on the town killed 11 people"


def test_a_toll_raised_by_deaths_has_no_speaker_of_its_own() -> None:
    text = "Two soldiers died of their wounds overnight, raising the death toll to nine, the army said."
    atts = claimkit.extract(text).attributions
    assert [(a.source.text if a.source else None, a.cue.text) for a in atts] == [("the army", "said")]
    updated = claimkit.extract("The ministry updated its figures, raising the toll to 12.").attributions
    assert [a.cue.text for a in updated] == ["raising"]


@pytest.mark.parametrize("text", [
    "The blast claimed 16 lives in the market.",
    "The conflict has claimed the lives of more than 40 people.",
    "The attack claimed at least 30 civilian lives, officials said.",
])
def test_lives_claimed_are_deaths_not_a_claim(text: str) -> None:
    atts = claimkit.extract(text).attributions
    assert [a.cue.text for a in atts] == (["said"] if "said" in text else [])
    told = claimkit.extract("Roe claimed that the lives of the hostages were at risk.").attributions
    assert [a.cue.text for a in told] == ["claimed"]


@pytest.mark.parametrize("when", ["late Wednesday", "early on Sunday", "late on Tuesday", "on March 3",
                                  "March 3, 2026", "overnight", "late last week"])
def test_a_time_of_day_or_date_after_a_postposed_cue_is_no_content(when: str) -> None:
    a = only(f"Two soldiers died of their wounds, the army said {when}.")
    assert a.content is not None
    assert a.content.text == "Two soldiers died of their wounds"


@pytest.mark.parametrize("heading", ["Second", "Finally", "Update"])
def test_a_lists_or_pages_own_heading_is_no_speaker(heading: str) -> None:
    text = f"{heading}: The heroic forces announced the capture of 17 fighters."
    atts = claimkit.extract(text).attributions
    assert [(a.source.text if a.source else None, a.cue.text) for a in atts] == [
        ("The heroic forces", "announced")]


def test_the_outlets_own_staff_in_a_broadcast_script_are_no_speakers() -> None:
    text = ("Toll disputed after drone strike\n"
            "ANCHOR: What does the army say?\n"
            "CORRESPONDENT: The army says 14 fighters were killed. A medic put the figure much lower, at "
            "around six.\n"
            "RESIDENT: We buried nine people.")
    atts = claimkit.extract(text).attributions
    assert {a.source.text for a in atts if a.source} == {"The army", "A medic", "RESIDENT"}


@pytest.mark.parametrize(("text", "source"), [
    # a verb in the present before the cue ends the subject, as one in the past does
    ("MINUSCA mourns a peacekeeper and says its soldiers killed four assailants.", "MINUSCA"),
    ("The mission mourns a peacekeeper and says its soldiers killed four assailants.", "The mission"),
    # a communiqué or a briefing set off by commas is no part of the subject
    ("The government, in a communiqué on Tuesday, said 12 rebels were killed.", "The government"),
    ("The ministry, in a briefing, gave a toll of 12 dead.", "The ministry"),
])
def test_the_subject_of_a_cue_after_another_verb_or_an_aside(text: str, source: str) -> None:
    (a,) = [a for a in claimkit.extract(text).attributions if a.cue.text in ("says", "said", "gave")]
    assert a.source is not None
    assert a.source.text == source


@pytest.mark.parametrize(("text", "cue"), [
    ("The government gave 12 civilians killed (and 19 wounded) on Tuesday.", "gave"),
    ("The parish priest gives a much heavier figure: 23 dead.", "figure"),
])
def test_a_figure_of_the_dead_given_is_a_statement(text: str, cue: str) -> None:
    a = only(text)
    assert a.cue.text == cue
    assert a.content is not None
    assert a.content.text.startswith(("12 civilians killed", "23 dead"))


def test_a_figure_given_of_no_harm_is_no_statement() -> None:
    assert claimkit.extract("The senator gave 20 interviews on Tuesday.").attributions == ()


@pytest.mark.parametrize(("text", "source"), [
    # the clause opens after the report's dateline
    ("DJIBO, Burkina Faso (AP) - Burkina Faso's army raised its toll from the attack, saying 14 "
     "soldiers were killed.", "Burkina Faso's army"),
    # a time told before the clause's verb is no part of its subject
    ("The military's media wing on Monday night issued an account of the clashes, saying four "
     "soldiers had been martyred.", "The military's media wing"),
])
def test_the_subject_of_a_participle_cue_is_its_clauses(text: str, source: str) -> None:
    (a,) = [a for a in claimkit.extract(text).attributions if a.cue.text == "saying"]
    assert a.source is not None
    assert a.source.text == source


def test_a_reason_for_anonymity_is_set_aside_but_a_cue_inside_it_is_the_reasons() -> None:
    text = ("A security source who spoke on condition of anonymity because he was not authorized "
            "to speak to journalists said three soldiers were missing.")
    (said,) = [a for a in claimkit.extract(text).attributions if a.cue.text == "said"]
    assert said.source is not None
    assert said.source.text == "A security source"
    text = ('"We fled," said the woman, who spoke on condition of anonymity because she feared '
            "her employer would punish her.")
    (feared,) = [a for a in claimkit.extract(text).attributions if a.cue.text == "feared"]
    assert feared.source is not None
    assert feared.source.text == "she"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Three soldiers were killed and seven others were wounded, it was announced by the ministry.",
     "the ministry", "Three soldiers were killed and seven others were wounded"),
    ("In Rodynske, two civilians were killed in the shelling, it was reported by the regional "
     "administration.", "the regional administration",
     "In Rodynske, two civilians were killed in the shelling"),
])
def test_it_closing_a_sentence_after_a_comma_stands_for_the_clause_before(
        text: str, source: str, content: str) -> None:
    a = only(text)
    assert a.source is not None
    assert a.source.text == source
    assert a.content is not None
    assert a.content.text == content


def test_it_set_off_inside_a_sentence_stands_for_no_clause() -> None:
    text = "The road ran through a tunnel where, it is said, smugglers once hid."
    assert all(a.content is None or a.content.text != "The road ran through a tunnel where"
               for a in claimkit.extract(text).attributions)


@pytest.mark.parametrize(("text", "speaker"), [
    ("MONUSCO condemned the attack. The army said 12 were killed. At least 38 civilians were "
     "killed, the United Nations mission said.", "the United Nations mission"),
    ("The army said AUSSOM troops helped. The African Union mission in Somalia said three of its "
     "peacekeepers were killed.", "The African Union mission in Somalia"),
    # not the body that spoke last
    ("UNIFIL patrols the border. The army said two soldiers were hurt. The mission said a "
     "peacekeeper was hurt.", "The mission"),
])
def test_a_mission_told_by_what_it_is_is_the_mission_the_report_names_by_its_initials(
        text: str, speaker: str) -> None:
    (a,) = [a for a in claimkit.extract(text).attributions
            if a.source is not None and a.source.text == speaker]
    assert a.source is not None
    assert a.source.organization in ("MONUSCO", "AUSSOM", "UNIFIL")
    assert a.source.organization in text.split(".")[0]


def test_a_mission_in_a_report_that_names_none_by_its_initials_keeps_its_words() -> None:
    (a,) = claimkit.extract("The U.N. mission said a peacekeeper was killed.").attributions
    assert a.source is not None
    assert a.source.organization == "U.N. mission"


def test_a_fact_boxs_line_is_told_by_the_source_in_its_brackets() -> None:
    text = ("The figures differ:\n"
            "- Killed: 14 soldiers (army, revised Monday)\n"
            "- Soldiers killed: 43 (Sable Front, via its radio)\n"
            "- Civilians killed: 7 (municipal councillor Amadou Dicko)\n"
            "- Location: the Tirza road (north)")
    lines = [a for a in claimkit.extract(text).attributions if a.cue.text == ":"]
    assert [(a.source.text if a.source else None, a.content.text if a.content else None) for a in lines] == [
        ("army", "14 soldiers"), ("Sable Front", "43"), ("municipal councillor Amadou Dicko", "7")]
    assert lines[2].source is not None
    assert lines[2].source.name == "Amadou Dicko"
    claims = claimkit.extract(text).claims_of("casualty")
    assert [c.attribution.source.text for c in claims if c.attribution and c.attribution.source] == [
        "army", "Sable Front", "municipal councillor Amadou Dicko"]


def test_it_after_a_body_that_has_given_its_own_figure_is_that_body() -> None:
    text = ("The monitor said 34 people were killed. The interior ministry has given a lower figure "
            "for its own losses. It said eight of its personnel were killed.")
    (it,) = [a for a in claimkit.extract(text).attributions if a.source is not None and a.source.text == "It"]
    assert it.source is not None
    assert it.source.organization == "interior ministry"


@pytest.mark.parametrize(("text", "source", "content"), [
    ('A commander known as "Abu Tarn" said 12 fighters were killed.',
     'A commander known as "Abu Tarn"', "12 fighters were killed"),
    ('In an audio message, a Sable Front commander who uses the nom de guerre "Abba Ovel" said his '
     "men had lost fewer than 20 fighters.",
     'a Sable Front commander who uses the nom de guerre "Abba Ovel"',
     "his men had lost fewer than 20 fighters"),
    ('Sable Front commander Jo Tarn, known as "the Fox," said 12 fighters were killed.',
     'Sable Front commander Jo Tarn, known as "the Fox,"', "12 fighters were killed"),
])
def test_a_quoted_name_before_the_cue_is_part_of_its_subject(text: str, source: str, content: str) -> None:
    a = only(text)
    assert a.source is not None
    assert (a.source.text, a.cue.text, a.content.text) == (source, "said", content)


def test_the_same_source_is_the_speaker_before() -> None:
    text = ("The General Staff of the Korvanian Armies said in a communique that the camp had been "
            "attacked. According to the same source, nine soldiers were killed and 14 wounded.")
    doc = claimkit.extract(text)
    first, same = doc.attributions
    assert same.source is not None
    assert same.source.text == "the same source"
    assert first.source is not None
    assert first.source.organization
    assert same.source.organization == first.source.organization
    assert {c.attribution for c in doc.claims_of("casualty")} == {same}


def test_a_relative_clauses_report_that_ends_before_the_main_cue_keeps_its_content() -> None:
    text = ('The Houthis, who say they killed 57 "mercenaries" and captured 14, have not disclosed '
            "their own losses.")
    doc = claimkit.extract(text)
    said = next(a for a in doc.attributions if a.cue.text == "say")
    assert said.content.text == 'they killed 57 "mercenaries" and captured 14'
    assert {c.attribution for c in doc.claims_of("casualty")} == {said}


@pytest.mark.parametrize(("text", "source", "name", "content"), [
    ('A man who identified himself as "Comrade Tarn" said the front had killed nine soldiers.',
     'A man who identified himself as "Comrade Tarn"', "Comrade Tarn", "the front had killed nine soldiers"),
    ("A fighter who gave his name only as Musa told our reporter that 12 rebels died.",
     "A fighter who gave his name only as Musa", "Musa", "that 12 rebels died"),
    ("A commander known as Abu Tarn said 12 fighters were killed.",
     "A commander known as Abu Tarn", "Abu Tarn", "12 fighters were killed"),
])
def test_a_name_given_to_the_subject_belongs_to_it(text: str, source: str, name: str, content: str) -> None:
    doc = claimkit.extract(text)
    main = next(a for a in doc.attributions if a.cue.text in ("said", "told"))
    assert main.source is not None
    assert (main.source.text, main.source.name, main.content.text) == (source, name, content)
    # a self-naming clause, read as a report of its own ("who identified himself as ..."),
    # reports only the name, not the subject's words after it
    assert all(main.cue.span.start >= a.content.span.end for a in doc.attributions if a is not main)
    assert {c.attribution for c in doc.claims_of("casualty")} == {main}


@pytest.mark.parametrize("text", [
    '"Forty occupiers were eliminated," the battalion\'s press officer, who uses the call sign "Sova", '
    "told our correspondent.",
    '"Forty occupiers were eliminated," the battalion\'s press officer, who goes by "Sova", said.',
])
def test_a_quoted_name_in_a_clause_set_off_after_the_subject_is_no_quotation(text: str) -> None:
    # the call sign in quotes is no content of the cue, and the reporter's "our correspondent"
    # is the hearer, not the speaker
    a = only(text)
    assert a.source is not None
    assert (a.source.text, a.source.name, a.content.text.rstrip(",")) == (
        "the battalion's press officer", "Sova", "Forty occupiers were eliminated")


def test_a_figure_before_and_is_no_conjunct_of_the_next_subject() -> None:
    text = "The death toll rose to 36 and the ELN guerrillas said they were holding four soldiers."
    a = only(text)
    assert a.source is not None
    assert a.source.text == "the ELN guerrillas"


@pytest.mark.parametrize(("text", "source", "name"), [
    ("A nurse who treated the wounded, Amina Tarsu, said 30 people had died.",
     "A nurse who treated the wounded, Amina Tarsu", "Amina Tarsu"),
    ("An elder who helped to collect the bodies, Ato Belay Worku, said 30 people had died.",
     "An elder who helped to collect the bodies, Ato Belay Worku", "Ato Belay Worku"),
])
def test_a_name_after_a_relative_clause_names_the_speaker(text: str, source: str, name: str) -> None:
    a = only(text)
    assert a.source is not None
    assert (a.source.text, a.source.name, a.content.text) == (source, name, "30 people had died")


def test_a_place_after_a_relative_clause_is_no_name() -> None:
    a = only("A resident who fled to Goma, North Kivu, said 30 people had died.")
    assert a.source is not None
    assert a.source.text == "A resident who fled to Goma, North Kivu"
    assert a.source.name is None


@pytest.mark.parametrize("text", [
    'The minister said, and I quote, "we lost 12 soldiers in the attack."',
    'The minister told me, and I quote: "we lost 12 soldiers in the attack."',
    'The minister said -- I quote -- "we lost 12 soldiers in the attack."',
])
def test_the_reporters_i_quote_hands_the_words_to_the_speaker(text: str) -> None:
    a = only(text)
    assert a.source is not None
    assert (a.source.text, a.content.text) == ("The minister", "we lost 12 soldiers in the attack.")


def test_a_document_announced_as_following_is_its_issuers() -> None:
    text = ("Earlier, the Sable Front said it had killed 60 soldiers in the attack on the Tirza camp.\n"
            "The General Staff released the following communiqué late on Sunday. It was read on state "
            "radio.\n"
            '"On Saturday the camp was attacked by terrorists.\n'
            'The provisional toll is 15 soldiers killed and 22 wounded."\n'
            "Residents said the camp was quiet on Monday.")
    doc = claimkit.extract(text)
    printed = next(a for a in doc.attributions if a.cue.text == "released the following communiqué")
    assert printed.source is not None
    assert printed.source.text == "The General Staff"
    # (one quotation over both paragraphs: the second opens with no mark, and the next mark
    # closes it at that paragraph's end)
    assert printed.content.text == ("On Saturday the camp was attacked by terrorists.\n"
                                    "The provisional toll is 15 soldiers killed and 22 wounded.")
    claimants = {c.data["count"].best: c.attribution.source.text
                 for c in doc.claims_of("casualty") if c.attribution and c.attribution.source}
    assert claimants == {60: "the Sable Front", 15: "The General Staff", 22: "The General Staff"}


def test_a_statement_announced_with_a_colon_keeps_the_colon_in_its_cue() -> None:
    text = ("President Roe released the following statement:\n\n"
            "“We offer our condolences to the families of the soldiers.”")
    a = only(text)
    assert a.source is not None
    assert (a.source.text, a.cue.text, a.content.text) == (
        "President Roe", "released the following statement:",
        "We offer our condolences to the families of the soldiers.")


def test_a_fact_box_heading_gives_its_bullets_to_its_party() -> None:
    text = ("FACTBOX-Israel and Hezbollah give conflicting accounts\n"
            "Israeli troops and Hezbollah fighters clashed near the border over the weekend.\n"
            "WHAT ISRAEL SAYS\n"
            "* Three soldiers were killed and 12 wounded when a missile hit a building.\n"
            "* More than 40 Hezbollah fighters were killed.\n"
            "WHAT HEZBOLLAH SAYS\n"
            "* Its fighters forced Israeli troops to pull back from the hill.\n"
            "Fighting went on on Monday.")
    doc = claimkit.extract(text)
    headed = [a for a in doc.attributions if a.cue.text == "SAYS"]
    assert [(a.source.text if a.source else None, a.content.text) for a in headed] == [
        ("ISRAEL", "Three soldiers were killed and 12 wounded when a missile hit a building"),
        ("HEZBOLLAH", "Its fighters forced Israeli troops to pull back from the hill")]
    claimants = {c.data["count"].best: c.attribution.source.text
                 for c in doc.claims_of("casualty") if c.attribution and c.attribution.source}
    assert claimants == {3: "ISRAEL", 12: "ISRAEL", 40: "ISRAEL"}


def test_a_heading_with_no_bullets_after_it_is_no_statement() -> None:
    text = "WHAT THE ARMY SAYS\nThe army said on Monday that 12 soldiers were killed."
    doc = claimkit.extract(text)
    assert [a.cue.text for a in doc.attributions] == ["said"]


@pytest.mark.parametrize(("text", "source"), [
    # "a year" ending an appositive's clause is no time told before the cue
    ("The Tirza Response Room, a network of volunteers that has documented attacks on the city for "
     "more than a year, said in a statement that 40 civilians were killed.",
     "The Tirza Response Room, a network of volunteers that has documented attacks on the city for "
     "more than a year"),
    # ... while "a month later" is, and "since Monday"
    ("Jo Roe a month later announced that 40 civilians were killed.", "Jo Roe"),
    ("Posts shared widely on Facebook since Monday say that 30 soldiers were killed.",
     "Posts shared widely on Facebook"),
])
def test_a_counted_time_before_the_cue_is_left_out_only_when_it_tells_when(text: str, source: str) -> None:
    a = next(a for a in claimkit.extract(text).attributions if a.source is not None)
    assert a.source is not None
    assert a.source.text == source


def test_a_communique_read_by_its_spokesman_and_quoted_in_full_is_his() -> None:
    text = ("The army said on Friday it had repelled the attacks.\n\n"
            "The following is the full text of the communique read on national television by the "
            "spokesman of the 33rd military region, translated from French:\n\n"
            '"The armed forces inform the public that the enemy attacked our positions.\n\n'
            "The provisional toll is as follows: 47 terrorists neutralised and 8 captured. On our side, "
            '4 soldiers fell on the field of honour."\n\nResidents said the town was calm.')
    doc = claimkit.extract(text)
    # ("read" after the communique is its participle, not a cue of the communique's)
    assert all(a.cue.text != "read" for a in doc.attributions)
    told = next(a for a in doc.attributions if a.cue.text == ":")
    assert told.source is not None
    assert told.source.text == "the spokesman of the 33rd military region"
    assert {c.data["count"].best: c.attribution for c in doc.claims_of("casualty")} == {
        47: told, 8: told, 4: told}


@pytest.mark.parametrize("opening", ["Last month", "Yesterday", "This week", "The war goes on; last month"])
def test_a_time_opening_the_clause_is_no_part_of_the_source(opening: str) -> None:
    text = f"{opening} the regional command said it had destroyed 40 extremists."
    sources = [a.source.text for a in claimkit.extract(text).attributions if a.source]
    assert sources == ["the regional command"]


@pytest.mark.parametrize("outlet", ["Its Telegram channel", "Its Amaq news agency", "Its media arm"])
def test_a_bodys_own_outlet_speaks_for_the_body(outlet: str) -> None:
    text = f"The Rapid Support Forces (RSF) said it took the town. {outlet} said 40 soldiers were killed."
    speakers = speakers_of(text)
    assert speakers[outlet][2] == "Rapid Support Forces (RSF)"


def test_its_spokesman_is_the_speakers_not_a_body_named_in_its_report() -> None:
    text = ("Fano forces of the Gojjam command said on Monday they had taken Mota after two days of "
            "fighting with the Ethiopian National Defence Force (ENDF).\n"
            "In a message posted on Monday, its spokesman Zemene Alebachew wrote that 12 fighters died.")
    assert speakers_of(text)["its spokesman Zemene Alebachew"][2] == "Fano forces of Gojjam command"


@pytest.mark.parametrize("opening", [
    "According to the army, nine soldiers died.", "The army said nine soldiers died."])
def test_on_the_enemy_side_goes_on_with_the_speaker_before(opening: str) -> None:
    text = f"{opening} On the enemy side, 41 terrorists were killed."
    told = {c.data["count"].best: c.attribution.source.text
            if c.attribution is not None and c.attribution.source is not None else None
            for c in claimkit.extract(text).claims_of("casualty")}
    assert told[41] == told[9] is not None
    # (a time opening the sentence is still the outlet's own)
    text = "The army said nine soldiers died. On Monday, 41 people were killed in Gao."
    assert [c.attribution for c in claimkit.extract(text).claims_of("casualty")][1] is None


def test_a_broadcast_scripts_own_label_is_no_part_of_the_sentence_after_it() -> None:
    text = ("ANCHOR: The Minister of Information, Abdirahman Yusuf Warsame, told a press conference "
            "that more than 70 militants were killed.")
    [att] = claimkit.extract(text).attributions
    assert att.source is not None
    assert att.source.text == "The Minister of Information, Abdirahman Yusuf Warsame"
