"""Asides around a report: "said that, according to X, T", a document told by its issuer's
possessive ("Its statement said"), and the name a speaker goes by ("a man who identified
himself as ...")."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.extractors._attribution import find_attributions


def readings(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of every attribution found, as text."""
    return [(text[f.source[0]:f.source[1]] if f.source else "", text[f.cue[0]:f.cue[1]],
             " / ".join(text[s:e] for s, e in f.content)) for f in find_attributions(text)]


def test_an_according_to_aside_opening_a_reported_clause_reports_what_follows() -> None:
    text = "The army said that, according to local officials, 12 people died."
    assert readings(text) == [
        ("The army", "said", "that, according to local officials, 12 people died"),
        ("local officials", "according to", "12 people died"),
    ]


def test_a_speakers_own_information_is_no_second_source() -> None:
    text = "The GKNB also said that, according to its information, at least 15 Tajik servicemen were killed."
    assert [source for source, _, _ in readings(text)] == ["The GKNB"]
    claim = claimkit.extract(text).claims_of("casualty")[0]
    assert claim.attribution is not None
    assert claim.attribution.source is not None
    assert claim.attribution.source.text == "The GKNB"


def test_a_statement_told_by_its_issuers_possessive_speaks_for_the_issuer() -> None:
    text = ("Tajikistan's State Committee for National Security said Kyrgyz forces fired first. Its "
            "statement said that two Kyrgyz soldiers had been taken prisoner there.")
    speakers = [a.source for a in claimkit.extract(text).attributions if a.source is not None]
    assert [(s.text, s.organization) for s in speakers] == [
        ("Tajikistan's State Committee for National Security", "State Committee for National Security"),
        ("Its statement", "State Committee for National Security"),
    ]


def test_its_statement_is_of_the_body_the_sentence_before_is_about() -> None:
    # (not the capital that only comments on a figure in between)
    text = ("In Dushanbe, Tajikistan's State Committee for National Security said Kyrgyz losses exceeded "
            "20 servicemen killed, a figure Bishkek has not acknowledged. Its statement said that two "
            "Kyrgyz soldiers had been taken prisoner.")
    speakers = {a.source.text: a.source.organization for a in claimkit.extract(text).attributions
                if a.source is not None}
    assert speakers["Its statement"] == "State Committee for National Security"


@pytest.mark.parametrize(("text", "name"), [
    ("In an audio message, a man who identified himself as “Comrade Ernesto”, a commander of the "
     "group, said its fighters had killed about a dozen police officers.", "Comrade Ernesto"),
    ("A militiaman, who gave his name as Abu Haidar al-Mohammadawi, dismissed the US claims.",
     "Abu Haidar al-Mohammadawi"),
    ("One woman, who gave her name only as Lensa, said her brother was killed.", "Lensa"),
])
def test_a_speaker_is_named_by_the_name_it_goes_by(text: str, name: str) -> None:
    names = [a.source.name for a in claimkit.extract(text).attributions if a.source is not None]
    assert name in names


def test_a_clause_joined_after_a_cue_set_off_by_commas_goes_on_with_its_speaker() -> None:
    text = ("Five SDF members were wounded, the statement said, while its fighters killed six of the "
            "attackers and captured two alive.")
    speakers = {c.data["count"].best: c.attribution.source.text
                for c in claimkit.extract(text).claims_of("casualty")
                if c.attribution is not None and c.attribution.source is not None}
    assert speakers == {5: "the statement", 6: "the statement", 2: "the statement"}
    # another cue in the joined clause speaks for itself
    text = "Two soldiers died, the army said, and rebels said they killed 20."
    speakers = {c.data["count"].best: c.attribution.source.text
                for c in claimkit.extract(text).claims_of("casualty")
                if c.attribution is not None and c.attribution.source is not None}
    assert speakers == {2: "the army", 20: "rebels"}
    # ... so does an "after" clause, past the cue's time
    text = ("The death toll rose to 11, the health ministry said on Monday, after two of the wounded "
            "died in hospital.")
    speakers = {c.data["count"].best: c.attribution.source.text
                for c in claimkit.extract(text).claims_of("casualty")
                if c.attribution is not None and c.attribution.source is not None}
    assert speakers == {11: "the health ministry", 2: "the health ministry"}


@pytest.mark.parametrize("opening", [
    "After Clinton was declared the winner in Maryland",
    "When the army was reported to have withdrawn",
])
def test_a_report_in_an_opening_clause_ends_with_the_clause(opening: str) -> None:
    # (read on, it took in the main clause's report, which was then dropped as nested in it)
    text = f"{opening}, Sanders told a cheering crowd that he would stay in the race."
    found = readings(text)
    assert ("Sanders", "told", "that he would stay in the race") in found
    assert all(content.split(" / ")[-1] in opening for source, _, content in found if source != "Sanders")


def test_a_hearer_told_a_that_clause_inside_a_report_speaks_for_itself() -> None:
    # (speech with a clause stays, as "X said he told ..." does; an order "told them to" does not)
    text = "The ministry said its spokesman had told reporters that 12 soldiers were killed."
    assert ("its spokesman", "had told", "that 12 soldiers were killed") in readings(text)
    assert [r[0] for r in readings("The ministry said its spokesman had told reporters to leave.")] == [
        "The ministry"]


@pytest.mark.parametrize(("text", "source"), [
    ("Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort requires a vote.",
     "Humphrey"),
    ("The group, which calls the army “occupiers,” said it killed 12 soldiers.", "The group"),
])
def test_a_subject_with_a_relative_clause_ending_in_a_quotes_comma_speaks(text: str, source: str) -> None:
    assert (source, "said") in [(s, cue) for s, cue, _ in readings(text)]
