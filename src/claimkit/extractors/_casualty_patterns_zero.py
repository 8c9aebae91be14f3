"""The casualty patterns of zero figures and the trigger.

"No casualties", "no one was hurt" with their outcomes, and the trigger that finds the
sentences worth reading.
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit.text import Trigger
from claimkit.text._scan import FirstWords

from . import _casualty_lexicon as lex

#: "No casualties", "no one was hurt", "without any injuries": a figure of zero (its source:
#: compiled by FirstWords).
ZERO: Final = (
    r"(?i)(?<![\p{L}])(?:(?:no|zero|without(?:\s+any)?|not\s+any|nor\s+any|free\s+of)\s++"
    r"(?:(?:reports?\s+of|reported|immediate|serious|human|further|other|major|known|fatal|civilian|"
    r"military|confirmed|any|casualties\s+or|deaths\s+or|injuries\s+or|loss\s+of\s+life\s+or)\s++){0,4}"
    r"(?P<noun>casualties|casualty|deaths|death|fatalities|fatality|injuries|injury|injured|wounded|"
    r"dead|loss\s+of\s+lives?|lives\s+lost|one\s+was\s+harmed)"
    # (not "gave no casualty figure", "no death toll": no figure given, not none hurt)
    r"(?!\s++(?:figures?|tolls?|counts?|numbers?|data|estimates?|breakdown)(?![\p{L}]))"
    r"|(?:no\s+one|no-one|nobody|no\s+(?:person|people|persons|civilians?|soldiers?|one\s+else)"
    # "not one soldier was captured", "not a single civilian was hurt"
    r"|not\s+(?:one|a\s+single)(?:\s++(?:person|civilian|soldier|fighter|man|woman|child|one))?"
    # "none", "none of them", "none of the group's fighters"
    r"|none(?:\s++of\s++(?:them|us|those|(?:the|its|their|our|his|her|these|those)\s++"
    r"(?:[\p{L}'’-]+\s++){0,3}?[\p{L}'’-]+))?)"
    r"\s++(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|reportedly|seriously|"
    r"immediately|reported|believed|thought)\s++){0,3}(?P<verb>killed|hurt|injured|wounded|harmed|dead|"
    r"died|kidnapped|abducted|missing|arrested|detained|captured)"
    r"(?:\s++(?:or|and|nor)\s++(?:(?:was|were)\s++)?(?P<verb2>killed|hurt|injured|wounded|harmed|"
    r"dead|died|kidnapped|abducted|missing|arrested|detained|captured))?"
    # (not "none of those killed were its members": who the dead were, not how many)
    r"(?!\s++(?:were|was)(?![\p{L}]))"
    # "lost none of their own", "we lost no fighters"
    r"|(?P<lost>lost)\s++(?:none(?:\s++of\s++(?:its|their|our|his|her)\s++(?:own(?:\s++(?:men|fighters|"
    r"soldiers|troops))?|men|fighters|soldiers|troops)|(?!\s++of(?![\p{L}])))"
    r"|no\s++(?:men|fighters|soldiers|troops|personnel|lives|comrades)"
    # 'lost "not a single soldier"'
    r"|[\"“]?not\s++(?:one|a\s++single)\s++(?:man|soldier|fighter|member|comrade|life|person|policeman|officer)"
    r"))(?![\p{L}])"
)
#: :data:`ZERO`, read in a sentence only where one of its first words starts.
ZERO_WORDS: Final = FirstWords(ZERO, ("no", "zero", "without", "not", "nor", "free", "nobody", "none",
                                      "lost"))
ZERO_OUTCOMES: Final[dict[str, tuple[str, ...]]] = {
    "casualties": ("killed", "wounded"), "casualty": ("killed", "wounded"),
    "deaths": ("killed",), "death": ("killed",), "fatalities": ("killed",), "fatality": ("killed",),
    "dead": ("killed",), "died": ("killed",), "killed": ("killed",), "loss of life": ("killed",),
    "loss of lives": ("killed",), "lives lost": ("killed",), "injuries": ("wounded",),
    "injury": ("wounded",), "injured": ("wounded",), "wounded": ("wounded",),
    "hurt": ("killed", "wounded"), "harmed": ("killed", "wounded"),
    "one was harmed": ("killed", "wounded"), "kidnapped": ("kidnapped",), "abducted": ("kidnapped",),
    "missing": ("missing",), "arrested": ("arrested",), "detained": ("arrested",),
    "captured": ("captured",), "lost": ("killed",),
}

#: The trigger: the sentences worth reading hold a stem at the start of a word. The stems join
#: the word pre-filters of every stage (``claimkit.text.Trigger``: one scan of the lowercased
#: text finds them all), and every candidate is a hit, so the pattern tried there takes one
#: character. A candidate may follow a digit or a letter outside ASCII: the caller checks.
TRIGGER: Final = Trigger(regex.compile(r"(?s)."), words=lex.TRIGGER_STEMS)
