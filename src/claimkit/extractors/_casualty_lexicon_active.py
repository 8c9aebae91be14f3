"""Casualty word tables: the active verbs and their kinds.

The verbs that take the people they befall as an object (with their outcome), and the kinds
that narrow them: killing only with "alive", taking and holding, losing and suffering, needing
a person or a combatant as object. Re-exported by ``_casualty_lexicon``.
"""

from __future__ import annotations

from typing import Final

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
