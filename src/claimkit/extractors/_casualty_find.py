"""Casualty mentions in one sentence: figure, group and outcome, read around each number.

For every number in a candidate sentence (and every "a soldier" / "another" that counts as
one) the reader looks right for the group's noun phrase and a passive predicate ("58
Pakistani soldiers | were killed"), left for an active verb or a toll noun ("killing | 58",
"the death toll rose to | 40"), and links neighbouring figures: a list ("6 commandos, 5
soldiers and 15 militants were killed") shares one predicate, and "including" makes a figure
part of the one before it. Every step is an anchored pattern over a bounded window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from claimkit._model import Count
from claimkit.text import NumberMention
from claimkit.text._numbers import COMPARED_WITH_THE, REVISED_FROM

from . import _casualty_lexicon as lex
from . import _casualty_patterns as pat
from ._casualty_group import OWN, figures, read_group
from ._casualty_lists import add_totals, appositions, count_of, link, propagate
from ._casualty_outcome import (
    NOMINAL_OUTCOMES,
    read_left,
    read_nominal,
    read_nominal_after,
    read_relaxed,
    read_right,
    told_nominally,
)
from ._casualty_types import Figure, Mention

# "put its own losses at 11 fighters", "had put its dead at seven": the figure is the
# speaker's side's, as "11 of its own".
_OWN_LOSSES: Final = regex.compile(
    r"\b(?:(?:its|their|our)\s+(?:own\s+(?:losses|casualties|dead|death\s+toll|toll)|losses|casualties|dead)"
    # a communiqué's "On the friendly side, the toll stands at two dead", "in our ranks"
    r"|on\s+(?:the\s+)?(?:friendly|our)\s+side|in\s+our\s+(?:own\s+)?ranks)\b[^.;]*$", regex.I)


# A party admitting a figure: its own losses ("the Taliban acknowledged three dead").
_ADMITTED_BEFORE: Final = regex.compile(
    r"(?i)\b(?:acknowledged|acknowledges|admitted|admits|conceded|concedes)\s+"
    r"(?:(?:only|just|losing|the\s+loss\s+of|the\s+deaths?\s+of)\s+){0,2}\Z")


# Between a group and a figure whose noun is left out: "killed 12 rebels | and captured | 35".
_ELIDED_GAP: Final = regex.compile(
    # (a short place phrase may end the group's clause: "57 fighters in the forests, killing 41")
    r"(?:[^\S\n]++(?:in|at|near|on|around|across)(?:[^\S\n]++[\p{L}'’\-]++){1,4}?)?"
    # (or a second noun: "killed 50 soldiers and militiamen and captured 23")
    r"(?:[^\S\n]++and[^\S\n]++\p{Ll}[\p{L}\-]*+(?=[^\S\n]*+,?[^\S\n]*+and[^\S\n]))?"
    r"(?:[^\S\n]*+,?[^\S\n]*+and[^\S\n]++(?:(?:then|also|later)[^\S\n]++)?|[^\S\n]*+,[^\S\n]*+)"
    r"\p{L}++[^\S\n]++\Z",
    regex.IGNORECASE)


def _bare_dead(f: Figure) -> bool:
    """Whether ``f`` is a bare figure of the killed or wounded ("killed 57"): people, though
    no noun says so."""
    return f.group is None and (f.left in _HURT or any(o in _HURT for o in f.right))


_HURT: Final = ("killed", "wounded")


def _antecedent(text: str, s: int, end: int, killed_by_them: bool = False,
                verb: int | None = None) -> tuple[int, int] | None:
    """The last plural person noun in ``text[s:end]`` ("the assailants"), what "of them" after
    a figure counts; None when there is none or another figure stands between. With
    ``killed_by_them`` (an active verb before the figure: "killing about 20 of them") the
    speaker's own forces ("its troops", "our men") are not it: they did the killing; nor is
    the subject of that ``verb`` (where it starts): "the rebels were surrounded and soldiers
    had killed 26 of them" counts rebels."""
    found = None
    names_from: int | None = None  # where the capitalised words right before a word begin
    last_end = -1
    for w in pat.WORDS.finditer(text, max(s, end - _ANTECEDENT_REACH), end):
        word = w.group()
        adjacent = last_end >= 0 and not text[last_end:w.start()].strip()
        if word[0].isdigit() or word.lower().split("-", 1)[0] in _NUMBER_WORDS:
            found = None  # ("killed 12 soldiers and wounded 9 of them": the figure's people)
        elif word.endswith(_PLURAL_ENDINGS) and word.islower() and pat.is_person(word) \
                and not (killed_by_them and _OWN_BEFORE.search(text, max(s, w.start() - 10), w.start())) \
                and not (verb is not None and _SUBJECT_GAP.fullmatch(text, w.end(), verb)):
            # with the names right before it: "Arakan Army fighters"
            found = (names_from if names_from is not None and adjacent else w.start(), w.end())
        if word[0].isupper() and word.lower() not in _DETERMINERS \
                and word.lower().split("-", 1)[0] not in _NUMBER_WORDS:
            names_from = names_from if names_from is not None and adjacent else w.start()
        elif not (names_from is not None and adjacent and word in _FORCE_MODIFIERS):
            names_from = None  # (kept over "government": "Syrian government forces")
        last_end = w.end()
    return found


_ANTECEDENT_REACH: Final = 160
# Lower-case words between a name and the force it has: "Syrian government forces".
_FORCE_MODIFIERS: Final = frozenset({"government", "army", "security", "armed", "regime", "military",
                                     "special", "border", "regular", "junta"})
# A ranking the partitive picks from ("one of the deadliest attacks", "one of the most violent
# days", "one of the worst"): no people.
_SUPERLATIVE: Final = regex.compile(r"(?i)(?:most|least|worst|best|[\p{L}]{3,}est)(?![\p{L}])")
# Bodies, not people: "a paramilitary force", "a unit" count no one
_BODIES_OF_MEN: Final = frozenset({
    "force", "unit", "group", "militia", "army", "brigade", "battalion", "regiment", "organisation",
    "organization", "movement", "coalition", "alliance", "faction", "agency", "detachment", "contingent",
})
# How a plural person noun ends ("assailants", "gunmen", "people", "children").
_PLURAL_ENDINGS: Final = ("s", "men", "people", "children", "police")
# Between a subject and its verb: auxiliaries, adverbs and a relative pronoun ("soldiers | had |
# killed", "men | who | beheaded").
_SUBJECT_GAP: Final = regex.compile(
    r"(?:\s++(?:who|that|had|have|has|also|then|later|reportedly|allegedly|just|since))*+\s++")
# A deed told in the first person ("we have captured 12 of their fighters", "our forces killed
# 30 of their men"): "their" are the others
_WE_DID: Final = regex.compile(
    r"(?i)\b(?:we|our\s++(?:forces|troops|fighters|men|units|soldiers|heroes|mujahideen))\s++"
    r"(?:(?:have|had|has|also|then|just)\s++){0,2}+\p{L}++\s++[^,;.]{0,12}\Z")
# Verbs that take things as well as people: "others" after things taken are things.
_TAKEN_LIKE_THINGS: Final = frozenset({"seized", "captured", "took", "taken", "seizing", "capturing",
                                       "taking", "recovered", "confiscated"})
_STILL_TREATING: Final = regex.compile(r"(?i)\bstill\s++(?:treating|being\s++treated\s++for)\s++\Z")
# "12 of their own": the subject's own people, whatever the verb
_THEIR_OWN: Final = regex.compile(r"(?i)[^,;.]*?\bof\s++their\s++own\b")
_OWN_BEFORE: Final = regex.compile(r"(?i)(?<![\p{L}])(?:its|our)\s++(?:own\s++)?\Z")
_DETERMINERS: Final = frozenset({"the", "our", "its", "their", "his", "her", "these", "those"})
_NUMBER_WORDS: Final = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "dozens", "hundreds", "scores", "several"})
# A toll's earlier value: "up from | four".
# ... or the figure another gave, compared: "22 soldiers had been killed - more than the | 14 a
# military source gave" (the same people counted by another; "the" makes it a figure told)
# ("up from an initial count of | 15", "down to 31 from an initial | 38")
_FROM_VALUE: Final = (
    rf"{REVISED_FROM}\s++(?:the\s++|(?:an?|the)\s++(?:initial|earlier|previous|first|preliminary|"
    rf"original)\s++(?:(?:count|toll|figure|tally|estimate|report)\s++of\s++)?)?")
EARLIER_VALUE: Final = regex.compile(rf"(?i)(?:{_FROM_VALUE}|{COMPARED_WITH_THE}\s++)\Z")
# ... of which only a value revised from is superseded (the other's figure compared stands)
_SUPERSEDED: Final = regex.compile(rf"(?i){_FROM_VALUE}\Z")
# ... told by whom or when, in words the group reader takes for a noun: "up from 11 announced a
# day earlier", "up from the nine given by the ministry"
_EARLIER_TOLD: Final = regex.compile(
    r"(?i)(?:announced|given|stated|released|published|cited|issued|provided|counted|recorded)(?![\p{L}])")
# A figure's new value: "a figure it has since raised to | 27", "later revised upward to".
_REVISED_TO: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:raised|revised|increased|updated|lifted|lowered|reduced|cut)"
    r"(?:\s++(?:it|that|upwards?|downwards?))?\s++to\s++\Z")
# "the bodies of" right before a figure: its people are dead, whatever adjective they had.
_BODIES_OF: Final = regex.compile(r"(?i)\b(?:bodies|remains|corpses)\s++of\s++(?:the\s++)?\Z")
# A verb of another deed whose object a part is: "and named | one of them as a commander".
_OTHER_DEED_BEFORE: Final = regex.compile(r"(?i)(?:\band|,)\s++\p{Ll}{2,}ed\s++\Z")
# A relative clause after a group, with a subject of its own and no pronoun: "the nine
# attackers | the army said it had killed", "the three soldiers | the rebels captured".
_THE_BEFORE: Final = regex.compile(r"(?i)(?<![\p{L}])the\s++\Z")
_CONTACT_RELATIVE: Final = regex.compile(
    r"\s++(?:(?:whom|that)\s++)?(?P<subj>(?:the|its|their|a|an)\s++(?:[\p{L}\-]++\s++){0,3}?[\p{L}\-]++"
    # (a pronoun after "whom", or telling: "40 soldiers whom they captured", "12 fighters it
    # said it had captured")
    r"|\p{Lu}[\p{L}\-]*+|(?<=(?:whom|that)\s++)(?:they|it|he|she|we)"
    r"|(?:they|it|he|she|we)(?=\s++(?:said|says|say|claimed|claims|claim)\s))"
    r"(?:\s++(?:said|says|say|claimed|claims|claim)\s++(?:it|they|he|she|we)"
    # ("the 41 soldiers it claimed on Wednesday to have killed", "the six soldiers that the
    # group claims to hold")
    r"|\s++(?:claimed|claims|claim|said|says)(?:\s++(?:on\s++)?[\p{L}]+day)?\s++to(?:\s++have)?)?"
    r"(?:\s++(?:had|has|have))?\s++"
    r"(?P<verb>killed|arrested|detained|abducted|kidnapped|captured|wounded|injured|executed|hold|holds|held)"
    r"(?![\p{L}])"
    r"(?!\s++on\s++(?:film|camera|video|tape)\b)")  # ("captured on film")
_CAPTIVE: Final = regex.compile(r"(?i)(?:held\s+)?captive")
# A relative clause's pronoun right after its people: with it, no "the" is needed before them
# ("40 soldiers whom they captured"; a clause that "whom" or "that" opens always takes it).
_RELATIVE_OPENING: Final = regex.compile(r"\s++(?:whom|that)\s")
# A relative pronoun between people and their predicate ("two residents | who were | hit").
_RELATIVE_BEFORE: Final = regex.compile(r"(?i)(?<![\p{L}])(?:who|that)\s")
# A verb of losing or suffering right before a figure (verbs, not the noun "losses").
_LOSING_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:" + "|".join(sorted(
        w for w in lex.LOSING | lex.SUFFERING if " " not in w and w != "losses"))
    + r")\s++\Z")
_NOT_A_SINGLE: Final = regex.compile(r"(?i)not\s++a\s++single(?![\p{L}])")
# A verb after the people that takes them up again: "opened fire on two civilians in the
# market, killing them both".
_THEM_AFTER: Final = regex.compile(
    # (no verb of their own between: "then five soldiers arrived, killing them" tells of killers)
    r"(?:(?![\p{L}]{1,30}ed\b|[\p{L}]{1,30}s\s+(?:the|a|an)\b)[^.;:\n]){0,80}?"
    r"(?<![\p{L}])(?P<verb>killing|wounding|injuring|killed|wounded|injured)\s++"
    r"(?:them|both\s++of\s++them|all\s++of\s++them)(?:\s++(?:both|all))?+(?![\p{L}\p{N}])",
    regex.IGNORECASE)


def sentence_mentions(text: str, s: int, e: int,
                      numbers: Sequence[NumberMention] | None = None) -> list[Mention]:
    """Every casualty mention in the sentence ``text[s:e]``, figures of zero included.
    ``numbers`` are the sentence's numbers when the caller has read them already."""
    found = figures(text, s, e, numbers)
    figs: list[Figure] = []
    for i, f in enumerate(found):
        if i and (before := found[i - 1].group) is not None and before[0] <= f.start < before[1]:
            # "three members of a militia": the "a" is inside the group before, no figure, and
            # no break in a list ("12 villagers, two members of a vigilante group and four ...")
            continue
        read_group(text, f, e)
        if f.group is not None and pat.SPEAKER_AFTER.match(text, f.np_end, e):
            f.rejected = True  # "..., a military officer said": who tells, not who was hit
        figs.append(f)
    for i, f in enumerate(figs):
        if f.rejected:
            continue
        if len(f.text) == 4 and f.text.isdigit() and 1800 <= f.best <= 2100 and (
                f.group is None or text[f.group[0]].isupper()):
            f.rejected = True                         # a year ("2003 Gorazdevac murders")
            continue
        if f.text.lower() in ("a", "an") and f.head in _BODIES_OF_MEN:
            f.rejected = True  # "two soldiers of the Assam Rifles, a paramilitary force, were wounded"
            continue
        if f.text.lower() == "a" and _NOT_A_SINGLE.match(text, max(0, f.start - 4), f.start + 9):
            f.rejected = True  # "not a single civilian was hurt": none (read as a figure of zero)
            continue
        if f.part == "the" and f.group is not None and not f.person \
                and _SUPERLATIVE.match(text, f.group[0], f.group[1]):
            f.rejected = True  # "killed 28 soldiers, one of the deadliest assaults": a ranking, no one
            continue
        read_right(text, f, e)
        if f.right == ("missing",) and f.right_span is not None and f.group is not None \
                and f.right_span[1] <= f.group[1] and _BODIES_OF.search(text, max(s, f.start - 16), f.start):
            # "the bodies of two missing soldiers were found": who they were, now dead
            f.right, f.right_span = (), None
        # "two of the wounded": the outcome the noun tells, for a part of a group told before
        nominal = NOMINAL_OUTCOMES.get(f.head or "") if f.part == "the" else None
        if nominal is not None and f.right == (nominal,):
            # "Two of the injured are in serious condition": part of a figure told before, no
            # new one ("two of the wounded later died" tells a new outcome)
            f.right, f.right_span = (), None
            continue
        if not f.right and i and f.group is None and (figs[i - 1].person or _bare_dead(figs[i - 1])) \
                and (figs[i - 1].left or figs[i - 1].right) \
                and _ELIDED_GAP.match(text, figs[i - 1].tail_end, f.start):
            # "killed 12 rebels and captured 35 [rebels]", "says it killed 57 and captured 11"
            f.person = True
        if i and f.head in ("others", "more") and not figs[i - 1].person \
                and figs[i - 1].tail_end > figs[i - 1].end \
                and (gap := _ELIDED_GAP.match(text, figs[i - 1].tail_end, f.start)) is not None \
                and gap.group().split()[-1].lower() in _TAKEN_LIKE_THINGS:
            f.rejected = True  # "destroyed 34 combat vehicles and seized 12 others": vehicles too
            continue
        if not f.right:
            read_left(text, f, s)
            if not f.left and f.part in ("them", "those", "these") \
                    and _OTHER_DEED_BEFORE.search(text, max(s, f.start - 24), f.start):
                f.rejected = True  # "killed five militants and named one of them": named, not killed
                continue
        elif f.right == ("wounded",) and f.right_span is not None and f.person \
                and _RELATIVE_BEFORE.search(text, f.np_end, f.right_span[0]):
            # "the deaths of two residents who were hit by shrapnel": the clause tells how
            # they died, the noun before the figure what befell them
            read_left(text, f, s)
            if f.left == "killed":
                f.right, f.right_span = (), None
            else:
                f.left = f.left_span = None
        elif f.right == ("kidnapped",) and f.person:
            # "beheaded two sailors held hostage": a killing before the group, the captivity
            # after it only describes them
            read_left(text, f, s)
            if f.left == "killed":
                f.right, f.right_span = (), None
            else:
                f.left = f.left_span = None
        if not f.right and not f.left and f.head == "lives" \
                and pat.LIVES_BEFORE.search(text, max(s, f.start - 24), f.start):
            f.left, f.left_span = "killed", (f.group[0], f.group[1]) if f.group else (f.start, f.end)
            f.group = f.head = None                   # "lives" name no group
        if not f.right and not f.left and f.person and f.group is not None \
                and pat.TREATED_BEFORE.search(text, max(s, f.start - 12), f.start):
            if (cause := pat.TREATED_FOR.match(text, f.tail_end, e)
                    or pat.FROM_ATTACK.match(text, f.tail_end, e)) is not None:
                f.right, f.right_span = ("wounded",), cause.span()  # "treated 146 people for injuries"
            elif (attack := pat.FROM_ATTACK.search(text, f.start, f.tail_end)) is not None:
                # "had treated 31 people from the ambush" (the phrase read with the group)
                f.right, f.right_span = ("wounded",), attack.span()
            elif (f.head or "").lower() in pat.TREATED_COMBATANTS \
                    and pat.HOSPITAL.search(text, s, f.start) is not None:
                # "the hospital was still treating three soldiers": combatants a hospital treats
                f.right, f.right_span = ("wounded",), (f.start, f.end)
            elif _STILL_TREATING.search(text, max(s, f.start - 24), f.start) is not None:
                # "We are still treating 12 people": care that goes on after an attack
                f.right, f.right_span = ("wounded",), (f.start, f.end)
        if not f.right and not f.left and (
                (f.person and f.group is not None
                 and (hurt := pat.WITH_WOUNDS.match(text, f.tail_end, e)) is not None)
                or ((f.person or f.group is None)
                    and (hurt := pat.TREATED_AFTER.match(text, f.tail_end, e)) is not None)):
            # "20 people with gunshot wounds", "38 civilians were treated in hospitals for wounds"
            f.right, f.right_span = ("wounded",), hurt.span()
        if not f.right and not f.left and f.person and f.group is not None \
                and (held := pat.IN_CUSTODY_OF.match(text, f.tail_end, e)) is not None:
            # "ten soldiers are now in SPLA-IO custody": forces are captured, anyone else
            # arrested (see lex.HELD_AS)
            f.right = (lex.HELD_AS.get((f.head or "").lower(), "arrested"),)
            f.right_span = held.span()
        if f.right == ("kidnapped",) and f.right_span is not None \
                and lex.HELD_AS.get((f.head or "").lower()) == "captured" \
                and _CAPTIVE.fullmatch(text, *f.right_span) is not None:
            f.right = ("captured",)  # "took two soldiers captive": forces are captured
        if not f.right and not f.left and f.person and f.group is not None \
                and (held := pat.IN_HANDS_OF.match(text, f.tail_end, e)) is not None:
            # "23 children were still in the hands of the raiders": kidnapped, forces captured
            f.right = (lex.HELD_AS.get((f.head or "").lower(), "kidnapped"),)
            f.right_span = held.span()
        if not f.right and not f.left and f.person and f.group is not None \
                and (f.head or "").lower() in lex.HELD_AS \
                and lex.HELD_AS[(f.head or "").lower()] == "captured" \
                and (held := pat.HELD_BY.match(text, f.tail_end, e)) is not None:
            # "at least four soldiers were being held by the militants": forces captured
            f.right, f.right_span = ("captured",), held.span()
        if not f.right and not f.left and (f.person or f.group is None) \
                and pat.SENT_BEFORE.search(text, max(s, f.start - 12), f.start) \
                and (sent := pat.TO_HOSPITAL.match(text, f.tail_end if f.group else f.end, e)):
            f.right, f.right_span = ("wounded",), sent.span()  # "sending 42 to the hospital"
        if not f.right and not f.left and f.person and f.group is not None \
                and (them := _THEM_AFTER.match(text, f.tail_end, e)) is not None \
                and (outcome := pat.active_outcome(them["verb"])) is not None \
                and not any(f.tail_end <= g.start < them.start("verb") for g in figs[i + 1:]):
            # "opened fire on two civilians, killing them both": the people the verb takes
            f.right, f.right_span = (outcome,), them.span("verb")
        if not f.right and not f.left and f.person and f.group is not None \
                and (_THE_BEFORE.search(text, max(s, f.start - 8), f.start)
                     or _RELATIVE_OPENING.match(text, f.tail_end, e)) \
                and (rel := _CONTACT_RELATIVE.match(text, f.tail_end, e)) is not None \
                and (outcome := pat.active_outcome(rel["verb"].lower())) is not None:
            # "the nine attackers the army said it had killed", "the three soldiers the rebels
            # captured", "40 soldiers whom they captured": a relative clause with a subject of
            # its own tells what befell them
            f.right, f.right_span = (outcome,), rel.span("verb")
        if not f.right and not f.left and f.group is not None:
            if nominal is not None:
                read_nominal(text, f, e)
            else:
                read_relaxed(text, f, e)
        elif not f.right and not f.left and f.group is None and i and told_nominally(text, figs[i - 1]):
            read_nominal_after(text, f, figs[i - 1], e)
        if not f.right and not f.left and i and (
                ((f.group is None or _EARLIER_TOLD.fullmatch(text, *f.group) is not None)
                 and EARLIER_VALUE.search(text, max(s, f.start - 48), f.start))
                or (f.group is None and _REVISED_TO.search(text, max(s, f.start - 40), f.start))):
            # "six civilians have now been killed, up from four reported this morning" (or
            # "killed more than 20 troops, a figure it has since raised to 27"): the toll told
            # before, with the outcome of the figure it rose from
            told = next((g for g in reversed(figs[:i]) if not g.rejected and (g.right or g.left)), None)
            f.earlier = True
            if told is not None:
                # the same people ("11 announced": no people's noun of its own; not the part a
                # toll rose by: "Two of the wounded died, raising the toll from seven")
                part_of = told.part == "the" and NOMINAL_OUTCOMES.get(told.head or "") is not None
                f.group, f.head = (None, None) if part_of else (told.group, told.head)
                f.right = told.right or ((told.left,) if told.left else ())
                f.right_span = (f.start, f.end)
                f.person = told.person
        if i:
            link(text, figs[i - 1], f)
    appositions(text, figs)
    propagate(text, figs)
    index: dict[tuple[int, str], int] = {}
    out: list[Mention] = []
    # "lost 43 soldiers killed and about 70 wounded": losses whose outcome is told after them
    after_losing: list[bool] = []
    for i, f in enumerate(figs):
        after_losing.append(bool(_LOSING_BEFORE.search(text, max(s, f.start - 12), f.start)) or (
            i > 0 and f.link == "list" and after_losing[i - 1]))
    for i, f in enumerate(figs):
        if f.rejected or f.ambiguous or not f.outcomes or f.out_span is None:
            continue
        if f.bare and f.link is None and not f.right:
            continue
        if pat.norm(text[f.out_span[0]:f.out_span[1]]) in lex.NEEDS_COMBATANT \
                and (f.head or "").lower() not in lex.COMBATANT_HEADS:
            # ("destroyed up to 60 militants" is a toll; "destroyed 40 tankers" and "two Toyota land
            # cruisers used by the police were destroyed" tell no people, whichever way read)
            continue
        start = min(f.start, f.out_span[0])
        end = max(f.np_end, f.out_span[1], f.end) if f.out_span[0] >= f.start else max(f.np_end, f.end)
        if f.bare and not f.person:
            f.group = f.head = None                   # "another | sustained injuries"
        group = text[f.group[0]:f.group[1]] if f.group else None
        active = f.left_span is not None and f.left_span[1] <= f.start
        if f.group is None and f.part in ("them", "whom") and (them := _antecedent(
                text, s, f.start, active, f.left_span[0] if active and f.left_span else None)) is not None:
            # "repelled the assailants, killing 21 of them": 21 of the assailants (also "four
            # civilians, two of whom died", where the four tell no outcome of their own)
            f.group, f.head, f.person = them, text[them[0]:them[1]].rsplit(None, 1)[-1].lower(), True
            group = text[them[0]:them[1]]
        for outcome in f.outcomes:
            if outcome in ("captured", "arrested", "kidnapped", "missing") and not f.person \
                    and f.group is not None:
                continue                              # "captured 25 posts" is not about people
            parent = index.get((f.parent, outcome)) if f.parent is not None else None
            index[(i, outcome)] = len(out)
            lost = after_losing[i] or (f.left_span is not None and f.outcomes == (f.left,)
                                       and pat.norm(text[f.left_span[0]:f.left_span[1]]) in lex.LOSING)
            # ("76 fighters were killed, including three of their commanders": the possessive
            # of a part is the whole's people's, not the speaker's)
            # (nor "we captured 12 of their fighters", the object of the teller's deed: the enemy's)
            theirs_taken = f.part == "their" and active and not lost \
                and _WE_DID.search(text, max(s, f.start - 60), f.start) is not None \
                and not _THEIR_OWN.match(text, f.start, f.start + 40)
            own = (f.part in OWN and not (f.part == "their" and parent is not None) and not theirs_taken) \
                or bool(_OWN_LOSSES.search(text, max(s, f.start - 64), f.start)) \
                or bool(_ADMITTED_BEFORE.search(text, max(s, f.start - 40), f.start))
            superseded = f.earlier and _SUPERSEDED.search(text, max(s, f.start - 48), f.start) is not None
            out.append(Mention(outcome, count_of(f), start, end, group, f.group, f.head, parent,
                               own, lost=lost, superseded=superseded))
    add_totals(text, figs, index, out)
    for m in pat.ZERO_WORDS.finditer(text, s, e):
        # In the order told (a list, not a set: set order changes with the hash seed).
        words = [pat.norm(m[k] or "") for k in ("noun", "verb", "verb2", "lost")]
        outcomes: list[str] = []
        for w in words:
            outcomes.extend(o for o in pat.ZERO_OUTCOMES.get(w, ()) if o not in outcomes)
        for outcome in outcomes:
            # ("lost none of their own": the subject's losses, as "lost two fighters" are)
            out.append(Mention(outcome, Count(0, 0, 0, "exact", m.group()), m.start(), m.end(),
                               lost=m["lost"] is not None))
    return out
