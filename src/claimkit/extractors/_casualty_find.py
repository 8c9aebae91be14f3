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
from claimkit.text import NumberMention, find_numbers

from . import _casualty_lexicon as lex
from . import _casualty_patterns as pat
from ._casualty_lists import add_totals, appositions, count_of, link, propagate
from ._casualty_types import Figure, Mention

# After "a vendor's": a figure or a plural, the people counted ("three sons", "children").
_COUNTED_AFTER_POSSESSIVE: Final = regex.compile(
    r"\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|children|sons|daughters|family|relatives)\b)",
    regex.IGNORECASE)
_WINDOW: Final = 90        # characters searched left of a number for its verb
_TOLL_WINDOW: Final = 260  # ... and for a toll noun with a long phrase ("the toll in ... rose to")
_OWN: Final = frozenset({"its", "their", "our", "his", "her"})
# "put its own losses at 11 fighters": the figure is the speaker's side's, as "11 of its own".
_OWN_LOSSES: Final = regex.compile(
    r"\b(?:its|their|our)\s+own\s+(?:losses|casualties|dead|death\s+toll|toll)\b[^.;]*$", regex.I)


def _figures(text: str, s: int, e: int, numbers: Sequence[NumberMention] | None = None) -> list[Figure]:
    """Numbers in text[s:e] that may count people, and the figures of one ("a soldier")."""
    out: list[Figure] = []
    for n in find_numbers(text, s, e) if numbers is None else numbers:
        if n.best is None:
            continue
        if pat.NOT_A_COUNT_BEFORE.search(text, max(s, n.start - 30), n.start):
            continue
        if pat.NOT_A_COUNT_AFTER.match(text, n.end, e):
            continue
        if n.text.isdigit() and len(n.text) <= 2 and pat.COMMA_AFTER.match(text, n.end, e) \
                and pat.AGE_AFTER_NAME.search(text, max(s, n.start - 40), n.start):
            continue                                  # "Anna Kovac, 22, of the police": an age
        out.append(Figure(n.start, n.end, n.best, n.low, n.high, n.qualifier, n.text))
    taken = [(f.start, f.end) for f in out]

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in pat.SINGULAR.finditer(text, s, e):
        a, b = m.span("det") if m["det"] else m.span("poss")
        if text.startswith(("'s", "’s"), m.end()) and _COUNTED_AFTER_POSSESSIVE.match(text, m.end() + 2, e):
            # "a vendor's three sons": the vendor owns, the sons are counted ("a teacher's aide"
            # is one person)
            continue
        if free(a, b) and not pat.ROLE_BEFORE.search(text, max(s, m.start() - 12), m.start()):
            q = m["q"]
            out.append(Figure(m.start(), b, 1, 1, None if q else 1, "at_least" if q else "exact",
                               text[m.start():b]))
    for m in pat.ANOTHER.finditer(text, s, e):
        if free(m.start(), m.end()):
            out.append(Figure(m.start(), m.end(), 1, 1, 1, "exact", m.group(), bare=True))
    for m in pat.ANOTHER_OBJECT.finditer(text, s, e):
        a, b = m.span("another")
        if free(a, b):
            out.append(Figure(a, b, 1, 1, 1, "exact", m["another"], alone=True))
    out.sort(key=lambda f: f.start)
    return out


def _read_group(text: str, f: Figure, e: int) -> None:
    """The group's noun phrase after the figure: its words, head and where it ends."""
    start = f.end
    f.np_end = f.tail_end = f.end
    if f.alone:
        return
    if f.qualifier == "vague" and (of := pat.VAGUE_OF.match(text, start, e)):
        start = of.end()
    if _ALIVE.match(text, start, e):
        return  # "captured four alive": a state of the people, no noun for them
    if (echo := _ECHO.match(text, start, e)) is not None:
        start = echo.end()  # "fifty (50) terrorists": the digits repeat the number
    m = pat.NP.match(text, start, e)
    if m is None:
        return
    f.part = (m["part"] or "").lower() or None
    run_start, run_end = m.span("run")
    f.np_end = f.tail_end = m.end()
    if m["nominal"] and run_end <= run_start:
        f.group = m.span("nominal")  # "three of the wounded": part of a group told before
        f.head = m["nominal"].lower()
        f.person = True
        return
    if run_end <= run_start:
        return
    last_person: tuple[int, int] | None = None
    word = ""
    thing = person_like = False
    aside = _bracket_ends(text, run_start, run_end)
    for k, w in enumerate(pat.WORDS.finditer(text, run_start, run_end)):
        if aside and any(a < w.start() < b for a, b in aside):
            continue  # "three civilians (including a child)": the aside names no head
        word = w.group()
        if word.lower() in _OTHER_FATES and not text[w.end():run_end].strip() and f.part is None:
            # "22,000 displaced", "thirty motorcycles destroyed": a fate of another kind (not
            # "three displaced people", an adjective, nor "one of the released", a noun)
            f.rejected = k == 0 or (last_person is None and not person_like)
            run_end = w.start()
            break
        if pat.is_person(word):
            last_person = w.span()
        elif pat.is_thing(word):
            thing = thing or k == 0
        elif pat.person_like(word):
            person_like = True
    if f.rejected:
        return
    if pat.is_thing(word) or (thing and last_person is None and not person_like):
        f.rejected = True                 # "12 tanks", "two police vehicles", "2 km away"
        return
    first = pat.WORDS.search(text, run_start, run_end)
    g_start = first.start() if first else run_start
    if last_person:
        f.group = (g_start, last_person[1])
        f.head = text[last_person[0]:last_person[1]].lower()
        f.person = True
        f.np_end = last_person[1]
        if text[g_start - 1:g_start] in ("“", '"') and text[f.np_end:f.np_end + 1] in ("”", '"'):
            f.np_end += 1  # 'seven "terrorists" were neutralised': the predicate is after the quote
    else:
        f.group = (g_start, run_end)
        f.head = text[g_start:run_end].rsplit(None, 1)[-1].lower()
    pp = pat.PP.match(text, f.np_end, e)
    f.tail_end = pp.end() if pp else f.np_end
    if (body := _members_body(text, f.head, f.np_end, e)) is not None:
        f.group = (f.group[0], body)  # "killed 61 members of the army": whose members


def _unquoted_end(text: str, start: int, end: int) -> int:
    """``end`` before the closing quote of a group in scare quotes ('"terrorists" were'), not
    of a quote the group holds ('soldiers of "La République"')."""
    if text[end - 1:end] not in ("”", '"'):
        return end
    inner = text[start:end - 1]
    return end if "“" in inner or inner.count('"') % 2 else end - 1


def _bracket_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The brackets in ``text[start:end]`` a group's words may hold ("civilians (FAMa)"), as
    (opening, closing) offsets; none in most groups."""
    out = []
    i = text.find("(", start, end)
    while i != -1:
        j = text.find(")", i, end)
        out.append((i, end if j == -1 else j))
        i = text.find("(", i + 1, end) if j == -1 else text.find("(", j, end)
    return out


# Digits in brackets after a number, as in communiqués: "fifty (50) terrorists".
_ECHO: Final = regex.compile(r"[ \t]*+\([ \t]*+\d[\d,]*+[ \t]*+\)")
# Participles that tell a fate other than ours after a figure: the figure is theirs, and
# a list's outcome does not reach it ("killed 3,000, 22,000 displaced").
_OTHER_FATES: Final = frozenset({
    "displaced", "destroyed", "damaged", "recovered", "seized", "confiscated", "evacuated",
    "rescued", "freed", "released", "relocated", "affected", "stranded", "dismantled",
    "downed", "burned", "burnt", "looted",
})
# Heads that say nothing of who the people are without the words after them.
_MEMBERS: Final = frozenset({"members", "member", "elements", "ranks"})
_OF_AMONG: Final = regex.compile(
    r"(?i)\s++(?:of|among)(?:\s++(?:the|its|their|his|her|our))?+(?:\s++own)?+(?=\s)")


def _noun_after(text: str, start: int, e: int) -> tuple[str, tuple[int, int]] | None:
    """The noun after an adjectival outcome ("30 dead | soldiers", "six dead | horses"):
    ``("person", span)`` ending at its person word, ``("thing", span)``, or None."""
    m = pat.NP.match(text, start, e)
    if m is None or m.end("run") <= m.start("run"):
        return None
    words = list(pat.WORDS.finditer(text, *m.span("run")))
    people = [w for w in words if pat.is_person(w.group())]
    if people:
        return "person", (words[0].start(), people[-1].end())
    if words and pat.is_thing(words[-1].group()):
        return "thing", (words[0].start(), words[-1].end())
    return None


def _agrees(be: str, f: Figure) -> bool:
    """Whether a form of "be" agrees with the figure: "was" for one, "were" for more."""
    be = be.lower()
    if be.startswith("had"):
        return True
    return (f.best == 1 and f.qualifier == "exact") == be.startswith(("was", "is", "has"))


def _read_relaxed(text: str, f: Figure, e: int) -> None:
    """A predicate a few words further on ("Two health workers fighting the outbreak were
    killed"), for a figure with a group and nothing closer."""
    m = pat.RELAXED.match(text, f.tail_end, e)
    if m is None:
        return
    if m["be"] is not None and not _agrees(m["be"], f):
        return
    out = pat.passive_outcome(m["out"] or m["intr"])
    if out is not None:
        told = _coordinated(text, out, m["out"] or m["intr"], m.end(), e)
        if told is None:
            f.ambiguous = True
            return
        if f.group:  # "members | of the SDF | in Manbij died"
            f.group = (f.group[0], _unquoted_end(text, f.group[0], f.tail_end))
        f.right = tuple(told[0])
        f.right_span = (m.start("out") if m["out"] else m.start("intr"), told[1])


def _coordinated(text: str, first: str, out: str, end: int, e: int) -> tuple[list[str], int] | None:
    """The outcomes a predicate tells (its words ``out`` read as ``first``, ending at ``end``)
    with a second one coordinated after it, and where they end; None for "killed or wounded",
    which gives no figure for either."""
    outcomes = [first]
    second = pat.SECOND.match(text, end, e)
    if second:
        other = pat.passive_outcome(second["out"])
        if other == "killed" and pat.norm(out) == "shot":
            return [other], second.end()             # "were shot and later died"
        if other and {first, other} == {"killed", "wounded"}:
            return None
        if other and other != first:
            return [first, other], second.end()
    elif first in _HELD and (later := pat.LATER_KILLED.match(text, end, e)):
        return [first, "killed"], later.end()      # "were abducted from ... and later executed"
    return outcomes, end


def _read_right(text: str, f: Figure, e: int) -> None:
    """A passive predicate after the group: "were killed", "dead", "died"."""
    positions = [f.np_end]
    if f.group and f.group[1] != f.np_end:
        positions.append(f.group[1])
    if f.tail_end != f.np_end:
        positions.append(f.tail_end)
    for pos in positions:
        m = pat.RIGHT.match(text, pos, e)
        if m is None:
            continue
        out = m["out"]
        if not pat.has_be(m["aux"]) and pat.norm(out) in lex.AMBIGUOUS_PARTICIPLES \
                and not pat.PASSIVE_TAIL.match(text, m.end(), e) \
                and not (f.group is None and f.part is None and pat.norm(out) in _ATTRIBUTIVE
                         and _participle_as_noun(text, m.end(), e)):
            return                                    # "gunmen killed two guards": active
        if pat.norm(out) in lex.PASSIVE_NEEDS_PERSON and not f.person:
            return                                    # "200 jobs were eliminated"
        first = pat.passive_outcome(out)
        if first is None or (pat.norm(out) == "shot" and pat.SHOT_NOT_HIT.match(text, m.end(), e)):
            return
        after_group: tuple[int, int] | None = None
        after = _noun_after(text, m.end(), e) if f.group is None else None
        if after is None and f.group is None and pat.norm(out) in lex.OUTCOME_NOUNS \
                and (whose := _OF_AMONG.match(text, m.end(), e)) is not None:
            # "17 bodies of soldiers", "23 deaths among its troops": whose they are
            found = _noun_after(text, whose.end(), e)
            after = found if found is not None and found[0] == "person" else None
        if after is not None:
            kind, span = after
            if kind == "thing":
                f.rejected = True                     # "six dead horses"
                return
            after_group = span
        told = _coordinated(text, first, out, m.end(), e)
        if told is None:
            f.ambiguous = True                       # "were killed or wounded": no figure for either
            return
        outcomes, end = told
        if pos == f.tail_end and f.group:
            f.group = (f.group[0], _unquoted_end(text, f.group[0], f.tail_end))
        if after_group is not None and len(outcomes) == 1:
            f.group, f.person = after_group, True     # "30 dead soldiers"
            f.np_end = after_group[1]
            f.head = text[after_group[0]:after_group[1]].rsplit(None, 1)[-1].lower()
        f.right = tuple(outcomes)
        f.right_span = (m.start("out"), end)
        return


# After the people a verb of burning takes: "burned eight villagers alive" kills them.
_ALIVE: Final = regex.compile(r"\s+alive\b", regex.IGNORECASE)
# After the people "shot" takes: the dead are among them ("shot 100 people, killing 49").
_KILLING_AFTER: Final = regex.compile(r",?\s+(?:and\s+)?(?:killing|leaving)\b", regex.IGNORECASE)
# Fates a death may follow later in the same predicate (see pat.LATER_KILLED).
_HELD: Final = frozenset({"kidnapped", "captured", "arrested", "missing"})
# Participles that stand before a person or for one ("58 wounded soldiers", "24 wounded
# were"); not "shot" ("one shot was fired") nor a state ("a detained member attacked").
_ATTRIBUTIVE: Final = frozenset({"wounded", "injured", "killed", "slain"})


def _participle_as_noun(text: str, end: int, e: int) -> bool:
    """Whether a participle right after a bare figure is an adjective or a noun, not an active
    verb: a person follows ("58 wounded soldiers") or a finite verb ("24 wounded were ...")."""
    if pat.NOMINAL_VERB.match(text, end, e):
        return True
    after = _noun_after(text, end, e)
    return after is not None and after[0] == "person"


# Before a participle: an adjective ("a killed guard and seven other wounded people").
_ARTICLE_END: Final = regex.compile(r"(?i)(?<![\p{L}])(?:a|an|the)\s+\Z")
# Between a group and a figure whose noun is left out: "killed 12 rebels | and captured | 35".
_ELIDED_GAP: Final = regex.compile(
    # (a short place phrase may end the group's clause: "57 fighters in the forests, killing 41")
    r"(?:[^\S\n]++(?:in|at|near|on|around|across)(?:[^\S\n]++[\p{L}'’\-]++){1,4}?)?"
    # (or a second noun: "killed 50 soldiers and militiamen and captured 23")
    r"(?:[^\S\n]++and[^\S\n]++\p{Ll}[\p{L}\-]*+(?=[^\S\n]*+,?[^\S\n]*+and[^\S\n]))?"
    r"(?:[^\S\n]*+,?[^\S\n]*+and[^\S\n]++(?:(?:then|also|later)[^\S\n]++)?|[^\S\n]*+,[^\S\n]*+)"
    r"\p{L}++[^\S\n]++\Z",
    regex.IGNORECASE)

# A verb after the people that takes them up again: "opened fire on two civilians in the
# market, killing them both".
_THEM_AFTER: Final = regex.compile(
    # (no verb of their own between: "then five soldiers arrived, killing them" tells of killers)
    r"(?:(?![\p{L}]{1,30}ed\b|[\p{L}]{1,30}s\s+(?:the|a|an)\b)[^.;:\n]){0,80}?"
    r"(?<![\p{L}])(?P<verb>killing|wounding|injuring|killed|wounded|injured)\s++"
    r"(?:them|both\s++of\s++them|all\s++of\s++them)(?:\s++(?:both|all))?+(?![\p{L}\p{N}])",
    regex.IGNORECASE)

_NOMINAL_OUTCOMES: Final = {"dead": "killed", "wounded": "wounded", "injured": "wounded"}


def _read_nominal(text: str, f: Figure, e: int) -> None:
    """"Eleven of the dead were soldiers": a part of a group told before, its outcome in the
    noun and its group in the predicate (a person noun phrase, else nothing is read)."""
    assert f.group is not None
    assert f.head is not None
    group = _predicate_group(text, f.np_end, e)
    if group is None:
        return
    f.right, f.right_span = (_NOMINAL_OUTCOMES[f.head],), f.group
    _nominal_group(text, f, group, e)


def _predicate_group(text: str, pos: int, e: int) -> tuple[int, int] | None:
    """The person noun phrase of a nominal predicate at ``pos`` ("were soldiers"), or None."""
    m = pat.NOMINAL_PREDICATE.match(text, pos, e)
    after = _noun_after(text, m.end(), e) if m is not None else None
    return after[1] if after is not None and after[0] == "person" else None


def _nominal_group(text: str, f: Figure, group: tuple[int, int], e: int) -> None:
    """The group a nominal predicate names ("were soldiers"), with whose members they were
    ("were members of government forces")."""
    f.group = group
    f.head = text[group[0]:group[1]].rsplit(None, 1)[-1].lower()
    f.np_end = group[1]
    if (body := _members_body(text, f.head, group[1], e)) is not None:
        f.group = (group[0], body)


def _members_body(text: str, head: str | None, end: int, e: int) -> int | None:
    """Where "of the army" ends after a head that says nothing by itself ("members"), or None."""
    if head not in _MEMBERS:
        return None
    pp = pat.PP.match(text, end, e)
    return pp.end() if pp is not None and text[end:pp.end()].split()[0].lower() == "of" else None


def _told_nominally(text: str, f: Figure) -> bool:
    """Whether ``f``'s outcome came from the noun of "19 of the dead were ..."."""
    span = f.right_span
    return f.part == "the" and bool(f.right) and span is not None \
        and _NOMINAL_OUTCOMES.get(text[span[0]:span[1]].lower()) is not None


def _read_nominal_after(text: str, f: Figure, before: Figure, e: int) -> None:
    """A bare figure after a nominal one, with a predicate of its own: "19 of the dead were
    soldiers, while 12 were SDF fighters" (the same outcome, another group)."""
    group = _predicate_group(text, f.end, e)
    if group is None:
        return
    f.right, f.right_span = before.right, (f.start, f.end)
    f.person = True
    _nominal_group(text, f, group, e)


def _read_left(text: str, f: Figure, s: int) -> None:
    """An active verb or toll noun before the figure: "killing", "the death toll rose to"."""
    m = pat.LEFT.search(text, max(s, f.start - _WINDOW), f.start)
    if m is None and f.group is not None and (f.head in ("others", "more") or text.startswith(
            ("other ", "Other "), f.group[0])):
        past = pat.LEFT_PAST_OBJECT.search(text, max(s, f.start - 60), f.start)
        if past is not None and not _ARTICLE_END.search(text, max(s, past.start() - 4), past.start()):
            # "killing him and six others": the evidence starts at "and", so the one person
            # before it is read as a figure of its own
            f.left, f.left_span = pat.active_outcome(pat.norm(past["verb"])), past.span("and")
            return
    if m is None:
        # "the number of people killed in Thursday's bombing at a checkpoint ... rose to 17":
        # a toll whose phrase runs past the window
        far = pat.TOLL_RISEN.search(text, max(s, f.start - _TOLL_WINDOW), f.start)
        if far is not None:
            # "put the number of civilians killed at": the outcome word ends the noun
            word = (far["outcome"] or "killed").lower()
            f.left = "wounded" if word in ("wounded", "injured") else "killed"
            f.left_span = far.span("noun")
        return
    if m["verb"]:
        if text[max(s, m.start("verb") - 4):m.start("verb")].lower() == "the ":
            return  # "one of the wounded, a man,": a noun, no verb with an object
        verb = pat.norm(m["verb"])
        if verb in lex.NEEDS_PERSON and not (f.person or f.part in _OWN):
            return
        if verb in lex.ALIVE_AFTER and not (f.person and _ALIVE.match(text, f.np_end)):
            return
        if verb in ("shot", "shooting") and _KILLING_AFTER.match(text, f.np_end):
            return  # "shot a hundred people, killing 49": the shot are no count of wounded
        f.left = pat.active_outcome(verb)
        f.left_span = m.span("verb")
    elif m["noun"]:
        f.left = pat.noun_outcome(m["noun"])
        f.left_span = m.span("noun")
    else:
        word = m["along"].split()[0].lower()
        f.left = "wounded" if word in ("wounded", "injured", "hurt") else "killed"
        f.left_span = m.span("along")


def sentence_mentions(text: str, s: int, e: int,
                      numbers: Sequence[NumberMention] | None = None) -> list[Mention]:
    """Every casualty mention in the sentence ``text[s:e]``, figures of zero included.
    ``numbers`` are the sentence's numbers when the caller has read them already."""
    figs = _figures(text, s, e, numbers)
    for i, f in enumerate(figs):
        if i and (before := figs[i - 1].group) is not None and before[0] <= f.start < before[1]:
            f.rejected = True  # "three members of a militia": the "a" is inside the group before
            continue
        _read_group(text, f, e)
        if f.group is not None and pat.SPEAKER_AFTER.match(text, f.np_end, e):
            f.rejected = True  # "..., a military officer said": who tells, not who was hit
    for i, f in enumerate(figs):
        if f.rejected:
            continue
        if len(f.text) == 4 and f.text.isdigit() and 1800 <= f.best <= 2100 and (
                f.group is None or text[f.group[0]].isupper()):
            f.rejected = True                         # a year ("2003 Gorazdevac murders")
            continue
        _read_right(text, f, e)
        # "two of the wounded": the outcome the noun tells, for a part of a group told before
        nominal = _NOMINAL_OUTCOMES.get(f.head or "") if f.part == "the" else None
        if nominal is not None and f.right == (nominal,):
            # "Two of the injured are in serious condition": part of a figure told before, no
            # new one ("two of the wounded later died" tells a new outcome)
            f.right, f.right_span = (), None
            continue
        if not f.right and i and f.group is None and figs[i - 1].person \
                and (figs[i - 1].left or figs[i - 1].right) \
                and _ELIDED_GAP.match(text, figs[i - 1].tail_end, f.start):
            f.person = True                           # "killed 12 rebels and captured 35 [rebels]"
        if not f.right:
            _read_left(text, f, s)
        elif f.right == ("kidnapped",) and f.person:
            # "beheaded two sailors held hostage": a killing before the group, the captivity
            # after it only describes them
            _read_left(text, f, s)
            if f.left == "killed":
                f.right, f.right_span = (), None
            else:
                f.left = f.left_span = None
        if not f.right and not f.left and f.head == "lives" \
                and pat.LIVES_BEFORE.search(text, max(s, f.start - 24), f.start):
            f.left, f.left_span = "killed", (f.group[0], f.group[1]) if f.group else (f.start, f.end)
            f.group = f.head = None                   # "lives" name no group
        if not f.right and not f.left and f.person and f.group is not None \
                and pat.TREATED_BEFORE.search(text, max(s, f.start - 12), f.start) \
                and (cause := pat.TREATED_FOR.match(text, f.tail_end, e)):
            f.right, f.right_span = ("wounded",), cause.span()  # "treated 146 people for injuries"
        if not f.right and not f.left and f.person and f.group is not None \
                and (hurt := pat.WITH_WOUNDS.match(text, f.tail_end, e)) is not None:
            f.right, f.right_span = ("wounded",), hurt.span()  # "20 people with gunshot wounds"
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
        if not f.right and not f.left and f.group is not None:
            if nominal is not None:
                _read_nominal(text, f, e)
            else:
                _read_relaxed(text, f, e)
        elif not f.right and not f.left and f.group is None and i and _told_nominally(text, figs[i - 1]):
            _read_nominal_after(text, f, figs[i - 1], e)
        if i:
            link(text, figs[i - 1], f)
    appositions(text, figs)
    propagate(figs)
    index: dict[tuple[int, str], int] = {}
    out: list[Mention] = []
    for i, f in enumerate(figs):
        if f.rejected or f.ambiguous or not f.outcomes or f.out_span is None:
            continue
        if f.bare and f.link is None and not f.right:
            continue
        start = min(f.start, f.out_span[0])
        end = max(f.np_end, f.out_span[1], f.end) if f.out_span[0] >= f.start else max(f.np_end, f.end)
        if f.bare and not f.person:
            f.group = f.head = None                   # "another | sustained injuries"
        group = text[f.group[0]:f.group[1]] if f.group else None
        for outcome in f.outcomes:
            if outcome in ("captured", "arrested", "kidnapped", "missing") and not f.person \
                    and f.group is not None:
                continue                              # "captured 25 posts" is not about people
            parent = index.get((f.parent, outcome)) if f.parent is not None else None
            index[(i, outcome)] = len(out)
            lost = f.left_span is not None and f.outcomes == (f.left,) \
                and pat.norm(text[f.left_span[0]:f.left_span[1]]) in lex.LOSING
            own = f.part in _OWN or bool(_OWN_LOSSES.search(text, max(s, f.start - 40), f.start))
            out.append(Mention(outcome, count_of(f), start, end, group, f.group, f.head, parent,
                               own, lost=lost))
    add_totals(text, figs, index, out)
    for m in pat.ZERO_WORDS.finditer(text, s, e):
        # In the order told (a list, not a set: set order changes with the hash seed).
        words = [pat.norm(m[k] or "") for k in ("noun", "verb", "verb2")]
        outcomes: list[str] = []
        for w in words:
            outcomes.extend(o for o in pat.ZERO_OUTCOMES.get(w, ()) if o not in outcomes)
        for outcome in outcomes:
            out.append(Mention(outcome, Count(0, 0, 0, "exact", m.group()), m.start(), m.end()))
    return out
