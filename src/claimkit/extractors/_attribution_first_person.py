"""The speaker of "I", "we" and "he" inside someone's own words.

A transcript's answer ("COL. JO ROE (army spokesman): ... I can tell you that 83 rebels were
killed") or a long quotation holds statements of its own whose source is "I" or "we": the
person or body whose words they are. "I" is that speaker (name, role, organisation); "we"
is the speaker's organisation when nothing else named it; "he" or "she" is anyone but that
speaker (left unresolved where the resolver took the speaker).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Final

import attrs

from claimkit._model import Speaker

from ._attribution_context import Found

# How many statements opening before a first-person source are looked at for the one that
# holds it (direct statements rarely nest deeper; bounds the look on pathological texts).
_NESTED_LOOK: Final = 8


def first_person_speakers(text: str, found: Sequence[Found],
                          speakers: list[Speaker | None]) -> list[Speaker | None]:
    """``speakers`` (one per statement of ``found``) with the "I", "we" and "he" sources that
    lie inside another statement's quoted or labelled words read against that statement's
    speaker (see the module)."""
    holders = sorted((f.content[0][0], f.content[-1][1], text[f.cue[0]:f.cue[1]] == ":", i)
                     for i, f in enumerate(found)
                     if f.mode in ("direct", "mixed") and speakers[i] is not None
                     and (speakers[i].name or speakers[i].organization))  # type: ignore[union-attr]
    starts = [h[0] for h in holders]
    out = speakers
    for i, f in enumerate(found):
        speaker = speakers[i]
        if f.source is None or speaker is None:
            continue
        word = text[f.source[0]:f.source[1]].casefold()
        if word not in ("i", "we", "he", "she") or (word == "we" and speaker.organization) \
                or (word in ("he", "she") and not speaker.name):
            continue
        at = bisect_right(starts, f.source[0])
        # ("he" only in a transcript's turn: a quotation's content may run on over its tag,
        # '"...," he said', and a mixed statement's words may be its speaker's: 'Roe said he
        # would "win"')
        holder = next((speakers[j] for start, end, turn, j in reversed(holders[max(0, at - _NESTED_LOOK):at])
                       if start <= f.source[0] and f.source[1] <= end and j != i
                       and (turn or word in ("i", "we"))), None)
        if holder is None:
            continue
        if word in ("he", "she") and not _same_person(holder.name, speaker.name):
            continue
        if out is speakers:
            out = list(speakers)
        if word == "i":
            out[i] = attrs.evolve(speaker, name=holder.name, role=holder.role,
                                  organization=holder.organization)
        elif word == "we":
            out[i] = attrs.evolve(speaker, organization=holder.organization)
        else:  # (whoever "he" is, not the speaker whose own words these are)
            out[i] = attrs.evolve(speaker, name=None, role=None, organization=None)
    return out


def _same_person(a: str | None, b: str | None) -> bool:
    """Whether two names name one person by the surname ("Benenson", "Joel Benenson")."""
    return a is not None and b is not None and a.split()[-1].casefold() == b.split()[-1].casefold()
