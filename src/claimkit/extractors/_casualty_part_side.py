"""The side a part or a list's total takes once every figure has its own.

A part with none is on its figure's side, and a list's total on the side all its items share
(:func:`parts_take_their_side`).
"""

from __future__ import annotations

from typing import Final

import attrs

from claimkit._groups import CIVILIANS, group_class, head_of
from claimkit._model import Claim

_ARMED_CLASSES: Final = frozenset({"soldiers", "fighters", "police"})
_ANY_PERSON: Final = frozenset({"man", "woman", "men", "women"})


def parts_take_their_side(claims: list[Claim]) -> list[Claim]:
    """A part with no side of its own is on its figure's side: "Four soldiers of the Pakistan
    Army, including a young captain" puts the captain on Pakistan's, and a man or a woman of
    armed men is no civilian ("the two captured fighters, a man and a woman"); a list's total
    is on the side all its items share ("two women and a child": civilians)."""
    side_of = {c.id: c.data["side"] for c in claims}
    class_of = {c.id: group_class(c.data.get("group")) for c in claims}
    items: dict[str, set[str | None]] = {}
    for c in claims:
        if "part_of" in c.data:
            items.setdefault(c.data["part_of"], set()).add(c.data["side"])
    out = []
    for c in claims:
        side = c.data["side"]
        whole = c.data.get("part_of", "")
        if side == CIVILIANS and head_of(c.data.get("group")) in _ANY_PERSON and (
                class_of.get(whole) in _ARMED_CLASSES or side_of.get(whole) not in (None, CIVILIANS)):
            # "the two captured fighters, a man and a woman": the fighters' side, no civilians
            side = side_of[whole]
        if side is None and side_of.get(whole) is not None:
            side = side_of[whole]
        elif side is None and c.data.get("total") and len(items.get(c.id, ())) == 1:
            side = next(iter(items[c.id]))
        out.append(c if side == c.data["side"] else attrs.evolve(c, data={**c.data, "side": side}))
    return out
