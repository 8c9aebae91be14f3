"""The status stage: how far each claim is verified (unverified, hedged, confirmed).

One precompiled pattern, the union of the :mod:`._status_lexicon` triggers, scans the text
once; each trigger found gets a scope (NegEx / pyConText style: a direction, a reach and
terminators) and every claim one of whose mentions lies in a scope takes that trigger's
status, the strongest winning. Claims the denial stage marked ``denied`` or ``disputed``
keep their status, and so do the denial and contradiction claims themselves.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Claim, Span
from claimkit._pipeline import stage
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import paragraph_spans, sentence_at

from ._status_lexicon import PRIORITY, TERMINATORS, TRIGGERS, Trigger

_PATTERN = regex.compile(
    r"\b(?:" + "|".join(f"(?P<t{i}>{t.phrase})" for i, t in enumerate(TRIGGERS)) + r")\b",
    regex.I | regex.V0)
_TERMINATOR = regex.compile(rf"(?:\b(?:{TERMINATORS})\b)", regex.I | regex.V0)
# A scope never reaches further than this from its trigger (a 1 MB "sentence" stays cheap).
_WINDOW = 1500
_KEEP = frozenset(("denied", "disputed"))
_SKIP_KINDS = frozenset(("denial", "contradiction"))


@attrs.frozen
class Scope:
    """Where one trigger applies: ``text[start:end]``, and the status it sets."""

    start: int
    end: int
    status: str
    trigger: Span


def _sentence_scope(text: str, m: regex.Match[str], trig: Trigger) -> tuple[int, int]:
    ss, se = sentence_at(text, m.start())
    ss, se = max(ss, m.start() - _WINDOW), min(se, m.end() + _WINDOW)
    lo, hi = m.start(), m.end()
    if trig.direction in ("backward", "both"):
        lo = ss
        for t in _TERMINATOR.finditer(text, ss, m.start()):
            lo = t.end()
    if trig.direction in ("forward", "both"):
        t = _TERMINATOR.search(text, m.end(), se)
        hi = t.start() if t else se
    return lo, hi


def _previous_scope(text: str, m: regex.Match[str], starts: list[int]) -> tuple[int, int]:
    i = max(0, bisect_right(starts, m.start()) - 1)
    lo = starts[max(0, i - 1)]  # its own paragraph so far and the one before
    return max(lo, m.start() - 2 * _WINDOW), m.start()


def scopes(text: str) -> list[Scope]:
    """Every trigger's scope in ``text``, in text order."""
    out: list[Scope] = []
    starts: list[int] | None = None
    for m in _PATTERN.finditer(text):
        trig = TRIGGERS[int((m.lastgroup or "t0")[1:])]
        if trig.reach == "previous":
            if starts is None:
                starts = [s for s, _ in paragraph_spans(text)]
            lo, _ = _previous_scope(text, m, starts)
            _, hi = _sentence_scope(text, m, Trigger(trig.phrase, trig.status, "forward"))
        else:
            lo, hi = _sentence_scope(text, m, trig)
        out.append(Scope(lo, hi, trig.status, Span(m.start(), m.end())))
    return out


def _rank(status: str) -> int:
    return PRIORITY.index(status) if status in PRIORITY else len(PRIORITY)


def _in_scope(span: Span, scope: Scope) -> bool:
    overlaps = min(span.end, scope.end) - max(span.start, scope.start) > 0
    return overlaps or (span.start <= scope.trigger.start and scope.trigger.end <= span.end)


def status_of(claim: Claim, found: Iterable[Scope]) -> str:
    """The status ``claim`` takes from the scopes ``found`` (its own when none applies)."""
    if claim.status in _KEEP or claim.kind in _SKIP_KINDS:
        return claim.status
    best = claim.status
    for scope in found:
        if _rank(scope.status) < _rank(best) and any(_in_scope(s, scope) for s in claim.mentions):
            best = scope.status
    return best


@stage("status", after=("attribution", "casualty", "territorial", "denial"), before="contradiction")
def status_stage(doc: Document) -> Document:
    """Mark each claim unverified, hedged or confirmed where a trigger's scope holds it."""
    if not doc.claims:
        return doc
    found = scopes(doc.text)
    if not found:
        return doc
    changed = []
    for claim in doc.claims:
        status = status_of(claim, found)
        if status != claim.status:
            changed.append(attrs.evolve(claim, status=status))
    return doc.replace_claims(changed) if changed else doc


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(status_stage)
