"""Words for the people a casualty figure names and for what surrounds it, read by the side
rules (:mod:`._casualty_speaker_side`, :mod:`._casualty_clause_side`, :mod:`._casualty_unmarked`):
heads of a state's forces, of an armed group's fighters, of attackers, of non-combatants; the
words of fighting and of combatants in a sentence; the peacekeeping missions; the sentence
around a figure.
"""

from __future__ import annotations

from typing import Final

import regex

from ._casualty_home import BODIES
from ._words import holds_any

#: People named as non-combatants: their side is "civilians" when no party is named.
CIVILIAN_HEADS: Final = frozenset({
    "civilian", "civilians", "woman", "women", "child", "children", "boy", "boys", "girl", "girls",
    "baby", "babies", "infants", "toddlers", "villager", "villagers", "resident", "residents",
    "worshippers", "worshipers", "pilgrims", "passenger", "passengers", "farmer", "farmers",
    "shoppers", "student", "students", "pupils", "schoolchildren", "mourners", "fishermen",
    "fisherman", "herders", "shepherd", "shepherds", "traders", "trader", "vendors", "refugees",
    "patients", "bystanders", "pedestrians", "motorists", "commuters", "teacher", "teachers",
    "aid workers", "journalist", "journalists", "nurse", "nurses", "doctor", "doctors", "elderly",
    "family members", "relatives", "wife", "husband", "son", "sons", "daughter",
    "daughters", "mother", "father", "brother", "brothers", "sister", "sisters", "nephew", "cousin",
    "worker", "workers", "volunteer", "volunteers", "driver", "drivers", "christians", "muslims",
    "hindus", "sikhs", "yazidis", "alawites", "druze", "shias", "sunnis", "guests", "guest",
    "teenager", "teenagers", "minors", "hunters", "passer-by", "passers-by", "labourers", "laborers",
    "compatriots", "schoolgirls", "schoolboys", "schoolgirl", "schoolboy", "neighbours", "neighbors",
    "neighbour", "neighbor", "bystander", "pedestrian", "motorist", "commuter", "paramedic",
    "paramedics", "medic", "medics", "rescuer", "rescuers", "health workers", "first responders",
    "seafarer", "seafarers", "mariners",
    # people driven from their homes: "at least 19 IDPs were killed"
    "idps", "idp", "evacuees",
    # trades and callings of people no party counts as fighters
    "prospectors", "prospector", "miners", "miner", "nomads", "nomad", "pastoralists", "porters",
    "hostages", "hostage", "victims", "pastor", "priest", "priests", "imam", "imams", "cleric",
    "clerics", "monks", "nuns", "staff", "staffers", "employees", "tourists", "pilgrim", "churchgoers",
    "congregants", "spectators", "infant", "pupil", "labourer", "laborer",
    "grandchildren", "grandchild", "grandson", "grandsons", "granddaughter", "granddaughters",
    "grandfather", "grandmother", "uncle", "aunt", "niece", "nieces", "nephews", "cousins",
    "citizens", "citizen", "firefighters", "firefighter", "elders", "elder", "contractors", "contractor",
})


PEACEKEEPERS: Final = frozenset({"peacekeeper", "peacekeepers", "blue helmets"})


#: A state's own forces, told by that state without naming them: the claimant's side.
OWN_FORCE_HEADS: Final = frozenset({
    "soldier", "soldiers", "troops", "serviceman", "servicemen", "personnel", "policeman",
    "policemen", "police officers", "police", "sailors", "marines", "jawan", "jawans", "sepoys",
    "gendarme", "gendarmes", "rangers", "troopers", "conscripts", "officer", "officers",
    "constable", "constables", "levies", "reservist", "reservists", "conscript", "guardsmen",
    "border troops", "guachos", "guacho",
})
# A state's body coordinated before a subject: "The army and | its allied militias"
STATE_BODY_AND: Final = regex.compile(r"(?i)\b" + BODIES + r"\s++and\s++\Z")
# A speaker that is a state's body and names no state: "army", "the armed forces"
STATE_BODY_NAMED: Final = regex.compile(
    r"(?i)(?:the\s+)?(?:national\s+|regular\s+)?" + BODIES
    # ("General Staff of Armed Forces")
    + r"(?:\s+of\s+(?:the\s+)?(?:national\s+)?" + BODIES + r")?")
GOVERNMENT_WORD: Final = regex.compile(r"(?i)\bgovernment\b")
# Heads that name people by their attack: the side told attacking.
ATTACKER_HEADS: Final = frozenset({"assailant", "assailants", "attacker", "attackers", "raiders"})
#: Those who attacked, named by no party: the report's armed group, if one stands out.
ASSAILANT_HEADS: Final = frozenset({
    "assailant", "assailants", "attacker", "attackers", "gunman", "gunmen", "militant", "militants",
    "insurgent", "insurgents", "jihadist", "jihadists", "terrorist", "terrorists", "raiders",
    "rebels", "extremists", "dissidents", "bandits", "hoodlums", "khawarij", "khawaarij", "khwarij",
    "kharijis",
})
FORMER: Final = regex.compile(r"(?i)\b(?:former|ex|retired|surrendered|reformed)\b")
# Members of a family are no combatants: "killing five members of one family".
FAMILY: Final = regex.compile(r"(?i)\bfamil(?:y|ies)\b")
FAMILY_AFTER: Final = regex.compile(
    r"(?i)\s+of\s+(?:(?:one|a|the|his|her|their|the\s+same)\s+)?(?:[\p{L}\-]+\s+)?famil(?:y|ies)\b")
# Men told by their age ("a 45-year-old man", "a man in his twenties", "a man of 70") are
# non-combatants as a report tells them; a fighter is told by his side or rank.
AGED_HEADS: Final = frozenset({"man", "men"})
AGE: Final = regex.compile(r"(?i)\b\d{1,3}-year-olds?\b|\b(?:elderly|old|young|teenage)\b")
AGE_AFTER: Final = regex.compile(
    r"(?i),?\s+(?:(?:in\s+(?:his|their)\s+(?:early\s+|mid-?|late\s+)?\p{L}+ties)|aged\s+(?:(?:about|around|some|roughly|approximately|nearly)\s+)?\d|of\s+\d{1,3}\b)")
#: A party's words for its enemy: told by a party, the report's other party.
ENEMY_HEADS: Final = frozenset({"occupiers", "occupier", "occupants", "invaders", "invader",
                                 "aggressors", "aggressor", "enemy", "enemies", "mercenaries"})
#: A ship's crew: civilians aboard a merchant ship, else told by their ship (a navy's sailors).
CREW_HEADS: Final = ("sailor", "sailors", "crew", "crewman", "crewmen", "crew member", "crew members",
                      "crewmembers", "seaman", "seamen")
CREW_REACH: Final = 600
MERCHANT_SHIP: Final = regex.compile(
    r"(?i)\b(?:tankers?|cargo|merchant|bulk\s+carriers?|container\s+ships?|freighters?|fishing|"
    r"ferry|ferries|shipping\s+compan(?:y|ies)|shipowners?|owners?|operators?|charterers?)\b")
MEMBERS_OF: Final = frozenset({"members", "member", "elements"})
#: "four brave sons of (the) soil": Pakistan's military press for its own soldiers.
SONS_OF_SOIL: Final = regex.compile(r"(?i)\bsons\s++of\s++(?:the\s++)?soil\Z")
#: "two members of the public" (searched in the group: not "of the public uprising forces"):
#: non-combatants.
OF_THE_PUBLIC: Final = regex.compile(r"(?i)\bof\s++the\s++(?:general\s++)?public\Z")
#: A body of civilians speaking of its members: "the port workers' union said 21 of its members
#: were killed" (not the African or European Union).
CIVILIAN_BODY: Final = regex.compile(
    r"(?i)(?<!(?:african|european|soviet|arab|economic)\s++)\bunion\b|\b(?:association|syndicate|guild|"
    r"co-?operative|chamber\s++of\s++commerce)\b")
PRISONER_HEADS: Final = frozenset({"prisoners", "prisoner", "pows", "captives"})
_STATE_GUARD_WORDS: Final = r"(?:prison|border|national|presidential|republican|coast)"
STATE_GUARD: Final = regex.compile(rf"(?i)\b{_STATE_GUARD_WORDS}\b")
#: ... told before in full, so that a bare "guards" after it are the same ("Iranian border guards
#: came under attack ... five guards were killed").
STATE_GUARDS_TOLD: Final = regex.compile(rf"(?i)\b{_STATE_GUARD_WORDS}[\s-]++guards?\b")
#: How far back a state's guards told in full are looked for.
GUARDS_REACH: Final = 2000
#: An armed group's own fighters, told by that group without naming them.
COMRADES: Final = frozenset({"comrade", "comrades"})
OWN_FIGHTER_HEADS: Final = frozenset({"fighter", "fighters", "members", "combatants", "cadres", *COMRADES})
# Irregular fighters, named so by others: the armed group's when a state tells them (a
# group's "militiamen" are its enemy's, and a state's own militias are "militiamen" too).
IRREGULAR_HEADS: Final = frozenset({"militiamen", "guerrillas"})
CLAIMANT_ATTACKS: Final = regex.compile(
    r"(?i)\b(?:(?:we|it|they)\s+(?:had\s+|have\s+|has\s+)?\p{L}+ed|(?:its|our|their)\s+"
    r"(?:own\s+)?(?:forces|fighters|men|units|troops|mujahideen)"
    # (the subject of a verb, or of the figure's own verb that follows: not "fighters
    # attacked its troops, killing one soldier")
    r"(?:\s+(?:(?:had|have|has)\s+)?(?:\p{L}+ed|struck|hit|shot|fought|overran|took|brought)\b|\s*+\Z))")
# "the group's fighters", "members of the (armed) group"
THE_GROUPS: Final = regex.compile(
    r"(?i)\bgroup['’]s\b|\bof\s+the\s+(?:(?:armed|terrorist|extremist|militant|jihadist|rebel|insurgent)\s+)?"
    r"group\b")
# A figure told as the object of a verb: "killing 40 servicemen", "eliminated “up to 40".
ACTIVE_START: Final = regex.compile(
    r"(?i)(?:killing|killed|kills|kill|eliminating|eliminated|neutrali[sz]ing|neutrali[sz]ed|"
    r"wounding|wounded|injuring|injured|capturing|captured)\b")
ENEMY: Final = regex.compile(r"(?i)\b(?:enemy|enemy's|opposing|rival|hostile)\b")
#: The words every match of :data:`ENEMY` holds.
ENEMY_WORDS: Final = ("enemy", "opposing", "rival", "hostile")


def may_name_enemy(text: str, start: int, end: int) -> bool:
    """Whether :data:`ENEMY` may match inside ``text[start:end]``: one of its words is there (a
    substring test: see :func:`holds_any`)."""
    return holds_any(text, start, end, ENEMY_WORDS)


#: People in general: non-combatants, also as a speaker's own ("forty of our people").
GENERIC_PEOPLE: Final = frozenset({"people", "persons", "individuals", "person", "individual", "man"})
OTHERS: Final = frozenset({"others", "more"})
FIGHTING: Final = regex.compile(
    r"(?i)\b(?:clash(?:es|ed)?|fighting|battles?|gunfights?|firefights?|shootouts?|skirmish(?:es)?|"
    r"exchange\s+of\s+fire|crossfire|repel(?:led|s)?|foil(?:ed|s)?|thwart(?:ed|s)?|"
    # the dead of both sides ("a hundred dead, on both sides combined"; "without assigning them
    # to either side"; not "on both sides of the border")
    r"(?:both|all)\s+sides(?!\s+of\b)|either\s+side(?!\s+of\b))\b")
#: A target its sentence calls civilian: the people hit there are civilians, whatever
#: fighting the sentence also tells of ("A drone strike on a civilian convoy ... killed six
#: people ..., as fighting raged").
CIVILIAN_TARGET: Final = regex.compile(
    r"(?i)\bcivilian\s+(?:convoys?|cars?|vehicles?|bus(?:es)?|boats?|homes?|houses?|buildings?|areas?|"
    r"neighbou?rhoods?|gatherings?|targets?|infrastructure|objects?)\b")
# Combatants as people: the words the two patterns below share.
_COMBATANT_PEOPLE: Final = (
    r"soldiers?|troops|fighters?|militants?|rebels?|insurgents?|policem[ae]n|officers|servicem[ae]n|"
    r"combatants|gunm[ae]n|attackers|assailants|constables|mujahideen|personnel")
COMBATANTS_AMONG: Final = regex.compile(
    r"(?i)(?:\b(?:including|among\s+(?:them|whom)|of\s+(?:them|whom)|both|(?:,|-)\s*(?:mostly|mainly))|[—–]|\s-(?=\s))"
    r"\s+(?:[\w’'-]+\s+){0,4}?"
    rf"(?:{_COMBATANT_PEOPLE}|militiam[ae]n|members\s+of\s+the\s+security\s+forces)\b")
# ... and any word for combatants or their bodies, in a sentence with no noun for its figure
COMBATANT: Final = regex.compile(
    rf"(?i)\b(?:{_COMBATANT_PEOPLE}|militi(?:a|as|am[ae]n)|police|gendarmes?|guards|army|military|"
    r"forces|jihadists?|terrorists?|bandits|gangs?|heroes|martyrs|(?:border|coast|national)\s+guard)\b")
_SENTENCE_END: Final = regex.compile(r"[.!?](?=\s)|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``, read at most 300 characters either way."""
    lo = max(0, start - 300)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return (before[-1] if before else lo), (after.start() if after else min(len(text), end + 300))


# "the (death) toll from <an event's words> <an attack> (by whom)": the start of a toll whose
# target tells whose dead they are (the three patterns below).
_TOLL_FROM = r"\btoll\s+from\s+[^.;:\n]{0,60}?\b"
_BY_WHOM = r"(?:\s+by\s+[^.;:\n]{1,50}?)?"
_HOW_MANY = r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?"
# A toll told of civilians: the word stands in the toll's own phrase (which the evidence opens)
# or right before it ("the civilian death toll").
CIVILIAN_TOLL: Final = regex.compile(
    r"(?i)\bcivilian\s+(?:death\s+)?(?:toll|dead|deaths|casualties|fatalities)\b"
    r"|\b(?:death\s+)?toll\s+(?:among|of)\s+civilians\b"
    r"|\bnumber\s+of\s+civilians?\s+(?:killed|dead|deaths|wounded|injured|hurt|casualties)\b"
    # ... or of an attack on places where civilians live or gather ("the death toll from
    # Friday night's attack on villages in Tsafe district"; who made it may come between:
    # "attacks by bandits on communities")
    rf"|{_TOLL_FROM}(?:attacks?|raids?|strikes?|bombings?|massacres?){_BY_WHOM}\s+on\s+{_HOW_MANY}"
    r"(?:[\p{L}\-]+\s+){0,2}?"
    r"(?:villages?|markets?|mosques?|churches|church|schools?|homes|houses|camps?|hospitals?|neighbou?rhoods?|"
    r"residential|civilians|worshippers|farmers|displaced|communities)\b")
#: ... or of an attack on a state's forces where they are ("the death toll from an attack by
#: separatist militants on a paramilitary convoy rose to 12"): the report's state's.
FORCE_TOLL: Final = regex.compile(
    rf"(?i){_TOLL_FROM}(?:attacks?|ambush(?:es)?|raids?|assaults?|bombings?){_BY_WHOM}\s+on\s+{_HOW_MANY}"
    r"(?:[\p{L}\-]+\s+){0,2}?(?:army|military|paramilitary|police|security|soldiers['’]?)\s+"
    r"(?:convoys?|bases?|posts?|patrols?|checkpoints?|camps?|stations?|positions?|barracks)\b")
#: ... or of strikes on a place by its name ("the death toll from Tuesday's Ukrainian drone
#: attack on Russia's Belgorod region", "the toll from drone strikes near Kidal"), not on a
#: force's post there: the civilians', when the sentence counts no combatants.
STRIKE_TOLL: Final = regex.compile(
    rf"(?i){_TOLL_FROM}(?:strikes?|airstrikes?|air\s+raids?|shelling|bombardments?|bombings?|attacks?)"
    r"\s+(?:on|in|near|at|against)\s+(?:the\s+)?(?-i:\p{Lu})"
    r"(?![^.;:\n]{0,40}?\b(?:army|military|police|security|base|post|checkpoint|barracks|camp|garrison|"
    r"convoy|patrol|positions?)\b)")
COMBATANT_PEOPLE: Final = regex.compile(rf"(?i)\b(?:{_COMBATANT_PEOPLE})\b")
TOLL_REACH: Final = 12
#: The beginnings of words that make a group armed ("armed villagers", "militiamen", "rebel
#: fighters", "gunmen").
ARMED_STEMS: Final = r"armed|militia|militant|rebel|fighter|gunm[ae]n|soldier"
ARMED_WORD: Final = regex.compile(rf"(?i)\b(?:{ARMED_STEMS})")
