"""The status stage: the trigger lexicon, scopes, terminators and precedence.

Claims are placed by hand on our own sentences, so the stage is tested on its own,
whatever extractors a branch has.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Attribution, Document, Snippet, Speaker
from claimkit._model import Claim, Span
from claimkit._plugins import default_pipeline
from claimkit.extractors._status import status_stage
from claimkit.extractors._status_lexicon import FIRST_WORDS, PRIORITY, TRIGGERS, Trigger
from claimkit.extractors._status_scopes import scopes


def statuses(text: str, *needles: str, status: str = "asserted") -> list[str]:
    """The status the stage gives a casualty claim on each needle of ``text``."""
    claims = []
    for needle in needles:
        i = text.index(needle)
        claims.append(Claim("casualty", Span(i, i + len(needle)), status=status))
    doc = status_stage(Document(text).add_claims(claims))
    return [c.status for c in doc.claims]


@pytest.mark.parametrize("text", [
    "The rebels said 14 soldiers were killed. The claim could not be independently verified.",
    "The rebels said 14 soldiers were killed. There was no immediate confirmation from the army.",
    "The rebels said 14 soldiers were killed. Army officials have yet to comment.",
    "The rebels said 14 soldiers were killed. There was no immediate comment from the army.",
    "The rebels said 14 soldiers were killed; there was no official response to the claim.",
    "The rebels said 14 soldiers were killed.\nThe figures cannot be verified.",
    "The rebels said 14 soldiers were killed, in a claim that could not be verified.",
    "The rebels said 14 soldiers were killed, and no independent source could confirm the figures.",
    "The rebels said 14 soldiers were killed. Nobody could verify the claim.",
    "The rebels said 14 soldiers were killed, a figure the army never confirmed.",
    "The rebels said 14 soldiers were killed. The toll was never independently verified.",
    "The rebels said 14 soldiers were killed, a figure that cannot be independently checked.",
    "The rebels said 14 soldiers were killed. Reporters were unable to check the claim.",
])
def test_unverified(text: str) -> None:
    assert statuses(text, "14 soldiers") == ["unverified"]


@pytest.mark.parametrize("text", [
    "The rebels said 14 soldiers were killed.\n\nThe army said it lost two men.\n\nIt said more.\n\n"
    "The claims by either side could not be independently verified.",
    "The rebels said 14 soldiers were killed.\n\nThe army said it lost two men.\n\nIt said more.\n\n"
    "Claims by both the rebels and the army could not be independently verified.",
])
def test_the_claims_of_both_sides_reach_back_to_the_start(text: str) -> None:
    assert statuses(text, "14 soldiers") == ["unverified"]


@pytest.mark.parametrize("text", [
    "14 soldiers were killed, according to initial reports.",
    "According to preliminary reports, 14 soldiers were killed.",
    "The rebels reportedly killed 14 soldiers.",
    "14 soldiers were allegedly executed.",
    "A video purportedly shows 14 soldiers surrendering.",
    "14 soldiers are feared to have been killed.",
    # a party's claim the report's verb keeps at a distance, a quoted figure too
    "The rebels claimed that 14 soldiers had been killed.",
    "A masked man claimed that “14 soldiers” had died.",
    "The group alleged that 14 soldiers had been abducted.",
    "The rebels claim to have killed 14 soldiers.",
    "The rebels claimed on Monday to have killed 14 soldiers.",
    "The rebels claimed Tuesday that 14 soldiers had been killed.",
])
def test_hedged(text: str) -> None:
    assert statuses(text, "14 soldiers") == ["hedged"]


def test_a_claim_of_responsibility_hedges_nothing() -> None:
    text = "The group claimed responsibility for the attack, in which 14 soldiers were killed."
    assert statuses(text, "14 soldiers") == ["asserted"]


@pytest.mark.parametrize("text", [
    "Gunmen executed 14 soldiers, allegedly for collaborating with the army.",
    "Police arrested 14 soldiers, reportedly because of their links to the rebels.",
])
def test_a_hedge_before_a_reason_hedges_the_reason_only(text: str) -> None:
    assert statuses(text, "14 soldiers") == ["asserted"]


@pytest.mark.parametrize("text", [
    "Hospital officials confirmed that 14 soldiers had died.",
    "The deaths of 14 soldiers were confirmed by the ministry.",
])
def test_confirmed(text: str) -> None:
    assert statuses(text, "14 soldiers") == ["confirmed"]


def test_a_negated_confirmation_is_no_confirmation() -> None:
    assert statuses("The army has not confirmed that 14 soldiers died.", "14 soldiers") == ["unverified"]


def test_no_trigger_leaves_asserted() -> None:
    assert statuses("The rebels said 14 soldiers were killed.", "14 soldiers") == ["asserted"]


def test_a_terminator_ends_the_scope() -> None:
    text = "Three guards were reportedly wounded, but 14 soldiers died in the attack."
    assert statuses(text, "Three guards", "14 soldiers") == ["hedged", "asserted"]


def test_sentence_scope_does_not_leak_into_the_next_sentence() -> None:
    text = "Three guards were reportedly wounded. Later 14 soldiers died."
    assert statuses(text, "Three guards", "14 soldiers") == ["hedged", "asserted"]


def test_a_comment_reaches_back_one_paragraph_not_two() -> None:
    text = ("Nine villagers died in May.\nThe rebels said 14 soldiers were killed.\n"
            "The claims could not be independently verified.")
    assert statuses(text, "Nine villagers", "14 soldiers") == ["asserted", "unverified"]


@pytest.mark.parametrize("opening", [
    "Sahel week: attacks in Mali and Niger\n"
    "Figures given by armed parties could not be independently verified.",
    "Border clashes, day by day\nNeither government's claims could be independently verified.",
])
def test_a_disclaimer_opening_the_report_covers_every_claim_after_it(opening: str) -> None:
    text = (opening + "\nThe army said nine soldiers were killed.\nTalks went on.\nTalks stalled.\n"
            "The rebels said they killed 47 soldiers.")
    assert statuses(text, "nine soldiers", "47 soldiers") == ["unverified", "unverified"]


def test_a_comment_deep_in_the_report_before_any_claim_is_no_disclaimer() -> None:
    text = ("Talks went on.\nTalks stalled.\nTalks resumed.\nHe said the emails hadn't been confirmed.\n"
            "The rebels said 14 soldiers were killed.")
    assert statuses(text, "14 soldiers") == ["asserted"]


def test_one_claimants_figures_are_no_comment_on_every_claim() -> None:
    text = ("The rebels said 14 soldiers were killed.\n\nThe army said 30 rebels were killed.\n\n"
            "Talks were planned for the next week.\n\nThe army's figures could not be verified.")
    assert statuses(text, "14 soldiers") == ["asserted"]


def test_unverified_wins_over_hedged_and_confirmed() -> None:
    text = "Officials confirmed 14 soldiers reportedly died. The figure could not be verified."
    assert statuses(text, "14 soldiers") == ["unverified"]


@pytest.mark.parametrize("text", [
    "The rebels said 14 soldiers were killed. Officials confirmed it.",
    "The rebels said 14 soldiers were reportedly killed.",
    "The rebels said 14 soldiers were killed.",
])
@pytest.mark.parametrize("status", ["denied", "disputed"])
def test_denied_and_disputed_are_never_overwritten_by_a_weaker_comment(text: str, status: str) -> None:
    assert statuses(text, "14 soldiers", status=status) == [status]


@pytest.mark.parametrize(("status", "then"), [("denied", "disputed"), ("disputed", "disputed")])
def test_a_denied_claim_that_nobody_could_verify_is_disputed(status: str, then: str) -> None:
    text = "The rebels said 14 soldiers were killed. The claim could not be independently verified."
    assert statuses(text, "14 soldiers", status=status) == [then]


def test_denial_and_contradiction_claims_keep_their_status() -> None:
    text = "The army reportedly denied the strike."
    i = text.index("denied")
    doc = Document(text).add_claims([Claim("denial", Span(i, i + 6))])
    assert status_stage(doc).claims[0].status == "asserted"


def test_lexicon_rows_are_well_formed() -> None:
    for t in TRIGGERS:
        assert t.status in PRIORITY
        assert t.status != "asserted"
        assert t.direction in ("forward", "backward", "both")
        assert t.reach in ("sentence", "previous", "document")
        re.compile(t.phrase)


def test_status_runs_after_attribution_and_before_contradiction() -> None:
    names = [s.name for s in default_pipeline().stages]
    assert names.index("attribution") < names.index("status")


def test_scopes_lie_in_the_text() -> None:
    text = "Reportedly. Could not be verified. confirmed by"
    for sc in scopes(text):
        assert 0 <= sc.start <= sc.end <= len(text)


@given(st.text(max_size=300), st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)), max_size=5))
def test_arbitrary_text_and_claims_never_crash(text: str, places: list[tuple[int, int]]) -> None:
    n = len(text)
    claims = [Claim("casualty", Span(min(s, n), min(s + k, n))) for s, k in places]
    doc = status_stage(Document(text).add_claims(claims))
    assert all(c.status in PRIORITY for c in doc.claims)
    assert claimkit.extract(text, strict=True).text == text


def _said_by(text: str, needle: str, speaker: str | None) -> Claim:
    """A casualty claim on ``needle`` whose attribution names ``speaker`` (None: no source)."""
    from claimkit._model import Attribution, Snippet, Speaker

    i = text.index(needle)
    cue = text.index("said", max(0, i - 40))
    source = None
    if speaker is not None:
        s = text.index(speaker)
        source = Speaker(speaker, Span(s, s + len(speaker)), name=speaker)
    att = Attribution(source, Snippet("said", Span(cue, cue + 4)),
                      Snippet(text[i:i + len(needle)], Span(i, i + len(needle))), "indirect")
    return Claim("casualty", Span(i, i + len(needle)), attribution=att)


def test_a_comment_on_a_claimants_account_reaches_their_later_claims() -> None:
    text = ("Commander Rahim Dost said 14 soldiers were killed. The claims could not be independently "
            "verified.\nLater, Rahim Dost said 9 fighters were wounded. Villager Amina Noor said "
            "3 houses burned and 2 people were wounded.")
    claims = [_said_by(text, "14 soldiers", "Rahim Dost"), _said_by(text, "9 fighters", "Rahim Dost"),
              _said_by(text, "2 people", "Amina Noor")]
    doc = status_stage(Document(text).add_claims(claims))
    assert [c.status for c in doc.claims] == ["unverified", "unverified", "asserted"]


@pytest.mark.parametrize(("comment", "statuses"), [
    # "The claims": this account, and the claimant's later ones, not those two paragraphs before
    ("The claims", ["asserted", "unverified"]),
    # "His claims": the claimant's own account, so also a statement quoted over paragraphs
    ("His claims", ["unverified", "unverified"]),
])
def test_a_comment_reaches_a_claimants_earlier_claims_only_when_it_names_them_as_theirs(
        comment: str, statuses: list[str]) -> None:
    text = ("Rahim Dost said 9 fighters were wounded on Friday.\n\nAn unrelated paragraph about the "
            f"weather follows here.\n\nOn Sunday Rahim Dost said 14 soldiers were killed. {comment} "
            "could not be independently verified.")
    claims = [_said_by(text, "9 fighters", "Rahim Dost"), _said_by(text, "14 soldiers", "Rahim Dost")]
    doc = status_stage(Document(text).add_claims(claims))
    assert [c.status for c in doc.claims] == statuses


def test_a_comment_on_the_claims_reaches_back_over_the_claimants_account_in_a_row() -> None:
    # the claimant speaks in every paragraph between its figure and the comment: one account
    text = ("The Sable Front said its fighters killed 60 soldiers.\n\nThe group also said the army "
            "had shelled villages.\n\nThe Sable Front also said its fighters had seized the town of "
            "Tirza.\n\nThe claims could not be independently verified.")
    doc = claimkit.extract(text)
    assert [c.status for c in doc.claims_of("casualty")] == ["unverified"]
    # (not past a paragraph where somebody else speaks)
    other = text.replace("The group also said", "The army said")
    assert [c.status for c in claimkit.extract(other).claims_of("casualty")] == ["asserted"]


@pytest.mark.parametrize("comment", [
    "We have not been able to independently verify either side's account.",
    "Reuters could not independently verify battlefield reports from either side.",
    "The AP could not independently confirm either account.",
    "None of the claims could be independently verified.",
    "Neither side's claims could be verified.",
    "None of the figures given by either side could be independently verified.",
    "The casualty figures could not be independently verified.",
    "We could not independently verify the figures given by the different sources.",
    "The figures given by the different parties could not be independently verified.",
    "The Courier was unable to verify any of these figures.",
    "The Courier was not able to verify the figures given by either party.",
    "Reuters could not independently verify the conflicting accounts.",
    "It was not possible to independently verify the figures given by either side.",
    "Note: the figures above are as given by the ministry and have not been independently verified.",
    "The footage could not be verified, and neither could the claims of either side.",
])
def test_a_comment_on_every_claim_reaches_the_whole_text_before_it(comment: str) -> None:
    text = ("The rebels said 14 soldiers were killed.\n\nThe army said 30 rebels were killed.\n\n"
            "Talks were planned for the next week.\n\n" + comment + "\n\nLater, 5 people were injured.")
    assert statuses(text, "14 soldiers", "30 rebels", "5 people") == ["unverified", "unverified", "asserted"]


@pytest.mark.parametrize("row", TRIGGERS, ids=lambda t: t.phrase[:40])
@given(data=st.data())
def test_every_phrase_opens_with_one_of_the_first_words(row: Trigger, data: st.DataObject) -> None:
    # the pre-filter tries the phrases only after one of FIRST_WORDS (followed by what its
    # lookahead asks, if it has one): a phrase that could open otherwise would never be found
    found = data.draw(st.from_regex(re.compile(row.phrase), fullmatch=True))
    low = found.lower()
    assert any(low.startswith(w) if isinstance(w, str)
               else low.startswith(w[0]) and re.match(w[1], low[len(w[0]):]) is not None
               for w in FIRST_WORDS), found


@pytest.mark.parametrize("text", [
    "A councillor said residents had counted up to 18 bodies. Reuters was unable to confirm that figure.",
    "A priest said up to 18 people had died, but cautioned that the figures could not yet be confirmed.",
])
def test_unable_to_confirm_and_not_yet_confirmed_leave_the_figure_unverified(text: str) -> None:
    assert [c.status for c in claimkit.extract(text).claims_of("casualty")] == ["unverified"]


@pytest.mark.parametrize("comment", [
    "The organisation's casualty figures could not be independently verified.",
    "The Monitor's figures could not be verified.",
    "We have not been able to independently verify the organisation's figures.",
    "Reuters could not independently verify the photos or the organisation's claims.",
    # ... or the owner after them, as who gave them
    "Figures given by the organisation could not be independently verified.",
])
def test_a_comment_on_one_owners_figures_reaches_all_they_tell(comment: str) -> None:
    text = ("A rights organisation said 14 civilians were killed.\n\nThe army said 3 soldiers died.\n\n"
            "Talks were planned.\n\nMore talks were planned.\n\n" + comment)
    doc = claimkit.extract(text)
    found = {c.data["count"].best: c.status for c in doc.claims_of("casualty")}
    assert found[3] == "asserted"
    assert found[14] == ("unverified" if "organisation" in comment else "asserted")


@pytest.mark.parametrize(("comment", "expected"), [
    # an owner's noun as a modifier: the police's claims only
    ("Our reporter could not independently verify the police toll.", {22: "unverified", 12: "asserted"}),
    # casualty figures with no determiner: every figure told before
    ("Our desk was unable to independently verify casualty figures.", {22: "unverified", 12: "unverified"}),
    ("Access is restricted, making it difficult to verify reports from either side.",
     {22: "unverified", 12: "unverified"}),
])
def test_the_police_toll_and_bare_casualty_figures_not_verified(
        comment: str, expected: dict[int, str]) -> None:
    text = ("Police said they killed 22 bandits. Residents said 12 people died.\n\nThe mayor spoke.\n\n"
            "Talks were planned.\n\n" + comment)
    assert {c.data["count"].best: c.status for c in claimkit.extract(text).claims_of("casualty")} == expected


def test_the_armys_figures_are_those_of_whoever_spoke_for_the_army() -> None:
    text = ("The army spokesman, Col. Jo Roe, said 12 rebels were killed.\n\n"
            "The rebels said they killed 40 soldiers.\n\nTalks were planned.\n\nMore talks.\n\n"
            "The army's figures could not be independently verified.")
    found = {c.data["count"].best: c.status for c in claimkit.extract(text).claims_of("casualty")}
    assert found == {12: "unverified", 40: "asserted"}


def test_a_comment_on_one_owners_figures_never_lowers_disputed() -> None:
    text = ("The ministry said 14 soldiers were killed.\n\nA.\n\nB.\n\n"
            "The ministry's figures could not be verified.")
    i = text.index("14 soldiers")
    said = Attribution(source=Speaker("The ministry", Span(0, 12), organization="ministry"),
                       cue=Snippet("said", Span(13, 17)), content=Snippet(text[18:41], Span(18, 41)),
                       mode="indirect")
    claim = Claim("casualty", Span(i, i + 11), status="disputed", attribution=said)
    doc = status_stage(Document(text).add_claims([claim]))
    assert [c.status for c in doc.claims] == ["disputed"]


@pytest.mark.parametrize("comment", [
    "Neither the army’s toll nor the group’s claim could be independently verified.",
    "None of the casualty figures from Saturday’s strike or from the fighting in Mewcha could be verified.",
])
def test_a_comment_on_several_owners_figures_reaches_every_figure_before_it(comment: str) -> None:
    text = ("The army said ten soldiers were killed.\n\nTalks were planned.\n\n"
            "The group said it had killed 38 soldiers.\n\n" + comment)
    assert [c.status for c in claimkit.extract(text).claims_of("casualty")] == ["unverified", "unverified"]


def test_a_comment_naming_two_owners_holds_for_their_claims_only() -> None:
    text = ("The Varnish army said it killed 12 rebels. A hospital said 5 civilians died. The Sable "
            "Front said it killed 30 soldiers. Neither the army's nor the Front's claims could be "
            "independently verified.")
    found = {c.data["count"].best: c.status for c in claimkit.extract(text).claims_of("casualty")}
    assert found == {12: "unverified", 5: "asserted", 30: "unverified"}


def test_the_group_whose_claims_are_doubted_is_the_body_called_the_group() -> None:
    text = ("The Sable Front said on Tuesday it had killed at least 30 soldiers. In a statement, the "
            "armed group said the base had fallen. The group's claims could not be independently "
            "verified. A doctor said 9 civilians were wounded.")
    found = {c.data["count"].best: c.status for c in claimkit.extract(text).claims_of("casualty")}
    assert found == {30: "unverified", 9: "asserted"}


def test_initials_own_their_claims() -> None:
    text = ("The Libyan National Army (LNA) said it killed 17 fighters. A monitor said 3 died. "
            "The LNA's account could not be independently verified.")
    found = {c.data["count"].best: c.status for c in claimkit.extract(text).claims_of("casualty")}
    assert found[17] == "unverified"


def test_a_toll_feared_is_hedged_and_no_one_speaks() -> None:
    doc = claimkit.extract("Insurgents overrun army base in Borno, 14 soldiers feared killed")
    assert [c.status for c in doc.claims_of("casualty")] == ["hedged"]
    assert doc.attributions == ()


@pytest.mark.parametrize(("text", "expected"), [
    # "None of X's claims, including ..., could be verified": X's claims only
    ("Officials said 17 civilians were wounded. Bo Tun Lay said his fighters had killed nine soldiers "
     "on Sunday. None of Bo Tun Lay’s claims, including the civilian toll, could be independently "
     "verified.", {17: "asserted", 9: "unverified"}),
    # a comment after "but" on its own sentence's figure: that figure only
    ("The mission highlighted a strike on a bus that killed three passengers. The mission said it had "
     "also received reports of 12 people killed by shelling in occupied areas, but had been unable to "
     "verify them.", {3: "asserted", 12: "unverified"}),
])
def test_a_comment_holds_for_the_figures_it_names_only(text: str, expected: dict[int, str]) -> None:
    statuses = {c.data["count"].best: c.status for c in claimkit.extract(text).claims_of("casualty")}
    assert statuses == expected


def test_the_reports_figures_are_those_of_the_body_whose_report_it_is() -> None:
    text = ("Strikes killed 58 in Tarsa, rights group says\nTARSA, May 2 (Wire) - At least 58 civilians "
            "were killed in Tarsa last month, according to a report released on Monday by a local human "
            "rights organisation.\nThe report by the Tarsa Centre for Human Rights says 14 soldiers were "
            "wounded in the same week.\nThe army said 30 rebels were killed.\nTalks are planned for next "
            "week.\nThe report’s figures could not be independently verified.")
    found = {c.data["count"].best: c.status for c in claimkit.extract(text).claims if c.kind == "casualty"}
    assert found == {58: "unverified", 14: "unverified", 30: "asserted"}


@pytest.mark.parametrize("comment", [
    "There was no way to independently verify the group’s claims.",
    "There was no way of verifying the figure.",
    "The group provided no evidence for its claims.",
    "It did not provide any evidence.",
])
def test_no_way_to_verify_and_no_evidence_leave_a_claim_unverified(comment: str) -> None:
    text = "The group said its fighters had killed 61 soldiers. " + comment
    assert statuses(text, "61 soldiers") == ["unverified"]


def test_a_comment_on_its_claims_reaches_back_beside_another_comment() -> None:
    text = ("The ministry said:\n“Losses amounted to up to 60 servicemen killed.\n“Units struck near "
            "Osk, and 11 servicemen were captured.”\nThe ministry did not provide evidence, and its "
            "claims could not be independently verified.")
    found = {c.data["count"].best: c.status for c in claimkit.extract(text).claims if c.kind == "casualty"}
    assert found == {60: "unverified", 11: "unverified"}


def test_a_source_still_working_to_confirm_a_report_has_not_verified_it() -> None:
    text = ("Unicef said it had received reports that at least 15 children had been abducted from "
            "villages around Um Hajar, which it said it was working to confirm.")
    claim = claimkit.extract(text).claims_of("casualty")[0]
    assert claim.status == "unverified"


def test_two_letter_initials_own_the_claims_of_the_body_they_spell() -> None:
    text = ("The Arakan Army said it had killed more than 50 junta soldiers.\n\nA doctor said 9 civilians "
            "were wounded.\n\nTalks were planned.\n\nReuters could not independently verify the AA's "
            "claims.")
    found = {c.data["count"].best: c.status for c in claimkit.extract(text).claims_of("casualty")}
    assert found == {50: "unverified", 9: "asserted"}


def test_a_comment_that_names_a_figure_by_its_value_holds_for_that_figure() -> None:
    text = ("The Sable Front said its fighters killed 128 soldiers and lost seven men.\n\n"
            "Analysts doubted the account.\n\nThe army said nothing.\n\n"
            "The figure of 128 could not be independently verified.")
    found = {c.data["count"].best: c.status for c in claimkit.extract(text).claims_of("casualty")}
    assert found == {128: "unverified", 7: "asserted"}


def test_the_number_of_casualties_and_unverifiable_claims() -> None:
    text = ("The group said its fighters had killed 61 soldiers. WFN was unable to independently verify "
            "the number of casualties.")
    assert statuses(text, "61 soldiers") == ["unverified"]
    # (an unverifiable claim in its own sentence)
    text = ("The war has seen repeated, unverifiable claims; last month the command said it had "
            "destroyed 1,500 extremists.")
    assert [c.status for c in claimkit.extract(text).claims_of("casualty")] == ["unverified"]


@pytest.mark.parametrize("comment", [
    "Neither the army nor the group allows independent access to sites of fighting.",
    "The military does not allow independent access to the area.",
])
def test_no_independent_access_leaves_every_figure_before_unverified(comment: str) -> None:
    text = "The army said 73 militants were killed. The group said 62 soldiers died. " + comment
    assert statuses(text, "73 militants", "62 soldiers") == ["unverified", "unverified"]


def test_neither_has_been_confirmed_holds_for_the_figures_just_told() -> None:
    text = ("The RDF said it killed 11 insurgents.\n\nThe two tolls may overlap, and neither has been "
            "independently confirmed.")
    assert statuses(text, "11 insurgents") == ["unverified"]


@pytest.mark.parametrize("comment", [
    "All figures are provisional and could not be independently verified.",
    "The claims of neither side could be independently verified.",
])
def test_a_comment_on_all_figures_or_neither_sides_claims_holds_for_all_before(comment: str) -> None:
    # (two paragraphs back: further than a comment on what was just told reaches)
    text = ("The army said it killed 12 rebels.\n\nThe rebels said 30 soldiers died.\n\n"
            "Fighting went on near the town.\n\n" + comment)
    found = {c.data["count"].best: c.status for c in claimkit.extract(text).claims_of("casualty")}
    assert found == {12: "unverified", 30: "unverified"}


def test_figures_not_supported_by_any_evidence_are_unverified() -> None:
    text = ('She said army estimates that "at least ten" soldiers had died were not supported by any '
            "evidence she had seen.")
    assert [c.status for c in claimkit.extract(text).claims_of("casualty")] == ["unverified"]


def test_a_headlines_figures_and_ground_told_first_leave_a_disclaimer_one() -> None:
    text = ("Nine tanks, 134 occupiers: brigade details battle near Kostiantynivka\n\n"
            "KYIV - A brigade holding positions east of Kostiantynivka published this statement. "
            "We could not independently verify the figures.\n\n"
            '"The enemy lost 134 servicemen. Our forces destroyed nine tanks."')
    claims = claimkit.extract(text).claims
    assert {c.status for c in claims if c.kind in ("casualty", "materiel")} == {"unverified"}
