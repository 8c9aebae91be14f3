"""The status stage: how far each claim is verified (unverified, hedged, confirmed).

One precompiled pattern, the union of the :mod:`._status_lexicon` triggers, scans the text
once; each trigger found gets a scope (NegEx / pyConText style: a direction, a reach and
terminators) and every claim one of whose mentions lies in a scope takes that trigger's
status, the strongest winning. Claims the denial stage marked ``denied`` or ``disputed``
keep their status, and so do the denial and contradiction claims themselves.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

import attrs
import regex

from claimkit._claimants import claimant_name
from claimkit._document import Document
from claimkit._model import Attribution, Claim, Span
from claimkit._pipeline import stage
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import Trigger as TextTrigger
from claimkit.text import paragraph_spans, sentence_at

from ._status_lexicon import FIRST_WORDS, PRIORITY, REASON_AFTER, TERMINATORS, TRIGGERS, Trigger
from ._voices import same_voice

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
_KEEP = frozenset(("denied", "disputed"))
_SKIP_KINDS = frozenset(("denial", "contradiction"))


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


def _disclaimer(text: str, claims: Sequence[Claim], found: Sequence[Scope]) -> str | None:
    """The strongest status a comment on accounts sets in the report's opening paragraphs
    before every claim: a disclaimer on what follows ("Figures given by armed parties could
    not be independently verified.", opening a weekly round-up), or None."""
    first = min((c.span.start for c in claims if c.kind not in _SKIP_KINDS), default=None)
    if first is None:
        return None
    heading = [f for f in found if (f.whole or f.comment) and f.trigger.end <= first]
    if not heading:
        return None  # (most reports: the paragraphs are read only for a comment found first)
    paragraphs = paragraph_spans(text)
    opening = paragraphs[min(len(paragraphs), _OPENING_PARAGRAPHS) - 1][1]
    statuses = [f.status for f in heading if f.trigger.end <= opening]
    return min(statuses, key=_rank) if statuses else None


# A disclaimer stands in the headline, the lede or the paragraph after it.
_OPENING_PARAGRAPHS = 3


def _rank(status: str) -> int:
    return PRIORITY.index(status) if status in PRIORITY else len(PRIORITY)


def _in_scope(span: Span, scope: Scope) -> bool:
    overlaps = min(span.end, scope.end) - max(span.start, scope.start) > 0
    return overlaps or (span.start <= scope.trigger.start and scope.trigger.end <= span.end)


def _strongest_before(whole: list[Scope]) -> list[tuple[int, str]]:
    """For each status among document-wide comments, the furthest point it reaches back from."""
    until: dict[str, int] = {}
    for scope in whole:
        until[scope.status] = max(until.get(scope.status, 0), scope.trigger.start)
    return sorted((end, status) for status, end in until.items())


class _Scopes:
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


def status_of(claim: Claim, found: _Scopes) -> str:
    """The status ``claim`` takes from the scopes ``found`` (its own when none applies)."""
    if claim.status in _KEEP or claim.kind in _SKIP_KINDS:
        return claim.status
    best = claim.status
    for span in claim.mentions:
        for scope in found.near(span):
            if _rank(scope.status) < _rank(best) and _in_scope(span, scope):
                best = scope.status
    return best


def _claimant(claim: Claim) -> str | None:
    """Who makes ``claim``: its speaker's name, else organisation, lower-cased; None if nobody."""
    who = claimant_name(claim.attribution)
    return who.casefold() if who else None


_ACCOUNT_BACK = 1200
"""How far before a comment on the claimant's own claims ("its claims could not be verified")
the claimant's earlier claims are part of that account (a statement quoted over paragraphs)."""
# "its claims", "His figures", "their account" right before a comment's trigger
_OWN_CLAIMS_BEFORE = regex.compile(
    r"(?i)\b(?:its|his|her|their)\s+(?:own\s+)?(?:casualty\s+|death\s+)?(?:claims?|figures?|accounts?|"
    r"tolls?|version)\s*+(?:also\s+|too\s+)?\Z")


def _account_statuses(text: str, claims: Iterable[Claim],
                      comments: _Scopes) -> dict[str, tuple[int, str, bool]]:
    """For each claimant a comment scope covers, the strongest such status, where it stands and
    whether it names the claimant's own claims: a comment on a claimant's account also holds
    for what the claimant says after it, and one on "its claims" for what it said shortly
    before (:data:`_ACCOUNT_BACK`)."""
    out: dict[str, tuple[int, str, bool]] = {}
    for claim in claims:
        who = _claimant(claim)
        if who is None or claim.kind in _SKIP_KINDS:
            continue
        for span in claim.mentions:
            for scope in comments.near(span):
                if _in_scope(span, scope):
                    held = out.get(who)
                    start = scope.trigger.start
                    own = _OWN_CLAIMS_BEFORE.search(text, max(0, start - 40), start) is not None
                    if held is None or _rank(scope.status) < _rank(held[1]) or (
                            _rank(scope.status) == _rank(held[1]) and own and not held[2]):
                        # (of two comments as strong, one on "its claims" reaches further back:
                        # "did not provide evidence, and its claims could not be verified")
                        out[who] = (start, scope.status, own)
    return out


# The owner of the figures a comment is about: "The organisation's casualty figures could not
# be verified", "The Pakistani claims could not be independently verified", "None of Roe's
# claims, including the civilian toll, could be verified" (an aside between commas).
_OWNER_BEFORE = regex.compile(
    r"(?:^|(?<=[\s(]))(?:the\s+)?(?P<owner>\p{L}[\p{L}\-]*+(?:\s+\p{L}[\p{L}\-]*+)?)(?:['’]s)?\s+"
    r"(?:casualty\s+|death\s+|battlefield\s+)?(?:figures?|claims?|tolls?|accounts?|numbers)"
    r"(?:\s*,[^,;.]{1,60},)?\s*+\Z",
    regex.I)
# ... or after an active verb: "We have not been able to verify the Observatory's figures"
# (after another thing not verified: "could not independently verify the images or the
# group's claims")
_OWNER_AFTER = regex.compile(
    r"\s+(?:any\s+of\s+)?(?:(?:the\s+)?\p{L}+\s+(?:or|and|nor)\s+)?(?:the\s+)?"
    r"(?P<owner>\p{L}[\p{L}\-]*+(?:\s+\p{L}[\p{L}\-]*+)?)['’]s\s+"
    r"(?:casualty\s+|death\s+|battlefield\s+)?(?:figures?|claims?|tolls?|accounts?|numbers)\b", regex.I)
_NOT_OWNERS = frozenset({"the", "their", "its", "his", "her", "these", "those", "such", "both", "all",
                         "any", "official", "casualty", "death", "initial", "early", "latest", "new"})


def _owned_comments(text: str, comments: list[Scope],
                    bodies: _Sources | None = None) -> list[tuple[frozenset[str], str]]:
    """The comments on one owner's figures, as (the owner's words, status): such a comment
    holds for every claim that owner tells, anywhere in the text. "Neither the LNA's nor the
    CCMSR's account" has two owners (and holds for nothing else before it); "the group's
    claims" is the body the last source called "the group" before the comment (of
    ``bodies``, the text's sources)."""
    out = []
    for scope in comments:
        two = _TWO_OWNERS.match(text, scope.trigger.start, scope.trigger.end)
        one = _ONE_OWNER.match(text, scope.trigger.start, scope.trigger.end) if two is None else None
        if two is not None:
            names = [two["first"], two["second"]]
        elif one is not None:
            names = [one["first"]]
        else:
            m = _OWNER_BEFORE.search(text, max(0, scope.trigger.start - 80), scope.trigger.start) \
                or _OWNER_AFTER.match(text, scope.trigger.end)
            if m is None:
                continue
            names = [m["owner"]]
        for name in names:
            words = name.casefold().split()
            if name.islower() and words[-1] in _GENERIC_OWNERS and bodies is not None:
                words = bodies.called(words[-1], scope.trigger.start) or words
            # (a word of three letters at least, or initials: "the AA's claims")
            owner = frozenset(w for w, written in zip(words, name.split(), strict=False)
                              if w not in _NOT_OWNERS
                              and (len(w) >= 3 or (len(w) == 2 and written.isupper())))
            if owner:
                out.append((owner, scope.status))
    return out


# Two owners inside a comment on everything before it: "Neither the LNA's nor the CCMSR's
# account could be verified", "Both the army's and the RSF's claims ...": their claims only.
_OWNER_WORDS = r"\p{L}[\p{L}\-]*+(?:\s+\p{L}[\p{L}\-]*+)?"
_TWO_OWNERS = regex.compile(
    rf"(?i)(?:neither|both)\s+(?:the\s+)?(?P<first>{_OWNER_WORDS})['’]s\s+(?:\w+\s+)?(?:nor|and)\s+"
    rf"(?:the\s+)?(?P<second>{_OWNER_WORDS})['’]s\s")
# One owner inside such a comment: "None of Roe's claims, including the civilian toll, ...".
_ONE_OWNER = regex.compile(
    r"(?i)(?:none|neither)\s+of\s+(?:the\s+)?(?P<first>\p{L}[\p{L}\-]*+(?:\s+\p{L}[\p{L}\-]*+){0,2})['’]s\s")
# Owners that name no body by themselves: "the group's claims", "the report's figures" (the
# body whose report it is).
_GENERIC_OWNERS = frozenset({"group", "movement", "militants", "rebels", "organisation", "organization",
                             "ministry", "military", "army", "agency", "monitor", "observatory",
                             "insurgents", "report", "statement", "update", "bulletin"})


# How many sources before a comment are read for the body it calls "the group".
_BODY_LOOK = 12


class _Sources:
    """The sources of a text's attributions, in the order they start (found by bisection, so
    many comments in one text cost no more than one each)."""

    def __init__(self, attributions: Sequence[Attribution]) -> None:
        self._sources = sorted((a.source for a in attributions if a.source is not None),
                               key=lambda src: src.span.start)
        self._starts = [src.span.start for src in self._sources]

    def called(self, word: str, before: int) -> list[str] | None:
        """The words of the body the last source before ``before`` whose words hold ``word``
        ("the ethnic armed group", of the Arakan Army) speaks for, or None."""
        end = bisect_left(self._starts, before)
        for src in reversed(self._sources[max(0, end - _BODY_LOOK):end]):
            if word in src.text.casefold().split() or word in (src.role or "").casefold().split():
                said = src.organization or src.name
                return said.casefold().split() if said and word not in said.casefold().split() else None
        return None


# A comment that names the figure it is about: "The figure of 128 could not be independently
# verified", "the toll of 40 has not been confirmed".
_FIGURE_OF = regex.compile(r"(?i)\bthe\s+(?:figure|toll|tally|number|claim)\s+of\s+(?P<n>\d[\d,]*)\s*+\Z")


def _valued_comments(text: str, comments: list[Scope]) -> list[tuple[int, str]]:
    """The figures comments name by their value, as (value, status): such a comment holds for
    every claim of that figure, wherever told."""
    out = []
    for scope in comments:
        m = _FIGURE_OF.search(text, max(0, scope.trigger.start - 40), scope.trigger.start)
        if m is not None:
            out.append((int(m["n"].replace(",", "")), scope.status))
    return out


class _Account:
    """Where each claimant speaks, paragraph by paragraph: a comment on "the claims" reaches
    back over a claimant's account told in several paragraphs in a row ("The AA said ... The
    group also said ... The AA also accused ... The claims could not be verified"), not past a
    paragraph where nobody or somebody else speaks."""

    def __init__(self, doc: Document) -> None:
        self._starts = [s for s, _ in paragraph_spans(doc.text)]
        self._voices: dict[int, set[str]] = {}
        for att in doc.attributions:
            who = claimant_name(att)
            if att.source is not None:
                self._voices.setdefault(self._index(att.cue.span.start), set()).add(
                    who.casefold() if who else "")

    def _index(self, at: int) -> int:
        return max(0, bisect_right(self._starts, at) - 1)

    def told_on(self, who: str, start: int, end: int) -> bool:
        """Whether ``who`` alone speaks in every paragraph from the one holding ``start`` to the
        one before ``end``'s."""
        first, last = self._index(start), self._index(end)
        return bool(who) and first < last and all(
            self._voices.get(i) == {who} for i in range(first, last))


def _told_by(claim: Claim, owner: frozenset[str]) -> bool:
    """Whether ``claim``'s source goes by one of the owner's words ("organisation" and "a
    Libyan human rights organisation"; "Pakistani" and "Pakistan's military"), a demonym
    matching its country by prefix."""
    src = claim.attribution.source if claim.attribution else None
    if src is None:
        return False
    said = frozenset(regex.findall(r"\p{L}[\p{L}\-]*", " ".join(
        filter(None, (src.text, src.name, src.role, src.organization))).casefold()))
    # (the initials of the body's name: "the AA's claims" are the Arakan Army's)
    spelled = frozenset(
        "".join(w[0] for w in words_).casefold() for words_ in (
            regex.findall(r"\p{Lu}[\p{L}\-]*", name) for name in (src.organization, src.name) if name)
        if len(words_) >= 2)
    return bool(said & owner) or bool(spelled & owner) or same_voice(said, owner)  # ("LNA", "the LNA's")


# How many comments naming two owners are read as such (a report has one or two; the rest
# of a pathological text's are read as comments on everything before them).
_MAX_NAMED = 20


@stage("status", after=("attribution", "casualty", "territorial", "denial"), before="contradiction")
def status_stage(doc: Document) -> Document:
    """Mark each claim unverified, hedged or confirmed where a trigger's scope holds it."""
    if not doc.claims:
        return doc
    found = scopes(doc.text)
    if not found:
        return doc
    accounts = _account_statuses(doc.text, doc.claims, _Scopes([f for f in found if f.comment]))
    account = _Account(doc) if accounts else None
    sources = _Sources(doc.attributions)
    owned = _owned_comments(doc.text, [f for f in found if f.comment], sources)
    # "Neither the LNA's nor the CCMSR's account ...": the two owners' claims, when each owner
    # tells one before it (else, as any such comment, everything told before it)
    two_owners = [f for f in found if f.whole and (
        _TWO_OWNERS.match(doc.text, f.trigger.start, f.trigger.end)
        or _ONE_OWNER.match(doc.text, f.trigger.start, f.trigger.end))]
    named = []
    for f in two_owners[:_MAX_NAMED]:
        owners = _owned_comments(doc.text, [f], sources)
        if all(any(c.span.start < f.trigger.start and _told_by(c, owner) for c in doc.claims)
               for owner, _ in owners):
            named.append(f)
            owned += owners  # (the strongest status any owner's comment gives wins: order is moot)
    valued = _valued_comments(doc.text, [f for f in found if f.comment])
    near = _Scopes([f for f in found if not f.whole])
    told_before = _strongest_before([f for f in found if f.whole and f not in named])
    told_after = _disclaimer(doc.text, doc.claims, found)
    changed = []
    for claim in doc.claims:
        denied = claim.status == "denied"
        if denied:
            # what the text says of a denied claim still counts (below)
            claim = attrs.evolve(claim, status="asserted")
        status = status_of(claim, near)
        for until, whole_status in told_before:
            if (claim.status not in _KEEP and claim.kind not in _SKIP_KINDS
                    and claim.span.start < until and _rank(whole_status) < _rank(status)):
                status = whole_status
        if told_after is not None and claim.status not in _KEEP and claim.kind not in _SKIP_KINDS \
                and _rank(told_after) < _rank(status):
            status = told_after
        held = accounts.get(_claimant(claim) or "")
        if (held is not None and claim.status not in _KEEP and claim.kind not in _SKIP_KINDS
                and (claim.span.start > held[0] or (
                    held[0] - claim.span.end < _ACCOUNT_BACK
                    and (held[2] or (account is not None
                                     and account.told_on(_claimant(claim) or "", claim.span.end, held[0])))))
                and _rank(held[1]) < _rank(status)):
            status = held[1]
        count = claim.data.get("count") if claim.kind not in _SKIP_KINDS else None
        best = getattr(count, "best", None)
        for value, value_status in valued:
            if best == value and claim.status not in _KEEP and _rank(value_status) < _rank(status):
                status = value_status
        for owner, owner_status in owned:
            if claim.status not in _KEEP and claim.kind not in _SKIP_KINDS \
                    and _rank(owner_status) < _rank(status) and _told_by(claim, owner):
                status = owner_status
        if denied:
            # one party's claim that the other denies and nobody could verify is disputed;
            # with no such comment it stays denied
            status = "disputed" if status == "unverified" else "denied"
            if status == "denied":
                continue
        if status != claim.status:
            changed.append(attrs.evolve(claim, status=status))
    return doc.replace_claims(changed) if changed else doc


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(status_stage)
