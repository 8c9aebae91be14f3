"""The territorial stage's word lists, as data.

``VERBS``: each row is (group name, pattern, action, shape). The stage compiles every row into
one trigger pattern; the group that matched says the action and how to read the phrase:

========  ===============================================================  ==============
shape     how the phrase reads                                             example
========  ===============================================================  ==============
verb      SUBJECT verb OBJECT; passive OBJECT was verb (by ACTOR)          "the rebels seized the town"
fell      OBJECT fell to ACTOR                                             "Kunduz fell to the Taliban"
lost      SUBJECT (= from) lost OBJECT (to ACTOR)                          "the army lost two posts"
leave     SUBJECT withdrew (from) OBJECT                                   "troops pulled out of Kherson"
under     OBJECT (is) under OWNER control                                  "the district is under our control"
noun      the NOUN of OBJECT (by ACTOR)                                    "the capture of the village"
========  ===============================================================  ==============

Actions (``data["action"]``): ``captured`` (the actor took ground, from ``from``),
``recaptured`` (took back ground it had lost), ``lost`` (``from`` lost ground or positions;
the actor, if named, took it), ``withdrew`` (the actor pulled out), ``besieged`` (the actor
surrounds the place), ``controls`` (the actor holds it). Damage ("destroyed several of their
posts") is no change of hands: the materiel plugin's, not this stage's.
"""

from __future__ import annotations

from typing import Final

from claimkit.text._calendar import MONTHS, WEEKDAYS

from ._words import words

# Between a verb and "control": a qualifier, maybe opening a side's words in quote marks
# ('restored "full control" of'); _CONTROL_OF closes them.
_QUALITY: Final = (r"(?:full|complete|total|effective|partial|operational|firm|overall|absolute|tight|"
                   r"territorial)")
_S: Final = rf"(?:\s+[\"“]?{_QUALITY}(?:\s+{_QUALITY})?\s+|\s+[\"“]?)"
_CONTROL_OF: Final = r"control[\"”]?\s+(?:of|over)"

# Forces a side moves: "withdrew its troops from", "pulled back its officers from".
FORCES_MOVED: Final = r"(?:troops|forces|soldiers|units|personnel|fighters|men|officers|policemen|gendarmes)"

VERBS: Final[tuple[tuple[str, str, str, str], ...]] = (
    # Nouns first ("the capture of" is not the verb "capture"); then taking back, so
    # "regained control of" is not read as "gained control of".
    ("noun", r"(?:re)?capture[\"”]?\s+of|seizure[\"”]?\s+of|fall\s+of|liberation[\"”]?\s+of|"
     # (an army's word: 'a "tactical relocation" from the base'; not "the company's relocation")
     r"withdrawal[\"”]?\s+from|(?<=tactical\s{1,3})relocation[\"”]?\s+from|"
     r"(?:siege|encirclement)[\"”]?\s+of", "", "noun"),
    ("recap_ctl", r"(?:regain(?:s|ed|ing)?|re-?establish(?:es|ed|ing)?|restor(?:e|es|ed|ing)|"
     r"recover(?:s|ed|ing)?|retook|retak(?:e|es|en|ing))" + _S
     + _CONTROL_OF, "recaptured", "verb"),
    ("recap", r"re-?captur(?:e|es|ed|ing)|retook|retak(?:e|es|en|ing)|regain(?:s|ed|ing)?|"
     r"liberat(?:e|es|ed|ing)|(?:took|tak(?:e|es|en|ing)|won|win(?:s|ning)?)\s+back|reclaim(?:s|ed|ing)?|"
     r"recover(?:s|ed|ing)?|re-?occup(?:y|ies|ied|ying)|"
     # ("troops re-entered the base by mid-morning")
     r"re-?enter(?:s|ed|ing)?",
     "recaptured", "verb"),
    ("lost_ctl", r"los(?:t|e|es|ing)" + _S + _CONTROL_OF, "lost", "lost"),
    ("take_ctl", r"(?:took|tak(?:e|es|en|ing)|seiz(?:e|es|ed|ing)|gain(?:s|ed|ing)?|assum(?:e|es|ed|ing)|"
     r"wrest(?:s|ed|ing)?|establish(?:es|ed|ing)?)" + _S + _CONTROL_OF, "captured", "verb"),
    ("take_over", r"(?:took|tak(?:e|es|en|ing))\s+over", "captured", "verb"),
    # "the militants were flushed out of Macomia": the subject lost the place (to whoever drove
    # them out); before "drive_out", which reads an active verb
    ("driven_out", r"(?<=\b(?:were|was|been|being|got)\s{1,4})"
     r"(?:(?:driven|flushed|pushed|chased|forced|kicked|routed)\s+out\s+of|"
     r"(?:expelled|ousted|dislodged|evicted)\s+from)", "lost", "lost"),
    # "had driven the Clan del Golfo out of the village of X", "pushed the Houthis back from
    # al-Kasara": the subject took X from them
    # ("forced Israeli troops off the hill": "off" only after forces, not "drove reporters off
    # the Hill beat")
    ("drive_out", r"(?:drov(?:e)|driv(?:e|es|en|ing)|expell(?:ed|ing)|oust(?:s|ed|ing)?|push(?:ed|es|ing)?|"
     r"forc(?:ed|ing))"
     r"\s+(?P<ousted>(?:(?!(?:to|that|about|for)\s)[^\s.;:!?]+\s+){1,14}?)(?:out\s+of|back\s+from|"
     r"(?<=(?:" + FORCES_MOVED + r"|militants|rebels|insurgents|jihadists|gunmen|attackers|them)\s+)off)",
     "captured", "verb"),
    # "had expelled the dissidents from La Silla": an armed party driven from the place
    # ("cleared the khawarij from Mahaas": forces took the ground back, see "clear" below)
    ("expel_from", r"(?:expell(?:ed|ing)|expels?|oust(?:s|ed|ing)?|clear(?:s|ed|ing))[\"”]?\s+"
     r"(?P<expelled>(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?"
     r"(?:dissidents|rebels|militants|fighters|insurgents|gangs?|jihadists|terrorists|forces|troops|"
     r"guerrillas|militias?|attackers|khawarij|khwarij|kharijites))\s+from", "captured", "verb"),
    # "have taken under control the approaches to the dam": the object follows "control"
    ("take_under", r"(?:took|tak(?:e|es|en|ing)|brought|bring(?:s|ing)?)\s+under\s+(?:(?:their|its|our|"
     r"full|complete)\s+)?control(?!\s+(?:of|over)\b)", "captured", "verb"),
    # "security forces cleared the post", "cleared Mahaday district of the Khawaarij": forces
    # took the ground back from raiders (only forces or a side: "workers cleared the road")
    ("clear", r"clear(?:s|ed|ing)", "recaptured", "verb"),
    # "took the town": the object must be ground, so "took place", "took the lead" give nothing;
    # "stormed the base" tells an assault, not whose the base is after it
    ("capture", r"captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|overr(?:an|un|uns|unning)|conquer(?:s|ed|ing)?|"
     r"took|tak(?:e|es|en|ing)", "captured", "verb"),
    # "occupied the village"; protesters occupy too, so only in a sentence about fighting
    ("occupy", r"occup(?:y|ies|ied|ying)", "captured", "verb"),
    ("fell", r"(?:fell|fallen|falls?|falling)\s+(?:to|into\s+the\s+hands\s+of)", "captured", "fell"),
    # "the base is in the hands of our forces": OBJECT (is) in the hands of ACTOR
    ("hands", r"in\s+the\s+hands\s+of", "controls", "fell"),
    ("lost", r"los(?:t|e|es|ing)", "lost", "lost"),
    # ("pulled its fighters out of two checkpoints": the forces between verb and place)
    ("leave", r"withdr(?:ew|awn|aws?|awing)|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)?\s+(?:out|back)|"
     r"pull(?:s|ed|ing)?(?=\s+(?:its|their|our|his|the|some|all)\s+" + FORCES_MOVED
     + r"\s+(?:out\s+of|back\s+from)\s)|"
     # ("fell back towards the airstrip": not "fell to", a capture)
     r"abandon(?:s|ed|ing)?|evacuat(?:e|es|ed|ing)|(?:fell|fall(?:s|en|ing)?)\s+back|"
     # an army's word for leaving a base: 'troops had "temporarily relocated" from the base'
     r"relocat(?:ed|ing)(?=[\"”]?\s+from\b)|"
     # ... and for a retreat: 'troops had "tactically repositioned"', "made a tactical withdrawal
     # to prepared positions", "carried out a tactical repositioning from two hilltop positions"
     # (not "regrouped": forces regroup to strike back as often)
     r"(?:tactically\s+)?reposition(?:ed|ing)|"
     r"(?:made|make|makes|making|carried\s+out|carry\s+out|carries\s+out|carrying\s+out|conducted|"
     r"conduct(?:s|ing)?|executed)\s+an?\s+[\"“]?tactical\s+(?:withdrawal|retreat|repositioning|relocation)|"
     # armed men who "left Mota", "left the town on our own terms", "fled towards the border"
     # (only forces or a side: see _territorial_read)
     # (its ground follows: a name or a determiner, not "left 10 dead", "left behind")
     r"left(?=\s+(?:(?:the|its|their|his|our)(?![\p{L}])|(?-i:\p{Lu})))|fled|"
     # an army's word for a withdrawal: "Our units moved to more advantageous positions"
     r"mov(?:ed|ing)\s+(?:back\s+)?to\s+(?:more\s+)?(?:advantageous|favou?rable|prepared|better|"
     r"reserve|rear|defensive|new\s+defensive)\s+(?:positions|lines)", "withdrew", "leave"),
    ("siege", r"besieg(?:e|es|ed|ing)|encircl(?:e|es|ed|ing)|surround(?:s|ed)?|"
     r"(?:laid|lay(?:s|ing)?)\s+siege\s+to|blockad(?:e|es|ed|ing)|seal(?:s|ed|ing)?\s+off",
     "besieged", "verb"),
    # ("under a de facto siege", "under a months-long siege")
    # ("under a JNIM blockade", "under a blockade by JNIM")
    ("under_siege", r"under\s+(?:a\s+)?(?:(?:de\s+facto|[\p{L}-]+)\s+)?(?:siege|blockade)",
     "besieged", "under"),
    # "our men remain in control of all our sites": the subject holds what follows
    ("remain_ctl", r"(?:remain(?:s|ed|ing)?\s+in|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|keep(?:s|ing)?|"
     r"kept|(?:have|has|had)(?=\s+[\"“]?" + _QUALITY + r"\s))" + _S + _CONTROL_OF, "controls", "verb"),
    # "our forces remain in position at Tinkiré", "fighters remained in several villages":
    # only with forces or a side as the subject (people remain in towns too)
    # ("remains in government hands", "in the hands of", "in control": rows of their own)
    # (also "remain on the ridge", "were still dug in on the ridge")
    ("remain_in", r"(?:remain(?:s|ed|ing)?[\"”]?\s+(?:in|on|at)|dug\s+in\s+(?:on|at|around|near))"
     r"(?!\s+(?:[\p{L}'’-]+\s+){0,3}(?:hands|control)\b)"
     r"(?:\s+(?:their\s+|its\s+|our\s+)?positions?\s+(?:at|in|on))?",
     "controls", "verb"),
    # "Our units are in the village", "his men were still inside Hoshan": forces told to be
    # there (only with forces as the subject: see _territorial._FORCES_ARE)
    # ("IDF forces are on the hill"; not "were on the road to", "on the way")
    ("are_in", r"(?:are|were)\s+(?:still\s+)?[\"“]?(?:in|inside|on(?!\s+(?:the\s+)?(?:road|way|move)\b))"
     r"(?!\s+(?:[\p{L}'’-]+\s+){0,3}(?:hands|control)\b)",
     "controls", "verb"),
    # "Israel has kept troops at five hilltop positions": the subject holds them
    ("keep_at", r"(?:kept|keep(?:s|ing)?|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?)\s+"
     r"(?:its\s+|their\s+|some\s+)?(?:troops|forces|soldiers|units)\s+(?:at|in|on|inside)",
     "controls", "verb"),
    ("under_ctl", r"(?:under|in)\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+|effective\s+)?"
     # (a qualifier may follow a possessive owner: "under our full control")
     r"(?:(?P<owner>(?:our|their|its|his|her)(?=\s+" + _QUALITY + r"\s)|[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+)?"
     r"(?:" + _QUALITY + r"\s+)?control(?!\s+of\s+(?:the\s+)?situation)",
     "controls", "under"),
    # "the city remains in government hands": OBJECT (is) in OWNER hands
    ("in_hands", r"in\s+(?!(?:safe|good|the|wrong|right|capable|private|many|his|her|my|your|other|"
     r"local|reliable|expert|competent|different|new)\s)(?P<hands_owner>[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+hands",
     "controls", "under"),
    # "The village is ours": OBJECT is the speaker's
    ("ours", r"(?:is|are|remains?|remained|was|were)\s+(?:still\s+)?(?:all\s+)?"
     r"(?P<ours_word>ours)(?![\p{L}])", "controls", "under"),
    # "the RSF consolidated its hold on Darfur"
    ("hold_on", r"(?:consolidat|tighten|strengthen|cement|extend)(?:e|es|ed|ing|s)?\s+"
     r"(?:its|their|our|his)\s+(?:hold|grip|control)\s+(?:on|over)", "controls", "verb"),
    # (not the noun: "a command and control centre", "the control room")
    ("controls", r"control(?:s|led|ling)?(?!\s+(?:centres?|centers?|rooms?|towers?|panels?|systems?)\b)"
     r"|hold(?:s|ing)?|held",
     "controls", "verb"),
)

# The words every row of VERBS starts with (or their beginnings), for the trigger's cheap
# pre-filter (see claimkit.text.Trigger); "in ... control" is the stage's own fragment.
# A row whose first word is missing here is never found: tests/test_scan.py checks.
TRIGGER_WORDS: Final = words(
    "captur recaptur re-captur seiz fall fell liberat withdr siege encircl regain re-establish "
    "reoccup re-occup reestablish reenter re-enter restor retook retak took tak reclaim lost lose losing "
    "gain assum wrest "
    "establish overr occup "
    "storm retreat pull abandon evacuat besieg surround seal relocat left fled cleared clearing clears "
    "moved moving conquer tactically repositi "
    "control hold held blockad remain dug recover maintain retain drov driv "
    "expel oust push consolidat tighten strengthen cement extend "
    # (whole words: the stems "forc", "rout", "chas" would start a match at every "forces")
    "flushed chased forced forcing kicked routed dislodged evicted")
# Rows whose first word is common in other senses ("won the election", "under the law", "keep
# the peace", "bring the"): their pre-filter reads on to the words every match goes on with,
# each a ``re`` fragment of the folded text (see claimkit.text.Trigger), opened by one of
# TRIGGER_FRAGMENT_WORDS. Each allows at least what its rows allow (``\s`` of ``re`` holds
# every space ``regex`` does); tests/test_scan.py checks.
TRIGGER_FRAGMENTS: Final = (
    r"(?:won|win(?:s|ning)?)\s+back",  # recap
    r"under\s+(?:\S+\s+){0,5}?(?:siege|blockade|control)",  # under_siege, under_ctl
    r"(?:laid|lay(?:s|ing)?)\s+siege",  # siege
    r"(?:brought|bring(?:s|ing)?)\s+under",  # take_under
    # remain_ctl, keep_at
    r"(?:kept|keep(?:s|ing)?)\s+(?:\S+\s+){0,2}?(?:[\"“]?control|troops|forces|soldiers|units)",
    # leave: "made a tactical withdrawal", "carried out a tactical repositioning"
    r"(?:made|make|makes|making|carried|carry|carries|carrying|conducted|conduct|conducts|conducting|"
    r"executed)\s+(?:out\s+)?an?\s+[\"“]?tactical",
)
TRIGGER_FRAGMENT_WORDS: Final = ("won", "win", "under", "laid", "lay", "brought", "bring", "kept", "keep",
                                 "made", "make", "makes", "making", "carried", "carry", "carries", "carrying",
                                 "conducted", "conduct", "conducts", "conducting", "executed")

# Action of each noun in the "noun" row.
NOUN_ACTIONS: Final = {"capture": "captured", "recapture": "recaptured", "seizure": "captured",
                       "fall": "captured", "liberation": "recaptured", "withdrawal": "withdrew",
                       "relocation": "withdrew",
                       "siege": "besieged", "encirclement": "besieged"}

# Heads of a territorial object, with the canonical form used to tell repeats apart
# ("outposts" and "posts" are the same thing told twice).
HEADS: Final = {
    "post": "post", "outpost": "post", "checkpoint": "checkpoint", "check-point": "checkpoint",
    "check-post": "checkpoint",
    "checkpost": "checkpoint",
    "base": "base", "airbase": "base", "position": "position", "village": "village", "town": "town",
    "city": "city", "cities": "city", "hill": "hill", "hilltop": "hill", "height": "height",
    "ridge": "ridge", "district": "district", "province": "province", "region": "region",
    "area": "area", "territory": "territory", "territories": "territory", "crossing": "crossing",
    "airport": "airport", "airfield": "airport",
    "airstrip": "airport", "substation": "station", "police station": "police station", "bridge": "bridge",
    "highway": "highway",
    "port": "port", "harbour": "port", "harbor": "port", "capital": "capital",
    "headquarters": "headquarters", "stronghold": "stronghold", "trench": "trench",
    "trenches": "trench", "bunker": "bunker", "garrison": "garrison", "fort": "fort",
    "fortress": "fort", "fortification": "fortification", "settlement": "settlement",
    "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood", "suburb": "suburb",
    "outskirts": "outskirts", "high ground": "high ground", "quarter": "quarter", "enclave": "enclave",
    "frontline": "frontline",
    "front line": "frontline", "sector": "sector", "valley": "valley", "pass": "pass",
    "mountain": "mountain", "island": "island", "oilfield": "oilfield", "oil field": "oilfield",
    "dam": "dam", "junction": "junction", "road": "road", "compound": "compound", "camp": "camp",
    "countryside": "countryside", "station": "station", "site": "site", "farmland": "farmland",
    "gate": "gate", "township": "township", "municipality": "municipality", "county": "county",
    "commune": "commune", "governorate": "governorate", "woreda": "woreda", "kebele": "kebele",
    "border": "border", "encampment": "camp", "hideout": "camp", "forest": "forest",
    "hamlet": "village", "barracks": "barracks", "detachment": "post", "left bank": "bank",
    "right bank": "bank", "approaches": "approaches", "prison": "prison", "jail": "prison",
    "penitentiary": "prison", "locality": "locality", "localities": "locality",
    # Russia's defence ministry: "liberated the community of Hryshyne" (ground only in a sentence
    # about fighting: see AMBIGUOUS_HEADS)
    "community": "community", "communities": "community", "inhabited locality": "locality",
    "groupement": "locality", "chiefdom": "locality", "upazila": "district", "tehsil": "district",
    "village tract": "locality", "market": "market", "marketplace": "market", "bazaar": "market",
    "hillock": "hill", "knoll": "hill", "tunnel": "tunnel", "tunnel shaft": "tunnel",
    "landing zone": "landing zone", "helipad": "landing zone", "building": "building",
    "intake": "water intake", "water intake": "water intake", "canal": "canal",
    "house": "house", "farmhouse": "house", "garage": "building",
    "warehouse": "building", "jetty": "jetty", "pier": "jetty", "roundabout": "roundabout",
    "centre": "centre", "center": "centre", "location": "location", "block": "block",
    "square kilometres": "km2", "terminal": "terminal", "stretch": "stretch",
    "square kilometers": "km2", "square miles": "sq mi", "km2": "km2", "km²": "km2",
}

# Heads that are ground only in a sentence about fighting: "took the position that ...",
# "held a strong position in Iowa", "the donor base", "lost that district" are politics.
AMBIGUOUS_HEADS: Final = frozenset({"position", "base", "stronghold", "district", "seat", "camp",
                                    "station", "site", "gate", "county", "municipality", "township",
                                    "border", "encampment", "hideout", "forest", "market", "tunnel",
                                    "building", "canal", "house", "jetty", "centre", "location",
                                    "community", "block"})

# Camps that are no ground held in a war: "stormed a refugee camp" is an attack on people,
# "destroyed a training camp" a strike.
CAMPS_NOT_GROUND: Final = words(
    "refugee refugees displacement displaced idp idps migrant migrants transit detention prison "
    "training summer boot holiday")

# Words before a head that describe it, even capitalised in a headline ("Border Posts"):
# they are part of the object, never a place name.
MODIFIERS: Final = words(
    "border military army security police strategic key main frontline front-line forward enemy "
    "government rebel regime militant air naval navy defensive observation command control "
    "important northern southern eastern western central several heavily fortified small large "
    "nearby neighbouring neighboring remaining last first second third new old other local provincial "
    "national federal special")

# Words that may follow a capitalised name and show it is not a place ("Pakistani soldiers",
# "Hamas weapons"): people, materiel and abstractions are never ground.
NOT_GROUND: Final = words(
    "soldier soldiers troop troops fighter fighters militant militants people person civilian "
    "civilians hostage hostages prisoner prisoners member members officer officers commander "
    "commanders leader leaders man men woman women child children insurgent insurgents rebel rebels "
    "personnel police policeman policemen guard guards journalist journalists worker workers crew "
    "pilot pilots spy spies suspect suspects fighter's weapon weapons arms ammunition munitions rifle "
    "rifles gun guns tank tanks vehicle vehicles truck trucks aircraft plane planes jet jets "
    "helicopter helicopters drone drones ship ships vessel vessels boat boats tanker tankers cargo "
    "shipment shipments drugs cash money equipment documents explosives missile missiles rocket "
    "rockets artillery launcher launchers situation power initiative momentum lead opportunity "
    "responsibility attention headlines moment day "
    # Politics: a race, a vote or a seat is won or lost, not ground.
    "vote votes voters primary primaries nomination race election elections seat seats delegates "
    "contest caucus caucuses ticket candidacy majority support lead hall halls meeting meetings")

# Capitalised words that are never a place on their own.
NOT_PLACE: Final = words(
    "the a an this that these those it its their our his her he she they we i you mr mrs ms dr gen "
    "general col colonel maj major capt captain lt president minister commander spokesman "
    "spokeswoman prime king queen sheikh sen senator control power") | frozenset(WEEKDAYS + MONTHS)

# Subjects of "withdrew"/"retreated" that make it military even without a place.
FORCE_NOUNS: Final = (
    r"forces|troops|fighters|soldiers|units|army|militants|rebels|insurgents|militia|militiamen|"
    r"battalions?|brigades?|divisions?|regiments?|contingents?|garrison|"
    # the armed men of a raid ("the attackers had withdrawn towards the border", "The enemy
    # withdrew toward Sittwe")
    r"attackers|assailants|gunmen|guerrillas|jihadists|terrorists|raiders|enemy|paramilitaries|mujahideen|"
    r"commanders")

# Words that, just before a trigger, mean it did not happen (or not yet).
NOT_DONE: Final = (
    r"not|n't|never|no|failed\s+to|fail\s+to|tried\s+to|try\s+to|trying\s+to|attempt(?:s|ed|ing)?\s+to|"
    r"threaten(?:s|ed|ing)?\s+to|plan(?:s|ned|ning)?\s+to|vow(?:s|ed|ing)?\s+to|aim(?:s|ed|ing)?\s+to|"
    r"want(?:s|ed)?\s+to|seek(?:s|ing)?\s+to|sought\s+to|intend(?:s|ed)?\s+to|bid\s+to|effort\s+to|"
    r"push\s+to|attempt\s+to|will|would|could|may|might|should|must|can|cannot|unable\s+to|"
    r"how\s+to|order(?:ed)?\s+to|fight(?:s|ing)?\s+to|fought\s+to|struggl(?:e|es|ed|ing)\s+to|"
    r"if|unless|whether|"
    # a duty or a plan, not a deed: "Israel was to pull its forces out", "agreed to withdraw"
    # (one word may stand before the verb, so "was expected to" is "expected to")
    r"(?:is|are|was|were)\s+(?:due\s+)?to|agree[sd]?\s+to|"
    r"expected\s+to|supposed\s+to|required\s+to|asked\s+to|urged\s+to|called\s+on\s+\S+\s+to"
)

# Words that make a sentence military (the trigger verbs themselves are not evidence): a bare
# place name ("captured Kunduz", "lost Bakhmut") is ground only in a sentence about fighting
# (or when the actor is a known side); "Cruz
# captured Iowa" and "Democrats controlled the Senate" are not.
MILITARY_CONTEXT: Final = (
    r"troops?|forces|soldiers?|fighters?|militants?|militias?|militiamen|rebels?|insurgents?|army|armies|"
    r"military|offensive|counter-?offensive|assault|battles?|fighting|fought|clashes|shelling|"
    r"air-?strikes?|bombardment|artillery|front-?lines?|siege|jihadists?|gunmen|guerrillas?|"
    r"battalions?|brigades?|garrison|defenders|mujahideen|paramilitar(?:y|ies)|ceasefire|truce|units?|"
    r"combat|invasion|invaders|occupation|taliban|hamas|hezbollah|houthis?|wagner|isis|isil|"
    r"commanders?|generals?|colonels?|al-shabaab|jnim|m23|rsf|gangs?|bandits?|raiders|"
    r"islamic\s+state|daesh|al-qaeda|boko\s+haram|separatists?|dissidents|armed\s+groups?|"
    r"armed\s+men|jihadis|peshmerga|janjaweed|cartels?|juntas?|tactical|attackers?|assailants?|terrorists?|"
    # ground only an army holds: "withdrew from two forward positions", "trenches"
    r"forward\s+(?:positions?|bases?|posts?|operating\s+bases?|lines?)|fortified|trenches|outposts?|"
    # a commander's men: "his men had pulled back from two positions"
    r"(?:his|their|our)\s+men|"
    # "IS seized the town": the group's initials, in capitals only ("is" is a verb)
    r"(?-i:IS|ISIS|ISIL|ISWAP)"
)
