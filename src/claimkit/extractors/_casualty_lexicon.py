"""Word lists of the casualty extractor, as documented data tables.

Each table maps what the text says to what it means; ``_casualty_patterns`` compiles them
into the few regular expressions the extractor runs. Keep entries lowercase; a space stands
for any run of whitespace. Multi-word entries are fine; longer entries win.
"""

from __future__ import annotations

from typing import Final

from claimkit.text._calendar import MONTHS, WEEKDAYS

#: Word beginnings that make a sentence worth reading (the trigger): every outcome word
#: and every zero-casualty phrase starts with one of these.
TRIGGER_STEMS: Final[tuple[str, ...]] = (
    "kill", "dead", "death", "died", "die", "dying", "wound", "injur", "hurt", "casualt", "fatalit",
    "slain", "slew", "slay", "murder", "execut", "assassin", "massacr", "behead", "decapitat",
    "martyr", "perish", "shot", "shoot", "gunned", "lives", "life", "toll", "bodies", "corpse",
    "remains", "captur", "captive", "prisoner", "kidnap", "abduct", "hostage", "missing",
    "unaccounted", "disappear", "arrest", "detain", "detention", "apprehend", "custody", "rounded", "maim",
    "hospital", "treated", "treating", "treatment", "medical care", "medical attention", "slaughter",
    "lynch", "lost", "losing", "lose", "losses",
    "seiz", "victim", "harm",
    "succumb", "stab", "throat", "surrender", "neutrali", "eliminat", "destroy", "shahadat", "hell",
    "forcibl",
    "trapped", "buried", "burying", "burn", "fallen", "mourn", "captivity", "laid", "fell",
    "condition", "homicid", "sacrific", "gave", "loss", "bury", "alive", "taken away", "taken by",
    "hit by", "hit in", "struck by", "took away", "taking away", "carried off", "dragged away",
    "led away", "led off", "leading away", "marched off", "marched away", "taken from", "held", "holding",
    "dragged from", "dragged out", "marched into", "taken into", "led into",
    "into the bush", "into the forest", "into the jungle", "heard from", "seen since",
    "cut down", "mowed down", "mown down", "hands of",
    # ("the gunmen took four clan elders away": people taken off, see _casualty_outcome._TAKEN_OFF)
    "took", "taken",
    # ("paid the supreme price" is read where the sentence holds another of these: "supreme"
    # would make every "Supreme Court" a candidate)
)

#: Participles and predicates that follow the people they befall, with or without an
#: auxiliary: "58 soldiers were killed", "3 dead", "two people died", "5 others injured".
PASSIVE: Final[dict[str, str]] = {
    **dict.fromkeys((
        "killed", "dead", "died", "die", "dies", "have died", "slain", "murdered", "executed", "assassinated",
        "massacred", "beheaded", "decapitated", "martyred", "perished", "shot dead", "shot and killed",
        # (a learner's passive, common in incident lists: "seven civilians were shoot dead")
        "shoot dead",
        "shot to death", "gunned down", "lost their lives", "lost his life", "lost her life",
        "lost their life", "burned to death", "burnt to death", "burned alive", "burnt alive",
        "stabbed to death", "beaten to death",
        "hacked to death", "lynched", "slaughtered", "killed instantly", "found dead",
        "confirmed dead", "declared dead", "pronounced dead", "among the dead", "among those killed",
        "among the killed", "among the fatalities", "fatally shot", "fatally wounded",
        "fatally injured", "mortally wounded", "blown up", "deaths", "death", "fatalities", "bodies",
        "homicides", "murders", "killings",
        # a side's word for its own dead as the figure's noun: "we deplore 6 martyrs and 19 wounded"
        "martyrs",
        "succumbed", "succumbed to their injuries", "succumbed to his injuries",
        "succumbed to her injuries", "succumbed to their wounds", "succumbed to his wounds",
        "succumbed to her wounds", "later died", "died later", "to death",
        "dead bodies", "corpses",
        # an army's words for enemies killed ("27 terrorists were neutralised")
        "neutralised", "neutralized", "eliminated", "fallen",
        # ("up to 60 militants were destroyed", in a defence ministry's daily briefing)
        "destroyed",
        # South Asian military press: own dead "embraced shahadat", the enemy "sent to hell"
        "embraced shahadat", "embraced martyrdom", "sent to hell",
        # West African and South Asian military press: "one soldier paid the supreme price"
        "paid the supreme price", "paid the ultimate price", "made the supreme sacrifice",
        "made the ultimate sacrifice", "laid down their lives", "laid down his life",
        # "seven of our valiant soldiers fell with their weapons in hand"
        "fell in battle", "fell in combat", "fell on the battlefield", "fell as martyrs",
        "fell with their weapons in hand", "fell with weapons in hand", "fell with arms in hand",
        # "four police officers who fell in the line of duty", "fallen on the field of honour"
        "fell in the line of duty", "fell on the field of honour", "fell on the field of honor",
        "fell in action", "killed in the line of duty", "died in the line of duty",
        # "two of our heroes rose as martyrs", "eleven members sacrificed their lives"
        "rose as martyrs", "rose to martyrdom", "attained martyrdom", "sacrificed their lives",
        "sacrificed his life", "sacrificed her life", "gave their lives", "gave his life",
        "ascended as martyrs", "ascended as a martyr", "rose as a martyr", "fell as a martyr",
        # "37 people were buried on Monday": the dead
        "buried", "laid to rest",
        # "eight civilians were brought in dead", "ten fishermen were cut down by gunmen"
        "brought in dead", "brought dead", "cut down", "mowed down", "mown down",
    ), "killed"),
    **dict.fromkeys((
        "wounded", "injured", "hurt", "maimed", "hospitalized", "hospitalised", "injuries",
        # people brought to a hospital after an attack: "more than 40 people were taken to hospital"
        "taken to hospital", "taken to hospitals", "taken to the hospital", "rushed to hospital",
        "rushed to the hospital", "admitted to hospital", "admitted to hospitals",
        "admitted to the hospital",
        "sustained injuries", "suffered injuries", "among the wounded", "among the injured",
        "among those injured", "among those wounded", "treated for injuries", "shot and wounded",
        "shot and injured", "critically wounded", "critically injured", "seriously injured",
        "seriously wounded", "lightly wounded", "lightly injured", "slightly injured",
        "slightly wounded", "shot", "stabbed",
        # "a 14-year-old boy was hit by a stray bullet", "was hit in the leg"
        "hit by a stray bullet", "hit by stray bullets", "hit by a bullet", "hit by bullets",
        "hit by shrapnel", "hit by sniper fire", "hit by a sniper", "hit by gunfire",
        "struck by shrapnel", "struck by a stray bullet", "hit in the leg", "hit in the arm",
        "hit in the head", "hit in the chest", "hit in the shoulder", "hit in the back",
        "hit in the stomach", "hit in the neck", "hit in the foot", "hit in the hand",
        # "two more are fighting for their lives in the hospital"
        "fighting for their lives", "fighting for his life", "fighting for her life",
        # "two of them were in a serious condition"
        "in serious condition", "in a serious condition", "in critical condition",
        "in a critical condition", "in a stable condition", "in stable condition",
        # "seven soldiers were being treated in hospital", "twelve people remain in hospital"
        "being treated in hospital", "being treated in a hospital", "being treated in the hospital",
        "being treated in hospitals", "remain in hospital", "remained in hospital", "remains in hospital",
        "still in hospital", "among those hurt",
        # "two others were recovering in hospital", "are recovering from their wounds"
        "recovering in hospital", "recovering in a hospital", "recovering in the hospital",
        "recovering from their wounds", "recovering from their injuries", "recovering from his wounds",
        "recovering from his injuries", "recovering from her wounds", "recovering from her injuries",
        # "Eighteen people are now in hospital" (not a bare "in hospital": "the death of one of
        # the wounded in hospital", "five doctors in the hospital")
        "now in hospital", "now in the hospital", "receiving treatment", "receiving medical treatment",
        # "another two people are receiving the necessary medical care"
        "receiving medical care", "receiving the necessary medical care", "receiving medical attention",
        "undergoing treatment", "being treated at", "under treatment", "under medical treatment",
        # "three others were still being treated" (not "treated as suspects": see
        # _casualty_patterns.treated_for_care)
        "being treated",
        # "six soldiers had been treated at the town's hospital"
        "treated at", "treated in hospital", "treated in a hospital", "treated in the hospital",
        "treated in hospitals",
        # "37 have been admitted to hospitals"
        "admitted to hospital", "admitted to hospitals", "admitted to the hospital",
    ), "wounded"),
    # "suffered bullet wounds", "sustained serious injuries", "received minor injuries"
    **dict.fromkeys((
        f"{verb} {kind}{noun}" for verb in ("suffered", "sustained", "received", "treated for")
        for kind in ("", "bullet ", "gunshot ", "shrapnel ", "serious ", "minor ", "critical ",
                     "severe ", "burn ", "multiple ", "slight ", "light ", "moderate ", "grave ",
                     "life-threatening ")
        for noun in ("injuries", "wounds", "injury", "wound", "burns", "cuts")
    ), "wounded"),
    # "31 others are being treated for their wounds"
    **dict.fromkeys((f"treated for {whose} {noun}" for whose in ("their", "his", "her")
                     for noun in ("wounds", "injuries", "wound", "injury", "burns")), "wounded"),
    # "sustained a gunshot wound", "suffered a serious injury"
    **dict.fromkeys((
        f"{verb} a {kind}{noun}" for verb in ("suffered", "sustained", "received")
        for kind in ("", "bullet ", "gunshot ", "shrapnel ", "serious ", "minor ", "critical ", "severe ",
                     "head ", "leg ", "slight ", "light ")
        for noun in ("injury", "wound")
    ), "wounded"),
    **dict.fromkeys(("captured", "taken prisoner", "taken prisoners", "taken captive", "taken alive",
                     "captured alive", "taken as prisoners", "made prisoner", "taken prisoner of war",
                     "prisoner", "prisoners of war", "surrendered", "laid down their arms", "laid down arms",
                     "held prisoner", "held prisoners", "held as prisoner", "held as prisoners",
                     "held as prisoners of war"),
                    "captured"),
    **dict.fromkeys(("kidnapped", "abducted", "taken hostage", "held hostage", "held captive",
                     "held by the kidnappers", "held by kidnappers", "held by their kidnappers",
                     "held by their captors", "held by the captors", "held by the abductors",
                     "held by their abductors", "in captivity",
                     "taken hostages", "hostage", "captive", "forcibly taken",
                     "forcibly disappeared",
                     # "seven young men were taken from their homes"
                     "taken from their homes", "taken from their houses", "taken from their village",
                     "taken from their villages", "taken from their beds",
                     "dragged from their homes", "dragged from their houses", "dragged out of their homes",
                     # "twelve children had been marched into the bush"
                     "marched into the bush", "marched into the forest", "taken into the bush",
                     "taken into the forest", "led into the bush", "led into the forest",
                     # (by captors only: not a man "led away by security" from a rally; a few
                     # agents, as each phrase here costs time after every figure)
                     "led away by the attackers", "led away by the gunmen", "led away by gunmen"),
                    "kidnapped"),
    # "four fishermen were taken (away) by the attackers" (not "taken away by ambulance")
    **dict.fromkeys((f"taken{away} by {the}{agent}" for the in ("", "the ") for away in (" away", "")
                     for agent in ("attackers", "gunmen", "armed men", "militants", "rebels",
                                   "kidnappers", "assailants", "abductors", "bandits", "jihadists",
                                   "insurgents", "fighters", "raiders")), "kidnapped"),
    **dict.fromkeys(("missing", "unaccounted for", "disappeared", "remain missing", "remains missing",
                     "remain unaccounted for", "remains unaccounted for", "listed as missing",
                     # "two volunteers have not been heard from since", "four had not been seen since"
                     "not been heard from", "not been seen since", "not been seen or heard from",
                     "reported missing", "went missing", "gone missing", "trapped under the rubble",
                     "believed to be trapped", "feared trapped", "trapped under rubble",
                     "trapped beneath the rubble", "buried under the rubble",
                     "trapped under the debris"), "missing"),
    **dict.fromkeys(("arrested", "detained", "apprehended", "taken into custody", "rounded up",
                     "held in custody", "under arrest", "in custody", "in detention",
                     # after the object of "took": "Police took 12 suspects into custody"
                     "into custody"), "arrested"),
}

#: Participles that are also active past forms: after a noun phrase with no auxiliary they
#: are passive only when what follows cannot be an object ("5 killed in a blast" vs
#: "gunmen killed two guards").
AMBIGUOUS_PARTICIPLES: Final[frozenset[str]] = frozenset({
    "killed", "murdered", "executed", "assassinated", "massacred", "beheaded", "decapitated",
    "slaughtered", "lynched", "shot dead", "shot and killed", "gunned down", "wounded", "injured",
    "hurt", "maimed", "captured", "kidnapped", "abducted", "arrested", "detained", "apprehended",
    "rounded up", "fatally shot", "shot and wounded", "shot and injured", "killed instantly",
    "found dead", "blown up", "shot", "stabbed", "eliminated", "destroyed",
})

#: Passive predicates that count only people named by a person noun: "200 fighters were
#: eliminated" is a toll, "200 jobs were eliminated" is not.
PASSIVE_NEEDS_PERSON: Final[frozenset[str]] = frozenset({
    "eliminated", "destroyed", "fallen", "cut down", "mowed down", "mown down",
    # ("one of its ambulances was hit by gunfire": a vehicle)
    *(phrase for phrase in PASSIVE if phrase.startswith(("hit by", "hit in", "struck by"))),
})

#: Entries of :data:`PASSIVE` that are nouns, not predicates: "58 deaths", "12 bodies".
OUTCOME_NOUNS: Final[frozenset[str]] = frozenset({
    "deaths", "death", "fatalities", "bodies", "dead bodies", "corpses", "injuries", "homicides",
    "murders", "killings",
})

# The verbs of TAKING and HOLDING (below), defined here for ACTIVE, which gives them their outcome.
_HOLDING_VERBS: Final = ("held", "holding", "hold", "holds")
_TAKING_VERBS: Final = ("took", "taking", "take", "takes", "taken", *_HOLDING_VERBS)
#: Verbs that take the people they befall as an object: "killing 58 soldiers".
ACTIVE: Final[dict[str, str]] = {
    **dict.fromkeys((
        "kill", "kills", "killed", "killing", "slew", "slay", "slays", "slaying", "murder",
        "murders", "murdered", "murdering", "execute", "executes", "executed", "executing",
        "massacre", "massacres", "massacred", "massacring", "behead", "beheads", "beheaded",
        "beheading", "assassinate", "assassinated", "assassinating", "slaughter", "slaughtered",
        "slaughtering", "shot dead", "shoot dead", "shooting dead", "shot and killed",
        "gunned down", "gunning down", "claimed the lives of", "claiming the lives of",
        "claims the lives of", "took the lives of", "taking the lives of", "lynched",
        "fatally shot", "fatally shooting", "fatally stabbed", "fatally stabbing",
        "lost", "losing", "lose", "loses",
        "neutralised", "neutralized", "neutralising", "neutralizing", "neutralise", "neutralize",
        "neutralises", "neutralizes",
        "eliminate", "eliminates", "eliminated", "eliminating",
        # "destroyed up to 60 militants": a defence ministry's word for enemies killed
        "destroyed", "destroying",
        # "we have buried 73 people", "helped to bury nine civilians": the dead
        "buried", "burying", "bury", "buries",
        # "burned eight villagers alive" (see ALIVE_AFTER)
        "burn", "burns", "burned", "burnt", "burning",
        # "burned to death a family of eight": the manner before the object
        "burned to death", "burnt to death", "stabbed to death", "hacked to death", "beat to death",
        "beaten to death", "shot to death", "burning to death", "stabbing to death",
        # "Hezbollah issued statements mourning four of its fighters"
        "mourning", "mourned", "mourns",
        # "shelling martyred 40 civilians", a side's word for killing its own people
        "martyred", "martyring",
    ), "killed"),
    **dict.fromkeys((
        "wound", "wounds", "wounded", "wounding", "injure", "injures", "injured", "injuring",
        "maim", "maimed", "maiming", "hurt", "hurting", "hospitalized", "hospitalised",
        "stabbed", "stabbing", "shot", "shooting",
    ), "wounded"),
    **dict.fromkeys(("capture", "captures", "captured", "capturing", "took prisoner",
                     "taking prisoner", "take prisoner"), "captured"),
    # "taking 251 hostages", "took 12 prisoners", "still held eight prisoners": only of hostages
    # and prisoners (see TAKEN)
    **dict.fromkeys(_TAKING_VERBS, "captured"),
    **dict.fromkeys(("kidnap", "kidnaps", "kidnapped", "kidnapping", "abduct", "abducts",
                     "abducted", "abducting", "took hostage", "taking hostage", "seized", "seizing",
                     "hold hostage", "held hostage", "holding hostage",
                     # people led off by their captors: "the gunmen took away three young men"
                     "took away", "taking away", "taken away", "carried off", "dragged away",
                     "led away", "leading away", "led off", "marched off", "marched away"),
                    "kidnapped"),
    **dict.fromkeys(("arrest", "arrests", "arrested", "arresting", "detain", "detains",
                     "detained", "detaining", "apprehend", "apprehended", "apprehending"), "arrested"),
}

#: Verbs that kill only with "alive" after their object: "burned eight villagers alive",
#: not "burned 40 houses" nor "burned three policemen" (who may live).
ALIVE_AFTER: Final[frozenset[str]] = frozenset({"burn", "burns", "burned", "burnt", "burning"})

#: Verbs of taking or holding, and the heads that make their object a casualty, with its
#: outcome: "taking 251 hostages" (kidnapped), "took 12 prisoners", "held eight prisoners"
#: (captured); not "took 12 villages", "held 40 meetings".
TAKING: Final[frozenset[str]] = frozenset(_TAKING_VERBS)
TAKEN: Final[dict[str, str]] = {
    **dict.fromkeys(("hostages", "hostage", "captives", "captive"), "kidnapped"),
    **dict.fromkeys(("prisoners", "prisoner", "pows"), "captured"),
}

#: Verbs of holding, and the fate of people held by captors or for a time ("its fighters were
#: holding three soldiers", "held 34 police officers for two days"): suspects are arrested, a
#: state's or a group's forces captured, anyone else kidnapped.
HOLDING: Final[frozenset[str]] = frozenset(_HOLDING_VERBS)
HELD_AS: Final[dict[str, str]] = {
    **dict.fromkeys(("suspects", "suspect"), "arrested"),
    **dict.fromkeys(("soldiers", "soldier", "troops", "servicemen", "officers", "policemen", "guards",
                     "personnel", "gendarmes", "fighters", "militiamen", "marines", "sailors", "pilots",
                     "conscripts", "recruits"), "captured"),
}

#: Verbs whose subject is the side that suffers: "Russian forces lost 1,200 troops".
LOSING: Final[frozenset[str]] = frozenset({"lost", "losing", "lose", "loses", "losses", "personnel losses"})
#: Verbs whose subject suffers the figure right after them, with its outcome told after it:
#: "Russian forces had suffered 46 soldiers killed", "the unit sustained 12 casualties".
SUFFERING: Final[frozenset[str]] = frozenset({"suffered", "suffering", "suffer", "suffers", "sustained",
                                              "sustaining", "sustain", "sustains", "incurred"})

#: Verbs whose object must be people named by a person noun ("captured 25 border posts" is
#: territory, "lost 3 villages" is not a casualty, "seized 12 tanks" is materiel).
NEEDS_PERSON: Final[frozenset[str]] = frozenset({
    "capture", "captures", "captured", "capturing", "seized", "seizing", "lost", "losing", "lose",
    "loses", "hurt", "hurting", "eliminate", "eliminates", "eliminated", "eliminating", "destroyed",
    "destroying", "buried",
    "burying", "bury", "buries", "mourning", "mourned", "mourns", "shot", "shooting",
    "took", "taking", "take", "takes",
})

#: Verbs that tell a killing only of combatants named as such (a defence ministry's "destroyed
#: up to 60 militants"): their object may be a thing whose noun looks like a person's
#: ("destroyed 40 tankers", "two Humvees were destroyed").
NEEDS_COMBATANT: Final[frozenset[str]] = frozenset({"destroyed", "destroying"})
COMBATANT_HEADS: Final[frozenset[str]] = frozenset({
    "militants", "fighters", "terrorists", "insurgents", "rebels", "servicemen", "soldiers", "troops",
    "mercenaries", "gunmen", "attackers", "jihadists", "bandits", "khawarij", "khwarij", "personnel",
    "nationalists", "militiamen", "combatants", "infantrymen", "paratroopers", "marines", "saboteurs",
    # ("212 members of the extremist force were destroyed")
    "extremists", "members", "separatists", "guerrillas", "operatives",
})

#: Nouns that introduce a figure after them: "the death toll rose to 40", "the bodies of 12".
#: Value: the outcome. The words in ``TOLL_FILLERS`` may stand between noun and number.
NOUN_BEFORE: Final[dict[str, str]] = {
    **dict.fromkeys((
        "death toll", "toll", "number of dead", "number of deaths", "number of fatalities",
        "number of those killed", "number of people killed", "number killed", "fatality toll",
        "killing of", "killings of", "deaths of", "death of", "murder of", "murders of",
        "massacre of", "execution of", "executions of", "lives of", "bodies of", "remains of",
        "beheading of", "beheadings of", "assassination of", "assassinations of",
        "slit the throats of", "slitting the throats of", "slit the throat of",
        "among the dead were", "among the dead are", "among those killed were", "among the killed were",
        "among the victims were", "among the fatalities were", "the dead included", "the dead include",
        "the victims included", "the victims include", "dead included", "victims included",
        "the dead were", "the victims were", "the dead also included", "the dead also include",
        "the victims also included", "the victims also include",
        # a side's word for a death: "an attack that led to the martyrdom of four soldiers"
        "martyrdom of",
        # a side's word for its dead: "The martyrs include three children"
        "the martyrs include", "the martyrs included", "among the martyrs were", "among the martyrs are",
        # a side's losses in a defence ministry's count: "enemy losses amounted to 155 servicemen"
        "losses", "personnel losses",
        # "the Guards, which had put its dead at seven", "It put its own dead at nine"
        "its dead", "their dead", "our dead", "its own dead", "their own dead", "our own dead",
        # "Residents put the dead at no fewer than nine"
        "put the dead",
        # "put Syrian army deaths at eight", "civilian deaths rose to 40"
        "deaths",
        # "we deplore the loss of seven of our brave soldiers"
        "the loss of", "loss of",
        # an army's word for killing: "resulted in the neutralisation of eight (08) assailants"
        "neutralisation of", "neutralization of", "elimination of", "liquidation of",
    ), "killed"),
    **dict.fromkeys((
        "injury toll", "number of injured", "number of wounded", "number of injuries",
        "injury of", "injuries of", "injuries to", "injuries on", "injuring of",
        "minor injuries to", "serious injuries to",
        "number of people injured", "number of people wounded", "wounding of",
        "among the wounded were", "among the injured were", "among those injured were",
        "among those wounded were", "the injured included", "the wounded included",
        "the injured were", "the wounded were",
    ), "wounded"),
    **dict.fromkeys(("abduction of", "abductions of", "kidnapping of", "kidnappings of"), "kidnapped"),
    **dict.fromkeys(("arrest of", "arrests of", "detention of", "number of people detained",
                     "number of people arrested", "number of those detained", "number of those arrested",
                     "number of detainees", "number of arrests"), "arrested"),
    **dict.fromkeys(("capture of",), "captured"),
}

#: Words allowed between a toll noun and its number: "the death toll has since risen to 40".
TOLL_FILLERS: Final[tuple[str, ...]] = (
    "has", "had", "have", "was", "is", "now", "rose", "risen", "rises", "rising", "climbed",
    "climbs", "increased", "jumped", "reached", "reaches", "hit", "stood", "stands", "at", "of",
    "to", "further", "since", "later", "then", "grew", "grown", "been", "raised", "revised",
    "put", "up", "gone", "went", "officially", "initially", "first", "subsequently", "eventually",
    "reportedly",
    # "the number of wounded was revised down to 31", "the toll was lowered to 12"
    "down", "downwards", "upwards", "lowered", "reduced",
    "climb", "rise", "currently", "stood at", "has risen", "total", "overall", "reached", "mounted",
    "increase", "increases", "soared", "exceeded", "exceeds", "includes", "included", "are", "were",
    "the", "attack", "blast", "bombing", "explosion", "attack's", "blast's", "final",
    "official", "provisional", "preliminary", "confirmed", "amounted", "amount", "amounts",
    "totalled", "totaled", "totalling", "totaling",
    # "the death toll may be as high as 70"
    "may", "might", "could", "would", "be", "likely",
)

#: Words between a verb and its number that the number reader does not take:
#: "wounding another 25", "killing a further 3", "left some 40 dead".
BEFORE_NUMBER: Final[tuple[str, ...]] = (
    "another", "a further", "an additional", "additional", "further", "some", "all", "the",
    "all the", "at least", "as many as", "up to", "a total of", "in total", "in all", "over",
    "almost", "nearly", "around", "about", "approximately", "an estimated", "roughly", "more than",
    "its", "their", "his", "her", "our", "both", "all of the", "at most", "critically",
    "seriously", "severely", "badly", "gravely", "slightly", "lightly", "fatally", "mortally",
    "a family of", "an entire family of", "only", "just", "merely",
)

#: Auxiliaries and adverbs between a noun phrase and its participle: "were reportedly killed".
AUXILIARIES: Final[tuple[str, ...]] = (
    "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "got", "get", "gets",
    "reportedly", "allegedly", "also", "all", "both", "later", "subsequently", "eventually",
    "reported", "confirmed", "feared", "believed", "said to be", "said to have been",
    "believed to be", "believed to have been", "feared to be", "feared to have been", "presumed",
    "thought to be", "thought to have been", "reported to be", "reported to have been",
    "initially", "then", "since", "critically", "seriously", "severely", "badly", "gravely", "slightly",
    "lightly", "moderately", "instantly", "immediately", "now", "still", "left", "each", "in all",
    "in total", "altogether", "too", "ultimately", "apparently", "likely", "probably", "may have",
    # ("at least two people may still be trapped under the debris")
    "may", "might", "could",
    "were also", "were recently", "was recently", "had recently been",
    "who", "that", "which", "who were", "reported to have", "themselves", "as well",
    "later died", "either", "all of them", "were left", "are feared", "are believed", "remain",
    "remained", "were found", "was found", "were confirmed", "have been", "has been", "had been",
    "will be", "would be", "could be", "might be", "may be", "are now", "were now", "so far",
    # how it was done ("were brutally killed", 'had been "savagely executed"')
    "brutally", "savagely", "mercilessly", "ruthlessly", "accidentally", "mistakenly",
    "summarily", "deliberately", "indiscriminately", "tragically", "effectively", "successfully",
    # when ("had already been arrested")
    "already", "officially", "formally",
)

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
)

#: Words that end a group's noun phrase (verbs, prepositions, conjunctions): "58 soldiers
#: | were", "15 people | in", "12 | and".
STOP_WORDS: Final[tuple[str, ...]] = (
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "got", "get", "gets",
    "who", "that", "which", "whom", "whose", "in", "on", "at", "by", "near", "during", "after",
    "before", "when", "while", "as", "since", "following", "from", "with", "into", "for", "to",
    "across", "inside", "outside", "amid", "amidst", "including", "among", "between", "over",
    "under", "against", "along", "through", "throughout", "within", "without", "per", "than",
    "like", "aboard", "via", "and", "or", "but", "nor", "plus", "whereas", "although", "though",
    "the", "a", "an", "said", "says", "told", "according", "reportedly", "allegedly", "also",
    "of", "if", "so", "where", "would", "will", "could", "may", "might", "must", "not", "no",
    "it", "he", "she", "they", "we", "this", "these", "those", "there", "then", "later",
    "while", "yesterday", "today", "tonight", "overnight", "last", "this", "earlier", "each",
    "all", "both", "either", "neither", "some", "many", "most", "another", "its",
    "their", "his", "her", "our", "my", "your", "upon", "about", "around", "toward", "towards",
    "behind", "beside", "besides", "beyond", "off", "out", "up", "down", "just", "only",
    "including", "included", "includes", "respectively", "left", "leaving", "dying", "killing",
    "wounding", "injuring", "causing", "resulting", "leaving",
    # not "may", a modal verb
    *WEEKDAYS, *(month for month in MONTHS if month != "may"), "remain", "remained",
)

#: Adverbs that end a group's noun phrase ("six were wounded, two seriously").
ADVERBS: Final[tuple[str, ...]] = (
    "seriously", "critically", "severely", "badly", "slightly", "lightly", "fatally", "mortally",
    "gravely", "reportedly", "allegedly", "apparently", "mostly", "mainly", "largely", "nearly",
    "roughly", "approximately", "initially", "subsequently", "eventually", "finally",
    "immediately", "instantly", "respectively", "only", "early", "late", "lately", "recently",
    "previously", "later", "also", "still", "already", "moderately", "seemingly", "possibly",
    "probably", "likely", "officially", "reported", "confirmed", "believed", "feared",
)

#: Words that may follow a participle with no auxiliary and keep it passive ("5 killed in",
#: "58 Soldiers Killed, 25 posts seized", "3 killed overnight"); anything else after a bare
#: participle is read as its object, making it active ("gunmen killed two guards").
PASSIVE_FOLLOWERS: Final[tuple[str, ...]] = (
    "in", "on", "at", "by", "near", "during", "after", "before", "when", "while", "as", "since",
    "following", "across", "outside", "inside", "from", "with", "within", "amid", "amidst", "over",
    "around", "along", "under", "between", "through", "throughout", "into", "for", "and", "or",
    "but", "yesterday", "today", "tonight", "overnight", "last", "this", "earlier", "late",
    "early", *WEEKDAYS,
    "so", "too", "already", "so far", "according", "officials", "police", "sources", "said",
    "says", "reports", "report", "including", "among", "respectively", "instantly", "outright",
    "immediately", "there", "here", "nearby", "where", "because", "due", "till", "until", "each",
    "alone", "against", "to", "of", "along", "apiece", "altogether", "in total", "in all", "per",
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
