"""The source stage: outlets from footers, datelines and bylines; boilerplate spans."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Claim, Document, Span, stage
from claimkit._api import make_document
from claimkit.extractors._source import (
    boilerplate_spans,
    dateline,
    find_outlet,
    in_boilerplate,
    source_stage,
)
from claimkit.extractors._when_where import when_where


def outlet(text: str) -> str | None:
    doc = source_stage(make_document(text))
    return doc.source.name if doc.source else None


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels take two towns\nFighting went on all night.\n"
     "The post Rebels take two towns appeared first on Frontier Herald.", "Frontier Herald"),
    ("KHARTOUM, March 3 (Reuters) - Shelling hit a market, witnesses said.", "Reuters"),
    ("ISLAMABAD (AP) — A bomb exploded near a police station on Tuesday.", "Associated Press"),
    ("BEIRUT, Lebanon (AP) — Drones struck a car south of the city.", "Associated Press"),
    ("Kyiv (AFP) - Air raid sirens sounded across the capital overnight.", "AFP"),
    ("(Reuters) - Two aid workers were kidnapped, the agency said.", "Reuters"),
    ("Clashes in the north\nBy Amina Yusuf, Reuters\nGunmen attacked a convoy on Friday.", "Reuters"),
    ("By Tomas Berg and Lina Haddad | AFP\nTroops pulled back from the river.", "AFP"),
    ("A convoy was attacked.\nThis article originally appeared on The Valley Courier.", "The Valley Courier"),
    ("A convoy was attacked.\nCopyright 2024 The Associated Press. All rights reserved.", "Associated Press"),
    ("Oct 14 (Reuters) - Drones hit a fuel depot, the governor said.", "Reuters"),
    ("DUBAI/KYIV, Oct 14 (Reuters) - Drones hit a fuel depot.", "Reuters"),
    ("By AFP\nDrones hit a fuel depot.", "AFP"),
    ("By The Associated Press\nDrones hit a fuel depot.", "Associated Press"),
    ("Drones hit a depot.\nThe post Drones hit a depot first appeared on Steppe Herald.", "Steppe Herald"),
    ("A convoy was attacked, police said.\n(Reporting by Ali Khan; Editing by Sam Roe)", "Reuters"),
])
def test_outlet_from_each_construction(text: str, expected: str) -> None:
    assert outlet(text) == expected


@pytest.mark.parametrize("text", [
    "Officials said - without giving details - that the road was closed.",
    "The army - which has lost ground - said nothing.",
    "Two soldiers were killed in the attack on Sunday.",
    "By the end of the day, the town had fallen.",
    "",
])
def test_no_outlet_where_there_is_none(text: str) -> None:
    assert outlet(text) is None


def test_footer_beats_the_wire_dateline_it_republishes() -> None:
    text = ("KABUL (Reuters) - Border clashes killed three.\n"
            "The post Border clashes killed three appeared first on Hindu Kush Daily.")
    assert find_outlet(text) == "Hindu Kush Daily"


def test_callers_source_wins_and_published_is_kept() -> None:
    text = "KABUL, Oct 14 (Reuters) - Two policemen were killed, officials said."
    assert claimkit.extract(text, source="Our Desk").source == claimkit.Source("Our Desk", None, None)
    doc = claimkit.extract(text, published="2025-10-14")
    assert doc.source == claimkit.Source("Reuters", None, dt.date(2025, 10, 14))


def test_boilerplate_spans_cover_footer_dateline_and_byline() -> None:
    text = ("Gunmen storm a village\nBy Sara Lind, Reuters\n"
            "MOGADISHU, June 2 (Reuters) - Gunmen stormed a village, elders said.\n"
            "Read more: Earlier attacks in the region\n"
            "The post Gunmen storm a village appeared first on Horn Wire.")
    pieces = [text[s.start:s.end] for s in boilerplate_spans(text)]
    assert pieces == ["By Sara Lind, Reuters", "MOGADISHU, June 2 (Reuters) -",
                      "Read more: Earlier attacks in the region",
                      "The post Gunmen storm a village appeared first on Horn Wire."]
    assert boilerplate_spans(text) is boilerplate_spans(text)  # cached
    line = dateline(text)
    assert line is not None
    assert line.city is not None
    assert line.city.text == "MOGADISHU"
    footer = text.index("The post")
    assert in_boilerplate(text, Span(footer + 9, footer + 20))
    assert not in_boilerplate(text, Span(text.index("Gunmen stormed"), text.index("Gunmen stormed") + 6))


def test_a_correction_notes_account_of_the_earlier_version_is_boilerplate() -> None:
    text = ("The Sable Front said it had taken 38 prisoners in Tirza.\n"
            "Correction: An earlier version of this article said the front had taken 83 prisoners. "
            "The figure its spokesman gave is 38.")
    note = text.index("Correction")
    assert [text[s.start:s.end] for s in boilerplate_spans(text)] == [
        "Correction: An earlier version of this article said the front had taken 83 prisoners."]
    assert not in_boilerplate(text, Span(note + 90, note + 100))  # the right figure is read
    counts = [c.data["count"].best for c in claimkit.extract(text).claims_of("casualty")]
    assert 83 not in counts
    assert 38 in counts


def test_a_wire_services_note_on_a_new_version_is_boilerplate() -> None:
    text = ("UPDATE 1-Tirza garrison repels attack\n"
            "(Corrects paragraph 1 to say 17 soldiers were wounded, not killed; adds UN comment)\n"
            "TIRZA, May 4 (Agency) - The army said it had repelled an attack on its garrison, losing 11 "
            "soldiers, while 17 others were wounded.\n"
            "(Reporting by the Tirza newsroom)")
    note = text.splitlines()[1]
    assert note in [text[s.start:s.end] for s in boilerplate_spans(text)]
    doc = claimkit.extract(text)
    assert not any(a.cue.text.lower() in ("corrects", "adds", "say") for a in doc.attributions)
    assert all(not text[c.span.start:c.span.end].startswith("17 soldiers were wounded, not killed")
               for c in doc.claims_of("casualty"))


def test_a_dateline_without_an_outlet_still_gives_its_city() -> None:
    line = dateline("KYIV, Ukraine — Russia launched dozens of drones overnight.")
    assert line is not None
    assert line.outlet is None
    assert line.city is not None
    assert line.city.text == "KYIV"


def test_dateline_date_is_never_a_claims_time() -> None:
    text = "DAMASCUS, May 5 (Reuters) - Five people were killed, a monitor said."
    start = text.index("Five")
    doc = make_document(text, published="2025-05-06").add_claims(
        [Claim("casualty", Span(start, start + 27))])
    doc = when_where(source_stage(doc))
    assert doc.claims[0].time is None
    assert doc.claims[0].location is not None
    assert doc.claims[0].location.text == "DAMASCUS"


def test_stage_runs_first_in_the_default_pipeline() -> None:
    @stage("probe", after="source")
    def probe(doc: Document) -> Document:
        return doc

    names = claimkit.default_pipeline().add(probe).names
    assert names.index("source") < names.index("probe")


@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    doc = source_stage(make_document(text))
    for span in boilerplate_spans(text):
        assert 0 <= span.start <= span.end <= len(text)
    assert doc.source is None or isinstance(doc.source.name, str)


def test_colon_datelines_give_a_city_only_for_known_places_in_capitals() -> None:
    line = dateline("PESHAWAR: Two soldiers were killed in an attack, officials said.")
    assert line is not None
    assert line.city is not None
    assert line.city.text == "PESHAWAR"
    assert line.outlet is None
    for text in ("UPDATE: Two soldiers were killed.", "Pakistan: Two soldiers killed in attack",
                 "Note: figures are provisional."):
        assert dateline(text) is None, text


def test_several_cities_in_a_dateline_give_no_single_city() -> None:
    line = dateline("DUBAI/KYIV, Oct 14 (Reuters) - Drones hit a fuel depot.")
    assert line is not None
    assert line.outlet == "Reuters"
    assert line.city is None


BOILERPLATE_TEXT = ("By Sara Lind, Reuters\nMOGADISHU, June 2 (Reuters) - Gunmen stormed a village.\n"
                    "Read more: Earlier attacks\nElders said six died.\n"
                    "The post Gunmen storm a village appeared first on Horn Wire.\n")


@given(st.integers(0, len(BOILERPLATE_TEXT)), st.integers(0, 40))
def test_in_boilerplate_is_overlap_with_any_span(start: int, size: int) -> None:
    """The binary search agrees with the plain definition (shrinks toward the empty span at 0)."""
    span = Span(start, min(len(BOILERPLATE_TEXT), start + size))
    plain = any(b.start < span.end and span.start < b.end if span.end > span.start
                else b.start <= span.start < b.end for b in boilerplate_spans(BOILERPLATE_TEXT))
    assert in_boilerplate(BOILERPLATE_TEXT, span) == plain


def test_when_where_runs_after_every_stage_that_adds_claims() -> None:
    stages = list(claimkit.default_pipeline())
    names = [s.name for s in stages]
    for s in stages:
        if any(fact.startswith("claims") for fact in s.provides):
            assert names.index(s.name) < names.index("when_where"), s.name
