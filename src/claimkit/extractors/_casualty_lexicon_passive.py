"""Casualty word tables: the trigger stems and the passive predicates.

The stems that make a sentence worth reading, the participles and predicates that follow the
people they befall (with their outcome), which of them are also active forms or need a person
noun, and which are nouns. Re-exported by ``_casualty_lexicon``.
"""

from __future__ import annotations

from typing import Final

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
