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
    ACCOUNT_BACK,
    ONE_OWNER,
    TWO_OWNERS,
    Account,
    Sources,
    account_statuses,
    claimant,
    disclaimer,
    owned_comments,
    strongest_before,
    told_by,
    valued_comments,
)
from ._status_scopes import KEEP, SKIP_KINDS, Scopes, rank, scopes, status_of

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
    accounts = account_statuses(doc.text, doc.claims, Scopes([f for f in found if f.comment]))
    account = Account(doc) if accounts else None
    sources = Sources(doc.attributions)
    owned = owned_comments(doc.text, [f for f in found if f.comment], sources)
    # "Neither the LNA's nor the CCMSR's account ...": the two owners' claims, when each owner
    # tells one before it (else, as any such comment, everything told before it)
    two_owners = [f for f in found if f.whole and (
        TWO_OWNERS.match(doc.text, f.trigger.start, f.trigger.end)
        or ONE_OWNER.match(doc.text, f.trigger.start, f.trigger.end))]
    named = []
    for f in two_owners[:_MAX_NAMED]:
        owners = owned_comments(doc.text, [f], sources)
        if all(any(c.span.start < f.trigger.start and told_by(c, owner) for c in doc.claims)
               for owner, _ in owners):
            named.append(f)
            owned += owners  # (the strongest status any owner's comment gives wins: order is moot)
    valued = valued_comments(doc.text, [f for f in found if f.comment])
    near = Scopes([f for f in found if not f.whole])
    told_before = strongest_before([f for f in found if f.whole and f not in named])
    told_after = disclaimer(doc.text, doc.claims, found)
    changed = []
    for claim in doc.claims:
        denied = claim.status == "denied"
        if denied:
            # what the text says of a denied claim still counts (below)
            claim = attrs.evolve(claim, status="asserted")
        status = status_of(claim, near)
        for until, whole_status in told_before:
            if (claim.status not in KEEP and claim.kind not in SKIP_KINDS
                    and claim.span.start < until and rank(whole_status) < rank(status)):
                status = whole_status
        if told_after is not None and claim.status not in KEEP and claim.kind not in SKIP_KINDS \
                and rank(told_after) < rank(status):
            status = told_after
        held = accounts.get(claimant(claim) or "")
        if (held is not None and claim.status not in KEEP and claim.kind not in SKIP_KINDS
                and (claim.span.start > held[0] or (
                    held[0] - claim.span.end < ACCOUNT_BACK
                    and (held[2] or (account is not None
                                     and account.told_on(claimant(claim) or "", claim.span.end, held[0])))))
                and rank(held[1]) < rank(status)):
            status = held[1]
        count = claim.data.get("count") if claim.kind not in SKIP_KINDS else None
        best = getattr(count, "best", None)
        for value, value_status in valued:
            if best == value and claim.status not in KEEP and rank(value_status) < rank(status):
                status = value_status
        for owner, owner_status in owned:
            if claim.status not in KEEP and claim.kind not in SKIP_KINDS \
                    and rank(owner_status) < rank(status) and told_by(claim, owner):
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
