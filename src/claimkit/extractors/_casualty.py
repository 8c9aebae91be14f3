"""The built-in ``casualty`` stage: numeric casualty claims, one per fact.

Finds the sentences worth reading with one trigger pattern, reads each figure there
(``_casualty_find``: its group in ``_casualty_group``, its outcome in ``_casualty_outcome``),
gives it a side (the speaker's in ``_casualty_speaker_side``, one its clause names in
``_casualty_clause_side``, an unmarked group's in ``_casualty_unmarked``, a part's in
``_casualty_part_side``; the report's parties in ``_casualty_home``) and the attribution it
comes from (``_attach.attribution_for``), and merges repeated tellings of the same fact (the
headline, the lead, the body; when two tell one fact: ``_casualty_facts``) into one claim whose
``mentions`` list every place it is told.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any, Final

import attrs
import regex

from claimkit._document import Document
from claimkit._groups import CIVILIANS
from claimkit._model import Attribution, Claim, Count, Span
from claimkit._pipeline import stage
from claimkit._plugins import side_vocabulary
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import NumberMention, find_numbers, sentence_spans
from claimkit.text._scan import padded_lowercase

from . import _casualty_lexicon as lex
from . import _casualty_patterns as pat
from ._attach import attribution_for, overlapping_attribution
from ._casualty_again import gives_again, told_again
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
from ._casualty_facts import MAX_FACTS_PER_FIGURE, Fact, Told, attribution_of, informative, lend_voices
from ._casualty_find import EARLIER_VALUE, sentence_mentions
from ._casualty_gate import may_tell_outcome
from ._casualty_home import Home
from ._casualty_part_side import parts_take_their_side
from ._casualty_people import (
    ACTIVE_START,
    CIVILIAN_HEADS,
    GENERIC_PEOPLE,
    OWN_FORCE_HEADS,
    PEACEKEEPERS,
    PRISONER_HEADS,
)
from ._casualty_prune import no_figures_dropped
from ._casualty_single import single_mentions
from ._casualty_speaker_side import Groups, claimant_side
from ._casualty_types import Mention
from ._casualty_unmarked import nationals_side, unmarked_side
from ._document_sides import document_sides
from ._missions import peacekeeping_mission
from ._phrases import group_named_before, in_title
from ._sides import SideIndex
from ._source import in_boilerplate
from ._unquoted import FIGURE_START, opening_marks, quoted_phrase, unquoted
from ._voices import same_voice

_index_cache: dict[int, tuple[dict[str, str], SideIndex]] = {}


def side_index() -> SideIndex:
    """The matcher for the current side vocabulary (rebuilt when plugins change it)."""
    vocab = side_vocabulary()
    cached = _index_cache.get(id(vocab))
    if cached is None or cached[0] is not vocab or len(cached[1].vocabulary) != len(vocab):
        _index_cache.clear()
        cached = (vocab, SideIndex(vocab))
        _index_cache[id(vocab)] = cached
    return cached[1]


def candidate_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The sentences holding a trigger word, each once, in order."""
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    last = -1
    padded = padded_lowercase(text)
    for m in pat.TRIGGER.finditer(text):
        before = padded[m.start()]  # the character before the stem
        if before.isalnum() or before == "_":
            continue  # not at a word boundary ("5killed")
        i = bisect.bisect_right(starts, m.start()) - 1
        if i > last:
            last = i
            yield spans[i]
            if i + 1 < len(spans) and gives_again(text, *spans[i + 1]):
                last = i + 1  # ("The council put the figure at five": no trigger word of its own)
                yield spans[i + 1]


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
    if '"' not in text and "“" not in text and "'" not in text and "‘" not in text:
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
# Another count of a toll told before, right before the figure: "gave a lower toll of | three".
_OTHER_TOLL_BEFORE: Final = regex.compile(
    r"(?i)\b(?:lower|higher|different|smaller|larger|revised|conflicting|more\s+conservative)\s+"
    r"(?:death\s+)?(?:toll|figure|count|estimate|number)\s+(?:of|at)\s+(?:(?:at\s+least|about|some)\s+)?\Z")
# A group that is people of a figure told before: "two of the injured", "one of the dead".
_TOLD_BEFORE_HEADS: Final = {"injured": "wounded", "wounded": "wounded", "dead": "killed"}


def _same_force(text: str, before: Mention, m: Mention) -> bool:
    """Whether ``m`` is a bare head of a force's people ("five soldiers") that repeats the noun
    of the figure before it, which names whose they are ("One Cambodian soldier")."""
    if m.head not in OWN_FORCE_HEADS or m.group_span is None or before.head is None \
            or before.group_span is None or text[m.group_span[0]:m.group_span[1]].lower() != m.head:
        return False
    named = before.group_span[1] - before.group_span[0] > len(before.head)  # ("Cambodian soldier")
    return named and before.head.rstrip("s") == m.head.rstrip("s")


# (also a party the group is told or suspected to serve: "fighters believed to belong to the
# ELN", "gunmen suspected of belonging to ...", "militiamen loyal to ...", "linked to")
_FROM_PARTY: Final = regex.compile(
    r"\s++(?:from|of|(?:(?:believed|thought|said|suspected)\s++(?:to\s++belong|of\s++belonging)\s++to)|"
    r"belonging\s++to|loyal\s++to|linked\s++to|affiliated\s++(?:with|to))\s++(?:the\s++)?")


def _read(doc: Document, sentences: list[tuple[int, int]], sides: SideIndex, home: Home) -> list[Told]:
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


def _as_told(count: Count) -> Count:
    """A claim's count: a vague amount ("dozens") has no best estimate, only its conventional
    floor as ``low`` (12 for "dozens"; see the number reader), which the tally counts when
    nothing else is told."""
    return attrs.evolve(count, best=None) if count.qualifier == "vague" else count


def _claims(doc: Document, told: list[Told], sides: SideIndex, home: Home) -> list[Claim]:
    """One claim per fact: mentions of the same (outcome, figure, side) by the same claimant
    (or with no claimant) in different sentences merge."""
    facts: list[Fact] = []
    where: list[int] = []                      # told index -> fact index
    buckets: dict[tuple[str, int | None, bool], list[int]] = {}
    for t in told:
        # (a vague amount is never an exact figure: "dozens", whose floor is 12, is no "12")
        count = t.mention.count
        bucket = buckets.setdefault((t.mention.outcome, count.best, count.qualifier == "vague"), [])
        for k in bucket[-MAX_FACTS_PER_FIGURE:]:
            if facts[k].accepts(t):
                facts[k].add(t)
                where.append(k)
                break
        else:
            where.append(len(facts))
            bucket.append(len(facts))
            facts.append(Fact.of(t))
    taken = {c.id for c in doc.claims}
    ids: list[str] = []
    n = len(doc.claims_of("casualty"))
    for _ in facts:
        n += 1
        while f"casualty-{n}" in taken:
            n += 1
        ids.append(f"casualty-{n}")
    # Parents are indexed within a sentence's mention list; map them to told indices.
    first_of_sentence: dict[int, int] = {}
    for i, t in enumerate(told):
        first_of_sentence.setdefault(t.sentence, i)
    claims: list[Claim] = []
    index_of = {id(t): i for i, t in enumerate(told)}
    for k, one in enumerate(facts):
        fact = one.told
        main = max(fact, key=informative)
        m = main.mention
        attribution = attribution_of(fact)
        i = index_of[id(main)]
        # the figure before, past its parts ("killed 76 fighters, including three commanders,
        # and wounded 18 others": others of the 76)
        j = i - 1
        while j > 0 and told[j].mention.parent is not None and told[j].sentence == main.sentence:
            j -= 1
        before = told[j].mention if i else None
        side = nationals_side(doc.text, m, main.side) if main.side is not None else None
        if side is None and m.head in ("others", "more", None) and not m.total and before is not None \
                and before.end <= m.start and before.parent is None and where[j] < k \
                and main.sentence in facts[where[j]].sentences \
                and (not _other_voice(told[j], main)  # (not "..., while Armenia put its toll at")
                     or EARLIER_VALUE.search(doc.text, max(0, m.start - 16), m.start) is not None):
            # "killed seven fighters and wounded nine others", "... and 23 wounded": others of
            # the figure before, or the same people (whoever gave the figure it was revised
            # from: "31 fighters were killed, up from the 23 the group announced"), before any
            # default for a bare figure (not of a part: "ten people, including four Americans,
            # and twenty others"; nor a list's total, on the side its items share: "took 149
            # hostages and killed a journalist and a police officer")
            side = claims[where[j]].data["side"]
        if side is None and m.head in PRISONER_HEADS and before is not None and where[j] < k \
                and before.end <= m.start and ACTIVE_START.match(doc.text, before.start) is not None \
                and _AND_THEN_VERB.fullmatch(doc.text, before.end, m.start) is not None:
            # "killed 45 RSF fighters there and taken 6 prisoners": of the party whose people
            # the same subject killed
            side = claims[where[j]].data["side"]
        if side is None and m.head and m.group_span is not None \
                and _THE_BEFORE.search(doc.text, max(0, m.group_span[0] - 5), m.group_span[0]):
            side = _side_told_before(told, i, where, claims, m.head, _SENTENCES_BACK)
        if side is None and m.head in ("others", "more") and (i == 0 or told[i - 1].sentence < main.sentence):
            # "Eight soldiers were killed ... He said four others were injured", "Five more were
            # captured": others of the people counted in the sentence before, when all of them
            # are of one side
            side = _one_side_before(told, i, where, claims)
        if side is None and m.group_span is None \
                and _OTHER_TOLL_BEFORE.search(doc.text, max(0, m.start - 48), m.start) is not None:
            # "gave a lower toll of three dead": another count of the people a toll told before
            side = next((c.data["side"] for c in reversed(claims)
                         if c.data["outcome"] == m.outcome and c.data["side"]), None)
        if side is None and m.head in _TOLD_BEFORE_HEADS:
            # "Two of the injured died": the people of the last such figure told before, else
            # of the first told after ("Two of the wounded later died ... At least 47 people
            # were wounded")
            outcome = _TOLD_BEFORE_HEADS[m.head]
            side = next((c.data["side"] for c in reversed(claims)
                         if c.data["outcome"] == outcome and c.data["side"]), None)
            if side is None and (later := next(
                    (t for t in told[i + 1:] if t.mention.outcome == outcome and t.mention.parent is None
                     and t.mention.head not in _TOLD_BEFORE_HEADS), None)) is not None:
                side = later.side or unmarked_side(doc.text, later.mention, later.attribution, sides, home)
        if side is None and before is not None and told[j].sentence == main.sentence \
                and where[j] < k and _same_force(doc.text, before, m):
            # "One Cambodian soldier was killed and five soldiers were injured": the same
            # force's, named once
            side = claims[where[j]].data["side"]
        if side is None and before is not None and where[j] < k and m.group_span is not None \
                and before.group_span == m.group_span:
            # "Militants killed: more than 60 (army); five (the group)": figures of one fact
            # box's line share the people its label names
            side = claims[where[j]].data["side"]
        if side is None:
            side = unmarked_side(doc.text, m, attribution, sides, home)
        if side is None and len(fact) > 1:
            # another mention's words, with its own speaker: the title's "27 gang members
            # killed" names no party its lede's government does not, but the communiqué's
            # "27 bandits were neutralised" are the gang's (a party only: a mention that
            # names no one is no one's civilian)
            side = next((found for t in fact if t is not main and (found := unmarked_side(
                doc.text, t.mention, t.attribution, sides, home)) not in (None, CIVILIANS)), None)
        if side is not None:
            side = home.branch_of(side)  # ("Islamic State" in a report about its Sahel province)
        data: dict[str, Any] = {
            "outcome": m.outcome, "count": _as_told(m.count),
            "group": next((t.mention.group for t in fact if t.side == main.side and t.mention.group),
                          m.group),
            "side": side,
        }
        if all(t.mention.total for t in fact):
            data["total"] = True                # the sum of a list, told item by item
        if all(t.background for t in fact):
            data["background"] = True           # an earlier event: "a day after 16 were killed"
        if any(t.mention.superseded for t in fact):
            data["superseded"] = True           # revised since: "down to 31 from an initial 38"
        for t in fact:
            if t.mention.parent is not None:
                parent = where[first_of_sentence[t.sentence] + t.mention.parent]
                if parent != k:
                    data["part_of"] = ids[parent]
                    break
        mentions = sorted({Span(t.mention.start, t.mention.end) for t in fact})
        claims.append(Claim(kind="casualty", span=Span(m.start, m.end), data=data,
                            mentions=tuple(mentions), attribution=attribution,
                            extractor="casualty", id=ids[k]))
    return parts_take_their_side(claims)


def _other_voice(a: Told, b: Told) -> bool:
    """Whether two mentions are told by two voices that both name someone, and not the same."""
    return bool(a.voice) and bool(b.voice) and not same_voice(a.voice, b.voice)


def _one_side_before(told: list[Told], i: int, where: list[int], claims: list[Claim]) -> str | None:
    """The side every figure of the sentence before ``told[i]``'s shares, or None (none there,
    or several sides: "Three security forces and one civilian were killed"). Parts count with
    their whole ("76 fighters, including three commanders, ...")."""
    sides = {claims[where[j]].data["side"] for j in range(i - 1, -1, -1)
             if told[j].sentence == told[i].sentence - 1 and where[j] < len(claims)
             and told[j].mention.parent is None}
    return str(next(iter(sides))) if len(sides) == 1 and None not in sides else None


# Between two verbs of one subject: "killed 45 fighters | there and | took 6 prisoners".
_AND_THEN_VERB: Final = regex.compile(r"(?i)(?:\s++[\p{L}]++)?,?\s++and\s++(?:also\s++)?")
# "the" right before a group: people told of before ("one of | the | fighters")
_THE_BEFORE: Final = regex.compile(r"(?i)(?<![\p{L}])the\s++\Z")
_SENTENCES_BACK: Final = 2


def _side_told_before(told: list[Told], i: int, where: list[int], claims: list[Claim],
                      head: str | None, back: int) -> str | None:
    """The side of the people told just before: "wounding three fighters, the PMF said ... one
    of the fighters had died" (the nearest earlier figure, at most ``back`` sentences back,
    with the same ``head`` unless it is None, whose side is known)."""
    for j in range(i - 1, -1, -1):
        if told[i].sentence - told[j].sentence > back:
            break
        if (head is None or told[j].mention.head == head) and where[j] < len(claims) \
                and (side := claims[where[j]].data["side"]) is not None:
            return str(side)
    return None


@stage("casualty", provides="claims:casualty", after="attribution")
def casualty_stage(doc: Document) -> Document:
    """Add a casualty claim per fact told in ``doc`` (killed, wounded, captured, missing,
    kidnapped, arrested), each with its figure, group, side and attribution."""
    sentences = list(candidate_sentences(doc.text))
    if not sentences:
        return doc
    sides = document_sides(doc.text, side_index())  # ("the Arakan Army (AA)", then "AA fighters")
    # the report's parties (those of the vocabulary: a group a report defines for itself
    # tells of its own figures only), read only when a figure needs them
    home = Home(doc.text, side_index(), doc.attributions)
    told = lend_voices(_read(doc, sentences, sides, home))
    if not told:
        return doc
    sources = [a.source.span for a in doc.attributions if a.source is not None]
    return doc.add_claims(no_figures_dropped(doc.text, _claims(doc, told, sides, home), sources))


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(casualty_stage)
