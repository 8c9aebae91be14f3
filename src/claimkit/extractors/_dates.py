"""Time expressions in news text, and their dates against the publication date.

:func:`time_mentions` finds candidate phrases with one precompiled pattern, run only around
anchor words; :func:`resolve` turns a phrase's meaning into a date. dateparser is called only
for absolute dates ("15 March 2020", "Oct. 14") that this pattern found and :func:`plain_date`
does not read, once per spelling (:func:`read_date`, cached); the year of a date written
without one is chosen here, the latest on or before publication. Its whole-text search is far
too slow for the pipeline. Everything relative is plain arithmetic, so that the rules are ours
and documented (dateparser reads "Sunday" in a Sunday report as a week earlier and has no
reading for "overnight"):

* a weekday ("on Sunday", "late on Saturday", "Monday night") is the most recent such day on
  or before publication: in a Sunday report "on Sunday" is that Sunday, so the date lies in
  [published - 6, published]. "last Sunday" is the most recent one strictly before.
* "overnight", "last night", "yesterday" are the day before the anchor, "today", "tonight",
  "this morning" the anchor itself, where the anchor is the day of the statement when its
  sentence names one ("... told reporters on Sunday"), else the publication date. So
  "overnight" in a Sunday statement is dated Saturday, the evening the night began, as
  "Saturday night" is. "overnight into Sunday" is Saturday; "overnight Saturday" Saturday.
* a period is dated to its first day: "last week" the Monday of the week before publication,
  "this week"/"earlier this week" this week's Monday, "earlier this month" the 1st, "last
  month" the previous month's 1st, "last year"/"this year" January 1, "over the weekend" the
  most recent Saturday on or before publication, "in March" the 1st of the latest March on or
  before publication.
* "three days ago", "two weeks ago", "a month ago" count back from publication.
* "the previous day", "the night before" are the day before the day the text named last
  (in the same paragraph); with no such day they keep no date.
* vague spans ("in recent days", "the past few weeks", "several days ago") keep their text,
  with no date.

Without a publication date, absolute dates that carry a year still resolve; everything else
keeps its text and a date of None.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache
from typing import Any

import attrs
import regex

from claimkit.text._calendar import MONTH_ABBREVIATIONS
from claimkit.text._calendar import MONTHS as MONTH_NAMES
from claimkit.text._calendar import WEEKDAYS as WEEKDAY_NAMES

#: Weekday names -> Python weekday numbers (Monday is 0).
WEEKDAYS: dict[str, int] = {name: i for i, name in enumerate(WEEKDAY_NAMES)}
#: Month names and abbreviations -> month numbers.
MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(MONTH_NAMES, 1)},
    **{short: next(i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(short))
       for short in MONTH_ABBREVIATIONS},
}
#: Deictic words -> days before the anchor (the statement's day or publication).
DEICTIC: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "yesterday": 1, "overnight": 1, "last night": 1, "late last night": 1,
    "yesterday morning": 1, "yesterday afternoon": 1, "yesterday evening": 1,
    "the day before yesterday": 2,
}
#: Counted amounts in "N days ago".
AMOUNTS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_WD = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_MON_FULL = r"(?-i:January|February|March|April|June|July|August|September|October|November|December)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_PART = r"(?:morning|afternoon|evening|night|midday|noon|dawn|daybreak)"
_PREFIX = (r"(?:at\s+(?:dawn|daybreak|dusk|midnight)\s+)?"
           r"(?:(?:late|early|earlier|later)\s+(?:on\s+)?|on\s+|since\s+)?")

_TIME = regex.compile(
    rf"""\b(?:
      (?P<date>{_PREFIX}(?:(?:the\s+)?(?:night|morning|evening|early\s+hours)\s+of\s+)?(?:{_WD},?\s+)?
          (?P<dtext>(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?
                   |{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d:])
                   |{_YEAR}-[01]\d-[0-3]\d))
     |(?P<monthyear>(?:in\s+|since\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<mytext>{_MON}\s+{_YEAR}))
     |(?P<overnightwd>(?:late\s+|early\s+)?overnight\s+(?P<oinc>into\s+|to\s+|on\s+)?(?P<owd>{_WD}))
     |(?P<weekday>(?:(?:in\s+)?the\s+(?:early\s+|small\s+)?hours\s+of\s+|{_PREFIX})
          (?:(?P<wlast>last|this|past)\s+)?(?P<wd>{_WD})(?:\s+{_PART})?)
     |(?P<deictic>(?:late\s+|early\s+|earlier\s+)?(?:the\s+day\s+before\s+yesterday|yesterday(?:\s+{_PART})?
          |today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|overnight))
     |(?P<period>(?:(?P<pmod>earlier|later|late|early)\s+(?:in\s+)?)?(?P<pwhich>this|last|past|previous|the)\s+
          (?P<punit>week|weekend|month|year)(?!\s+(?:of|old|long|-))
         |(?:over|at|during)\s+the\s+weekend)
     |(?P<ago>(?P<gnum>\d{{1,3}}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve
          |several|a\s+few|few|some)\s+(?P<gunit>days?|weeks?|months?|years?)\s+ago)
     |(?P<relative>(?:on\s+)?the\s+(?:previous|preceding)\s+(?:day|night|evening)|the\s+(?:day|night)\s+before(?!\s+yesterday))
     |(?P<vague>(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?(?:days|weeks|months))
     |(?P<month>(?:(?:in|since|during)\s+(?:(?:early|mid|late)[\s-]+)?|(?:early|mid|late)[\s-]+)(?P<mname>{_MON_FULL}))
    )\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
_WORD = regex.compile(r"[a-z]+")


@attrs.frozen
class TimeMention:
    """A time phrase: its span, its text, and what it means (``meaning``, a hashable tuple)."""

    start: int
    end: int
    text: str
    meaning: tuple[str | int, ...]

    @property
    def is_day(self) -> bool:
        """True for phrases that name one day (a weekday or a full date): a statement's day."""
        return self.meaning[0] in ("weekday", "date")


def _weekday_meaning(m: regex.Match[str]) -> tuple[str | int, ...]:
    wd = WEEKDAYS[m.group("wd").lower()]
    which = (m.group("wlast") or "").lower()
    return ("weekday", wd, "last" if which in ("last", "past") else "")


def _meaning(m: regex.Match[str]) -> tuple[str | int, ...]:
    kind = m.lastgroup or ""
    if kind == "date":
        return ("date", " ".join(m.group("dtext").split()))
    if kind == "monthyear":
        return ("date", " ".join(m.group("mytext").split()))
    if kind == "overnightwd":
        into = (m.group("oinc") or "").strip().lower()
        return ("weekday_minus", WEEKDAYS[m.group("owd").lower()], 1 if into in ("into", "to") else 0)
    if kind == "weekday":
        return _weekday_meaning(m)
    if kind == "deictic":
        words = " ".join(m.group().lower().split())
        core = words.removeprefix("late ").removeprefix("early ").removeprefix("earlier ")
        offset = DEICTIC.get(words, DEICTIC.get(core))
        if offset is None and core.startswith("yesterday"):
            offset = 1
        return ("deictic", offset if offset is not None else 0)
    if kind == "period":
        unit = (m.group("punit") or "weekend").lower()
        which = (m.group("pwhich") or "last").lower()
        if which in ("past", "previous"):
            which = "last"
        if which == "the" and not m.group("pmod"):
            return ("vague",)  # "the week" on its own says nothing
        if which == "the":
            which = "this"  # "earlier in the week"
        if m.group("punit") is None:  # "over the weekend"
            return ("period", "weekend", "this")
        return ("period", unit, which)
    if kind == "ago":
        num = " ".join(m.group("gnum").lower().split())
        n = int(num) if num.isdigit() else AMOUNTS.get(num)
        unit = m.group("gunit").lower().rstrip("s")
        return ("ago", n, unit) if n is not None else ("vague",)
    if kind == "month":
        return ("month", MONTHS[m.group("mname").lower()])
    if kind == "relative":
        return ("relative", 1)
    return ("vague",)


# Every time phrase holds one of these words. They are found first (one cheap pass), and the
# full pattern only runs in a small window around each: running it over the whole text tries
# a dozen optional prefixes at every word and is several times slower.
_ANCHOR = regex.compile(
    r"""\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
       |January|February|March|April|May|June|July|August|September|October|November|December
       |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec
       |(?:19|20)\d\d-[01]\d
       |[Yy]esterday|[Tt]oday|[Tt]onight|[Oo]vernight|OVERNIGHT|night|morning|afternoon|evening
       |weeks?|weekend|months?|year|days?|previous|preceding|ago)\b""",
    regex.VERBOSE,
)
# How far a phrase reaches before and after its anchor word ("in the early hours of Sunday",
# "Monday, 15 March 2020"); the longest constructions need about half of this.
_BEFORE, _AFTER = 60, 40


def _scan(text: str, start: int, end: int) -> list[TimeMention]:
    out: list[TimeMention] = []
    done = start  # no phrase may start before the end of the last one found
    for a in _ANCHOR.finditer(text, start, end):
        if a.start() < done:
            continue
        lo = max(done, a.start() - _BEFORE)
        for m in _TIME.finditer(text, lo, min(end, a.end() + _AFTER)):
            if m.end() <= a.start():
                continue  # a phrase without this anchor: found, if at all, by its own anchor
            if m.start() >= a.end():
                break  # a later phrase, maybe cut by the window: its own anchor finds it whole
            out.append(TimeMention(m.start(), m.end(), m.group(), _meaning(m)))
            done = m.end()
            break
    return out


@lru_cache(maxsize=16)
def _mentions(text: str) -> tuple[TimeMention, ...]:
    return tuple(_scan(text, 0, len(text)))


def time_mentions(text: str, start: int = 0, end: int | None = None) -> tuple[TimeMention, ...]:
    """Every time phrase in ``text`` (or in ``text[start:end]``), in order.

    The whole text's phrases are cached per text; a range is scanned afresh, so a caller that
    needs only a few sentences of a long text pays for those alone.
    """
    if start <= 0 and (end is None or end >= len(text)):
        return _mentions(text)
    return tuple(_scan(text, max(0, start), len(text) if end is None else min(end, len(text))))


def _months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


# The day dateparser counts from when it reads a phrase without a year: the last day of a leap
# year, so that "Feb. 29" reads and every month and day falls in that year, before the base.
_READ_BASE = dt.datetime(2000, 12, 31)
_HAS_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_NOISE = regex.compile(r"\bthe\s+|(?<=\d)(?:st|nd|rd|th)\b|\bof\s+|[.,]")
_SPACES = regex.compile(r"\s+")


@lru_cache(maxsize=1)
def _date_reader() -> Any:
    """dateparser's reader, made once: English only, absolute dates only (the relative readings
    are ours), a month alone read as its first day."""
    from dateparser.date import DateDataParser  # imported on first use: loading it takes a while

    settings = {"RELATIVE_BASE": _READ_BASE, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["absolute-time"]}
    return DateDataParser(languages=["en"], locales=["en"], settings=settings, try_previous_locales=False)


# The month spellings the time pattern finds, capitalised as it finds them.
_MONTH_WORDS: dict[str, int] = {name.capitalize(): n for name, n in MONTHS.items()}
_DAY_WORD = regex.compile(r"[0-9]{1,2}")
_YEAR_WORD = regex.compile(r"(?:19|20)[0-9]{2}")


def plain_date(phrase: str) -> dt.date | None:
    """The date of a normalised phrase in a shape the time pattern finds most ("15 March 2020",
    "March 15 2020", "March 2020", "15 March", "Sept 11"), as dateparser reads it (a test
    compares the two on every day of every month): loading dateparser costs as much as reading
    a hundred texts, so most runs need not. None for any other phrase and for a day the month
    lacks, which dateparser is left to read."""
    words = phrase.split(" ")
    if len(words) == 2 and words[0] in _MONTH_WORDS and _YEAR_WORD.fullmatch(words[1]):
        return dt.date(int(words[1]), _MONTH_WORDS[words[0]], 1)  # a month: its first day
    year = _READ_BASE.year  # no year: the one dateparser reads in
    if len(words) == 3 and _YEAR_WORD.fullmatch(words[2]):
        year = int(words.pop())
    if len(words) != 2:
        return None
    day, month = words if words[1] in _MONTH_WORDS else words[::-1]
    if month not in _MONTH_WORDS or not _DAY_WORD.fullmatch(day):
        return None
    try:
        return dt.date(year, _MONTH_WORDS[month], int(day))
    except ValueError:
        return None


@lru_cache(maxsize=8192)
def read_date(phrase: str) -> dt.date | None:
    """dateparser's reading of an absolute date phrase, with no publication date involved (a
    phrase without a year comes back in 2000): :func:`plain_date` for the common shapes, else
    dateparser itself (the one place it is called). Cached on the phrase, so the same date
    written again in any document costs nothing."""
    plain = plain_date(phrase)
    if plain is not None:
        return plain
    try:
        found = _date_reader().get_date_data(phrase).date_obj
    except Exception:  # dateparser raises on odd input (out-of-range days): no date, not an error
        return None
    return found.date() if isinstance(found, dt.datetime) else None


def normalise_date_phrase(phrase: str) -> str:
    """The phrase in one spelling ("the 15th of March, 2020" -> "15 March 2020"): more cache hits."""
    return str(_SPACES.sub(" ", _NOISE.sub(" ", phrase))).strip()


@lru_cache(maxsize=4096)
def parse_absolute(phrase: str, published: dt.date | None) -> dt.date | None:
    """An absolute date phrase ("15 March 2020", "Oct. 14", "March 2020") read by dateparser.

    With ``published`` a phrase without a year takes the latest such date on or before it;
    without ``published`` only phrases carrying a year resolve.
    """
    has_year = _HAS_YEAR.search(phrase) is not None
    if published is None and not has_year:
        return None
    found = read_date(normalise_date_phrase(phrase))
    if found is None or has_year or published is None:
        return found
    year = published.year - ((found.month, found.day) > (published.month, published.day))
    while True:  # only "Feb 29" needs more than one try: back to the last leap year
        try:
            return dt.date(year, found.month, found.day)
        except ValueError:
            year -= 1


def _last_weekday(published: dt.date, weekday: int, strictly_before: bool) -> dt.date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - dt.timedelta(days=back)


def _period_start(unit: str, which: str, published: dt.date) -> dt.date | None:
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        return monday - dt.timedelta(days=7) if which == "last" else monday
    if unit == "weekend":
        saturday = _last_weekday(published, 5, strictly_before=False)
        if which == "last" and published.weekday() >= 5:
            saturday -= dt.timedelta(days=7)
        return saturday
    if unit == "month":
        first = published.replace(day=1)
        return _months_back(first, 1) if which == "last" else first
    if unit == "year":
        return dt.date(published.year - (which == "last"), 1, 1)
    return None


@lru_cache(maxsize=4096)
def resolve(meaning: tuple[str | int, ...], text: str, published: dt.date | None,
            anchor: dt.date | None = None) -> dt.date | None:
    """The date a phrase stands for; ``anchor`` is the statement's day for deictic words.

    :param meaning: a :attr:`TimeMention.meaning`.
    :param text: the phrase (used for absolute dates only).
    :param published: the document's publication date, or None.
    :param anchor: the day of the statement in the phrase's sentence, when it names one.
    """
    kind = meaning[0]
    if kind == "date":
        return parse_absolute(str(meaning[1]), published)
    if kind == "relative":  # "the previous day": only against a day the text named before
        return anchor - dt.timedelta(days=int(meaning[1])) if anchor else None
    base = anchor or published
    if kind == "deictic":
        return base - dt.timedelta(days=int(meaning[1])) if base else None
    if published is None:
        return None
    if kind == "weekday":
        return _last_weekday(published, int(meaning[1]), strictly_before=meaning[2] == "last")
    if kind == "weekday_minus":
        return _last_weekday(published, int(meaning[1]), strictly_before=False) - dt.timedelta(
            days=int(meaning[2]))
    if kind == "period":
        return _period_start(str(meaning[1]), str(meaning[2]), published)
    if kind == "ago":
        n, unit = int(meaning[1]), meaning[2]
        if unit == "day":
            return published - dt.timedelta(days=n)
        if unit == "week":
            return published - dt.timedelta(days=7 * n)
        if unit == "month":
            return _months_back(published, n)
        if unit == "year":
            return _months_back(published, 12 * n)
    if kind == "month":
        month = int(meaning[1])
        return dt.date(published.year - (month > published.month), month, 1)
    return None
