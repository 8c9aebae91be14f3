"""Displacement figures in sentences we wrote in the manner of news reports (places invented)."""

from __future__ import annotations

import pytest

import claimkit
from claimkit import Attribution, Document, Snippet, Span, Speaker
from claimkit_displacement import displacement

PIPELINE = claimkit.Pipeline((displacement,))


def claims_in(text: str) -> list[tuple[int | None, str, str, str | None, str]]:
    doc = claimkit.extract(text, pipeline=PIPELINE, strict=True)
    return [(c.data["count"].best, c.data["count"].qualifier, c.data["unit"], c.data["place"],
             text[c.span.start:c.span.end]) for c in doc.claims]


@pytest.mark.parametrize(("text", "expected"), [
    ("The shelling forced 20,000 people to flee Varnak, the UN said.",
     (20000, "exact", "people", "Varnak", "forced 20,000 people to flee Varnak")),
    ("More than 5,000 families were displaced in the fighting around Dosht.",
     (5000, "more_than", "families", "Dosht",
      "More than 5,000 families were displaced in the fighting around Dosht")),
    ("Some 10,000 people have fled their homes in the town of Kelari since Monday.",
     (10000, "about", "people", "Kelari", "Some 10,000 people have fled their homes in the town of Kelari")),
    ("About 3,000 people are sheltering in camps near Tamsun, aid workers said.",
     (3000, "about", "people", "Tamsun", "About 3,000 people are sheltering in camps near Tamsun")),
    ("The fighting has displaced at least 12,000 residents of Bel Harat.",
     (12000, "at_least", "people", "Bel Harat", "displaced at least 12,000 residents of Bel Harat")),
    ("Nearly 800 households were uprooted by the floods.",
     (800, "about", "households", None, "Nearly 800 households were uprooted")),
    ("Some 3,000 displaced people live in schools.",
     (3000, "about", "people", None, "Some 3,000 displaced people")),
    ("Two hundred villagers who fled Oruzen on Friday reached the border.",
     (200, "exact", "people", "Oruzen", "Two hundred villagers who fled Oruzen")),
    ("The raids drove 4,500 civilians from their homes.",
     (4500, "exact", "people", None, "drove 4,500 civilians from their homes")),
    ("Thousands of families have fled their homes in March.",
     (1000, "vague", "families", None, "Thousands of families have fled")),
])
def test_displacement_figures(text: str, expected: tuple[object, ...]) -> None:
    assert claims_in(text) == [expected]


@pytest.mark.parametrize("text", [
    "The army forced 20 people to pay a fine.",
    "Twelve people were killed and 30 were wounded in Varnak.",
    "The displaced persons camp was shelled on Monday.",
    "About 2,000 people attended the rally in Dosht.",
    "In 2023, officials counted the people in the camps.",
    "Rebel fighters captured 12 border posts near Kelari.",
])
def test_not_displacement(text: str) -> None:
    assert claims_in(text) == []


def test_casualties_and_displacement_in_one_sentence() -> None:
    found = claims_in("Officials said 12 people were killed and 3,000 others fled.")
    assert found == [(3000, "exact", "people", None, "3,000 others fled")]


def test_a_figure_told_twice_is_one_claim_with_two_mentions() -> None:
    text = ("5,000 families displaced in Varnak\n"
            "VARNAK - More than 200 homes burned and 5,000 families were displaced from Varnak this week.")
    doc = claimkit.extract(text, pipeline=PIPELINE, strict=True)
    (claim,) = doc.claims
    assert claim.data["place"] == "Varnak"
    assert [text[m.start:m.end] for m in claim.mentions] == [
        "5,000 families displaced in Varnak", "5,000 families were displaced from Varnak"]


def test_the_claim_carries_its_attribution() -> None:
    text = "Aid groups said 6,000 people had fled Qasrim."

    def attribution_stage(doc: Document) -> Document:
        # A stand-in for the built-in attribution stage: "Aid groups" said "6,000 ... Qasrim".
        content = Span(text.index("6,000"), len(text) - 1)
        source = Speaker("Aid groups", Span(0, 10), organization="aid groups")
        return doc.add_attributions([Attribution(source, doc.snippet(Span(11, 15)), doc.snippet(content))])

    pipeline = claimkit.Pipeline((claimkit.Stage("attribution", attribution_stage, provides="attributions"),
                                  displacement))
    (claim,) = claimkit.extract(text, pipeline=pipeline, strict=True).claims
    assert claim.attribution is not None
    assert claim.attribution.source is not None
    assert claim.attribution.source.text == "Aid groups"
    assert claim.attribution.cue == Snippet("said", Span(11, 15))
