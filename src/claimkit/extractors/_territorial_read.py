"""Reading one territorial trigger in its sentence (:func:`read`): whether it tells a deed
(``_territorial_deed``), the ground taken, held or left (its object, else a subject, a relative
clause or "it"; the ``noun``, ``fell`` and ``under`` shapes in ``_territorial_ground``), who
took it and from whom, and whether the sentence, or the one before, is about fighting.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Attribution, Span
from claimkit.text._calendar import MONTH_PATTERN, WEEKDAY_PATTERN

from ._lookup import BoundedLookup
from ._phrases import sentence_span
from ._phrases_party import group_named_before, party, resolve_party, speaker_party
from ._phrases_subject import subject_before
from ._territorial_deed import no_deed
from ._territorial_ground import (
    BY,
    TO,
    after_party,
    compound_holder,
    read_fell_under,
    read_noun,
    subject_object,
)
from ._territorial_lexicon import (
    AMBIGUOUS_HEADS,
    CAMPS_NOT_GROUND,
    FORCE_NOUNS,
    FORCES_MOVED,
    VERBS,
)
from ._territorial_parse import ObjectPhrase, parse_object, side_of
from ._territorial_refs import (
    IT_AFTER,
    LEAVE_END,
    MILITARY,
    PREPOSITION_FIRST,
    RAID_END,
    WHICH_SUBJECT,
    antecedent,
    ground_before,
    is_side,
    raiders,
    raiders_as_they,
    side_named,
)

_ROWS: Final = {name: (action, shape) for name, _, action, shape in VERBS}

_FORCED_TO: Final = regex.compile(
    r"(?i)\b(?:forc(?:ed|ing|es)|compell(?:ed|ing)|push(?:ed|ing)|drove|driving)\s+"
    r"(?P<who>(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’\-]+\s+){0,2}?[\p{L}'’\-]+)\s+to\s+\Z")
_PASSIVE: Final = regex.compile(
    r"\b(?:was|were|been|being|be|is|are|get|gets|got|remains?|remained)\s+(?:[\p{L}-]+ly\s+)?$",
    regex.IGNORECASE)
# The auxiliaries of a passive before its participle: "had been", "were".
_AUX_CHAIN: Final = regex.compile(r"(?i)(?:\b(?:had|has|have|was|were|been|being|got)\s+)+$")
_FORCES_FROM: Final = regex.compile(
    r"\s+(?:(?:its|their|the|some|all|our)\s+)?" + FORCES_MOVED + r"\s+(?:from|out\s+of|back\s+from)\s+",
    regex.IGNORECASE)
_FORCE_SUBJECT: Final = regex.compile(r"\b(?:" + FORCE_NOUNS + r")\b", regex.IGNORECASE)
_DETERMINER_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:the|a|an|this|these|those|its|their|his|her|our)\s+\Z",
    regex.IGNORECASE)
# An infinitive right before a participle makes it an adjective: "to publicise recaptured
# towns" ("to have captured" is a verb group).
_PREPOSITION_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:of|in|into|from|to|on|across|throughout|inside|within)\s+\Z", regex.IGNORECASE)
_VERB_BEFORE: Final = regex.compile(r"(?<![\p{L}])to\s+(?!(?:have|be|been|being)\s)\p{Ll}+\s+\Z")
# (an adverb may stand before it: "pulled back only from positions", "withdrew temporarily from")
_FROM: Final = regex.compile(
    r"[\s,]*[”\"]?[\s,]*(?:(?:only|partly|partially|temporarily|briefly|largely|completely|fully|hastily|quietly|"
    r"reportedly|also|later|eventually)\s+)?"
    # ('had "withdrawn in an organised manner" from', "withdrew in good order from")
    r"(?:in\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:manner|fashion|way|order)[”\"]?\s+)?"
    r"(?:(?:out\s+)?of|from|out\s+of)\s+", regex.IGNORECASE)
_FROM_PARTY: Final = regex.compile(r"\s+from\s+", regex.IGNORECASE)
# What may follow a verb used without an object ("Posts Seized, ...", "was captured by").
# Verbs of leaving that take the ground as their object ("abandoned their posts"): without one
# they move people, not a front line ("were wounded and evacuated to hospital").
# What a subject that "left" people or ground in a state names: an event, not forces
_EVENT_SUBJECT: Final = regex.compile(
    r"(?i)\b(?:blasts?|explosions?|bomb(?:ing)?s?|attacks?|shootouts?|clash(?:es)?|fighting|strikes?|"
    r"shelling|ambush(?:es)?|raids?|violence|operations?|assaults?|offensive|battles?|war)\b")
_PRONOUNS: Final = frozenset({"it", "they", "we"})
_TRANSITIVE_LEAVE: Final = ("evacuat", "abandon", "left")
# Verbs of leaving that only forces' leaving makes a withdrawal ("the family relocated from the
# city", "residents fled", "he left the town")
_FORCES_ONLY_LEAVE: Final = ("relocat", "left", "fled", "reposition", "tactically")
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
class Read:
    """One candidate, read: evidence span, action and the data fields."""

    span: Span
    action: str
    obj: ObjectPhrase | None
    actor: str | None
    from_: str | None


def _plural(ground: ObjectPhrase) -> bool:
    """Whether ``ground`` is more than one place ("two forward positions", "the villages")."""
    if ground.count is not None and ground.count.best is not None:
        return ground.count.best > 1
    return (ground.object or "").endswith("s")


_READ_REACH = 1_000


def _military(text: str, lo: int, hi: int, seen: dict[tuple[int, int], bool]) -> bool:
    """Whether the sentence ``text[lo:hi]`` is about fighting; asked once per sentence, so a
    long sentence full of triggers is not searched again for each of them."""
    found = seen.get((lo, hi))
    if found is None:
        found = seen[lo, hi] = MILITARY.search(text, lo, hi) is not None
    return found


def _fighting_next_to(text: str, sent: Span, military: dict[tuple[int, int], bool], after: bool) -> bool:
    """Whether the sentence before ``sent`` (or, with ``after``, the one after), in its
    paragraph, is about fighting: "... rejected the army's claim that Dinyatoch had been
    recaptured. He said the youth still controlled Dinyatoch" goes on telling of the same
    ground; "Bila Hora is ours. There is fighting in the eastern part of the village" tells of
    it next."""
    if sent.start > 0:
        before = sentence_span(text, sent.start - 1)
        if "\n" not in text[before.start:sent.start] and _military(text, before.start, before.end, military):
            return True
    if not after or sent.end >= len(text) or "\n" in text[sent.end:sent.end + 3]:
        return False
    nxt = sentence_span(text, sent.end + 1)
    return nxt.start >= sent.end and "\n" not in text[sent.end:nxt.start] \
        and _military(text, nxt.start, nxt.end, military)


def read(doc: Document, text: str, m: regex.Match[str], sides: Mapping[str, str],
         prev_actor: str | None, lookup: BoundedLookup,
         military: dict[tuple[int, int], bool]) -> Read | None:
    """Read one trigger in ``text`` (the document's text, or a copy of the same length);
    ``prev_actor`` is the actor of the previous claim in the sentence, the subject of a
    coordinated verb ("stormed the airport and captured 25 villages")."""
    name = m.lastgroup or ""
    action, shape = _ROWS.get(name, ("", ""))
    if not shape:
        return None
    if name == "occupy" and not m.group().lower().endswith("ied"):
        action = "controls"  # "its forces now occupy a fifth of the country": held now
    sent = sentence_span(text, m.start())
    # (read within a bounded reach of the trigger: a pattern never scans the rest of a huge
    # sentence, which the regex module does for a pattern's required words before matching)
    lo, hi = max(sent.start, m.start() - _READ_REACH), min(sent.end, m.end() + _READ_REACH)
    before = text[max(lo, m.start() - 48):m.start()]
    if no_deed(text, m, name, sent, before):
        return None
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
        noun_read = read_noun(text, m, name, lo, hi, sides)
        if noun_read is None:
            return None
        action, obj, actor_span = noun_read
    elif shape in ("fell", "under"):
        obj, actor_span = read_fell_under(text, m, name, shape, lo, hi, sides)
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
                f = _FROM.match(text, m.end(), min(hi, m.end() + 48))
                if f is None and not word.lower().startswith(_TRANSITIVE_LEAVE):
                    # "withdrew soldiers from two posts" (not "sent to evacuate soldiers from")
                    f = _FORCES_FROM.match(text, m.end(), min(hi, m.end() + 40))
                obj = parse_object(text, f.end(), hi, sides) if f else None
                left_from = f is not None
                if obj is None and f is None and word.lower().startswith(_TRANSITIVE_LEAVE):
                    obj = parse_object(text, m.end(), hi, sides)  # "abandoned their posts"
            else:
                obj = parse_object(text, m.end(), hi, sides)
        if obj is None and shape == "leave" and passive_aux and word.lower().startswith(_TRANSITIVE_LEAVE) \
                and (by := after_party(text, BY, m.end(), hi)) is not None \
                and _FORCE_SUBJECT.search(text, by.start, by.end) is not None:
            # "the village had been abandoned by the attackers": the armed men left it (not
            # "abandoned by its residents")
            obj = subject_object(text, lo, m.start(), sides)
            passive = obj is not None
            actor_span = by if passive else None
        if obj is None and shape != "leave":
            bare = _NO_OBJECT.match(text, m.end(), min(hi, m.end() + 16))
            # ("two hilltops that the Sable Front seized last month": a relative clause's
            # subject, which took the ground before it, not a passive)
            if passive_aux or (_PAST_PARTICIPLE.search(word) and bare
                               and not WHICH_SUBJECT.search(text, max(lo, m.start() - 70), m.start())):
                obj = subject_object(text, lo, m.start(), sides)
                passive = obj is not None
                if passive:
                    actor_span = after_party(text, BY, m.end(), hi)
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
            if rel is not None and not TO.match(text, m.end(), min(hi, m.end() + 4)) \
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
                holder = compound_holder(text, lo, m.start())
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
                    actor_span = after_party(text, BY if name == "driven_out" else TO, obj.span.end, hi)
            else:
                actor_span = None if unnamed else subj
            forces = subj is not None and _FORCE_SUBJECT.search(text[subj.start:subj.end]) is not None
            # "the RSF withdrew towards Bara": a side with no "from" (not "the United States
            # withdrew from the accord"), in a sentence about fighting
            side_left = (shape == "leave" and not forces and not left_from and is_side(text, subj, sides)
                         and _military(text, sent.start, sent.end, military))
            forces = forces or side_left
            caused = subj is not None and _EVENT_SUBJECT.search(text, subj.start, subj.end) is not None
            if word.lower().startswith(_FORCES_ONLY_LEAVE) and (
                    not forces or (word.lower() == "left" and (obj is None or caused))):
                # "the family relocated from the city", "residents fled": only forces withdraw so;
                # and they leave ground: "a blast targeting the security forces left eight people
                # injured", "rebels left a lieutenant killed" tell what they caused
                return None
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
            if name == "clear" and subj is not None and text[subj.start:subj.end].lower() in _PRONOUNS \
                    and _military(text, sent.start, sent.end, military):
                forces = True  # "The army said it had cleared Mahaday district": the speaker's forces
            if name in ("remain_in", "clear") and not (forces or is_side(text, subj, sides)):
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
    # ("are_in" has armed forces for its subject: see _territorial_deed._FORCES_ARE)
    if doubtful and name != "are_in" and not _military(text, sent.start, sent.end, military) \
            and not is_side(text, actor_span, sides) and not (
                action not in ("captured", "recaptured") and name != "occupy"
                and _fighting_next_to(text, sent, military, after=name == "ours")):
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
        fp = after_party(text, _FROM_PARTY, obj.span.end, hi) if shape != "leave" else None
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
    return Read(span, action, obj, actor, from_)
