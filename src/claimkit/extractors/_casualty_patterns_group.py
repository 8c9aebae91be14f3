"""The casualty patterns of a figure's group and its predicate.

The noun phrase after a number (``NP``, ``PP``, the whole a part is of) and what follows it:
a passive predicate (``RIGHT``, ``RELAXED``), a second or later outcome, a predicate of its own,
a reporting verb, or the verb that makes "N wounded" a noun.
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit.text import anchored

from . import _casualty_lexicon as lex
from ._casualty_patterns_helpers import alternation, forward_alternation
from ._sides import ARMED_GROUPS

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
NUMBERED_NAMES: Final = alternation(
    term for term, _ in ARMED_GROUPS if " " in term and any(c.isdigit() for c in term)) + (
    r"|\d{1,4}(?:\s++(?-i:Separate|Independent|Mechani[sz]ed|Motori[sz]ed|Armou?red|Airborne|Assault"
    r"|Infantry|Marine|Special|Rapid|Mountain|Tank|Artillery))?+"
    r"\s++(?-i:Brigade|Battalion|Regiment|Division|Corps|Squadron|Front)")
# One word of a group's noun phrase: a party's name with a number in it, an acronym ("IS",
# "ALP") or a word that is not a stop word, an outcome word or a number; a short parenthesis
# may follow ("Police (ALP)").
_NP_WORD: Final = (
    rf"(?:(?:{NUMBERED_NAMES})(?![\p{{L}}\p{{N}}])|"
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
PAREN: Final = (r"(?:\s*+,[^,.;:\n]{1,80}?,|\s*+\([^()\n]{0,80}\)|\s*+[—–][^—–.;\n]{1,80}?[—–]"
                r"|\s++-\s[^—–.;\n]{1,80}?\s-(?=\s))")
#: A passive predicate right after a group: ", were reportedly killed", " dead", " died";
#: an aside may stand between ("13 people, mostly homeless, died").
RIGHT: Final = regex.compile(
    # (a quotation may open at the predicate: 'five soldiers "were martyred"')
    rf"(?i)(?P<paren>{PAREN})?(?:\s*+,)?+\s*+(?:[“\"](?=(?:{_AUX})\s))?+(?P<aux>(?:(?:{_AUX})\s++){{0,4}}?)"
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
    rf"(?i)(?P<gap>(?:{PAREN}|\s++and(?:\s++(?:their|its|his|her))?+(?=(?:\s++[\p{{L}}\-]++){{0,3}}?"
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
MONTHS: Final = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
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
    rf"(?i)(?!\s*+{_QUALIFIED_NUMBER}(?!\s*+{MONTHS}|\s++{_TIME_UNITS}\b))"
    rf"\s*+(?:{_TIME_SPAN}|[,.;:!?()\]\"”’\n–—-]|$|(?:{alternation(lex.PASSIVE_FOLLOWERS)})(?![\p{{L}}\p{{N}}])|"
    rf"\p{{L}}+ly(?![\p{{L}}\p{{N}}])|\d{{1,2}}(?:st|nd|rd|th)?\s++{MONTHS}(?![\p{{L}}]))"
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

#: A reporting verb right after a group ("two officials said", "a local group and residents
#: said"): the group speaks.
SPEAKER_AFTER: Final = regex.compile(
    r"(?i)(?:\s++and(?:\s++[\p{L}'’\-]+){1,3}?)?\s++(?:said|says|say|told|tells|reported|"
    r"added|stated|claimed)(?![\p{L}])"
    # (not a passive's participle: "two soldiers reported missing", "three reported dead")
    r"(?!\s++(?:missing|dead|killed|wounded|injured|kidnapped|abducted|captured|detained|arrested)(?![\p{L}]))"
)

#: A finite verb right after "N wounded" / "N dead", which makes the participle a noun:
#: "at least 24 wounded were still being treated", "two injured remain in hospital".
NOMINAL_VERB: Final = regex.compile(
    r"(?i)\s++(?:were|was|are|is|remain(?:ed|s)?|have|has|had|still|later|included|lying|lay|being|"
    r"waiting|awaiting|who)(?![\p{L}\p{N}])")  # ("14 wounded who were evacuated": no object follows)
#: The predicate of "N of the dead were GROUP": "Eleven of the dead | were soldiers".
NOMINAL_PREDICATE: Final = regex.compile(
    r"(?i)\s++(?:were|are|included|(?:had\s+been|have\s+been|were|was)\s+identified\s+as)(?=\s)")


def has_be(aux: str) -> bool:
    """True when an auxiliary run contains a form of "be" (a passive), not only "have"."""
    return bool(_BE.search(aux))
