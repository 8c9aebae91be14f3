"""The parties a report is about (:class:`Home`): the state whose forces or government it
names, the armed group it names most, the side it tells attacking. A casualty figure that
names no party takes its side from these ("soldiers" in a report about Mali's army are Mali's).
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Final

import regex

from claimkit._groups import CIVILIANS
from claimkit._model import Attribution, Speaker

from ._gazetteer import lookup
from ._places import place_mentions
from ._sides import STATES, SideIndex, capital_state, one_branch_each
from ._source import analyse

#: A state's forces or government, as words ("army", "the defence ministry", "border guards").
BODIES: Final = (
    r"(?:army|military|armed\s+forces|forces|troops|soldiers|defen[cs]e\s+ministry|"
    r"ministry\s+of\s+(?:national\s+)?defen[cs]e|"
    # (whose own are the police and the internal security forces)
    r"interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior|"
    r"government|junta|"
    r"police|gendarmerie|gendarmes|security\s+(?:forces|services|sources?|officials?)|general\s+staff|navy|"
    r"air\s+force|"
    r"(?:border|coast|presidential|republican|national)\s+guards?)\b")
STATE_BODY: Final = regex.compile(r"(?i)\b" + BODIES)
_GOVERNMENT_BODY: Final = regex.compile(r"(?i)\b(?:government|junta)\b")
#: After a state's name: its forces or government ("Mali's army", "Malian security forces").
_STATE_BODY_AFTER: Final = regex.compile(
    r"(?i)(?:['’]s)?\s++(?:(?:own|national|regular|military|armed|federal|special|ruling|"
    r"internationally|recogni[sz]ed|transitional|interim|elected)\s++){0,2}" + BODIES)


def home_state(text: str, sides: SideIndex, bodies: regex.Pattern[str] | None = None) -> str | None:
    """The state whose forces or government the text names ("Mali's army", "the Malian
    military", "Niger's military government"): the one named, or the one named at least twice
    as often as any other ("the Malian army" three times, "expelled French troops" once);
    None when it names none or several as often. ``bodies`` narrows the words for its forces
    or government (the default is every one)."""
    return _majority(_state_bodies(text, sides, bodies))


def _state_bodies(text: str, sides: SideIndex, bodies: regex.Pattern[str] | None = None) -> Counter[str]:
    """How often ``text`` names each state's forces or government (see :func:`home_state`)."""
    found: Counter[str] = Counter()
    # (the body words first: they are rarer than side names, and the side scan is costly)
    for body in (bodies or STATE_BODY).finditer(text):
        for _, end, side in sides.find(text, max(0, body.start() - 40), body.start()):
            after = _STATE_BODY_AFTER.match(text, end)
            if side in STATES and after is not None and after.end() == body.end():
                found[side] += 1
    return found


def sides_named(src: Speaker, sides: SideIndex, with_name: bool = False) -> Iterator[str]:
    """The sides a speaker names: its organisation's, (with ``with_name``, its name's,) then its
    words'; a capital standing alone names its state ("Baku said")."""
    for part in (src.organization, src.name if with_name else None, src.text):
        if part and (side := sides.side_of(part) or capital_state(part)):
            yield side


def _side_named(src: Speaker, sides: SideIndex) -> str | None:
    """The first of :func:`sides_named`, or None."""
    return next(sides_named(src, sides), None)


def _country_of(name: str) -> str | None:
    place = lookup(name)
    return None if place is None else place.name if place.kind == "country" else place.country


def _majority(found: Counter[str]) -> str | None:
    """The one side counted, or the one counted at least twice as often as any other."""
    ranked = found.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


_PLACES_OVER_NAMED: Final = 3
# How far around a figure its paragraph is read for a state (see Home.state_near), and how
# long a label line before it may be.
_PARAGRAPH_REACH: Final = 1500
_LABEL_REACH: Final = 120


class Home:
    """The parties a report is about, each looked for once and only when a figure needs it:
    ``state``, see :func:`home_state`, else the state the report names (the only one, or one
    named at least twice as often as any other), else the country of the places it names;
    ``government``, the state whose government it names; ``group``, the armed group (a side
    that is no state) it names, the only one or one named at least twice as often as any
    other; ``attacker``, the one side it tells attacking ("Islamic State militants stormed a
    checkpoint"); each None when there is none. With the report's ``attributions``, also who
    a speaker that names no side speaks for (:meth:`spoken_for`, :meth:`state_voice`)."""

    def __init__(self, text: str, sides: SideIndex, attributions: Sequence[Attribution] = ()) -> None:
        self._text = text
        self._sides = sides
        self._attributions = attributions
        self._paragraph_states: dict[tuple[int, int], str | None] = {}  # (see state_near)

    def spoken_for(self, att: Attribution) -> str | None:
        """The side ``att``'s speaker's organisation was named with when it last spoke before
        ("the ministry added", "it said" after "Kyrgyzstan's defence ministry said": Kyrgyzstan;
        the nearest such statement wins, so the same organisation of two states is told apart),
        or None."""
        return self._organisation_sides.get(att.cue.span.start)

    def state_voice(self, att: Attribution) -> str | None:
        """The state that spoke last before ``att`` by a speaker that names it ("Ankara said
        ..." before "The defence ministry said"), or None."""
        starts = self._state_voices[0]
        i = bisect.bisect_left(starts, att.cue.span.start) - 1
        return self._state_voices[1][i] if i >= 0 else None

    @functools.cached_property
    def _speakers(self) -> list[tuple[Attribution, Speaker, str | None]]:
        """Each statement with a speaker, with the side its organisation or words name (see
        :func:`_side_named`), read once for :meth:`state_voice` and :meth:`spoken_for`."""
        return [(att, att.source, _side_named(att.source, self._sides))
                for att in self._attributions if att.source is not None]

    @functools.cached_property
    def _state_voices(self) -> tuple[list[int], list[str]]:
        """Where each statement by a speaker that names a state starts (its cue), and that
        state, in text order (for :meth:`state_voice`)."""
        starts: list[int] = []
        states: list[str] = []
        for att, _, side in self._speakers:
            if side in STATES:
                starts.append(att.cue.span.start)
                states.append(side)
        return starts, states

    @functools.cached_property
    def _organisation_sides(self) -> dict[int, str]:
        """For each statement whose speaker names no side but an organisation, the side that
        organisation was last named with (keyed by the cue's start)."""
        last: dict[str, str] = {}
        out: dict[int, str] = {}
        for att, src, side in self._speakers:
            if not src.organization:
                continue
            org = src.organization.casefold()
            if side is not None:
                last[org] = side
            elif org in last:
                out[att.cue.span.start] = last[org]
        return out

    @functools.cached_property
    def state(self) -> str | None:
        bodies = _state_bodies(self._text, self._sides)
        rival = _majority(bodies)
        host = self._host
        passing = rival is not None and bodies[rival] <= 1
        if host is not None and (bodies[host] or passing or self._named[host] >= max(
                2, self._named[rival] if rival is not None else 0)):
            # the country the places are in, when its own forces or government are named, when
            # the state whose forces are named names them once in passing ("5 US soldiers" in a
            # report on Tikrit), or the country itself at least as often as that state: a
            # foreign force is told by its name each time ("Rwandan troops"), the host's often
            # as "the army" or "soldiers" alone ("Palestinians killed" twice against "Israel's
            # military" eight times names no host's force)
            return host
        if rival is not None:
            return rival
        # a report that names no state's forces: the state it names, if one stands out
        # ("Colombia conflict roundup: ... Two soldiers were killed, the army said"), else the
        # country its places are in (a Quetta paper names Kalat and Quetta, never Pakistan);
        # the places win over a state named in passing when they name another state's country
        # at least three times and twice as often (Nushki, Quetta, Mastung against "Afghanistan
        # denies sheltering militants")
        named = Counter({side: n for side, n in self._named.items() if side in STATES})
        state = _majority(named)
        countries = [(name, country) for name, country in self._places if country in STATES]
        if state is None:
            # (no state named most, "Pakistan" and "Afghanistan" twice each: the places, the
            # dateline's breaking a tie, "PESHAWAR, Pakistan (AP) -"; read only for a tie)
            everywhere = Counter(country for _, country in countries)
            found = _majority(everywhere)
            if found is None and (tie_break := self._dateline_country) is not None:
                everywhere[tie_break] += 1
                found = _majority(everywhere)
            return found
        places = Counter(country for name, country in countries if name != country)  # no "Iraq"
        dateline = self._dateline_country
        if dateline is not None:
            # the place the report is filed from ("Sweida, SANA - ...") outweighs a state named
            # once in passing ("the roadmap agreed with the United States")
            places[dateline] += _PLACES_OVER_NAMED
        local = _majority(places)
        if local not in (None, state) and places[local] >= max(_PLACES_OVER_NAMED, 2 * named[state]):
            return local
        return state

    def state_near(self, pos: int) -> str | None:
        """For a report that names no one state (``state`` None: a round-up of several
        countries), the state of the paragraph around ``pos``: the one whose forces it names,
        else the one it names ("Camp attack in Mali / In central Mali, fighters attacked an
        army camp ... nine soldiers killed"); None when it names none or several as often, or
        when the paragraph is longer than any a report has."""
        text = self._text
        lo = max(0, pos - _PARAGRAPH_REACH)
        start = text.rfind("\n", lo, pos) + 1
        end = text.find("\n", pos, pos + _PARAGRAPH_REACH)
        if (start == 0 and lo > 0) or (end == -1 and pos + _PARAGRAPH_REACH < len(text)):
            return None  # (a 1 MB "paragraph" is read for no state: each figure stays cheap)
        end = len(text) if end == -1 else end
        if (start, end) not in self._paragraph_states:
            # (the paragraph's label may stand on the line before: "Camp attack in Mali")
            before = text.rfind("\n", max(0, start - _LABEL_REACH), max(0, start - 1))
            label = before + 1 if before != -1 or start - 1 <= _LABEL_REACH else start
            paragraph = text[label:end]
            forces = _majority(_state_bodies(paragraph, self._sides))
            self._paragraph_states[start, end] = forces if forces is not None else _majority(
                Counter(side for _, _, side in self._sides.find(paragraph) if side in STATES))
        return self._paragraph_states[start, end]

    @functools.cached_property
    def _dateline_country(self) -> str | None:
        """The state of the dateline's place, when the gazetteer knows it: the source stage's
        dateline, else a known place in capitals opening one of the first lines
        ("OUAGADOUGOU (AIB) - ...", an outlet the source stage does not know)."""
        dateline = analyse(self._text).dateline
        if dateline is not None and dateline.city is not None:
            city: str | None = dateline.city.text
        else:
            opening = _CAPITALS_OPENING.search(self._text, 0, _DATELINE_HEAD)
            city = opening["city"] if opening is not None else None
        if city is None:
            return None
        return self._state_named(_country_of(city)) or capital_state(city)

    @functools.cached_property
    def _host(self) -> str | None:
        """The country of the places the report names, when one stands out and is named at
        least three times ("Ghundai Kalay", "Bannu", "Khyber Pakhtunkhwa": Pakistan)."""
        places: Counter[str] = Counter()
        for name, country in self._places:
            if name != country and (state := self._state_named(country)) is not None:
                places[state] += 1  # (not the country's own name: "in Iraq")
        local = _majority(places)
        return local if local is not None and places[local] >= _PLACES_OVER_NAMED else None

    @functools.cached_property
    def _places(self) -> list[tuple[str, str | None]]:
        """Each place the report names, with its country (None when the gazetteer has none);
        read once for ``_host`` and for ``state``'s last resort."""
        return [(name, _country_of(name)) for m in place_mentions(self._text) for name in m.places]

    def _state_named(self, country: str | None) -> str | None:
        """The side a gazetteer's country name is ("Democratic Republic of the Congo": "DR Congo")."""
        if country is None or country in STATES:
            return country
        found = self._sides.find(country)
        return found[0][2] if len(found) == 1 and found[0][2] in STATES else None

    @functools.cached_property
    def government(self) -> str | None:
        """The state whose government the text names ("Yemen's internationally recognised
        government"): the side of "government soldiers"."""
        return home_state(self._text, self._sides, _GOVERNMENT_BODY)

    def opponent(self, side: str) -> str | None:
        """The party the report names most besides ``side`` (at least twice as often as any
        other), the side's enemy in a report of two parties."""
        return _majority(Counter({other: n for other, n in self._named.items()
                                  if other not in (side, CIVILIANS)}))

    @functools.cached_property
    def group(self) -> str | None:
        return _majority(Counter({side: n for side, n in self._named.items()
                                  if side not in STATES and side != CIVILIANS}))

    @functools.cached_property
    def attacker(self) -> str | None:
        return self.attacker_in(0, len(self._text))

    def attacker_in(self, start: int, end: int) -> str | None:
        """The one side told attacking in ``text[start:end]`` (as :attr:`attacker` in the
        whole text), or None."""
        found = {side for a, b, side in self._found
                 if start <= a and b <= end and _ATTACKS_AFTER.match(self._text, b)}
        return found.pop() if len(found) == 1 else None

    @functools.cached_property
    def _found(self) -> list[tuple[int, int, str]]:
        """Where the text names each side (one scan, for ``state``, ``group`` and ``attacker``);
        a group named by its parent's name is its branch (see :meth:`branch_of`)."""
        return [(a, b, self._branches.get(side, side)) for a, b, side in self._scan]

    @functools.cached_property
    def _scan(self) -> list[tuple[int, int, str]]:
        return self._sides.find(self._text)

    @functools.cached_property
    def _branches(self) -> dict[str, str]:
        """Each group named whose one branch is named too: parent -> branch."""
        return one_branch_each(side for _, _, side in self._scan)

    def branch_of(self, side: str) -> str:
        """``side``, or the one branch of it the report names: a report about Islamic State West
        Africa Province calls it "Islamic State" too ("Islamic State said its fighters had
        killed 20 soldiers"). (Reads the whole text for sides only for a side that has branches.)"""
        if side not in self._sides.branches:
            return side
        return self._branches.get(side, side)

    @functools.cached_property
    def _named(self) -> Counter[str]:
        """How often the text names each side; not the patron in "al-Qaeda's affiliate in the
        Sahel", which describes another group."""
        return Counter(side for _, end, side in self._found if not _PATRON_OF.match(self._text, end))


# A place in capitals opening a line, then a comma, a bracket or a dash: a dateline.
_CAPITALS_OPENING: Final = regex.compile(
    r"(?m)^(?P<city>\p{Lu}[\p{Lu}\p{M}'’.\-]{2,}(?:\s\p{Lu}[\p{Lu}\p{M}'’.\-]+){0,2})(?=\s*+(?:,|\(|[-–—]))")
_DATELINE_HEAD: Final = 400  # (the dateline opens the story: its first lines)


# After a side's name, a possessive that makes it the patron of another group: "al-Qaeda's |
# affiliate", "Islamic State's | West Africa branch".
_PATRON_OF: Final = regex.compile(
    r"['’]s?\s++(?:[\p{L}\-]++\s++){0,3}?(?:affiliate|branch|franchise|offshoot|ally|allies|proxy|"
    r"proxies|wing|arm)(?![\p{L}])", regex.IGNORECASE)


# After a side's name, what tells it attacking: "Islamic State | militants stormed", "JNIM |
# claimed the attack", "the RSF | launched a drone assault".
_ATTACKS_AFTER: Final = regex.compile(
    r"(?i)(?:\s++(?:militants|fighters|gunmen|forces|troops|insurgents|rebels|jihadists|members|units|"
    r"attackers|assailants|movement|militia))?+\s++(?:(?:had|has|have|also|reportedly|allegedly|then|first)\s++)?+"
    r"(?:stormed|attacked|raided|ambushed|overran|assaulted|launched\s++(?:an?\s++)?+(?:[\p{L}\-]++\s++)?+"
    r"(?:attack|assault|raid|offensive)|claimed\s++(?:responsibility|the\s++(?:attack|assault|raid)))"
    r"(?![\p{L}])")
