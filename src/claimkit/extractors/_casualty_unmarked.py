"""The side of people no party is named for.

For non-combatants that no party is named for, ``"civilians"`` (no party: the tally and
``reconcile`` group them by their group); for a state's own forces told by that state, that
state, and for an armed group's fighters told by that group, that group (:func:`unmarked_side`);
people named by their nation alone are civilians unless their sentence tells of fighting
(:func:`nationals_side`).
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from claimkit._groups import CIVILIANS
from claimkit._model import Attribution

from ._casualty_home import STATE_BODY, Home
from ._casualty_people import (
    ACTIVE_START,
    AGE,
    AGE_AFTER,
    AGED_HEADS,
    ARMED_STEMS,
    ARMED_WORD,
    ASSAILANT_HEADS,
    ATTACKER_HEADS,
    CIVILIAN_HEADS,
    CIVILIAN_TARGET,
    CIVILIAN_TOLL,
    CLAIMANT_ATTACKS,
    COMBATANT,
    COMBATANT_PEOPLE,
    COMBATANTS_AMONG,
    COMRADES,
    CREW_HEADS,
    CREW_REACH,
    ENEMY,
    ENEMY_HEADS,
    FAMILY,
    FAMILY_AFTER,
    FIGHTING,
    FORCE_TOLL,
    FORMER,
    GENERIC_PEOPLE,
    GOVERNMENT_WORD,
    GUARDS_REACH,
    IRREGULAR_HEADS,
    MEMBERS_OF,
    MERCHANT_SHIP,
    OF_THE_PUBLIC,
    OTHERS,
    OWN_FIGHTER_HEADS,
    OWN_FORCE_HEADS,
    PEACEKEEPERS,
    PRISONER_HEADS,
    SONS_OF_SOIL,
    STATE_GUARD,
    STATE_GUARDS_TOLD,
    STRIKE_TOLL,
    THE_GROUPS,
    TOLL_REACH,
    sentence_around,
)
from ._casualty_speaker_side import (
    a_state_body_speaks,
    civilian_body_speaks,
    speaker_sides,
    speaking_state,
    teller_side,
    told_by,
)
from ._casualty_types import Mention
from ._missions import peacekeeping_mission
from ._sides import DEMONYMS, STATE_FORCES, STATES, SideIndex

# How far back a paragraph's attacker is looked for.
_ATTACKER_REACH: Final = 600


def _combatant_outside_source(text: str, start: int, end: int, att: Attribution | None) -> bool:
    """Whether ``text[start:end]`` names combatants outside the aside that describes the
    figure's source ("Gaston Buhendwa, whom the rebels installed as governor, gave a higher
    toll: 12 dead": the rebels describe who tells, not who died; "the Nigerian army has
    acknowledged six deaths" still names the army)."""
    src = att.source.span if att is not None and att.source is not None else None
    comma = text.find(",", src.start, src.end) if src is not None and start <= src.start < end else -1
    if src is None or comma == -1:
        return COMBATANT.search(text, start, end) is not None
    return (COMBATANT.search(text, start, comma) is not None
            or COMBATANT.search(text, min(end, src.end), end) is not None)


def nationals_side(text: str, m: Mention, side: str) -> str:
    """The side of people named by their nation alone ("one Iraqi", "ten Afghans",
    "Palestinians"): civilians, as monitors code them, unless their sentence tells of fighting
    or counts combatants, or they were taken prisoner; then the nation's ``side`` ("Pakistani
    soldiers" keep theirs). Non-combatants of a nation ("three Afghan civilians", "two Sudanese
    refugees") are civilians."""
    if m.group_span is None or side not in STATES:
        return side
    head = (m.head or "").lower()
    if head in CIVILIAN_HEADS and not ARMED_WORD.search(text, *m.group_span) \
            and not _SERVICE_WORD.search(text, *m.group_span):
        return CIVILIANS  # "two Sudanese refugees", "a Filipino seafarer": non-combatants
    words_ = text[m.group_span[0]:m.group_span[1]].split()
    if len(words_) != 1 or words_[0].lower() not in _NATIONALS:
        return side
    if m.outcome == "captured":
        return side  # "three Russians taken prisoner": prisoners of war
    start, end = sentence_around(text, m.start, m.end)
    fighting = FIGHTING.search(text, start, end) or COMBATANT.search(text, start, end)
    return side if fighting else CIVILIANS


# A service in a group's words: "a French military doctor" is France's.
_SERVICE_WORD: Final = regex.compile(r"(?i)\b(?:military|army|navy|naval|police|security\s+forces)\b")


# A nation's people, one or many ("Iraqi", "Iraqis"); not its name ("Iraq").
# (not a state's forces: "nine FAMa fell" are soldiers)
_NATIONALS: Final = frozenset(form for word, state in DEMONYMS
                              if word != state and (word, state) not in STATE_FORCES
                              for form in (word.lower(), word.lower() + "s"))


# How far words after a group may tell of it ("... of one family", ", aged 45"): bounded, so a
# match never scans a huge sentence's rest (see ``read_group``).
_AFTER_REACH: Final = 80


def unmarked_side(text: str, m: Mention, att: Attribution | None, sides: SideIndex,
                  home: Home | None = None) -> str | None:
    """The side of a group that names no party: "civilians" for non-combatants ("two women",
    "the villagers"; not "armed villagers") and for people in general, tolls, bare figures and
    others where their sentence tells of no fighting or combatants (see the comments below);
    the named government's (else the ``home`` state's) for "government soldiers" and
    "government fighters"; a state's side for its own forces when that state tells the figure
    ("the Israeli military said two soldiers were killed"; not "enemy troops", nor soldiers
    its own forces are told to have killed), else the ``home`` state (see :class:`Home`:
    "soldiers" in a report that names Mali's army and no other state's are Mali's, whoever
    tells the figure), members of the army or the security forces and prison or border guards
    too; an armed group's for its fighters when that group tells the figure ("killed seven
    fighters, the SDF said"), the ``home`` group for "the group's fighters" and for assailants
    ("96 assailants were killed" in a report that names Boko Haram and no other armed group);
    None otherwise."""
    head = (m.head or "").lower().rstrip("’'")  # ("counted 12 soldiers’ bodies")
    if head in PEACEKEEPERS:
        return peacekeeping_mission(text)  # "one of its peacekeepers was hurt", UNIFIL said
    if m.own and head not in GENERIC_PEOPLE and home is not None and a_state_body_speaks(att):
        # "Seven of our heroes rose as martyrs", told by "the army's spokesman" (or "an army
        # spokesman") in a report whose army is Sudan's: the speaker's own, its state named
        # elsewhere
        return speaking_state(att, home)
    if m.group_span is None and _IN_UNIFORM.match(text, m.end, m.end + _AFTER_REACH):
        # "14 bodies in uniform", "20 bodies in army uniform": the dead wore a force's uniform,
        # the report's state's (as its "soldiers" are), never civilians
        return home.state if home is not None else None
    after = (m.group_span[1], m.group_span[1] + _AFTER_REACH) if m.group_span is not None else (0, 0)
    family = m.group_span is not None and (
        FAMILY.search(text, *m.group_span) is not None or FAMILY_AFTER.match(text, *after) is not None)
    aged = head in AGED_HEADS and m.group_span is not None and (
        AGE.search(text, *m.group_span) is not None or AGE_AFTER.match(text, *after) is not None)
    if m.group_span is not None and text[m.group_span[0]:m.group_span[1]].lower().endswith(CREW_HEADS):
        # (their paragraph: "The tanker was struck ... Three other sailors are still missing")
        start = max(text.rfind("\n", 0, m.start) + 1, m.start - CREW_REACH)
        end = text.find("\n", m.end)
        if MERCHANT_SHIP.search(text, start, min(end if end != -1 else len(text), m.end + CREW_REACH)):
            return CIVILIANS  # "three sailors were missing after the tanker was struck"
    if head == "sons" and m.group_span is not None and SONS_OF_SOIL.search(text, *m.group_span):
        head = "soldiers"  # "four brave sons of soil embraced shahadat": the state's own
    public = head in MEMBERS_OF and m.group_span is not None and (
        OF_THE_PUBLIC.search(text, *m.group_span) is not None
        or (m.group_span[1] - m.group_span[0] <= len("members") and civilian_body_speaks(att)))
    if head in CIVILIAN_HEADS or family or aged or public:
        armed = m.group_span is not None and ARMED_WORD.search(text, *m.group_span) is not None
        return None if armed else CIVILIANS
    if m.group_span is None and (m.own or m.outcome == "captured"):
        # "its dead at seven", "their own losses": the speaker's own; "the number held prisoner
        # had risen to 41": prisoners of war; no civilians
        return None
    if head in GENERIC_PEOPLE and m.group_span is not None \
            and (most := _MOSTLY.match(text, m.group_span[1], m.group_span[1] + _AFTER_REACH)):
        # "More than 100 people, most of them soldiers, were killed": the side of most of them
        named = sides.find(text, *most.span("group"))
        if named:
            return named[-1][2]
        return unmarked_side(text, attrs.evolve(m, head=most["head"].lower(), group_span=most.span("group")),
                             att, sides, home)
    if m.group_span is None and not m.total and m.outcome == "killed" and home is not None \
            and (by := _SPEAKER_KILLED.search(text, max(0, m.start - _SPEAKER_REACH), m.end)) is not None \
            and by.end() == m.start \
            and (told := teller_side(att, sides, home)) is not None and told != CIVILIANS \
            and (enemy := home.opponent(told)) is not None:
        # "JNIM ... says it killed 57": a party that boasts of a bare toll it took counts its
        # enemy's dead (no party boasts of killing civilians)
        return enemy
    if head in GENERIC_PEOPLE or m.group_span is None or head in OTHERS or _plain_men(text, m):
        # "bandits killed 18 people": people in general are non-combatants, as monitors code
        # them, unless their sentence tells of fighting ("clashes between the army and rebels
        # killed 20 people") or counts combatants among them ("20 people, including 12 soldiers");
        # so is a toll, a bare figure or others ("the toll rose to 52", "five dead", "wounded
        # seven others") in a sentence that names no combatant at all
        if m.group_span is None and not m.total \
                and CIVILIAN_TOLL.search(text, max(0, m.start - TOLL_REACH), m.end):
            return CIVILIANS  # "the number of civilian dead at 19", "the civilian death toll rose to 30"
        if m.group_span is None and not m.total \
                and STRIKE_TOLL.search(text, max(0, m.start - TOLL_REACH), m.end) \
                and not COMBATANT_PEOPLE.search(text, *sentence_around(text, m.start, m.end)):
            return CIVILIANS  # "the death toll from ... drone attack on Russia's Belgorod region"
        if m.group_span is None and not m.total \
                and FORCE_TOLL.search(text, max(0, m.start - TOLL_REACH), m.end) \
                and home is not None and home.state is not None:  # (the pattern first: cheaper)
            return home.state  # "the death toll from an attack ... on a paramilitary convoy rose to 12"
        start, end = sentence_around(text, m.start, m.end)
        if CIVILIAN_TARGET.search(text, start, end) and not COMBATANTS_AMONG.search(text, m.start, end):
            return CIVILIANS  # "a drone strike on a civilian convoy killed six people"
        fighting = FIGHTING.search(text, start, end) or COMBATANTS_AMONG.search(text, m.start, end) or (
            (m.group_span is None or head in OTHERS) and _combatant_outside_source(text, start, end, att))
        return None if fighting else CIVILIANS
    if head in ENEMY_HEADS and home is not None:
        # "at least 12 occupiers were eliminated", told by Ukraine's navy: the report's other
        # party (told by a state's body that names none, "the Armed Forces' spokesman": the
        # state's other party)
        told = told_by(att, sides, home)
        if told is None and a_state_body_speaks(att):
            told = speaking_state(att, home)
        return home.opponent(told) if told is not None else None
    if m.outcome == "arrested" and home is not None and home.group is not None and (
            head in _SUSPECT_HEADS or (m.group_span is not None and _SUSPECTED.search(text, *m.group_span))):
        # "troops arrested 94 suspects", "arrested three suspected facilitators": those the
        # state's forces hunt, the report's armed group
        return home.group
    if head in ATTACKER_HEADS and home is not None and home.attacker is not None:
        return home.attacker  # "three of the attackers died", after "IS militants stormed ..."
    if head in ASSAILANT_HEADS:
        former = m.group_span is not None and FORMER.search(text, *m.group_span) is not None
        group = home.group if home is not None and not former else None
        if group is None and home is not None and not former:
            # no group stands out in the report: the one its paragraph tells attacking before
            # the figure ("rebels of the RED-Tabara movement attacked a camp ..., killing 33
            # insurgents")
            lo = max(text.rfind("\n", max(0, m.start - _ATTACKER_REACH), m.start) + 1,
                     m.start - _ATTACKER_REACH)
            group = home.attacker_in(lo, sentence_around(text, m.start, m.end)[1])
        told = told_by(att, sides, home)
        if group is None and told is not None and home is not None and not former:
            # a report of two parties, neither named twice as often: the assailants a party
            # tells of are its enemy, an armed group ("11 attackers had been killed", told by
            # the Taliban in a report of the Taliban and the NRF)
            enemy = home.opponent(told)
            group = enemy if enemy not in STATES else None
        if group is not None and told == group:
            return None  # "the SDF said it killed 26 of the attackers": those who attacked it
        return group
    if head in MEMBERS_OF and m.group_span is not None and STATE_BODY.search(text, *m.group_span):
        head = "soldiers"  # "61 members of the army", "members of the security forces"
    if head in ("guard", "guards") and m.group_span is not None and (
            STATE_GUARD.search(text, *m.group_span)
            or STATE_GUARDS_TOLD.search(text, max(0, m.start - GUARDS_REACH), m.start)):
        head = "soldiers"  # "two prison guards", "border guards" (told before): the state's
    if head == "forces" and m.group_span is not None and _STATE_FORCES.fullmatch(text, *m.group_span):
        head = "soldiers"  # "the toll among government forces": the state's
    if head in PRISONER_HEADS and home is not None \
            and CLAIMANT_ATTACKS.search(text, max(0, m.start - 80), m.start):
        # "our forces took 31 prisoners", told by a party: the enemy's, the report's other party
        told = told_by(att, sides, home)
        enemy = home.group if told in STATES else home.state if told is not None else None
        return enemy if enemy != told else None
    if head not in OWN_FORCE_HEADS and head not in OWN_FIGHTER_HEADS and head not in IRREGULAR_HEADS:
        return None
    if ENEMY.search(text, max(0, m.start - 40), m.end):
        # "killed 30 enemy soldiers", told by a party: the report's other party (not told by
        # anyone known: no side)
        told = told_by(att, sides, home) if home is not None else None
        return home.opponent(told) if home is not None and told is not None else None
    if home is not None and head in OWN_FORCE_HEADS | OWN_FIGHTER_HEADS and m.group_span is not None \
            and GOVERNMENT_WORD.search(text, *m.group_span):
        # "government soldiers": the named government's, whoever tells, else the report's state
        return home.government or home.state
    if home is not None and head in OWN_FIGHTER_HEADS and m.group_span is not None \
            and THE_GROUPS.search(text, *m.group_span):
        return home.group  # "four of the group's fighters": the report's armed group
    state = (home.state or home.state_near(m.start)) if home is not None and head in OWN_FORCE_HEADS else None
    if att is None or att.source is None:
        return state
    spoken_sides = speaker_sides(att, sides, home=home)
    if head in OWN_FORCE_HEADS:
        own = next((side for side in spoken_sides if side in STATES), None)
        if own is not None and ACTIVE_START.match(text, m.start, m.start + _AFTER_REACH) \
                and CLAIMANT_ATTACKS.search(text, max(0, m.start - 120), m.start):
            # "its forces had struck ..., killing up to 40 servicemen": the enemy's, the
            # report's state, else the party the report names most besides the speaker's
            if state is not None and state != own:
                return state
            return home.opponent(own) if home is not None else None
        return own or state
    tellers = list(spoken_sides)
    if head in COMRADES:
        # "we lost four comrades": the speaker's own, a state's or a group's
        if tellers:
            return tellers[0]
        return speaking_state(att, home) if home is not None and a_state_body_speaks(att) else None
    if home is not None and (any(side in STATES for side in tellers) or (
            not tellers and (STATE_BODY.search(att.source.text) or a_state_body_speaks(att)))):
        # "the army said it killed 31 fighters": the report's armed group, the state's enemy
        # (also told by a statement the defence ministry issued), never the teller's own
        # (a state's brigade the report names most)
        return home.group if home.group not in tellers else None
    if head in IRREGULAR_HEADS:
        return None
    if CLAIMANT_ATTACKS.search(text, max(0, m.start - 80), m.start):
        return None  # the group tells what it did ("its forces killed 15 fighters")
    # an armed group's "seven fighters were killed": its own (a state's are the enemy's)
    return next((side for side in tellers if side not in STATES), None)


# "people, most of them soldiers", "- mostly Burkinabe troops -": who most of the people were
_MOSTLY: Final = regex.compile(
    r"(?i)\s*+[,(\-–—]\s*+(?:most\s+of\s+them|mostly|mainly|the\s+majority\s+of\s+them|"
    r"almost\s+all\s+of\s+them)\s++(?P<group>(?:[\p{L}'’-]+\s++){0,2}?"
    r"(?P<head>soldiers|troops|servicemen|policemen|fighters|militants|rebels|insurgents|jihadists|"
    r"militiamen|civilians|children|women))\b")
_STATE_FORCES: Final = regex.compile(r"(?i)(?:government|security|state|pro-government)\s++forces")
_IN_UNIFORM: Final = regex.compile(
    r"(?i)\s++(?:in|wearing)\s++(?:(?:army|military|police|combat|full)\s++)?(?:uniforms?|fatigues)\b")


_SPEAKER_REACH: Final = 24
# The speaker as the killer, right before the evidence's verb: "says it | killed 57"
_SPEAKER_KILLED: Final = regex.compile(
    r"(?i)\b(?:it|they|we)\s++(?:(?:had|has|have)\s++)?(?:also\s++)?(?=(?:killed|neutrali[sz]ed|eliminated)\b)")


def _plain_men(text: str, m: Mention) -> bool:
    """Whether the group is men of no force, people as "people" are ("killed three men",
    "detained at least 34 men", "men from the village"): not a party's own ("three of his
    men", "lost 25 men"), nor men a word before marks as a force's ("security men", "army
    men", "CRPF men", "uniformed men")."""
    if m.head != "men" or m.own or m.lost or m.group_span is None:
        return False
    start, end = m.group_span
    return _OWNER_BEFORE_MEN.search(text, max(0, start - 12), start) is None \
        and _FORCE_IN_GROUP.search(text, start, end) is None


# "his men", "of their own men": the possessor's fighters
_OWNER_BEFORE_MEN: Final = regex.compile(r"(?i)\b(?:his|her|its|their|our|my)\s++(?:own\s++)?\Z")
# A possessive, a word of a force or an acronym in the group: "his men", "security men", "CRPF
# men", "armed men", "men belonging to a faction of ..."
_FORCE_IN_GROUP: Final = regex.compile(
    rf"(?i:\b(?:{ARMED_STEMS}))|"
    r"(?i:\b(?:his|her|its|their|our|my|arms|fighting|gun|army|military|security|"
    r"police|uniformed|navy|naval|paramilitary|special|tribal|clan|enemy|government|belonging|faction))\b|"
    r"\b\p{Lu}{2,}\b")


_SUSPECT_HEADS: Final = frozenset({"suspects", "suspect"})
_SUSPECTED: Final = regex.compile(r"(?i)\bsuspected\b")
