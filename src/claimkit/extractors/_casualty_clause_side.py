"""The side a figure's clause names around it: the party read from the words before and after it.

For what a side lost ("Russian forces lost 1,200 troops"), the side in the verb's subject
(:func:`loser_side`), and for "the enemy" that lost them, the speaker's other party
(:func:`enemy_side`); the side a sentence opens on ("On the Israeli side, ...":
:func:`framed_side`), the side a figure was inflicted on (:func:`inflicted_side`), the side
whose losses or toll a figure counts ("the RSF's losses stood at 40", "cost Moscow more than
500 soldiers": :func:`losses_owner_side`), a subject inside another's statement whose own the
figure is (:func:`own_subject_side`); and the people a toll counts (:func:`toll_people`).
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit._document import Document
from claimkit._groups import CIVILIANS
from claimkit._model import Attribution, Span

from ._casualty_home import STATE_BODY, Home
from ._casualty_people import ACTIVE_START, ENEMY, STATE_BODY_AND, may_name_enemy
from ._casualty_speaker_side import Groups, claimant_side, speaker_sides, teller_side
from ._phrases_subject import subject_before
from ._sides import STATES, SideIndex, capital_state
from ._words import holds_any


def enemy_side(text: str, sides: SideIndex, start: int, verb: int, att: Attribution | None,
               home: Home | None) -> str | None:
    """The side of "the enemy" that lost them ("the enemy | lost 63 men killed"), told by a
    party: the party the report names most besides the speaker's (see :meth:`Home.opponent`)."""
    if home is None or not may_name_enemy(text, start, verb):
        return None  # (most figures: no enemy word before them, no subject read)
    subject = subject_before(text, start, verb)  # (inside text[start:verb])
    if subject is None or not ENEMY.search(text, subject.start, subject.end):
        return None
    told = teller_side(att, sides, home)
    return home.opponent(told) if told is not None else None


def framed_side(text: str, sides: SideIndex, sentence: tuple[int, int], start: int,
                att: Attribution | None, home: Home | None) -> str | None:
    """The side a sentence opens on before its figures ("On the Israeli side, the army named a
    fourth soldier ..., bringing its toll to four killed"; a communiqué's "On the friendly side:
    15 killed and 22 wounded. On the enemy side: more than 70 terrorists neutralised"): a party
    named there, the speaker's for "friendly" or "our", the speaker's opponent for "enemy"
    (see :meth:`Home.opponent`), civilians for "civilian"; None when the sentence opens on none."""
    s = sentence[0]
    while s < start and text[s].isspace():
        s += 1
    if text.startswith(("On ", "on "), s):
        frame = _SIDE_FRAME.match(text, s, start)
    elif text.find(" side", s, start) != -1:
        # a communiqué's list: "The toll is as follows: - Friendly side: 9 killed, 14 wounded;
        # - Enemy side: around forty terrorists neutralised" (the last label before the figure)
        frame = _SIDE_LABEL.search(text, s, start)
    else:
        return None  # (most sentences: no pattern tried)
    if frame is None:
        return None
    who = frame["who"].lower()
    if who in _CIVILIAN_FRAMES:
        return CIVILIANS
    if who in _OWN_FRAMES or who in _ENEMY_FRAMES:
        told = teller_side(att, sides, home)
        if told is None or who in _OWN_FRAMES:
            return told
        return home.opponent(told) if home is not None else None
    found = sides.find(text, *frame.span("who"))
    return found[-1][2] if found else None


_SIDE_FRAME: Final = regex.compile(
    r"(?i)on\s++the\s++(?P<who>[\p{L}'’\-]++(?:\s++[\p{L}'’\-]++)?)\s++side\s*+[,:]")
_SIDE_LABEL: Final = regex.compile(
    r"(?ir)(?:^|[\n;:•·\-–—]\s*+)(?P<who>friendly|enemy|enemy's|our|own|opposing)\s++side\s*+:")
_OWN_FRAMES: Final = frozenset({"friendly", "our", "own", "our own"})
_ENEMY_FRAMES: Final = frozenset({"enemy", "enemy's", "opposing", "adversary's"})
_CIVILIAN_FRAMES: Final = frozenset({"civilian", "civilians'"})


def inflicted_side(text: str, sides: SideIndex, sentence: tuple[int, int], start: int, end: int,
                   att: Attribution | None, home: Home | None) -> str | None:
    """The side a figure was inflicted on: "inflicted losses of up to 180 servicemen killed on
    Ukrainian troops" (Ukraine's, not the speaker's), "inflicted at least ten dead on the enemy"
    (the speaker's other party: see :meth:`Home.opponent`); None when no "inflicted" comes
    right before the figure or no party follows its "on"."""
    lo = max(sentence[0], start - _INFLICTED_REACH)
    if text.find("nflict", lo, start) == -1:
        return None  # (most figures: no pattern tried)
    if _INFLICTED_BEFORE.search(text, lo, start) is None:
        return None
    on = _INFLICTED_ON.match(text, end, min(sentence[1], end + _INFLICTED_REACH))
    if on is None:
        return None
    if _ENEMY_WORD.search(text, *on.span("who")):
        told = teller_side(att, sides, home)
        return home.opponent(told) if told is not None and home is not None else None
    found = sides.find(text, *on.span("who"))
    return found[0][2] if found else None


_INFLICTED_REACH: Final = 60
# "inflicted | 40", "inflicted losses of | up to 180", "inflicting casualties of more than | 30"
_INFLICTED_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])inflict(?:ed|ing|s)?\s++(?:(?:losses|casualties)\s++of\s++)?\Z")
# ... and whom on, after the figure's people: "| killed on Ukrainian troops", "| on the enemy"
_INFLICTED_ON: Final = regex.compile(
    r"(?i)[^.;:!?\n]{0,40}?\bon\s++(?P<who>(?:the\s++)?[\p{L}'’\-]++(?:\s++[\p{L}'’\-]++){0,2})")
_ENEMY_WORD: Final = regex.compile(r"(?i)\b(?:enemy|enemies|invad\w*|occupi\w*|aggressors?|adversary)\b")


def own_subject_side(text: str, sides: SideIndex, start: int, verb: int, taken: Groups,
                     home: Home | None, att: Attribution | None) -> str | None:
    """The side of a subject inside another's statement whose own the figure is ("..., saying
    its fighters killed 34 soldiers, as | the government | raised its own death toll to 14"):
    only a subject after the statement's cue, else the speaker is whose own they are ("the
    army says 14 of its soldiers were killed")."""
    if ACTIVE_START.match(text, verb) is not None:
        return None  # "a Turkish drone struck its checkpoint, killing three of its members": the agent's foes
    subject = subject_before(text, start, verb)
    if att is None or subject is None or subject.start < att.cue.span.end:
        return None
    return _side_of_subject(text, sides, subject, taken, home)


def unit_side(text: str, sides: SideIndex, m_start: int, group_start: int | None,
              att: Attribution | None) -> str | None:
    """The side of a unit named in the reported words before "N of its people" ("bloggers
    claimed that a Ukrainian platoon was encircled and that 40 of its soldiers were taken
    prisoner": the platoon's, not the speaker's), or None."""
    if att is None or group_start is None or _OF_ITS.search(text, m_start, group_start) is None:
        return None
    lo = att.cue.span.end
    if not lo <= m_start:
        return None
    found = [side for _, b, side in sides.find(text, lo, m_start) if _UNIT_AFTER.match(text, b)]
    return found[-1] if found else None


_OF_ITS: Final = regex.compile(r"(?i)\bof\s+its\s")
_UNIT_AFTER: Final = regex.compile(
    r"(?i)\s+(?:[\p{L}\-]+\s+)?(?:platoon|unit|brigade|battalion|company|column|convoy|patrol|detachment|"
    r"squad|division|regiment|garrison)(?![\p{L}])")


def toll_people(text: str, start: int, end: int, lo: int | None = None) -> tuple[int, int] | None:
    """The people a toll counts, as a group's span: "soldiers" in "put the number of soldiers
    killed at 23" or "the toll among soldiers rose to 23", "Russian soldiers" in "the number of
    Russian soldiers killed had risen to about 70" (none for "the number of those killed" or
    "the number of dead"); with ``lo``, also a toll "among" people right before ``start``, from
    ``lo`` on."""
    found = _TOLL_PEOPLE.search(text, start, end) or _TOLL_AMONG.search(text, start, end)
    if found is None and lo is not None:
        # ("puts the toll among government forces at | 94 dead": the toll before the evidence)
        found = _TOLL_AMONG.search(text, max(lo, start - 80), start)
        if found is not None and text[found.end():start].split() not in (["at"], ["to"]):
            found = None
    if found is None:
        return None
    people_start, people_end = found.span("people")
    if (clause := _RELATIVE_SUBJECT.search(text, people_start, people_end)) is not None:
        people_end = clause.start()  # "the number of soldiers it killed": the soldiers
    while people_end > people_start and text[people_end - 1].isspace():
        people_end -= 1
    if text[people_start:people_end].lower() in _NO_PEOPLE:
        return None
    return people_start, people_end


_TOLL_PEOPLE: Final = regex.compile(
    r"(?i)\bnumber\s+of\s+(?P<people>(?:[\p{L}'’\-]+\s+){1,4}?)(?:killed|dead|deaths|martyred|slain|wounded|"
    r"injured|hurt)\b")
# "the toll among soldiers had risen to 23", "raising the death toll among security personnel
# to nine", "puts the toll among government forces at 94 dead"
_TOLL_AMONG: Final = regex.compile(
    r"(?i)\btoll\s+among\s+(?:the\s+)?(?P<people>(?:[\p{L}'’\-]+\s+){0,3}?[\p{L}'’\-]+)"
    r"(?=\s*+(?:,|(?:had|has|have|was|is|rose|risen|climbed|reached|stood|stands|at|to)\b))")
_NO_PEOPLE: Final = frozenset({"those", "the", "these", "them"})
# The subject of a relative clause inside a toll's people: "soldiers | it killed", "fighters |
# the army killed".
_RELATIVE_SUBJECT: Final = regex.compile(r"(?i)(?<=\S)\s+(?:it|they|he|she|we|the|its|their)\s")


def losses_owner_side(text: str, sides: SideIndex, start: int, lo: int, taken: Groups,
                      home: Home | None) -> str | None:
    """The side whose losses a figure counts, named as the possessor of "losses" (or "toll",
    "casualties") right before ``start`` ("put the government's losses at two dead": the
    report's state; "the RSF's losses stood at 40": the RSF) or as the one a fight cost them
    ("cost Moscow more than 500 soldiers"), or None."""
    # (each pattern only where its noun or verb is: most figures have none before them)
    owner = None
    if holds_any(text, max(lo, start - 90), start, _LOSSES_NOUNS):
        owner = _LOSSES_OWNER.search(text, max(lo, start - 90), start)
    if owner is None and holds_any(text, max(lo, start - 60), start, _COST_WORDS):
        owner = _COST_TO.search(text, max(lo, start - 60), start)
    if owner is None and _TOLL_NOUN_AT.match(text, start):
        # the figure read from its toll noun ("put Syrian army | deaths at eight"): the
        # noun's modifier
        owner = _OWNER_RIGHT_BEFORE.search(text, max(lo, start - 60), start)
    if owner is None:
        return None
    return _side_of_subject(text, sides, Span(*owner.span("owner")), taken, home) \
        or capital_state(owner.group("owner"))  # ("cost Moscow": a capital for its state)


_LOSSES_OWNER: Final = regex.compile(
    r"(?i)(?<![\p{L}\-])(?P<owner>(?:(?:the|its|their)\s+)?(?:[\p{L}\-]+\s+){0,2}?[\p{L}\-]+)(?:['’]s?)?\s+"
    r"(?:own\s+)?(?:losses|casualties|death\s+toll|toll)\s+"
    r"(?:(?:at|as|(?:now\s+)?(?:stood|stands?)\s+at|were|was|are|is|amounted\s+to|reached|totall?ed"
    r"|(?:(?:had|has|have)\s+)?(?:rose|risen|climbed|increased|grown|grew)\s+to)\s+)?\Z")


# The words every match of _LOSSES_OWNER and of _COST_TO holds.
_LOSSES_NOUNS: Final = ("losses", "casualties", "toll")
_COST_WORDS: Final = ("cost",)


_TOLL_NOUN_AT: Final = regex.compile(r"(?i)(?:deaths|casualties|death\s+toll)(?![\p{L}])")
# (a name or a state's body, or a possessive: "Syrian army", "Russian", "the army's"; not the
# words of a clause before an article, "Police said the | death toll", nor a pronoun's "its")
_OWNER_RIGHT_BEFORE: Final = regex.compile(
    r"(?<![\p{L}\-])(?<!(?i:its|their|our|his|her)\s+)(?P<owner>(?:(?i:the)\s+)?(?:\p{Lu}[\p{L}\-]*\s+){0,2}"
    r"(?:\p{Lu}[\p{L}\-]*|(?i:army|military|government|police|navy)|[\p{L}\-]+(?=['’]))(?:['’]s?)?)\s+\Z")


# ... or the one a fight cost them: "the push cost Moscow | more than 500 soldiers killed"
_COST_TO: Final = regex.compile(
    r"(?i)(?<![\p{L}])cost(?:s|ing)?\s++(?P<owner>(?:the\s++)?[\p{L}\-’']++(?:\s++[\p{L}\-’']++){0,2}?)\s++"
    r"(?:(?:more\s+than|at\s+least|about|nearly|some|over|around|up\s+to|almost)\s++)?\Z")


def loser_side(doc: Document, sides: SideIndex, start: int, verb: int, att: Attribution | None,
               window: tuple[int, int], taken: Groups, home: Home | None = None) -> str | None:
    """The side that lost a figure, told by the verb's subject (read once): the side it names
    last ("Russian forces | lost 1,200 troops"; none for "the ministry claims | the enemy | lost
    1,250 troops"; a subject that names a state's forces and no side is the ``home`` state's:
    "The army and its allied militias lost 87 dead"); else, for a subject that is the speaker
    itself ("We lost six brothers", "it said it had lost one fighter", "his men had lost only
    two fighters"), the speaker's side (see :func:`claimant_side`); or, for a body an armed
    group's spokesman speaks for ("the group had lost three fighters", "the fighters had lost
    six men"), the speaker's side unless it is a state's (the army telling what "the group"
    lost tells its enemy's losses)."""
    subject = subject_before(doc.text, start, verb)
    if subject is None:
        return None
    side = _side_of_subject(doc.text, sides, subject, taken, home)
    if side is not None:
        return side
    if _SPEAKER_AS_LOSER.fullmatch(doc.text, subject.start, subject.end) or (
            # "the rebels said they had lost ten men" (not "They lost 40 men, the army said")
            att is not None and doc.text[subject.start:subject.end].lower() == "they"
            and 0 <= subject.start - att.cue.span.end <= _RIGHT_AFTER_CUE):
        return claimant_side(doc, sides, att, window, taken, home)
    if _BODY_AS_LOSER.fullmatch(doc.text, subject.start, subject.end):
        side = next(speaker_sides(att, sides, with_name=True, home=home), None)
        return side if side not in STATES else None
    return None


# The speaker as the subject of "lost": a pronoun, or its own people or side.
_SPEAKER_AS_LOSER: Final = regex.compile(
    r"(?i)we|it|(?:our|its|his|their)(?:\s+own)?\s+(?:forces|troops|men|side|fighters|units?|group|comrades)")
_RIGHT_AFTER_CUE: Final = 6  # (" that ")
# A body an armed group's spokesman may speak for: "the group", "the brigade", "the fighters".
_BODY_AS_LOSER: Final = regex.compile(
    r"(?i)the\s+(?:group|movement|brigade|battalion|militia|fighters|rebels|insurgents|organi[sz]ation|front)")


def _side_of_subject(text: str, sides: SideIndex, subject: Span, taken: Groups,
                     home: Home | None) -> str | None:
    """The side a subject already found names (see :func:`loser_side`)."""
    found = [side for a, b, side in sides.find(text, subject.start, subject.end) if not taken.holds(a, b)]
    if found:
        return found[-1]
    if home is not None and not ENEMY.search(text, subject.start, subject.end) and (
            STATE_BODY.search(text, subject.start, subject.end)
            or STATE_BODY_AND.search(text, max(0, subject.start - 40), subject.start)):
        return home.state
    return None
