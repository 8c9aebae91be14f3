"""The territorial stage: ground taken, held, lost, left or besieged.

One trigger pattern (the rows of :data:`._territorial_lexicon.VERBS`) finds candidate verbs;
each candidate is read in its sentence: the object ("25 Pakistani border outposts"), the
actor (who took it) and from whom. A candidate whose object is not ground (people, weapons,
"the situation", an aircraft) gives no claim: captured soldiers are the casualty stage's.
The same fact told in the headline and the body becomes one claim with several mentions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Attribution, Claim, Span
from claimkit._pipeline import stage
from claimkit._plugins import side_vocabulary
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import Trigger
from claimkit.text._calendar import MONTH_PATTERN, WEEKDAY_PATTERN

from ._gazetteer import lookup as place_lookup
from ._ids import with_ids
from ._lookup import BoundedLookup
from ._phrases import (
    group_named_before,
    party,
    resolve_party,
    sentence_span,
    speaker_party,
    subject_before,
)
from ._source import in_boilerplate
from ._territorial_lexicon import (
    AMBIGUOUS_HEADS,
    CAMPS_NOT_GROUND,
    FORCE_NOUNS,
    FORCES_MOVED,
    NOT_DONE,
    NOUN_ACTIONS,
    TRIGGER_FRAGMENT_WORDS,
    TRIGGER_FRAGMENTS,
    TRIGGER_WORDS,
    VERBS,
)
from ._territorial_merge import merge
from ._territorial_parse import ObjectPhrase, parse_object, phrase_after, prepare_sides, side_of
from ._territorial_refs import (
    IT_AFTER,
    LEAVE_END,
    MILITARY,
    PREPOSITION_FIRST,
    RAID_END,
    WHICH_BEFORE,
    WHICH_SUBJECT,
    antecedent,
    ground_before,
    is_side,
    raiders,
    raiders_as_they,
    side_named,
)
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
_ROWS: Final = {name: (action, shape) for name, _, action, shape in VERBS}

_TO_BARE: Final = regex.compile(r"(?i)(?<![\p{L}])to\s+$")
# A sentence that ends in a question mark, maybe inside a quote or a bracket (read at its end
# only, never the whole sentence).
_QUESTION_END: Final = regex.compile(r"\?[\s\"”’')]*+\Z")
_DONE_TO: Final = regex.compile(
    r"(?ir)(?<![\p{L}])(?:managed|manages|manage|managing|succeeded|succeeds|went\s+on|goes\s+on|forced|"
    r"compelled|obliged|had|has|have|having|able|helped|helping|began|begun|begin|begins|started|starts|"
    r"continued|continues|continue|continuing|used|moved\s+quickly|proceeded|rushed)\s+to\s+$"
    # "forcing troops to withdraw", "compelled the rebels to pull back"
    r"|(?<![\p{L}])(?:forc|compell|oblig)(?:e|es|ed|ing)\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+$")
# (_NOT_DONE, _DONE_TO, _FORCES_ARE, _DETERMINER_BEFORE, _PREPOSITION_BEFORE: the checks of the
# words before a trigger that only ask whether those end so, read backwards (?r) from the end,
# the one place where they can match: the same answer, one try instead of one per offset; none
# is possessive or atomic, which a reversed reading could change.)
_NOT_DONE: Final = regex.compile(r"(?r)(?:\b(?:" + NOT_DONE + r")|n['’]t)\s+(?:[\p{L}-]+\s+)?$",
                                 regex.IGNORECASE)
# An indirect question on who did it: "could not say who held the post", "it was unclear which
# side controlled the bridge", "accounts of who controls the town", "whether or not they really
# held that fort".
_FORCED_TO: Final = regex.compile(
    r"(?i)\b(?:forc(?:ed|ing|es)|compell(?:ed|ing)|push(?:ed|ing)|drove|driving)\s+"
    r"(?P<who>(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’\-]+\s+){0,2}?[\p{L}'’\-]+)\s+to\s+\Z")
_DEMANDED_THAT: Final = regex.compile(
    r"(?i)\b(?:insist(?:s|ed|ing)?|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
    r"call(?:s|ed|ing)?\s+for|propos(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)\s+"
    r"that\s+(?:[\p{L}'’-]+\s+){1,4}$")
_CONDITION_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:until|unless|if|once)\s+(?:[\p{L}'’-]+\s+){0,5}?(?P<aux>(?:is|are|am|be)\s+)?$")
# A preposition before a gerund trigger: an aim or a part to play ("aimed at capturing", "help
# the army in holding the areas"), unless success is told ("succeeded in capturing").
_GERUND_AFTER: Final = regex.compile(
    r"(?i)(?:(?P<done>succe[\p{L}]*|instrumental|participated|role)\s+)?(?<![\p{L}])(?:in|at|on)\s+$")
_PAST_ENDINGS: Final = ("ed", "en", "ew", "ook", "an", "ost", "eld", "ell")
_ASKED_WHO: Final = regex.compile(
    r"\b(?:(?:say|know|tell|unclear|clear|determine|establish|confirm|sure|certain|asked|disputed?|of)\s+"
    r"(?:who|which\s+(?:side|group|force|forces|party|army))\s+(?:(?:had|has|now|still|actually|really)\s+)*"
    r"|whether\s+(?:or\s+not\s+)?(?:[\p{L}-]+\s+){1,4})$",
    regex.IGNORECASE)
_PASSIVE: Final = regex.compile(
    r"\b(?:was|were|been|being|be|is|are|get|gets|got|remains?|remained)\s+(?:[\p{L}-]+ly\s+)?$",
    regex.IGNORECASE)
# The auxiliaries of a passive before its participle: "had been", "were".
_AUX_CHAIN: Final = regex.compile(r"(?i)(?:\b(?:had|has|have|was|were|been|being|got)\s+)+$")
_COPULA: Final = regex.compile(
    r"(?:\s*[“\"]?\b(?:is|are|was|were|be|been|remains?|remained|now|still|fully|completely|firmly|"
    r"entirely|totally|wholly|securely|solidly|came|"
    r"come|comes|fell|has|have|had|back|"
    # ("Uvira is calm and under the full control of the FARDC")
    r"(?:calm|quiet|secure|safe|stable)\s+and)\b){1,3}\s*$", regex.IGNORECASE)  # ('the post “remains under')
# The subject "are in" needs: a side's forces, by a possessive, a name or a party's word ("Our
# units", "his men", "Ukrainian marines", "government forces"), right before the verb
_FORCES_ARE: Final = regex.compile(
    r"(?r)(?:\b(?:our|their|its|his|her|government|army|rebel|enemy|junta|regime)|\p{Lu}[\p{L}'’-]+)\s+"
    r"(?:[\p{L}'’-]+\s+){0,2}?"
    r"(?:forces|troops|units|men|fighters|marines|soldiers|positions|defenders|paratroopers)\s+$")
_FORCES_FROM: Final = regex.compile(
    r"\s+(?:(?:its|their|the|some|all|our)\s+)?" + FORCES_MOVED + r"\s+(?:from|out\s+of|back\s+from)\s+",
    regex.IGNORECASE)
_FORCE_SUBJECT: Final = regex.compile(r"\b(?:" + FORCE_NOUNS + r")\b", regex.IGNORECASE)
_BY: Final = regex.compile(r"[\s,]*(?:[\p{L}-]+\s+){0,3}?by\s+", regex.IGNORECASE)
_TO: Final = regex.compile(r"\s+to\s+", regex.IGNORECASE)
_DETERMINER_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:the|a|an|this|these|those|its|their|his|her|our)\s+\Z",
    regex.IGNORECASE)
_RULE_AFTER = regex.compile(r"(?i)\s++(?:government|regime|administration|dynasty|rule|cabinet)\b")
# An infinitive right before a participle makes it an adjective: "to publicise recaptured
# towns" ("to have captured" is a verb group).
_PREPOSITION_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:of|in|into|from|to|on|across|throughout|inside|within)\s+\Z", regex.IGNORECASE)
_VERB_BEFORE: Final = regex.compile(r"(?<![\p{L}])to\s+(?!(?:have|be|been|being)\s)\p{Ll}+\s+\Z")
# (an adverb may stand before it: "pulled back only from positions", "withdrew temporarily from")
_FROM: Final = regex.compile(
    r"[\s,]*(?:(?:only|partly|partially|temporarily|briefly|largely|completely|fully|hastily|quietly|"
    r"reportedly|also|later|eventually)\s+)?(?:(?:out\s+)?of|from|out\s+of)\s+", regex.IGNORECASE)
_OF: Final = regex.compile(r"\s+of\s+", regex.IGNORECASE)
_FROM_PARTY: Final = regex.compile(r"\s+from\s+", regex.IGNORECASE)
_POSS_BEFORE: Final = regex.compile(r"(?P<who>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s+$")
# What may follow a verb used without an object ("Posts Seized, ...", "was captured by").
# Verbs of leaving that take the ground as their object ("abandoned their posts"): without one
# they move people, not a front line ("were wounded and evacuated to hospital").
_TRANSITIVE_LEAVE: Final = ("evacuat", "abandon")
_NO_OBJECT: Final = regex.compile(
    r"\s*(?:[,.;:!?)\"”'’—–-]|$|(?:by|in|on|at(?!\s+(?:least|most)\b)|after|during|near|from|overnight|last|"
    r"this|early|late|amid|following|since|as|and|without|when|yesterday|today)\b)", regex.IGNORECASE)
# ... and after the verb of a relative clause on the ground ("Mangbo, which the rebels had
# occupied for hours", "which the army took two days ago")
_NO_OBJECT_AFTER_RELATIVE: Final = regex.compile(
    _NO_OBJECT.pattern + r"|\s+(?:for|until|before|within"
    r"|(?:[\p{L}\d]+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|earlier|before|later))\b",
    regex.IGNORECASE)
# (not "seized at least 17 passengers": a figure, the verb's object)
# "and captured", "and then seized", "and in recent weeks have taken": a verb coordinated with
# the one before, sharing its subject.
_AND_BEFORE: Final = regex.compile(
    r"\band\s+(?:(?:in|during|over|within)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,2}?)?"
    r"(?:(?:has|have|had)\s+)?(?:[\p{L}-]+ly\s+|then\s+|later\s+|also\s+)?$", regex.IGNORECASE)
_FOR_THE: Final = regex.compile(r"\bfor\s+the\s+$", regex.IGNORECASE)
# "seized on the remarks"; not a time ("seized on Tuesday night", "on 3 May")
_SEIZE_ON: Final = regex.compile(
    r"\s+(?:on|upon)\b(?!\s+(?:" + WEEKDAY_PATTERN + "|" + MONTH_PATTERN
    + r"|\d|the\s+(?:night|morning|evening|eve|afternoon|weekend|same\s+day|\d)))", regex.IGNORECASE)
_PAST_PARTICIPLE: Final = regex.compile(r"(?:ed|en|un|an|ook)$", regex.IGNORECASE)


@attrs.frozen
class _Read:
    """One candidate, read: evidence span, action and the data fields."""

    span: Span
    action: str
    obj: ObjectPhrase | None
    actor: str | None
    from_: str | None


def _after_party(text: str, pattern: regex.Pattern[str], pos: int, limit: int) -> Span | None:
    m = pattern.match(text, pos, min(limit, pos + 60))  # a small endpos keeps regex from scanning ahead
    return phrase_after(text, m.end(), limit) if m else None


def _subject_object(text: str, lo: int, pos: int, sides: Mapping[str, str]) -> ObjectPhrase | None:
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


def _plural(ground: ObjectPhrase) -> bool:
    """Whether ``ground`` is more than one place ("two forward positions", "the villages")."""
    if ground.count is not None and ground.count.best is not None:
        return ground.count.best > 1
    return (ground.object or "").endswith("s")


# Where the ground a subject names stands, after its head: "in Kyaukmyet", "near Goma".
_WHERE_AFTER: Final = regex.compile(
    r"\s+(?:in|at|near|outside)\s+(?P<place>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3})\s*")


_READ_REACH = 1_000


def _military(text: str, lo: int, hi: int, seen: dict[tuple[int, int], bool]) -> bool:
    """Whether the sentence ``text[lo:hi]`` is about fighting; asked once per sentence, so a
    long sentence full of triggers is not searched again for each of them."""
    found = seen.get((lo, hi))
    if found is None:
        found = seen[lo, hi] = MILITARY.search(text, lo, hi) is not None
    return found


def _fighting_just_before(text: str, sent: Span, military: dict[tuple[int, int], bool]) -> bool:
    """Whether the sentence before ``sent``, in its paragraph, is about fighting: "... rejected
    the army's claim that Dinyatoch had been recaptured. He said the youth still controlled
    Dinyatoch" goes on telling of the same ground."""
    if sent.start == 0:
        return False
    before = sentence_span(text, sent.start - 1)
    return "\n" not in text[before.start:sent.start] and _military(text, before.start, before.end, military)


# (a name of several capitalised words holds as one: "Islamic State-held Hawija")
_HOLDER = regex.compile(
    r"(?r)(?<![\p{L}\p{N}-])(?:(?:\p{Lu}[\p{L}'’]*\s)*\p{Lu}[\p{L}'’]*|[\p{L}][\p{L}'’]*)-$")


def _compound_holder(text: str, lo: int, pos: int) -> Span | None:
    """The first word of a compound ending in a trigger at ``pos`` ("rebel-held",
    "government-controlled": "rebel", "government"), or None."""
    m = _HOLDER.search(text, max(lo, pos - 40), pos)
    return Span(m.start(), m.end() - 1) if m else None


def _read(doc: Document, text: str, m: regex.Match[str], sides: Mapping[str, str],
          prev_actor: str | None, lookup: BoundedLookup,
          military: dict[tuple[int, int], bool]) -> _Read | None:
    """Read one trigger in ``text`` (the document's text, or a copy of the same length);
    ``prev_actor`` is the actor of the previous claim in the sentence, the subject of a
    coordinated verb ("stormed the airport and captured 25 villages")."""
    name = m.lastgroup or ""
    action, shape = _ROWS.get(name, ("", ""))
    if not shape:
        return None
    sent = sentence_span(text, m.start())
    # (read within a bounded reach of the trigger: a pattern never scans the rest of a huge
    # sentence, which the regex module does for a pattern's required words before matching)
    lo, hi = max(sent.start, m.start() - _READ_REACH), min(sent.end, m.end() + _READ_REACH)
    before = text[max(lo, m.start() - 48):m.start()]
    if _NOT_DONE.search(before) or _ASKED_WHO.search(before):
        return None  # "had not captured", "could not say who held the post": no claim
    if _QUESTION_END.search(text, max(sent.start, sent.end - 8), sent.end):
        return None  # a question ("Did JNIM take the base?", "WHO CONTROLS THE AREA?"): no claim
    if _TO_BARE.search(before) and not _DONE_TO.search(before):
        # "launched an offensive to capture Pokrovsk", "troops moved in to retake the village",
        # "a shortage of infantry to hold a front line": a purpose, not a deed ("managed to
        # capture", "were forced to withdraw", "continued to hold" are deeds)
        return None
    first = text[m.start():m.end()].split()[0].lower()  # the trigger's first word ("holding")
    if first.endswith("ing") and (gerund := _GERUND_AFTER.search(before)) is not None and not gerund["done"]:
        return None  # "to support the army in holding the areas", "aimed at capturing": no deed
    if (cond := _CONDITION_BEFORE.search(before)) is not None and (
            cond["aux"] or not first.endswith(_PAST_ENDINGS)):
        # "will continue attacks until the troops are withdrawn", "vowed to fight until
        # government forces withdraw": a condition, not a deed ("held it until the army
        # retook it" is one)
        return None
    if _DEMANDED_THAT.search(before) and not text[m.start():m.end()].lower().endswith(
            ("s", "d", "ing", "ew", "en", "ook", "an")):
        return None  # "insisting that Ukraine withdraw from Donetsk": a demand, in the bare verb
    if name == "are_in" and not _FORCES_ARE.search(before):
        return None  # "they are in talks", "the children were in the car"
    trig = Span(m.start(), m.end())
    found: list[Attribution | None] = []

    def att() -> Attribution | None:
        """The statement the trigger stands in, looked up once and only when needed."""
        if not found:
            found.append(lookup(trig))
        return found[0]

    obj: ObjectPhrase | None = None
    actor_span: Span | None = None
    actor: str | None = None
    from_: str | None = None
    passive = raid_end = unnamed = side_left = False
    word = text[m.start():m.end()].split()[-1]  # the trigger's last word ("seized", "over")
    if shape == "noun" and _FOR_THE.search(before):
        return None  # "Front for the Liberation of Palestine": a name, not an event
    if shape == "noun":
        noun = m.group(name).split()[0].lower().rstrip('"”')
        action = NOUN_ACTIONS.get(noun, "captured")
        obj = parse_object(text, m.end(), hi, sides)
        if noun == "fall" and obj is not None and obj.head is None and (
                obj.place is None or (len(obj.place.split()) > 1 and place_lookup(obj.place) is None)
                or _RULE_AFTER.match(text, obj.span.end, min(hi, obj.span.end + 20))) \
                and not _TO.match(text, obj.span.end, min(hi, obj.span.end + 6)):
            # "since the fall of Bashar al-Assad": a ruler's full name, not ground, and "the fall
            # of the Assad government" a rule (but "the fall of Dorel", a known place, or "the
            # fall of X to Y")
            return None
        if obj is not None:
            actor_span = _after_party(text, _BY, obj.span.end, hi) or (
                _after_party(text, _TO, obj.span.end, hi) if action == "captured" else None)
            poss = _POSS_BEFORE.search(text, max(lo, m.start() - 60), m.start())
            if actor_span is None and poss:
                actor_span = Span(poss.start("who"), poss.end("who"))
    elif shape in ("fell", "under"):
        obj = _subject_object(text, lo, m.start(), sides)
        if shape == "fell":
            actor_span = phrase_after(text, m.end(), hi)
        elif name == "under_ctl" and m.group(name).lower().startswith("in the "):
            # "the base remains in the (firm) control of our troops": held, as "under the
            # control of" ("the army is in control of the town" holds it)
            actor_span = _after_party(text, _OF, m.end(), hi)
        elif name == "under_ctl" and m.group(name).lower().startswith("in"):
            actor_span = subject_before(text, lo, m.start())
            of = _OF.match(text, m.end(), min(hi, m.end() + 10))
            obj = parse_object(text, of.end(), hi, sides) if of else None
        elif owner := next((g for g in ("owner", "hands_owner", "ours_word") if m.group(g)), None):
            actor_span = Span(m.start(owner), m.end(owner))
        else:
            actor_span = _after_party(text, _OF, m.end(), hi)
    else:
        obj = None
        left_from = False  # "withdrew from ...": what was left is named (ground or not)
        # "was captured" is passive, "are holding" is not
        aux = _PASSIVE.search(before)
        # (not "IS seized": the group; nor "were driven out of X", which names its ground after)
        passive_aux = aux is not None and not word.lower().endswith("ing") and not (
            aux.group().startswith("IS") and not word.isupper()) and name != "driven_out"
        if not passive_aux:
            if shape == "leave":
                f = _FROM.match(text, m.end(), min(hi, m.end() + 20))
                if f is None and not word.lower().startswith(_TRANSITIVE_LEAVE):
                    # "withdrew soldiers from two posts" (not "sent to evacuate soldiers from")
                    f = _FORCES_FROM.match(text, m.end(), min(hi, m.end() + 40))
                obj = parse_object(text, f.end(), hi, sides) if f else None
                left_from = f is not None
                if obj is None and f is None and word.lower().startswith(_TRANSITIVE_LEAVE):
                    obj = parse_object(text, m.end(), hi, sides)  # "abandoned their posts"
            else:
                obj = parse_object(text, m.end(), hi, sides)
        if obj is None and shape != "leave":
            bare = _NO_OBJECT.match(text, m.end(), min(hi, m.end() + 16))
            # ("two hilltops that the Sable Front seized last month": a relative clause's
            # subject, which took the ground before it, not a passive)
            if passive_aux or (_PAST_PARTICIPLE.search(word) and bare
                               and not WHICH_SUBJECT.search(text, max(lo, m.start() - 70), m.start())):
                obj = _subject_object(text, lo, m.start(), sides)
                passive = obj is not None
                if passive:
                    actor_span = _after_party(text, _BY, m.end(), hi)
        if obj is None and shape == "verb" and not passive_aux and (it := IT_AFTER.match(text, m.end(), hi)):
            # "entered the village and took control of it": the ground named last before "it"
            # in its sentence (an object's words, not "it", are the evidence's)
            ground = ground_before(text, lo, m.start(), sides)
            if ground is not None and it.group(1).lower().endswith("them") and not _plural(ground):
                ground = None  # ("them" stands for people more often: only grounds told before)
            obj = attrs.evolve(ground, span=Span(it.start(1), it.end(1))) if ground is not None else None
        if obj is None and shape == "verb" and not passive_aux:
            # "Mangbo, which the rebels had occupied for hours": the ground comes before
            rel = WHICH_SUBJECT.search(text, max(lo, m.start() - 70), m.start())
            if rel is not None and not _TO.match(text, m.end(), min(hi, m.end() + 4)) \
                    and _NO_OBJECT_AFTER_RELATIVE.match(text, m.end(), min(hi, m.end() + 30)):
                # ("took to be"; and not "told Anadolu that the fighters had seized weapons":
                # the verb has an object of its own, so "that" opens no relative clause)
                obj = antecedent(text, lo, rel.start(), sides)
                # "its garrison in Kanbalu town, which it still controls": "it" is the main
                # clause's subject, not the speaker; left unnamed rather than guessed
                unnamed = obj is not None and rel.group("who").lower() in ("it", "they")
        if obj is None and shape != "leave":
            return None  # nothing taken (most candidates end here, before the subject is read)
        if not passive:
            # "the rebel-held town": the word before the hyphen holds it
            # "the captured town": an adjective, with no subject ("The" is nobody)
            if word.lower().endswith(("ed", "en")) and _PREPOSITION_BEFORE.search(before):
                return None  # "the ports of occupied Palestine": a state of the ground, not an event
            if name in ("occupy", "leave") and word.lower().endswith("ed") \
                    and _DETERMINER_BEFORE.search(before):
                # "the occupied West Bank", "an abandoned farm": the ground's state, not an event
                return None
            adjective = _DETERMINER_BEFORE.search(before) or (
                word.lower().endswith("ed") and _VERB_BEFORE.search(before))
            if adjective:
                subj = None
            elif (forced := _FORCED_TO.search(text, max(lo, m.start() - 60), m.start())) is not None:
                subj = Span(forced.start("who"), forced.end("who"))  # ("forcing troops to withdraw")
            else:
                holder = _compound_holder(text, lo, m.start())
                if holder is not None and name == "occupy":
                    action = "controls"  # "Russian-occupied Crimea": held now, like "rebel-held"
                verb_start = m.start()
                if name == "driven_out" and (chain := _AUX_CHAIN.search(before)) is not None:
                    verb_start -= len(chain.group())  # "the group had been | driven out of"
                subj = holder or subject_before(text, lo, verb_start)
                if shape == "leave" and subj is not None \
                        and PREPOSITION_FIRST.match(text, subj.start, subj.end):
                    subj = None  # ("with at least 26 soldiers killed, and that the militants ... before
                    # withdrawing": a phrase, no subject; "with Fano controlling" has one)
            if shape == "lost":
                if subj is not None:
                    from_ = resolve_party(doc, text[subj.start:subj.end], att(), lo, m.start(), sides)
                if obj is not None:
                    actor_span = _after_party(text, _BY if name == "driven_out" else _TO, obj.span.end, hi)
            else:
                actor_span = None if unnamed else subj
            forces = subj is not None and _FORCE_SUBJECT.search(text[subj.start:subj.end]) is not None
            # "the RSF withdrew towards Bara": a side with no "from" (not "the United States
            # withdrew from the accord"), in a sentence about fighting
            side_left = (shape == "leave" and not forces and not left_from and is_side(text, subj, sides)
                         and _military(text, sent.start, sent.end, military))
            forces = forces or side_left
            if shape == "leave" and obj is None and not forces and RAID_END.search(before) \
                    and LEAVE_END.match(text, m.end(), min(hi, m.end() + 12)) \
                    and _military(text, sent.start, sent.end, military):
                # "Gunmen stormed the post before withdrawing": the raiders, named at the
                # start of the sentence, left the place they struck ("before they pulled out")
                # (the raider of a claim just before, "had seized the checkpoint ... before
                # withdrawing", else the sentence's armed subject)
                actor_span = None if prev_actor else (
                    raiders_as_they(text, lo, m.start()) or raiders(text, lo, m.start(), sides))
                forces = actor_span is not None or prev_actor is not None
                raid_end = True
            if shape == "leave" and obj is None and not forces and subj is not None \
                    and text[subj.start:subj.end] == "They" and sent.start > 0 \
                    and not text[sent.start:subj.start].strip():
                # "The Houthis held the hill for less than a day. They withdrew towards Kofal":
                # the armed subject of the sentence before, in the same paragraph
                before_sent = sentence_span(text, sent.start - 1)
                # (a sentence of the same paragraph, no longer than a read's reach: bounded)
                if sent.start - before_sent.start <= _READ_REACH \
                        and "\n" not in text[before_sent.start:sent.start]:
                    actor_span = raiders(text, before_sent.start, before_sent.end, sides)
                    forces = actor_span is not None
            if shape == "leave" and obj is None and (
                    not forces or word.lower().startswith(_TRANSITIVE_LEAVE)):
                return None  # (a bare "were evacuated" moves the wounded, not a front line)
            if name == "remain_in" and not (forces or is_side(text, subj, sides)):
                return None
    if obj is None and shape != "leave":
        return None
    if obj is not None and (obj.object or "").lower().startswith(("any ", "no ")):
        return None  # "denied losing any villages", "had lost no positions": no ground changed hands
    if obj is not None and obj.head == "camp" and any(
            w in CAMPS_NOT_GROUND for w in text[obj.span.start:obj.span.end].lower().split()):
        return None  # "a refugee camp": people, not ground
    if name in ("capture", "occupy") and _SEIZE_ON.match(text, m.end(), min(hi, m.end() + 24)):
        return None  # "seized on the remarks": exploited, not taken
    if name == "occupy" and text.startswith("Occup", m.start()) and text[lo:m.start()].strip():
        return None  # "Occupy Wall Street-style protests": a name
    # (and "occupy", which protesters do as often as armies: "occupying the lobby")
    doubtful = obj is not None and (obj.head is None or obj.head in AMBIGUOUS_HEADS or name == "occupy"
                                    or (shape == "leave" and word.lower().startswith(_TRANSITIVE_LEAVE)))
    # A bare name, or a head like "position", is ground only where the sentence is about
    # fighting (see MILITARY_CONTEXT) or a known side acts.
    # ("are_in" has armed forces for its subject: see _FORCES_ARE)
    if doubtful and name != "are_in" and not _military(text, sent.start, sent.end, military) \
            and not is_side(text, actor_span, sides) and not (
                action not in ("captured", "recaptured") and _fighting_just_before(text, sent, military)):
        # (people are captured too: "Fito was recaptured" is a man, not ground, whatever came before)
        return None
    if actor_span is not None:
        actor = resolve_party(doc, text[actor_span.start:actor_span.end], att(), lo, m.start(), sides)
        actor = side_of(actor, sides) or actor if actor else None
        if side_left and actor not in sides.values():
            actor = side_named(text, actor_span, sides) or actor  # "RSF pick-up trucks were seen retreating"
        if actor is None and att() is None and text[actor_span.start:actor_span.end].lower() == "it":
            # "The AA now controls 14 townships. In December 2024 it captured ...": told in the
            # outlet's own voice, "it" is the armed group named last
            actor = group_named_before(text, lo, sides)
    if from_ is None and name == "drive_out":
        # "drove the Clan del Golfo, which calls itself ..., out of": the party before any aside
        from_ = party(m.group("ousted").split(",")[0].strip(), sides) or None
    elif from_ is None and name == "expel_from":
        from_ = party(m.group("expelled"), sides) or None  # "expelled the dissidents from"
    if from_ is None and obj is not None:
        fp = _after_party(text, _FROM_PARTY, obj.span.end, hi) if shape != "leave" else None
        if fp is not None:
            from_ = party(text[fp.start:fp.end], sides)
        elif obj.owner:
            from_ = obj.owner
        elif obj.possessive and obj.possessive.lower() in ("our", "its"):
            from_ = speaker_party(att())
    coordinated = shape in ("verb", "leave") and not passive and _AND_BEFORE.search(before) is not None
    if actor is None and prev_actor and (coordinated or raid_end):
        actor = prev_actor
    elif actor is None and coordinated and (armed := raiders(text, lo, m.start(), sides)) is not None:
        # "The rebels attacked Kunduz and seized it": the armed subject of the verb before
        actor = resolve_party(doc, text[armed.start:armed.end], att(), lo, m.start(), sides)
        actor = side_of(actor, sides) or actor if actor else None
    # The evidence: the trigger, its object, and an actor named after the trigger ("fell to
    # the Taliban", "was captured by the M23"); a subject before it stays out, as in "seized
    # 25 border outposts".
    after = [actor_span] if actor_span and actor_span.start >= trig.end and actor_span.end <= hi else []
    pieces = [trig] + ([obj.span] if obj else []) + after
    span = Span(min(p.start for p in pieces), max(p.end for p in pieces))
    return _Read(span, action, obj, actor, from_)


def _claim(doc: Document, r: _Read, lookup: BoundedLookup) -> Claim:
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
    if '"' not in text and "“" not in text:
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


def _coordinated(text: str, r: _Read, end: int, sides: Mapping[str, str]) -> list[_Read]:
    """Ground coordinated with a claim's object, each a claim of its own with the same action
    and actor, its evidence the ground's words: "taken control of the village of al-Mazraa
    and of the main road to Damascus", "the al-Mashjah hills and three military posts", "the
    towns of Warqalo and Bur Dhuxun" (a name after ground is ground)."""
    out: list[_Read] = []
    obj = r.obj
    while obj is not None and len(out) < _MAX_COORDINATED:
        more = _AND_OBJECT.match(text, obj.span.end, end)
        nxt = parse_object(text, more.end(), end, sides) if more is not None else None
        if nxt is None or (nxt.head is None and not nxt.place) or nxt.owner is not None \
                or _VERB_NEXT.match(text, nxt.span.end, end) or _VERB_FIRST.match(text, more.end(), end):
            break  # ("seized Kella and Ahmed Musa was arrested", "and captured the post": clauses)
        out.append(_Read(nxt.span, r.action, nxt, r.actor, r.from_))
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
        r = _read(doc, reading, m, sides, last[1] if last[0] == sent.start else None, lookup, military)
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
