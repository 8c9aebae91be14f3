"""Reading a casualty stage's candidate sentences into told figures (:func:`read`).

Each figure a sentence tells (read past scare quotes: 'killed "more than 20" soldiers') becomes
a :class:`~._casualty_facts.Told`: its mention, the attribution it is told in, the side its own
sentence gives it (the group's name, a peacekeeping mission, a party named after the group, the
clause's, the speaker's for a side's own losses, the enemy's) and whether it tells of an earlier
event.
"""

from __future__ import annotations

import bisect
from typing import Final

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Attribution, Span
from claimkit.text import NumberMention, find_numbers

from . import _casualty_lexicon as lex
from ._attach import attribution_for, overlapping_attribution
from ._casualty_again import told_again
from ._casualty_background import earlier_event
from ._casualty_clause_side import (
    enemy_side,
    framed_side,
    inflicted_side,
    loser_side,
    losses_owner_side,
    own_subject_side,
    toll_people,
    unit_side,
)
from ._casualty_facts import Told
from ._casualty_find import sentence_mentions
from ._casualty_gate import may_tell_outcome
from ._casualty_home import Home
from ._casualty_people import CIVILIAN_HEADS, GENERIC_PEOPLE, OWN_FORCE_HEADS, PEACEKEEPERS
from ._casualty_single import single_mentions
from ._casualty_speaker_side import Groups, claimant_side
from ._casualty_types import Mention
from ._missions import peacekeeping_mission
from ._phrases import in_title
from ._phrases_party import group_named_before
from ._sides import SideIndex
from ._source import in_boilerplate
from ._unquoted import FIGURE_START, opening_marks, quoted_phrase, unquoted

_LOOK: Final = 300
"""How far (in characters) from a mention its sentence is searched for a speaker's side or a
background cue: keeps the work per mention constant in a sentence of any length."""


class _Numbers:
    """The numbers of each sentence, read once per run of adjacent sentences (a dense report
    is one run: one call instead of one per sentence), and only for a run of which a sentence
    is read."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self._text = text
        self._sentences = sentences
        self._read: list[list[NumberMention] | None] = [None] * len(sentences)

    def __getitem__(self, k: int) -> list[NumberMention]:
        found = self._read[k]
        return found if found is not None else self._read_run(k)

    def _read_run(self, k: int) -> list[NumberMention]:
        sentences = self._sentences
        i = j = k
        while i > 0 and sentences[i - 1][1] == sentences[i][0]:
            i -= 1
        while j + 1 < len(sentences) and sentences[j + 1][0] == sentences[j][1]:
            j += 1
        out: list[list[NumberMention]] = [[] for _ in range(i, j + 1)]
        starts = [s for s, _ in sentences[i:j + 1]]
        for n in find_numbers(self._text, sentences[i][0], sentences[j][1]):
            m = bisect.bisect_right(starts, n.start) - 1
            if n.end <= sentences[i + m][1]:
                out[m].append(n)
        self._read[i:j + 1] = out
        return out[k - i]


def _attribution(doc: Document, m: Mention) -> Attribution | None:
    """The attribution a mention is told in: the innermost whose content holds its evidence;
    else one whose content holds the outcome's end ("Police said about 2 soldiers were
    killed" with a content that starts after "about"); else the smallest content that
    overlaps the evidence (a content cut short, "said 1,000 ..."). A statement with no
    source inside one with a source ("Police said 2 soldiers were reported missing") gives
    way to the one with the source: that is who claims the figure."""
    if not doc.attributions:
        return None
    found = attribution_for(doc, Span(m.start, m.end)) or attribution_for(doc, Span(m.end - 1, m.end))
    if found is not None and found.source is not None:
        return found
    outer = attribution_for(doc, found.cue.span) if found is not None else None
    if outer is not None and outer.source is not None:
        return outer
    evidence = Span(m.start, m.end)
    return (overlapping_attribution(doc, evidence, sourced=True) or found
            or overlapping_attribution(doc, evidence, sourced=False))


_FIGURE_BEFORE: Final = regex.compile(r"\d[\s\u00a0]*$")
_OUTCOME_WORDS: Final = frozenset(w for w in (*lex.PASSIVE, *lex.ACTIVE) if " " not in w)


def _scare_quotes(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations in ``sentences`` that hide a figure from the readers: one that opens with
    the figure ('killed "more than 20" soldiers'), holds the group right after it ('27
    "terrorists"') or an outcome word ('were "neutralised"', 'had been "savagely executed"')."""
    if '"' not in text and "“" not in text and "'" not in text and "‘" not in text and "«" not in text:
        return []
    found: list[tuple[int, int]] = []
    for start, end in sentences:
        for mark in opening_marks(text, start, end):
            close = quoted_phrase(text, mark, end) if not found or found[-1][1] < mark else None
            if close is None:
                continue
            inner = text[mark + 1:close]
            if (FIGURE_START.match(inner) or _FIGURE_BEFORE.search(text, max(start, mark - 4), mark)
                    or any(word.lower() in _OUTCOME_WORDS for word in inner.split())):
                found.append((mark, close))
    return found


# A force of the bodies that send peacekeepers: "70 African Union soldiers", "U.N. troops".
_MISSION_FORCE: Final = regex.compile(
    r"(?<![\p{L}])(?:African\s+Union|AU|U\.N\.|UN|United\s+Nations)(?![\p{L}])")
# A group's name told after it: "soldiers of the national army, known as FACA,".
_KNOWN_AS: Final = regex.compile(
    r",?\s+(?:known\s+as|called|dubbed)\s+(?P<name>[\p{Lu}][\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})")


# (also a party the group is told or suspected to serve: "fighters believed to belong to the
# ELN", "gunmen suspected of belonging to ...", "militiamen loyal to ...", "linked to")
_FROM_PARTY: Final = regex.compile(
    r"\s++(?:from|of|(?:(?:believed|thought|said|suspected)\s++(?:to\s++belong|of\s++belonging)\s++to)|"
    r"belonging\s++to|loyal\s++to|linked\s++to|affiliated\s++(?:with|to))\s++(?:the\s++)?")


def read(doc: Document, sentences: list[tuple[int, int]], sides: SideIndex, home: Home) -> list[Told]:
    told: list[Told] = []
    reading = unquoted(doc.text, _scare_quotes(doc.text, sentences))  # 'killed "more than 20"'
    numbers = _Numbers(reading, sentences)
    year = doc.source.published.year if doc.source and doc.source.published else None
    month = doc.source.published.month if doc.source and doc.source.published else None
    previous: list[Mention] = []  # the figures of the sentence read before
    for n, sentence in enumerate(sentences):
        # ("The council put the figure at five": the figure told just before, counted again;
        # of the sentence before only when it is the one right before)
        told_before = previous if n > 0 and not reading[sentences[n - 1][1]:sentence[0]].strip() else []
        if not told_before and not may_tell_outcome(doc.text, *sentence):
            previous = []  # (no outcome word: no figure of its own, none told again)
            continue
        mentions = sentence_mentions(reading, *sentence, numbers[n])
        mentions += single_mentions(reading, *sentence, mentions)
        # (with no figure before, the numbers before name none: left unread)
        mentions += told_again(reading, *sentence, numbers[n], mentions, told_before,
                               numbers[n - 1] if told_before else [])
        previous = mentions
        taken = Groups([m.group_span for m in mentions if m.group_span])
        starts = sorted(m.start for m in mentions)  # (a time after a figure ends at the next one)
        for p, m in enumerate(mentions):
            if in_boilerplate(doc.text, Span(m.start, m.end)):
                continue  # a feed footer repeats the headline: never evidence
            before = max(sentence[0], m.start - _LOOK)
            att = _attribution(doc, m)
            if m.group_span is None and (people := toll_people(doc.text, m.start, m.end, before)) is not None:
                # "put the number of soldiers killed at 23": the toll's people are its group
                m = attrs.evolve(m, group=doc.text[people[0]:people[1]], group_span=people,
                                 head=doc.text[people[0]:people[1]].rsplit(None, 1)[-1].lower())
            side = _side_in_group(doc.text, sides, m.group_span) if m.group_span else None
            if (m.head in PEACEKEEPERS or (m.head in OWN_FORCE_HEADS and m.group_span is not None
                                           and _MISSION_FORCE.search(doc.text, *m.group_span))) \
                    and (mission := peacekeeping_mission(doc.text)) is not None:
                # "a Bangladeshi peacekeeper", "70 African Union soldiers" are the mission's,
                # not Bangladesh's or the host state's
                side = mission
            if side is None and m.group_span and (named := _KNOWN_AS.match(doc.text, m.group_span[1])):
                side = sides.side_of(doc.text, *named.span("name"))  # "the national army, known as FACA"
            if side is None and m.group_span and (whose := _FROM_PARTY.match(doc.text, m.group_span[1])):
                # "20 fighters from the Pakistan Taliban": a party named right after the group
                found = sides.find(doc.text, whose.end(), min(len(doc.text), whose.end() + _NAME_RUN))
                side = found[0][2] if found and found[0][0] == whose.end() else None
            if side is None and m.head not in CIVILIAN_HEADS:
                # "On the friendly side: 15 killed and 22 wounded": the side the sentence opens
                # on; "inflicted losses of 180 servicemen on Ukrainian troops": whom on
                side = framed_side(doc.text, sides, sentence, m.start, att, home) or inflicted_side(
                    doc.text, sides, sentence, m.start, m.group_span[1] if m.group_span else m.end, att, home)
            if m.own and side is None and m.head not in PEACEKEEPERS and (
                    m.head not in _NOT_A_PARTYS or _OUR_BROTHERS.search(doc.text, before, m.end)):
                # (not "our people"; "its peacekeepers" are their mission's: see unmarked_side)
                # the subject whose own they are ("..., as the government raised its own death
                # toll to 14", inside the armed group's statement), else the speaker's
                # ("our" and "my" are the speaker's, never the subject's: '"The ELN kidnapped four
                # of our soldiers," the minister said')
                first_person = _FIRST_PERSON.search(doc.text, m.start, m.end) is not None
                # (or a unit named in the reported words: "that a Ukrainian platoon was encircled and
                # that 40 of its soldiers were taken prisoner")
                group_start = m.group_span[0] if m.group_span else None
                side = (None if first_person else (
                    own_subject_side(doc.text, sides, before, m.start, taken, home, att)
                    or unit_side(doc.text, sides, m.start, group_start, att))) or claimant_side(
                    doc, sides, att, (before, min(sentence[1], m.end + _LOOK)), taken, home)
                if side is None and att is None and m.group_span is not None \
                        and _ITS_BEFORE.search(doc.text, max(0, m.group_span[0] - 8), m.group_span[0]):
                    # "The brigade ... In January, eight of its fighters were killed", in the
                    # report's own voice: the armed group named last
                    side = group_named_before(doc.text, m.start, sides.vocabulary)
            if side is None and m.head not in CIVILIAN_HEADS:
                # "put the government's losses at two dead"
                side = losses_owner_side(doc.text, sides, m.start, before, taken, home)
            if m.lost and side is None:
                side = loser_side(doc, sides, before, m.start, att, (before, min(sentence[1], m.end + _LOOK)),
                                  taken, home)
            if side is None and m.head not in CIVILIAN_HEADS:
                # "the enemy lost 63 men", "the enemy left more than 60 bodies", told by a party
                side = enemy_side(doc.text, sides, before, m.start, att, home)
            k = bisect.bisect_right(starts, m.end)
            background = earlier_event(doc.text, before, sentence, m.start, m.end,
                                       starts[k] if k < len(starts) else sentence[1], year, month)
            items = tuple(o.group for o in mentions if o.parent == p) if m.total else ()
            told.append(Told(m, n, side, att, background, titled=in_title(doc.text, Span(m.start, m.end)),
                              items=items))
    return told


def _side_in_group(text: str, sides: SideIndex, group: tuple[int, int]) -> str | None:
    """The side a group names: the last term that starts in it, read to its end where the
    group was cut inside a name ("fighters of the Islamic Resistance | in Iraq")."""
    found = [side for start, _, side in sides.find(text, group[0], min(len(text), group[1] + _NAME_RUN))
             if start < group[1]]
    return found[-1] if found else None


_NAME_RUN: Final = 40
_ITS_BEFORE: Final = regex.compile(r"(?i)\b(?:its|their)\s++(?:own\s++)?\Z")


# Heads whose people are no party's own when a possessive counts them: "our people", "two of
# her children" (the woman's, not the side that fired the shell).
_NOT_A_PARTYS: Final = GENERIC_PEOPLE | (CIVILIAN_HEADS - {"boys", "boy"})  # ("our boys": fighters)
# ... but a party's "brothers" are its fighters: "Nine of our brothers were martyred" (not "two
# of his brothers").
_FIRST_PERSON: Final = regex.compile(r"(?i)(?<![\p{L}])(?:our|my)(?![\p{L}])")
_OUR_BROTHERS: Final = regex.compile(r"(?i)\bour\s++(?:[\p{L}\-]++\s++)?brothers?\b")
