"""Time expressions: which phrase governs a claim, and its date against publication."""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Attribution, Claim, Document, Snippet, Span, stage
from claimkit._api import make_document
from claimkit.extractors import _dates
from claimkit.extractors._dates import WEEKDAYS, resolve, time_mentions
from claimkit.extractors._source import source_stage
from claimkit.extractors._when_where import when_where

SUNDAY = dt.date(2025, 10, 12)
TUESDAY = dt.date(2025, 10, 14)


def claims_over(text: str, phrases: list[str], published: str | None = None) -> Document:
    """A document with one casualty claim over each phrase, after the source and when_where stages."""
    doc = make_document(text, published=published)
    doc = doc.add_claims(Claim("casualty", Span(text.index(p), text.index(p) + len(p))) for p in phrases)
    return when_where(source_stage(doc))


def time_of(text: str, phrase: str,
            published: str | None = "2025-10-14") -> tuple[str, dt.date | None] | None:
    claim = claims_over(text, [phrase], published).claims[0]
    return (claim.time.text, claim.time.date) if claim.time else None


@pytest.mark.parametrize(("sentence", "text", "date"), [
    ("Three guards were killed on Sunday.", "on Sunday", dt.date(2025, 10, 12)),
    ("Three guards were killed overnight.", "overnight", dt.date(2025, 10, 13)),
    ("Three guards were killed on Monday night.", "on Monday night", dt.date(2025, 10, 13)),
    ("Three guards were killed last week.", "last week", dt.date(2025, 10, 6)),
    ("Three guards were killed on 15 March 2020.", "on 15 March 2020", dt.date(2020, 3, 15)),
    ("Three guards were killed earlier this month.", "earlier this month", dt.date(2025, 10, 1)),
    ("Three guards were killed late on Saturday.", "late on Saturday", dt.date(2025, 10, 11)),
    ("Three guards were killed yesterday.", "yesterday", dt.date(2025, 10, 13)),
    ("Three guards were killed on Oct. 14.", "on Oct. 14", dt.date(2025, 10, 14)),
    ("Three guards were killed on Oct. 20.", "on Oct. 20", dt.date(2024, 10, 20)),
    ("Three guards were killed on March 15, 2021.", "on March 15, 2021", dt.date(2021, 3, 15)),
    ("Three guards were killed today.", "today", dt.date(2025, 10, 14)),
    ("Three guards were killed on Tuesday.", "on Tuesday", dt.date(2025, 10, 14)),
    ("Three guards were killed last Tuesday.", "last Tuesday", dt.date(2025, 10, 7)),
    ("Three guards were killed three days ago.", "three days ago", dt.date(2025, 10, 11)),
    ("Three guards were killed two weeks ago.", "two weeks ago", dt.date(2025, 9, 30)),
    ("Three guards were killed a month ago.", "a month ago", dt.date(2025, 9, 14)),
    ("Three guards were killed over the weekend.", "over the weekend", dt.date(2025, 10, 11)),
    ("Three guards were killed earlier this week.", "earlier this week", dt.date(2025, 10, 13)),
    ("Three guards were killed last month.", "last month", dt.date(2025, 9, 1)),
    ("Three guards were killed last year.", "last year", dt.date(2024, 1, 1)),
    ("Three guards were killed in March.", "in March", dt.date(2025, 3, 1)),
    ("Three guards were killed in November.", "in November", dt.date(2024, 11, 1)),
    ("Three guards were killed in March 2019.", "in March 2019", dt.date(2019, 3, 1)),
    ("Three guards were killed in the early hours of Sunday.", "in the early hours of Sunday",
     dt.date(2025, 10, 12)),
    ("Three guards were killed overnight into Monday.", "overnight into Monday", dt.date(2025, 10, 12)),
    ("Three guards were killed on 2025-09-30.", "on 2025-09-30", dt.date(2025, 9, 30)),
    ("Three guards were killed in recent days.", "in recent days", None),
])
def test_each_construction_resolves_against_publication(sentence: str, text: str,
                                                        date: dt.date | None) -> None:
    assert time_of(sentence, "Three guards were killed") == (text, date)


def test_without_publication_absolute_dates_resolve_and_relative_ones_keep_their_text() -> None:
    assert time_of("Two died on 4 July 2023.", "Two died", None) == ("on 4 July 2023", dt.date(2023, 7, 4))
    assert time_of("Two died on Sunday.", "Two died", None) == ("on Sunday", None)
    assert time_of("Two died on July 4.", "Two died", None) == ("on July 4", None)
    assert time_of("Two died yesterday.", "Two died", None) == ("yesterday", None)


def test_overnight_counts_back_from_the_statement_day() -> None:
    # Published on a Tuesday, the statement was made on Sunday: the night before it is Saturday's.
    text = "Rebels said on Sunday that overnight shelling killed nine villagers."
    assert time_of(text, "killed nine villagers", "2025-10-14") == ("overnight", dt.date(2025, 10, 11))
    # With no day in the sentence, the night before publication.
    text = "Overnight shelling killed nine villagers, rebels said."
    assert time_of(text, "killed nine villagers", "2025-10-12") == ("Overnight", dt.date(2025, 10, 11))


def test_the_previous_day_counts_from_the_day_named_before() -> None:
    text = "Gunmen raided a checkpoint on Friday. The previous day, four shepherds were abducted."
    assert time_of(text, "four shepherds were abducted") == ("The previous day", dt.date(2025, 10, 9))
    assert time_of("The previous day, four shepherds were abducted.", "four shepherds") == (
        "The previous day", None)


def test_the_nearest_phrase_in_the_sentence_governs() -> None:
    text = "Four soldiers were killed on Sunday and two more died on Monday."
    doc = claims_over(text, ["Four soldiers were killed", "two more died"], "2025-10-14")
    assert [c.time.text for c in doc.claims if c.time] == ["on Sunday", "on Monday"]


def test_the_reported_content_beats_the_statement_frame() -> None:
    text = "Officials said on Monday that eleven fighters died last week."
    claim_at = text.index("eleven")
    content = Span(text.index("eleven"), text.index(" last week"))
    doc = make_document(text, published="2025-10-14").add_claims([Claim(
        "casualty", Span(claim_at, claim_at + 14),
        attribution=Attribution(None, Snippet("said", Span(10, 14)),
                                Snippet(text[content.start:content.end], content)))])
    # "on Monday" is nearer to "eleven fighters" than "last week" is, but it dates the statement.
    assert when_where(doc).claims[0].time is not None
    assert when_where(doc).claims[0].time.text == "on Monday"  # type: ignore[union-attr]
    content = Span(text.index("eleven"), len(text) - 1)
    doc = attrs_evolve_attribution(doc, content)
    assert when_where(doc).claims[0].time.text == "last week"  # type: ignore[union-attr]


def attrs_evolve_attribution(doc: Document, content: Span) -> Document:
    import attrs

    claim = doc.claims[0]
    assert claim.attribution is not None
    att = attrs.evolve(claim.attribution, content=Snippet(doc.text[content.start:content.end], content))
    return attrs.evolve(doc, claims=(attrs.evolve(claim, attribution=att),))


def test_falls_back_to_the_paragraph_then_the_lead() -> None:
    text = ("Clashes erupt at the border\n"
            "Heavy fighting broke out on Saturday, officials said.\n"
            "Villagers fled on Sunday. At least six civilians were wounded.\n"
            "Aid groups said 40 families lost their homes.")
    doc = claims_over(text, ["six civilians were wounded", "40 families"], "2025-10-14")
    assert [(c.time.text, c.time.date) for c in doc.claims if c.time] == [
        ("on Sunday", dt.date(2025, 10, 12)), ("on Saturday", dt.date(2025, 10, 11))]


def test_the_seed_like_article_dates_its_casualties_to_the_night_before() -> None:
    # Our own article in the manner of the seed: a Sunday report about overnight clashes.
    text = ("Militia Says 12 Posts Taken, 30 Guards Killed in Overnight Clashes\n"
            "A militia spokesman said 12 posts were taken in overnight clashes that left 30 guards dead.\n"
            "The militia said its fighters also lost four men, the spokesman told reporters on Sunday.\n"
            "He said at least 15 guards were wounded in the fighting.\n"
            "The post Militia Says 12 Posts Taken appeared first on Plains Gazette.")
    doc = claims_over(text, ["30 guards dead", "lost four men", "at least 15 guards were wounded"],
                      "2025-10-12")
    assert doc.source is not None
    assert doc.source.name == "Plains Gazette"
    for claim in doc.claims:
        assert claim.time is not None
        assert claim.time.date in (dt.date(2025, 10, 11), dt.date(2025, 10, 12))


def test_the_reuters_dateline_example_through_extract() -> None:
    text = "KABUL, Oct 14 (Reuters) - Two policemen were killed on Monday night, a provincial spokesman said."

    @stage("tiny_claim", after="source", before="when_where")
    def tiny(doc: Document) -> Document:
        at = doc.text.find("Two policemen")
        return doc.add_claims([Claim("casualty", Span(at, at + 25))]) if at >= 0 else doc

    doc = claimkit.extract(text, published="2025-10-14", pipeline=claimkit.default_pipeline().add(tiny))
    claim = doc.claims[-1]
    assert doc.source is not None
    assert doc.source.name == "Reuters"
    assert claim.time is not None
    assert (claim.time.text, claim.time.date) == ("on Monday night", dt.date(2025, 10, 13))
    assert claim.location is not None
    assert claim.location.text == "KABUL"


def test_existing_times_are_kept() -> None:
    text = "Two died on Sunday."
    given_time = claimkit.TimeExpression("Two", Span(0, 3), None)
    doc = make_document(text, published="2025-10-14").add_claims(
        [Claim("casualty", Span(0, 8), time=given_time)])
    assert when_where(doc).claims[0].time == given_time


def test_dateparser_is_only_asked_about_absolute_phrases(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateparser.date import DateDataParser

    asked: list[str] = []
    real = DateDataParser.get_date_data

    def spy(self: DateDataParser, phrase: str, *args: object, **kwargs: object) -> object:
        asked.append(phrase)
        return real(self, phrase, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DateDataParser, "get_date_data", spy)
    monkeypatch.setattr(_dates, "plain_date", lambda phrase: None)  # every phrase to dateparser
    for cached in (_dates.read_date, _dates.parse_absolute, _dates.resolve):
        cached.cache_clear()
    text = ("Fighters died on Sunday, overnight, last week and on 9 May 2001 near the river. "
            "On May 9, 2001 too.")
    dates = [resolve(m.meaning, m.text, TUESDAY) for m in time_mentions(text)]
    # Once per spelling of the phrase, whatever the publication date; never the relative ones.
    assert resolve(time_mentions(text)[3].meaning, "", SUNDAY) == dt.date(2001, 5, 9)
    assert asked == ["9 May 2001", "May 9 2001"]
    assert dates == [dt.date(2025, 10, 12), dt.date(2025, 10, 13), dt.date(2025, 10, 6), dt.date(2001, 5, 9),
                     dt.date(2001, 5, 9)]


def _dateparser_reading(phrase: str) -> dt.date | None:
    found = _dates._date_reader().get_date_data(phrase).date_obj
    return found.date() if isinstance(found, dt.datetime) else None


@pytest.mark.parametrize("year", ["", " 1900", " 2000", " 2001", " 2024"])  # leap or not
def test_plain_dates_are_read_as_dateparser_reads_them(year: str) -> None:
    # every spelling of every month, with every day it has and days it lacks, both orders
    days = [str(d) for d in range(33)] + [f"0{d}" for d in range(10)]
    phrases = [f"{m} {year}".strip() for m in _dates._MONTH_WORDS] if year else []
    for month in _dates._MONTH_WORDS:
        phrases += [f"{day} {month}{year}" for day in days] + [f"{month} {day}{year}" for day in days]
    read = {p: _dates.plain_date(p) for p in phrases}
    assert sum(d is not None for d in read.values()) > len(phrases) * 0.8
    for phrase, date in read.items():
        if date is not None:
            assert date == _dateparser_reading(phrase), phrase
    # other shapes are left to dateparser
    assert [_dates.plain_date(p) for p in ("2001-05-09", "May", "9 May 2001 10", "May 2001 9",
                                           "9 Mai 2001", "9 may 2001", "May 1850")] == [None] * 7


def test_a_date_without_a_year_is_read_once_and_placed_before_each_publication() -> None:
    assert _dates.parse_absolute("Oct. 20", dt.date(2025, 10, 14)) == dt.date(2024, 10, 20)
    assert _dates.parse_absolute("Oct. 20", dt.date(2025, 10, 20)) == dt.date(2025, 10, 20)
    assert _dates.parse_absolute("the 20th of October", dt.date(2026, 1, 2)) == dt.date(2025, 10, 20)
    assert _dates.parse_absolute("Feb. 29", dt.date(2025, 10, 14)) == dt.date(2024, 2, 29)
    assert _dates.parse_absolute("Oct. 20", None) is None
    assert _dates.parse_absolute("31 February 2020", dt.date(2025, 10, 14)) is None


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.sampled_from(sorted(WEEKDAYS)), st.sampled_from(["on ", "late on ", "early ", ""]),
       st.sampled_from(["", " night", " morning"]))
def test_a_weekday_lies_in_the_week_up_to_publication(published: dt.date, day: str, prefix: str,
                                                      part: str) -> None:
    """Shrinks toward the first date and Friday: the same weekday as publication is that day."""
    phrase = f"{prefix}{day.capitalize()}{part}"
    found = time_mentions(f"Two were killed {phrase}.")
    assert [m.text for m in found] == [phrase]
    date = resolve(found[0].meaning, found[0].text, published)
    assert date is not None
    assert published - dt.timedelta(days=6) <= date <= published
    assert date.weekday() == WEEKDAYS[day]


@given(st.text(max_size=300), st.none() | st.dates(min_value=dt.date(1990, 1, 1),
                                                   max_value=dt.date(2060, 1, 1)))
def test_arbitrary_text_never_raises(text: str, published: dt.date | None) -> None:
    for m in time_mentions(text):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
        resolve(m.meaning, m.text, published)


NEWSY = st.lists(st.sampled_from([
    "on Sunday", "overnight", "last week", " ", ".", "\n", "killed", "on 15 March 2020", "yesterday",
    "the previous day", "Oct. 14", "in March", "three days ago", "Officials said", ",",
]), max_size=30).map("".join)


@given(NEWSY, st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 1, 1)))
def test_claims_anywhere_get_times_in_bounds(text: str, published: dt.date | None) -> None:
    doc = make_document(text, published=published)
    spans = [Span(m.start(), m.end()) for m in regex.finditer(r"killed", text)] or [Span(0, len(text))]
    doc = when_where(source_stage(doc.add_claims(Claim("casualty", s) for s in spans)))
    for claim in doc.claims:
        if claim.time:
            assert text[claim.time.span.start:claim.time.span.end] == claim.time.text


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
       st.sampled_from(sorted(WEEKDAYS)))
def test_a_claims_weekday_lies_in_the_seven_days_up_to_publication(published: dt.date, day: str) -> None:
    """Through the stage: "on Tuesday" governs the claim and falls in [published - 6, published]."""
    text = f"Two soldiers were killed on {day.capitalize()}, the army said."
    claim = claims_over(text, ["Two soldiers were killed"], published.isoformat()).claims[0]
    assert claim.time is not None
    assert claim.time.text == f"on {day.capitalize()}"
    assert claim.time.date is not None
    assert 0 <= (published - claim.time.date).days < 7
    assert claim.time.date.weekday() == WEEKDAYS[day]


def test_times_of_day_before_a_weekday_belong_to_the_phrase() -> None:
    assert time_of("Three guards were killed at dawn on Tuesday.", "Three guards were killed") == (
        "at dawn on Tuesday", TUESDAY)
    assert time_of("Three guards were killed in the early hours of Sunday.", "Three guards were killed") == (
        "in the early hours of Sunday", SUNDAY)


def test_a_range_scan_finds_what_the_whole_text_scan_finds() -> None:
    text = "Two died on Sunday. Four died on 15 March 2020 in the north. Six died last week."
    second = text.index("Four")
    assert [m.text for m in time_mentions(text, second, text.index("Six"))] == ["on 15 March 2020"]
    assert [m.text for m in time_mentions(text)] == ["on Sunday", "on 15 March 2020", "last week"]


@given(st.one_of(NEWSY, st.text(max_size=200)))
def test_anchored_scan_equals_the_full_pattern(text: str) -> None:
    """Looking only around anchor words misses nothing the full pattern finds (shrinks toward "")."""
    full = [(m.start(), m.end()) for m in _dates._TIME.finditer(text)]
    assert [(m.start, m.end) for m in time_mentions(text)] == full


def test_many_phrases_and_claims_in_one_sentence_stay_linear() -> None:
    # A 200 KB "sentence" of time and place phrases with a claim every 100 characters: the rule
    # uses binary searches, so this takes well under a second rather than minutes.
    text = ("killed near the border on Sunday and in Kabul overnight and " * 3400)[:200_000]
    doc = make_document(text, published="2025-10-12").add_claims(
        Claim("casualty", Span(i, i + 6)) for i in range(0, len(text) - 6, 100))
    doc = when_where(doc)
    assert all(c.time is not None and c.location is not None for c in doc.claims)
    assert all(abs(c.time.span.start - c.span.start) < 80 for c in doc.claims if c.time)
