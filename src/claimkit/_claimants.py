"""Who makes a claim: one definition for every stage that groups or compares claims by the
party that makes them (the tally, ``reconcile``, the status and denial stages, contradictions).

A claimant is the speaker of the claim's attribution as the text names them: the person's
name, else the organisation they speak for. Where neither is known, each use decides what
stands in, and says so by its ``fallback``: the speaker's role ("a spokesman"), the source's
own words ("security sources"), or nothing.
"""

from __future__ import annotations

from typing import Literal

from claimkit._model import Attribution

__all__ = ["Fallback", "claimant_name"]

#: What stands in for a speaker with no name and no organisation.
Fallback = Literal["none", "role", "words"]


def claimant_name(attribution: Attribution | None, fallback: Fallback = "none") -> str | None:
    """The claimant of a statement, as written (not lower-cased).

    Args:
        attribution: the claim's attribution; None (the outlet's own voice) has no claimant.
        fallback: for a speaker with neither name nor organisation, "role" gives the role,
            "words" the source's words as written, "none" nothing.

    Returns:
        The name, else the organisation, else the fallback; None when there is no source or
        the fallback gives nothing.
    """
    source = attribution.source if attribution is not None else None
    if source is None:
        return None
    who = source.name or source.organization
    if who:
        return who
    if fallback == "role":
        return source.role
    if fallback == "words":
        return source.text
    return None
