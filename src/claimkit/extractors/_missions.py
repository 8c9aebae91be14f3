"""Peacekeeping and stabilisation missions: the one a report names by its initials, whose side
peacekeepers are on and for whom "the U.N. mission" speaks."""

from __future__ import annotations

import functools
from typing import Final

import regex

# The peacekeeping and stabilisation missions of current conflicts, by the initials reports
# use for them.
_MISSION: Final = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:UNIFIL|MINUSCA|MONUSCO|MINUSMA|UNMISS|UNISFA|UNAMID|AMISOM|ATMIS|AUSSOM|"
    r"UNDOF|KFOR|UNFICYP|UNMIK|MINURSO|UNTSO|EUFOR|SAMIDRC|UNMIL|MINUSTAH)(?![\p{L}\p{N}])")

#: A mission told by what it is ("the U.N. mission", "The African Union mission in Somalia",
#: "the peacekeeping force"), as a speaker's whole words or organization.
MISSION_DESCRIBED: Final = regex.compile(
    r"(?i)(?:the\s++)?(?:(?:U\.N\.|UN|United\s++Nations|AU|African\s++Union|peacekeeping|stabili[sz]ation)\s++){0,3}"
    r"(?:mission|peacekeeping\s++force)(?:\s++in\s++(?:the\s++)?\p{Lu}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){0,3})?+")


@functools.lru_cache(maxsize=8)
def peacekeeping_mission(text: str) -> str | None:
    """The peacekeeping mission ``text`` names first, by its initials ("UNIFIL"), or None:
    peacekeepers are that mission's side. (Cached: asked for each peacekeeper figure.)"""
    m = _MISSION.search(text)
    return m.group().upper() if m else None
