"""Find materiel claims in a text: "destroyed 12 tanks", "six tanks were destroyed".

The trigger is one pattern of loss verbs (:data:`_patterns.VERB`). From each verb we read
forwards for an active object list ("shot down 30 drones and two helicopters") and backwards
for a passive subject list ("12 tanks and five helicopters were destroyed"). Every window is
bounded, so the work is linear in the text.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from typing import Any

import attrs
import regex

import claimkit
from claimkit import Claim, Count, Document, Span
from claimkit.text import NumberMention, find_numbers

from . import _patterns as P
from ._lexicon import BASE_FORMS, CIVILIAN_WORDS, DAMAGE_ACTIONS, DAMAGE_ONLY, NOUN_FORMS

WINDOW = 200  # characters read on either side of a verb
NUMBER_REACH = 80  # the longest number phrase we expect ("more than two hundred and fifty")
PHRASE_REACH = 160  # a number, up to three modifiers and the equipment
_OTHERS_REACH = 60  # how far back the equipment "12 others" counts more of may be told
_TAKE_REACH = 120  # how far after "took" an arms word must stand for its list to be read


@attrs.frozen
class Item:
    """One "<count> <modifiers> <equipment>" phrase."""

    start: int
    end: int
    count: Count | None  # None: arms taken with no figure ("seized weapons")
    object: str


def _count(mention: NumberMention) -> Count | None:
    """A Count from a number mention, or None when it is not a usable figure."""
    try:
        count = Count(mention.best, mention.low, mention.high, mention.qualifier, mention.text)
    except (claimkit.ContractError, TypeError):
        return None
    return None if count.best == 0 else count


def _standalone(text: str, mention: NumberMention) -> bool:
    """False for digits inside a model name ("Su-25", "T-72", "F16"): not a count."""
    return mention.start == 0 or not (text[mention.start - 1].isalnum() or text[mention.start - 1] in "-/")


def _one(text: str) -> Count:
    """The count of "a tank": one, read exactly as the number reader reads "one"."""
    (one,) = find_numbers("one")
    return Count(one.best, one.low, one.high, one.qualifier, text)


def _object(match: regex.Match[str]) -> str:
    return P.OBJECT_GROUPS[next(g for g in P.OBJECT_GROUPS if match.group(g) is not None)]


def _item_at(text: str, pos: int, limit: int, opens_list: bool = False) -> tuple[Item | None, int] | None:
    """The item starting at ``pos`` (after optional filler) and where it ends; the item that
    ``opens_list`` may count the equipment told before ("shot down one of them").

    Returns (item, end) for an equipment item, (None, end) for another counted thing
    ("12 houses") that a list may go on after, or None when no counted phrase starts here.
    """
    space = P.SPACE.match(text, pos, limit)
    first = space.end() if space else pos
    filler = P.FILLER.match(text, first, limit)
    start = filler.end() if filler else first
    # The number reader may take a filler word as its qualifier ("an estimated 12"), so the
    # mention may start anywhere from the first word to the end of the filler.
    mention = next((m for m in find_numbers(text, first, min(limit, start + NUMBER_REACH))
                    if first <= m.start <= start < m.end and _standalone(text, m)), None)
    if mention is not None:
        start = mention.start
        count, after = _count(mention), mention.end
        if (again := P.DIGITS_AGAIN.match(text, after, limit)) is not None:
            after = again.end()  # "forty (40) motorcycles": the figure in digits again
    else:
        article = P.ARTICLE.match(text, start, limit)
        if article is None:
            return None
        count, after = _one(article.group()), article.end()
    tail = P.ITEM_TAIL.match(text, after, limit)
    if tail is None and opens_list and mention is not None and count is not None \
            and (them := P.OF_THEM.match(text, after, limit)) is not None \
            and (told := P.EQUIPMENT_BEFORE.search(text, max(0, start - WINDOW), start)) is not None \
            and P.PEOPLE_BEFORE.search(text, told.end(), pos) is None:
        # "two drones approached the field and air defences shot down one of them": the
        # equipment told before (not an item further on: "five drones, two of them long-range";
        # nor people told after it: "in gun trucks ... engaged the terrorists, neutralising 47
        # of them")
        return Item(start, them.end(), count, _object(told)), them.end()
    if tail is None and opens_list and mention is not None and count is not None \
            and (others := P.OTHERS.match(text, after, limit)) is not None \
            and (told := P.EQUIPMENT_BEFORE.search(text, max(0, start - _OTHERS_REACH), start)) is not None \
            and P.SENTENCE_END.search(text, told.end(), start) is None:
        # "destroyed 34 combat vehicles and seized 12 others": others of the equipment told
        # just before, in the same sentence
        return Item(start, others.end(), count, _object(told)), others.end()
    if tail is not None and (again := P.ITEM_AGAIN.match(text, tail.end(), limit)) is not None:
        tail = again  # "four AK-47 assault rifles": the item ends at the last name of its equipment
    if tail is not None:
        obj = _object(tail)
        if count is None or _civilian(text, after, tail.start("equip"), obj):
            return None, tail.end()  # (a list may go on after it)
        return Item(start, tail.end(), count, obj), tail.end()
    other = P.OTHER_ITEM.match(text, after, limit)
    return (None, other.end()) if other and mention is not None else None


def _item_ending_at(text: str, lo: int, end: int) -> Item | None:
    """The item whose equipment ends at ``end`` (the passive subject), or None."""
    equip = P.EQUIPMENT_END.match(text, lo, end)
    if equip is None:
        return None
    e_start = equip.start()
    # (not a calibre glued to its unit, a modifier: "2 | 60mm mortars")
    mentions = [m for m in find_numbers(text, max(lo, e_start - PHRASE_REACH), e_start)
                if m.end <= e_start and _standalone(text, m) and not text[m.end:m.end + 1].isalpha()]
    if mentions:
        last = mentions[-1]
        gap_start = last.end
        again = P.DIGITS_AGAIN.match(text, mentions[-2].end, e_start) if len(mentions) > 1 else None
        if again is not None and again.end() == last.end + 1:
            # "some forty (40) motorcycles": the words' figure, told again in digits
            last, gap_start = mentions[-2], again.end()
        gap = P.GAP_BEFORE.fullmatch(text, gap_start, e_start)
        if gap is not None and _civilian(text, last.end, e_start, _object(equip)):
            return None
        if gap is not None:
            count = _count(last)
            return Item(last.start, end, count, _object(equip)) if count else None
    article = P.ARTICLE_BEFORE.match(text, lo, e_start)
    word = P.ARTICLE.match(text, article.start(), e_start) if article else None
    return Item(word.start(), end, _one(word.group()), _object(equip)) if word else None


def _civilian(text: str, start: int, end: int, obj: str) -> bool:
    """Whether the words before vehicles of no kind named make them a civilian's ("three
    private vehicles", "two ambulance vehicles"): no side's equipment."""
    return obj == "vehicles" and any(w.lower() in CIVILIAN_WORDS for w in text[start:end].split())


def _actor_before(text: str, verb_start: int) -> tuple[str, int] | None:
    """The actor written just before an active verb ("Ukrainian forces"), and where it starts."""
    lo = max(0, verb_start - WINDOW // 2)
    boundary = P.CLAUSE_BOUNDARY_BEFORE.search(text, lo, verb_start)  # the last one
    clause_start = boundary.end() if boundary else lo
    words = list(P.WORD.finditer(text, clause_start, verb_start))
    while words and words[-1].group().lower() in P.AUXILIARY_WORDS:
        words.pop()
    if words and words[-1].group().lower() in P.PRONOUNS:
        return words[-1].group(), words[-1].start()  # "it destroyed": resolved later
    kept: list[regex.Match[str]] = []
    for word in reversed(words):
        if word.group().lower() in P.STOP or len(kept) == 5:
            break
        kept.append(word)
    if not kept:
        return None
    kept.reverse()
    return text[kept[0].start():kept[-1].end()], kept[0].start()


def _actor_after(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The agent of a passive verb ("... destroyed by Ukrainian forces") and where it ends."""
    by = P.BY_ACTOR.match(text, pos, limit)
    if by is None:
        return None
    actor = by.group("actor")
    if actor.lower().startswith("the "):
        actor = actor[4:]
    return actor, by.end()


def _resolve(actor: str | None, doc: Document, span: Span) -> str | None:
    """A pronoun actor ("it", "we") stands for the speaker of the statement, when known."""
    if actor is None or actor.lower() not in P.PRONOUNS:
        return actor
    att = claimkit.attribution_for(doc, span)
    return att.source.label if att is not None and att.source is not None else None


# How many uncounted things may open an object list before its counted equipment.
_UNCOUNTED_ITEMS = 2


def _active(text: str, verb: regex.Match[str], taken: bool) -> Iterator[Item]:
    """Items of the object list after an active verb: "destroyed 12 tanks and two drones";
    with ``taken`` (a verb of capture), arms with no figure too ("seized weapons")."""
    limit = min(len(text), verb.end() + WINDOW)
    # ("shot down or suppressed 117 drones": the objects after the second verb)
    joined = P.COORDINATED_VERB.match(text, verb.end(), limit)
    start = joined.end() if joined else verb.end()
    # ("seized the following material: ...", "were seized, including two howitzers, ...")
    following = P.FOLLOWING.match(text, start, limit) or P.INCLUDING.match(text, start, limit)
    yield from _list(text, following.end() if following else start, limit, taken, [])


def _list(text: str, first: int, limit: int, taken: bool, end: list[int]) -> Iterator[Item]:
    """The items of a list starting at ``first`` ("12 tanks, two drones and weapons"); where
    the list stops is appended to ``end``."""
    pos = first
    uncounted = 0
    while True:
        found = _item_at(text, pos, limit, opens_list=pos == first)
        if found is None and taken and (arms := P.UNCOUNTED_ARMS.match(text, pos, limit)) is not None:
            name = P.UNCOUNTED_GROUPS[next(g for g in P.UNCOUNTED_GROUPS if arms.group(g) is not None)]
            found = Item(arms.start("item"), arms.end(), None, name), arms.end()
        if found is None and uncounted < _UNCOUNTED_ITEMS \
                and (loose := P.UNCOUNTED_ITEM.match(text, pos, limit)) is not None:
            # "seized weapons and 12 military vehicles", "a quantity of weapons, ammunition
            # and three armoured vehicles": things with no count that the list goes on after
            uncounted += 1
            found = None, loose.end()
        if found is None:
            end.append(pos)
            return
        item, pos = found
        if item is not None:
            yield item
            if (state := P.ITEM_STATE.match(text, pos, limit) or P.GLOSS.match(text, pos, limit)) is not None:
                pos = state.end()  # "27 combat vehicles in good condition and ...", "(armed pickups)"
        sep = P.SEPARATOR.match(text, pos, limit)
        if item is not None and item.count is None:
            sep = P.INCLUDING.match(text, pos, limit) or sep
        if sep is None:
            end.append(pos)
            return
        pos = sep.end()


def _passive(text: str, verb: regex.Match[str], taken: bool) -> Iterator[Item]:
    """Items of the subject list before a passive verb: "12 tanks and a jet were destroyed"."""
    lo = max(0, verb.start() - WINDOW)
    head = P.PASSIVE_BEFORE.match(text, lo, verb.start())
    if head is None:
        yield from _passive_list(text, lo, verb, taken)
        return
    if head.group("be") is None and P.ACTIVE_OBJECT_AFTER.match(text, verb.end()):
        return  # "12 drones destroyed the depot": the participle is active
    end = head.end("equip")
    while True:
        item = _item_ending_at(text, lo, end)
        if item is None:
            return
        yield item
        sep = P.SEPARATOR_BEFORE.match(text, lo, item.start)
        if sep is None:
            return
        end = sep.start()


def _passive_list(text: str, lo: int, verb: regex.Match[str], taken: bool) -> Iterator[Item]:
    """A subject list whose last item is no equipment: "31 small arms, 4 drones and a large
    quantity of ammunition were seized". Read forwards from each number before the verb, it
    is the first list that runs right up to "were"."""
    be = P.BE_BEFORE.match(text, lo, verb.start())
    if be is None:
        return
    subject_end = be.start()
    for mention in find_numbers(text, lo, subject_end):
        end: list[int] = []
        items = list(_list(text, mention.start, subject_end, taken, end))
        if items and end and text[end[0]:subject_end].strip() == "":
            yield from reversed(items)  # (read backwards, as the caller expects)
            return


def find_claims(doc: Document) -> list[Claim]:
    """Every materiel claim in ``doc``, each fact once (repeats become ``mentions``)."""
    text = doc.text
    claims: list[Claim] = []
    for verb in P.VERB.finditer(text):
        word = verb.group().lower()
        if word in BASE_FORMS \
                and P.DONE_BEFORE_BASE.search(text, max(0, verb.start() - 200), verb.start()) is None:
            continue  # "to destroy", "did not destroy": an aim or a negation, no loss
        if word in P.TAKE_VERBS and P.ARMS_NEAR.search(text, verb.end(), verb.end() + _TAKE_REACH) is None:
            continue  # "took place", "taken to hospital": no arms near
        action = P.ACTION_GROUPS[next(g for g in P.ACTION_GROUPS if verb.group(g) is not None)]
        active = list(_active(text, verb, action == "captured"))
        if active:
            # (before a noun, the owner of what was lost, no actor: "Enemy losses amounted to")
            before = None if word.startswith(NOUN_FORMS) else _actor_before(text, verb.start())
            start = before[1] if before else verb.start()
            for item in active:
                if not _lost_by(action, item):
                    continue
                span = Span(start, item.end)
                claims.append(_claim(doc, span, action, item, before[0] if before else None))
            continue
        items = list(_passive(text, verb, action == "captured"))[::-1]  # read backwards: in text order
        if not items:
            continue
        after = _actor_after(text, verb.end(), min(len(text), verb.end() + WINDOW))
        end = after[1] if after else verb.end()
        for item in items:
            if not _lost_by(action, item):
                continue
            claims.append(_claim(doc, Span(item.start, end), action, item, after[0] if after else None))
    return _merge(claims)


def _lost_by(action: str, item: Item) -> bool:
    """Whether ``action`` tells ``item`` lost as materiel: a post only when destroyed or damaged
    (a post captured is ground taken, the territorial stage's)."""
    return action in DAMAGE_ACTIONS or item.object not in DAMAGE_ONLY


def _claim(doc: Document, span: Span, action: str, item: Item, actor: str | None) -> Claim:
    if actor is not None and actor.lower().startswith("the "):
        actor = actor[4:]
    data: dict[str, Any] = {"action": action, "count": item.count, "object": item.object,
                            "actor": _resolve(actor, doc, span), "equipment": doc.text[item.start:item.end]}
    return Claim(kind="materiel", span=span, data=data, mentions=(span,),
                 attribution=claimkit.attribution_for(doc, span), extractor="materiel")


class _Bucket:
    """The groups of one (action, figure, object), in the order they were opened. A group
    holds at most one named actor; a claim joins the first group whose actor is unnamed or
    its own (a claim with no actor joins the first group). Found through an index, not a
    scan, so a text repeating one figure thousands of times stays linear."""

    def __init__(self) -> None:
        self.groups: list[list[Claim]] = []
        self.actors: list[str | None] = []
        self.unnamed: list[int] = []  # a heap of the groups still without an actor
        self.first_with: dict[str, int] = {}

    def place(self, claim: Claim) -> list[Claim] | None:
        """Put ``claim`` in its group; return the group if it is a new one."""
        # (one actor however a headline capitalises it: "Rebels seized ..." and "the rebels")
        actor: str | None = claim.data["actor"].casefold() if claim.data["actor"] else None
        target: int | None = 0 if self.groups else None
        if actor is not None and self.groups:
            while self.unnamed and self.actors[self.unnamed[0]] is not None:
                heapq.heappop(self.unnamed)
            found = [i for i in (self.unnamed[0] if self.unnamed else None, self.first_with.get(actor))
                     if i is not None]
            target = min(found) if found else None
        if target is None:
            index = len(self.groups)
            self.groups.append([claim])
            self.actors.append(actor)
            if actor is None:
                heapq.heappush(self.unnamed, index)
            else:
                self.first_with.setdefault(actor, index)
            return self.groups[-1]
        self.groups[target].append(claim)
        if actor is not None and self.actors[target] is None:
            self.actors[target] = actor
            self.first_with[actor] = min(self.first_with.get(actor, target), target)
        return None


def _merge(claims: list[Claim]) -> list[Claim]:
    """One claim per fact: the same action, figure and object told twice (headline and body)
    with compatible actors (equal, or one unnamed) becomes one claim with both mentions."""
    buckets: dict[tuple[Any, ...], _Bucket] = {}
    order: list[list[Claim]] = []
    for claim in claims:
        d, count = claim.data, claim.data["count"]
        figure = (count.best, count.low, count.high) if count else (None, None, None)
        key = (d["action"], *figure, d["object"])
        new = buckets.setdefault(key, _Bucket()).place(claim)
        if new is not None:
            order.append(new)
    return [_combine(group) for group in order]


def _combine(group: list[Claim]) -> Claim:
    """The first telling of a fact, with every telling's span as a mention."""
    first = group[0]
    if len(group) == 1:
        return first
    actor = next((c.data["actor"] for c in group if c.data["actor"] is not None), None)
    attribution = next((c.attribution for c in group if c.attribution is not None), None)
    return attrs.evolve(first, data={**first.data, "actor": actor}, attribution=attribution,
                        mentions=tuple(c.span for c in group))
