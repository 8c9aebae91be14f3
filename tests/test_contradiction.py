"""The contradiction stage: explicit cues, denial against confirmation, figures that disagree."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Attribution, Claim, Count, Document, Snippet, Span, Speaker
from claimkit.extractors._contradiction import extract_contradictions
from claimkit.extractors._denial import extract_denials
from claimkit.extractors._territorial import extract_territorial


def run(text: str) -> Document:
    return extract_contradictions(extract_denials(extract_territorial(Document(text))))


def contradictions(doc: Document) -> list[Claim]:
    return list(doc.claims_of("contradiction"))


def test_explicit_cue_links_a_denial_to_the_confirmation_it_contradicts() -> None:
    text = ("The rebel spokesman denied drone strikes on the northern depot, contradicting earlier "
            "statements by the rebel council, which had confirmed such strikes.")
    doc = run(text)
    (found,) = contradictions(doc)
    denial = doc.claims_of("denial")[0]
    (confirmation,) = doc.claims_of("confirmation")
    assert found.data["claims"] == (denial.id, confirmation.id)
    assert found.data["reason"].startswith("explicit")
    assert confirmation.data["confirmer"] == "rebel council"
    assert confirmation.data["confirmed"] == "such strikes"
    assert confirmation.attribution is not None
    assert confirmation.attribution.cue.text == "confirmed"
    assert text[found.span.start:found.span.end].startswith("contradicting earlier statements")


def test_contrary_to_names_the_other_account() -> None:
    text = "Contrary to the army's account, the rebels said they captured the town of Selo."
    doc = run(text)
    (found,) = contradictions(doc)
    (statement,) = doc.claims_of("statement")
    assert statement.data["speaker"] == "army"
    assert found.data["claims"] == (statement.id, "territorial-1")


def test_a_cue_whose_subject_names_a_party_pairs_that_partys_earlier_claim() -> None:
    text = ("The army denied that the rebels had captured the town of Selo.\n"
            "The army's statement contradicted remarks by a local mayor, who said rebels had seized "
            "two villages near Selo.")
    doc = run(text)
    explicit = [c for c in contradictions(doc) if c.data["reason"].startswith("explicit")]
    (found,) = explicit
    first, second = (doc.claim(i) for i in found.data["claims"])
    assert first.kind == "denial"
    assert (second.kind, second.data["action"]) == ("territorial", "captured")
    assert second.data["count"].best == 2


def test_a_cue_naming_a_partys_account_pairs_that_partys_earlier_claim() -> None:
    text = ("The army denied that any town had fallen to the rebels.\n"
            "A local source said Selo was under rebel control, contradicting the army's account.")
    doc = run(text)
    explicit = [c for c in contradictions(doc) if c.data["reason"].startswith("explicit")]
    (found,) = explicit
    kinds = [doc.claim(i).kind for i in found.data["claims"]]
    assert kinds == ["denial", "territorial"]
    assert doc.claims_of("statement") == ()


def test_a_denial_contradicts_a_confirmation_of_the_same_event_elsewhere() -> None:
    text = ("The interior ministry confirmed the airstrikes on the fuel depot on Monday.\n"
            "On Tuesday the rebel commander denied any strikes on the depot.")
    doc = run(text)
    (found,) = contradictions(doc)
    assert found.data["reason"].startswith("denial")
    kinds = sorted(doc.claim(i).kind for i in found.data["claims"])
    assert kinds == ["confirmation", "denial"]


def test_an_unrelated_confirmation_is_not_kept() -> None:
    text = ("The ministry confirmed the date of the elections.\n"
            "The rebel commander denied any strikes on the depot.")
    doc = run(text)
    assert contradictions(doc) == []
    assert doc.claims_of("confirmation") == ()


def test_a_negated_confirmation_is_none() -> None:
    text = ("The strikes on the depot could not be independently verified.\n"
            "The rebel commander denied the strikes on the depot.")
    assert contradictions(run(text)) == []


def test_a_denial_contradicts_the_claim_it_targets() -> None:
    text = "The rebels captured the village of Umra, the group said. The army denied it."
    doc = run(text)
    (found,) = contradictions(doc)
    assert found.data["claims"] == ("territorial-1", "denial-1")
    assert found.data["reason"].startswith("denial")


def figure(text: str, phrase: str, speaker: str, count: Count,
           side: str = "Pakistan") -> tuple[Claim, Attribution]:
    start = text.index(phrase)
    who = text.index(speaker)
    att = Attribution(Speaker(speaker, Span(who, who + len(speaker)), speaker),
                      Snippet(phrase, Span(start, start + len(phrase))),
                      Snippet(phrase, Span(start, start + len(phrase))))
    claim = Claim(kind="casualty", span=Span(start, start + len(phrase)), attribution=att,
                  data={"outcome": "killed", "count": count, "group": "soldiers", "side": side})
    return claim, att


def two_figures(first: Count, second: Count, second_speaker: str = "the army") -> Document:
    text = "The rebels said they killed 58 soldiers. But the army said 23 soldiers were killed."
    a, att_a = figure(text, "killed 58 soldiers", "The rebels", first)
    b, att_b = figure(text, "23 soldiers were killed", second_speaker, second)
    return Document(text, attributions=(att_a, att_b)).add_claims([a, b])


def test_two_claimants_with_different_figures_contradict() -> None:
    doc = extract_contradictions(two_figures(Count(58, 58, 58), Count(23, 23, 23)))
    (found,) = contradictions(doc)
    assert found.data["claims"] == ("casualty-1", "casualty-2")
    assert found.data["reason"].startswith("figures")


@pytest.mark.parametrize(("first", "second"), [
    (Count(58, 58, None, "at_least"), Count(60, 60, 60)),  # "at least 58" allows 60
    (Count(12, 12, None, "vague"), Count(23, 23, 23)),     # "dozens" never contradicts
    (Count(22, None, None, "about"), Count(23, 23, 23)),   # "about 22" allows 23
    (Count(20, 20, 25), Count(23, 23, 23)),                # "20-25" holds 23
    (Count(30, None, 30, "at_most"), Count(23, 23, 23)),   # "up to 30" holds 23
])
def test_figures_that_can_both_hold_do_not_contradict(first: Count, second: Count) -> None:
    assert contradictions(extract_contradictions(two_figures(first, second))) == []


def test_a_figure_put_at_up_to_a_number_claims_a_toll_near_it() -> None:
    # "as many as 140" (or "up to 140") from one party against "23" from the other: a toll
    # near 140 against 23, not a range that holds both
    doc = extract_contradictions(two_figures(Count(140, None, 140, "at_most"), Count(23, 23, 23)))
    (found,) = contradictions(doc)
    assert found.data["reason"].startswith("figures")


@pytest.mark.parametrize("first", [Count(14, 14, None, "at_least"), Count(14, 14, None, "more_than")])
def test_a_count_so_far_against_a_claim_far_above_it_contradicts(first: Count) -> None:
    # "at least 14 soldiers" from local sources against the attackers' "20": two accounts; "at
    # least 58" against "60" (above) and "at least one" against "three" are one
    doc = extract_contradictions(two_figures(first, Count(20, 20, 20)))
    (found,) = contradictions(doc)
    assert found.data["reason"].startswith("figures")
    one_account = two_figures(Count(1, 1, None, "at_least"), Count(3, 3, 3))
    assert contradictions(extract_contradictions(one_account)) == []


def test_one_claimant_revising_its_figure_is_not_a_contradiction() -> None:
    same = two_figures(Count(58, 58, 58), Count(23, 23, 23), second_speaker="The rebels")
    doc = extract_contradictions(same)
    assert contradictions(doc) == []


def test_an_anonymous_source_told_again_as_he_is_a_claimant() -> None:
    text = ("The rebels said they had killed more than 40 soldiers in the town. A military source, who "
            "spoke on condition of anonymity, said troops had pulled back. Fourteen soldiers were killed "
            "in the fighting, he said.")
    doc = claimkit.extract(text)
    (found,) = contradictions(doc)
    assert "military source" in found.data["reason"]
    counts = sorted(c.data["count"].best for c in doc.claims if c.id in found.data["claims"])
    assert counts == [14, 40]


@pytest.mark.parametrize("other", [
    "MSF said its hospital had received 19 wounded, two of whom died on arrival.",  # a partitive
    "The administration said 41 civilians were killed, 16 of them children.",  # a part
    # some of the wounded told before
    "Officials said 40 people were wounded. The governor said two of the injured later died.",
    # wounded people who died, counted: deaths added to a toll, not a toll
    "The governor said two wounded men died in hospital.",
])
def test_a_part_of_another_figure_is_no_toll_to_contradict(other: str) -> None:
    text = f"Medics said the strike killed 27 people. {other}"
    assert [c.data["reason"] for c in contradictions(claimkit.extract(text))
            if "27" in c.data["reason"] and ("two" in c.data["reason"] or "16" in c.data["reason"])] == []


def test_some_of_the_wounded_who_died_are_no_toll_to_contradict() -> None:
    text = ("The army said 11 soldiers were killed. A hospital source said one of the wounded soldiers "
            "died overnight.")
    assert contradictions(claimkit.extract(text)) == []


def test_the_missing_found_dead_are_no_toll_to_contradict() -> None:
    text = ("The army said 11 soldiers were killed. A military source said the bodies of two missing "
            "soldiers were found on Monday.")
    doc = claimkit.extract(text)
    assert sorted(c.data["count"].best for c in doc.claims_of("casualty")) == [2, 11]
    assert contradictions(doc) == []


@pytest.mark.parametrize("more", [
    "Volunteers said seven more bodies had been found.",
    "Volunteers said a further seven bodies had been found.",
])
def test_more_of_the_dead_added_to_a_toll_are_no_toll_to_contradict(more: str) -> None:
    text = f"The health ministry said 57 civilians were killed. {more}"
    assert contradictions(claimkit.extract(text)) == []
    # ... while "more than" is a toll of its own
    other = "The health ministry said 57 civilians were killed. Volunteers said more than 70 civilians died."
    assert len(contradictions(claimkit.extract(other))) == 1


def test_a_titles_toll_and_its_bodys_source_under_another_name_do_not_contradict() -> None:
    text = ("Drone strike on convoy kills eight: Kurds\n"
            "QAMISHLI (AFP) - A drone strike on a civilian convoy killed six people, the Kurdish Red "
            "Crescent said.")
    assert contradictions(claimkit.extract(text)) == []
    # ... but two bodies of one place are two voices
    other = ("Strike on school kills 26, Gaza health ministry says\n"
             "GAZA - Gaza's civil defence agency said 29 civilians were killed in the strike.")
    assert len(contradictions(claimkit.extract(other))) == 1


def test_an_incident_of_a_reports_list_on_another_day_is_no_toll_to_contradict() -> None:
    text = ("Forty civilians were killed in El Obeid last week, OCHA said in its weekly report.\n"
            "In the first incident, on Sunday, shelling killed 27 civilians. In a second, on Tuesday, a "
            "drone struck a depot, killing four civilians.\n"
            "The state health ministry put the toll from Sunday's shelling at 34 civilians dead.")
    reasons = [c.data["reason"] for c in contradictions(claimkit.extract(text))]
    # Sunday's 27 against Sunday's 34; not Tuesday's four against Sunday's 34
    assert any(r.endswith("(27 vs 34)") for r in reasons)
    assert not any("four" in r for r in reasons)


def test_a_part_on_another_side_than_its_figure_is_that_sides_toll() -> None:
    text = ("Police said 20 people, including eight Pakistani soldiers, were killed. The army said three "
            "Pakistani soldiers were killed.")
    (found,) = contradictions(claimkit.extract(text))
    assert "eight vs three" in found.data["reason"]


def test_an_item_of_a_list_of_several_parties_is_a_toll_to_contradict() -> None:
    text = ("Colonel Jo Roe said three militiamen and six of the attackers were killed. The mayor "
            "said five militiamen had died.")
    (found,) = contradictions(claimkit.extract(text))
    assert "Three vs five" in found.data["reason"] or "three vs five" in found.data["reason"]
    # items of one side's list are parts of its sum, no tolls of their own
    text = "Medics said a nurse and a patient were killed. The UN said at least 180 civilians died."
    reasons = [c.data["reason"] for c in contradictions(claimkit.extract(text))]
    assert [r for r in reasons if "a vs" in r] == []


def test_an_earlier_events_figure_is_no_toll_to_contradict() -> None:
    text = ("Medics said the strike killed 27 people. Last year, a strike on the same market killed "
            "five people, residents said.")
    assert contradictions(claimkit.extract(text)) == []


def test_one_anonymous_source_told_by_its_words_and_its_role_is_one_claimant() -> None:
    text = ("A military source in El Obeid said 14 soldiers were killed on Saturday. "
            "On Sunday he said 20 soldiers had been killed.")
    assert contradictions(claimkit.extract(text)) == []


NEWSY = st.lists(st.sampled_from([
    "The army ", "confirmed ", "denied ", "the strikes ", "on the depot", ". ", ", ", "contradicting ",
    "contrary to ", "the rebels' account", "captured ", "the town of Selo", "said ", "\n", "which had ",
]), max_size=40).map("".join)


@given(NEWSY)
def test_every_contradiction_links_two_claims_of_its_document(text: str) -> None:
    doc = run(text)
    ids = {c.id for c in doc.claims}
    for c in contradictions(doc):
        first, second = c.data["claims"]
        assert first in ids
        assert second in ids
        assert first != second
        assert c.data["reason"].split(":")[0] in ("explicit", "denial", "figures")


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    doc = claimkit.extract(text, strict=True)
    for c in doc.claims:
        assert 0 <= c.span.start <= c.span.end <= len(text)


def test_a_lists_sum_is_not_one_groups_figure_of_the_same_number() -> None:
    # 7 + 4 + 15 = 26: the government's list sums to the group's claim, but soldiers are no civilians
    text = ("The government said seven soldiers, four civilians and about 15 attackers were dead.\n\n"
            "In a statement, JNIM said it had killed 26 soldiers.")
    doc = claimkit.extract(text)
    casualties = {c.id: c for c in doc.claims_of("casualty")}
    seven = next(c for c in casualties.values() if c.data["count"].best == 7)
    whole = casualties[seven.data["part_of"]]  # the list's sum, not JNIM's 26
    assert whole.data.get("total") is True
    assert whole.attribution is not None
    assert whole.attribution.source is not None
    assert whole.attribution.source.text == "The government"
    reasons = [c.data["reason"] for c in contradictions(doc)]
    assert any("(seven vs 26)" in r for r in reasons), reasons


def test_an_earlier_events_figures_contradict_only_in_their_own_sentence() -> None:
    import datetime as dt

    text = ("Niger's army said 11 soldiers were killed on Tuesday.\n\n"
            "In October, the army said 16 soldiers had died when their convoy was ambushed, while "
            "local sources put the toll at about 30.")
    doc = claimkit.extract(text, published=dt.date(2026, 3, 4))
    background = [c for c in doc.claims_of("casualty") if c.data.get("background")]
    assert sorted(c.data["count"].best for c in background) == [16, 30]
    reasons = [c.data["reason"] for c in contradictions(doc)]
    assert len(reasons) == 1
    assert "16 vs about 30" in reasons[0]


def test_civilians_among_the_dead_are_no_toll_but_a_sides_dead_are() -> None:
    text = ("The ministry said 12 people were killed. It said the dead included three children. Rescuers "
            "said they had recovered six bodies.")
    reasons = [c.data["reason"] for c in contradictions(claimkit.extract(text))]
    assert reasons  # (the ministry's 12 and the rescuers' six still do)
    assert not any("three" in reason for reason in reasons)
    text = ("Syria's interior ministry said four security personnel were killed. The Syrian Observatory for "
            "Human Rights said the dead included 10 members of the government's security forces.")
    (found,) = contradictions(claimkit.extract(text))
    assert "four vs 10" in found.data["reason"]


def test_the_number_of_those_taken_is_a_toll_not_a_part() -> None:
    text = ("Bandits killed five people and kidnapped 31, police said, while residents put the number of "
            "those abducted at more than 70.")
    (found,) = contradictions(claimkit.extract(text))
    assert "31 vs more than 70" in found.data["reason"]
