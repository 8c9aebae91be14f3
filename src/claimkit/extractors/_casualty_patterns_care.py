"""The casualty patterns of wounds treated and people held, told around a group.

"Shot" that hit, the wounded sent to or treated in a hospital, people with their wounds, and
people in custody, in their captors' hands or held by their enemy.
"""

from __future__ import annotations

from typing import Final

import regex

from ._casualty_patterns_group import PAREN

#: After "shot": words that make it not a wound ("shot at", "shot down").
SHOT_NOT_HIT: Final = regex.compile(r"(?i)\s++(?:at|down|up|back|through\s+the\s+(?:roof|window))(?![\p{L}])")
# After "being treated", what makes it care for a wound: the clause ends, or a place, a time or
# a cause follows ("three others were still being treated, he said", "... being treated at
# the district hospital"); not a manner ("were being treated as suspects", "by his party",
# prisoners "being treated in accordance with international law").
_TREATED_FOR_CARE: Final = regex.compile(
    r"(?i)\s*+(?:[,.;:)]|\Z)|\s++(?:in(?!\s++(?:accordance|line|keeping)\b)|at|for|after|and|while|since|"
    r"following|overnight)(?![\p{L}])")
# ... nor "the way (how) the two men are being treated".
_MANNER_BEFORE: Final = regex.compile(r"(?ir)\b(?:the\s++way|how)\s++(?:[\p{L}\-]++\s++){0,4}\Z")


def treated_for_care(text: str, subject_start: int, end: int, e: int) -> bool:
    """Whether "(were) being treated" ending at ``end``, its subject at ``subject_start``, is
    care for the wounded, not a manner."""
    return _TREATED_FOR_CARE.match(text, end, e) is not None \
        and _MANNER_BEFORE.search(text, max(0, subject_start - 40), subject_start) is None


#: "treated | 146 people | for conflict-related injuries": the people a hospital or a clinic
#: treats for wounds are the wounded (the verb right before the figure, the cause after the group).
#: "sending 42 to the hospital", "rushed 12 people to a nearby hospital": wounded.
SENT_BEFORE: Final = regex.compile(
    r"(?i)\b(?:sent|sending|sends|send|rushed|rushing|rushes|rush)\s++\Z")
TO_HOSPITAL: Final = regex.compile(
    r"(?i)\s++to\s++(?:(?:the|a|an|local|nearby|several|various|area|two|three)\s++){0,2}"
    r"(?:hospitals?|medical\s+facilities|the\s+emergency\s+room)(?![\p{L}])")
#: "treated 146 people for injuries", "admitted 23 patients with gunshot and blast wounds".
TREATED_BEFORE: Final = regex.compile(
    r"(?i)\b(?:treated|treating|treats|treat|admitted|admitting|admits|received|receiving|receives)\s++\Z")
#: Combatants a hospital or medics treat: wounded, whatever the words after them.
TREATED_COMBATANTS: Final = frozenset({
    "soldiers", "soldier", "troops", "servicemen", "serviceman", "fighters", "fighter", "policemen",
    "police officers", "officers", "militiamen", "gendarmes", "guards", "personnel"})
HOSPITAL: Final = regex.compile(r"(?i)\b(?:hospitals?|clinics?|medics|doctors|infirmary)\b")
TREATED_FOR: Final = regex.compile(
    r"(?i)\s++(?:for|with)\s++(?:[\p{L}\-]++\s++(?:and\s++)?){0,3}?(?:injuries|injury|wounds|wound|burns)(?![\p{L}])")
#: People a hospital treats "from the ambush", "after Tuesday's attack" (a phrase the group may
#: hold): the attack's wounded.
FROM_ATTACK: Final = regex.compile(
    r"(?i)\s(?:from|after)\s++(?:the|that|this|\p{Lu}\p{Ll}+day['’]s)\s++(?:[\p{L}\-]++\s++){0,2}?"
    r"(?:ambush|attack|blast|explosion|bombing|shooting|clashes|fighting|strikes?|raid|assault|shelling)"
    r"(?![\p{L}])")

#: People named with their wounds: "20 people with gunshot wounds (had been taken to ...)",
#: "eight civilians had been brought in with shrapnel wounds", maybe over an aside ("Three
#: officers, it said, had been admitted with gunshot wounds").
WITH_WOUNDS: Final = regex.compile(
    r"(?i)(?:" + PAREN + r")?\s++(?:(?:had\s+been|have\s+been|were|was|are|is)\s++)?"
    r"(?:(?:brought|taken|admitted|rushed|carried|evacuated)(?:\s++in)?\s++)?"
    r"with\s++(?:[\p{L}\-]++\s++(?:and\s++)?){0,3}?(?:injuries|wounds|burns)(?![\p{L}])")

#: People in someone's custody, told after the group: "ten soldiers are now in SPLA-IO custody",
#: "five suspects are in police custody" (a bare "in custody" is a passive of the lexicon).
IN_CUSTODY_OF: Final = regex.compile(
    r"(?i)\s++(?:(?:are|were|is|was|remain|remained|remains)\s++)(?:(?:now|still)\s++)?in\s++"
    r"(?:the\s++)?(?P<keeper>(?!the\s)(?:[\p{L}\-]++\s++){1,2}?)custody(?![\p{L}])")
#: People in their captors' hands: "23 children were still in the hands of the raiders"
#: (kidnapped; forces captured, suspects arrested: see lex.HELD_AS).
IN_HANDS_OF: Final = regex.compile(
    r"(?i)\s++(?:are|were|is|was|remain|remained|remains|had\s++been|have\s++been|has\s++been)\s++"
    r"(?:(?:now|still|reportedly|also)\s++)?in\s++the\s++hands\s++of(?![\p{L}])")
#: Forces held by their enemy: "at least four soldiers were being held by the militants" (the
#: captor named after "by").
HELD_BY: Final = regex.compile(
    r"(?i)\s++(?:are|were|is|was|remain|remained|remains|had\s++been|have\s++been|has\s++been)\s++"
    r"(?:(?:now|still|reportedly|also)\s++)?(?:being\s++)?held\s++(?:(?:captive|hostage|prisoner)\s++)?by(?![\p{L}])")
#: People treated for their wounds told after the group, maybe where ("38 civilians were being
#: treated in Tripoli hospitals for gunshot and shrapnel wounds").
TREATED_AFTER: Final = regex.compile(
    r"(?i)\s++(?:had\s+been|have\s+been|were|was|are|is)\s++(?:(?:still|now)\s++)?(?:being\s++)?treated"
    r"(?:(?:\s++(?:in|at)\s++[^\s.,;:]++(?:\s++[^\s.,;:]++){0,4}?)?"
    r"\s++for\s++(?:[\p{L}\-]++\s++(?:and\s++)?){0,3}?(?:injuries|injury|wounds|wound|burns)"
    # (or where, a place by its name: "three other villagers were still being treated in Turbat")
    r"|\s++(?:in|at)\s++\p{Lu}[\p{L}\-]++(?=\s*+(?:[.,;:]|\Z)))(?![\p{L}])")
