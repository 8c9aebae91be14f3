"""A figure of an earlier event or of a whole war is ``background``: it never counts in the tally."""

from __future__ import annotations

import pytest

import claimkit

NEWS = "Gunmen killed 12 soldiers at a checkpoint near Djibo on Sunday, the army said. "


def _flags(text: str) -> dict[int | None, bool]:
    found = claimkit.extract(text, published="2026-05-13").claims_of("casualty")
    return {c.data["count"].best: bool(c.data.get("background")) for c in found}


@pytest.mark.parametrize(("recalled", "figure"), [
    # a time after the figure, in its clause
    ("The insurgency has killed more than 26,000 people since 2015, monitors say.", 26000),
    ("More than 9,000 civilians have been killed since the coup, a rights group says.", 9000),
    ("More than 2,300 people have been killed in the province since then.", 2300),
    ("At least 640 civilians have been killed since the start of the war.", 640),
    ("More than 5,000 civilians have been killed since Russia launched its invasion.", 5000),
    ("Bandits kidnapped more than 1,400 people in the state in 2025.", 1400),
    ("Security forces have killed more than 900 militants in the region so far this year.", 900),
    ("The group has killed hundreds of police officers in recent years.", None),
    ("The conflict has left more than 300,000 people dead over five decades.", 300000),
    ("More than 2,100 people were killed between January and March, the UN said.", 2100),
    ("Officials said 31 soldiers were killed in those clashes.", 31),
    ("More than 200,000 people were killed during the civil war that began in 2011.", 200000),
    ("Attacks killed more than 70 civilians in the spring of 2025, monitors said.", 70),
    ("Fighting in the region had killed at least 800 civilians since January, the UN said.", 800),
    # the war that did the killing, before the figure
    ("The war has killed tens of thousands of people.", None),
    ("The war, now in its fourth year, has killed tens of thousands of people.", None),
    ("The country's decade-long conflict has killed more than 150,000 people.", 150000),
    ("The 2020-2022 war killed more than 600,000 people in the region.", 600000),
    ("A peace deal ended a six-year civil war in which some 380,000 people were killed.", 380000),
    ("The town was the scene of the 2019 abduction of 110 students.", 110),
    # a time the sentence opens on
    ("Since the start of the war, more than 4,100 civilians have been killed in the city.", 4100),
    ("Since the truce began last month, more than 300 people have been killed.", 300),
    ("Indian officials said at the time that 17 civilians were killed.", 17),
])
def test_a_recalled_figure_is_background(recalled: str, figure: int | None) -> None:
    flags = _flags(NEWS + recalled)
    assert flags == {12: False, figure: True}


@pytest.mark.parametrize("news", [
    "Gunmen killed 12 soldiers on Sunday in the deadliest attack since 2023.",
    "Gunmen killed 12 soldiers on Sunday, the worst loss for the army this year.",
    "Twelve soldiers were killed in the third attack on the base this year.",
    "The fighting has killed at least 12 people since Sunday, medics said.",
    "He was not at home at the time of the attack, but 12 relatives were wounded.",
    "A patrol was ambushed later on Sunday. At least 12 soldiers were killed in that attack.",
    "Gunmen killed 12 soldiers on Sunday when fighters who have held the area since 2023 attacked.",
])
def test_the_news_is_no_background(news: str) -> None:
    assert set(_flags(news).values()) == {False}


def test_a_whole_war_figure_stays_out_of_the_tally() -> None:
    text = NEWS + "The conflict has killed more than 150,000 people since 2023."
    doc = claimkit.extract(text, published="2026-05-13")
    assert doc.tally()["killed"].best == 12
