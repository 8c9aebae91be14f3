"""The built-in side vocabulary: words in a text -> the party of the conflict they name.

Registered through the public hook ``claimkit_register_sides``, exactly as a plugin would
extend it (``register("Tatmadaw", "Myanmar")``). Two documented tables:

* :data:`DEMONYMS`: a country's adjective or people -> the country ("Pakistani" -> "Pakistan").
  Plurals ("Pakistanis", "Afghans") match too. Country names map to themselves, so
  "Pakistan Army" is on the side of Pakistan.
* :data:`ARMED_GROUPS`: armed groups and forces, with their aliases and acronyms, -> one
  canonical name ("ISWAP" and "Islamic State West Africa Province" -> the latter). A group
  known by one acronym of its initials is registered under a label that holds both
  ("Islamic State West Africa Province (ISWAP)", see :func:`labelled`).

Matching (see :func:`~._sides_index.side_matcher`): whole words; terms written all in capitals
(acronyms such as "TTP", "RSF", "M23") match case-sensitively, every other term
case-insensitively; the longest term wins ("Pakistani Taliban" before "Pakistani" and "Taliban").

The states, their forces and their capitals are in :mod:`._sides_states`; the armed groups and
their labels in :mod:`._sides_groups`; the matcher and a vocabulary's index (:class:`SideIndex`,
with the branches of a side) in :mod:`._sides_index`. This module registers the built-in
vocabulary and keeps those names importable from here.
"""

from __future__ import annotations

from claimkit.hookspecs import RegisterSide, hookimpl

from ._sides_groups import ARMED_GROUPS, labelled
from ._sides_index import SideIndex, one_branch_each
from ._sides_states import CAPITALS, DEMONYMS, STATE_FORCES, STATES, capital_state


@hookimpl
def claimkit_register_sides(register: RegisterSide) -> None:
    """Register the built-in demonyms and armed groups (the groups under their labels, see
    :func:`labelled`)."""
    for term, side in (*DEMONYMS, *labelled(ARMED_GROUPS)):
        register(term, side)


__all__ = [
    "ARMED_GROUPS",
    "CAPITALS",
    "DEMONYMS",
    "STATES",
    "STATE_FORCES",
    "SideIndex",
    "capital_state",
    "claimkit_register_sides",
    "labelled",
    "one_branch_each",
]
