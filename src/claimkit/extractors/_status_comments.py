"""Comments that reach further than their sentence (a trigger of reach "previous" or
"document"), and the claims each holds for in the status stage.

A comment on everything told before it (:func:`strongest_before`), or a disclaimer in the
report's opening paragraphs on what follows (:func:`disclaimer`); a comment on a claimant's
account, which also holds for what the claimant says after it (:func:`account_statuses`,
with :class:`Account` for an account told over several paragraphs); one on an owner's
figures ("the group's claims", "Neither the LNA's nor the CCMSR's account"), which holds for
every claim that owner tells (:func:`owned_comments`, :class:`Sources`, :func:`told_by`);
and one naming a figure by its value ("The figure of 128 could not be verified":
:func:`valued_comments`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

import regex

from claimkit._claimants import claimant_name
from claimkit._document import Document
from claimkit._model import Attribution, Claim
from claimkit.text import paragraph_spans

from ._phrases import in_title
from ._status_scopes import SKIP_KINDS, Scope, Scopes, in_scope, rank
from ._voices import same_voice


def disclaimer(text: str, claims: Sequence[Claim], found: Sequence[Scope]) -> str | None:
    """The strongest status a comment on accounts sets in the report's opening paragraphs
    before every figure (but the headline's): a disclaimer on what follows ("Figures given by
    armed parties could not be independently verified.", opening a weekly round-up), or None."""
    # (a headline's figures are the report's, told first: "Nine tanks, 134 occupiers": ... /
    # We could not independently verify the figures.")
    headline = text.find("\n")
    # (and it is on figures: ground told before it, "A brigade holding positions near X
    # published the following statement. We could not independently verify the figures.",
    # does not keep it from being one)
    first = min((c.span.start for c in claims if c.kind in _FIGURE_KINDS
                 and not (c.span.end <= headline and in_title(text, c.span))), default=None)
    if first is None:
        return None
    heading = [f for f in found if (f.whole or f.comment) and f.trigger.end <= first]
    if not heading:
        return None  # (most reports: the paragraphs are read only for a comment found first)
    paragraphs = paragraph_spans(text)
    opening = paragraphs[min(len(paragraphs), _OPENING_PARAGRAPHS) - 1][1]
    statuses = [f.status for f in heading if f.trigger.end <= opening]
    return min(statuses, key=rank) if statuses else None


# The claims that tell figures: a disclaimer on the figures stands before all of them.
_FIGURE_KINDS = frozenset({"casualty", "materiel"})
# A disclaimer stands in the headline, the lede or the paragraph after it.
_OPENING_PARAGRAPHS = 3


def strongest_before(whole: list[Scope]) -> list[tuple[int, str]]:
    """For each status among document-wide comments, the furthest point it reaches back from."""
    until: dict[str, int] = {}
    for scope in whole:
        until[scope.status] = max(until.get(scope.status, 0), scope.trigger.start)
    return sorted((end, status) for status, end in until.items())


def claimant(claim: Claim) -> str | None:
    """Who makes ``claim``: its speaker's name, else organisation, lower-cased; None if nobody."""
    who = claimant_name(claim.attribution)
    return who.casefold() if who else None


ACCOUNT_BACK = 1200
"""How far before a comment on the claimant's own claims ("its claims could not be verified")
the claimant's earlier claims are part of that account (a statement quoted over paragraphs)."""
# "its claims", "His figures", "their account" right before a comment's trigger
_OWN_CLAIMS_BEFORE = regex.compile(
    r"(?i)\b(?:its|his|her|their)\s+(?:own\s+)?(?:casualty\s+|death\s+)?(?:claims?|figures?|accounts?|"
    r"tolls?|version)\s*+(?:also\s+|too\s+)?\Z")


def account_statuses(text: str, claims: Iterable[Claim],
                     comments: Scopes) -> dict[str, tuple[int, str, bool]]:
    """For each claimant a comment scope covers, the strongest such status, where it stands and
    whether it names the claimant's own claims: a comment on a claimant's account also holds
    for what the claimant says after it, and one on "its claims" for what it said shortly
    before (:data:`ACCOUNT_BACK`)."""
    out: dict[str, tuple[int, str, bool]] = {}
    for claim in claims:
        who = claimant(claim)
        if who is None or claim.kind in SKIP_KINDS:
            continue
        for span in claim.mentions:
            for scope in comments.near(span):
                if in_scope(span, scope):
                    held = out.get(who)
                    start = scope.trigger.start
                    own = _OWN_CLAIMS_BEFORE.search(text, max(0, start - 40), start) is not None
                    if held is None or rank(scope.status) < rank(held[1]) or (
                            rank(scope.status) == rank(held[1]) and own and not held[2]):
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
# ... or after them, as who gave them: "Figures given by the FARDC could not be verified"
_OWNER_BY = regex.compile(
    r"\b(?:figures?|claims?|tolls?|accounts?|numbers)\s+(?:given|provided|released|reported|issued|cited|"
    r"announced|put\s+out)\s+by\s+(?:the\s+)?(?P<owner>\p{L}[\p{L}\-]*+(?:\s+\p{L}[\p{L}\-]*+)?)\s*+\Z",
    regex.I)
# ... or after an active verb: "We have not been able to verify the Observatory's figures"
# (after another thing not verified: "could not independently verify the images or the
# group's claims")
_OWNER_AFTER = regex.compile(
    r"\s+(?:any\s+of\s+)?(?:(?:the\s+)?\p{L}+\s+(?:or|and|nor)\s+)?(?:the\s+)?"
    r"(?P<owner>\p{L}[\p{L}\-]*+(?:\s+\p{L}[\p{L}\-]*+)?)['’]s\s+"
    r"(?:casualty\s+|death\s+|battlefield\s+)?(?:figures?|claims?|tolls?|accounts?|numbers)\b"
    # ... or its noun as a modifier: "could not independently verify the police toll"
    r"|\s+the\s+(?P<owner>\p{L}[\p{L}\-]*+)\s+(?:figures?|claims?|tolls?|accounts?)\b", regex.I)
_NOT_OWNERS = frozenset({"the", "their", "its", "his", "her", "these", "those", "such", "both", "all",
                         "any", "official", "casualty", "death", "initial", "early", "latest", "new"})


def owned_comments(text: str, comments: list[Scope],
                   bodies: Sources | None = None) -> list[tuple[frozenset[str], str]]:
    """The comments on one owner's figures, as (the owner's words, status): such a comment
    holds for every claim that owner tells, anywhere in the text. "Neither the LNA's nor the
    CCMSR's account" has two owners (and holds for nothing else before it); "the group's
    claims" is the body the last source called "the group" before the comment (of
    ``bodies``, the text's sources)."""
    out = []
    for scope in comments:
        two = TWO_OWNERS.match(text, scope.trigger.start, scope.trigger.end)
        one = ONE_OWNER.match(text, scope.trigger.start, scope.trigger.end) if two is None else None
        if two is not None:
            names = [two["first"], two["second"]]
        elif one is not None:
            names = [one["first"]]
        else:
            m = _OWNER_BEFORE.search(text, max(0, scope.trigger.start - 80), scope.trigger.start) \
                or _OWNER_BY.search(text, max(0, scope.trigger.start - 80), scope.trigger.start) \
                or _OWNER_AFTER.match(text, scope.trigger.end)
            if m is None:
                continue
            names = [m["owner"]]
        for name in names:
            written = name.split()
            if name.islower() and written[-1] in _GENERIC_OWNERS and bodies is not None:
                written = bodies.called(written[-1], scope.trigger.start) or written
            # (a word of three letters at least, or initials: "the AA's claims")
            owner = frozenset(word.casefold() for word in written if word.casefold() not in _NOT_OWNERS
                              and (len(word) >= 3 or (len(word) == 2 and word.isupper())))
            if owner:
                out.append((owner, scope.status))
    return out


# Two owners inside a comment on everything before it: "Neither the LNA's nor the CCMSR's
# account could be verified", "Both the army's and the RSF's claims ...": their claims only.
_OWNER_WORDS = r"\p{L}[\p{L}\-]*+(?:\s+\p{L}[\p{L}\-]*+)?"
TWO_OWNERS = regex.compile(
    rf"(?i)(?:neither|both)\s+(?:the\s+)?(?P<first>{_OWNER_WORDS})['’]s\s+(?:\w+\s+)?(?:nor|and)\s+"
    rf"(?:the\s+)?(?P<second>{_OWNER_WORDS})['’]s\s")
# One owner inside such a comment: "None of Roe's claims, including the civilian toll, ...".
ONE_OWNER = regex.compile(
    r"(?i)(?:none|neither)\s+of\s+(?:the\s+)?(?P<first>\p{L}[\p{L}\-]*+(?:\s+\p{L}[\p{L}\-]*+){0,2})['’]s\s")
# Owners that name no body by themselves: "the group's claims", "the report's figures" (the
# body whose report it is).
_GENERIC_OWNERS = frozenset({"group", "movement", "militants", "rebels", "organisation", "organization",
                             "ministry", "military", "army", "agency", "monitor", "observatory",
                             "insurgents", "report", "statement", "update", "bulletin"})


# How many sources before a comment are read for the body it calls "the group".
_BODY_LOOK = 12


class Sources:
    """The sources of a text's attributions, in the order they start (found by bisection, so
    many comments in one text cost no more than one each)."""

    def __init__(self, attributions: Sequence[Attribution]) -> None:
        self._sources = sorted((a.source for a in attributions if a.source is not None),
                               key=lambda src: src.span.start)
        self._starts = [src.span.start for src in self._sources]

    def called(self, word: str, before: int) -> list[str] | None:
        """The words, as written, of the body the last source before ``before`` whose words
        hold ``word`` ("the ethnic armed group", of the Arakan Army) speaks for, or None."""
        end = bisect_left(self._starts, before)
        for src in reversed(self._sources[max(0, end - _BODY_LOOK):end]):
            if word in src.text.casefold().split() or word in (src.role or "").casefold().split():
                said = src.organization or src.name
                return said.split() if said and word not in said.casefold().split() else None
        return None


# A comment that names the figure it is about: "The figure of 128 could not be independently
# verified", "the toll of 40 has not been confirmed".
_FIGURE_OF = regex.compile(r"(?i)\bthe\s+(?:figure|toll|tally|number|claim)\s+of\s+(?P<n>\d[\d,]*)\s*+\Z")


def valued_comments(text: str, comments: list[Scope]) -> list[tuple[int, str]]:
    """The figures comments name by their value, as (value, status): such a comment holds for
    every claim of that figure, wherever told."""
    out = []
    for scope in comments:
        m = _FIGURE_OF.search(text, max(0, scope.trigger.start - 40), scope.trigger.start)
        if m is not None:
            out.append((int(m["n"].replace(",", "")), scope.status))
    return out


class Account:
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


def told_by(claim: Claim, owner: frozenset[str]) -> bool:
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
