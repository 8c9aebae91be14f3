"""The compiled patterns, built once from the tables in :mod:`claimkit_materiel._lexicon`.

Every quantifier is bounded, so no input (a 500 KB word, a 1 MB sentence) makes them slow.
"""

from __future__ import annotations

import regex

from claimkit.text import Trigger

from ._lexicon import ACTIONS, AUXILIARIES, EQUIPMENT, STOP_WORDS, UNCOUNTED
from ._lexicon import PRONOUNS as PRONOUN_WORDS

FLAGS = regex.IGNORECASE | regex.VERSION1


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# One named group per canonical object: match.lastgroup tells which one matched.
OBJECT_GROUPS: dict[str, str] = {f"obj{i}": name for i, name in enumerate(EQUIPMENT)}
_EQUIPMENT = "|".join(
    f"(?P<obj{i}>{'|'.join(forms)})" for i, forms in enumerate(EQUIPMENT.values()))

# Nouns after an equipment word that turn it into a modifier: "tank crews", "drone operators",
# "helicopter pilots" are not tanks, drones or helicopters.
_NOT_HEAD = (
    r"(?:crews?|operators?|pilots?|units?|positions?|brigades?|regiments?|battalions?|divisions?|"
    r"columns?|depots?|factor(?:y|ies)|plants?|bases?|hangars?|shelters?|parts|components|"
    r"ammunition|shells?|projectiles?|rounds|fuel|attacks?|strikes?|launchers?|systems?|engines?|production|"
    # ("a weapons storage facility": a place, not weapons)
    r"storage|facilit(?:y|ies)|warehouses?|stores?|caches?|sites?|workshops?)"
)
EQUIPMENT_RE = rf"(?<![\w-])(?:{_EQUIPMENT})\b(?!-)(?!\s+{_NOT_HEAD}\b)"

# A word that may stand between the number and the equipment ("12 Russian T-72 tanks").
# possessive: a word is never split, so no backtracking; an abbreviation keeps its last dot ("U.S.")
TOKEN = r"[\w'’-]++(?:\.[\w'’-]++)*+(?:(?<=\.\w)\.)?+"
_MODIFIER = rf"(?!(?:{_alternation(STOP_WORDS)})\b)(?!\d+\b){TOKEN}"

# The trigger: every verb form that reports a loss, one group per action.
ACTION_GROUPS: dict[str, str] = {f"act{i}": name for i, name in enumerate(ACTIONS)}
# Simple case folding (VERSION0), as the pre-filter folds case; the verb forms are plain
# enough for Python's ``re`` to be that pre-filter over the lowercased text.
VERB_PATTERN = regex.compile(
    r"\b(?:" + "|".join(f"(?P<act{i}>{'|'.join(forms)})" for i, forms in enumerate(ACTIONS.values()))
    + r")\b", regex.IGNORECASE)
# The pre-filter: each form's first word, literal ("burn" for "burn(?:ed|t)", "shot" for "shot
# down"), so they join the prefix tree that every trigger's words share; as separate
# patterns they would each be tried at every word of every text.
VERB = Trigger(VERB_PATTERN, words=sorted({form.split("\\", 1)[0].split("(", 1)[0]
                                           for forms in ACTIONS.values() for form in forms}))

# After the number: optional "of (the)" (for "dozens of"; "four of their gun trucks"), up to
# three modifiers, the equipment.
# (a word may stand in quotes: 'a police "kamikaze" drone', '15 "technicals"')
_QUOTED = r"[\"“‘]?"
_UNQUOTED = r"[\"”’]?"
ITEM_TAIL = regex.compile(rf"\s+(?:of\s+(?:(?:the|their|its|our|his|her)\s+)?)?"
                          rf"(?P<mods>(?:{_QUOTED}{_MODIFIER}{_UNQUOTED}\s+){{0,3}}?)"
                          rf"{_QUOTED}(?P<equip>{EQUIPMENT_RE}){_UNQUOTED}", FLAGS)
# Equipment named again right after equipment: "four AK-47 | assault rifles" (the item runs on).
ITEM_AGAIN = regex.compile(rf"\s+(?:{_MODIFIER}\s+){{0,2}}?(?P<equip>{EQUIPMENT_RE})", FLAGS)
EQUIPMENT_END = regex.compile(rf"{EQUIPMENT_RE}\Z", FLAGS | regex.REVERSE)
# "shot down one of them": the equipment told just before (searched backwards, the last one).
OF_THEM = regex.compile(r"\s+of\s+(?:them|these|those)\b", FLAGS)
# People told after that equipment, whom "them" stands for instead: "terrorists ... in gun
# trucks ... engaged the terrorists, neutralising 47 of them".
# (searched backwards: the last one; a subject right before the verb is its actor, not "them":
# "Ukrainian troops destroyed three of them")
PEOPLE_BEFORE = regex.compile(
    r"\b(?:fighters|terrorists|insurgents|militants|soldiers|troops|attackers|gunmen|rebels|jihadists|"
    r"assailants|bandits|militiamen|combatants|members|men|people|civilians)\b(?=[^,;]*[,;])",
    FLAGS | regex.REVERSE)
EQUIPMENT_BEFORE = regex.compile(EQUIPMENT_RE, FLAGS | regex.REVERSE)
# "seized 12 others": more of the equipment told before (not "12 other people")
OTHERS = regex.compile(r"\s+(?:others|more)\b(?!\s+(?:people|civilians|soldiers|fighters|troops))", FLAGS)
SENTENCE_END = regex.compile(r"[.!?;](?=\s)|\n", FLAGS)
# Words that may come between the verb and the number: "destroyed a further 12 tanks".
SPACE = regex.compile(r"\s*")
# ("seized as spoils four armoured vehicles": booty named before the items)
FILLER = regex.compile(r"(?:as\s+(?:war\s+)?(?:spoils|booty)(?:\s+of\s+war)?\s+)?"
                       r"(?:(?:a\s+further|another|an\s+additional|a\s+total\s+of|an\s+estimated|"
                       r"a\s+reported)\s+)?", FLAGS)
# "a tank", "an armoured vehicle", "a single drone": a count of one.
# ("another tank was damaged": one more)
ARTICLE = regex.compile(r"(?:an?|a\s+single|another)\b", FLAGS)
ARTICLE_BEFORE = regex.compile(rf"\b(?:an?|a\s+single|another)\s+(?:{_MODIFIER}\s+){{0,3}}\Z",
                               FLAGS | regex.REVERSE)
# Between the number's end and the equipment, read backwards (passive lists).
GAP_BEFORE = regex.compile(rf"\s+(?:of\s+(?:the\s+)?)?(?:{_MODIFIER}\s+){{0,3}}", FLAGS)
# A communiqué's figure in digits after its words: "forty (40) motorcycles", "three (03)".
DIGITS_AGAIN = regex.compile(r"\s*+\(\d{1,5}\)")

# A list announced after the verb: "seized the following material: six rifles, ...", or a
# communiqué's label: "Destroyed: 9 tanks, 17 armoured fighting vehicles".
FOLLOWING = regex.compile(r"(?:\s+(?:the\s+)?following(?:\s+[\p{L}\-]+){0,2})?\s*:", FLAGS)

# Separators of a list of items: "12 tanks, five helicopters and 30 drones".
SEPARATOR = regex.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)", FLAGS)
# The state of items taken, between an item and the next: "seized 27 combat vehicles | in good
# condition | and two rocket launchers".
ITEM_STATE = regex.compile(r"\s+(?:in\s+(?:good|working|perfect|running|usable)\s+(?:condition|order)|"
                           r"intact|undamaged)(?![\p{L}])", FLAGS)
# A gloss in brackets after an item: "seized four technicals (armed pickup trucks) and ...".
GLOSS = regex.compile(r"\s*\([^()\n]{1,60}\)", FLAGS)
# A second verb joined to the first before their shared objects: "shot down | or suppressed |
# 117 drones".
COORDINATED_VERB = regex.compile(r"\s+(?:or|and)\s+[\p{L}]+(?:ed|t)(?:\s+(?:down|out))?(?=\s)", FLAGS)
# The verb "to be" before a passive participle, read backwards: "... | were (also) | seized".
BE_BEFORE = regex.compile(r"\s+(?P<be>(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been))"
                         r"(?:\s+(?:also|reportedly|allegedly|successfully|all|later|then|subsequently)){0,2}\s+\Z",
                         FLAGS | regex.REVERSE)
# ... and after arms with no figure, the counted items they hold: "seized weapons, including a
# tank" (after a counted item they are a part of it: "12 tanks, including four T-72 tanks")
INCLUDING = regex.compile(r"\s*(?:,\s*)?(?:including|among\s+them)\s+", FLAGS)
SEPARATOR_BEFORE = regex.compile(r"(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)\Z",
                                 FLAGS | regex.REVERSE)
# An item that is not equipment ("12 houses"): skipped so the list can go on.
OTHER_ITEM = regex.compile(rf"(?:\s+{TOKEN}){{1,6}}?(?=\s*(?:,|\s+and\s|\s+as\s+well\s+as\s))", FLAGS)
# ... or uncounted things that open the list ("seized weapons and 12 military vehicles"; "a
# quantity of weapons, ammunition and ..."): no number, no clause of their own
_UNCOUNTED_WORD = rf"(?!(?:that|which|who|when|while|after|before|in|on|at)\b)(?!\d){TOKEN}"
UNCOUNTED_ITEM = regex.compile(
    rf"\s*+{_UNCOUNTED_WORD}(?:\s+{_UNCOUNTED_WORD}){{0,3}}?(?=\s*(?:,|\s+and\s|\s+as\s+well\s+as\s))",
    FLAGS)

# Arms taken with no figure (see UNCOUNTED): "weapons", "a large quantity of ammunition",
# "large quantities of weapons", ending where a list goes on or the clause ends.
UNCOUNTED_GROUPS: dict[str, str] = {f"arms{i}": name for i, name in enumerate(UNCOUNTED)}
# (in quotes too: 'seized "an important stock of weapons"', '"a large quantity" of rifles')
UNCOUNTED_ARMS = regex.compile(
    r"\s*+[\"“]?(?P<item>(?:(?:their|its|the|our|his|her)\s+)?(?:(?:an?\s+)?"
    r"(?:large\s+|huge\s+|significant\s+|small\s+|important\s+|big\s+)?"
    r"(?:quantit(?:y|ies)|amounts?|caches?|stockpiles?|stocks?)[\"”]?\s+of\s+)?"
    + "(?:" + "|".join(f"(?P<arms{i}>{'|'.join(forms)})" for i, forms in enumerate(UNCOUNTED.values())) + "))"
    r"(?![\w-])[\"”]?(?=[,.;:)]|\s++(?:and|as\s+well\s+as|including|from|in|at|during|before|after|belonging|"
    r"left|abandoned|worth|with)\s|\s*+$)", FLAGS)

# Passive: "<equipment> were (also) destroyed"; the equipment must end right before the verb.
_BE = r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been|being|got|had\s+also\s+been)"
_ADVERB = r"(?:also|reportedly|allegedly|successfully|all|later|then|subsequently|either|since)"
# (a short reduced relative may follow the equipment: "two drones launched by the enemy were")
_LAUNCHED_BY = (r"(?:\s+(?:launched|fired|used|operated|flown|sent|deployed)\s+by\s+(?:the\s+)?"
                r"[\w'’-]+(?:\s+[\w'’-]+)?)")
# (or whose it was: "a surveillance drone of the enemy had been destroyed")
_OWNED_BY = r"(?:\s+(?:of|belonging\s+to)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)"
PASSIVE_BEFORE = regex.compile(rf"(?P<equip>{EQUIPMENT_RE})(?P<by>{_LAUNCHED_BY}|{_OWNED_BY})?"
                               rf"(?P<be>\s+{_BE})?(?:\s+{_ADVERB}){{0,2}}\s+\Z",
                               FLAGS | regex.REVERSE)
BY_ACTOR = regex.compile(rf"\s+by\s+(?P<actor>(?:the\s+)?(?:{_MODIFIER})(?:\s+{_MODIFIER}){{0,4}})", FLAGS)
# Right after a participle, these show it is active ("12 drones destroyed the depot").
# (whole words: "motorcycles destroyed | and weapons recovered" is no active "destroyed a")
ACTIVE_OBJECT_AFTER = regex.compile(r"[^\S\n]+(?:(?:the|a|an|their|its|his|her|our)(?![\w'’-])|\d)", FLAGS)

# The actor before an active verb: the words after the last clause boundary.
CLAUSE_BOUNDARY = regex.compile(r"[,;:()\"“”«»\[\]]|[.!?](?=\s)|\n", FLAGS)
CLAUSE_BOUNDARY_BEFORE = regex.compile(CLAUSE_BOUNDARY.pattern, FLAGS | regex.REVERSE)
WORD = regex.compile(TOKEN, FLAGS)
AUXILIARY_WORDS = AUXILIARIES
STOP = STOP_WORDS
PRONOUNS = PRONOUN_WORDS

# A base form is a deed only after a communiqué's "made it possible to" ("enabled the troops
# to", "allowed us to"), maybe past another verb: "made it possible to neutralise thirty
# terrorists and to | destroy" (the base forms: _lexicon.BASE_FORMS).
DONE_BEFORE_BASE = regex.compile(
    r"\b(?:made\s+it\s+possible|enabled|allowed|permitted)\s+(?:[\w'’-]+\s+){0,3}?to\s+"
    r"(?:[^.;:!?\n]{0,120}?\s(?:and\s+)?to\s+)?\Z", FLAGS)

# "took", "taken", "taking" tell a capture of equipment only: most of them take time, part or
# place ("took place"), so the list after them is read only where an arms word stands near.
TAKE_VERBS = frozenset({"took", "taken", "taking"})
ARMS_NEAR = regex.compile(
    r"(?i)\b(?:tank|vehicle|drone|uav|weapon|rifle|gun|arms|ammunition|munition|truck|pick|technical|"
    r"motor|helicopter|aircraft|jet|missile|launcher|mortar|artiller|howitzer|boat|radar|apc|humvee|"
    r"kalashnikov|ak-47|rpg|pistol|explosive)")
