"""The three rules of the contradiction stage, each returning pairs of claims.

A pair is ``(first, second, reason, evidence)``: ``reason`` starts with the rule's name
(``explicit``, ``denial`` or ``figures``) and ``evidence`` is the span that shows it.
Claims the explicit and denial rules need but nobody extracted yet (the defence ministry's
confirmation that a denial contradicts) are built here without ids; the stage gives them
ids before the contradictions are written.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, Final

import regex

from claimkit._claimants import claimant_name
from claimkit._document import Document
from claimkit._groups import CIVILIANS
from claimkit._model import Attribution, Claim, Count, Span, Speaker
from claimkit._reconcile import allowed_range
from claimkit.text._calendar import WEEKDAY_PATTERN

from ._gazetteer import lookup as place_lookup
from ._phrases import NEXT_INCIDENT, in_title, sentence_span
from ._phrases_party import clean_party, is_pronoun
from ._phrases_subject import subject_before
from ._voices import same_voice, voice_of
from ._words import words

Pair = tuple[Claim, Claim, str, Span]

# Kinds that are never one side of a contradiction.
_NOT_PARTIES: Final = frozenset({"contradiction"})
_CONFIRM: Final = regex.compile(
    r"\b(?:confirm(?:ed|s|ing)?|acknowledg(?:ed|es|ing)|admit(?:ted|s)?|verified)\b", regex.IGNORECASE)
# Before a confirmation verb: it did not happen ("could not be verified", "has yet to confirm").
_NOT_DONE: Final = regex.compile(
    r"(?:\b(?:not|never|no|yet\s+to|unable\s+to|refused\s+to|declined\s+to|neither|nor)|n't)\s+"
    r"(?:(?:be|been|being|independently|officially|immediately|publicly|yet)\s+){0,3}$", regex.IGNORECASE)
# Where the statement after an explicit cue ends: a clause break that is not a relative clause.
_STATEMENT_END: Final = regex.compile(r",(?!\s*(?:which|who|that|whose)\b)|[;:\n]|\.(?=\s|$)|[!?]|$",
                                      regex.IGNORECASE)
_CLAUSE_END: Final = regex.compile(r"[,;:\n]|\.(?=\s|$)|[!?)\"”]|\s+(?:but|while|as|and\s+said)\s|$",
                                   regex.IGNORECASE)
_LEAD: Final = regex.compile(r"\s*(?:that\s+)?", regex.IGNORECASE)
# Who made the statement an explicit cue points at: "statements by the ministry",
# "the army's account", "claims from Kabul".
_BY: Final = regex.compile(r"\b(?:by|from|of)\s+(?P<who>(?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,4}?)"
                           r"(?=\s*(?:,|;|\.|$|\bwhich\b|\bwho\b|\bthat\b|\bon\b|\bin\b|\babout\b))",
                           regex.IGNORECASE)
_POSSESSOR: Final = regex.compile(r"(?:^|\s)(?P<who>(?:the\s+)?[\p{L}.-]+(?:\s+[\p{L}.-]+){0,3}?)['’]s?\s+"
                                  r"(?:own\s+)?(?:account|statements?|claims?|figures?|reports?|version|"
                                  r"assertions?|announcement|tally|toll)\b", regex.IGNORECASE)
_MAX_STATEMENT: Final = 300
_CONTENT: Final = regex.compile(r"\p{L}{4,}")
_STOP: Final = words(
    "that this with from were have been said they their there which about would could also into than "
    "them what when where after before over more most some such earlier statements statement claims "
    "claim reports report denied denies confirmed confirms hitting caused only without")
# How far apart (in characters) a denial and a confirmation of the same event may stand.
_EVENT_WINDOW: Final = 3000
_MAX_FIGURES: Final = 40


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in " \t\n,\"'“”‘’":
        start += 1
    while end > start and text[end - 1] in " \t\n,\"'“”‘’":
        end -= 1
    return Span(start, end)


def _label(text: str) -> str | None:
    name = clean_party(text)
    return None if not name or is_pronoun(name) else name


def _stem(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def event_words(text: str, span: Span) -> set[str]:
    """The content words of ``text[span]``, lowercased without a plural ``s``."""
    return {_stem(w) for w in _CONTENT.findall(text, span.start, span.end)} - {_stem(w) for w in _STOP}


def same_event(a: set[str], b: set[str]) -> bool:
    """True when two word sets share a word, or one ends another ("strike" / "airstrike")."""
    if a & b:
        return True
    return any(len(x) >= 5 and len(y) >= 5 and (x.endswith(y) or y.endswith(x)) for x in a for y in b)


def claimant(claim: Claim) -> str | None:
    """Who makes ``claim``: its attribution's source, or None (the outlet's voice). A speaker
    with neither name nor organisation is known by the source's words, and a pronoun by the
    role it was resolved to ("he", after "A military source in El Obeid ... said")."""
    return _claimant_by(claim)[0]


def _claimant_by(claim: Claim) -> tuple[str | None, bool]:
    """:func:`claimant`, and whether it is the role a pronoun was resolved to."""
    who = claimant_name(claim.attribution)
    if who:
        return who, False
    words = claimant_name(claim.attribution, "words")
    label = _label(words) if words is not None else None
    if label:
        return label, False
    return claimant_name(claim.attribution, "role"), True


def same_claimant(a: str, b: str, by_role: bool = False) -> bool:
    """Whether two claimants are one: the same words, or, when one is known ``by_role``, its
    role within the other's words ("a military source in El Obeid" and the "military source" a
    pronoun was resolved to)."""
    a, b = a.lower(), b.lower()
    if not by_role:
        return a == b
    short, long = sorted((a, b), key=len)
    at = long.find(short)
    while at != -1:
        end = at + len(short)
        if (at == 0 or not long[at - 1].isalnum()) and (end == len(long) or not long[end].isalnum()):
            return True
        at = long.find(short, at + 1)
    return False


def _confirmation(doc: Document, region: Span, cue: regex.Match[str] | None, speaker: Span | None) -> Claim:
    """A ``confirmation`` claim (``statement`` when there is no confirming verb)."""
    text = doc.text
    who = _label(text[speaker.start:speaker.end]) if speaker else None
    source = Speaker(text[speaker.start:speaker.end], speaker, who if who and who[:1].isupper() else None) \
        if speaker else None
    if cue is not None:
        lead = _LEAD.match(text, cue.end(), region.end)
        start = lead.end() if lead else cue.end()
        end_m = _CLAUSE_END.search(text, start, region.end)
        content = _trimmed(text, start, end_m.start() if end_m else region.end)
        if content.end <= content.start:
            content = region
        att = Attribution(source, doc.snippet(Span(cue.start(), cue.end())), doc.snippet(content), "indirect")
        data: dict[str, Any] = {"confirmer": who, "confirmed": text[content.start:content.end]}
        return Claim(kind="confirmation", span=region, data=data, attribution=att, extractor="contradiction")
    said: dict[str, Any] = {"speaker": who, "content": text[region.start:region.end]}
    return Claim(kind="statement", span=region, data=said, extractor="contradiction")


def _statement(doc: Document, region: Span) -> Claim:
    """A confirmation or statement claim for the words at ``region`` ("statements by X,
    which had confirmed such strikes", "the army's account")."""
    text = doc.text
    by = _BY.search(text, region.start, region.end) or _POSSESSOR.search(text, region.start, region.end)
    speaker = _trimmed(text, by.start("who"), by.end("who")) if by else None
    return _confirmation(doc, region, _CONFIRM.search(text, region.start, region.end), speaker)


def party_words(claim: Claim) -> set[str]:
    """Words naming who stands behind ``claim``: its speaker, denier or confirmer."""
    told = [claim.data.get(k) for k in ("denier", "confirmer", "speaker")]
    src = claim.attribution.source if claim.attribution else None
    if src is not None:
        told += [src.text, src.name, src.organization]
    return {w.lower() for t in told if isinstance(t, str) for w in _CONTENT.findall(t)} - _STOP


def _prior_claim_of(doc: Document, claims: Sequence[Claim], starts: Sequence[int], subject: set[str],
                    before: int, after: Claim, same_topic: bool = False) -> Claim | None:
    """The earlier claim (within a few paragraphs before ``before``) of the party ``subject``
    names that speaks to the same event as ``after`` ("The ministry's statement contradicted
    remarks that soldiers died" -> the ministry's denial that soldiers were killed). Denials
    and confirmations come first, then shared event words, then the latest; with
    ``same_topic`` a claim sharing no event word with ``after`` is not taken. ``claims`` are
    sorted by start, ``starts`` are their starts."""
    text = doc.text
    topic = event_words(text, after.span)
    best: tuple[int, int, int] | None = None
    found = None
    for c in claims[bisect_left(starts, before - _EVENT_WINDOW):bisect_left(starts, before)]:
        if not subject & party_words(c):
            continue
        shared = len(topic & event_words(text, c.span))
        if same_topic and not shared:
            continue
        key = (c.kind in ("denial", "confirmation"), shared, c.span.start)
        if best is None or key > best:
            best, found = key, c
    return found


def explicit_pairs(doc: Document, cues: Sequence[regex.Match[str]]) -> tuple[list[Claim], list[Pair]]:
    """Rule ``explicit``: "contradicting earlier statements by X", "contrary to X's account".

    One side is the claim before the cue in its sentence; failing that, the earlier claim
    of the party the cue's subject names ("The ministry's statement contradicted ..."), or,
    when the cue opens the sentence ("Contrary to the army's account, ..."), the statement
    the cue names. The other side is the first claim from the cue's statement to the end of
    the sentence, else a new confirmation or statement claim made from the cue's statement.
    Returns the new claims and the pairs.
    """
    text = doc.text
    claims = sorted((c for c in doc.claims if c.kind not in _NOT_PARTIES), key=lambda c: c.span.start)
    starts = [c.span.start for c in claims]  # a cue reads only the claims near it: linear
    new: list[Claim] = []
    pairs: list[Pair] = []
    for m in cues:
        sent = sentence_span(text, m.start())
        end_m = _STATEMENT_END.search(text, m.end(), min(sent.end, m.end() + _MAX_STATEMENT))
        region = _trimmed(text, m.end(), end_m.start() if end_m else min(sent.end, m.end() + _MAX_STATEMENT))
        if region.end <= region.start:
            continue
        in_sentence = claims[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
        before = next((c for c in reversed(in_sentence) if c.span.end <= m.start()), None)
        after = next((c for c in in_sentence if c.span.start >= region.start and c is not before), None)
        if before is None and after is None:
            continue
        if before is None and after is not None:
            subject = subject_before(text, sent.start, m.start())
            if subject is not None:
                words = event_words(text, subject) | {w.lower() for w in _CONTENT.findall(
                    text, subject.start, subject.end)}
                before = _prior_claim_of(doc, claims, starts, words - _STOP, sent.start, after)
                if before is None:
                    before = _statement(doc, subject)
                    new.append(before)
            else:
                before = _statement(doc, region)
                new.append(before)
        elif after is None and before is not None:
            # "contradicting the military's account": the military's earlier claim on the
            # same event, when the cue names no confirmation of its own.
            who = (_BY.search(text, region.start, region.end)
                   or _POSSESSOR.search(text, region.start, region.end))
            prior = None
            if who is not None and not _CONFIRM.search(text, region.start, region.end):
                party = {w.lower() for w in _CONTENT.findall(text, who.start("who"), who.end("who"))} - _STOP
                prior = _prior_claim_of(doc, claims, starts, party, sent.start, before, same_topic=True)
            after = prior or _statement(doc, region)
            if prior is None:
                new.append(after)
        if before is None or after is None or after is before:
            continue
        word = text[m.start():m.end()].lower()
        reason = f"explicit: the text says {word!r}"
        pairs.append((before, after, reason, Span(m.start(), region.end)))
    return new, pairs


def confirmations(doc: Document, cues: Iterable[regex.Match[str]], taken: Sequence[Span]) -> list[Claim]:
    """Candidate confirmation claims ("the ministry confirmed the strikes"), skipping
    negated ones ("could not be independently verified") and those inside ``taken``."""
    text = doc.text
    out = []
    for m in cues:
        cue = Span(m.start(), m.end())
        if any(t.start <= cue.start < t.end for t in taken):
            continue
        sent = sentence_span(text, m.start())
        if _NOT_DONE.search(text, max(sent.start, m.start() - 40), m.start()):
            continue
        subject = subject_before(text, sent.start, m.start())
        region = _trimmed(text, subject.start if subject else m.start(), sent.end)
        end_m = _CLAUSE_END.search(text, m.end(), sent.end)
        region = Span(region.start, max(m.end(), end_m.start() if end_m else sent.end))
        out.append(_confirmation(doc, region, m, subject))
    return out


def denial_pairs(doc: Document, candidates: Sequence[Claim]) -> tuple[list[Claim], list[Pair]]:
    """Rule ``denial``: a denial against the claim it targets, and against a confirmation of
    the same event (shared event words, different speakers, within a few paragraphs).
    Returns the candidate confirmations that were used and the pairs."""
    text = doc.text
    pairs: list[Pair] = []
    used: list[Claim] = []
    by_id = {c.id: c for c in doc.claims if c.id}
    denials = doc.claims_of("denial")
    for d in denials:
        target = by_id.get(d.data.get("target") or "")
        if target is not None:
            verb = "disputes" if target.status == "disputed" else "denies"
            who = d.data.get("denier") or "a party"
            pairs.append((target, d, f"denial: {who} {verb} {target.id}", d.span))
    confirmed = [*candidates, *doc.claims_of("confirmation")]
    # the denials near each confirmation, in their own order, found by start: linear
    by_start = sorted(range(len(denials)), key=lambda k: denials[k].span.start)
    denial_starts = [denials[k].span.start for k in by_start]
    for c in confirmed:
        words_c = event_words(text, c.attribution.content.span if c.attribution else c.span)
        near = sorted(by_start[bisect_left(denial_starts, c.span.start - _EVENT_WINDOW):
                               bisect_right(denial_starts, c.span.start + _EVENT_WINDOW)])
        for d in (denials[k] for k in near):
            if d.span.overlaps(c.span):
                continue
            denier = (d.data.get("denier") or "").lower()
            if denier and denier == (claimant(c) or "").lower():
                continue
            if same_event(event_words(text, d.data["denied"].span), words_c):
                if c.id == "" and all(u is not c for u in used):
                    used.append(c)
                pairs.append((d, c, "denial: a denial and a confirmation of the same event", d.span))
                break
    return used, pairs


_WOUNDED_GROUPS: Final = frozenset({"wounded", "injured"})
# ... or told as wounded people who died: "two wounded men died", "one of the (six) wounded
# officers succumbed" (deaths added to a toll, not a toll)
_WOUNDED_WHO_DIED: Final = regex.compile(
    r"(?i)[\p{L}\p{N},]+\s+(?:of\s+(?:the|its|their|our)\s+(?:[\p{L}\p{N},]+\s+)?)?"
    r"(?:critically\s+|seriously\s+|badly\s+)?(?:wounded|injured)\s")
# ... or the missing found dead: "the bodies of two missing soldiers were found" (deaths of
# people told as missing, added to a toll)
_MISSING_FOUND_DEAD: Final = regex.compile(
    r"(?i)(?:bodies|remains|corpses)\s+of\s+(?:the\s+)?[\p{L}\p{N},]+\s+(?:missing|abducted|kidnapped)\s")
# Who were among the dead told before: "The martyrs include three children", "Among the dead
# were two nurses".
_AMONG_THE_DEAD: Final = regex.compile(
    r"(?i)(?:the\s+(?:dead|victims|martyrs|killed|wounded|injured)\s+(?:include|included|were|are)|"
    r"among\s+(?:the|those)\s+[\p{L}]+\s+(?:were|are))\b")
# ... or more of them, added to a toll told before: "six more bodies", "a further three" (not
# "others": "wounded nine others" is a toll)
_INCREMENT: Final = regex.compile(
    r"(?i)(?:\p{N}[\p{N},]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"dozens)\s+(?:more|additional)(?!\s+than\b)(?![\p{L}])")
_FURTHER_BEFORE: Final = regex.compile(r"(?i)(?<![\p{L}])(?:another|a\s+further|an\s+additional)\s+\Z")
# (not a toll's noun: "the number of those abducted at more than 70" is a toll)
_PARTITIVE: Final = regex.compile(
    r"(?i)(?!(?:number|toll|total|count|tally)\s)[\p{L}\p{N},]+\s+of\s+(?:whom|them|those|these)\b")


def figure_pairs(doc: Document) -> list[Pair]:
    """Rule ``figures``: two casualty figures for the same outcome and side (or group, when
    neither names a side) from two different named claimants, whose ranges cannot both hold.
    Parts of other figures of their side are no tolls to compare, and an earlier event's figure
    is compared only with another told in its sentence."""
    groups: dict[tuple[str, str, int], list[tuple[Claim, str, bool, tuple[float, float]]]] = {}
    by_id = {c.id: c for c in doc.claims_of("casualty")}
    for c in doc.claims_of("casualty"):
        parent = by_id.get(c.data.get("part_of") or "")
        # (an item of a sum of several parties is a toll of its own: "three militiamen and six
        # of the attackers were killed"; "a nurse and a patient" are parts of the civilians')
        if (parent is not None and parent.data.get("side") == c.data.get("side")
                and not (parent.data.get("total") and parent.data.get("side") is None)) \
                or _PARTITIVE.match(doc.text, c.span.start, c.span.start + 40) \
                or _INCREMENT.match(doc.text, c.span.start, c.span.start + 40) \
                or _FURTHER_BEFORE.search(doc.text, max(0, c.span.start - 20), c.span.start) \
                or (c.data.get("side") in (CIVILIANS, None)
                    and _AMONG_THE_DEAD.match(doc.text, c.span.start, c.span.start + 40)) \
                or (c.data.get("outcome") == "killed" and (
                    c.data.get("group") in _WOUNDED_GROUPS
                    or _WOUNDED_WHO_DIED.match(doc.text, c.span.start, c.span.start + 60)
                    or _MISSING_FOUND_DEAD.match(doc.text, c.span.start, c.span.start + 60))):
            # not a toll: more of them ("six more bodies"), a part of another figure of its
            # side ("16 of them children", "19
            # wounded, two of whom died", "two of the injured died", "the dead included three
            # children"; "20 people, including eight soldiers" and "the dead included 10 members
            # of the security forces" are the soldiers' toll)
            continue
        # an earlier event's figure is compared only with another told in its sentence, of the
        # same event ("In October, the army said 16 soldiers had died ..., while local sources
        # put the toll at about 30")
        event = sentence_span(doc.text, c.span.start).start if c.data.get("background") else -1
        count = c.data.get("count")
        outcome = c.data.get("outcome")
        side = c.data.get("side") or c.data.get("group")
        who, by_role = _claimant_by(c)
        if not (isinstance(count, Count) and isinstance(outcome, str) and isinstance(side, str) and who):
            continue
        interval = allowed_range(count)
        if interval is not None:
            group = groups.setdefault((outcome, side.lower(), event), [])
            if len(group) < _MAX_FIGURES:  # pairs grow with the square: bound them
                group.append((c, who, by_role, interval))
    pairs: list[Pair] = []
    for (outcome, _, _), items in groups.items():
        for i, (a, who_a, role_a, (lo_a, hi_a)) in enumerate(items):
            for b, who_b, role_b, (lo_b, hi_b) in items[i + 1:]:
                if (lo_a <= hi_b and lo_b <= hi_a) or same_claimant(who_a, who_b, role_a or role_b) \
                        or _on_other_days(doc.text, a, b) or _title_of_one_voice(doc.text, a, b):
                    continue
                side = a.data.get("side") or a.data.get("group")
                reason = (f"figures: {who_a} and {who_b} give different {outcome} figures for {side} "
                          f"({a.data['count'].text or a.data['count'].best} vs "
                          f"{b.data['count'].text or b.data['count'].best})")
                pairs.append((a, b, reason, b.span))
    return pairs



# A day a sentence names: "on Sunday", "Sunday's attack".
_WEEKDAY: Final = regex.compile(rf"\b{WEEKDAY_PATTERN}\b")


def _on_other_days(text: str, a: Claim, b: Claim) -> bool:
    """Whether one of two figures is told in a report's list of incidents ("In a second, on
    Tuesday, a drone struck a depot, killing four") and their sentences name days and no day in
    common (the toll of "Sunday's attack"): two incidents, no contradiction."""
    sa, sb = sentence_span(text, a.span.start), sentence_span(text, b.span.start)
    if not NEXT_INCIDENT.match(text, sa.start, sa.end) and not NEXT_INCIDENT.match(text, sb.start, sb.end):
        return False
    days_a = set(_WEEKDAY.findall(text, sa.start, sa.end))
    if not days_a:
        return False
    days_b = set(_WEEKDAY.findall(text, sb.start, sb.end))
    return bool(days_b) and not days_a & days_b


def _title_of_one_voice(text: str, a: Claim, b: Claim) -> bool:
    """Whether one figure is a title's and the two speakers are one voice under two names (the
    title's "kills eight: Kurds" and the body's "the Kurdish Red Crescent said ... six"): a
    title tells the latest toll of the body's source, no rival account."""
    if not (in_title(text, a.span) or in_title(text, b.span)):
        return False
    # (by the names of people or bodies: a place both are of, "Gaza", makes no one voice of
    # "the Gaza health ministry" and "Gaza's civil defence")
    va, vb = (frozenset(w.removesuffix("s") for w in voice_of(c.attribution) if place_lookup(w) is None)
              for c in (a, b))
    return same_voice(va, vb)
