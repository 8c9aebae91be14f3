"""One casualty fact per figure told several times: a mention with what the document adds
(:class:`Told`), the mentions of one fact (:class:`Fact`) and when a new mention tells it again
(the same side, claimant, kind of people, event), and which of its attributions speaks for it.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from claimkit import _groups as groups
from claimkit._model import Attribution
from claimkit._tally import claimant_of

from ._casualty_home import STATE_BODY
from ._casualty_people import CIVILIAN_HEADS
from ._casualty_types import Mention
from ._sides import STATES
from ._voices import same_voice, voice_of


@attrs.frozen
class Told:
    """A mention with what the document adds: its sentence, side and attribution."""

    mention: Mention
    sentence: int
    side: str | None
    attribution: Attribution | None
    background: bool = False
    lent_voice: frozenset[str] = frozenset()  # see lend_voices
    titled: bool = False  # told in a title ("RSF shelling kills 19 civilians, medics say")
    items: tuple[str | None, ...] = ()  # a list's sum: the groups of its items

    @property
    def claimant(self) -> str | None:
        return claimant_of(self.attribution)

    @property
    def voice(self) -> frozenset[str]:
        return voice_of(self.attribution) or self.lent_voice


MAX_FACTS_PER_FIGURE = 32
"""How many distinct facts with the same outcome and figure a new mention is compared with
(the most recent ones): bounds the merge on pathological texts that repeat one figure
thousands of times in one sentence; real reports have a handful."""


@attrs.define
class Fact:
    """The mentions of one fact so far, with what a new mention must agree with."""

    told: list[Told]
    sentences: set[int]
    sides: set[str]
    claimants: set[str]
    groups: set[str | None]

    @classmethod
    def of(cls, t: Told) -> Fact:
        fact = cls([], set(), set(), set(), set())
        fact.add(t)
        return fact

    def add(self, t: Told) -> None:
        self.told.append(t)
        self.sentences.add(t.sentence)
        if t.side is not None:
            self.sides.add(t.side)
        if t.claimant is not None:
            self.claimants.add(t.claimant)
        self.groups.add(t.mention.group)

    def accepts(self, t: Told) -> bool:
        """Whether ``t`` tells this fact again: another sentence, the same side, a group that
        may be the same people, the same claimant (a mention without side or claimant is
        compatible with any)."""
        return (t.sentence not in self.sentences
                # (an earlier event is another fact; a title tells the report's own event, as
                # its lede does: "An attack last week killed seven people" is the title's seven)
                and (t.background == self.told[0].background or _title_and_lede(t, self.told))
                and (t.side is None or not self.sides or self.sides == {t.side})
                and self._same_claimant(t)
                and all(self._same_people(g, t) for g in self.groups)
                # (a list's sum is no one group's toll: "seven soldiers, four civilians and 15
                # attackers dead" is not the "26 soldiers" the other side claims)
                and all(_sum_and_group_apart(t, o) for o in self.told))

    def _same_claimant(self, t: Told) -> bool:
        """The same claimant, or one voice under other words (see :mod:`._voices`): the headline's
        "Belmira says", the lead's "Belmira's army said" and the spokesman's "he said"; a voice
        that names nobody and one that names someone ("the defence ministry said", "Niger
        says"), or one whose words the other's source holds ("health ministry")."""
        if t.claimant is None or not self.claimants or self.claimants == {t.claimant}:
            return True
        voice = t.voice
        return all(same_voice(voice, o.voice) or _unnamed_within(t, o) or _unnamed_within(o, t)
                   or bool(voice) != bool(o.voice)
                   # a title's short name for an unnamed source: "medics say" over "a medical
                   # group said", "officials say" over "the state governor's office says"
                   or (not voice and not o.voice and (t.titled or o.titled))
                   # ... or a state's name for its forces' command: "Peru says" over "the Joint
                   # Command of the Armed Forces said", of Peru's soldiers
                   or ((t.titled or o.titled) and (_state_for_its_body(t, o) or _state_for_its_body(o, t)))
                   for o in self.told if o.claimant is not None)

    def _same_people(self, group: str | None, t: Told) -> bool:
        if t.mention.count.best == 1 and t.mention.count.qualifier == "exact":
            return groups.may_be_one_person(group, t.mention.group)
        return groups.compatible(group, t.mention.group)




def _sum_and_group_apart(a: Told, b: Told) -> bool:
    """Whether ``a`` and ``b`` may tell one figure as far as sums go: a list's sum and one
    group's figure only when no item is of another kind than that group (soldiers, fighters,
    police, civilians; for armed people also women and children): "five children, two women
    and four men" may be "eleven members of a family"; "seven soldiers, four civilians and 15
    attackers" are not the "26 soldiers" the other side claims."""
    if a.mention.total == b.mention.total:
        return True
    whole, single = (a, b) if a.mention.total else (b, a)
    kind = groups.group_class(single.mention.group)
    if kind not in _KINDS_APART:
        return True
    # (nor is "a 67-year-old woman and a man" the "two soldiers" another sentence tells)
    apart = (_KINDS_APART | groups.UNARMED if kind in groups.ARMED else _KINDS_APART) - {kind}
    # (nor "a bank director and her husband" the "2 policemen" another place lost)
    return all(groups.group_class(item) not in apart
               and not (kind in groups.ARMED and groups.group_class(item) in CIVILIAN_HEADS)
               for item in whole.items)


# Kinds of people no member of another kind is: a figure of soldiers counts no civilian.
_KINDS_APART: Final = groups.ARMED | {groups.CIVILIANS}


_LEDE_SENTENCES: Final = 3
"""How many sentences from the top of a report its title and lede take (title, byline, lede)."""


def _title_and_lede(t: Told, told: list[Told]) -> bool:
    """Whether ``t`` and the mentions of a fact are a title's figure and its lede's."""
    return any((t.titled and o.sentence <= _LEDE_SENTENCES) or (o.titled and t.sentence <= _LEDE_SENTENCES)
               for o in told)




def _state_for_its_body(a: Told, b: Told) -> bool:
    """Whether ``a``'s claimant names the state ``b``'s figure is of ("Peru says", for Peruvian
    soldiers) and ``b``'s speaker is a state's body (an army, a ministry, a command)."""
    src = b.attribution.source if b.attribution is not None else None
    if b.side is None or b.side not in STATES or src is None:
        return False
    return b.side.lower() in a.voice and STATE_BODY.search(src.organization or src.text) is not None


def _unnamed_within(a: Told, b: Told) -> bool:
    """Whether ``a``'s claimant names nobody and ``b``'s source (its words, role and
    organization) holds all its words: the headline's "health ministry" and the lead's "the
    health ministry of the Tripoli-based government", "governor" and "Moroz" (the regional
    governor), "the source" and "two security sources"."""
    if a.voice or a.claimant is None or b.attribution is None or b.attribution.source is None:
        return False
    src = b.attribution.source
    words = set(_WORDS.findall(" ".join(filter(None, (src.text, src.role, src.organization))).lower()))
    # (one of them, singular: "the source" of "two security sources")
    words |= {w[:-1] for w in words if w.endswith("s")}
    return all(w in words for w in _WORDS.findall(a.claimant))


_WORDS: Final = regex.compile(r"[\p{L}\p{N}]+")


def lend_voices(told: list[Told]) -> list[Told]:
    """An unnamed claimant takes the voice of the named one told before whose words hold its
    own: "the general staff" after "Mali’s army general staff" is Mali's, so a figure it tells
    is not one JNIM tells (an unnamed voice merges with any named one). The last few named
    statements are looked at, so this stays linear."""
    out: list[Told] = []
    named: list[Told] = []                    # one mention per named statement, in order
    for t in told:
        if voice_of(t.attribution):
            if not named or named[-1].attribution is not t.attribution:
                named.append(t)
        elif t.claimant is not None:
            lender = next((o for o in reversed(named[-_LENDERS:]) if _unnamed_within(t, o)), None)
            if lender is not None:
                t = attrs.evolve(t, lent_voice=voice_of(lender.attribution))
        out.append(t)
    return out


_LENDERS: Final = 16


def informative(t: Told) -> tuple[int, int, int]:
    """How much a mention tells of its people (a side, a group, a speaker): a fact's claim
    takes its data from the most informative of its mentions."""
    return (t.side is not None, t.mention.group is not None, t.attribution is not None)


def _fullness(att: Attribution) -> tuple[int, int]:
    """How much a statement says about its speaker: a fact told by several mentions keeps the
    fullest ("Col. Ilvan, a spokesman for the army" over the headline's "Belmira says"), and
    of two as full the longer words ("the health ministry of the Tripoli-based government"
    over the headline's "health ministry")."""
    src = att.source
    if src is None:
        return (0, 0)
    # (the words before a clause set off by a comma: "two security sources" over "the source,
    # who asked not to be named because ...")
    return (bool(src.name) + bool(src.role) + bool(src.organization), len(src.text.split(",", 1)[0]))


def attribution_of(fact: list[Told]) -> Attribution | None:
    """The fullest attribution among a fact's mentions (see :func:`_fullness`); of two as full,
    one told in the body over the title's (whose terse words may run a clause into the source:
    "Al-Qaeda affiliate claims deadly raid on army camp, says 53 soldiers killed")."""
    told = [(_fullness(t.attribution), not t.titled, t.attribution)
            for t in fact if t.attribution is not None]
    best = max(told, key=lambda x: (x[0][0], x[1], x[0][1]), default=None)
    return best[2] if best is not None else None
