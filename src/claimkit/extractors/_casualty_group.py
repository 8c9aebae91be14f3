"""A casualty figure and the group it counts: the numbers of a sentence that may count
people (and the "a soldier" / "another" that count one), and the noun phrase after each
("58 Pakistani soldiers", "three of the wounded", "61 members of the army"), with whether its
head is a person, a thing ("12 tanks") or another fate ("22,000 displaced").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import regex

from claimkit.text import NumberMention, find_numbers
from claimkit.text._calendar import MONTH_PATTERN
from claimkit.text._scan import padded_lowercase

from . import _casualty_patterns as pat
from ._casualty_types import Figure

# After "a vendor's": a figure or a plural, the people counted ("three sons", "children").
_COUNTED_AFTER_POSSESSIVE: Final = regex.compile(
    r"\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|children|sons|daughters|family|relatives)\b)",
    regex.IGNORECASE)


# A label word "year" before a number: no label takes a qualifier ("This year more than 250").
_YEAR: Final = regex.compile(r"(?i)(?:the\s+)?years?")
_MONTH: Final = regex.compile(MONTH_PATTERN)


# A part's possessive that makes its people the speaker's side's own ("11 of its fighters").
OWN: Final = frozenset({"its", "their", "our", "his", "her"})


# After the people a verb of burning takes: "burned eight villagers alive" kills them.
ALIVE: Final = regex.compile(r"\s+alive\b", regex.IGNORECASE)


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


# A single quote that opens ("had ‘eliminated", "'neutralised") and one that closes or ends a
# plural possessive; how far back the opening one is looked for.
_SINGLE_QUOTE_OPENS: Final = regex.compile(r"(?<![\p{L}\p{N}])['‘](?=\p{L})")
_SINGLE_QUOTE_CLOSES: Final = regex.compile(r"(?<=\p{L})['’](?!\p{L})")
_QUOTE_REACH: Final = 80


# How far around a number a name holding it is looked for ("Barrio 18", "400 Mawozo").
_NAME_REACH: Final = 24


# A word every match of ANOTHER and ANOTHER_OBJECT holds ("another", "a third").
_ANOTHER_HINT: Final = re.compile(r"another|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")
_TOLL_FROM: Final = regex.compile(r"(?i)\b(?:toll|tally)\s++from\s++\Z")
_OF_AFTER: Final = regex.compile(r"(?i)\s++of(?![\p{L}])")


def _in_a_name(text: str, start: int, end: int, s: int, e: int) -> bool:
    """Whether the number at ``text[start:end]`` is a word of a party's name ("Barrio 18")."""
    return any(m.start() <= start and end <= m.end() for m in pat.NUMBERED_NAME.finditer(
        text, max(s, start - _NAME_REACH), min(e, end + _NAME_REACH)))


def figures(text: str, s: int, e: int, numbers: Sequence[NumberMention] | None = None) -> list[Figure]:
    """Numbers in text[s:e] that may count people, and the figures of one ("a soldier")."""
    out: list[Figure] = []
    for n in find_numbers(text, s, e) if numbers is None else numbers:
        if n.best is None:
            continue
        if (label := pat.NOT_A_COUNT_BEFORE.search(text, max(s, n.start - 30), n.start)) is not None \
                and not (n.qualifier != "exact" and _YEAR.fullmatch(label.group().strip())) \
                and not (n.text[:1].isalpha() and _MONTH.fullmatch(label.group().strip())):
            # (not "This year more than 250 Maoists have been killed": a label has no qualifier;
            # nor "In March three police officers died": a date's day is written in digits)
            continue
        if pat.NOT_A_COUNT_AFTER.match(text, n.end, e):
            continue
        # (matches are bounded: the regex module reads up to endpos, a long sentence's end)
        if _OF_AFTER.match(text, n.end, min(e, n.end + 8)) \
                and _TOLL_FROM.search(text, max(s, n.start - 20), n.start):
            continue  # "raising the toll from one of the most violent days": the event, no figure
        if pat.WHOLE_BEFORE.search(text, max(s, n.start - 20), n.start) \
                and pat.WHOLE_AFTER.match(text, n.end, e):
            continue  # "four of the 21 seafarers": the whole the figure is a part of
        if n.text.isdigit() and _in_a_name(text, n.start, n.end, s, e):
            continue                                  # "six Barrio 18 gang members": a name
        if n.text.isdigit() and len(n.text) <= 2 and pat.AGE_END.match(text, n.end, e) \
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
    padded = padded_lowercase(text)  # (the shared folded copy)
    if padded.find("both", s + 1, e + 1) != -1:
        for m in pat.BOTH.finditer(text, s, e):
            if free(m.start(), m.end()):
                out.append(Figure(m.start(), m.end(), 2, 2, 2, "exact", m.group()))
    if _ANOTHER_HINT.search(padded, s + 1, e + 1) is not None:  # (most sentences have neither)
        for m in pat.ANOTHER.finditer(text, s, e):
            if free(m.start(), m.end()):
                out.append(Figure(m.start(), m.end(), 1, 1, 1, "exact", m.group(), bare=True))
        for m in pat.ANOTHER_OBJECT.finditer(text, s, e):
            a, b = m.span("another")
            if free(a, b):
                out.append(Figure(a, b, 1, 1, 1, "exact", m["another"], alone=True))
    out.sort(key=lambda f: f.start)
    return out


_GROUP_WINDOW = 400


# A second kind of people joined to the first, with no figure of its own, right before a
# bare outcome: "685 soldiers | and police | killed".
_AND_PEOPLE: Final = regex.compile(
    r"\s++and\s++(?P<noun>[\p{L}\-]++)"
    r"(?=\s++(?:killed|dead|died|wounded|injured|hurt|missing|captured|abducted|kidnapped|arrested|detained"
    r"|fell|perished)\b)")


_FORCE_INITIALS: Final = regex.compile(r"\p{Lu}{2,6}")


def read_group(text: str, f: Figure, e: int) -> None:
    """The group's noun phrase after the figure: its words, head and where it ends."""
    start = f.end
    f.np_end = f.tail_end = f.end
    if f.alone:
        return
    # (a group's words are short: bounded, the patterns below never scan a huge sentence's
    # rest, which the regex module does for a pattern's required words before matching)
    e = min(e, start + _GROUP_WINDOW)
    if f.qualifier == "vague" and (of := pat.VAGUE_OF.match(text, start, e)):
        start = of.end()
    if ALIVE.match(text, start, e):
        return  # "captured four alive": a state of the people, no noun for them
    if (echo := _ECHO.match(text, start, e)) is not None:
        start = echo.end()  # "fifty (50) terrorists": the digits repeat the number
    m = pat.NP.match(text, start, e)
    if m is None:
        return
    f.part = (m["part"] or "").lower() or None
    run_start, run_end = m.span("run")
    f.np_end = f.tail_end = m.end()
    if f.part in ("them", "whom") and ALIVE.match(text, m.end("part"), e):
        run_start = run_end  # "captured four of them alive": no noun after "them"
        f.np_end = f.tail_end = m.end("part")
    if f.part in ("them", "whom") and run_end <= run_start:
        f.person = True  # "killing 21 of them": people told before (see _casualty_find)
    if m["nominal"] and run_end <= run_start:
        f.group = m.span("nominal")  # "three of the wounded": part of a group told before
        f.head = m["nominal"].lower()
        f.person = True
        return
    if run_end <= run_start:
        if f.part is None and text.startswith(" from ", f.np_end) and (pp := pat.PP.match(text, f.np_end, e)):
            # "nine fighters from the Radaa force and seven | from the 444 Brigade": whose they are
            f.tail_end = pp.end()
            if any(c.isupper() for c in text[f.np_end:pp.end()]):  # (a name: "seven from the RSF")
                f.group = (f.np_end + len(" from "), pp.end())
        return
    last_person: tuple[int, int] | None = None
    word = ""
    thing = person_like = False
    aside = _bracket_ends(text, run_start, run_end)
    for k, w in enumerate(pat.WORDS.finditer(text, run_start, run_end)):
        if aside and any(a < w.start() < b for a, b in aside):
            continue  # "three civilians (including a child)": the aside names no head
        word, word_end = w.group(), w.end()
        if word[-1] in "'’" and word_end == run_end and _closes_quote(text, w.start()):
            # "‘eliminated five terrorists’ in the strike": the run's last word closes a quote,
            # not a possessive ("five soldiers' bodies")
            word, word_end = word[:-1], word_end - 1
        if word.lower() in _OTHER_FATES and not text[word_end:run_end].strip() and f.part is None:
            # "22,000 displaced", "thirty motorcycles destroyed": a fate of another kind (not
            # "three displaced people", an adjective, nor "one of the released", a noun)
            f.rejected = k == 0 or (last_person is None and not person_like)
            run_end = w.start()
            break
        if pat.is_person(word):
            last_person = (w.start(), word_end)
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
    if last_person and (f.low or 0) > 1 and (joined := _AND_PEOPLE.match(text, f.np_end, e)) is not None \
            and (pat.is_person(joined["noun"]) or _FORCE_INITIALS.fullmatch(joined["noun"]) is not None):
        # "685 soldiers and police killed": a plural with no figure joined to the group, then
        # the outcome with no verb before it (read as "... were killed" is); also a force by its
        # initials ("17 soldiers and VDP fell with arms in hand")
        f.np_end = joined.end("noun")
    pp = pat.PP.match(text, f.np_end, e)
    f.tail_end = pp.end() if pp else f.np_end
    if (body := members_body(text, f.head, f.np_end, e)) is not None:
        f.group = (f.group[0], body)  # "killed 61 members of the army": whose members


def _closes_quote(text: str, word_start: int) -> bool:
    """Whether a single quote opens shortly before the word at ``word_start`` and stays open, so
    that the word's final apostrophe closes it."""
    opened = None
    for match in _SINGLE_QUOTE_OPENS.finditer(text, max(0, word_start - _QUOTE_REACH), word_start + 1):
        opened = match  # the last one before the word
    return opened is not None and not _SINGLE_QUOTE_CLOSES.search(text, opened.end(), word_start)


def unquoted_end(text: str, start: int, end: int) -> int:
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


def members_body(text: str, head: str | None, end: int, e: int) -> int | None:
    """Where "of the army" ends after a head that says nothing by itself ("members"), or None."""
    if head not in _MEMBERS:
        return None
    pp = pat.PP.match(text, end, e)
    return pp.end() if pp is not None and text[end:pp.end()].split()[0].lower() == "of" else None


def noun_after(text: str, start: int, e: int) -> tuple[str, tuple[int, int]] | None:
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
