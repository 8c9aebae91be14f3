"""What counts as a displacement figure: the tables every pattern is built from.

A displacement claim is a figure of people made to leave their homes, told in one of three
ways (the words in each table below):

* the figure is the **object** of a verb that displaces: "the fighting *displaced* 10,000
  people", "the shelling *forced* 20,000 people *to flee*" (a verb of :data:`FORCING_VERBS`
  needs a :data:`FORCING_TAILS` phrase after the people: "forced 20 people to pay" is not
  displacement);
* the figure is the **subject** of a displacement predicate: "5,000 families *were
  displaced*", "10,000 people *have fled their homes*", "3,000 people *are sheltering in
  camps*" (:data:`PREDICATES`, after optional auxiliaries: :data:`AUXILIARIES`);
* the figure **counts displaced people**: "some 3,000 *displaced* people" (the word
  "displaced" among the words before the unit).

The unit is what is counted: people (and the words that count people: residents,
civilians ...), families or households (:data:`UNITS`).
"""

from __future__ import annotations

from collections.abc import Mapping

UNITS: Mapping[str, str] = {
    "people": "people", "persons": "people", "residents": "people", "civilians": "people",
    "villagers": "people", "inhabitants": "people", "individuals": "people", "others": "people",
    "families": "families", "households": "households",
}
"""A counted noun -> the claim's ``unit``: "people", "families" or "households"."""

DISPLACING_VERBS = ("displaced", "displacing", "displaces", "displace", "uprooted", "uprooting")
"""Verbs whose object is displaced by the verb alone: "displaced 10,000 people"."""

FORCING_VERBS = ("forced", "forcing", "forces", "force", "drove", "driven", "driving", "drives",
                 "sent", "sending", "caused", "causing", "prompted", "prompting", "compelled")
"""Verbs that displace only with a tail after the people: "forced 20,000 people to flee"."""

FORCING_TAILS = ("to flee", "to leave", "to abandon", "to evacuate", "to seek shelter", "fleeing",
                 "from their homes", "from their villages", "out of their homes", "from", "out of")
"""What follows the people after a forcing verb to make it displacement."""

AUXILIARIES = ("have", "has", "had", "were", "was", "are", "is", "been", "being", "be", "now",
               "reportedly", "also", "already", "since", "so", "far", "who", "that", "will", "would")
"""Words that may stand between the people and the predicate ("have now been displaced")."""

PREDICATES = (
    "displaced", "uprooted", "fled", "flee", "fleeing", "evacuated", "made homeless", "left homeless",
    "homeless", "forced to flee", "forced to leave", "forced from their homes", "forced out",
    "driven from their homes", "driven out", "sheltering in", "taking shelter in", "living in camps",
    "living in tents", "living in makeshift", "staying in camps", "seeking refuge", "sought refuge",
    "took refuge", "taken refuge",
)
"""What the displaced people were, did or are doing: "fled", "are sheltering in camps"."""

PLACE_PREPOSITIONS = ("from", "in", "around", "near", "of", "fled", "flee", "leave", "left")
"""Words after which a capitalised name is the place people fled ("fled Varnak", "from Dosht")."""

PLACE_KINDS = ("town", "city", "village", "district", "region", "province", "area", "camp", "valley")
"""Nouns of "the town of Varnak", skipped to reach the name."""

NOT_PLACES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "The", "A", "An", "UN", "UNHCR", "OCHA", "IOM",
)
"""Capitalised words that are not the place people fled (dates, articles, agencies)."""
