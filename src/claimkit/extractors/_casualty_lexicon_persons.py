"""Casualty word tables: the person nouns and the heads that are not persons.

The plural and singular person nouns (with the suffixes that make a word one), the heads that
are never the people a casualty befalls, and the nouns that count as one after a possessive.
Re-exported by ``_casualty_lexicon``.
"""

from __future__ import annotations

from typing import Final

#: Person nouns: heads of a group that can be killed, captured or detained. Plural and
#: singular forms; words ending in typical person suffixes (-ers, -ists, -ians, -men ...)
#: also count (see ``PERSON_SUFFIX``).
PERSONS: Final[tuple[str, ...]] = (
    "people", "persons", "person", "individuals", "individual", "civilians", "civilian",
    "soldiers", "soldier", "troops", "troop", "servicemen", "serviceman", "servicemembers",
    "service members", "servicewomen", "personnel", "policemen", "policeman", "policewomen",
    "police", "officers", "officer", "police officers", "cops", "guards", "guard", "militants",
    "militant", "fighters", "fighter", "insurgents", "insurgent", "rebels", "rebel", "terrorists",
    "terrorist", "gunmen", "gunman", "attackers", "attacker", "assailants", "assailant",
    "jihadists", "jihadist", "jihadis", "jihadi", "extremists", "extremist", "children", "child",
    "kids", "boys", "boy", "girls", "girl", "women", "woman", "men", "man", "babies", "baby",
    "infants", "infant", "toddlers", "toddler", "teenagers", "teenager", "teens", "youths", "youth",
    "students",
    "student", "pupils", "schoolchildren", "worshippers", "worshipers", "pilgrims", "passengers",
    "passenger", "crew", "crew members", "tourists", "tourist", "villagers", "villager",
    "residents", "resident", "farmers", "farmer", "workers", "worker", "miners", "members",
    "member", "commandos", "commando", "paramilitaries", "paramilitary", "militiamen",
    "militiaman", "militia members", "recruits", "cadets", "conscripts", "volunteers",
    "mercenaries", "contractors", "bodyguards", "bodyguard", "hostages", "hostage", "prisoners",
    "prisoner", "detainees", "inmates", "suspects", "suspect", "victims", "victim", "others", "other",
    "more", "peshmerga", "marines", "marine", "sailors", "airmen", "pilots", "pilot", "commanders",
    "commander", "leaders", "leader", "chiefs", "chief", "officials", "official", "employees",
    "employee", "staff", "staffers", "journalists", "journalist", "reporters", "doctors",
    "nurses", "medics", "paramedics", "aid workers", "peacekeepers", "peacekeeper", "refugees",
    "migrants", "shoppers", "bystanders", "protesters", "protestors", "demonstrators",
    "mourners", "guests", "family members", "relatives", "brothers", "sisters", "sons",
    "daughters", "husbands", "wives", "parents", "mothers", "fathers", "priests", "priest",
    "monks", "clerics", "cleric", "imams", "imam", "teachers", "teacher", "truckers",
    "drivers", "driver", "herders", "herdsmen", "fishermen", "traders", "merchants", "vendors",
    "customers", "patients", "spectators", "fans", "players", "athletes", "delegates",
    "lawmakers", "legislators", "politicians", "ministers", "diplomats", "agents", "spies",
    "informants", "collaborators", "accomplices", "accomplice", "sympathisers", "sympathizers",
    "facilitators", "couriers", "nephews", "nieces", "niece", "cousins", "uncles", "grandchildren",
    "hajis", "muslims", "christians", "hindus", "sikhs", "jews",
    "shias", "shiites", "sunnis", "yazidis", "hazaras", "alawites", "kurds", "arabs", "settlers",
    "palestinians", "israelis", "afghans", "pakistanis", "iraqis", "syrians", "somalis",
    "nigerians", "indians", "americans", "russians", "ukrainians", "foreigners", "nationals",
    "citizens", "locals", "adults", "elderly", "pedestrians", "motorists", "commuters",
    "inhabitants", "occupants", "survivors", "casualties", "wife", "husband", "son", "daughter",
    "brother", "sister", "mother", "father", "cousin", "nephew", "uncle", "relative",
    "infantrymen", "gendarmes", "gendarme", "rangers", "constables", "constable", "sepoys",
    "jawans", "jawan", "troopers", "trooper", "fedayeen", "mujahideen", "cadres", "cadre",
    "combatants", "combatant", "hostiles", "enemies", "enemy", "operatives", "operative",
    "raiders", "bandits", "bandit", "gangsters", "kidnappers", "abductors", "smugglers",
    "pirates", "bombers", "bomber", "shooters", "shooter", "snipers", "sniper", "crewmen",
    "crew member", "security personnel", "personnels", "security forces", "forces", "force", "army", "units",
    "worshipper", "pilgrim", "tourist", "resident", "student", "shepherds", "shepherd",
    "nomads", "nomad", "chef", "cook", "clerk", "barber", "tailor", "porter", "expert",
    "experts", "analyst", "analysts", "pastor", "bishop", "bishops", "nun", "nuns", "rabbi",
    "rabbis", "missionary", "missionaries", "scholar", "scholars", "surgeon", "surgeons",
    "veteran", "veterans", "mechanic", "mechanics", "envoy", "envoys", "chaplain", "chaplains",
    "deacon", "deacons", "aide", "aides", "cadet", "conscript", "muslim", "christian", "hindu",
    "sikh", "jew", "shia", "sunni", "yazidi", "candidate", "candidates",
    # ranks ("among them a colonel", "two lieutenants were killed")
    "khwarij", "khawarij", "khawaarij", "khariji", "kharijis", "miscreants",
    "colonel", "colonels", "lieutenant", "lieutenants", "captain", "captains", "sergeant",
    "sergeants", "corporal", "corporals", "brigadier", "brigadiers", "general", "generals",
    # a side's words for its own dead ("two of our heroes rose as martyrs")
    "heroes", "hero", "martyrs", "martyr", "comrades", "comrade", "compatriots", "compatriot",
    "schoolgirls", "schoolboys", "schoolgirl", "schoolboy", "neighbours", "neighbors", "neighbour",
    "neighbor",
)

#: Person-noun suffixes for words not listed: "loggers", "loyalists", "Christians", "firemen".
PERSON_SUFFIXES: Final[tuple[str, ...]] = ("ers", "ists", "ians", "men", "ants", "ents", "ors", "ees", "ites")
PERSON_SUFFIX: Final[str] = "(?:" + "|".join(PERSON_SUFFIXES) + ")"

#: Heads that are never the people a casualty befalls: time, distance, money, equipment,
#: places, units, animals, events. "killed 3 days ago", "captured 25 posts", "12 tanks".
NON_PERSONS: Final[tuple[str, ...]] = (
    "years", "year", "year-old", "years-old", "months", "month", "weeks", "week", "days", "day",
    "hours", "hour", "minutes", "minute", "seconds", "decades", "decade", "centuries", "century",
    "times", "am", "a.m.", "pm", "p.m.", "o'clock", "hrs", "gmt", "utc", "km", "kms", "kilometres",
    "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter",
    "feet", "foot", "ft", "yards", "m", "percent", "per cent", "%", "dollars", "dollar", "usd",
    "euros", "euro", "pounds", "rupees", "rupee", "naira", "shillings", "francs", "yuan", "rubles",
    "roubles", "hryvnias", "million", "billion", "tanks", "tank", "vehicles", "vehicle", "trucks",
    # ("one armoured personnel carrier": a vehicle, its people only a modifier)
    "carrier", "carriers",
    "truck", "cars", "car", "buses", "bus", "aircraft", "planes", "plane", "jets", "helicopters",
    "helicopter", "drones", "drone", "missiles", "missile", "rockets", "rocket", "shells",
    "shell", "mortars", "mortar", "rounds", "bombs", "bomb", "grenades", "grenade", "mines",
    "mine", "ieds", "guns", "gun", "weapons", "weapon", "rifles", "rifle", "boats", "boat",
    "ships", "ship", "vessels", "launchers", "artillery", "pieces", "villages", "village",
    "towns", "town", "cities", "city", "posts", "post", "outposts", "outpost", "checkpoints",
    "checkpoint", "houses", "house", "homes", "home", "buildings", "building", "bases", "base",
    "positions", "position", "districts", "district", "provinces", "province", "areas", "area",
    "locations", "sites", "site", "hectares", "acres", "square", "sq", "brigades", "brigade",
    "battalions", "battalion", "divisions", "division", "regiments", "regiment", "companies",
    "platoons", "squadrons", "horses", "horse", "dogs", "dog", "cattle", "cows", "cow",
    "goats", "sheep", "camels", "donkeys", "animals", "animal", "livestock", "birds", "attacks",
    "attack", "explosions", "blasts", "blast", "bombings", "incidents", "occasions", "cases",
    "kg", "kilograms", "kilos", "tons", "tonnes", "litres", "liters", "street", "road",
    "avenue", "lane", "floor", "floors", "storey", "stories", "shops", "stores", "schools",
    "mosques", "churches", "temples", "hospitals", "hotels", "points", "goals", "votes", "seats",
    "stations", "shots", "bullets", "flights", "trains", "train", "nations", "countries", "arms",
    "motorcycles", "motorbikes", "ferry", "ferries", "howitzers", "howitzer", "cannons", "cannon",
    "pickups", "pick-ups", "technicals", "apcs", "sides",
    "states", "thousand", "hundred", "dozen", "lakh", "crore", "mm", "cm", "inch",
    "inches", "degrees", "infantry", "cavalry", "corps", "rifles", "fusiliers",
    "attempts", "operations", "raids", "strikes", "airstrikes", "hits", "devices", "device",
    "threats", "threat", "targets", "cells", "hideouts", "camps", "emails", "e-mails", "messages",
    "documents", "files", "records", "letters", "pages", "tweets",
    # ("27 photographs showing bodies": pictures of the dead)
    "photographs", "photograph", "photos", "photo", "pictures", "images", "videos", "video",
    "clips", "screenshots",
)

#: Singular person nouns that make "a soldier", "an officer", "another civilian" a count of one.
SINGULAR_PERSONS: Final[tuple[str, ...]] = (
    "person", "individual", "civilian", "soldier", "serviceman", "servicewoman", "policeman",
    "policewoman", "police officer", "officer", "cop", "guard", "militant", "fighter",
    "insurgent", "rebel", "terrorist", "gunman", "attacker", "assailant", "jihadist", "child",
    "boy", "girl", "woman", "man", "baby", "infant", "toddler", "teenager", "teen", "youth",
    "student", "pupil", "worshipper", "worshiper", "pilgrim", "passenger", "tourist", "villager",
    "resident", "farmer", "worker", "member", "commando", "paramilitary", "militiaman",
    "recruit", "volunteer", "contractor", "bodyguard", "hostage", "prisoner", "detainee",
    "inmate", "suspect", "marine", "sailor", "pilot", "commander", "leader", "chief", "official",
    "employee", "journalist", "reporter", "doctor", "nurse", "medic", "paramedic", "aid worker",
    "peacekeeper", "refugee", "migrant", "shopper", "bystander", "protester", "protestor",
    "demonstrator", "priest", "monk", "cleric", "imam", "teacher", "driver", "herder",
    "herdsman", "fisherman", "trader", "merchant", "vendor", "customer", "patient", "agent",
    "informant", "settler", "constable", "gendarme", "jawan", "trooper", "ranger", "combatant",
    "operative", "bandit", "bomber", "shooter", "sniper", "local", "national", "citizen",
    "foreigner", "elder", "politician", "lawmaker", "minister", "diplomat", "engineer",
    "employee", "staffer", "contractor", "teenage", "security guard", "army officer",
    "army major", "major", "captain", "colonel", "lieutenant", "sergeant", "general", "corporal",
    "private", "constable", "inspector", "superintendent", "councillor", "councilor", "mayor",
    "governor", "judge", "lawyer", "businessman", "shopkeeper", "watchman", "wife", "husband",
    "son", "daughter", "brother", "sister", "mother", "father", "cousin", "nephew", "niece",
    "uncle", "aunt", "relative", "grandson", "granddaughter", "grandfather", "grandmother",
    "chauffeur", "caretaker", "official", "spokesman", "activist", "photographer", "cameraman",
    "survivor", "colleague", "companion", "friend", "neighbour", "neighbor", "guest", "visitor",
    "employee", "staff member", "crew member", "security guard", "doorman", "elder", "chieftain",
    "shepherd", "nomad", "passer-by", "pedestrian", "motorist", "commuter", "chef", "cook", "clerk",
    "barber", "tailor", "porter", "expert",
    "analyst", "pastor", "bishop", "nun", "rabbi", "missionary", "scholar", "surgeon",
    "consultant", "accountant", "servant", "cadet", "conscript", "veteran", "tribesman",
    "clansman", "mechanic", "envoy", "delegate", "chaplain", "deacon", "assistant", "aide",
    "interpreter", "translator", "muslim", "christian", "hindu", "sikh", "jew", "shia", "sunni",
    "yazidi", "candidate", "mp",
)

#: Nouns that count as one after a possessive: "killed his wife", "her driver was injured".
POSSESSED_PERSONS: Final[tuple[str, ...]] = (
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "cousin",
    "nephew", "niece", "uncle", "aunt", "driver", "chauffeur", "bodyguard", "guard", "escort",
    "assistant", "aide", "secretary", "companion", "colleague", "friend", "child", "baby",
    "grandson", "granddaughter", "fiancee", "fiancé", "partner", "deputy", "interpreter",
    "translator", "cameraman", "photographer", "neighbour", "neighbor", "infant", "toddler",
    "grandchild", "grandmother", "grandfather", "stepson", "stepdaughter",
)
