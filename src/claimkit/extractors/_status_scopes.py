"""Where each status trigger applies, and the status a claim takes from the scopes around it.

One precompiled pattern, the union of the :mod:`._status_lexicon` triggers, finds them all
in one scan (:data:`_FIND`); each trigger found gets a :class:`Scope` (NegEx / pyConText
style: a direction, a reach and terminators; :func:`scopes`), and :func:`status_of` gives a
claim the strongest status of the scopes one of its mentions lies in (:class:`Scopes` finds
those near a span by bisection).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import attrs
import regex

from claimkit._model import Claim, Span
from claimkit.text import Trigger as TextTrigger
from claimkit.text import paragraph_spans, sentence_at

from ._status_lexicon import FIRST_WORDS, PRIORITY, REASON_AFTER, TERMINATORS, TRIGGERS, Trigger

_PATTERN = regex.compile(
    r"\b(?:" + "|".join(f"(?P<t{i}>{t.phrase})" for i, t in enumerate(TRIGGERS)) + r")\b",
    regex.I | regex.V0)
# The rows are plain enough for Python's ``re``: over the lowercased text they are the
# pre-filter (``re`` scans them about three times as fast as ``regex`` scans _PATTERN).
# ``re``'s \w lacks some of ``regex``'s (combining marks, newer letters); \S holds them all.
# A prefix tree of the rows' first words guards them, so that most words are passed over by
# one test rather than one per row (again over twice as fast).
_FIND = TextTrigger(_PATTERN, fragments=["|".join(t.phrase.replace(r"\w", r"\S") for t in TRIGGERS)],
                    fragment_words=FIRST_WORDS)
_TERMINATOR = regex.compile(rf"(?:\b(?:{TERMINATORS})\b)", regex.I | regex.V0)
_REASON = regex.compile(rf"\s+(?:{REASON_AFTER})\b", regex.I | regex.V0)


def reason_follows(text: str, pos: int, end: int) -> bool:
    """Whether a reason opens at ``pos`` ("allegedly | for spying"): a hedge there qualifies
    the reason only (see :data:`REASON_AFTER`). The attribution stage reads "reportedly"
    the same way."""
    return _REASON.match(text, pos, end) is not None
# A scope never reaches further than this from its trigger (a 1 MB "sentence" stays cheap).
_WINDOW = 1500
_LONGEST_TRIGGER = 200  # characters; no lexicon phrase comes near it
KEEP = frozenset(("denied", "disputed"))
SKIP_KINDS = frozenset(("denial", "contradiction"))


@attrs.frozen
class Scope:
    """Where one trigger applies: ``text[start:end]``, and the status it sets."""

    start: int
    end: int
    status: str
    trigger: Span
    comment: bool = False  # reach "previous": a comment on the claimant's account
    whole: bool = False  # reach "document": a comment on everything told before it


def _sentence_scope(text: str, m: regex.Match[str], trig: Trigger) -> tuple[int, int]:
    ss, se = sentence_at(text, m.start())
    ss, se = max(ss, m.start() - _WINDOW), min(se, m.end() + _WINDOW)
    lo, hi = m.start(), m.end()
    if trig.direction == "both" and reason_follows(text, m.end(), se):
        trig = trig._replace(direction="forward")  # "allegedly for spying": the reason only
    if trig.direction in ("backward", "both"):
        lo = ss
        for t in _TERMINATOR.finditer(text, ss, m.start()):
            lo = t.end()
    if trig.direction in ("forward", "both"):
        t = _TERMINATOR.search(text, m.end(), se)
        hi = t.start() if t else se
    return lo, hi


# A figure, then "but" before a comment on what was just told, in one sentence
_FIGURE_BEFORE = regex.compile(r"\d[^.;:!?]*?\bbut\s+(?:\p{L}+\s+){0,4}$")


def _previous_scope(text: str, m: regex.Match[str], starts: list[int]) -> tuple[int, int]:
    i = max(0, bisect_right(starts, m.start()) - 1)
    lo = starts[max(0, i - 1)]  # its own paragraph so far and the one before
    return max(lo, m.start() - 2 * _WINDOW), m.start()


def scopes(text: str) -> list[Scope]:
    """Every trigger's scope in ``text``, in text order."""
    out: list[Scope] = []
    starts: list[int] | None = None
    for m in _FIND.finditer(text):
        trig = TRIGGERS[int((m.lastgroup or "t0")[1:])]
        if trig.reach == "document":
            out.append(Scope(0, m.start(), trig.status, Span(m.start(), m.end()), whole=True))
            continue
        comment = trig.reach == "previous"
        if comment:
            if starts is None:
                starts = [s for s, _ in paragraph_spans(text)]
            lo, _ = _previous_scope(text, m, starts)
            _, hi = _sentence_scope(text, m, Trigger(trig.phrase, trig.status, "forward"))
            ss, _ = sentence_at(text, m.start())
            if _FIGURE_BEFORE.search(text, max(ss, m.start() - _WINDOW), m.start()):
                # "... including 12 people reportedly killed, but had been unable to verify them":
                # the figures of its own sentence, not everything its speaker told before
                lo, comment = max(lo, ss), False
        else:
            lo, hi = _sentence_scope(text, m, trig)
        out.append(Scope(lo, hi, trig.status, Span(m.start(), m.end()), comment))
    return out


def rank(status: str) -> int:
    return PRIORITY.index(status) if status in PRIORITY else len(PRIORITY)


def in_scope(span: Span, scope: Scope) -> bool:
    overlaps = min(span.end, scope.end) - max(span.start, scope.start) > 0
    return overlaps or (span.start <= scope.trigger.start and scope.trigger.end <= span.end)


class Scopes:
    """Scopes in text order, searchable by place: a scope reaches at most ``2 * _WINDOW`` back
    and ``_WINDOW`` forward from its trigger, so only triggers near a span can hold it (this
    keeps a text dense with triggers and claims linear)."""

    def __init__(self, found: list[Scope]) -> None:
        self.found = found
        self.starts = [f.trigger.start for f in found]

    def near(self, span: Span) -> list[Scope]:
        lo = bisect_left(self.starts, span.start - _WINDOW - _LONGEST_TRIGGER)
        hi = bisect_right(self.starts, span.end + 2 * _WINDOW)
        return self.found[lo:hi]


def status_of(claim: Claim, found: Scopes) -> str:
    """The status ``claim`` takes from the scopes ``found`` (its own when none applies)."""
    if claim.status in KEEP or claim.kind in SKIP_KINDS:
        return claim.status
    best = claim.status
    for span in claim.mentions:
        for scope in found.near(span):
            if rank(scope.status) < rank(best) and in_scope(span, scope):
                best = scope.status
    return best
