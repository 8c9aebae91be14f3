"""Which groups are the same kind of people: shared by the casualty stage's claim merging and
:meth:`Document.tally`, so it lives in the core, not with the extractor."""

from __future__ import annotations

from typing import Final

import regex

#: Groups that may include every other group in the same report ("12 people were killed,
#: including three soldiers"): the tally treats their figures as possibly overlapping.
GENERAL_GROUPS: Final[frozenset[str]] = frozenset({
    "people", "persons", "person", "individuals", "individual", "victims", "victim",
    "casualties", "total",
})

#: Heads of the same kind, for deciding whether two mentions tell the same group.
GROUP_CLASSES: Final[dict[str, str]] = {
    **dict.fromkeys(("soldiers", "soldier", "troops", "troop", "servicemen", "serviceman",
                     "servicemembers", "service members", "personnel", "security personnel",
                     "forces", "security forces", "army", "commandos", "marines", "sailors",
                     "airmen", "infantrymen", "jawans", "jawan", "sepoys", "troopers",
                     "conscripts", "recruits",
                     # Mexican cartels' word for soldiers
                     "guachos", "guacho"), "soldiers"),
    **dict.fromkeys(("militants", "militant", "fighters", "fighter", "insurgents", "insurgent",
                     "rebels", "rebel", "terrorists", "terrorist", "gunmen", "gunman", "attackers",
                     "attacker", "assailants", "assailant", "jihadists", "jihadist", "jihadis",
                     "extremists", "militiamen", "combatants", "cadres", "mujahideen",
                     "fedayeen", "operatives", "raiders", "bandits", "bombers", "bomber",
                     # Pakistani military press: "khwarij" (the TTP), "miscreants"
                     "khwarij", "khawarij", "khawaarij", "khariji", "kharijis", "miscreants"), "fighters"),
    **dict.fromkeys(("policemen", "policeman", "police", "officers", "officer", "police officers",
                     "cops", "constables", "gendarmes"), "police"),
    **dict.fromkeys(("men", "man", "elements", "element", "members", "member"), "men"),
    # non-combatants by where they live or pray: "130 villagers" and "130 civilians"
    **dict.fromkeys(("civilians", "civilian", "villagers", "villager", "residents", "resident",
                     "inhabitants", "locals", "worshippers", "worshipers", "compatriots"), "civilians"),
    **dict.fromkeys(("crew", "crews", "crew members", "crew member", "crewmembers", "crewmen",
                     "seafarers", "seafarer", "mariners"), "crew"),
}

#: The side of non-combatants that no party is named for ("two women", "the villagers"): a kind
#: of people, not a party of the conflict, so the tally and ``reconcile`` group them by their group.
CIVILIANS: Final = "civilians"


def party(side: str | None) -> str | None:
    """The party a claim's side names: the side itself, or None for no side and for
    :data:`CIVILIANS` (no party)."""
    return None if side == CIVILIANS else side


GENERAL = "people"
"""The class of groups that may include any other ("people", "victims", no group at all)."""

_LAST_WORD = regex.compile(r"[\p{L}\p{N}'’\-]+(?=[^\p{L}\p{N}]*$)")
_LAST_TWO = regex.compile(r"[\p{L}\p{N}'’\-]+\s+[\p{L}\p{N}'’\-]+(?=[^\p{L}\p{N}]*$)")


def head_of(group: str | None) -> str | None:
    """The head noun of a group ("Pakistani soldiers" -> "soldiers"), lowercased."""
    if not group:
        return None
    m = _LAST_WORD.search(group)
    return m.group().lower() if m else None


def group_class(group: str | None) -> str:
    """A coarse class for a group: ``"people"`` for general groups (and none), "soldiers" for
    soldiers, troops, personnel ...; "fighters" for militants, insurgents ...; "police"; else
    the head noun without a plural "s"."""
    head = head_of(group)
    if head is None or head in GENERAL_GROUPS:
        return GENERAL
    if head in ("members", "member") and (two := _LAST_TWO.search(group or "")) is not None \
            and (pair := " ".join(two.group().lower().split())) in GROUP_CLASSES:
        return GROUP_CLASSES[pair]  # "crew members": the word before a bare "members"
    if head in GROUP_CLASSES:
        return GROUP_CLASSES[head]
    return head[:-1] if head.endswith("s") and len(head) > 3 else head


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two groups may be the same people: same class, or one of them general, or one
    of them armed people of any force ("three men", "280 of its elements") and the other a
    party's armed people."""
    ca, cb = group_class(a), group_class(b)
    return ca == cb or GENERAL in (ca, cb) or "others" in (head_of(a), head_of(b)) or (
        ARMED_ANY in (ca, cb) and {ca, cb} <= ARMED | {ARMED_ANY})


ARMED: frozenset[str] = frozenset({"soldiers", "fighters", "police"})
"""The classes that name a party's armed people: a soldier is never a fighter or a policeman."""

FIGHTERS = "fighters"
"""The class of an armed group's people: militants, insurgents, gunmen, attackers ..."""

ARMED_ANY = "men"
"""The class of heads that may name armed people of any party: "Government forces lost three
men", "two armed men", "280 of its elements"."""


# Words of people who bear no arms: never one person with a soldier, a fighter or a policeman.
UNARMED: Final = frozenset({CIVILIANS, "boy", "boys", "girl", "girls", "child", "children", "woman",
                             "women", "baby", "infant", "toddler", "teenager", "schoolboy", "schoolgirl"})


def may_be_one_person(a: str | None, b: str | None) -> bool:
    """Whether two figures of one may tell the same person: a report names one victim in
    several ways ("a civilian", "the young man", "Hameedi", "the acting mayor"), so only
    two different armed classes ("a soldier", "a militant"), or an armed class and one who
    bears no arms ("a soldier", "a 9-year-old boy"), keep them apart."""
    ca, cb = group_class(a), group_class(b)
    return ca == cb or not ((ca in ARMED or cb in ARMED) and {ca, cb} <= ARMED | UNARMED)
