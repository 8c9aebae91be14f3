"""The contradiction stage: pairs of claims in one document that cannot both hold.

``data = {"claims": [id, id], "reason": str}``; the reason starts with the rule that fired:

``explicit``
    The text says so: "contradicting earlier statements by the defence ministry, which had
    confirmed such strikes", "contrary to the army's account", "at odds with", "disputed
    by". The claim before the cue is linked to the statement the cue points at; when that
    statement is not a claim yet, the stage adds it (kind ``confirmation`` when it has a
    confirming verb, else ``statement``).
``denial``
    A denial against the claim it targets (the denial stage found the target; a dispute
    such as "disputed the figures" counts), or against a confirmation of the same event
    elsewhere in the document ("the ministry confirmed the strikes" ... "Mujahid denied the
    strikes"), by a different speaker.
``figures``
    Two casualty figures for the same outcome and side from different named claimants
    whose ranges cannot both hold ("58 soldiers killed", says one; "23", says the other).
    "At least 30" and "45" do not contradict; vague amounts ("dozens") never do; an
    earlier event's figure contradicts only another told in its sentence.

Added claims: ``confirmation`` with ``data = {"confirmer": str|None, "confirmed": str}`` and
``statement`` with ``data = {"speaker": str|None, "content": str}``; a confirmation's
attribution holds the speaker, the confirming verb and what was confirmed. The span of a
contradiction is its evidence (the explicit phrase, the denial, or the later figure), and
``mentions`` holds the spans of both claims. Runs after ``denial`` and ``status``.
"""

from __future__ import annotations

from typing import Any, Final

import regex

from claimkit._document import Document
from claimkit._model import Claim, Span
from claimkit._pipeline import stage
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import Trigger

from ._contradiction_rules import Pair, confirmations, denial_pairs, explicit_pairs, figure_pairs
from ._ids import with_ids

# The one trigger pattern: explicit cues, and confirmations a denial may contradict.
_TRIGGER: Final = Trigger(regex.compile(
    r"(?P<explicit>\b(?:contradict(?:s|ed|ing)?|contrary\s+to|at\s+odds\s+with|inconsistent\s+with|"
    r"in\s+contrast\s+(?:to|with)|conflict(?:s|ed|ing)?\s+with|disputed\s+by)\b)"
    r"|(?P<confirm>\b(?:confirm(?:ed|s)|acknowledg(?:ed|es)|admitted|admits|verified)\b)",
    regex.IGNORECASE),
    # The first word of every cue above, for the cheap pre-filter ("at", "in" with the next).
    words=["contradict", "contrary", "inconsistent", "conflict", "disputed", "confirm", "acknowledg",
           "admit", "verified"],
    fragments=[r"at\s+odds", r"in\s+contrast"], fragment_words=["at", "in"])


def _contradiction(a: Claim, b: Claim, reason: str, evidence: Span) -> Claim:
    first, second = sorted((a, b), key=lambda c: (c.span.start, c.span.end))
    data: dict[str, Any] = {"claims": (first.id, second.id), "reason": reason}
    return Claim(kind="contradiction", span=evidence, data=data, mentions=(first.span, second.span),
                 extractor="contradiction")


def extract_contradictions(doc: Document) -> Document:
    """Add contradiction claims to ``doc`` (and the confirmation or statement claims they need)."""
    explicit: list[regex.Match[str]] = []
    confirms: list[regex.Match[str]] = []
    for m in _TRIGGER.finditer(doc.text):
        (explicit if m.group("explicit") else confirms).append(m)
    new: list[Claim] = []
    pairs: list[Pair] = []
    if explicit:
        new, pairs = explicit_pairs(doc, explicit)
    candidates: list[Claim] = []
    if confirms and doc.claims_of("denial"):
        candidates = confirmations(doc, confirms, taken=[c.span for c in new])
    used, found = denial_pairs(doc, candidates)
    # Claims built by the rules get their ids now; pairs are rewritten to the id-bearing copies.
    fresh = [*new, *used]
    if fresh:
        named = with_ids(doc, fresh)
        doc = doc.add_claims(named)
        ids = {id(old): c for old, c in zip(fresh, named, strict=True)}
        pairs = [(ids.get(id(a), a), ids.get(id(b), b), r, s) for a, b, r, s in pairs]
        found = [(ids.get(id(a), a), ids.get(id(b), b), r, s) for a, b, r, s in found]
    seen: set[frozenset[str]] = set()
    out: list[Claim] = []
    for a, b, reason, evidence in (*pairs, *found, *figure_pairs(doc)):
        key = frozenset((a.id, b.id))
        if not a.id or not b.id or a.id == b.id or key in seen:
            continue
        seen.add(key)
        out.append(_contradiction(a, b, reason, evidence))
    return doc.add_claims(with_ids(doc, out)) if out else doc


contradiction_stage = stage("contradiction", provides="claims:contradiction",
                            after=("denial", "status"))(extract_contradictions)


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(contradiction_stage)


__all__ = ["contradiction_stage", "extract_contradictions"]
