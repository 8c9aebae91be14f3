"""The side of each casualty figure: the party its group belongs to.

In order: a side named in the group ("Pakistani soldiers"); for a side's own losses ("11 of
its own fighters"), the claimant's side; for what a side lost ("Russian forces lost 1,200
troops"), the side in the verb's subject; for non-combatants that no party is named for,
``"civilians"`` (no party: the tally and ``reconcile`` group them by their group); for a
state's own forces told by that state, that state, and for an armed group's fighters told by
that group, that group. A part with none is on its figure's side,
and a list's total on the side all its items share.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Final

import attrs
import regex

from claimkit._document import Document
from claimkit._groups import CIVILIANS, group_class, head_of
from claimkit._model import Attribution, Claim, Span

from ._casualty_home import STATE_BODY, Home, sides_named
from ._casualty_people import (
    ACTIVE_START,
    AGE,
    AGE_AFTER,
    AGED_HEADS,
    ARMED_STEMS,
    ARMED_WORD,
    ASSAILANT_HEADS,
    ATTACKER_HEADS,
    CIVILIAN_BODY,
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
    STATE_BODY_AND,
    STATE_BODY_NAMED,
    STATE_GUARD,
    STATE_GUARDS_TOLD,
    STRIKE_TOLL,
    THE_GROUPS,
    TOLL_REACH,
    may_name_enemy,
    sentence_around,
)
from ._casualty_types import Mention
from ._missions import peacekeeping_mission
from ._phrases import subject_before
from ._sides import DEMONYMS, STATE_FORCES, STATES, SideIndex, capital_state
from ._words import holds_any


class Groups:
    """The group spans of a sentence's mentions, for "is this inside a group?" in log time."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]

    def holds(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._spans[i][1] >= end


def claimant_side(doc: Document, sides: SideIndex, att: Attribution | None,
                   window: tuple[int, int], taken: Groups, home: Home | None = None) -> str | None:
    """The side of whoever speaks: the attribution's speaker, the ``home`` state for a state's
    body that names no state ("the army says 14 of its soldiers were killed"), the report's
    armed group for an armed body that names none ("the rebels said"), else the first
    side named near the figure outside the figures' own groups ("The Taliban said ... its own
    fighters")."""
    if att is not None and att.source is not None and (
            _MISSION_WORD.search(att.source.text) or peacekeeping_mission(att.source.text) is not None) \
            and (mission := peacekeeping_mission(doc.text)) is not None:
        # "The African Union Support and Stabilisation Mission in Somalia (AUSSOM) said nine of
        # its soldiers were killed": the mission's own, not the state its name holds
        return mission
    if (side := next(_speaker_sides(att, sides, with_name=True, home=home), None)) is not None:
        return side
    if home is not None and _a_state_body_speaks(att):
        return _speaking_state(att, home)
    if home is not None and att is not None and att.source is not None \
            and _ARMED_BODY.fullmatch(att.source.text) is not None and home.group is not None:
        return home.group  # "The rebels said they had lost ten men", in a report of the M23
    for start, end, side in sides.find(doc.text, *window):
        if not taken.holds(start, end) and not _AGENT_BEFORE.search(doc.text, max(0, start - 12), start) \
                and not _WEAPON_AFTER.match(doc.text, end):
            return side
    return None


# A peacekeeping mission speaking without its initials: "the AU mission", "the U.N. mission".
_MISSION_WORD: Final = regex.compile(r"(?i)\bmission\b|\bpeacekeeping\s+force\b")


# An armed group's body that names no group: "the rebels", "the militants", "the group".
_ARMED_BODY: Final = regex.compile(
    r"(?i)(?:the\s+)?(?:rebels|insurgents|militants|jihadists|guerrillas|group|movement|militia)")


# A side's weapon or strike after its name: the attacker's, never the speaker whose own
# people were hit ("seven of its soldiers were killed when a Russian | missile hit a kitchen").
_WEAPON_AFTER: Final = regex.compile(
    r"(?i)\s++(?:[\p{L}\-]++\s++)?(?:missiles?|drones?|shells?|shelling|strikes?|airstrikes?|air\s+strikes?|"
    r"rockets?|artillery|bombs?|bombing|mortars?|raids?|attacks?|jets?|aircraft|warplanes?|fire)(?![\p{L}])")


# "by" right before a side: the agent of a passive, who did it ("four of its crew had been
# taken prisoner by Houthi forces"), never the speaker whose own people were hit.
_AGENT_BEFORE: Final = regex.compile(r"(?i)\bby\s+(?:the\s+)?\Z")


def _speaking_state(att: Attribution | None, home: Home) -> str | None:
    """The state a state's body that names none speaks for: the state that spoke last by a
    speaker that names it ("Ankara said ... The defence ministry said"), else the report's."""
    if att is None:
        return home.state
    return home.state_voice(att) or home.state or home.state_near(att.cue.span.start)


def _a_state_body_speaks(att: Attribution | None) -> bool:
    """Whether the speaker is a state's body that names no state: "the army", "the defence
    ministry", or a role of one with no organization ("an army spokesman")."""
    if att is None or att.source is None:
        return False
    org = att.source.organization
    if org:
        return STATE_BODY_NAMED.fullmatch(org) is not None
    return STATE_BODY.search(att.source.role or "") is not None


def _civilian_body_speaks(att: Attribution | None) -> bool:
    """Whether the speaker is a body of civilians: a union, an association (see CIVILIAN_BODY)."""
    return att is not None and att.source is not None and CIVILIAN_BODY.search(att.source.text) is not None


def enemy_side(text: str, sides: SideIndex, start: int, verb: int, att: Attribution | None,
               home: Home | None) -> str | None:
    """The side of "the enemy" that lost them ("the enemy | lost 63 men killed"), told by a
    party: the party the report names most besides the speaker's (see :meth:`Home.opponent`)."""
    if home is None or not may_name_enemy(text, start, verb):
        return None  # (most figures: no enemy word before them, no subject read)
    subject = subject_before(text, start, verb)  # (inside text[start:verb])
    if subject is None or not ENEMY.search(text, subject.start, subject.end):
        return None
    told = _teller_side(att, sides, home)
    return home.opponent(told) if told is not None else None


def _teller_side(att: Attribution | None, sides: SideIndex, home: Home | None) -> str | None:
    """The side of a statement's speaker (see :func:`_told_by`), else the state of a state's
    body that names none ("Army spokesman Santo Deng Malual said the enemy left 60 bodies")."""
    told = _told_by(att, sides, home)
    if told is None and home is not None and _a_state_body_speaks(att):
        told = _speaking_state(att, home)
    return told


def framed_side(text: str, sides: SideIndex, sentence: tuple[int, int], start: int,
                att: Attribution | None, home: Home | None) -> str | None:
    """The side a sentence opens on before its figures ("On the Israeli side, the army named a
    fourth soldier ..., bringing its toll to four killed"; a communiqué's "On the friendly side:
    15 killed and 22 wounded. On the enemy side: more than 70 terrorists neutralised"): a party
    named there, the speaker's for "friendly" or "our", the speaker's opponent for "enemy"
    (see :meth:`Home.opponent`), civilians for "civilian"; None when the sentence opens on none."""
    s = sentence[0]
    while s < start and text[s].isspace():
        s += 1
    if not text.startswith(("On ", "on "), s):
        return None  # (most sentences: no pattern tried)
    frame = _SIDE_FRAME.match(text, s, start)
    if frame is None:
        return None
    who = frame["who"].lower()
    if who in _CIVILIAN_FRAMES:
        return CIVILIANS
    if who in _OWN_FRAMES or who in _ENEMY_FRAMES:
        told = _teller_side(att, sides, home)
        if told is None or who in _OWN_FRAMES:
            return told
        return home.opponent(told) if home is not None else None
    found = sides.find(text, *frame.span("who"))
    return found[-1][2] if found else None


_SIDE_FRAME: Final = regex.compile(
    r"(?i)on\s++the\s++(?P<who>[\p{L}'’\-]++(?:\s++[\p{L}'’\-]++)?)\s++side\s*+[,:]")
_OWN_FRAMES: Final = frozenset({"friendly", "our", "own", "our own"})
_ENEMY_FRAMES: Final = frozenset({"enemy", "enemy's", "opposing", "adversary's"})
_CIVILIAN_FRAMES: Final = frozenset({"civilian", "civilians'"})


def inflicted_side(text: str, sides: SideIndex, sentence: tuple[int, int], start: int, end: int,
                   att: Attribution | None, home: Home | None) -> str | None:
    """The side a figure was inflicted on: "inflicted losses of up to 180 servicemen killed on
    Ukrainian troops" (Ukraine's, not the speaker's), "inflicted at least ten dead on the enemy"
    (the speaker's other party: see :meth:`Home.opponent`); None when no "inflicted" comes
    right before the figure or no party follows its "on"."""
    lo = max(sentence[0], start - _INFLICTED_REACH)
    if text.find("nflict", lo, start) == -1:
        return None  # (most figures: no pattern tried)
    if _INFLICTED_BEFORE.search(text, lo, start) is None:
        return None
    on = _INFLICTED_ON.match(text, end, min(sentence[1], end + _INFLICTED_REACH))
    if on is None:
        return None
    if _ENEMY_WORD.search(text, *on.span("who")):
        told = _teller_side(att, sides, home)
        return home.opponent(told) if told is not None and home is not None else None
    found = sides.find(text, *on.span("who"))
    return found[0][2] if found else None


_INFLICTED_REACH: Final = 60
# "inflicted | 40", "inflicted losses of | up to 180", "inflicting casualties of more than | 30"
_INFLICTED_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])inflict(?:ed|ing|s)?\s++(?:(?:losses|casualties)\s++of\s++)?\Z")
# ... and whom on, after the figure's people: "| killed on Ukrainian troops", "| on the enemy"
_INFLICTED_ON: Final = regex.compile(
    r"(?i)[^.;:!?\n]{0,40}?\bon\s++(?P<who>(?:the\s++)?[\p{L}'’\-]++(?:\s++[\p{L}'’\-]++){0,2})")
_ENEMY_WORD: Final = regex.compile(r"(?i)\b(?:enemy|enemies|invad\w*|occupi\w*|aggressors?|adversary)\b")


def own_subject_side(text: str, sides: SideIndex, start: int, verb: int, taken: Groups,
                     home: Home | None, att: Attribution | None) -> str | None:
    """The side of a subject inside another's statement whose own the figure is ("..., saying
    its fighters killed 34 soldiers, as | the government | raised its own death toll to 14"):
    only a subject after the statement's cue, else the speaker is whose own they are ("the
    army says 14 of its soldiers were killed")."""
    if ACTIVE_START.match(text, verb) is not None:
        return None  # "a Turkish drone struck its checkpoint, killing three of its members": the agent's foes
    subject = subject_before(text, start, verb)
    if att is None or subject is None or subject.start < att.cue.span.end:
        return None
    return _side_of_subject(text, sides, subject, taken, home)


def toll_people(text: str, start: int, end: int, lo: int | None = None) -> tuple[int, int] | None:
    """The people a toll counts, as a group's span: "soldiers" in "put the number of soldiers
    killed at 23" or "the toll among soldiers rose to 23", "Russian soldiers" in "the number of
    Russian soldiers killed had risen to about 70" (none for "the number of those killed" or
    "the number of dead"); with ``lo``, also a toll "among" people right before ``start``, from
    ``lo`` on."""
    found = _TOLL_PEOPLE.search(text, start, end) or _TOLL_AMONG.search(text, start, end)
    if found is None and lo is not None:
        # ("puts the toll among government forces at | 94 dead": the toll before the evidence)
        found = _TOLL_AMONG.search(text, max(lo, start - 80), start)
        if found is not None and text[found.end():start].split() not in (["at"], ["to"]):
            found = None
    if found is None:
        return None
    people_start, people_end = found.span("people")
    if (clause := _RELATIVE_SUBJECT.search(text, people_start, people_end)) is not None:
        people_end = clause.start()  # "the number of soldiers it killed": the soldiers
    while people_end > people_start and text[people_end - 1].isspace():
        people_end -= 1
    if text[people_start:people_end].lower() in _NO_PEOPLE:
        return None
    return people_start, people_end


_TOLL_PEOPLE: Final = regex.compile(
    r"(?i)\bnumber\s+of\s+(?P<people>(?:[\p{L}'’\-]+\s+){1,4}?)(?:killed|dead|deaths|martyred|slain|wounded|"
    r"injured|hurt)\b")
# "the toll among soldiers had risen to 23", "raising the death toll among security personnel
# to nine", "puts the toll among government forces at 94 dead"
_TOLL_AMONG: Final = regex.compile(
    r"(?i)\btoll\s+among\s+(?:the\s+)?(?P<people>(?:[\p{L}'’\-]+\s+){0,3}?[\p{L}'’\-]+)"
    r"(?=\s*+(?:,|(?:had|has|have|was|is|rose|risen|climbed|reached|stood|stands|at|to)\b))")
_NO_PEOPLE: Final = frozenset({"those", "the", "these", "them"})
# The subject of a relative clause inside a toll's people: "soldiers | it killed", "fighters |
# the army killed".
_RELATIVE_SUBJECT: Final = regex.compile(r"(?i)(?<=\S)\s+(?:it|they|he|she|we|the|its|their)\s")


def losses_owner_side(text: str, sides: SideIndex, start: int, lo: int, taken: Groups,
                      home: Home | None) -> str | None:
    """The side whose losses a figure counts, named as the possessor of "losses" (or "toll",
    "casualties") right before ``start`` ("put the government's losses at two dead": the
    report's state; "the RSF's losses stood at 40": the RSF) or as the one a fight cost them
    ("cost Moscow more than 500 soldiers"), or None."""
    # (each pattern only where its noun or verb is: most figures have none before them)
    owner = None
    if holds_any(text, max(lo, start - 90), start, _LOSSES_NOUNS):
        owner = _LOSSES_OWNER.search(text, max(lo, start - 90), start)
    if owner is None and holds_any(text, max(lo, start - 60), start, _COST_WORDS):
        owner = _COST_TO.search(text, max(lo, start - 60), start)
    if owner is None and _TOLL_NOUN_AT.match(text, start):
        # the figure read from its toll noun ("put Syrian army | deaths at eight"): the
        # noun's modifier
        owner = _OWNER_RIGHT_BEFORE.search(text, max(lo, start - 60), start)
    if owner is None:
        return None
    return _side_of_subject(text, sides, Span(*owner.span("owner")), taken, home) \
        or capital_state(owner.group("owner"))  # ("cost Moscow": a capital for its state)


_LOSSES_OWNER: Final = regex.compile(
    r"(?i)(?<![\p{L}\-])(?P<owner>(?:(?:the|its|their)\s+)?(?:[\p{L}\-]+\s+){0,2}?[\p{L}\-]+)(?:['’]s?)?\s+"
    r"(?:own\s+)?(?:losses|casualties|death\s+toll|toll)\s+"
    r"(?:(?:at|as|(?:now\s+)?(?:stood|stands?)\s+at|were|was|are|is|amounted\s+to|reached|totall?ed"
    r"|(?:(?:had|has|have)\s+)?(?:rose|risen|climbed|increased|grown|grew)\s+to)\s+)?\Z")


# The words every match of _LOSSES_OWNER and of _COST_TO holds.
_LOSSES_NOUNS: Final = ("losses", "casualties", "toll")
_COST_WORDS: Final = ("cost",)


_TOLL_NOUN_AT: Final = regex.compile(r"(?i)(?:deaths|casualties|death\s+toll)(?![\p{L}])")
# (a name or a state's body, or a possessive: "Syrian army", "Russian", "the army's"; not the
# words of a clause before an article, "Police said the | death toll", nor a pronoun's "its")
_OWNER_RIGHT_BEFORE: Final = regex.compile(
    r"(?<![\p{L}\-])(?<!(?i:its|their|our|his|her)\s+)(?P<owner>(?:(?i:the)\s+)?(?:\p{Lu}[\p{L}\-]*\s+){0,2}"
    r"(?:\p{Lu}[\p{L}\-]*|(?i:army|military|government|police|navy)|[\p{L}\-]+(?=['’]))(?:['’]s?)?)\s+\Z")


# ... or the one a fight cost them: "the push cost Moscow | more than 500 soldiers killed"
_COST_TO: Final = regex.compile(
    r"(?i)(?<![\p{L}])cost(?:s|ing)?\s++(?P<owner>(?:the\s++)?[\p{L}\-’']++(?:\s++[\p{L}\-’']++){0,2}?)\s++"
    r"(?:(?:more\s+than|at\s+least|about|nearly|some|over|around|up\s+to|almost)\s++)?\Z")


def loser_side(doc: Document, sides: SideIndex, start: int, verb: int, att: Attribution | None,
               window: tuple[int, int], taken: Groups, home: Home | None = None) -> str | None:
    """The side that lost a figure, told by the verb's subject (read once): the side it names
    last ("Russian forces | lost 1,200 troops"; none for "the ministry claims | the enemy | lost
    1,250 troops"; a subject that names a state's forces and no side is the ``home`` state's:
    "The army and its allied militias lost 87 dead"); else, for a subject that is the speaker
    itself ("We lost six brothers", "it said it had lost one fighter", "his men had lost only
    two fighters"), the speaker's side (see :func:`claimant_side`); or, for a body an armed
    group's spokesman speaks for ("the group had lost three fighters", "the fighters had lost
    six men"), the speaker's side unless it is a state's (the army telling what "the group"
    lost tells its enemy's losses)."""
    subject = subject_before(doc.text, start, verb)
    if subject is None:
        return None
    side = _side_of_subject(doc.text, sides, subject, taken, home)
    if side is not None:
        return side
    if _SPEAKER_AS_LOSER.fullmatch(doc.text, subject.start, subject.end) or (
            # "the rebels said they had lost ten men" (not "They lost 40 men, the army said")
            att is not None and doc.text[subject.start:subject.end].lower() == "they"
            and 0 <= subject.start - att.cue.span.end <= _RIGHT_AFTER_CUE):
        return claimant_side(doc, sides, att, window, taken, home)
    if _BODY_AS_LOSER.fullmatch(doc.text, subject.start, subject.end):
        side = next(_speaker_sides(att, sides, with_name=True, home=home), None)
        return side if side not in STATES else None
    return None


# The speaker as the subject of "lost": a pronoun, or its own people or side.
_SPEAKER_AS_LOSER: Final = regex.compile(
    r"(?i)we|it|(?:our|its|his|their)(?:\s+own)?\s+(?:forces|troops|men|side|fighters|units?|group|comrades)")
_RIGHT_AFTER_CUE: Final = 6  # (" that ")
# A body an armed group's spokesman may speak for: "the group", "the brigade", "the fighters".
_BODY_AS_LOSER: Final = regex.compile(
    r"(?i)the\s+(?:group|movement|brigade|battalion|militia|fighters|rebels|insurgents|organi[sz]ation|front)")


def _side_of_subject(text: str, sides: SideIndex, subject: Span, taken: Groups,
                     home: Home | None) -> str | None:
    """The side a subject already found names (see :func:`loser_side`)."""
    found = [side for a, b, side in sides.find(text, subject.start, subject.end) if not taken.holds(a, b)]
    if found:
        return found[-1]
    if home is not None and not ENEMY.search(text, subject.start, subject.end) and (
            STATE_BODY.search(text, subject.start, subject.end)
            or STATE_BODY_AND.search(text, max(0, subject.start - 40), subject.start)):
        return home.state
    return None


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


def _speaker_sides(att: Attribution | None, sides: SideIndex, with_name: bool = False,
                   home: Home | None = None) -> Iterator[str]:
    """The sides a statement's speaker names: its organisation's, (with ``with_name``, its
    name's,) then its words'; a capital standing alone names its state ("Baku said"); else,
    with ``home``, the side its organisation was last named with ("the ministry added", after
    "Kyrgyzstan's defence ministry said"), and a parent's name is its branch the report names
    (see :meth:`Home.branch_of`)."""
    if att is None or att.source is None:
        return
    found = False
    for side in sides_named(att.source, sides, with_name):
        found = True
        yield home.branch_of(side) if home is not None else side
    if not found and home is not None and (spoken := home.spoken_for(att)) is not None:
        yield spoken


def _told_by(att: Attribution | None, sides: SideIndex, home: Home | None = None) -> str | None:
    """The side of a statement's speaker: of its organisation, else of its words (see
    :func:`_speaker_sides`)."""
    return next(_speaker_sides(att, sides, home=home), None)


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
    if m.own and head not in GENERIC_PEOPLE and home is not None and _a_state_body_speaks(att):
        # "Seven of our heroes rose as martyrs", told by "the army's spokesman" (or "an army
        # spokesman") in a report whose army is Sudan's: the speaker's own, its state named
        # elsewhere
        return _speaking_state(att, home)
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
        or (m.group_span[1] - m.group_span[0] <= len("members") and _civilian_body_speaks(att)))
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
        told = _told_by(att, sides, home)
        if told is None and _a_state_body_speaks(att):
            told = _speaking_state(att, home)
        return home.opponent(told) if told is not None else None
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
        told = _told_by(att, sides, home)
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
        told = _told_by(att, sides, home)
        enemy = home.group if told in STATES else home.state if told is not None else None
        return enemy if enemy != told else None
    if head not in OWN_FORCE_HEADS and head not in OWN_FIGHTER_HEADS and head not in IRREGULAR_HEADS:
        return None
    if ENEMY.search(text, max(0, m.start - 40), m.end):
        # "killed 30 enemy soldiers", told by a party: the report's other party (not told by
        # anyone known: no side)
        told = _told_by(att, sides, home) if home is not None else None
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
    speaker_sides = _speaker_sides(att, sides, home=home)
    if head in OWN_FORCE_HEADS:
        own = next((side for side in speaker_sides if side in STATES), None)
        if own is not None and ACTIVE_START.match(text, m.start, m.start + _AFTER_REACH) \
                and CLAIMANT_ATTACKS.search(text, max(0, m.start - 120), m.start):
            # "its forces had struck ..., killing up to 40 servicemen": the enemy's, the
            # report's state, else the party the report names most besides the speaker's
            if state is not None and state != own:
                return state
            return home.opponent(own) if home is not None else None
        return own or state
    told_by = list(speaker_sides)
    if head in COMRADES:
        # "we lost four comrades": the speaker's own, a state's or a group's
        if told_by:
            return told_by[0]
        return _speaking_state(att, home) if home is not None and _a_state_body_speaks(att) else None
    if home is not None and (any(side in STATES for side in told_by) or (
            not told_by and (STATE_BODY.search(att.source.text) or _a_state_body_speaks(att)))):
        # "the army said it killed 31 fighters": the report's armed group, the state's enemy
        # (also told by a statement the defence ministry issued), never the teller's own
        # (a state's brigade the report names most)
        return home.group if home.group not in told_by else None
    if head in IRREGULAR_HEADS:
        return None
    if CLAIMANT_ATTACKS.search(text, max(0, m.start - 80), m.start):
        return None  # the group tells what it did ("its forces killed 15 fighters")
    # an armed group's "seven fighters were killed": its own (a state's are the enemy's)
    return next((side for side in told_by if side not in STATES), None)


# "people, most of them soldiers", "- mostly Burkinabe troops -": who most of the people were
_MOSTLY: Final = regex.compile(
    r"(?i)\s*+[,(\-–—]\s*+(?:most\s+of\s+them|mostly|mainly|the\s+majority\s+of\s+them|"
    r"almost\s+all\s+of\s+them)\s++(?P<group>(?:[\p{L}'’-]+\s++){0,2}?"
    r"(?P<head>soldiers|troops|servicemen|policemen|fighters|militants|rebels|insurgents|jihadists|"
    r"militiamen|civilians|children|women))\b")
_STATE_FORCES: Final = regex.compile(r"(?i)(?:government|security|state|pro-government)\s++forces")
_IN_UNIFORM: Final = regex.compile(
    r"(?i)\s++(?:in|wearing)\s++(?:(?:army|military|police|combat|full)\s++)?(?:uniforms?|fatigues)\b")


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


_ARMED_CLASSES: Final = frozenset({"soldiers", "fighters", "police"})
_ANY_PERSON: Final = frozenset({"man", "woman", "men", "women"})


def parts_take_their_side(claims: list[Claim]) -> list[Claim]:
    """A part with no side of its own is on its figure's side: "Four soldiers of the Pakistan
    Army, including a young captain" puts the captain on Pakistan's, and a man or a woman of
    armed men is no civilian ("the two captured fighters, a man and a woman"); a list's total
    is on the side all its items share ("two women and a child": civilians)."""
    side_of = {c.id: c.data["side"] for c in claims}
    class_of = {c.id: group_class(c.data.get("group")) for c in claims}
    items: dict[str, set[str | None]] = {}
    for c in claims:
        if "part_of" in c.data:
            items.setdefault(c.data["part_of"], set()).add(c.data["side"])
    out = []
    for c in claims:
        side = c.data["side"]
        whole = c.data.get("part_of", "")
        if side == CIVILIANS and head_of(c.data.get("group")) in _ANY_PERSON and (
                class_of.get(whole) in _ARMED_CLASSES or side_of.get(whole) not in (None, CIVILIANS)):
            # "the two captured fighters, a man and a woman": the fighters' side, no civilians
            side = side_of[whole]
        if side is None and side_of.get(whole) is not None:
            side = side_of[whole]
        elif side is None and c.data.get("total") and len(items.get(c.id, ())) == 1:
            side = next(iter(items[c.id]))
        out.append(c if side == c.data["side"] else attrs.evolve(c, data={**c.data, "side": side}))
    return out
