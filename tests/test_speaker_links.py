"""Speakers linked across a report: a body told by what it is, a lead's unnamed speaker named
in the next paragraph, a body's head word and "its" standing for a body told before.

Every text here is our own.
"""

from __future__ import annotations

import pytest

import claimkit
from claimkit import Speaker


def speakers(text: str) -> list[Speaker]:
    return [a.source for a in claimkit.extract(text).attributions if a.source is not None]


def test_what_a_body_is_then_its_name_is_the_body() -> None:
    found = speakers("Six children were killed, the UN children’s agency UNICEF said.")
    assert [(s.name, s.role, s.organization) for s in found] == [(None, "UN children agency", "UNICEF")]
    found = speakers("The strike was a crime, the rights group Varnish Watch said.")
    assert found[0].organization == "Varnish Watch"
    assert found[0].name is None


@pytest.mark.parametrize("lead", [
    "Strike\nKORVA, May 2 (Wire) - Six civilians were killed, a state health official said.",
    "Strike\nSix civilians were killed on Sunday, the state health official said.",
])
def test_a_lead_speaker_is_named_by_the_next_paragraph(lead: str) -> None:
    text = lead + ("\nJo Varga, director general of the state health ministry, told Wire that nine were "
                   "wounded.\nResidents said the market was full.")
    found = speakers(text)
    assert found[0].name == "Jo Varga"
    assert found[1].organization == "state health ministry"


@pytest.mark.parametrize("lead", [
    "Strike\n\nKORVA, May 2 (Wire) - Six civilians were killed, a state health official said.",
    "Strike\n\nSix civilians were killed on Sunday, the regional governor said.",
])
def test_blank_lines_between_paragraphs_make_no_paragraphs_of_their_own(lead: str) -> None:
    # (wire copy separates its paragraphs with a blank line: the next paragraph is the one
    # after it, not the blank line)
    text = lead + ("\n\nGovernor Jo Varga told Wire that nine were wounded.\n\n"
                   "Residents said the market was full.")
    if "health" in lead:
        text = text.replace("Governor Jo Varga", "Jo Varga, director general of the state health ministry,")
    found = speakers(text)
    assert found[0].name == "Jo Varga"


@pytest.mark.parametrize("second", [
    # the same role for another body: the other side's spokesman
    "An Ostrian military spokesman, Major Jo Varga, said two soldiers were hurt.",
    # a bare name: nothing ties them to the body the lead told of
    "Jo Varga said two soldiers were hurt.",
])
def test_a_bodys_unnamed_spokesman_keeps_no_name_from_another_body(second: str) -> None:
    text = ("Post overrun\nThe fighters stormed the post, a masked spokesman for the Tarsa Brigades "
            "said in a video.\n" + second)
    assert speakers(text)[0].name is None


def test_a_generals_name_goes_to_the_armys_spokesman_of_the_lead() -> None:
    text = ("Post attacked\nSix soldiers were killed in the night, the army’s spokesman said.\n"
            "In a communiqué read on television, General Ada Kora said the attackers had fled.")
    found = speakers(text)
    assert found[0].name == "Ada Kora"
    assert found[1].organization == "army"


@pytest.mark.parametrize("second", [
    "Jo Varga, a shopkeeper in the market, said she heard two blasts.",  # another kind of speaker
    "The streets were empty. Jo Varga said she heard two blasts.",  # not the opening sentence
])
def test_a_lead_speaker_keeps_no_name_from_another_person(second: str) -> None:
    text = "Headline\nSix civilians were killed on Sunday, a police official said.\n" + second
    assert speakers(text)[0].name is None


def test_the_agency_is_the_body_that_spoke_last() -> None:
    text = ("The World Food Programme said a convoy had arrived. One of its drivers was killed, "
            "the agency said.")
    assert [s.organization for s in speakers(text)] == ["World Food Programme", "World Food Programme"]


def test_its_spokesman_speaks_for_the_body_that_spoke_just_before() -> None:
    text = ("The Varnish Front faction led by Ada Kora denied shelling the town. Its spokesman, "
            "Jo Varga, said the faction had taken two outposts.")
    found = speakers(text)
    assert found[0].text == "The Varnish Front faction led by Ada Kora"
    assert found[1].organization == found[0].organization == "Varnish Front faction"


def test_a_live_blogs_entry_opening_with_its_time_and_a_speakers_label() -> None:
    text = ("Live updates\n17:25 — Israeli military: four Hezbollah operatives ‘eliminated’\n"
            "The Israeli military says its aircraft struck the site, killing four of them.")
    found = claimkit.extract(text).attributions
    assert (found[0].source.text, found[0].content.text) == (
        "Israeli military", "four Hezbollah operatives ‘eliminated’")


def test_it_after_a_body_gave_its_own_account_is_that_body() -> None:
    text = ("The army's 6th Infantry Division said its troops had repelled an assault. It said three "
            "soldiers had died.\nThe RSF gave a very different account. In a statement on its "
            "Telegram channel, it said its fighters had captured 22 soldiers.")
    assert [s.organization for s in speakers(text)][1:] == [
        "army 6th Infantry Division", "Rapid Support Forces (RSF)"]


def test_it_after_a_body_of_two_words_gave_its_account_is_that_body() -> None:
    text = ("The head of the army's media office, Ivo Tarn, said seven soldiers were killed. The Coastal "
            "Front gave a very different picture. In a statement, it said its fighters had lost three men.")
    assert speakers(text)[-1].organization == "Coastal Front"
    # a person's name is no body
    text = text.replace("The Coastal Front", "Lena Varga")
    assert speakers(text)[-1].organization != "Lena Varga"


def test_it_after_a_states_body_named_as_the_subject_before_is_that_body() -> None:
    text = ("The brigade said its soldiers had held the village. “Nobody withdrew,” the brigade wrote.\n"
            "The Russian Ministry of Defence has not dropped its claim. In its Thursday briefing it said "
            "its troops had destroyed a counter-attack group.")
    assert speakers(text)[-1].organization == "Russian Ministry of Defence"
    # a body no state names keeps "it" for the body that spoke before
    text = text.replace("Russian Ministry of Defence", "interior ministry")
    assert speakers(text)[-1].organization == "brigade"


def test_the_charity_is_the_body_named_as_a_charity_before() -> None:
    text = ("The medical charity Médecins Sans Frontières (MSF) has suspended its work in Ulang. The "
            "White Army denied attacking the clinic. In February, an air strike near its hospital "
            "killed at least seven civilians, according to the charity.")
    assert speakers(text)[-1].organization == "Médecins Sans Frontières (MSF)"


@pytest.mark.parametrize("document", ["The update", "The note", "The document"])
def test_an_update_or_a_note_speaks_for_the_body_that_issued_it(document: str) -> None:
    text = ("In its latest update, the Office for Relief in Varnia (ORV) said fighting had displaced "
            f"4,000 people. {document} said at least 31 civilians were killed.")
    assert speakers(text)[-1].organization == "Office for Relief in Varnia (ORV)"


def test_an_excerpt_speaks_for_the_issuer_named_before() -> None:
    text = ("The claim was made in a statement issued by the Varnish Information Team late on Monday. "
            "The following is an excerpt:\n“Our columns regained full control of the town.”")
    assert speakers(text)[-1].organization == "Varnish Information Team"


def test_a_relative_clause_that_describes_a_body_belongs_to_it() -> None:
    text = "A monitoring group that tracks cross-border attacks says at least 140 civilians have died."
    assert speakers(text)[0].text == "A monitoring group that tracks cross-border attacks"


def test_a_document_part_speaks_for_the_body_that_issued_it() -> None:
    text = ("The Varnish Defence Ministry said it had taken a village. The relevant part of the "
            "statement reads: “Our units liberated the settlement.”")
    assert speakers(text)[-1].organization == "Varnish Defence Ministry"


def test_a_headline_label_that_the_report_places_is_no_speaker() -> None:
    text = "Kora: six soldiers killed in night attack\nThe post lies 15 km south of Kora, officials said."
    assert all(s.text != "Kora" for s in speakers(text))


def test_a_record_is_no_statement() -> None:
    text = "One resident of a collapsed house was still listed as missing on Wednesday."
    assert claimkit.extract(text).attributions == ()


def test_the_group_is_a_group_named_once_others_have_spoken_since_the_body() -> None:
    text = ("The Varnish Monitor, a monitoring group, put the toll at 31. Officials blamed the Sable "
            "Brigade, a militia active in the hills. The group denied it.")
    assert speakers(text)[-1].organization == "Sable Brigade"
    # with no other speaker since, "the group" is still the body that spoke
    text = "The Varnish Monitor, a monitoring group, put the toll at 31. The group said 40 were hurt."
    assert speakers(text)[-1].organization == "Varnish Monitor"


@pytest.mark.parametrize("text", [
    "KORVA, March 11 (Wire) – Suspected Sable Front rebels killed at least 23 civilians in a raid.",
    "Eight wounded people had been admitted by Tuesday morning, several of them children.",
    "It was the latest in a wave of attacks blamed on the Sable Front.",
])
def test_participles_that_tell_no_statement(text: str) -> None:
    assert claimkit.extract(text).attributions == ()


def test_a_lead_speaker_named_by_the_same_role_next() -> None:
    text = ("Raid\nGunmen killed 23 civilians in the village, a local administrator said.\n"
            "Jo Varga, administrator of the Beni sector, said the attackers came at midnight.")
    assert speakers(text)[0].name == "Jo Varga"


@pytest.mark.parametrize(("text", "field", "want"), [
    # "it" after a state's body named as the subject before
    ("Varnia’s defence ministry has released its first toll. In a statement read on television, it "
     "said 12 soldiers were killed.", "organization", "Varnia’s defence ministry"),
    # ... and one named in title case ("Defence Ministry", "Ministry of Defence")
    ("Varnia’s border guards said they took six soldiers prisoner.\nKorvania’s Defence Ministry gave a "
     "very different account. It said the raiders had been driven back.",
     "organization", "Korvania’s Defence Ministry"),
    ("Varnia’s border guards said they took six soldiers prisoner.\nKorvania’s Ministry of Defence gave "
     "a very different account. It said the raiders had been driven back.",
     "organization", "Ministry of Defence"),
    # "Its spokesman" after a state's body named in lower case
    ("Al Shabaab said its fighters had killed 41 soldiers. Somalia’s defence ministry gave a "
     "different account. Its spokesman, Ali Hirsi, said the attack had been repulsed.",
     "organization", "Somalia’s defence ministry"),
    # "he" is the person named last, even one met before another spoke
    ("Saratov regional governor Alexei Voronin says two workers died.\n"
     "A drone hit Kharkiv, injuring four people, Mykola Hrytsenko said.\n"
     "Voronin said debris had fallen in Saratov. “One employee was killed,” he said.",
     "name", "Alexei Voronin"),
    # "they" and "the sources" are the people a plural role told before, not the body before them
    ("The army said it repelled the attack. Two soldiers died overnight, medical sources said. "
     "The number of civilians killed rose to six, they added.", "role", "medical sources"),
    ("The army said it repelled the attack. Two soldiers died overnight, medical sources said. "
     "Eleven others were wounded, the sources said.", "role", "medical sources"),
])
def test_a_pronoun_or_possessive_speaks_for_the_body_or_person_named_before(
        text: str, field: str, want: str) -> None:
    assert getattr(speakers(text)[-1], field) == want


def test_a_name_with_its_initials_heads_an_appositive() -> None:
    text = ("The Movement for the Salvation of Varnia (MSV), an armed group allied with the capital, "
            "said its fighters had killed 60 civilians.")
    found = speakers(text)
    assert found[0].text.startswith("The Movement for the Salvation of Varnia (MSV), an armed group")


@pytest.mark.parametrize(("text", "name", "organization"), [
    ("Senator Jo Roe of Varnia said the vote was close.", "Jo Roe", None),
    ("The spokesman, Colonel Ado Kora of the National Defence Force (FDN), told reporters that the "
     "post held.", "Ado Kora", "National Defence Force"),
])
def test_a_name_ends_where_of_begins(text: str, name: str, organization: str | None) -> None:
    found = speakers(text)[0]
    assert (found.name, found.organization) == (name, organization)


def test_a_time_of_day_ends_a_sentence() -> None:
    text = ("The spokesman, Colonel Ado Kora, told reporters that the assailants opened fire at around "
            "1 a.m. After three hours of fighting, he said, they were pushed back.")
    assert [s.text for s in speakers(text)] == ["The spokesman, Colonel Ado Kora", "he"]


def test_it_after_a_body_named_by_its_initials_as_the_subject_before() -> None:
    text = "EULEX staff members came under fire near the border. It said two guards were wounded."
    assert speakers(text)[-1].organization == "EULEX"


def test_a_time_before_the_comma_of_an_inverted_subject_ends_the_content() -> None:
    text = "Six civilians died when shells landed in the market on Monday, said Bo Tun Lay, a commander."
    found = claimkit.extract(text).attributions
    assert [(a.source.name if a.source else None, a.content.text if a.content else None) for a in found] == [
        ("Bo Tun Lay", "Six civilians died when shells landed in the market on Monday")]


def test_a_toll_raised_or_revised_is_told_by_who_raised_it() -> None:
    for text in ("By evening the health ministry had raised the toll to 38 dead, saying two had died.",
                 "The health ministry later revised the death toll to 40."):
        claim = claimkit.extract(text).claims_of("casualty")[0]
        assert claim.attribution is not None
        assert claim.attribution.source is not None
        assert claim.attribution.source.organization == "health ministry"
    assert claimkit.extract("The attack raised fears of a wider war.").attributions == ()


def test_that_figure_raised_or_lowered_is_told_by_who_changed_it() -> None:
    text = "Medics said 20 people were wounded; the ministry later lowered that figure to 14."
    changed = claimkit.extract(text).claims_of("casualty")[-1]
    assert changed.data["count"].best == 14
    assert changed.attribution is not None
    assert changed.attribution.source is not None
    assert changed.attribution.source.text == "the ministry"


@pytest.mark.parametrize(("intro", "source", "organization"), [
    ("The statement was released by the Sable Brigade. The relevant passages, in our translation, read:",
     "The relevant passages, in our translation", "Sable Brigade"),
    ("The Sable Brigade fought on. Below is our translation of the statement, issued in Arabic by the "
     "brigade’s official spokesman:", "the brigade’s official spokesman", "brigade"),
    ("The fighting went on. The following is the text of the communiqué issued by the Joint Command of "
     "the Sable Brigade (JCSB), translated from Arabic:", "the Joint Command of the Sable Brigade (JCSB)",
     "Joint Command of the Sable Brigade (JCSB)"),
])
def test_a_quotation_a_document_introduces_is_its_issuers(intro: str, source: str, organization: str) -> None:
    text = f"Sable Brigade said on Monday it had repelled an attack.\n{intro}\n“We killed 40 attackers.”"
    said = [a for a in claimkit.extract(text).attributions if a.content and "40 attackers" in a.content.text]
    assert [(a.mode, a.source.text if a.source else None) for a in said] == [("direct", source)]
    assert said[0].source is not None
    assert said[0].source.organization == organization


@pytest.mark.parametrize(("signer", "organization"), [
    ("the Dagoberto Column of the Sable Front (SF)", "Sable Front (SF)"),
    ("the chief of general staff", "army"),  # names no body: the body that spoke last
])
def test_a_statement_speaks_for_whoever_signed_it(signer: str, organization: str) -> None:
    text = (f"The army rejected the account. The statement, signed by {signer} and posted online, "
            "reads in part: “We mourn two of our fighters.”")
    found = speakers(text)
    assert found[-1].text == "The statement"
    assert found[-1].organization == organization


def test_a_second_statement_is_a_document_of_the_body_that_spoke() -> None:
    text = ("The Varnish army said on Monday that it had retaken Tirza. The second statement said troops had "
            "killed 20 fighters.")
    assert speakers(text)[-1].organization == "Varnish army"


@pytest.mark.parametrize(("lead", "named", "name"), [
    ("Nine fighters were killed near Tarsa on Monday, a war monitor said.",
     "The Britain-based Korvan Observatory for Human Rights said the clashes spread on Tuesday.",
     "Britain-based Korvan Observatory for Human Rights"),
    ("At least 12 civilians were killed in the week, the United Nations humanitarian office said.",
     "In a flash update, the Office for Relief in Korva (ORK) said 40 people were hurt.",
     "Office for Relief in Korva (ORK)"),
    ("A strike on the market killed 14 people, a volunteer rescue group said, as the army said "
     "it had taken the ridge.",
     "The Tarsa Relief Volunteers group said two bombs hit the market.", "Tarsa Relief Volunteers"),
])
def test_a_body_the_lead_describes_is_the_body_the_next_paragraph_names(
        lead: str, named: str, name: str) -> None:
    text = (f"Clashes in Tarsa\nTARSA, May 2 (Wire) - {lead}\n{named}\n"
            "The toll rose, according to the monitor.")
    found = speakers(text)
    assert found[0].organization == name
    assert speakers(text.replace(named, "The Korvan army said the clashes spread."))[0].organization != name


@pytest.mark.parametrize("named", [
    "The defence ministry of Korva said the clashes spread on Tuesday.",  # a state's body
    "The streets were empty. The Korvan Observatory said the clashes spread.",  # not the opening
])
def test_a_described_body_keeps_its_description_before_another_speaker(named: str) -> None:
    text = f"Clashes\nNine fighters were killed near Tarsa on Monday, a war monitor said.\n{named}"
    assert speakers(text)[0].organization is None


def test_a_lead_person_is_named_next_though_a_body_spoke_after_them() -> None:
    text = ("Strike on Korva\nSix civilians were killed in Korva, the regional governor said, while "
            "Moscow said its forces had taken a village.\nGovernor Ivo Petrak said two children were hurt.")
    found = speakers(text)
    assert [(s.name, s.organization) for s in found[:2]] == [("Ivo Petrak", None), (None, "Moscow")]


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv", "Khartoum"])
def test_a_capital_speaks_for_its_government(capital: str) -> None:
    found = speakers(f"{capital} said its forces had taken the village.")
    assert (found[0].name, found[0].organization) == (None, capital)


@pytest.mark.parametrize("source", ["Korva’s state news agency KNA", "Korva's official news agency KNA"])
def test_a_body_a_state_possesses_then_its_name(source: str) -> None:
    found = speakers(f"Three civilians were killed when soldiers opened fire on houses, {source} reported.")
    assert [(s.text, s.organization) for s in found] == [(source, "KNA")]


@pytest.mark.parametrize(("source", "name"), [
    ("The army spokesman in Korva, Lieutenant Faustin Ebo", "Faustin Ebo"),
    ("the police chief in Osk, Col. Jo Roe", "Jo Roe"),
])
def test_a_ranked_name_after_a_roles_place(source: str, name: str | None) -> None:
    found = speakers(f"Three civilians were killed, {source} said.")
    assert [s.name for s in found] == [name]


@pytest.mark.parametrize(("source", "name"), [
    ("The rebels’ spokesman in South Korva, Innocent Ebo,", "Innocent Ebo"),
    # a place after a place is no name
    ("The governor in Kalat, Balochistan,", None),
])
def test_a_name_after_a_roles_place(source: str, name: str | None) -> None:
    found = speakers(f"{source} said three civilians were killed.")
    assert [s.name for s in found] == [name]


def test_a_body_told_by_its_initials_takes_the_name_the_report_spells_out() -> None:
    text = ("At least 40 people are missing, the Tarsa Human Rights Observatory (THRO) said. THRO said "
            "12 were killed. The UN said three died.")
    assert [s.organization for s in speakers(text)] == [
        "Tarsa Human Rights Observatory (THRO)", "Tarsa Human Rights Observatory (THRO)", "UN"]


@pytest.mark.parametrize(("source", "organization"), [
    ("The ship’s Athens-based manager, Kallisti Maritime", "Kallisti Maritime"),
    ("Oceanic Shipping Lines", "Oceanic Shipping Lines"),
])
def test_a_company_is_a_body_and_based_describes(source: str, organization: str) -> None:
    found = speakers(f"Three crew members are missing, {source} said.")
    assert [(s.name, s.organization) for s in found] == [(None, organization)]


@pytest.mark.parametrize("announce", ["gave a heavier toll", "gave a different account"])
def test_he_after_a_person_who_gave_an_account_is_that_person(announce: str) -> None:
    text = (f"The army said nine gendarmes died.\nA municipal councillor in Osk, contacted by telephone, "
            f"{announce}. He said residents had collected the bodies of 11 gendarmes.")
    assert [s.role for s in speakers(text)] == [None, "municipal councillor"]


def test_he_is_the_person_named_as_the_subject_before_with_an_appositive_comma() -> None:
    text = ("On Sunday evening, the state's security secretary, Raúl Cienfuegos Arámburo, gave the "
            "first official toll. Eight gunmen were killed, he told reporters.")
    assert [s.name for s in speakers(text)] == ["Raúl Cienfuegos Arámburo"]
    # a name after "for" is a body's: "the Coalition for Real Justice, said"
    text = ("Jo Roe, an organizer with the Coalition for Real Justice, said the march went on. "
            "Later he said it was over.")
    assert "Real Justice" not in {s.name for s in speakers(text)}


def test_which_after_a_clause_of_time_is_the_phrase_right_before_it() -> None:
    text = ("Residents fled Dorel, a town in the hills of Tarn province, after an assault by the "
            "Sable Front Cartel (SFC), which said on Sunday that it had seized the town.")
    (which,) = speakers(text)
    assert (which.name, which.organization) == (None, "Sable Front Cartel (SFC)")


def test_a_body_with_its_initials_then_a_place_is_one_source() -> None:
    (source,) = speakers("The Commission on Human Rights (CHR) in Tarn said it had sent a team.")
    assert (source.text, source.organization) == (
        "The Commission on Human Rights (CHR) in Tarn", "Commission on Human Rights (CHR)")


def test_analysts_and_residents_speak_for_no_body_of_their_sentence() -> None:
    text = ("The Sable Front (SF) has not commented on the fighting, although analysts say the militia "
            "is close to it.")
    analysts = next(s for s in speakers(text) if s.text == "analysts")
    assert analysts.organization is None


def test_he_is_the_role_that_gave_the_first_official_toll() -> None:
    text = ("On Sunday evening, the state security secretary gave the first official toll. Eight "
            "gunmen were killed, he told reporters.")
    assert [s.role for s in speakers(text)] == ["state security secretary"]


@pytest.mark.parametrize("others", ["local sources", "residents and local sources", "security officials"])
def test_plural_speakers_borrow_no_body_from_the_sentences_earlier_speaker(others: str) -> None:
    # "the army said ..., while local sources put the toll at about 30": the sources are not the army
    text = f"The army said 16 soldiers had died, while {others} put the toll at about 30."
    found = speakers(text)
    assert [s.organization for s in found] == ["army", None]


def test_a_body_told_by_what_it_is_borrows_no_body_from_its_sentences_earlier_speaker() -> None:
    # "according to the health ministry, while a rights group says": the group is no ministry's
    text = ("The toll has risen to 78, according to the health ministry, while a rights group "
            "tracking the war says the real figure is higher. The ministry said 352 were wounded.")
    assert [(s.role, s.organization) for s in speakers(text)] == [
        (None, "health ministry"), ("rights group", None), (None, "health ministry")]


def test_the_commission_is_the_body_named_with_that_word() -> None:
    text = ("The Korvan Human Rights Commission (KHRC) said 58 civilians were killed. "
            "The commission said 29 people were wounded.")
    assert [s.organization for s in speakers(text)] == ["Korvan Human Rights Commission (KHRC)"] * 2
    # a council named by no body's name before it is no other body's
    text = "The Red Cross said it treated two people. The village council said the army fired first."
    assert [s.organization for s in speakers(text)] == ["Red Cross", "village council"]


def test_it_with_no_speaker_before_is_the_body_named_before_it_in_its_sentence() -> None:
    text = ("A nurse said the morgue had received 14 bodies, two more than the figure the government "
            "gave on Thursday, when it put the death toll at 12 soldiers.")
    put = next(a for a in claimkit.extract(text).attributions if a.cue.text == "put")
    assert put.source is not None
    assert (put.source.text, put.source.organization) == ("it", "government")


def test_one_of_several_speakers_told_just_before_is_one_of_them() -> None:
    found = speakers("Two security sources told the agency the toll was far heavier. One said at least 40 "
                     "soldiers had been killed; the other said many troops were still missing.")
    assert [(s.text, s.role) for s in found] == [
        ("Two security sources", "security sources"), ("One", "security sources"),
        ("the other", "security sources")]
    # one person told before is no several: "One" stays unresolved
    found = speakers("Jo Roe said the deal was off. One said it was over.")
    assert (found[1].text, found[1].role) == ("One", None)


@pytest.mark.parametrize(("text", "aside"), [
    ("The Sahel group Jama'at Nusrat al-Islam wal-Muslimin (JNIM) now says it killed 73 soldiers.",
     ", for its part,"),
    ("The administration expressed confidence it was winning.", ", for its part,"),
    ("The army said the base had held.", ", in turn,"),
])
def test_a_linking_adverbial_leaves_the_subject_as_it_was(text: str, aside: str) -> None:
    verb = next(w for w in (" now says", " expressed", " said") if w in text)
    with_aside = text.replace(verb, aside + verb, 1)
    assert speakers(with_aside)[0].text == speakers(text)[0].text


def test_a_passive_relative_clause_inside_the_subject() -> None:
    found = speakers("Passengers on a coach that was stopped on the highway said the gunmen led away "
                     "nine men.")
    assert found[0].text == "Passengers on a coach that was stopped on the highway"


def test_a_known_groups_hyphenated_name_with_its_description_speaks_for_it() -> None:
    found = speakers("The IRNA news agency said two guards were killed. Jaish al-Adl, a Baloch militant "
                     "group, claimed the attack in a statement. The group said its fighters had killed "
                     "14 guards.")
    assert [s.organization for s in found] == ["IRNA news agency", "Jaish al-Adl", "Jaish al-Adl"]


def test_it_after_a_body_that_spoke_earlier_in_its_sentence_is_that_body() -> None:
    text = ("The Gaza health ministry said more than 60 people were wounded. The Israeli military said it "
            "had struck a depot in response to an attack on its troops, in which it said one soldier was "
            "killed.")
    last = claimkit.extract(text).attributions[-1]
    assert last.source is not None
    assert (last.source.text, last.source.organization) == ("it", "Israeli military")


def test_a_source_putting_a_figure_higher_speaks() -> None:
    text = "Rights groups put the number of dead much higher."
    (att,) = claimkit.extract(text).attributions
    assert (att.source.text if att.source else None, att.cue.text) == ("Rights groups", "put")
    assert claimkit.extract("He put the box higher on the shelf.").attributions == ()


def test_it_is_one_body_never_people_told_by_a_plural() -> None:
    text = ("The military's media wing, Inter-Services Public Relations (ISPR), said Afghan forces opened "
            "fire and that Pakistani troops responded with artillery. Five Pakistani soldiers were "
            "killed, it said.")
    (claim,) = claimkit.extract(text).claims_of("casualty")
    assert claim.attribution is not None
    assert claim.attribution.source is not None
    assert claim.attribution.source.organization == "Inter-Services Public Relations (ISPR)"


def test_its_office_speaks_for_the_body_the_sentence_before_is_about() -> None:
    text = ("The SDF gave a sharply different account. Its media centre said its fighters had repelled "
            "an assault, killing 22 of the attackers.")
    (office,) = speakers(text)
    assert (office.role, office.organization) == ("media centre", "Syrian Democratic Forces (SDF)")


def test_the_army_after_a_states_armed_forces_named_in_full_is_that_body() -> None:
    text = ("In a statement, the Malian Armed Forces (FAMa) said they had repelled an attack on the camp. "
            "The army acknowledged five soldiers killed.")
    assert [s.organization for s in speakers(text)] == ["Malian Armed Forces (FAMa)"] * 2


@pytest.mark.parametrize(("source", "organization"), [
    # initials of the name in the body's own language stay with it
    ("the Malian Armed Forces (FAMa)", "Malian Armed Forces (FAMa)"),
    ("The UN Integrated Office in Haiti (BINUH)", "UN Integrated Office (BINUH)"),
    # (initials that spell the words keep doing so)
    ("the Rapid Support Forces (RSF)", "Rapid Support Forces (RSF)"),
])
def test_a_bodys_initials_in_its_own_language(source: str, organization: str) -> None:
    (speaker,) = speakers(f"{source} said the camp was under control.")
    assert speaker.organization == organization


def test_people_and_a_group_told_together_are_not_the_group_that_spoke() -> None:
    text = ("The Arakan Army said it had taken two outposts. Air strikes killed 18 civilians near Sittwe, "
            "residents and a rescue group said.")
    assert [s.organization for s in speakers(text)] == ["Arakan Army", None]


def test_a_ministers_portfolio_is_his_title_and_the_minister_is_him_later() -> None:
    text = ('Minister of Information: "The army has cleared Tirza"\n\n'
            "KORVA - The Federal Government's Minister of Information, Culture and Tourism, Jo Tarn "
            "Ovel, announced on Monday that the army had cleared Tirza district.\n\n"
            "Speaking at a press conference, the minister said more than 70 fighters had been killed.")
    atts = claimkit.extract(text).attributions
    lede = next(a for a in atts if a.cue.text == "announced")
    assert lede.source is not None
    assert (lede.source.name, lede.source.role) == (
        "Jo Tarn Ovel", "Minister of Information Culture and Tourism")
    later = next(a for a in atts if a.source is not None and a.source.text == "the minister")
    assert later.source is not None
    assert later.source.name == "Jo Tarn Ovel"


@pytest.mark.parametrize(("text", "organization"), [
    ("The Arakan Army (AA) attacked the base. The AA statement said 80 soldiers were killed.",
     "Arakan Army (AA)"),
    ("The Taliban statement said 80 soldiers were killed.", "Taliban"),
    # a name whose last word is a document's, and a platform's post, stay as they are
    ("The Washington Post said 80 soldiers were killed.", "Washington Post"),
    ("A Facebook post said 80 soldiers were killed.", "Facebook post"),
])
def test_a_document_named_after_its_issuer_speaks_for_the_issuer(text: str, organization: str) -> None:
    [att] = claimkit.extract(text).attributions
    assert att.source is not None
    assert att.source.organization == organization


def test_a_press_offices_description_stands_for_the_office_the_report_names() -> None:
    text = ("The military's media wing said on Monday that troops had killed 14 militants. The "
            "Inter-Services Public Relations (ISPR) called them terrorists.")
    (said,) = [a for a in claimkit.extract(text).attributions if a.cue.text == "said"]
    assert said.source is not None
    assert (said.source.role, said.source.organization) == (
        "media wing", "Inter-Services Public Relations (ISPR)")
    # a report that names no press office leaves the description as it is
    doc = claimkit.extract("The military's media wing said on Monday that troops had killed 14 militants.")
    assert [a.source.organization for a in doc.attributions if a.source is not None] == ["media wing"]
