"""The casualty patterns before a figure that tell its outcome.

A fact box's line label, an active verb or a toll noun (``LEFT``), a toll and its verbs of
rising (``TOLL_RISEN``, ``TOLL_AFTER``, ``BRINGS_TO``), and the verb that took "lives".
"""

from __future__ import annotations

from typing import Final

import regex

from . import _casualty_lexicon as lex
from ._casualty_patterns_helpers import alternation

_FILLERS: Final = alternation(lex.BEFORE_NUMBER)
#: The outcome of a fact box's line by its label: "- Killed: 14 soldiers (army)", "Militants
#: killed: around 70", "Death toll: 34".
LABEL_OUTCOME: Final = {
    **dict.fromkeys(("killed", "dead", "deaths", "death toll", "toll", "fatalities"), "killed"),
    **dict.fromkeys(("wounded", "injured"), "wounded"),
    "missing": "missing", "captured": "captured", "taken prisoner": "captured",
    **dict.fromkeys(("arrested", "detained"), "arrested"),
    **dict.fromkeys(("abducted", "kidnapped"), "kidnapped"),
}
# A line that opens with the label (after a bullet), up to three words of its people before
# the outcome word, then a colon: the figure follows.
# ("- Killed, civilians: 7": the people may follow the outcome word after a comma)
_LABEL_LINE: Final = (
    r"[ \t]*+(?:[-•*–—][ \t]*+)?(?P<label_people>(?:[\p{L}'’\-]++[ \t]++){0,3}?)"
    r"(?P<label_word>" + "|".join(w.replace(" ", r"[ \t]++") for w in LABEL_OUTCOME) + r")"
    r"(?:,[ \t]*+(?P<label_after>[\p{L}'’\-]++(?:[ \t]++[\p{L}'’\-]++){0,2}))?[ \t]*+:")
_LABEL: Final = r"(?P<label>(?m:^)" + _LABEL_LINE + ")"
#: A fact box's line label, matched at the line's start: the outcome of every figure on it,
#: also those after the first ("- Wounded: 22 soldiers (army); 19 civilians (hospital)").
LABEL_LINE: Final = regex.compile(_LABEL_LINE, regex.IGNORECASE)
#: Right before a figure, the end of the one before it on a fact box's line: "(army); ".
NEXT_ON_LINE: Final = regex.compile(r"\)[ \t]*+;[ \t]*+(?:[\"“][ \t]*+)?\Z")
#: An active verb or a toll noun right before a number (searched in a short window ending
#: at the number): "killing another 25", "the death toll rose to 40", "bodies of 12".
LEFT: Final = regex.compile(
    rf"(?ir)(?<![\p{{L}}\p{{N}}\-])(?:(?P<verb>{alternation(lex.ACTIVE)})|(?P<noun>{alternation(lex.NOUN_BEFORE)})"
    rf"(?:\s++(?:{alternation(lex.TOLL_FILLERS)}|from\s++[\w,.\-]++)){{0,5}}?|(?P<along>(?:killed|died|dead|wounded|injured|hurt)"
    rf"\s++(?:along|together)\s++with)|{_LABEL})\s*+(?:,\s*+)?(?:(?:{_FILLERS})\s++){{0,2}}?\Z"
)
#: An active verb, its first object and "and" before a figure of others: "killing | the
#: minister and | at least 21 other people", "killing him and | six others".
LEFT_PAST_OBJECT: Final = regex.compile(
    rf"(?ir)(?<![\p{{L}}\p{{N}}\-])(?P<verb>{alternation(lex.ACTIVE)})\s++(?:[\p{{L}}'’\-]++\s++){{1,6}}?"
    rf"(?P<and>and)\s++(?:(?:{_FILLERS})\s++){{0,2}}?\Z"
)
#: The outcome of a toll by the words that end its "number of ..." ("the number held prisoner
#: had risen to 41").
RISEN_OUTCOME: Final = {
    **dict.fromkeys(("killed", "dead", "deaths", "martyred", "martyrs", "slain",
                     # "bringing the number of bodies retrieved from the town to six"
                     "bodies retrieved", "bodies recovered", "bodies found", "bodies pulled",
                     # "the number of civilians buried in the town had reached 27"
                     "buried"), "killed"),
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "abducted": "kidnapped",
    "kidnapped": "kidnapped", "missing": "missing", "detained": "arrested", "arrested": "arrested",
    "captured": "captured", "held prisoner": "captured", "taken prisoner": "captured",
    "held captive": "kidnapped",
}
_RISEN_OUTCOMES: Final = "|".join(phrase.replace(" ", r"\s+") for phrase in RISEN_OUTCOME)
#: The toll after its new figure: "(bringing to) | four | the number of soldiers killed" (the
#: verb before the figure is :data:`BRINGS_TO`).
TOLL_AFTER: Final = regex.compile(
    r"(?i)\s++the\s++(?:(?:overall|total|official)\s++)?(?:death\s++toll|toll|number\s++of\s++"
    r"(?P<people>(?:[\p{L}\-]+\s+){0,3}?)(?P<outcome>" + _RISEN_OUTCOMES + r"))(?![\p{L}])")
BRINGS_TO: Final = regex.compile(
    r"(?i)\b(?:bringing|brings|brought|bring|raising|raises|raised|taking|takes|took)\s++to\s*+\Z")
#: A toll noun, the phrase it heads, and a verb of rising right before the figure: "the
#: number of people killed in the bombing at the checkpoint (...) rose to | 17".
TOLL_RISEN: Final = regex.compile(
    r"(?ir)(?<![\p{L}])(?:(?P<noun>death\s+toll|toll|number\s+(?:of\s+(?:[\p{L}\-]+\s+){0,4}?)?"
    r"(?P<outcome>" + _RISEN_OUTCOMES + r"))(?![\p{L}])[^.;:!?\n]{0,200}?\s(?:(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:since|also|now|further)\s+)?(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|reaches|"
    r"mounted|grown|grew|grows|soared|surged|swelled)"
    # ("rose overnight to | 31", "rose on Tuesday to | seven")
    r"(?:\s+(?:overnight|again|further|sharply|later|(?:late\s+|early\s+)?on\s+\p{Lu}\p{L}+))?"
    # ("had climbed from six announced during the night to | nine")
    r"(?:\s+from\s+[^.;:!?\n]{1,60}?\s+to|(?:\s+to)?)"
    # ("the number of soldiers killed was | at least 11")
    r"|was|is|stood\s+at|stands\s+at|at|as)"  # ("put the toll at | 12", "gave the number of dead as | 12")
    # "bringing the death toll from the bus attack to | three", "raising the number of security
    # personnel martyred in the attack to | nine"
    # ... "revised down the number of civilians killed to | seven"
    r"|(?:bringing|brings|brought|taking|takes|took|raising|raised|pushing|pushed|"
    r"(?:revis(?:ed|ing|es)|lower(?:ed|ing|s)|reduc(?:ed|ing|es))(?:\s++(?:down|up)(?:wards)?)?)\s++(?:the\s++)?"
    r"(?:overall\s++)?(?P<noun>death\s+toll|toll|number\s+(?:of\s+(?:[\p{L}\-]+\s+){0,4}?)?"
    r"(?P<outcome>" + _RISEN_OUTCOMES + r"))(?![\p{L}])[^.;:!?\n]{0,120}?\sto)\s*+\Z")

#: Before a figure of "lives": the verb that took them ("claimed 16 lives", "cost 3 lives").
LIVES_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:claimed|claiming|claims|took|taking|takes|cost|costing|costs)\s++"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|an\s+estimated)\s++)?\Z")
