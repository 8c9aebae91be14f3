"""The status stage: how far each claim is verified (unverified, hedged, confirmed).

One precompiled pattern, the union of the :mod:`._status_lexicon` triggers, scans the text
once; each trigger found gets a scope (NegEx / pyConText style: a direction, a reach and
terminators) and every claim one of whose mentions lies in a scope takes that trigger's
status, the strongest winning. Claims the denial stage marked ``denied`` or ``disputed``
keep their status, and so do the denial and contradiction claims themselves.

This module holds the stage, which weighs every status a claim may take; the scopes, and the
status a claim takes from those around it, are read in :mod:`._status_scopes`; the comments
that reach further (on everything told before them, on a claimant's account, on an owner's
figures, on a figure by its value) in :mod:`._status_comments`.
"""

from __future__ import annotations

import attrs

from claimkit._document import Document
from claimkit._pipeline import stage
from claimkit.hookspecs import RegisterStage, hookimpl

from ._status_comments import (
    _ACCOUNT_BACK,
    _ONE_OWNER,
    _TWO_OWNERS,
    _Account,
    _account_statuses,
    _claimant,
    _disclaimer,
    _owned_comments,
    _Sources,
    _strongest_before,
    _told_by,
    _valued_comments,
)
from ._status_scopes import _KEEP, _SKIP_KINDS, _rank, _Scopes, scopes, status_of

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
