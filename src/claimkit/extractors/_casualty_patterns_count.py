"""The casualty patterns of what a number counts and how figures join.

The gaps between the figures of a list, the contexts that make a number no count of people
(an age, a date, a name), and figures of one ("a soldier", "both", "another").
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit.text import anchored
from claimkit.text._numbers import SMALL_NUMBER_WORDS

from . import _casualty_lexicon as lex
from ._casualty_patterns_group import MONTHS, NUMBERED_NAMES, WORD
from ._casualty_patterns_helpers import alternation, forward_alternation

#: "including", "among them": the next figure is part of the previous one.
INCLUDE_GAP: Final = regex.compile(
    # a short place, time or manner phrase may end the clause first ("killed in Kabul, including",
    # "treated 48 patients with gunshot wounds, including")
    r"(?i)(?:(?:\s++(?:in|on|at|near|by|to|from|with|during|across|around|outside|inside|after|since|"
    r"overnight|yesterday|today|last|this|the(?=\s++(?:day|night|evening|morning|week)\s++before\b))"
    r"(?:\s++[\p{L}\p{N}'’.\-]++){0,6}?){1,2}(?=\s*+[,(;:—–-]))?+"
    # a speech tag set off by commas ("remained missing, family members said, including")
    r"(?:\s*+,(?:\s++[\p{L}'’.\-]++){1,4}?\s++(?:said|says|say|told\s+\p{L}+|reported)(?=\s*+,))?+"
    r"(?:\s*+[,(;:—–-]?\s*+(?:including(?:\s++(?:those|that)\s++of)?|among\s+them|among\s+whom|"
    r"of\s+whom|of\s+them|among\s+the\s+(?:dead|victims|killed|wounded|injured)\s+(?:were|are))"
    # or a dash alone: "12 people have been killed — seven soldiers and five civilians"
    r"|\s*+[—–])\s*+\Z"
)
#: ... and, after a figure's predicate only, a hyphen set off by spaces: "94 dead - 71 soldiers
#: and 23 auxiliaries" (not a dateline's: "Feb. 24 - Seven civilians were killed").
HYPHEN_GAP: Final = regex.compile(r"\s++-\s++\Z")
COMMA_GAP: Final = regex.compile(r"\s*+,\s*+\Z")
#: A list separator between two figures: ", ", " and ", ", as well as ".
LIST_GAP: Final = regex.compile(
    # (an age after the previous person: "a soldier, 19, and a nurse")
    r"(?i)(?:\s*+,\s*+\d{1,3}(?=\s*+,))?+\s*+(?:,\s*+(?:and\s++|as\s+well\s+as\s++|plus\s++)?|and\s++|as\s+well\s+as\s++|plus\s++|"
    r"along\s+with\s++|together\s+with\s++|;\s*+)(?:(?:another|a\s+further|some|at\s+least)\s++)?"
    r"(?:(?:her|his|their)\s++)?\Z"  # "a woman and her two daughters"
)

CONJUNCTION: Final = regex.compile(r"(?i)\b(?:and|plus|as\s+well\s+as|along|together)\b")

#: Left context that makes a number not a count of people (ages, units, money, dates, codes).
NOT_A_COUNT_BEFORE: Final = regex.compile(
    rf"(?ir)(?:(?<![\p{{L}}])(?:aged|ages|age|flight|no\.|nos\.|number|route|highway|resolution|article|"
    rf"room|gate|platform|block|sector|phase|battalion|brigade|regiment|division|squadron|unit|street|"
    rf"road|avenue|rs\.?|usd|eur|gbp|inr|pkr|chapter|section|paragraph|page|grade|level|category|"
    rf"channel|ward|zone|camp|building|apartment|flat|plot|exit|junction|mark|model|type|version|"
    rf"class|year|years|the\s+year|{MONTHS}\.?|mid|late|early|since|until|till|"
    # (a toll's earlier value counts: "up from four reported this morning")
    # (... and so does "to 12 from | eight": the figure a toll rose from)
    # (... and "to nine from | seven", "raising the toll from | seven announced earlier")
    rf"(?<!(?:up|down)\s{{1,3}})(?<!(?:to|at)\s{{1,3}}(?:[\d,]{{1,9}}|{SMALL_NUMBER_WORDS})\s{{1,3}})"
    rf"(?<!(?:toll|tally)\s{{1,3}})from)\s*+"
    rf"|(?:aged|ages)\s++(?:(?:\d+|\p{{L}}{{3,9}})\s*+(?:,|and|to|-|–)\s*+){{1,6}}|[$€£¥₹₦#]\s*+|[/:\[+]|\p{{L}}-|\d[.,:/]|\w'|’"
    rf"|(?<![\p{{L}}])(?:no|none\s+of\s+the)\s++"
    # an age: "some as young as eight"
    rf"|(?<![\p{{L}}])as\s++(?:young|old)\s++as\s++"
    # an age: "a woman of 70"
    rf"|(?<![\p{{L}}])(?:man|woman|boy|girl|mother|father|grand(?:mother|father)|widow(?:er)?)\s++of\s++)\Z"
)
#: A name or a person and a comma before a small number, a comma after it: "Anna Kovac, 34,
#: was ...", "Dante Boboy Jr., 16, ...", "a soldier, 24, was killed".
AGE_AFTER_NAME: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:\p{{Lu}}\p{{Ll}}++\.?|(?i:{alternation(lex.SINGULAR_PERSONS)})),\s*+\Z")
#: A party's name with a number as one of its words ("Barrio 18", "400 Mawozo"): the number
#: names, it does not count.
NUMBERED_NAME: Final = regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{NUMBERED_NAMES})(?![\p{{L}}\p{{N}}])")
#: What closes an age set off after a person: a comma, a semicolon or the sentence's full stop.
AGE_END: Final = regex.compile(anchored(r"\s*+(?:[,;]|\.(?!\d))"))
#: Right context that makes a number not a count of people.
NOT_A_COUNT_AFTER: Final = regex.compile(
    rf"(?i)(?:st|nd|rd|th)(?![\p{{L}}])|\s*+[-–]?\s*+(?:years?|yrs?|months?)[-\s]+old|\s*+%|:\d|/\d|\.\d|\]|"
    rf"\s*+(?:am|pm|a\.m\.|p\.m\.|hrs|h|o'clock|gmt|utc|bc|ad|bce|ce)(?![\p{{L}}])|"
    rf"[-–](?:year|day|month|week|hour|minute|km|kilometre|kilometer|mile|storey|story|member|man|"
    rf"strong|point|page|seat|bed|acre|foot|metre|meter|inch|ton|tonne|kg|round|time)|"
    rf"\s*+{MONTHS}(?![\p{{L}}])|\s*+\)|'s(?![\p{{L}}])"
)
NOT_SINGULAR: Final = alternation((
    "number", "total", "other", "after", "under", "order", "water", "border", "center", "centre",
    "corner", "quarter", "letter", "matter", "paper", "power", "tower", "manner", "layer", "cluster",
    "container", "computer", "chapter", "shelter", "bunker", "helicopter", "trailer", "tractor",
    "reactor", "sector", "motor", "door", "floor", "mirror", "error", "factor", "corridor", "minor",
    "monitor", "major", "senior", "junior", "similar", "another", "further", "rather", "whether",
    "either", "neither", "together", "however", "over", "river", "summer", "winter", "member",
    "register", "banner", "dinner", "answer", "barrier", "carrier", "three", "prayer",
    "character", "theater", "theatre", "chamber", "shower", "charter", "counter", "poster",
    # comparatives ("gave a lower death toll", "a higher figure")
    "lower", "higher", "larger", "smaller", "greater", "bigger", "earlier", "later", "fewer",
    "wider", "longer", "shorter", "newer", "older", "clearer", "closer", "stronger", "weaker",
))

#: Words that begin a figure of one: "a soldier", "an Indian man", "another civilian", "his wife".
SINGULAR: Final = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}\-])(?P<q>at\s+least\s+)?(?:(?P<det>an?|another|one\s+other|the\s+other)\s++"
    rf"(?P<mods>(?:(?!(?:{forward_alternation(lex.STOP_WORDS)})(?![\p{{L}}]))(?:{WORD}|\d+-year-old)\s++){{0,4}}?)"
    rf"(?P<head>{forward_alternation(lex.SINGULAR_PERSONS)}|\d+-year-old|(?!{NOT_SINGULAR})\p{{L}}{{3,}}(?:er|or|ist|ian|man|woman|ee))"
    rf"|(?P<poss>his|her)\s++(?P<phead>{forward_alternation(lex.POSSESSED_PERSONS)}))(?![\p{{L}}\p{{N}}\-])"
)
#: "both" before a plural noun counts two ("killing both guards and wounding four", "both men
#: died"); not "both soldiers and civilians", a coordination ("and" then no verb), nor "two
#: civilians, both children", a description of the figure before.
BOTH: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?<![,;(—–]\s)both(?=\s++(?:the\s++|of\s++the\s++)?(?=\p{Ll})(?:[\p{L}\-]*(?:s|men)|people|children)"
    r"(?![\p{L}])(?!\s*+,?\s*+and\s++(?![\p{L}]+(?:ing|ed)(?![\p{L}]))))")
#: Before "a teacher": a role or a description, not a figure ("worked as a driver", "he was a
#: teacher").
ROLE_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:as|was|is|were|are|became|becomes|been|be|like|being)\s++\Z")
#: A bare "another" before a predicate: "... and another was injured", "and another
#: lightly wounded".
ANOTHER: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:another|an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
    r"(?=\s*+(?:(?:seriously|critically|lightly|slightly|badly|severely|gravely|fatally)\s++"
    r"(?:injured|wounded|hurt)|was|were|is|has|had|died|killed|injured|wounded|hurt|sustained|"
    r"suffered|later|remains|remained|went)(?![\p{L}]))")
#: "another" (or "a third") as the whole object of an active verb of harm or capture: "killing
#: one soldier and injuring another", "shot dead a policeman and wounded another in Quetta",
#: "killed six militants and captured a fifth alive" (the verb reads it as any figure;
#: "injuring another 25" is a number and read as one).
ANOTHER_OBJECT: Final = regex.compile(
    # (the verb first, not in a lookbehind: a pattern opening with a lookbehind is tried at
    # every offset)
    r"(?i)(?<![\p{L}])(?:injuring|wounding|injured|wounded|hurting|killing|killed|capturing|captured|"
    r"abducting|abducted|arresting|arrested|detaining|detained)\s++"
    # ("injuring a third", "captured a fifth alive")
    r"(?P<another>another|a\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
    r"(?=\s*+(?:[.,;:)]|\Z|(?:in|on|at|near|during|when|while|as|and|before|after|with|who|alive)(?![\p{L}])))")
