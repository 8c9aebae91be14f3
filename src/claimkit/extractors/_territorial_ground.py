"""The ground and parties a territorial trigger finds around it, not as a verb's object: the
ground its subject names ("Kunduz | fell", "the post was seized"), the holder of a compound
("rebel-held"), a party after a word ("by the M23", "to the Taliban"), and the readings of the
shapes without a verb of taking (``noun``: "the capture of the village"; ``fell`` and ``under``:
"Kunduz fell to the Taliban", "the district is under our control").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs
import regex

from claimkit._model import Span

from ._gazetteer import lookup as place_lookup
from ._phrases_subject import subject_before
from ._territorial_lexicon import NOUN_ACTIONS
from ._territorial_parse import ObjectPhrase, parse_object, phrase_after
from ._territorial_refs import WHICH_BEFORE, antecedent

_COPULA: Final = regex.compile(
    r"(?:\s*[“\"]?\b(?:is|are|was|were|be|been|remains?|remained|now|still|fully|completely|firmly|"
    r"entirely|totally|wholly|securely|solidly|came|"
    r"come|comes|fell|has|have|had|back|"
    # ("Uvira is calm and under the full control of the FARDC")
    r"(?:calm|quiet|secure|safe|stable|functional|operational|intact)\s+and)\b){1,3}\s*[“\"]?$",
    regex.IGNORECASE)
# ('the post “remains under', 'the town was “under the full control of')
BY: Final = regex.compile(r"[\s,]*(?:[\p{L}-]+\s+){0,3}?by\s+", regex.IGNORECASE)
TO: Final = regex.compile(r"\s+to\s+", regex.IGNORECASE)
_RULE_AFTER = regex.compile(r"(?i)\s++(?:government|regime|administration|dynasty|rule|cabinet)\b")
_OF: Final = regex.compile(r"\s+of\s+", regex.IGNORECASE)
_POSS_BEFORE: Final = regex.compile(r"(?P<who>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s+$")


def after_party(text: str, pattern: regex.Pattern[str], pos: int, limit: int) -> Span | None:
    m = pattern.match(text, pos, min(limit, pos + 60))  # a small endpos keeps regex from scanning ahead
    return phrase_after(text, m.end(), limit) if m else None


def subject_object(text: str, lo: int, pos: int, sides: Mapping[str, str]) -> ObjectPhrase | None:
    """The ground named by the subject before ``pos`` ("Kunduz" in "Kunduz fell to ...")."""
    cop = _COPULA.search(text, max(lo, pos - 40), pos)
    end = cop.start() if cop else pos
    # "Troops shelled Marib, which remains under government control": the ground is the
    # phrase the relative pronoun follows, at the end of a clause of its own
    which = WHICH_BEFORE.search(text, max(lo, end - 20), end)
    if which is not None:
        return antecedent(text, lo, which.start(), sides)
    subj = subject_before(text, lo, end)
    if subj is None:
        return None
    obj = parse_object(text, subj.start, subj.end, sides)
    if obj is None:
        return None
    if obj.span.end < subj.end - 1 and (where := _WHERE_AFTER.fullmatch(text, obj.span.end, subj.end)):
        # "the battalion headquarters in Kyaukmyet | fell": the ground, then where it stands
        return obj if obj.place else attrs.evolve(obj, place=where["place"],
                                                  place_span=Span(where.start("place"), where.end("place")))
    return obj if obj.span.end >= subj.end - 1 else None


# Where the ground a subject names stands, after its head: "in Kyaukmyet", "near Goma".
_WHERE_AFTER: Final = regex.compile(
    r"\s+(?:in|at|near|outside)\s+(?P<place>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3})\s*")



# (a name of several capitalised words holds as one: "Islamic State-held Hawija")
_HOLDER = regex.compile(
    r"(?r)(?<![\p{L}\p{N}-])(?:(?:\p{Lu}[\p{L}'’]*\s)*\p{Lu}[\p{L}'’]*|[\p{L}][\p{L}'’]*)-$")


def compound_holder(text: str, lo: int, pos: int) -> Span | None:
    """The first word of a compound ending in a trigger at ``pos`` ("rebel-held",
    "government-controlled": "rebel", "government"), or None."""
    m = _HOLDER.search(text, max(lo, pos - 40), pos)
    return Span(m.start(), m.end() - 1) if m else None


def read_noun(text: str, m: regex.Match[str], name: str, lo: int, hi: int,
              sides: Mapping[str, str]) -> tuple[str, ObjectPhrase | None, Span | None] | None:
    """The ``noun`` shape ("the capture of the village by the M23"): its action, the ground and
    the actor's span; None where the noun tells no event of ground."""
    actor_span: Span | None = None
    noun = m.group(name).split()[0].lower().rstrip('"”')
    action = NOUN_ACTIONS.get(noun, "captured")
    obj = parse_object(text, m.end(), hi, sides)
    if noun == "fall" and obj is not None and obj.head is None and (
            obj.place is None or (len(obj.place.split()) > 1 and place_lookup(obj.place) is None)
            or _RULE_AFTER.match(text, obj.span.end, min(hi, obj.span.end + 20))) \
            and not TO.match(text, obj.span.end, min(hi, obj.span.end + 6)):
        # "since the fall of Bashar al-Assad": a ruler's full name, not ground, and "the fall
        # of the Assad government" a rule (but "the fall of Dorel", a known place, or "the
        # fall of X to Y")
        return None
    if obj is not None:
        actor_span = after_party(text, BY, obj.span.end, hi) or (
            after_party(text, TO, obj.span.end, hi) if action == "captured" else None)
        poss = _POSS_BEFORE.search(text, max(lo, m.start() - 60), m.start())
        if actor_span is None and poss:
            actor_span = Span(poss.start("who"), poss.end("who"))
    return action, obj, actor_span


def read_fell_under(text: str, m: regex.Match[str], name: str, shape: str, lo: int, hi: int,
                    sides: Mapping[str, str]) -> tuple[ObjectPhrase | None, Span | None]:
    """The ``fell`` and ``under`` shapes ("Kunduz fell to the Taliban", "the district is under
    our control"): the ground and the actor's span."""
    obj = subject_object(text, lo, m.start(), sides)
    if shape == "fell":
        actor_span = phrase_after(text, m.end(), hi)
    elif name == "under_ctl" and m.group(name).lower().startswith("in the "):
        # "the base remains in the (firm) control of our troops": held, as "under the
        # control of" ("the army is in control of the town" holds it)
        actor_span = after_party(text, _OF, m.end(), hi)
    elif name == "under_ctl" and m.group(name).lower().startswith("in"):
        actor_span = subject_before(text, lo, m.start())
        of = _OF.match(text, m.end(), min(hi, m.end() + 10))
        obj = parse_object(text, of.end(), hi, sides) if of else None
    elif owner := next((g for g in ("owner", "hands_owner", "ours_word") if m.group(g)), None):
        actor_span = Span(m.start(owner), m.end(owner))
    else:
        actor_span = after_party(text, _OF, m.end(), hi)
    return obj, actor_span
