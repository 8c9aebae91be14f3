"""The side of whoever tells a casualty figure, for a side's own losses.

A figure of a side's own losses ("11 of its own fighters", "the army says 14 of its soldiers
were killed") is the claimant's side (:func:`claimant_side`). The other side rules ask here who
tells a figure: the sides its speaker names (:func:`speaker_sides`, :func:`told_by`), the state
a state's body that names none speaks for (:func:`speaking_state`, :func:`teller_side`), a body
of civilians speaking. :class:`Groups` holds the figures' own groups, whose sides are not the
speaker's.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Final

import regex

from claimkit._document import Document
from claimkit._model import Attribution

from ._casualty_home import STATE_BODY, Home, sides_named
from ._casualty_people import CIVILIAN_BODY, STATE_BODY_NAMED
from ._missions import peacekeeping_mission
from ._sides import SideIndex


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
    if (side := next(speaker_sides(att, sides, with_name=True, home=home), None)) is not None:
        return side
    if home is not None and a_state_body_speaks(att):
        return speaking_state(att, home)
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


def speaking_state(att: Attribution | None, home: Home) -> str | None:
    """The state a state's body that names none speaks for: the state that spoke last by a
    speaker that names it ("Ankara said ... The defence ministry said"), else the report's."""
    if att is None:
        return home.state
    return home.state_voice(att) or home.state or home.state_near(att.cue.span.start)


def a_state_body_speaks(att: Attribution | None) -> bool:
    """Whether the speaker is a state's body that names no state: "the army", "the defence
    ministry", or a role of one with no organization ("an army spokesman")."""
    if att is None or att.source is None:
        return False
    org = att.source.organization
    if org:
        return STATE_BODY_NAMED.fullmatch(org) is not None
    return STATE_BODY.search(att.source.role or "") is not None


def civilian_body_speaks(att: Attribution | None) -> bool:
    """Whether the speaker is a body of civilians: a union, an association (see CIVILIAN_BODY)."""
    return att is not None and att.source is not None and CIVILIAN_BODY.search(att.source.text) is not None


def teller_side(att: Attribution | None, sides: SideIndex, home: Home | None) -> str | None:
    """The side of a statement's speaker (see :func:`told_by`), else the state of a state's
    body that names none ("Army spokesman Santo Deng Malual said the enemy left 60 bodies")."""
    told = told_by(att, sides, home)
    if told is None and home is not None and a_state_body_speaks(att):
        told = speaking_state(att, home)
    return told


def speaker_sides(att: Attribution | None, sides: SideIndex, with_name: bool = False,
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


def told_by(att: Attribution | None, sides: SideIndex, home: Home | None = None) -> str | None:
    """The side of a statement's speaker: of its organisation, else of its words (see
    :func:`speaker_sides`)."""
    return next(speaker_sides(att, sides, home=home), None)
