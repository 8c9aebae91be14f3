"""The casualty extractor's compiled patterns, built once from the tables in ``_casualty_lexicon``.

Every pattern is anchored (``match`` at a position, or ``\\Z`` at the end of a short window)
and its repeats are bounded or possessive, so the work per number is constant.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from claimkit.text import Trigger, anchored
from claimkit.text._numbers import SMALL_NUMBER_WORDS
from claimkit.text._scan import FirstWords

from . import _casualty_lexicon as lex
from ._sides import ARMED_GROUPS


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first, spaces matching any whitespace."""
    uniq = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in uniq)


# A prefix tree of phrases: each key the next character, "" marking a phrase's end.
_Tree = dict[str, "_Tree"]


def forward_alternation(phrases: Iterable[str]) -> str:
    """:func:`alternation` with the phrases' shared beginnings written once
    ("treated\\s+for\\s+(?:critical\\s+injur(?:ies|y)|...)"): a shorter pattern, which the
    engine compiles in about half the time (it parses every character), that tries the same
    phrases in the same order.

    Two phrases can match at one offset only when one begins the other, and the longer one is
    tried first, as there. Only for a pattern read forwards (``(?r)`` reads a phrase from its
    end) and without full case folding ("ß" would match "ss" only unsplit). Only ASCII phrases
    are factored (two different lowercase ASCII characters never match the same character,
    ignoring case); others get :func:`alternation`.
    """
    uniq = {p.lower() for p in phrases}
    if not all(p.isascii() for p in uniq):
        return alternation(uniq)
    tree: _Tree = {}
    for phrase in uniq:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: _Tree) -> str:
    branches = [(r"\s+" if char == " " else regex.escape(char)) + _emit(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if "" in node:  # a phrase ends here: the longer ones first, as a greedy option
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def norm(phrase: str) -> str:
    """Lowercase with single spaces: the key form of the lexicon's tables."""
    return " ".join(phrase.lower().split())


def _lookup(table: dict[str, str], phrase: str) -> str | None:
    return table.get(norm(phrase))


def passive_outcome(phrase: str) -> str | None:
    return _lookup(lex.PASSIVE, phrase)


def active_outcome(phrase: str) -> str | None:
    return _lookup(lex.ACTIVE, phrase)


def noun_outcome(phrase: str) -> str | None:
    return _lookup(lex.NOUN_BEFORE, phrase)


# A word of a noun phrase; a period belongs to it only inside ("U.S.", not a full stop).
WORD: Final = r"[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|\.(?=\p{L}))*+(?:(?<=\.\p{L})\.)?+"
_OUTCOME_WORDS: Final = alternation(
    w for w in (*lex.PASSIVE, *lex.ACTIVE) if " " not in w and w not in {"lost", "lose", "loses"}
)
_NUMBER_WORD: Final = (r"(?:\d[\d,.]*+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"dozens?|hundreds?|thousands?|several|scores|twenty|thirty|forty|fifty)")
# The verbs that open a predicate of several words ("sacrificed their lives", "laid down their
# arms", "taken prisoner", "held hostage"): no word of the group before it (not "prisoners",
# a person, nor "lost", read as the verb of a side's losses).
_PREDICATE_OPENERS: Final = alternation(sorted(
    {w.split()[0] for w in lex.PASSIVE if " " in w} - {"lost", "prisoners", "still"})) + (
    # ... but "lost their lives" is one ("238 members of the security forces lost their lives")
    r"|lost\s++(?:their|his|her)\s++li(?:ves|fe)")
# Parties' names with a number as one of their words ("Barrio 18", "400 Mawozo"), and units
# named by a number ("the 444 Brigade", "the 93 Mechanised Brigade").
_NUMBERED_NAMES: Final = alternation(
    term for term, _ in ARMED_GROUPS if " " in term and any(c.isdigit() for c in term)) + (
    r"|\d{1,4}(?:\s++(?-i:Separate|Independent|Mechani[sz]ed|Motori[sz]ed|Armou?red|Airborne|Assault"
    r"|Infantry|Marine|Special|Rapid|Mountain|Tank|Artillery))?+"
    r"\s++(?-i:Brigade|Battalion|Regiment|Division|Corps|Squadron|Front)")
# One word of a group's noun phrase: a party's name with a number in it, an acronym ("IS",
# "ALP") or a word that is not a stop word, an outcome word or a number; a short parenthesis
# may follow ("Police (ALP)").
_NP_WORD: Final = (
    rf"(?:(?:{_NUMBERED_NAMES})(?![\p{{L}}\p{{N}}])|"
    rf"(?-i:[A-Z][A-Z0-9]{{1,5}}(?![\p{{L}}\p{{N}}'’.\-]))|(?!(?:{alternation(lex.STOP_WORDS)}|{_OUTCOME_WORDS}|"
    # ("taken" and "held" begin an outcome of their own: "and 43 taken prisoner")
    rf"{_NUMBER_WORD}|{alternation(lex.ADVERBS)}|{_PREDICATE_OPENERS})(?![\p{{L}}\p{{N}}'’\-])){WORD})"
    r"(?:\s++\([^()\n]{1,30}\))?+"
)
# After the whole a part is of, a noun for its people: "four of the 21 | seafarers" (not "one of
# the two | was beheaded", nor "23 of the 53 | wounded", a figure of its own).
_NOUN_AFTER_WHOLE: Final = (r"\s++(?!(?:wounded|injured|dead|killed|was|were|is|are|had|have|has|"
                            r"died|who|and|or)(?![\p{L}]))\p{L}")
#: The whole a part is of, before its number: "four of the | 21 seafarers" (see
#: :data:`WHOLE_AFTER`; no possessive quantifier: the pattern is matched backwards).
WHOLE_BEFORE: Final = regex.compile(
    r"(?ir)(?<![\p{L}\d])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s++of\s++(?:the|its|their|our|his|her|my)\s++\Z")
#: What follows the number of such a whole.
WHOLE_AFTER: Final = regex.compile(_NOUN_AFTER_WHOLE)
#: After a number: an optional partitive ("of its own", "of them") and up to six words.
NP: Final = regex.compile(
    rf"(?i)(?:\s++of\s++(?P<part>them|whom|those|these|which|the|its|their|his|her|our|my|your|the\s+group's|"
    rf"the\s+army's)(?![\p{{L}}])(?:\s++own)?+"
    # the whole the part is of: "four of the 21 seafarers (on board)"
    rf"(?:(?<!them|whom|which)\s++{_NUMBER_WORD}(?={_NOUN_AFTER_WHOLE}))?+"
    # "three of the wounded (later died)": an outcome word as the noun, the group ("shot
    # three of them dead" keeps its predicate), maybe counted ("one of the six wounded (died)")
    rf"(?:(?<=the)(?:\s++{_NUMBER_WORD})?+\s++(?P<nominal>wounded|injured|dead)(?![\p{{L}}\p{{N}}'’\-]))?+)?+"
    # (a group in scare quotes: 'seven "terrorists" were neutralised')
    rf"(?P<run>(?:\s++[“\"‘']?+{_NP_WORD}[”\"]?+){{0,6}})"
)
#: A prepositional tail of a group: "members | of the security forces".
PP: Final = regex.compile(
    rf"(?i)\s++(?:of|from|belonging\s+to)\s++[“\"]?+(?:(?:the|a|an|its|their|our|his|her|my)\s++)?[“\"]?+"
    # (any word in scare quotes: "members of the “Crusader” Mozambican army")
    rf"{_NP_WORD}[”\"]?+(?:\s++[“\"]?+{_NP_WORD}[”\"]?+){{0,4}}"
    # a name with "of" inside: "servicemen of the Armed Forces of Ukraine"
    # (also a place after its kind, its words hyphenated: "residents of the village of Ak-Tilek")
    rf"(?:(?<=\p{{Lu}}\p{{L}}*)\s++of\s++(?-i:\p{{Lu}})\p{{L}}++(?:[\-'’]\p{{L}}++)*+"
    rf"(?:\s++(?-i:\p{{Lu}})\p{{L}}++(?:[\-'’]\p{{L}}++)*+){{0,2}})?+"
    # an age: "a man of 45 was killed"
    rf"|(?<=(?:man|woman|boy|girl|mother|father|widow|widower))\s++of\s++\d{{1,3}}(?![\d,.])"
)
WORDS: Final = regex.compile(WORD)
#: The "of" after a vague amount: "dozens | of villagers".
VAGUE_OF: Final = regex.compile(anchored(r"(?i)\s++of(?=\s)"))

_PERSONS: Final = frozenset(p.lower() for p in lex.PERSONS)
_NON_PERSONS: Final = frozenset(p.lower() for p in lex.NON_PERSONS)
_LIKE_SUFFIXES: Final = ("er", "or", "ist", "ian", "man", "woman", "ee")


# Word tests are set lookups and suffix checks, not regexes: they run for every word of
# every group.
def is_person(word: str) -> bool:
    """A person noun: listed in the lexicon, or letters ending like one ("loggers")."""
    w = word.lower()
    return w in _PERSONS or (w.isalpha() and w.endswith(lex.PERSON_SUFFIXES)
                             and any(w.endswith(x) and len(w) > len(x) for x in lex.PERSON_SUFFIXES))


def is_thing(word: str) -> bool:
    """A noun for things, places, units or times ("tanks", "km", "villages")."""
    return word.lower() in _NON_PERSONS


def person_like(word: str) -> bool:
    """A singular noun shaped like a person's ("governor", "sweeper", "councillor")."""
    w = word.lower()
    return w.isalpha() and any(w.endswith(x) and len(w) >= 3 + len(x) for x in _LIKE_SUFFIXES)

_AUX: Final = alternation(lex.AUXILIARIES)
# (the outcomes' shared beginnings written once: the biggest alternation, in five patterns)
_ALL_OUTCOMES: Final = forward_alternation(lex.PASSIVE)
_BE: Final = regex.compile(
    r"(?i)\b(?:were|was|are|is|been|being|be|got|get|gets|left|remain|remained|found)\b"
)
# A first participle coordinated before the outcome, with maybe a short place phrase: "were
# dragged from their car and killed", "were ambushed near the camp and later shot dead".
_FIRST_DEED: Final = (
    r"(?:(?:\p{L}+ed|taken|driven|thrown|brought|held)(?:\s++(?:from|out\s+of|into|onto|off|to|in|at|near|outside)\s++(?:[\p{L}'’\-]++\s++){0,3}?"
    r"[\p{L}'’\-]++)?\s++(?:and|,)\s++(?:(?:later|then|subsequently|eventually)\s++)?)??")
# A noun the outcome word only modifies: "a government-backed death squad", "the death
# penalty", "dead bodies" is read whole.
_NOT_A_COMPOUND: Final = (
    r"(?!\s++(?:squads?|penalty|penalties|sentences?|threats?|row|certificates?|marches?)\b)")
# A side's word held at a distance: "two of its fighters had been “martyred”".
_SCARE_QUOTE: Final = r"[“\"‘']?"
# An aside between a group and its predicate: between commas, brackets or dashes.
# (a spaced hyphen stands for a dash: "60 militants - the government's term - were killed")
_PAREN: Final = (r"(?:\s*+,[^,.;:\n]{1,80}?,|\s*+\([^()\n]{0,80}\)|\s*+[—–][^—–.;\n]{1,80}?[—–]"
                 r"|\s++-\s[^—–.;\n]{1,80}?\s-(?=\s))")
#: A passive predicate right after a group: ", were reportedly killed", " dead", " died";
#: an aside may stand between ("13 people, mostly homeless, died").
RIGHT: Final = regex.compile(
    # (a quotation may open at the predicate: 'five soldiers "were martyred"')
    rf"(?i)(?P<paren>{_PAREN})?(?:\s*+,)?+\s*+(?:[“\"](?=(?:{_AUX})\s))?+(?P<aux>(?:(?:{_AUX})\s++){{0,4}}?)"
    rf"{_FIRST_DEED}{_SCARE_QUOTE}(?P<out>{_ALL_OUTCOMES})(?![\p{{L}}\p{{N}}\-]){_NOT_A_COMPOUND}"
)
_BLOCK: Final = alternation((
    "and", "but", "or", "while", "when", "whereas", "where", "which", "after", "before", "as",
    "because", "since", "although", "though", "then", "said", "says", "told", "reported",
    "claimed", "stated", "added", "confirmed", "according", "say", "claim", "claims", "if", "than",
    "denied", "denies", "insisted", "announced", "admitted", "acknowledged",
))
# One word between a group and a predicate further on: no clause word, outcome or figure.
_GAP_WORD: Final = (
    rf"\s++(?!(?:{_BLOCK}|{_OUTCOME_WORDS}|{_NUMBER_WORD})(?![\p{{L}}\p{{N}}'’\-])){WORD}")
# After a participle: no figure, which would make it an active verb with an object ("and
# killed two guards").
_NO_FIGURE_AFTER: Final = (
    r"(?!\s*+(?:(?:to|of|among|for)\s++)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen))")
#: A predicate further on, over a modifier of the group that is not a clause of its own:
#: "Two health workers fighting the outbreak in the city were killed". It needs a form of
#: "be" that agrees with the figure (or an intransitive "died").
RELAXED: Final = regex.compile(
    # "fighters and their accomplices", "4 policemen and civilians": a plural without a
    # figure joined to the group right before the verb (not "and their driver"); the figure
    # counts the group
    rf"(?i)(?P<gap>(?:{_PAREN}|\s++and(?:\s++(?:their|its|his|her))?+(?=(?:\s++[\p{{L}}\-]++){{0,3}}?"
    # (plurals without an "s": "women and children", "passengers and crew")
    rf"\s++(?:[\p{{L}}\-]+s|[\p{{L}}\-]*(?:men|personnel|police|children|people|crew|staff)"
    rf"|(?-i:\p{{Lu}}{{2,}}))\s++"
    rf"(?:were|are|have|had|died|perished|lost)"
    rf"(?![\p{{L}}]))"
    # an age: "A man aged about 30 was killed"
    rf"|\s++aged\s++(?:(?:about|around|some|roughly|approximately|nearly)\s++)?\d{{1,3}}"
    rf"(?:\s*+(?:,|and|to|-|–)\s*+\d{{1,3}}){{0,6}}+(?![\d,.])"  # "two men aged 19 and 23 had been"
    # "and" inside a name: "students from the Faculty of Law and Jurisprudence in ..."
    rf"|(?=\s++and\s++(?-i:\p{{Lu}}))(?<=(?-i:\p{{Lu}})[\p{{L}}\-]*)\s++and"
    # an aside on who they were, its closing comma left out: "Six persons, including security
    # personnel were killed", "92 people, almost all of them civilians were killed"
    rf"|\s*+,\s*+(?:including|among\s++them|mostly|mainly|(?:most|almost\s++all|all)\s++of\s++them)(?=\s)"
    rf"|{_GAP_WORD})"
    rf"{{1,12}}?)(?:\s*+,)?\s++(?:(?P<be>were|was|are|is|have\s+been|has\s+been|had\s+been|being|"
    rf"remain|remains|remained)\s++"
    rf"(?:(?:{_AUX})\s++){{0,3}}?{_FIRST_DEED}{_SCARE_QUOTE}(?P<out>{_ALL_OUTCOMES})"
    rf"(?![\p{{L}}\p{{N}}\-]){_NOT_A_COMPOUND}"
    rf"|(?P<intr>died|die|dies|perished|lost\s+their\s+lives))(?![\p{{L}}\p{{N}}\-])"
)
#: What may follow a bare participle and keep it passive ("5 killed in ...", "killed.").
_MONTHS: Final = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                  r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_QUALIFIED_NUMBER: Final = (
    rf"(?:(?:at\s+least|at\s+most|more\s+than|over|around|about|nearly|almost|some|up\s+to|"
    rf"as\s+many\s+as|an\s+estimated|approximately|roughly|another|a\s+further)\s++)?"
    rf"{_NUMBER_WORD}(?![\p{{L}}])"
)
# A span of time: "over two days", "within the past three weeks".
_TIME_UNITS: Final = r"(?:days|weeks|months|years|hours|nights)"
_TIME_SPAN: Final = (r"(?:over|within|in)\s++(?:the\s++(?:past|last|next)\s++)?"
                     r"(?:\d++|two|three|four|five|six|seven|eight|nine|ten|several|a\s++few)\s++"
                     + _TIME_UNITS + r"(?![\p{L}])")
#: What may follow a bare participle and keep it passive ("5 killed in ...", "killed.", "8 injured
#: (two seriously)", "killed 3 March"); never a figure, which makes it active ("a gunman killed at
#: least 19 guards").
PASSIVE_TAIL: Final = regex.compile(
    # ("140 wounded over two days": a span of time after the participle, not its object)
    rf"(?i)(?!\s*+{_QUALIFIED_NUMBER}(?!\s*+{_MONTHS}|\s++{_TIME_UNITS}\b))"
    rf"\s*+(?:{_TIME_SPAN}|[,.;:!?()\]\"”’\n–—-]|$|(?:{alternation(lex.PASSIVE_FOLLOWERS)})(?![\p{{L}}\p{{N}}])|"
    rf"\p{{L}}+ly(?![\p{{L}}\p{{N}}])|\d{{1,2}}(?:st|nd|rd|th)?\s++{_MONTHS}(?![\p{{L}}]))"
)
#: A second outcome coordinated with the first: "were abducted and later killed".
SECOND: Final = regex.compile(
    rf"(?i)\s*+(?:,\s*+)?(?:and|or|and/or|&)\s++(?:(?:later|then|subsequently|also|were|was|are|"
    rf"eventually|reportedly|(?P<others>many|some|others))\s++){{0,2}}(?P<out>{_ALL_OUTCOMES})(?![\p{{L}}\p{{N}}\-])"
    rf"{_NO_FIGURE_AFTER}"
)

# Deaths a predicate may tell after another fate ("abducted ... and later executed"): the
# verbs of killing, not the nouns ("deaths", "bodies") nor an army's words ("neutralised").
_LATER_DEATHS: Final = forward_alternation(
    p for p, o in lex.PASSIVE.items()
    if o == "killed" and p not in lex.OUTCOME_NOUNS and p not in lex.PASSIVE_NEEDS_PERSON
    and not p.startswith(("among", "embraced", "sent", "neutrali", "dead")) and p != "to death")
#: A death told a few words after the first fate of the same people: "were abducted from
#: their homes and subsequently executed", "were kidnapped by the militants on Thursday, and
#: were later shot dead". Not "and killed two guards" (a verb with an object of its own).
LATER_KILLED: Final = regex.compile(
    rf"(?i)(?:{_GAP_WORD}){{1,10}}?"
    rf"(?:\s*+,)?\s++and\s++(?:(?:later|then|subsequently|eventually|reportedly|were|was|had\s+been|"
    rf"have\s+been)\s++){{0,3}}(?P<out>{_LATER_DEATHS})(?![\p{{L}}\p{{N}}\-])"
    rf"{_NO_FIGURE_AFTER}"
)
#: The main clause's death after a fate told in a relative clause: "(Two villagers who were
#: kidnapped) | were found dead in a forest", "(who had been abducted) | were later executed".
MAIN_KILLED: Final = regex.compile(
    rf"(?i)(?:{_GAP_WORD}){{0,8}}?(?:\s*+,)?\s++(?:were|was|have\s+been|has\s+been|had\s+been)\s++"
    rf"(?:(?:later|then|subsequently|eventually|reportedly|all|also)\s++){{0,2}}"
    rf"(?:{_LATER_DEATHS})(?![\p{{L}}\p{{N}}\-]){_NO_FIGURE_AFTER}"
)

#: A predicate of its own that tells no casualty, after a list item: "killed 150,000 people,
#: and millions more | have been pushed to the brink of famine" (the item is no death).
OTHER_PREDICATE: Final = regex.compile(
    rf"(?i)\s++(?:have|has|had|were|was|are|is)\s++(?:(?:been|being|now|also|still)\s++){{0,2}}"
    rf"(?!(?:{_ALL_OUTCOMES})(?![\p{{L}}\p{{N}}\-]))\p{{L}}+ed(?![\p{{L}}\p{{N}}\-])"
    # ... or a verb of people who live on: "..., and thousands of residents remain scattered"
    r"|\s++(?:still\s++)?(?:remain|remains|remained|fled|flee|flees|fleeing|stayed|stay|stays|returned|"
    r"return|returns|sheltered|gathered|waited|live|lived|queued)(?![\p{L}])")

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
#: A reporting verb right after a group ("two officials said", "a local group and residents
#: said"): the group speaks.
SPEAKER_AFTER: Final = regex.compile(
    r"(?i)(?:\s++and(?:\s++[\p{L}'’\-]+){1,3}?)?\s++(?:said|says|say|told|tells|reported|"
    r"added|stated|claimed)(?![\p{L}])"
    # (not a passive's participle: "two soldiers reported missing", "three reported dead")
    r"(?!\s++(?:missing|dead|killed|wounded|injured|kidnapped|abducted|captured|detained|arrested)(?![\p{L}]))"
)
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
    rf"class|year|years|the\s+year|{_MONTHS}\.?|mid|late|early|since|until|till|"
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
NUMBERED_NAME: Final = regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_NUMBERED_NAMES})(?![\p{{L}}\p{{N}}])")
#: What closes an age set off after a person: a comma, a semicolon or the sentence's full stop.
AGE_END: Final = regex.compile(anchored(r"\s*+(?:[,;]|\.(?!\d))"))
#: Right context that makes a number not a count of people.
NOT_A_COUNT_AFTER: Final = regex.compile(
    rf"(?i)(?:st|nd|rd|th)(?![\p{{L}}])|\s*+[-–]?\s*+(?:years?|yrs?|months?)[-\s]+old|\s*+%|:\d|/\d|\.\d|\]|"
    rf"\s*+(?:am|pm|a\.m\.|p\.m\.|hrs|h|o'clock|gmt|utc|bc|ad|bce|ce)(?![\p{{L}}])|"
    rf"[-–](?:year|day|month|week|hour|minute|km|kilometre|kilometer|mile|storey|story|member|man|"
    rf"strong|point|page|seat|bed|acre|foot|metre|meter|inch|ton|tonne|kg|round|time)|"
    rf"\s*+{_MONTHS}(?![\p{{L}}])|\s*+\)|'s(?![\p{{L}}])"
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
#: Before a figure of "lives": the verb that took them ("claimed 16 lives", "cost 3 lives").
LIVES_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:claimed|claiming|claims|took|taking|takes|cost|costing|costs)\s++"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|an\s+estimated)\s++)?\Z")

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
    r"|no\s++(?:men|fighters|soldiers|troops|personnel|lives|comrades)))(?![\p{L}])"
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


#: After "shot": words that make it not a wound ("shot at", "shot down").
SHOT_NOT_HIT: Final = regex.compile(r"(?i)\s++(?:at|down|up|back|through\s+the\s+(?:roof|window))(?![\p{L}])")
# After "being treated", what makes it care for a wound: the clause ends, or a place, a time or
# a cause follows ("three others were still being treated, he said", "... being treated at
# the district hospital"); not a manner ("were being treated as suspects", "by his party",
# prisoners "being treated in accordance with international law").
_TREATED_FOR_CARE: Final = regex.compile(
    r"(?i)\s*+(?:[,.;:)]|\Z)|\s++(?:in(?!\s++(?:accordance|line|keeping)\b)|at|for|after|and|while|since|"
    r"following|overnight)(?![\p{L}])")
# ... nor "the way (how) the two men are being treated".
_MANNER_BEFORE: Final = regex.compile(r"(?ir)\b(?:the\s++way|how)\s++(?:[\p{L}\-]++\s++){0,4}\Z")


def treated_for_care(text: str, subject_start: int, end: int, e: int) -> bool:
    """Whether "(were) being treated" ending at ``end``, its subject at ``subject_start``, is
    care for the wounded, not a manner."""
    return _TREATED_FOR_CARE.match(text, end, e) is not None \
        and _MANNER_BEFORE.search(text, max(0, subject_start - 40), subject_start) is None


#: A finite verb right after "N wounded" / "N dead", which makes the participle a noun:
#: "at least 24 wounded were still being treated", "two injured remain in hospital".
NOMINAL_VERB: Final = regex.compile(
    r"(?i)\s++(?:were|was|are|is|remain(?:ed|s)?|have|has|had|still|later|included|lying|lay|being|"
    r"waiting|awaiting|who)(?![\p{L}\p{N}])")  # ("14 wounded who were evacuated": no object follows)
#: The predicate of "N of the dead were GROUP": "Eleven of the dead | were soldiers".
NOMINAL_PREDICATE: Final = regex.compile(
    r"(?i)\s++(?:were|are|included|(?:had\s+been|have\s+been|were|was)\s+identified\s+as)(?=\s)")


#: "treated | 146 people | for conflict-related injuries": the people a hospital or a clinic
#: treats for wounds are the wounded (the verb right before the figure, the cause after the group).
#: "sending 42 to the hospital", "rushed 12 people to a nearby hospital": wounded.
SENT_BEFORE: Final = regex.compile(
    r"(?i)\b(?:sent|sending|sends|send|rushed|rushing|rushes|rush)\s++\Z")
TO_HOSPITAL: Final = regex.compile(
    r"(?i)\s++to\s++(?:(?:the|a|an|local|nearby|several|various|area|two|three)\s++){0,2}"
    r"(?:hospitals?|medical\s+facilities|the\s+emergency\s+room)(?![\p{L}])")
#: "treated 146 people for injuries", "admitted 23 patients with gunshot and blast wounds".
TREATED_BEFORE: Final = regex.compile(
    r"(?i)\b(?:treated|treating|treats|treat|admitted|admitting|admits|received|receiving|receives)\s++\Z")
#: Combatants a hospital or medics treat: wounded, whatever the words after them.
TREATED_COMBATANTS: Final = frozenset({
    "soldiers", "soldier", "troops", "servicemen", "serviceman", "fighters", "fighter", "policemen",
    "police officers", "officers", "militiamen", "gendarmes", "guards", "personnel"})
HOSPITAL: Final = regex.compile(r"(?i)\b(?:hospitals?|clinics?|medics|doctors|infirmary)\b")
TREATED_FOR: Final = regex.compile(
    r"(?i)\s++(?:for|with)\s++(?:[\p{L}\-]++\s++(?:and\s++)?){0,3}?(?:injuries|injury|wounds|wound|burns)(?![\p{L}])")
#: People a hospital treats "from the ambush", "after Tuesday's attack" (a phrase the group may
#: hold): the attack's wounded.
FROM_ATTACK: Final = regex.compile(
    r"(?i)\s(?:from|after)\s++(?:the|that|this|\p{Lu}\p{Ll}+day['’]s)\s++(?:[\p{L}\-]++\s++){0,2}?"
    r"(?:ambush|attack|blast|explosion|bombing|shooting|clashes|fighting|strikes?|raid|assault|shelling)"
    r"(?![\p{L}])")

#: People named with their wounds: "20 people with gunshot wounds (had been taken to ...)",
#: "eight civilians had been brought in with shrapnel wounds", maybe over an aside ("Three
#: officers, it said, had been admitted with gunshot wounds").
WITH_WOUNDS: Final = regex.compile(
    r"(?i)(?:" + _PAREN + r")?\s++(?:(?:had\s+been|have\s+been|were|was|are|is)\s++)?"
    r"(?:(?:brought|taken|admitted|rushed|carried|evacuated)(?:\s++in)?\s++)?"
    r"with\s++(?:[\p{L}\-]++\s++(?:and\s++)?){0,3}?(?:injuries|wounds|burns)(?![\p{L}])")

#: People in someone's custody, told after the group: "ten soldiers are now in SPLA-IO custody",
#: "five suspects are in police custody" (a bare "in custody" is a passive of the lexicon).
IN_CUSTODY_OF: Final = regex.compile(
    r"(?i)\s++(?:(?:are|were|is|was|remain|remained|remains)\s++)(?:(?:now|still)\s++)?in\s++"
    r"(?:the\s++)?(?P<keeper>(?!the\s)(?:[\p{L}\-]++\s++){1,2}?)custody(?![\p{L}])")
#: People in their captors' hands: "23 children were still in the hands of the raiders"
#: (kidnapped; forces captured, suspects arrested: see lex.HELD_AS).
IN_HANDS_OF: Final = regex.compile(
    r"(?i)\s++(?:are|were|is|was|remain|remained|remains|had\s++been|have\s++been|has\s++been)\s++"
    r"(?:(?:now|still|reportedly|also)\s++)?in\s++the\s++hands\s++of(?![\p{L}])")
#: Forces held by their enemy: "at least four soldiers were being held by the militants" (the
#: captor named after "by").
HELD_BY: Final = regex.compile(
    r"(?i)\s++(?:are|were|is|was|remain|remained|remains|had\s++been|have\s++been|has\s++been)\s++"
    r"(?:(?:now|still|reportedly|also)\s++)?(?:being\s++)?held\s++(?:(?:captive|hostage|prisoner)\s++)?by(?![\p{L}])")
#: People treated for their wounds told after the group, maybe where ("38 civilians were being
#: treated in Tripoli hospitals for gunshot and shrapnel wounds").
TREATED_AFTER: Final = regex.compile(
    r"(?i)\s++(?:had\s+been|have\s+been|were|was|are|is)\s++(?:(?:still|now)\s++)?(?:being\s++)?treated"
    r"(?:(?:\s++(?:in|at)\s++[^\s.,;:]++(?:\s++[^\s.,;:]++){0,4}?)?"
    r"\s++for\s++(?:[\p{L}\-]++\s++(?:and\s++)?){0,3}?(?:injuries|injury|wounds|wound|burns)"
    # (or where, a place by its name: "three other villagers were still being treated in Turbat")
    r"|\s++(?:in|at)\s++\p{Lu}[\p{L}\-]++(?=\s*+(?:[.,;:]|\Z)))(?![\p{L}])")


def has_be(aux: str) -> bool:
    """True when an auxiliary run contains a form of "be" (a passive), not only "have"."""
    return bool(_BE.search(aux))
