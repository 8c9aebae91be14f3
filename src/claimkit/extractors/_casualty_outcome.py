"""A casualty figure's outcome, read around its group: a passive predicate after it
("58 Pakistani soldiers | were killed", "30 dead | soldiers"), an active verb or a toll noun
before it ("killing | 58", "the death toll rose to | 40"), or the noun of a part told before
("Eleven of the dead | were soldiers"). Each reader sets the figure's ``right`` or ``left``
outcome and the span that tells it; every step is an anchored pattern over a bounded window.
"""

from __future__ import annotations

from typing import Final

import regex

from . import _casualty_lexicon as lex
from . import _casualty_patterns as pat
from ._casualty_group import ALIVE, OWN, members_body, noun_after, unquoted_end
from ._casualty_types import Figure

_WINDOW: Final = 90        # characters searched left of a number for its verb


_TOLL_WINDOW: Final = 260  # ... and for a toll noun with a long phrase ("the toll in ... rose to")


_OF_AMONG: Final = regex.compile(
    r"(?i)\s++(?:of|among)(?:\s++(?:the|its|their|his|her|our))?+(?:\s++own)?+(?=\s)")


# After the people "shot" takes: the dead are among them ("shot 100 people, killing 49").
_KILLING_AFTER: Final = regex.compile(r",?\s+(?:and\s+)?(?:killing|leaving)\b", regex.IGNORECASE)


# "the loss of seven of our soldiers": a death only of a side's own forces.
_LOSS_OF: Final = frozenset({"the loss of", "loss of"})
# After people held: for how long ("held 28 soldiers | for more than a day").
# (or why: "held five men | for questioning", an arrest)
_HELD_FOR: Final = regex.compile(
    r"(?i)\s++for\s++(?:(?P<questioning>questioning)|(?:(?:more\s+than|about|nearly|over|almost|at\s+least)"
    r"\s++)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s++(?:hours?|days?|weeks?|"
    r"months?)\b)")
# Before "holding": captors as its subject ("its fighters | were holding"), or a party told of
# by a pronoun or its name ("the group said | it was holding", "JNIM was holding", "the tribes
# were still holding").
_CAPTORS_BEFORE: Final = regex.compile(
    r"(?i)\b(?:fighters|gunmen|rebels|militants|insurgents|kidnappers|captors|abductors|jihadists|"
    r"militiamen|bandits|tribes|tribesmen|clansmen|(?P<pronoun>it|they|we|(?-i:\p{Lu}[\p{L}\-]*+)))"
    r"\s++(?:(?:were|are|was|is|still|had|have|has|been|now)\s++)*+\Z")
# A kidnapper's verb coordinated before a killing verb: "kidnapped and | killed", "abducted and
# later | executed" (not "captured and killed 12 militants", often a count of both together).
_HELD_AND_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?P<verb>kidnapped|abducted)\s++and\s++"
    r"(?:(?:later|then|subsequently|eventually)\s++)?\Z")
# After people taken: taken off by their captors ("took four villagers | with them", "took
# three men | from their homes", "took four clan elders | away").
_TAKEN_OFF: Final = regex.compile(
    r"(?i)\s++(?:with\s++them|from\s++their\s++(?:homes?|houses?|villages?|beds|farms?|fields)"
    # ("took four clan elders away from the town", "took three men away")
    r"|away(?=\s*+[,.;:]|\s++(?:from|to|in|on|at|with|after|before|and)\s)"
    # ("took more than 50 people into the bush", "took 12 villagers into the forest")
    r"|(?:away\s++)?into\s++the\s++(?:bush|forest|forests|jungle|hills|mountains|desert))(?![\p{L}])")
_FORCES: Final = frozenset({"soldiers", "troops", "fighters", "servicemen", "personnel", "officers",
                            "policemen", "men", "comrades", "heroes", "martyrs", "gendarmes"})
# Fates a death may follow later in the same predicate (see pat.LATER_KILLED).
_HELD: Final = frozenset({"kidnapped", "captured", "arrested", "missing"})
_RELATIVE_START: Final = regex.compile(r"(?i)\s*+(?:who|that)\b")


# Participles that stand before a person or for one ("58 wounded soldiers", "24 wounded
# were", "nine captured soldiers", "20 abducted villagers"); not "shot" ("one shot was fired")
# nor a state ("a detained member attacked").
_ATTRIBUTIVE: Final = frozenset({"wounded", "injured", "killed", "slain", "captured", "kidnapped",
                                 "abducted"})


# Before a participle: an adjective ("a killed guard and seven other wounded people").
_ARTICLE_END: Final = regex.compile(r"(?i)(?<![\p{L}])(?:a|an|the)\s+\Z")


NOMINAL_OUTCOMES: Final = {"dead": "killed", "wounded": "wounded", "injured": "wounded"}


def _agrees(be: str, f: Figure) -> bool:
    """Whether a form of "be" agrees with the figure: "was" for one, "were" for more."""
    be = be.lower()
    if be.startswith("had"):
        return True
    return (f.best == 1 and f.qualifier == "exact") == be.startswith(("was", "is", "has"))


def read_right(text: str, f: Figure, e: int) -> None:
    """A passive predicate after the group: "were killed", "dead", "died"."""
    positions = [f.np_end]
    if f.group and f.group[1] != f.np_end:
        positions.append(f.group[1])
    if f.tail_end != f.np_end:
        positions.append(f.tail_end)
    # "seven other wounded soldiers": "other" alone is no group, the participle an adjective
    bare = f.group is None or text[f.group[0]:f.group[1]].lower() == "other"
    for pos in positions:
        m = pat.RIGHT.match(text, pos, e)
        if m is None:
            continue
        out = m["out"]
        if not pat.has_be(m["aux"]) and pat.norm(out) in lex.AMBIGUOUS_PARTICIPLES \
                and not pat.PASSIVE_TAIL.match(text, m.end(), e) \
                and not (bare and f.part is None and pat.norm(out) in _ATTRIBUTIVE
                         and _participle_as_noun(text, m.end(), e)):
            return                                    # "gunmen killed two guards": active
        if pat.norm(out) in lex.PASSIVE_NEEDS_PERSON and not f.person:
            return                                    # "200 jobs were eliminated"
        first = pat.passive_outcome(out)
        if first is None or (pat.norm(out) == "shot" and pat.SHOT_NOT_HIT.match(text, m.end(), e)) \
                or (pat.norm(out) == "being treated" and not pat.treated_for_care(text, f.start, m.end(), e)):
            return
        after_group: tuple[int, int] | None = None
        after = noun_after(text, m.end(), e) if bare else None
        if after is None and f.group is None and pat.norm(out) in lex.OUTCOME_NOUNS \
                and (whose := _OF_AMONG.match(text, m.end(), e)) is not None:
            # "17 bodies of soldiers", "23 deaths among its troops": whose they are
            found = noun_after(text, whose.end(), e)
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
        outcomes, end = _then_killed(text, *told, m["aux"], e)
        if outcomes == ["wounded"] and (died := _THEN_DIED.match(
                text, after_group[1] if after_group is not None else end, e)) is not None \
                and not pat.WHOLE_BEFORE.search(text, max(0, f.start - 20), f.start):
            # "Two soldiers who had been wounded died" (not "One of the six wounded soldiers
            # died": one of them died, the six were wounded)
            outcomes, end = ["killed"], died.end()
        if pos == f.tail_end and f.group:
            f.group = (f.group[0], unquoted_end(text, f.group[0], f.tail_end))
        if after_group is not None and len(outcomes) == 1:
            f.group, f.person = after_group, True     # "30 dead soldiers"
            f.np_end = after_group[1]
            f.head = text[after_group[0]:after_group[1]].rsplit(None, 1)[-1].lower()
        f.right = tuple(outcomes)
        f.right_span = (m.start("out"), end)
        return


# After the wounded, a death told of the same people: "(Two soldiers who had been seriously
# wounded) | died in hospital", "(Two wounded soldiers) | later died", "(wounded in the attack)
# | have since died"; a phrase of place or time may come between, not another clause.
_THEN_DIED: Final = regex.compile(
    r"(?i)(?:,?\s++(?:in|on|during|at|by|near|after|last|earlier|early|late)\s++"
    r"(?:(?!(?:where|when|which|who|whom|that|as|and|but|while)\s)[^,.;:\s]++\s++){0,6}?"
    r"(?!(?:where|when|which|who|whom|that|as|and|but|while)\s)[^,.;:\s]++,?)?"
    r"\s++(?:(?:later|subsequently|since|then|also|have|has|had)\s++){0,2}(?:died|succumbed)\b")


def _then_killed(text: str, outcomes: list[str], end: int, before: str, e: int) -> tuple[list[str], int]:
    """A captivity told in a relative clause (``before`` holds the words before its participle)
    and a death in the main clause after it: "Two villagers who were kidnapped | were found
    dead" tells both."""
    if len(outcomes) == 1 and outcomes[0] in _HELD and _RELATIVE_START.match(before) \
            and (main := pat.MAIN_KILLED.match(text, end, e)) is not None:
        return [outcomes[0], "killed"], main.end()
    return outcomes, end


def _coordinated(text: str, first: str, out: str, end: int, e: int) -> tuple[list[str], int] | None:
    """The outcomes a predicate tells (its words ``out`` read as ``first``, ending at ``end``)
    with a second one coordinated after it, and where they end; None for "killed or wounded",
    which gives no figure for either."""
    outcomes = [first]
    second = pat.SECOND.match(text, end, e)
    if second and second["others"]:
        return outcomes, end  # "were killed and many (others) wounded": other people, no figure
    if second:
        other = pat.passive_outcome(second["out"])
        if pat.norm(second["out"]) == "being treated" \
                and not pat.treated_for_care(text, end, second.end(), e):
            return outcomes, end  # "had surrendered and were being treated well": no care for a wound
        if other == "killed" and pat.norm(out) == "shot":
            return [other], second.end()             # "were shot and later died"
        if other and {first, other} == {"killed", "wounded"}:
            return None
        if other and other != first:
            return [first, other], second.end()
    elif first in _HELD and (later := pat.LATER_KILLED.match(text, end, e)):
        return [first, "killed"], later.end()      # "were abducted from ... and later executed"
    return outcomes, end


def _participle_as_noun(text: str, end: int, e: int) -> bool:
    """Whether a participle right after a bare figure is an adjective or a noun, not an active
    verb: a person follows ("58 wounded soldiers") or a finite verb ("24 wounded were ...")."""
    if pat.NOMINAL_VERB.match(text, end, e):
        return True
    after = noun_after(text, end, e)
    return after is not None and after[0] == "person"


def read_relaxed(text: str, f: Figure, e: int) -> None:
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
            f.group = (f.group[0], unquoted_end(text, f.group[0], f.tail_end))
        outcomes, end = _then_killed(text, *told, m["gap"], e)
        f.right = tuple(outcomes)
        f.right_span = (m.start("out") if m["out"] else m.start("intr"), end)


def read_nominal(text: str, f: Figure, e: int) -> None:
    """"Eleven of the dead were soldiers": a part of a group told before, its outcome in the
    noun and its group in the predicate (a person noun phrase, else nothing is read)."""
    assert f.group is not None
    assert f.head is not None
    group = _predicate_group(text, f.np_end, e)
    if group is None:
        return
    f.right, f.right_span = (NOMINAL_OUTCOMES[f.head],), f.group
    _nominal_group(text, f, group, e)


def _predicate_group(text: str, pos: int, e: int) -> tuple[int, int] | None:
    """The person noun phrase of a nominal predicate at ``pos`` ("were soldiers"), or None."""
    m = pat.NOMINAL_PREDICATE.match(text, pos, e)
    after = noun_after(text, m.end(), e) if m is not None else None
    return after[1] if after is not None and after[0] == "person" else None


def _nominal_group(text: str, f: Figure, group: tuple[int, int], e: int) -> None:
    """The group a nominal predicate names ("were soldiers"), with whose members they were
    ("were members of government forces")."""
    f.group = group
    f.head = text[group[0]:group[1]].rsplit(None, 1)[-1].lower()
    f.np_end = group[1]
    if (body := members_body(text, f.head, group[1], e)) is not None:
        f.group = (group[0], body)


def told_nominally(text: str, f: Figure) -> bool:
    """Whether ``f``'s outcome came from the noun of "19 of the dead were ..."."""
    span = f.right_span
    return f.part == "the" and bool(f.right) and span is not None \
        and NOMINAL_OUTCOMES.get(text[span[0]:span[1]].lower()) is not None


def read_nominal_after(text: str, f: Figure, before: Figure, e: int) -> None:
    """A bare figure after a nominal one, with a predicate of its own: "19 of the dead were
    soldiers, while 12 were SDF fighters" (the same outcome, another group)."""
    group = _predicate_group(text, f.end, e)
    if group is None:
        return
    f.right, f.right_span = before.right, (f.start, f.end)
    f.person = True
    _nominal_group(text, f, group, e)


# The attacker named before the victims: "killing himself and two police officers".
_REFLEXIVE: Final = frozenset({"himself", "herself", "themselves"})


def _from_label(f: Figure, m: regex.Match[str]) -> None:
    """The outcome (and the people, when the label names them) of a figure on a fact box's
    line whose label ``m`` matched."""
    f.left = pat.LABEL_OUTCOME[" ".join(m["label_word"].lower().split())]
    f.left_span = (m.start("label_people") if m["label_people"] else m.start("label_word"), m.end())
    for group in ("label_people", "label_after"):
        people = (m[group] or "").strip()
        if f.group is None and people and people.lower() not in ("total", "the"):
            start = m.start(group)
            f.group, f.person = (start, start + len(people)), True
            f.head = people.rsplit(None, 1)[-1].lower()


def read_left(text: str, f: Figure, s: int) -> None:
    """An active verb or toll noun before the figure: "killing", "the death toll rose to"."""
    m = pat.LEFT.search(text, max(s, f.start - _WINDOW), f.start)
    if m is None and pat.NEXT_ON_LINE.search(text, max(s, f.start - 6), f.start) is not None \
            and (s == 0 or text[s - 1] == "\n") \
            and (line := pat.LABEL_LINE.match(text, s, f.start)) is not None:
        # "- Wounded: 22 soldiers (al-Obadi); 19 civilians (Marib health office)": a figure
        # after another on a fact box's line has the line's label
        _from_label(f, line)
        return
    if m is None and f.group is not None:
        others = f.head in ("others", "more") or text.startswith(("other ", "Other "), f.group[0])
        past = pat.LEFT_PAST_OBJECT.search(text, max(s, f.start - 60), f.start)
        if past is not None and not _ARTICLE_END.search(text, max(s, past.start() - 4), past.start()) \
                and (others or text[past.end("verb"):past.start("and")].strip().lower() in _REFLEXIVE):
            # "killing him and six others": the evidence starts at "and", so the one person
            # before it is read as a figure of its own ("killing himself and two police
            # officers": the attacker is no figure, the evidence starts at the verb)
            f.left = pat.active_outcome(pat.norm(past["verb"]))
            f.left_span = past.span("and") if others else (past.start("verb"), past.end("and"))
            return
    if m is None:
        # "the number of people killed in Thursday's bombing at a checkpoint ... rose to 17":
        # a toll whose phrase runs past the window
        far = pat.TOLL_RISEN.search(text, max(s, f.start - _TOLL_WINDOW), f.start)
        if far is not None:
            # "put the number of civilians killed at": the outcome word ends the noun
            word = " ".join((far["outcome"] or "killed").lower().split())
            f.left = pat.RISEN_OUTCOME.get(word, "killed")
            f.left_span = far.span("noun")
        elif f.group is None and (brings := pat.BRINGS_TO.search(text, max(s, f.start - 16), f.start)) \
                and (toll := pat.TOLL_AFTER.match(text, f.end)) is not None:
            # "brings to four the number of soldiers killed": the toll after its figure, whose
            # people are the group
            word = " ".join((toll["outcome"] or "killed").lower().split())
            f.left = pat.RISEN_OUTCOME.get(word, "killed")
            f.left_span = (brings.start(), toll.end())
            f.np_end = toll.end()  # (the evidence runs to the toll's words)
            if toll["people"] and toll["people"].strip():
                start, end = toll.span("people")
                f.group, f.person = (start, end - (len(toll["people"]) - len(toll["people"].rstrip()))), True
                f.head = text[f.group[0]:f.group[1]].rsplit(None, 1)[-1].lower()
        return
    if m["verb"]:
        if text[max(s, m.start("verb") - 4):m.start("verb")].lower() == "the ":
            return  # "one of the wounded, a man,": a noun, no verb with an object
        verb = pat.norm(m["verb"])
        taken_alive = verb in lex.TAKING and f.group is None and ALIVE.match(text, f.end) is not None
        if verb in lex.NEEDS_PERSON and not (f.person or f.part in OWN or taken_alive):
            return  # (but "we took two alive": people)
        if verb in lex.ALIVE_AFTER and not (f.person and ALIVE.match(text, f.np_end)):
            return
        if verb in lex.TAKING:
            head = (f.head or "").lower()
            taken = lex.TAKEN.get(head)
            if taken is None and verb in lex.HOLDING and f.person:
                held_for = _HELD_FOR.match(text, f.np_end)
                captors = _CAPTORS_BEFORE.search(text, max(s, m.start("verb") - 40), m.start("verb"))
                if captors is not None and captors["pronoun"] and not (head in lex.HELD_AS or f.part in OWN):
                    captors = None  # "it was holding 300 guests": forces or "our people" only
                if held_for or captors:
                    # "its fighters were holding three soldiers", "held 34 police officers for
                    # two days"; not "the base held 300 soldiers"
                    questioned = held_for is not None and held_for["questioning"] is not None
                    taken = "arrested" if questioned else lex.HELD_AS.get(head, "kidnapped")
            if taken is None and verb not in lex.HOLDING and (f.person or f.group is None):
                if taken_alive:
                    taken = "captured"  # "we took two alive"
                elif f.person and _TAKEN_OFF.match(text, f.np_end):
                    taken = "kidnapped"  # "the gunmen took four villagers with them"
            if taken is None:
                return  # "took 12 villages", "taking 30 minutes"
            f.left, f.left_span = taken, m.span("verb")
            return
        if verb in ("shot", "shooting") and _KILLING_AFTER.match(text, f.np_end):
            return  # "shot a hundred people, killing 49": the shot are no count of wounded
        f.left = pat.active_outcome(verb)
        f.left_span = m.span("verb")
        if f.left == "killed" and (first := _HELD_AND_BEFORE.search(
                text, max(s, m.start("verb") - 40), m.start("verb"))) is not None:
            # "kidnapped and killed three members of a newspaper team": both befell them
            f.held_before = pat.active_outcome(pat.norm(first["verb"]))
            f.left_span = (first.start(), m.end("verb"))
    elif m["noun"]:
        if pat.norm(m["noun"]) in _LOSS_OF and not (f.part in OWN or f.head in _FORCES):
            return  # "the loss of 200 jobs", "of three players": only a side's own forces die
        f.left = pat.noun_outcome(m["noun"])
        f.left_span = m.span("noun")
    elif m["label"]:
        # a fact box's line: "- Killed: 14 soldiers (army)"; its people may be in the label
        # ("- Militants killed: around 70", "- Killed, civilians: 7")
        _from_label(f, m)
    else:
        word = m["along"].split()[0].lower()
        f.left = "wounded" if word in ("wounded", "injured", "hurt") else "killed"
        f.left_span = m.span("along")
