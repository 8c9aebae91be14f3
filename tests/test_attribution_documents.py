"""A document published in full after an announcement: every word of it is its issuer's."""

from __future__ import annotations

import pytest

import claimkit


def _told(text: str) -> dict[int | None, str | None]:
    """Each casualty figure -> the source text of its attribution."""
    return {c.data["count"].best: c.attribution.source.text
            if c.attribution is not None and c.attribution.source is not None else None
            for c in claimkit.extract(text).claims_of("casualty")}


_SET_OFF = (
    "FULL TEXT: Army statement on the Tarsa raid\n"
    "The following is the full text of a statement released on Monday by the army's Information "
    "Team and carried by state television. An editor's note follows.\n"
    "---\n"
    "1. On 3 May, security forces conducted an operation near Tarsa. In the operation, 18 "
    "terrorists were killed.\n"
    "2. Two soldiers sacrificed their lives and five were injured.\n"
    "Information Team\n"
    "---\n"
    "Editor's note: The rebels said 40 soldiers were killed.\n"
)

_QUOTED = (
    "Army says 212 rebels killed near Tarsa\n"
    "The report quotes a statement attributed to the Varnian army's northern command. We publish it in "
    "full in English translation.\n"
    '"Security forces carried out an operation around Tarsa.\n'
    "In the operation, 212 rebels were killed and 97 were captured alive.\n"
    'The town is calm."\n'
    "The rebels said they lost 10 fighters.\n"
)


@pytest.mark.parametrize(("text", "issuer", "counts"), [
    (_SET_OFF, "the army's Information Team", {18, 2, 5}),
    (_QUOTED, "the Varnian army's northern command", {212, 97}),
])
def test_a_document_published_in_full_speaks_for_its_issuer(text: str, issuer: str,
                                                            counts: set[int]) -> None:
    doc = claimkit.extract(text)
    told = {c.data["count"].best: c.attribution.source.text
            if c.attribution is not None and c.attribution.source is not None else None
            for c in doc.claims_of("casualty")}
    assert {n for n, source in told.items() if source == issuer} == counts
    # what follows the document is not its issuer's
    assert all(source != issuer for n, source in told.items() if n not in counts)


def test_an_announcement_with_no_end_to_its_document_speaks_for_nobody() -> None:
    text = ("The following is the full text of a statement released by the army's Information Team.\n"
            "Security forces said 18 terrorists were killed.\n"
            "Residents said 30 people were killed.\n")
    sources = {a.source.text for a in claimkit.extract(text).attributions if a.source}
    assert "the army's Information Team" not in sources


def test_a_document_whose_issuer_is_not_named_is_left_to_whoever_spoke_last() -> None:
    text = _SET_OFF.replace("by the army's Information Team", "by his deputy")
    sources = {a.source.text for a in claimkit.extract(text).attributions if a.source}
    assert "his deputy" not in sources


def test_a_communique_of_numbered_points_published_by_its_subject_is_its_issuers() -> None:
    text = ("The General Staff of the Armed Forces published on Thursday its communiqué. We reproduce "
            "it below in full.\n"
            "COMMUNIQUE OF THE GENERAL STAFF\n"
            "1. On 14 January, a convoy was attacked near Sandare.\n"
            "2. The escort neutralised about thirty terrorists.\n"
            "The communiqué does not mention the 41 soldiers the group claims to have killed.\n")
    told = _told(text)
    assert told[30] == "The General Staff of the Armed Forces"
    assert told[41] != "The General Staff of the Armed Forces"


def test_a_transcript_answer_goes_on_over_its_unlabelled_paragraphs() -> None:
    text = ("Transcript of the briefing\n"
            "MAJ. GEN. ADEYINKA: In the encounter, 47 terrorists were neutralised.\n"
            "Regrettably, we lost four gallant soldiers.\n"
            "QUESTION: How many soldiers are missing?\n"
            "ADEYINKA: No soldier is missing.\n")
    told = _told(text)
    assert told == {47: "MAJ. GEN. ADEYINKA", 4: "MAJ. GEN. ADEYINKA", 0: "ADEYINKA"}


def test_the_text_of_a_bodys_press_release_before_a_colon_is_the_bodys() -> None:
    text = ("The following is the text of the Inter-Services Public Relations (ISPR) press release "
            "issued on Monday afternoon:\n"
            '"1. Own troops engaged the khwarij and 12 khwarij were sent to hell."\n')
    assert _told(text) == {12: "Inter-Services Public Relations (ISPR)"}


def test_a_transcript_label_may_say_who_speaks_in_brackets() -> None:
    text = ("Transcript of the briefing\n"
            "DMYTRO LYSENKO (spokesman, Khortytsia group of forces): The enemy lost 126 servicemen killed.\n"
            "QUESTION (regional television): Moscow says Ukraine lost 145 servicemen. Is that accurate?\n"
            "LYSENKO: We do not comment on our own losses.\n")
    told = _told(text)
    assert told == {126: "DMYTRO LYSENKO (spokesman, Khortytsia group of forces)", 145: "Moscow"}


def test_a_heading_with_a_year_in_brackets_is_no_speaker() -> None:
    text = "Battle of Leego (2015): Al Shabaab militants killed more than 70 African Union soldiers.\n"
    assert _told(text) == {70: None}


def test_a_questions_label_opens_nobodys_statement() -> None:
    doc = claimkit.extract("QUESTION: How many soldiers were killed at the base?\n"
                           "ADEYINKA: Four soldiers were killed.")
    assert [a.source.text for a in doc.attributions if a.source is not None] == ["ADEYINKA"]


def test_our_translation_of_a_statement_is_its_issuers() -> None:
    text = ("The following is our translation of a statement issued by the Tehreek-i-Taliban Pakistan's "
            "Umar Media on Tuesday.\n"
            '"The mujahideen killed 35 soldiers of the army in the operation."\n'
            "Notes: the ISPR said seven soldiers were killed.\n")
    told = _told(text)
    assert told[35] == "the Tehreek-i-Taliban Pakistan's Umar Media"
    assert told[7] == "the ISPR"


def test_a_translation_announced_with_an_aside_is_its_issuers() -> None:
    text = ("The following is an unofficial English translation, prepared by our desk, of a statement "
            "issued on Sunday by the spokesman of the Kivu Liberation Front (KLF). It was edited.\n"
            "---\n"
            "Our forces killed more than 60 enemy soldiers.\n"
            "---\n"
            "Context: the army said it lost 9 soldiers.\n")
    told = _told(text)
    assert told[60] == "the spokesman of the Kivu Liberation Front (KLF)"
    assert told[9] == "the army"


def test_the_speaker_of_i_and_he_in_a_transcripts_turn() -> None:
    text = ("Transcript of the briefing\n\n"
            "BRIG. GEN. JO ROE (army spokesman): Good morning.\n\n"
            "I can tell you that 83 rebels have been killed.\n\n"
            "QUESTION: Is that all?\n\n"
            "ROE: I met their commander. He claimed that 40 soldiers were killed. That is false.\n")
    doc = claimkit.extract(text)
    speakers = {a.source.text: (a.source.name, a.source.role, a.source.organization)
                for a in doc.attributions if a.source is not None}
    # the label read as a name in capitals, who they are in brackets
    assert speakers["BRIG. GEN. JO ROE (army spokesman)"] == ("Jo Roe", "army spokesman", None)
    assert speakers["ROE"][0] == "Jo Roe"  # a surname the text names a person by
    # "I" in the turn (its second paragraph, before the next label) is the turn's speaker;
    # "he" in it is someone else
    assert speakers["I"][0] == "Jo Roe"
    assert speakers["He"][0] != "Jo Roe"
    figures = {c.data["count"].best: c.attribution.source.name for c in doc.claims_of("casualty")
               if c.attribution is not None and c.attribution.source is not None}
    assert figures[83] == "Jo Roe"


@pytest.mark.parametrize("label", ["BYLINE", "ISPR", "UPDATE"])
def test_one_word_in_capitals_names_nobody_the_text_does_not(label: str) -> None:
    doc = claimkit.extract(f"{label}: The army said 12 soldiers were killed.\n")
    assert all(a.source is None or a.source.name is None for a in doc.attributions)


def test_a_broadcast_scripts_own_voice_with_a_note_in_brackets_is_no_speaker() -> None:
    doc = claimkit.extract("ANCHOR: Our correspondent has been speaking to people in Mahaas.\n"
                           "CORRESPONDENT (by phone): Elders here tell me that 20 bodies of fighters "
                           "were left in the streets.")
    assert [a.source.text for a in doc.attributions if a.source is not None] == ["Elders"]


def test_a_claim_published_by_a_bodys_media_arm_is_the_bodys() -> None:
    text = ("The following is a translation of a claim published on Monday by al-Sahil, the media arm "
            "of the Sable Front (SF), and circulated on its channels.\n\n"
            '"The mujahideen killed 40 soldiers of the army. '
            'Three of our brothers were killed as martyrs."\n\n'
            "[The army said the attack had been repelled.]\n")
    doc = claimkit.extract(text)
    figures = {c.data["count"].best: c for c in doc.claims_of("casualty")}
    assert figures[40].attribution is not None
    source = figures[40].attribution.source
    assert source is not None
    assert (source.role, source.organization) == ("al-Sahil", "Sable Front (SF)")
    assert figures[3].data["side"] == "Sable Front (SF)"  # "our brothers": the speaker's own


@pytest.mark.parametrize(("words", "organization"), [
    ("Amaq, the news agency of the Sable Front,", "Sable Front"),
    ("the news agency of the Sable Front", "Sable Front"),
    ("the Sable Front's Umar Media", "Sable Front"),
])
def test_a_media_arm_speaks_for_its_body(words: str, organization: str) -> None:
    doc = claimkit.extract(f"{words} said 12 soldiers were killed.")
    assert [a.source.organization for a in doc.attributions if a.source is not None] == [organization]
