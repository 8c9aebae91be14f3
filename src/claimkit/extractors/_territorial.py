"""The territorial stage: ground taken, held, lost, left or besieged.

One trigger pattern (the rows of :data:`._territorial_lexicon.VERBS`) finds candidate verbs;
each candidate is read in its sentence: the object ("25 Pakistani border outposts"), the
actor (who took it) and from whom. A candidate whose object is not ground (people, weapons,
"the situation", an aircraft) gives no claim: captured soldiers are the casualty stage's.
The same fact told in the headline and the body becomes one claim with several mentions.

The trigger and the stage are here, with the steps around the reading: scare quotes read past
('have "liberated" the village') and ground coordinated with a claim's object ("the towns of
Warqalo and Bur Dhuxun"). Each candidate is read in ``_territorial_read`` (whether it tells a
deed in ``_territorial_deed``; ground and parties outside the verb's object, and the ``noun``,
``fell`` and ``under`` shapes, in ``_territorial_ground``); repeated tellings merge in
``_territorial_merge``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import regex

from claimkit._document import Document
from claimkit._model import Claim, Span
from claimkit._pipeline import stage
from claimkit._plugins import side_vocabulary
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import Trigger

from ._ids import with_ids
from ._lookup import BoundedLookup
from ._phrases import sentence_span
from ._source import in_boilerplate
from ._territorial_lexicon import TRIGGER_FRAGMENT_WORDS, TRIGGER_FRAGMENTS, TRIGGER_WORDS, VERBS
from ._territorial_merge import merge
from ._territorial_parse import parse_object, prepare_sides
from ._territorial_read import Read, read
from ._unquoted import quoted_phrase, unquoted

_TRIGGER: Final = Trigger(
    regex.compile(r"\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern, _, _ in VERBS) + r")\b",
                  regex.IGNORECASE),
    words=TRIGGER_WORDS,
    # "in ... control": "in" alone is too common; at most four words stand between them.
    fragments=[r"in\s+(?:\S++\s++){0,4}?control", r"in\s+the\s+hands\s+of",
               r"in\s+(?:\S++\s++){1,2}?hands", r"(?:are|were)\s+(?:still\s+)?[\"“]?(?:in(?:side)?|on)\s",
               r"ha(?:ve|s|d)\s+[\"“]?(?:full|complete|total|effective|firm|overall|absolute)\s",
               r"(?:is|are|remains?|remained|was|were)\s+(?:still\s+)?(?:all\s+)?ours\b",
               *TRIGGER_FRAGMENTS],
    fragment_words=["in", "are", "were", "ha", "is", "remain", "was", *TRIGGER_FRAGMENT_WORDS])


def _claim(doc: Document, r: Read, lookup: BoundedLookup) -> Claim:
    obj = r.obj
    data: dict[str, Any] = {
        "action": r.action, "count": obj.count if obj else None, "object": obj.object if obj else None,
        "place": obj.place if obj else None, "actor": r.actor, "from": r.from_,
    }
    location = doc.snippet(obj.place_span) if obj and obj.place_span else None
    return Claim(kind="territorial", span=r.span, data=data, mentions=(r.span,),
                 attribution=lookup(r.span), location=location, extractor="territorial")


_BEFORE_OBJECT: Final = regex.compile(r"\s*+(?:(?:from|of|to|over)\s++)?")
_QUOTE_AND_ADVERB: Final = regex.compile(r"[\"“]\p{Ll}+ly\s+\Z")


def _scare_quotes(text: str, hits: list[tuple[regex.Match[str], Span]]) -> list[tuple[int, int]]:
    """The quotations around a trigger ('"liberated"') or the object after it ('pulled back
    from "several forward positions"')."""
    if '"' not in text and "“" not in text and "«" not in text:
        return []
    found: list[tuple[int, int]] = []
    for m, sent in hits:
        before = m.start() - 1
        if text[before:m.start()].isspace() and (q := _QUOTE_AND_ADVERB.search(
                text, max(sent.start, m.start() - 24), m.start())) is not None:
            before = q.start()  # '"fully control" the area': the quote opens on an adverb
        after = _BEFORE_OBJECT.match(text, m.end(), sent.end)
        for mark in (before, after.end() if after else m.end()):
            if sent.start <= mark < sent.end and (not found or found[-1][1] < mark):
                close = quoted_phrase(text, mark, sent.end)
                if close is not None:
                    found.append((mark, close))
    return found


def _coordinated(text: str, r: Read, end: int, sides: Mapping[str, str]) -> list[Read]:
    """Ground coordinated with a claim's object, each a claim of its own with the same action
    and actor, its evidence the ground's words: "taken control of the village of al-Mazraa
    and of the main road to Damascus", "the al-Mashjah hills and three military posts", "the
    towns of Warqalo and Bur Dhuxun" (a name after ground is ground)."""
    out: list[Read] = []
    obj = r.obj
    while obj is not None and len(out) < _MAX_COORDINATED:
        more = _AND_OBJECT.match(text, obj.span.end, end)
        nxt = parse_object(text, more.end(), end, sides) if more is not None else None
        if nxt is None or (nxt.head is None and not nxt.place) or nxt.owner is not None \
                or _VERB_NEXT.match(text, nxt.span.end, end) or _VERB_FIRST.match(text, more.end(), end):
            break  # ("seized Kella and Ahmed Musa was arrested", "and captured the post": clauses)
        out.append(Read(nxt.span, r.action, nxt, r.actor, r.from_))
        obj = nxt
    return out


_AND_OBJECT: Final = regex.compile(r"(?:\s*+,)?\s++and\s++(?:of\s++|also\s++)?")
_MAX_COORDINATED: Final = 8
_VERB_FIRST: Final = regex.compile(r"\p{Ll}+(?:ed|ing)(?![\p{L}])")
_VERB_NEXT: Final = regex.compile(
    r"\s++(?:was|were|is|are|has|had|have|did|will|would|could|said|says|fled|\p{Ll}+ed)(?![\p{L}])")


def extract_territorial(doc: Document) -> Document:
    """Add a territorial claim for every distinct ground claim in ``doc``."""
    sides = prepare_sides(side_vocabulary())
    lookup = BoundedLookup(doc)
    military: dict[tuple[int, int], bool] = {}
    found: list[tuple[Claim, str | None]] = []
    last: tuple[int, str | None] = (-1, None)  # (sentence start, actor) of the previous claim
    # (a feed footer repeats the headline: never evidence, as for casualties)
    hits = [(m, sentence_span(doc.text, m.start())) for m in _TRIGGER.finditer(doc.text)
            if not in_boilerplate(doc.text, Span(m.start(), m.end()))]
    # 'have "liberated" the village': read without the quote marks of a side's words
    reading = unquoted(doc.text, _scare_quotes(doc.text, hits))
    for m, sent in hits:
        r = read(doc, reading, m, sides, last[1] if last[0] == sent.start else None, lookup, military)
        if r is not None:
            for one in (r, *_coordinated(reading, r, sent.end, sides)):
                found.append((_claim(doc, one, lookup), one.obj.head if one.obj else None))
            last = (sent.start, r.actor)
    return doc.add_claims(with_ids(doc, merge(found, doc.text))) if found else doc


territorial_stage = stage("territorial", provides="claims:territorial",
                          after="attribution")(extract_territorial)


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(territorial_stage)


__all__ = ["extract_territorial", "territorial_stage"]
