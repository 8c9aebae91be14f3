"""Find displacement figures: "forced 20,000 people to flee", "5,000 families were displaced".

One trigger pattern (:data:`TRIGGER`) finds the sentences worth reading. In each, every
figure :func:`claimkit.text.find_numbers` reads is kept when a counted unit follows it
("people", "families") and either a displacing verb stands before it or a displacement
predicate follows the unit (the tables are in :mod:`._lexicon`). Every pattern is tried at
one position over a bounded window, so the work is linear in the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from claimkit import Claim, ContractError, Count, Document, Span, attribution_for
from claimkit.text import NumberMention, Trigger, find_numbers, sentence_at

from . import _lexicon as L


def _words(words: Iterable[str]) -> str:
    """An alternation of phrases, longest first, spaces matching any short run of spaces."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(set(words), key=len,
                                                                               reverse=True))


_F = regex.IGNORECASE | regex.VERSION1
_NAME = r"\p{Lu}[\p{L}'’-]{0,40}(?:\s\p{Lu}[\p{L}'’-]{0,40}){0,2}"

# Simple case folding (VERSION0), as the pre-filter below folds case.
TRIGGER = regex.compile(
    r"\b(?:displac\w{0,5}|uproot\w{0,4}|fle[de]\w{0,4}|forc\w{1,4}|drove|driv\w{1,4}|sen[dt]\w{0,4}|"
    r"caus\w{1,4}|prompt\w{0,4}|compelled|evacuat\w{1,4}|homeless|shelter\w{0,4}|refuge|camps|tents)\b",
    regex.IGNORECASE)
"""Words without which a sentence holds no displacement figure."""
# The same, tried only where a cheap pre-filter finds one of its words (claimkit.text.Trigger).
_TRIGGER = Trigger(TRIGGER, words=["displac", "uproot", "fled", "flee", "forc", "drove", "driv", "send",
                                   "sent", "caus", "prompt", "compelled", "evacuat", "homeless",
                                   "shelter", "refuge", "camps", "tents"])

UNIT_AFTER = regex.compile(
    rf"\s{{1,3}}(?:of\s{{1,3}})?(?P<mods>(?:[\p{{L}}'’-]{{1,30}}\s{{1,3}}){{0,2}}?)(?P<unit>{_words(L.UNITS)})\b",
    _F)
VERB_BEFORE = regex.compile(
    rf"\b(?P<verb>{_words((*L.DISPLACING_VERBS, *L.FORCING_VERBS))})\s{{1,3}}"
    r"(?:(?:an?|some|the)\s{1,3})?\Z", _F)
FORCING_TAIL = regex.compile(rf"\s{{1,3}}(?:{_words(L.FORCING_TAILS)})\b", _F)
PREDICATE_AFTER = regex.compile(
    rf",?(?:\s{{1,3}}(?:{_words(L.AUXILIARIES)})\b){{0,6}}\s{{1,3}}(?P<pred>{_words(L.PREDICATES)})\b", _F)
_THE_TOWN_OF = rf"(?:the\s{{1,3}}(?:{_words(L.PLACE_KINDS)})\s{{1,3}}of\s{{1,3}})?"
PLACE_NEXT = regex.compile(rf"\s{{1,3}}{_THE_TOWN_OF}(?P<place>{_NAME})", regex.VERSION1)
PLACE_AFTER_PREPOSITION = regex.compile(
    rf"\b(?:{_words(L.PLACE_PREPOSITIONS)})\s{{1,3}}{_THE_TOWN_OF}(?P<place>{_NAME})", regex.VERSION1)
CLAUSE_END = regex.compile(r"[,;:(—–]|\b(?:said|says|told|according|reported)\b", _F)

PLACE_REACH = 100  # characters read after the predicate for the place
NUMBER_REACH = 70  # characters between a figure's end and its unit's end
VERB_REACH = 40  # characters before a figure where its verb may stand
_MOTION = frozenset({"fled", "flee", "fleeing", "to flee", "to leave", "to abandon", "to evacuate"})
_NOT_PLACES = frozenset(L.NOT_PLACES)
_FORCING = frozenset(L.FORCING_VERBS)


def _count(mention: NumberMention) -> Count | None:
    try:
        count = Count(mention.best, mention.low, mention.high, mention.qualifier, mention.text)
    except ContractError:
        return None
    return count if count.best else None


def _place(text: str, pos: int, limit: int, motion: bool) -> tuple[str, int] | None:
    """The place people left, named after ``pos`` in the same clause, and where it ends."""
    clause = CLAUSE_END.search(text, pos, min(limit, pos + PLACE_REACH))
    end = clause.start() if clause else min(limit, pos + PLACE_REACH)
    found = PLACE_NEXT.match(text, pos, end) if motion else None
    if found is None:
        found = PLACE_AFTER_PREPOSITION.search(text, pos, end)
    while found is not None:
        name = found.group("place")
        words = name.split()
        while words and words[0] in _NOT_PLACES:
            words.pop(0)
        if words:
            return " ".join(words), found.end()
        found = PLACE_AFTER_PREPOSITION.search(text, found.end(), end)
    return None


def _claim_at(doc: Document, mention: NumberMention, lo: int, hi: int) -> Claim | None:
    """The displacement claim whose figure is ``mention`` (in the sentence [lo, hi)), or None."""
    text = doc.text
    count = _count(mention)
    if count is None:
        return None
    unit = UNIT_AFTER.match(text, mention.end, min(hi, mention.end + NUMBER_REACH))
    if unit is None:
        return None
    start, end, motion = mention.start, unit.end(), False
    verb = VERB_BEFORE.search(text, max(lo, mention.start - VERB_REACH), mention.start)
    if verb is not None:
        tail = FORCING_TAIL.match(text, unit.end(), hi) if verb.group("verb").lower() in _FORCING else None
        if verb.group("verb").lower() not in _FORCING or tail is not None:
            start = verb.start()
            if tail is not None:
                end = tail.end()
                motion = " ".join(tail.group().split()).lower() in _MOTION
        else:
            verb = None
    if verb is None:
        pred = PREDICATE_AFTER.match(text, unit.end(), min(hi, unit.end() + NUMBER_REACH + 40))
        if pred is not None:
            end = pred.end()
            motion = " ".join(pred.group("pred").split()).lower() in _MOTION
        elif "displaced" not in unit.group("mods").lower().split():
            return None
    place = _place(text, end, hi, motion)
    if place is not None:
        end = place[1]
    span = Span(start, end)
    data: dict[str, Any] = {"count": count, "unit": L.UNITS[unit.group("unit").lower()],
                            "place": place[0] if place else None}
    return Claim(kind="displacement", span=span, data=data, mentions=(span,),
                 attribution=attribution_for(doc, span), extractor="displacement")


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """Each sentence holding a trigger word, once."""
    last_end = -1
    for trigger in _TRIGGER.finditer(text):
        if trigger.start() < last_end:
            continue
        lo, hi = sentence_at(text, trigger.start())
        last_end = hi
        yield lo, hi


def find_claims(doc: Document) -> list[Claim]:
    """Every displacement claim in ``doc``, each figure once (repeats become ``mentions``)."""
    claims = []
    for lo, hi in _sentences(doc.text):
        for mention in find_numbers(doc.text, lo, hi):
            claim = _claim_at(doc, mention, lo, hi)
            if claim is not None:
                claims.append(claim)
    return _merge(claims)


def _merge(claims: list[Claim]) -> list[Claim]:
    """One claim per figure: the same count and unit told again (headline and body), with the
    same place or one unnamed, becomes one claim with every mention. A figure joins the first
    group whose place is unnamed or its own (one with no place joins the first group); the
    groups are found through an index, not a scan, so the merge is linear in the claims."""
    groups: list[list[Claim]] = []
    buckets: dict[tuple[Any, ...], _Bucket] = {}
    for claim in claims:
        d = claim.data
        bucket = buckets.setdefault((d["count"].best, d["count"].qualifier, d["unit"]), _Bucket())
        index = bucket.find(d["place"])
        if index is None:
            bucket.open(len(groups), d["place"])
            groups.append([claim])
        else:
            groups[index].append(claim)
    return [_combine(group) for group in groups]


class _Bucket:
    """The groups of one (count, qualifier, unit): the first one, the first with each place
    (a group's place is its first claim's), and those without a place."""

    def __init__(self) -> None:
        self.first: int | None = None
        self.with_place: dict[str, int] = {}
        self.unnamed: int | None = None  # the first group without a place

    def find(self, place: str | None) -> int | None:
        if place is None or self.first is None:
            return self.first
        found = [i for i in (self.unnamed, self.with_place.get(place)) if i is not None]
        return min(found) if found else None

    def open(self, index: int, place: str | None) -> None:
        if self.first is None:
            self.first = index
        if place is None:
            self.unnamed = index if self.unnamed is None else self.unnamed
        else:
            self.with_place.setdefault(place, index)


def _combine(group: list[Claim]) -> Claim:
    """The first telling of a figure, with every telling's span, the first place and speaker."""
    first = group[0]
    if len(group) == 1:
        return first
    place = next((c.data["place"] for c in group if c.data["place"] is not None), None)
    attribution = next((c.attribution for c in group if c.attribution is not None), None)
    return attrs.evolve(first, mentions=tuple(c.span for c in group), attribution=attribution,
                        data={**first.data, "place": place})
