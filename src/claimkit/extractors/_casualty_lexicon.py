"""Word lists of the casualty extractor, as documented data tables.

Each table maps what the text says to what it means; ``_casualty_patterns`` compiles them
into the few regular expressions the extractor runs. Keep entries lowercase; a space stands
for any run of whitespace. Multi-word entries are fine; longer entries win.

The tables live in private modules by concept, and this module re-exports them all:

- ``_casualty_lexicon_passive``: the trigger stems and the passive predicates (with the
  ambiguous participles, the predicates that need a person, the outcome nouns);
- ``_casualty_lexicon_active``: the active verbs and their kinds (alive-after, taking,
  holding, losing, suffering, needs-person, needs-combatant);
- ``_casualty_lexicon_figure``: the words around a figure (toll nouns and fillers, words
  before the number, auxiliaries, stop words, adverbs, passive followers);
- ``_casualty_lexicon_persons``: the person nouns and suffixes, the non-person heads, the
  singular and possessed person nouns.
"""

from __future__ import annotations

from ._casualty_lexicon_active import (
    ACTIVE,
    ALIVE_AFTER,
    COMBATANT_HEADS,
    HELD_AS,
    HOLDING,
    LOSING,
    NEEDS_COMBATANT,
    NEEDS_PERSON,
    SUFFERING,
    TAKEN,
    TAKING,
)
from ._casualty_lexicon_figure import (
    ADVERBS,
    AUXILIARIES,
    BEFORE_NUMBER,
    NOUN_BEFORE,
    PASSIVE_FOLLOWERS,
    STOP_WORDS,
    TOLL_FILLERS,
)
from ._casualty_lexicon_passive import (
    AMBIGUOUS_PARTICIPLES,
    OUTCOME_NOUNS,
    PASSIVE,
    PASSIVE_NEEDS_PERSON,
    TRIGGER_STEMS,
)
from ._casualty_lexicon_persons import (
    NON_PERSONS,
    PERSON_SUFFIX,
    PERSON_SUFFIXES,
    PERSONS,
    POSSESSED_PERSONS,
    SINGULAR_PERSONS,
)

__all__ = [
    "ACTIVE",
    "ADVERBS",
    "ALIVE_AFTER",
    "AMBIGUOUS_PARTICIPLES",
    "AUXILIARIES",
    "BEFORE_NUMBER",
    "COMBATANT_HEADS",
    "HELD_AS",
    "HOLDING",
    "LOSING",
    "NEEDS_COMBATANT",
    "NEEDS_PERSON",
    "NON_PERSONS",
    "NOUN_BEFORE",
    "OUTCOME_NOUNS",
    "PASSIVE",
    "PASSIVE_FOLLOWERS",
    "PASSIVE_NEEDS_PERSON",
    "PERSONS",
    "PERSON_SUFFIX",
    "PERSON_SUFFIXES",
    "POSSESSED_PERSONS",
    "SINGULAR_PERSONS",
    "STOP_WORDS",
    "SUFFERING",
    "TAKEN",
    "TAKING",
    "TOLL_FILLERS",
    "TRIGGER_STEMS",
]
