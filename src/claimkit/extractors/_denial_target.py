"""Which earlier claim a denial denies, and marking it.

A claim is a denial's target when it lies inside the denied proposition ("denied that 30
soldiers were killed"), or when it comes earlier in the document and the proposition points
at it: the same figure, the same kind of event ("losses", "captured"), the same place or
party, shared words, or a bare reference ("denied it", "the reports") to a claim in the
sentences just before. A claim is never the target of its own claimant's denial. The
best-scoring claim is ``data["target"]``; every claim tied with it is in ``data["targets"]``
and gets the status ``denied`` (``disputed`` for a dispute cue; ``denied`` wins over it).
"""

from __future__ import annotations

import bisect
from typing import Final

import attrs
import regex

from claimkit._claimants import claimant_name
from claimkit._document import Document
from claimkit._model import Claim, Count
from claimkit.text import find_numbers

from ._phrases_party import clean_party
from ._words import words

# How far before a denial its target may stand, in characters.
WINDOW: Final = 4000
# The score of a claim told inside the denied proposition itself.
_INSIDE: Final = 10
_NOT_TARGETS: Final = frozenset({"denial", "contradiction", "confirmation"})
_EVENT: Final = {
    "casualty": regex.compile(r"\b(?:kill|dead|death|die|died|casualt|loss|losses|lost|wound|injur|toll|"
                              r"figure|martyr|captur|prisoner|missing|abduct|kidnap|bod(?:y|ies))", regex.I),
    # (verbs and nouns of events only: the ground's own noun, "village", is one of the claim's
    # names below, and counted once)
    "territorial": regex.compile(r"\b(?:captur|seiz|took|taken|control|overr|fell|fall|withdr|retreat|lost|"
                                 r"loss|los[eis]|advance|liberat|recaptur|retook|siege|besieg|encircl)",
                                 regex.I),
    "materiel": regex.compile(r"\b(?:destroy|shot\s+down|downed|tank|aircraft|drone|jet|helicopter|"
                              r"vehicle|weapon|equipment|strike|airstrike|(?:out)?posts?\b|checkpoint|bunker)",
                              regex.I),
}
# Words that tell one outcome in a denied proposition ("denied that soldiers had been taken
# prisoner" denies a capture, not the killed figures told before it); a capture and an
# abduction are one family ("taken prisoner", "abducted" soldiers). A proposition with none of
# these, or with a word of losses in general ("losses", "the toll"), may deny any outcome.
_OUTCOME_WORDS: Final = (
    (frozenset({"killed"}),
     regex.compile(r"\b(?:kill|dead|death|die[sd]?\b|dying|martyr|bod(?:y|ies)|slain|lives\b)", regex.I)),
    (frozenset({"wounded"}), regex.compile(r"\b(?:wound|injur|hurt\b)", regex.I)),
    (frozenset({"captured", "kidnapped"}),
     regex.compile(r"\b(?:captur|prisoner|captive|kidnap|abduct|hostage)", regex.I)),
    (frozenset({"arrested"}), regex.compile(r"\b(?:arrest|detain|detention)", regex.I)),
    (frozenset({"missing"}), regex.compile(r"\bmissing\b", regex.I)),
)
_ANY_OUTCOME: Final = regex.compile(r"\b(?:casualt|loss|losses|lost|los[eis]|toll|figures?\b)", regex.I)
_REFERENCE: Final = regex.compile(
    r"^(?:it|this|that|these|those|them|the\s+(?:claims?|reports?|figures?|toll|allegations?|accounts?|"
    r"charges?|statement|announcement|news)|such\s+(?:claims?|reports?)|(?:claims?|reports?)\b)", regex.I)
_CONTENT: Final = regex.compile(r"[\p{L}\p{N}]{4,}")
# A number of time or distance, no figure a claim gives: "had taken more than five hours".
_UNIT_AFTER: Final = regex.compile(
    r"(?i)\s*+(?:hours?|minutes?|days?|weeks?|months?|years?|kilometres?|kilometers?|km|miles?|metres?|"
    r"meters?|percent|per\s+cent|%)(?![\p{L}])")
_STOP: Final = words("that this with from were have been said they their there which about would "
                         "could also into than them what when where after before over more most some "
                         "reports report claims claim")


def _claimant(claim: Claim) -> str | None:
    who = claimant_name(claim.attribution, "words")
    return clean_party(who).lower() or None if who is not None else None


def _claimant_words(claim: Claim) -> set[str]:
    """Words naming who makes ``claim`` ("taliban", "spokesman", "mujahid")."""
    src = claim.attribution.source if claim.attribution else None
    if src is None:
        return set()
    told = " ".join(x for x in (src.text, src.name, src.organization) if x)
    return {w.lower() for w in _CONTENT.findall(told)} - _STOP


def _names(claim: Claim) -> set[str]:
    out: set[str] = set()
    for key in ("place", "side", "group", "actor", "from", "object"):
        value = claim.data.get(key)
        if isinstance(value, str):
            out.update(w.lower() for w in _CONTENT.findall(value))
    return out - _STOP


def _score(doc: Document, denial: Claim, claim: Claim, sentences_before: int,
           outcomes: frozenset[str] | None) -> int:
    """How well ``claim`` fits as what ``denial`` denies (0: not at all); ``outcomes`` are the
    outcomes its proposition tells of, None for any (see :func:`_outcomes_told`)."""
    denied = denial.data["denied"].span
    if any(s.overlaps(denied) for s in (claim.span, *claim.mentions)):
        return _INSIDE
    if claim.span.start >= denial.span.start:
        return 0
    denier = clean_party(denial.data.get("denier") or "").lower()
    if denier and denier == _claimant(claim):
        return 0
    if claim.kind == "casualty" and outcomes is not None and claim.data.get("outcome") not in outcomes:
        return 0  # "denied that soldiers had been taken prisoner": no figure of the killed
    text = doc.text
    words = {w.lower() for w in _CONTENT.findall(text, denied.start, denied.end)} - _STOP
    score = 0
    numbers = {n.best for n in find_numbers(text, denied.start, denied.end)
               if n.best is not None and not _UNIT_AFTER.match(text, n.end)}
    count = claim.data.get("count")
    best = count.best if isinstance(count, Count) else None
    if numbers and best is not None:
        if best not in numbers:
            return 0
        score += 2
    event = _EVENT.get(claim.kind)
    if event is not None and event.search(text, denied.start, denied.end):
        score += 1
    if words & _names(claim):
        score += 1
    if words & _claimant_words(claim):
        score += 1  # "rejected the Taliban figure": the proposition names who made the claim
    claim_words = {w.lower() for w in _CONTENT.findall(text, claim.span.start, claim.span.end)} - _STOP
    if len(words & claim_words) >= 2:
        score += 1
    if _REFERENCE.match(text[denied.start:denied.end].lstrip()):
        # "denied it", "disputed the claim": a bare reference points at the sentence before.
        score += 2 if sentences_before <= 1 else 1 if sentences_before <= 2 else 0
    return score


def _outcomes_told(text: str, start: int, end: int) -> frozenset[str] | None:
    """The casualty outcomes the proposition ``text[start:end]`` tells of, or None when it
    may deny any (it names none, or losses in general)."""
    told = [kinds for kinds, pattern in _OUTCOME_WORDS if pattern.search(text, start, end)]
    if not told or _ANY_OUTCOME.search(text, start, end) is not None:
        return None
    return frozenset().union(*told)


def _sentences_between(doc: Document, a: int, b: int) -> int:
    return doc.text.count(". ", a, b) + doc.text.count("\n", a, b)


def link_targets(doc: Document, denials: list[Claim],
                 dispute: list[bool]) -> tuple[list[Claim], dict[str, str]]:
    """The ``denials`` with ``target``/``targets`` set, and the new status of each claim of
    ``doc`` they deny (claim id -> ``denied`` or ``disputed``; a dispute never overrides a
    claim already denied)."""
    candidates = sorted((c for c in doc.claims if c.kind not in _NOT_TARGETS), key=lambda c: c.span.start)
    starts = [c.span.start for c in candidates]
    status: dict[str, str] = {}
    updated: list[Claim] = []
    for denial, is_dispute in zip(denials, dispute, strict=True):
        denied = denial.data["denied"].span
        lo = bisect.bisect_left(starts, denial.span.start - WINDOW)
        hi = bisect.bisect_right(starts, denied.end)
        # (read once per denial: the same proposition for every candidate)
        outcomes = _outcomes_told(doc.text, denied.start, denied.end)
        scored = []
        for claim in candidates[max(lo, hi - 50):hi]:
            before = claim.span.end < denial.span.start
            gap = _sentences_between(doc, claim.span.end, denial.span.start) if before else 0
            s = _score(doc, denial, claim, gap, outcomes)
            if s >= 2:
                scored.append((s, claim.span.start, claim))
        if not scored:
            updated.append(attrs.evolve(denial, data={**denial.data, "targets": ()}))
            continue
        # A claim inside the denied proposition ("denied losing the two posts") is what is denied;
        # an earlier claim it answers ("the rebels captured four posts") is the target, when
        # there is one, and both are marked.
        inner = [c for s, _, c in scored if s == _INSIDE]
        # (of the kind of a claim inside it: "statements about dozens of dead" answers a
        # casualty figure, not ground taken)
        kinds = {c.kind for c in inner}
        earlier = [t for t in scored if t[0] < _INSIDE and (not kinds or t[2].kind in kinds)] or [
            t for t in scored if t[0] == _INSIDE]
        top = max(s for s, _, _ in earlier)
        tied = [c for s, _, c in sorted(earlier, key=lambda t: (t[0], t[1]), reverse=True) if s == top]
        tied += [c for c in inner if all(c is not t for t in tied)]
        updated.append(attrs.evolve(denial, data={**denial.data, "target": tied[0].id,
                                                  "targets": tuple(c.id for c in tied)}))
        for c in tied:
            if c.status != "denied" and status.get(c.id) != "denied":
                status[c.id] = "disputed" if is_dispute else "denied"
    return updated, status
