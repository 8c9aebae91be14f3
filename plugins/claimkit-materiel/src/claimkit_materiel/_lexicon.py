"""What counts as materiel, and which verbs report its loss: documented data tables.

Materiel here means **military equipment that a side can lose**: vehicles, aircraft,
drones, artillery, launchers, air defences, missiles, vessels, counted small arms (rifles,
machine guns, RPGs) and military posts destroyed ("destroyed 19 Afghan posts": a post shelled
across a border changes no hands, so it is no territorial claim; a post captured or seized is,
and stays the territorial stage's). Deliberately left out:

- buildings, homes and infrastructure ("destroyed 12 houses", "hit three depots"): damage
  to places is a different kind of claim, and mixing it in would inflate equipment totals;
- people ("captured 12 soldiers" is a casualty claim, for the ``casualty`` stage);
- generic words with no count or no clear category ("seized weapons", "destroyed equipment",
  bare "guns"); vehicles of no kind named count only with a figure ("seized six vehicles").

A materiel claim needs both a term from :data:`EQUIPMENT` and a count ("12", "six",
"dozens of", "a"), because the figure is what users compare across reports; the one exception
is arms taken with no figure (:data:`UNCOUNTED`: "seized weapons and ammunition"), which a
report of a raid tells as often as counted equipment: a claim with ``count`` None.
"""

from __future__ import annotations

# canonical object -> surface forms (regular expressions, matched case-insensitively as
# whole words). The canonical name is what claims carry in data["object"], so totals from
# "armored personnel carriers" and "APCs" add up under one name.
EQUIPMENT: dict[str, tuple[str, ...]] = {
    "tanks": (r"tanks?",),
    "armoured vehicles": (
        r"armou?red\s+(?:personnel\s+carriers?|vehicles?|cars?|pick-?ups?|trucks?)",
        r"APCs?", r"IFVs?", r"(?:infantry\s+)?fighting\s+vehicles?", r"combat\s+vehicles?",
        r"military\s+(?:vehicles?|trucks?)", r"Humvees?", r"MRAPs?",
        r"pieces\s+of\s+armou?red\s+(?:equipment|vehicles)",
    ),
    # pick-ups with a machine gun mounted, the armed groups' (and many armies') main vehicle in
    # the Sahel, Sudan, Somalia or Yemen
    "technicals": (
        r"technicals", r"(?:armed\s+)?pick-?ups?(?:\s+trucks?)?", r"gun\s+trucks?",
        r"(?:vehicles?|trucks?)\s+(?:mounted|fitted|equipped)\s+with\s+(?:an?\s+)?(?:heavy\s+)?machine[\s-]guns?",
        r"(?:vehicles?|trucks?)\s+(?:mounted|fitted|equipped)\s+with\s+(?:an?\s+)?anti-aircraft\s+guns?",
    ),
    # counted vehicles a report says were destroyed or seized, of no kind named ("seized six
    # vehicles"); uncounted, or a civilian's (CIVILIAN_WORDS), they stay out
    "vehicles": (r"vehicles?", r"(?:ammunition|fuel|supply)\s+trucks?"),
    # the fighters' motorcycles an army reports destroyed or seized after a raid
    "motorcycles": (r"motorcycles?", r"motorbikes?"),
    # (and models named alone: "shot down an MQ-9", "a junta Yak-130", "two Mi-8s")
    "drones": (r"drones?", r"UAVs?", r"unmanned\s+aerial\s+vehicles?", r"quadcopters?",
               r"MQ-\d{1,2}[A-Z]?(?:\s+Reapers?)?s?", r"Bayraktars?(?:\s+TB2s?)?", r"TB2s?", r"Shaheds?",
               r"Orlan-10s?", r"Lancets?"),
    "helicopters": (r"helicopters?", r"gunships?", r"choppers?", r"(?:Mi|Ka)-\d{1,2}[A-Z]{0,3}s?",
                    r"Black\s+Hawks?", r"Apaches?"),
    "aircraft": (r"aircraft", r"warplanes?", r"(?:fighter\s+)?jets?", r"fighter\s+planes?", r"bombers?",
                 r"(?:Su|MiG|Yak|Tu|Il|L)-\d{1,3}[A-Z]{0,2}s?", r"F-(?:15|16|18|35)[A-Z]?s?"),
    "artillery": (
        r"artillery\s+(?:pieces?|systems?|guns?)", r"howitzers?", r"mortars?(?:\s+launchers?)?",
        r"self-propelled\s+guns?",
    ),
    "rocket launchers": (r"(?:multiple\s+)?(?:rocket|missile)\s+launchers?", r"rocket\s+systems?", r"MLRS"),
    "air defence systems": (
        r"air[\s-]defen[cs]e\s+(?:systems?|batteries|battery|launchers?)",
        r"anti-aircraft\s+(?:systems?|guns?|batteries|battery)", r"radars?",
    ),
    "missiles": (r"(?:cruise\s+|ballistic\s+)?missiles?",),
    # counted small arms, which armies list after a raid ("seized 14 AK-47 rifles, two PKM machine
    # guns"); bare "weapons" or "guns" stay out (no category, often no count)
    "rifles": (r"(?:assault\s+|sniper\s+|AK-47\s+|Kalashnikov\s+)?rifles?", r"AK-47s?", r"Kalashnikovs?"),
    "machine guns": (r"(?:heavy\s+|light\s+|PKM\s+)?machine[\s-]guns?", r"PKMs?"),
    "pistols": (r"pistols?", r"handguns?"),
    "rocket-propelled grenade launchers": (r"RPGs?", r"rocket-propelled\s+grenade\s+launchers?"),
    # a side's fortified positions, lost only to destruction here (see DAMAGE_ONLY)
    "posts": (r"(?:border\s+|military\s+|army\s+|security\s+|observation\s+)?(?:out)?posts?", r"checkpoints?",
              r"bunkers?"),
    # stores of arms or fuel a strike destroys ("destroyed an ammunition depot")
    "depots": (r"(?:ammunition|weapons?|arms|munitions?|fuel)\s+"
               r"(?:depots?|dumps?|warehouses?|storage\s+sites?)",),
    # counted arms of no kind named ("seized 74 weapons", "14 firearms", "48 small arms")
    "weapons": (r"weapons", r"firearms", r"small\s+arms"),
    # an army's armoured engineering vehicles ("a military bulldozer", "a D9 bulldozer"; a
    # bulldozer alone may be anyone's)
    "bulldozers": (r"(?:military\s+|armou?red\s+|D9\s+)bulldozers?",),
    "boats": (r"(?:patrol\s+|naval\s+|uncrewed\s+|unmanned\s+)?boats?", r"gunboats?", r"warships?",
              r"naval\s+vessels?", r"landing\s+craft"),
}

# Arms taken with no figure, which a report of a raid tells as often as counted equipment
# ("seized weapons and four vehicles", "recovered a large quantity of ammunition"): a claim with
# no count (``count`` null), for the ``captured`` action only. canonical -> written forms.
UNCOUNTED: dict[str, tuple[str, ...]] = {
    "weapons": (r"weapons", r"arms", r"firearms"),
    "ammunition": (r"ammunition", r"munitions", r"ammo"),
    "explosives": (r"explosives",),
}

# Words before "vehicles" that make them no side's equipment ("burned three private vehicles").
CIVILIAN_WORDS: frozenset[str] = frozenset({
    "private", "civilian", "civilians'", "commercial", "passenger", "personal", "ambulance",
    "construction", "road", "transport", "aid", "humanitarian", "un", "u.n", "u.n.", "media",
    "tourist", "school", "farm", "residents'", "people's",
})

# Equipment that is materiel only when destroyed or damaged (DAMAGE_ACTIONS): a post captured
# is ground taken.
DAMAGE_ONLY: frozenset[str] = frozenset({"posts", "depots"})
DAMAGE_ACTIONS: frozenset[str] = frozenset({"destroyed", "damaged"})

# action -> verb forms reporting it (past tense / participle, and the -ing form for
# "..., shooting down 30 drones"). Base forms ("to destroy", "did not destroy") report
# intentions and negations, not losses: the few here (BASE_FORMS) count only after a
# communiqué's "made it possible to" ("The response made it possible to neutralise thirty
# terrorists and to destroy several of their motorcycles").
ACTIONS: dict[str, tuple[str, ...]] = {
    # (each form's first word is literal: the pre-filter reads it as written)
    "destroyed": (r"destroyed", r"destroying", r"destroy", r"neutralised", r"neutralized", r"neutralising",
                  r"neutralizing", r"set\s+fire\s+to", r"setting\s+fire\s+to", r"knocked\s+out",
                  r"knocking\s+out", r"burn(?:ed|t|ing)",
                  r"torched", r"sank", r"sunk",
                  # the passive's ("one armoured vehicle was set on fire", "set ablaze")
                  r"set\s+(?:on\s+fire|ablaze|alight)",
                  # the nouns: "confirmed the destruction (or abandonment) of four tanks"
                  r"destruction(?:\s+(?:or|and)\s+\w+)?\s+of",
                  # a defence ministry's count of the other side's losses: "Ukrainian losses over
                  # the past day amounted to up to 215 servicemen, two tanks, ..."
                  r"losses(?:\s+[\w'’-]+){0,6}?\s+(?:amounted\s+to|totall?ed|stood\s+at|came\s+to|"
                  r"included|were)"),
    "shot_down": (r"shot\s+down", r"shooting\s+down", r"downed", r"downing", r"intercepted",
                  r"intercepting", r"brought\s+down", r"bringing\s+down"),
    "captured": (r"captured", r"capturing", r"capture", r"seized", r"seizing", r"seize", r"recovered",
                 # ("the harvest of the raid: ... the seizure of two armoured vehicles")
                 r"seizure\s+of",
                 r"recovering", r"recover",
                 # raiders leaving with what they took ("before withdrawing with weapons")
                 r"took\s+away", r"taken\s+away", r"taking\s+away", r"made\s+(?:off|away)\s+with",
                 r"making\s+(?:off|away)\s+with", r"withdrew\s+with", r"withdrawing\s+with",
                 r"drove\s+off\s+with", r"driven\s+off\s+with", r"driving\s+off\s+with",
                 # ("had taken dozens of weapons": only of equipment, as every action is)
                 r"took", r"taken", r"taking"),
    "damaged": (r"damaged", r"damaging", r"disabled", r"disabling"),
}

BASE_FORMS: frozenset[str] = frozenset({"destroy", "capture", "seize", "recover"})
# The forms that are nouns: the word before them is no actor ("Enemy losses", "the destruction").
NOUN_FORMS: tuple[str, ...] = ("destruction", "losses", "seizure")

# Words that may stand between a number and the equipment ("12 Russian T-72 tanks") must not
# be one of these: they join or end a phrase ("12 houses and three tanks" is not 12 tanks).
STOP_WORDS: frozenset[str] = frozenset({
    "and", "or", "but", "nor", "of", "in", "on", "at", "by", "with", "from", "to", "as", "for",
    "while", "including", "into", "onto", "than", "that", "which", "who", "whom", "whose",
    "before", "after", "when", "until", "upon",
    "were", "was", "is", "are", "be", "been", "being", "has", "have", "had", "said", "says", "say",
    "the", "a", "an", "this", "these", "those", "it", "its", "their", "his", "her", "our",
    "we", "they", "he", "she", "i", "you", "not", "no",
})

# Words between an actor and the verb that are not part of the actor ("Ukraine has also
# destroyed ..."), and pronouns an actor may be (resolved through the attribution).
AUXILIARIES: frozenset[str] = frozenset({
    "has", "have", "had", "also", "reportedly", "allegedly", "successfully", "already", "then",
    "now", "just", "since",
})
PRONOUNS: frozenset[str] = frozenset({"it", "they", "we", "he", "she", "i"})
