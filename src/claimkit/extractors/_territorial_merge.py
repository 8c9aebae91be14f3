"""One territorial claim per fact: the territorial stage's readings of the same ground,
action and party (a headline and the body, a lead and a quoted statement) become one claim.
"""

from __future__ import annotations

from typing import Final

import attrs

from claimkit._model import Claim

from ._phrases import in_title
from ._sides import DEMONYMS
from ._territorial_refs import NAME_WORD
from ._voices import same_voice, voice_of

# Words naming any armed party; two actors sharing only these are not the same party.
_GENERIC_FORCE: Final = frozenset({"the", "force", "fighter", "troop", "soldier", "unit", "militant",
                                   "government", "army", "military", "their", "its", "our"})


def _key(c: Claim) -> tuple[object, ...]:
    count = c.data.get("count")
    return (c.data["action"], count.best if count else None)


def _same_ground(head: str | None, other: str | None, place: str | None, where: str | None,
                 titled: bool = False) -> bool:
    """The same kind of ground, or a named place told once bare and once with its kind
    ("retaken Kazgil", "recaptured the town of Kazgil"); with ``titled`` (one of them is a
    title's, and one party takes both), also a title's kind without its name and the body's
    name without its kind ("RSF says it seized town north of El Obeid", "taken full control
    of Um Hajar")."""
    if head == other or (titled and (head is None or other is None) and (place is None or where is None)):
        return True
    return place is not None and (where or "").lower() == place.lower() and (head is None or other is None)


# How many facts with the same action and count a new claim is compared with (the most
# recent): a report tells a handful; the bound keeps a text of thousands of claims linear.
_MERGE_REACH: Final = 64


# A state's words, which two parties share without being one ("Syrian National Army",
# "Syrian Democratic Forces").
_NATIONAL: Final = frozenset(word.lower().rstrip("s") for word, _ in DEMONYMS)


def _party_words(name: str) -> set[str]:
    words = {w.lower().rstrip("s") for w in NAME_WORD.findall(name)}
    return words - _GENERIC_FORCE - _NATIONAL or words - _GENERIC_FORCE or words


def _same_party(a: str, b: str) -> bool:
    """"Rebels" and "rebel fighters" name one party; "rebels" and "the army" do not."""
    return a.lower() == b.lower() or bool(_party_words(a) & _party_words(b))


def merge(claims: list[tuple[Claim, str | None]], text: str) -> list[Claim]:
    """Claims telling the same fact (same action, count and kind of ground, no conflicting
    place or actor) become one, with every mention and the data all of them tell: one told in
    the body rather than the headline (its evidence is a sentence, not a title), the fullest
    of those."""
    groups: dict[tuple[object, ...], list[tuple[list[str | None], list[Claim]]]] = {}
    order: list[list[Claim]] = []
    for claim, head in claims:
        bucket = groups.setdefault(_key(claim), [])
        b = claim.data.get("actor")
        place = claim.data.get("place")
        voice = voice_of(claim.attribution)
        for party_place, same in bucket[-_MERGE_REACH:]:
            a, where, ground = party_place
            if head != ground and not _may_be_one(text, claim, same, head, ground, place, where, a, b):
                # (a place told bare and with its kind is one fact when one party or a title
                # tells both: "its units had driven the factions out of Tell Aswad", told by
                # the other side, is not "captured the villages of Tell Aswad")
                continue
            # rival accounts stay apart: two named voices that are not one ("the junta's paper
            # said troops remain in control" and "the NUG said the PDF controls the town"); a
            # voice that names nobody is any named one ("army says town retaken" over "the
            # Sudanese army announced it had recaptured the town"); a title's "overruns army
            # base" and "stormed an army base at Qalimow" are one fact (two sentences of the
            # body that name no one place may tell two)
            if (a is None or b is None or _same_party(a, b)) \
                    and _same_place(text, claim, place, same, where) \
                    and (not voice or all(same_voice(voice, other) for other in
                                          map(voice_of, (c.attribution for c in same)) if other)):
                same.append(claim)
                party_place[:] = [a or b, where or place, ground or head]
                break
        else:
            bucket.append(([b, place, head], [claim]))
            order.append(bucket[-1][1])
    out = []
    for same in order:
        base = max(same, key=lambda c: (not in_title(text, c.span),
                                        sum(v is not None for v in c.data.values())))
        data = dict(base.data)
        for other in same:
            for k, v in other.data.items():
                if data.get(k) is None and v is not None:
                    data[k] = v
        mentions = tuple(sorted({m for c in same for m in c.mentions}, key=lambda s: (s.start, s.end)))
        # Who claims it: the first mention told with a speaker (the headline or the lead,
        # where a report names its claimant), else any attribution.
        told = sorted(same, key=lambda c: c.span.start)
        attribution = next((c.attribution for c in told if c.attribution and c.attribution.source), None) \
            or next((c.attribution for c in told if c.attribution), None)
        out.append(attrs.evolve(base, data=data, mentions=mentions, attribution=attribution))
    return out


def _may_be_one(text: str, claim: Claim, same: list[Claim], head: str | None, ground: str | None,
                place: str | None, where: str | None, a: str | None, b: str | None) -> bool:
    """Whether ``claim`` (``head``, at ``place``, by ``b``) may tell the fact of ``same`` (of
    another kind of ground) as far as the ground goes: see :func:`_same_ground`, for one party
    or where a title tells one of them (read only when the ground allows: a title is looked up
    for each)."""
    one_party = a is not None and b is not None and _same_party(a, b)
    same_ground = _same_ground(head, ground, place, where)
    if same_ground and one_party:
        return True
    if not (head is None or ground is None):
        return False
    titled = in_title(text, claim.span) or any(in_title(text, c.span) for c in same)
    return titled and (same_ground or (one_party and _same_ground(head, ground, place, where, titled=True)))


def _same_place(text: str, claim: Claim, place: str | None, same: list[Claim], where: str | None) -> bool:
    """Whether ``claim`` (at ``place``) may tell the fact of ``same`` (at ``where``): the same
    place, or no place on one side when one of them is a title's."""
    if (where or "").lower() == (place or "").lower():
        return True
    return (where is None or place is None) and (
        in_title(text, claim.span) or any(in_title(text, c.span) for c in same))


__all__ = ["merge"]
