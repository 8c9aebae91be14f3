"""Whether a casualty figure tells an earlier event or a whole war, not the report's news.

A report on today's attack often recalls older figures: "a day after twin blasts killed 30",
"In October 2024, about 40 soldiers were killed", "The conflict has killed more than 150,000
people since 2023", "lost thousands of fighters in the war". Such a figure is ``background``:
it stays a claim, but it never counts in the document's tally and never merges with a figure
of the news. The words that say so stand before the figure (a time the sentence opens on, a
war that did the killing) or after it (a year, "since the coup", "over the past decade").
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit.text._calendar import MONTH_PATTERN, MONTHS

from ._words import holds_any

# What a war's time is counted from: "the start of", "the war", "the coup", "the truce".
_WAR_START: Final = (r"(?:(?:start|beginning|outbreak)\s++of"
                     r"|war|conflict|insurgency|invasion|coup|ceasefire|truce)")

#: Words before a figure in its sentence that put it in an earlier event ("..., a day after
#: twin blasts killed 30", "this comes two weeks after 12 soldiers died", "officials said at the
#: time that 16 civilians were killed").
_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d{1,2})"
    r"\s++(?:days?|weeks?|months?|years?)\s++(?:after|before|earlier)|(?:comes?|came|follows|followed)"
    r"\s++(?:[\p{L}\d]++\s++){0,4}?(?:after|on\s+the\s+heels\s+of)|previous|last\s+(?:year|month|week)"
    r"|earlier\s+(?:this|that)\s+(?:year|month|week)|at\s+the\s+time(?!\s+of)"
    # ("Since the start of the war, ...", "since the coup")
    r"|since\s++the\s++" + _WAR_START + r")(?![\p{L}])"
)

# A war that did the killing, as the figure's subject: "The conflict has killed ...", "Yemen's
# decade-long war has killed ...", "The 2023-2024 war killed ...", "a five-year civil war in
# which an estimated 400,000 people were killed". A war told in the perfect is the whole war;
# one dated or measured in years is too. (Not "the fighting has killed 40 since Sunday": the
# news itself.)
_WAR: Final = r"(?:civil\s++)?(?:war|conflict|insurgency|rebellion|uprising)"
_WAR_BEFORE: Final = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{_WAR},?(?:\s++[^\s.;:]++){{0,8}}?\s++(?:has|have)(?:\s++(?:so\s++far|already))?"
    r"|(?:(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?|[\p{L}]+-(?:year|decade)(?:-long|-old)?|decades?-long|years-long"
    rf"|half-century)\s++(?:[\p{{L}}-]++\s++)?(?:{_WAR}|offensive|campaign|invasion|attacks?|abduction|kidnapping"
    r"|massacre|bombings?|raids?|clashes|events)(?:\s++[^\s.;:]++){0,2}?)"
    # (the figure right after, its verb in it or not: "has killed some 40,000", "claimed the
    # lives of 40", "in which an estimated 400,000 people were killed")
    r"(?:\s++(?:killed|claimed|left|in\s++which)(?:\s++[^\s.;:]++){0,4}?)?\s*+\Z")

#: The words every match of _BEFORE holds, and of _WAR_BEFORE (its war, or the deed it dates).
BEFORE_WORDS: Final = ("day", "week", "month", "year", "come", "came", "follow", "previous", "time",
                       "since")
WAR_BEFORE_WORDS: Final = ("war", "conflict", "insurgency", "rebellion", "uprising", "offensive",
                           "campaign", "invasion", "attack", "abduction", "kidnapping", "massacre",
                           "bombing", "raid", "clashes", "events")

#: A month the figure's sentence sets it in ("In March, ...", "Last September ...", "since
#: January"): an earlier event when it is not the report's month (not "on March 3", a day of it).
_IN_MONTH: Final = regex.compile(
    rf"(?<![\p{{L}}])(?i:last|in|during|since)\s++(?P<month>{MONTH_PATTERN})(?![\p{{L}}])(?!\s++\d)")

#: A year the figure's sentence sets it in ("In October 2024, about 40 soldiers were killed",
#: "... in Haiti in 2024", "since 2015", "between October 2024 and June 2025", "in the spring
#: of 2025", "Since the July 2025 events"): an earlier event when the year is before the
#: report's ("since" counts up to now: any year up to it).
_IN_YEAR: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?P<prep>in|since|during|by|between|of)\s++(?:(?:early|late|mid-?)\s*+)?(?:[\p{L}]+\s++){0,2}"
    r"(?P<year>(?:19|20)\d\d)(?![\d\p{L}])")

# After the figure, in its clause: a span of time that reaches back past the news ("since the
# coup", "since the start of the war", "so far this year", "in recent years", "over six
# decades", "between January and June", "in those clashes", "during the civil war").
_AFTER: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:since\s++(?:then|the\s++(?:" + _WAR_START + r"|takeover)"
    r"|(?:start|beginning|outbreak)\s++of|the\s++[\p{L}'’-]++\s++(?:war|conflict|insurgency|invasion)"
    r"|(?:\p{Lu}[\p{L}'’]*+\s++|it\s++|they\s++)(?:launched|began|started|invaded|seized|took|resumed|ended|went))"
    r"|(?:so\s++far\s++)?this\s++year|last\s++year|in\s++recent\s++(?:years|months)"
    r"|(?:over|in|during)\s++the\s++(?:past|last)\s++(?:[\p{L}\d]++\s++)?(?:years?|decades?|months)"
    r"|over\s++(?:the\s++years|[\p{L}\d]++\s++decades)"
    rf"|between\s++{MONTH_PATTERN}\s++and\s++{MONTH_PATTERN}"
    r"|(?:in|during)\s++(?:that|those)\s++(?:war|conflict|clash(?:es)?)"
    rf"|(?:in|during)\s++the\s++{_WAR}(?=\s*+[,.;]|\s++(?:so\s++far|that|which)(?![\p{{L}}])))(?![\p{{L}}])")

# Words that make a time after them a comparison, not the figure's time: "the deadliest attack
# since 2023", "the worst this year"; and words that open another clause, whose time is its own
# ("killed 12 soldiers on Sunday when gunmen who have roamed the area since 2023 attacked").
_NOT_THE_FIGURES: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:worst|deadliest|bloodiest|biggest|largest|heaviest|highest|first|most|only|single"
    r"|second|third|fourth|fifth|sixth|latest|last|\d+(?:st|nd|rd|th)"
    r"|who|which|whose|that|when|where|while|because|after|before|until|as|than)(?![\p{L}])")

# How far before a figure its sentence may set it in a time, and how far after: bounded so
# that a huge sentence is not read again for each figure.
_LOOK_BEFORE: Final = 200
_LOOK_AFTER: Final = 160


def earlier_event(text: str, clause_start: int, sentence: tuple[int, int], start: int, end: int,
                  stop: int, year: int | None, month: int | None) -> bool:
    """Whether the figure at ``text[start:end]`` tells an earlier event or a whole war.

    Args:
        text: the document's text.
        clause_start: where the words before the figure that may date it begin.
        sentence: the figure's sentence.
        start, end: the figure's span.
        stop: where the next figure of the sentence starts (the sentence's end if none): a
            time after that one is that figure's.
        year, month: the publication's, when known.
    """
    # (each pattern before the figure only where one of its words is: most figures have none)
    if holds_any(text, clause_start, start, BEFORE_WORDS) \
            and _BEFORE.search(text, clause_start, start) is not None:
        return True
    lo = max(sentence[0], start - _LOOK_BEFORE)
    if holds_any(text, lo, start, WAR_BEFORE_WORDS) and _WAR_BEFORE.search(text, lo, start) is not None:
        return True
    if year is not None and any(_before_now(y, year) for y in _IN_YEAR.finditer(text, lo, start)):
        return True
    if month is not None and _in_another_month(text, lo, start, month):
        return True
    hi = min(stop, sentence[1], end + _LOOK_AFTER)
    after = _AFTER.search(text, end, hi)
    if after is not None and _NOT_THE_FIGURES.search(text, end, after.start()) is None:
        return True
    if month is not None and (told := _IN_MONTH.search(text, end, hi)) is not None \
            and _other_month(told, month) and _NOT_THE_FIGURES.search(text, end, told.start()) is None:
        return True  # "killed at least 3,000 civilians since January"
    if year is None:
        return False
    for y in _IN_YEAR.finditer(text, end, hi):
        if _NOT_THE_FIGURES.search(text, end, y.start()) is not None:
            return False
        if _before_now(y, year):
            return True
    return False


def _before_now(found: regex.Match[str], year: int) -> bool:
    """Whether the year ``found`` reaches before the report's ``year`` ("since" any year up to it)."""
    told = int(found["year"])
    return told < year or (told == year and found["prep"].lower() == "since")


def _in_another_month(text: str, lo: int, hi: int, month: int) -> bool:
    """Whether ``text[lo:hi]`` sets its figure in a month other than the report's ("In March,
    three police officers died", "Last September, seven of its soldiers were killed", in a
    report published in May): an earlier event."""
    return any(_other_month(m, month) for m in _IN_MONTH.finditer(text, lo, hi))


def _other_month(found: regex.Match[str], month: int) -> bool:
    """Whether the month ``found`` is not the report's ``month`` (1 to 12)."""
    return MONTHS.index(found["month"].lower()) + 1 != month


# A war's whole toll, in the perfect: "The insurgency, now in its 16th year, has killed more
# than 40,000 people", "The violence has killed more than 20,000 people", "Israeli attacks on
# Lebanon have killed more than 2,500 people". Its "people" are of every side.
_WHOLE_WAR: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:war|conflict|insurgency|rebellion|violence|fighting|attacks|strikes|offensive)"
    r"(?![\p{L}])[^.;:!?\n]{0,80}?(?<![\p{L}])(?:has|have|had)\s++(?:[\p{L}]++\s++){0,2}?"
    r"(?:killed|claimed)(?![\p{L}])[^.;:!?\n]{0,60}\Z")


def whole_war_toll(text: str, lo: int, end: int) -> bool:
    """Whether the figure ending at ``end`` (its verb in it or not) is a war's whole toll (see
    _WHOLE_WAR), its sentence starting at ``lo``."""
    return _WHOLE_WAR.search(text, max(lo, end - 200), end) is not None
