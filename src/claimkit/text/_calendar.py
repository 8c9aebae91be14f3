"""Weekday and month names, written once for the many word lists and patterns that must know a
date word when they meet one: where a subject or a group's noun phrase ends, where a period
does not end a sentence ("Oct. 7"), which capitalised word is no place ("Monday").

The names are lowercase; the pattern fragments are capitalised as news copy writes them and
are non-capturing groups, ready to be put inside a larger pattern.
"""

from __future__ import annotations

from typing import Final

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS: Final = ("january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december")
# "May" has no abbreviation of its own; "Sep" and "Sept" are both written.
MONTH_ABBREVIATIONS: Final = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                              "nov", "dec")

#: Any weekday's name, capitalised: "(?:Mon|Tues|...|Sun)day".
WEEKDAY_PATTERN: Final = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: Any month's full name, capitalised.
MONTH_PATTERN: Final = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"
#: Any month's abbreviation, capitalised (no period: a pattern adds its own).
MONTH_ABBREVIATION_PATTERN: Final = "(?:" + "|".join(m.capitalize() for m in MONTH_ABBREVIATIONS) + ")"
