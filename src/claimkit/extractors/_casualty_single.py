"""Figures of one told by a singular subject, with no number at all.

"Colonel X was shot dead", "He succumbed to his wounds", "The contractor was found dead",
"Dia, a local trader, was killed": a singular verb ("was", "has been", "died") after a
name, a pronoun or a singular person noun tells one person's fate. The subject must be
one of those three: "it was hurt", "the convoy was hit", "everyone was killed" and "who
was killed" (which points back at someone already counted) are not read.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Final

import regex

from claimkit._model import Count
from claimkit.text._scan import FirstWords

from . import _casualty_lexicon as lex
from . import _casualty_patterns as pat
from ._casualty_types import Mention
from ._words import joined_particle_name

#: Outcome words that are not a singular predicate: plural nouns and "among ..." (a part
#: of a figure already told).
_NOT_SINGULAR_OUTCOME: Final = lex.OUTCOME_NOUNS | frozenset({
    "prisoners of war", "taken prisoners", "taken hostages", "taken as prisoners", "die", "dies",
    "have died", "lost their lives", "lost their life", "succumbed to their injuries",
    "succumbed to their wounds", "remain missing",
    # ("he was taken to hospital" mostly tells of someone already counted, hurt or dead)
    *(p for p in lex.PASSIVE if "hospital" in p and p not in ("hospitalized", "hospitalised")),
})
# (not "hit by shrapnel": "the man was hit by shrapnel" tells how one counted died or was hurt)
_OUTCOMES: Final = pat.forward_alternation(
    p for p in lex.PASSIVE
    if p not in _NOT_SINGULAR_OUTCOME and not p.startswith(("among", "hit ", "struck "))
)
_ADVERBS: Final = pat.alternation((*lex.ADVERBS, "found", "also", "then", "later", "soon"))

# The words before a predicate's outcome ("was", "had been"; "later" in "later died") and the
# verbs that tell it without one ("died", "went missing"): the branches of PREDICATE that can
# open a match, each a word or words joined by \s+.
_AUXILIARY: Final = ("was", "is", r"has\s+been", r"had\s+been")
_BEFORE_INTRANSITIVE: Final = ("has", "had", "later", "subsequently", "reportedly", "also", "then")
_INTRANSITIVE: Final = ("died", "succumbed", "perished", r"passed\s+away", r"went\s+missing",
                        r"lost\s+(?:his|her)\s+life")

#: A singular predicate: "was (reportedly) killed", "has been abducted", "died" (its source:
#: compiled by FirstWords).
PREDICATE: Final = (
    rf"(?i)(?<![\p{{L}}])(?:(?:{'|'.join(_AUXILIARY)})\s++(?:(?:{_ADVERBS})\s++){{0,2}}?"
    rf"(?P<out>{_OUTCOMES})|(?:(?:{'|'.join(_BEFORE_INTRANSITIVE)})\s++){{0,2}}"
    rf"(?P<intr>{'|'.join(_INTRANSITIVE)}))(?![\p{{L}}\p{{N}}\-])"
)
# Every match of PREDICATE starts with the first word of one of those branches: it is read only
# where one of them starts (a test checks that nothing else is found).
_PREDICATE_WORDS: Final = FirstWords(PREDICATE, {
    branch.split("\\s+")[0] for branch in (*_AUXILIARY, *_BEFORE_INTRANSITIVE, *_INTRANSITIVE)})

#: The subject right before the predicate (searched backwards from it): a word, capitalised
#: words before it, and an optional apposition between commas ("Dia, a trader, was killed").
SUBJECT: Final = regex.compile(
    r"(?r)(?<![\p{L}\p{N}'’\-])(?P<mods>(?:(?!(?:The|A|An|In|On|At|By|For|No|Any|Every|Each|Neither)\s)"
    r"(?:\p{Lu}[\p{L}'’\-]*|"
    r"(?:al|el|bin|ibn|abu|de|da|di|du|van|von)(?:-\p{Lu}[\p{L}'’\-]*)?)\s+){0,3})"
    r"(?P<word>\p{L}[\p{L}\p{N}'’\-]*)"
    r"(?P<app>\s*,[^,;:\n]{1,80},)?\s*(?:,\s*)?\Z"
)

_PRONOUNS: Final = frozenset({"he", "she"})
_SINGULAR: Final = frozenset(lex.SINGULAR_PERSONS)
_ONE_BEFORE: Final = regex.compile(r"(?i)(?<![\p{L}])(?:a|an|one|another)\s++(?:[\p{L}\-]++\s++){0,2}\Z")
#: Person nouns that are plural without an "s": a subject of several people, not of one.
_PLURAL_PERSONS: Final = frozenset({
    "people", "children", "men", "women", "police", "personnel", "crew", "staff", "peshmerga",
    "fedayeen", "mujahideen", "khwarij", "khawarij", "khawaarij", "elderly", "militia", "youth", "clergy",
})
#: Capitalised words that are not a person's name when they stand before "was".
_NOT_NAMES: Final = frozenset({
    "it", "this", "that", "there", "which", "who", "what", "one", "none", "nobody", "everyone",
    "everybody", "anyone", "all", "i", "we", "they", "you", "also", "attack", "bomb", "building",
})
_PERSON: Final = regex.compile(
    rf"(?i)(?:{pat.alternation(lex.SINGULAR_PERSONS)}|{pat.alternation(lex.PERSONS)}|"
    rf"\p{{L}}+{lex.PERSON_SUFFIX}|\p{{L}}{{3,}}(?:er|or|ist|ian|man|woman|ee))"
)
#: Active verbs that take one person as their object: past forms and gerunds only, since a
#: bare form is an attempt or an intention ("tried to kill the mayor"); not taking or holding
#: ("holding the better hand", "took the lead": only hostages and prisoners are taken).
ONE_VERB_PHRASES: Final = tuple(
    v for v in lex.ACTIVE if v not in lex.NEEDS_PERSON and v not in lex.ALIVE_AFTER and v not in lex.TAKING
    and (v.split()[0].endswith(("ed", "ing")) or v in ("slew", "shot dead", "shot and killed")))
_ONE_VERBS: Final = pat.alternation(ONE_VERB_PHRASES)
_SINGULAR_HEAD: Final = (
    rf"(?:{pat.alternation(lex.SINGULAR_PERSONS)}|(?!{pat.NOT_SINGULAR})\p{{L}}{{3,}}(?:er|or|ist|ian|man|woman|ee))"
)
# After "and": a figure of others, who are not the person before ("killing the minister and
# at least 21 other people": the minister is one more).
_FIGURE_OF_OTHERS: Final = (
    r"\s*+(?:(?:at\s+least|some|about|nearly|around|another|more\s+than)\s++)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|scores)"
    r"\s++(?:others|other|more)\b")
#: An active verb and one person as its object: "assassinated the mayor of X", "wounding
#: the brigade commander", "shot dead prominent writer Anna Kovac", "murdered Luis Ortega"
#: (its source: compiled by FirstWords).
ACTIVE_ONE: Final = (
    rf"(?i)(?<![\p{{L}}])(?P<verb>{_ONE_VERBS})\s++(?:"
    rf"(?:the|his|her|their|its)\s++(?P<mods>(?:[\p{{L}}\-]++\s++){{0,3}}?)(?P<head>{_SINGULAR_HEAD})"
    rf"(?![\p{{L}}\p{{N}}'’\-])(?!\s++(?:and|or|&)\s(?!{_FIGURE_OF_OTHERS}|\s*+\p{{Ll}}+(?:ed|ing)\s))"
    # "killing him and six others": a pronoun, before the others
    rf"|(?P<pron>him|her)(?=\s++and\s{_FIGURE_OF_OTHERS}|\s*+[.,;]|\s++(?:in|at|near|on|with|after|before)\s)"
    rf"|(?:(?:former|prominent|retired|senior|local|veteran|well-known|popular|police|army|"
    rf"journalist|writer|activist|politician|lawyer|judge|leader|commander|officer|mayor|"
    rf"governor|minister|councillor|councilor|businessman|priest|imam|pastor)\s++){{0,3}}"
    rf"(?P<name>(?-i:\p{{Lu}}\p{{Ll}}++(?:[\-’']\p{{Lu}}?\p{{Ll}}++)?)(?:\s++(?-i:\p{{Lu}}\p{{Ll}}++(?:[\-’']\p{{Lu}}?\p{{Ll}}++)?)){{1,3}})"
    rf"(?![\p{{L}}\p{{N}}'’\-]))"
)
_ACTIVE_ONE_WORDS: Final = FirstWords(ACTIVE_ONE, {v.split()[0].lower() for v in ONE_VERB_PHRASES})
_WINDOW: Final = 140
_PLACE_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:in|at|near|from|to|into|outside|inside|across)\s++\Z")
#: A quantifier before the subject that names nobody in particular: "any of its soldiers",
#: "none of the guards", "no soldier", "neither officer" tell no figure of one.
_NO_ONE_IN_PARTICULAR: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:any|none|no|neither|either|every|each)\s++"
    r"(?:of\s++(?:the|its|their|his|her|our|those|these)\s++)?\Z")
_FUNCTION_WORDS: Final = frozenset((*lex.STOP_WORDS, *lex.ADVERBS, *lex.AUXILIARIES)) - _PRONOUNS


class _Coverage:
    """Where a sentence's mentions already tell each outcome: overlap queries in log time
    (a sentence may hold thousands of mentions)."""

    def __init__(self, mentions: list[Mention]) -> None:
        by: dict[str, list[tuple[int, int]]] = {}
        for m in mentions:
            by.setdefault(m.outcome, []).append((m.start, m.end))
        self._starts: dict[str, list[int]] = {}
        self._reach: dict[str, list[int]] = {}       # the furthest end among the first i spans
        for outcome, spans in by.items():
            spans.sort()
            self._starts[outcome] = [a for a, _ in spans]
            self._reach[outcome] = list(itertools.accumulate((b for _, b in spans), max))

    def covers(self, outcome: str, start: int, end: int) -> bool:
        starts = self._starts.get(outcome)
        if not starts:
            return False
        i = bisect.bisect_right(starts, end) - 1
        return i >= 0 and self._reach[outcome][i] >= start


def single_mentions(text: str, s: int, e: int, found: list[Mention]) -> list[Mention]:
    """Figures of one in the sentence ``text[s:e]`` that ``found`` (the sentence's other
    mentions) does not already tell."""
    out: list[Mention] = []
    coverage = _Coverage(found)
    for m in _PREDICATE_WORDS.finditer(text, s, e):
        outcome = pat.passive_outcome(m["out"] or m["intr"])
        if outcome is None or coverage.covers(outcome, m.start(), m.end()):
            continue
        end = m.end()
        if m["out"] and pat.norm(m["out"]) in lex.NEEDS_COMBATANT:
            continue  # "the centre was destroyed": one combatant is never told so
        if m["out"] and pat.norm(m["out"]) == "being treated" \
                and not pat.treated_for_care(text, m.start(), end, e):
            continue  # "the way he was being treated by his party"
        if m["out"] and pat.norm(m["out"]) == "shot":
            if pat.SHOT_NOT_HIT.match(text, end, e):
                continue
            second = pat.SECOND.match(text, end, e)
            if second and pat.passive_outcome(second["out"]) == "killed":
                outcome, end = "killed", second.end()   # "was shot and later died"
                if coverage.covers(outcome, m.start(), end):
                    continue
        subj = SUBJECT.search(text, max(s, m.start() - _WINDOW), m.start())
        if subj is None:
            continue
        word = subj["word"]
        low = word.lower()
        group: tuple[int, int] | None = None
        if low in _FUNCTION_WORDS:
            continue
        if low in _PRONOUNS:
            pass
        elif _PERSON.fullmatch(word) and low not in lex.NON_PERSONS:
            if low not in _SINGULAR and (low.endswith("s") or low in _PLURAL_PERSONS) \
                    and not _ONE_BEFORE.search(text, max(s, subj.start("word") - 30), subj.start("word")):
                continue                      # "the children died", not "a levies personnel was"
            group = (subj.start("mods") if subj["mods"] else subj.start("word"), subj.end("word"))
        elif (word[:1].isupper() or joined_particle_name(word)) and low not in _NOT_NAMES \
                and low not in lex.STOP_WORDS \
                and low not in lex.NON_PERSONS and outcome not in ("captured", "missing"):
            pass                                      # a name: "Lucien Rufyiri was killed"
        else:
            continue
        start = subj.start("mods") if subj["mods"] else subj.start("word")
        if _NO_ONE_IN_PARTICULAR.search(text, max(s, start - 24), start):
            continue                          # "denied that any of its soldiers had been killed"
        if group is None and low not in _PRONOUNS and _PLACE_BEFORE.search(text, max(s, start - 12), start):
            continue                          # "in Manbij died": a place, not a name
        g = text[group[0]:group[1]] if group else None
        outcomes = [outcome]
        second = pat.SECOND.match(text, end, e) if m["out"] else None
        other = pat.passive_outcome(second["out"]) if second else None
        if second and other and other not in outcomes and {outcome, other} != {"killed", "wounded"}:
            outcomes.append(other)                # "was kidnapped and murdered"
            end = second.end()
        for o in outcomes:
            out.append(Mention(o, Count(1, 1, 1, "exact", text[start:subj.end("word")]), start,
                               end, g, group, low if group else None))
    return out + _active_ones(text, s, e, [*found, *out])


def _active_ones(text: str, s: int, e: int, found: list[Mention]) -> list[Mention]:
    """Figures of one as the object of an active verb ("assassinated the mayor")."""
    out: list[Mention] = []
    sides = None
    coverage = _Coverage(found)
    for m in _ACTIVE_ONE_WORDS.finditer(text, s, e):
        outcome = pat.active_outcome(m["verb"])
        if outcome is None or coverage.covers(outcome, m.start(), m.end()):
            continue
        if m["pron"]:
            out.append(Mention(outcome, Count(1, 1, 1, "exact", m["pron"]), m.start(), m.end()))
        elif m["name"]:
            if sides is None:
                from ._casualty import side_index
                sides = side_index()
            if sides.find(text, *m.span("name")):
                continue                      # "killed Afghan Police": a party, not a person
            out.append(Mention(outcome, Count(1, 1, 1, "exact", m["name"]), m.start(), m.end()))
        else:
            g0 = m.start("mods") if m["mods"] else m.start("head")
            out.append(Mention(outcome, Count(1, 1, 1, "exact", text[g0:m.end("head")]), m.start(),
                               m.end(), text[g0:m.end("head")], (g0, m.end("head")), m["head"].lower()))
    return out
