"""The ``source`` stage: the outlet, from feed footers, datelines and bylines.

It also marks where that boilerplate stands. Other extractors call
:func:`boilerplate_spans` (or :func:`in_boilerplate`) and never take evidence from inside
those spans: "The post ... appeared first on Khaama Press." repeats the headline, and a
dateline's date is not the date of any event.

What is recognised (each a documented pattern below, searched only where it can stand):

* feed footers anywhere on a line of their own: "The post <title> appeared first on <Outlet>.",
  "This article originally appeared on <Outlet>", "Copyright 2025 The Associated Press. All
  rights reserved.", Reuters' "(Reporting by ...; Editing by ...)", and related-link lines
  ("Read more: ...", "Also read: ...", "Related: ...");
* datelines at the start of one of the first lines: "KABUL, Oct 14 (Reuters) -",
  "ISLAMABAD (AP) —", "BEIRUT, Lebanon (AP) —", "Kyiv (AFP) -", "(Reuters) -", "KYIV, Ukraine —";
* bylines on one of the first lines: "By Jane Doe, Reuters", "By Jane Doe and John Roe | AFP".

The outlet is taken from the first of footer, dateline, byline, copyright line, signature that
names one, and fills ``doc.source.name`` only when the caller gave none.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Snippet, Source, Span
from claimkit._pipeline import stage
from claimkit.hookspecs import RegisterStage, hookimpl

from ._gazetteer import is_place

#: Wire agencies and outlets written as abbreviations in datelines and bylines, and the name we report.
OUTLET_NAMES: dict[str, str] = {
    "ap": "Associated Press",
    "the associated press": "Associated Press",
    "associated press": "Associated Press",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "upi": "UPI",
    "dpa": "dpa",
    "ani": "ANI",
    "pti": "PTI",
    "ians": "IANS",
    "app": "APP",
    "xinhua": "Xinhua",
    "efe": "EFE",
    "ansa": "ANSA",
    "tass": "TASS",
    "irna": "IRNA",
    "wafa": "WAFA",
    "sana": "SANA",
    "cnn": "CNN",
    "bbc": "BBC",
}

# How far into the text a dateline or byline may stand: the first lines only.
_HEAD_CHARS = 3000
_HEAD_LINES = 6

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April"
          r"|June|July|August|September|October|November|December")
_DASH = r"(?:-{1,2}|–|—|‒|―)"
_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}'’.-]{1,24}"
_TITLE_WORD = r"\p{Lu}[\p{Ll}\p{M}'’.-]{1,24}"

_CITY = (rf"(?:{_CAPS_WORD}|{_TITLE_WORD})"
         rf"(?:[ ](?:{_CAPS_WORD}|{_TITLE_WORD}|al-\p{{L}}+|el-\p{{L}}+)){{0,3}}")
# CITY[/CITY][, Region][, Mon DD[, YYYY]] [(Outlet)] -   at the start of a line; also
# "Oct 14 (Reuters) -" without a city and "ISLAMABAD: ..." with a colon (Pakistani papers).
_DATELINE = regex.compile(
    rf"""^[ \t]*
    (?:(?P<city>{_CITY}(?:/{_CITY}){{0,3}})
       (?:,[ ](?P<region>(?:\p{{Lu}}[\p{{L}}.'’-]{{1,24}})(?:[ ]\p{{Lu}}[\p{{L}}.'’-]{{1,24}}){{0,2}}))??
       ,?[ ]*)?
    (?:(?P<date>(?:{_MONTH})[ ]\d{{1,2}}(?:,[ ]\d{{4}})?)[ ]*)?
    (?:\((?P<outlet>[\p{{L}}][\p{{L}}&.' -]{{0,40}})\)[ ]*)?
    (?:{_DASH}|(?P<colon>:))(?=[ ])""",
    regex.VERBOSE | regex.MULTILINE,
)

# By Jane Doe[ and John Roe], Reuters  |  By JANE DOE | AFP  |  By Jane Doe for Khaama Press
_BYLINE = regex.compile(
    r"""^[ \t]*By[ ]+(?P<names>\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:and[ ]+)?\p{Lu}[\p{L}.'’-]*){0,7}?)
    (?:[ ]*(?:,|\||–|—|-|[ ]for[ ]|[ ]of[ ])[ ]*(?P<outlet>(?:The[ ])?\p{Lu}[\p{L}&.'’ -]{1,40}?))?
    [ \t]*$""",
    regex.VERBOSE | regex.MULTILINE,
)

# Feed footers and signatures: each on a line of its own, anywhere in the text.
_FOOTERS = (
    regex.compile(r"^[ \t]*The post [^\n]{1,600}? (?:appeared first|first appeared) on "
                  r"(?P<outlet>[^\n]{2,80}?)\.?[ \t]*$", regex.MULTILINE),
    regex.compile(r"^[ \t]*(?:This|The) (?:article|story|post|report) (?:was )?(?:originally |first )?"
                  r"(?:appeared|published) (?:on|in|by|at) (?P<outlet>[^\n]{2,80}?)\.?[ \t]*$",
                  regex.MULTILINE | regex.IGNORECASE),
    regex.compile(r"^[ \t]*(?:Copyright|©|\(c\))[ \t]*(?:©[ \t]*)?(?:\d{4}[ \t]+)?(?P<outlet>[^\n.]{2,60}?)"
                  r"\.?[ \t]*All rights reserved\.?[ \t]*$", regex.MULTILINE | regex.IGNORECASE),
)
# Substrings each footer pattern cannot match without (in either case where it ignores case).
_FOOTER_NEEDLES = (("appeared first on", "first appeared on"), ("ppeared", "PPEARED", "ublished", "UBLISHED"),
                   ("eserved", "ESERVED"))
# Reuters' signature; a strong sign of the agency but weaker than a footer or dateline.
_SIGNATURE = regex.compile(r"^[ \t]*\((?:Reporting|Writing|Additional reporting) by [^\n]{1,400}\)[ \t]*$",
                           regex.MULTILINE)
_LINK_LINE = regex.compile(r"^[ \t]*(?:Read more|Also read|Read also|Related|See also|RELATED|READ MORE|"
                           r"ALSO READ)[ \t]*:[^\n]{0,400}$", regex.MULTILINE)
# What every match of the two line patterns above holds: they are tried only on such lines.
_SIGNATURE_NEEDLES = ("(Reporting by ", "(Writing by ", "(Additional reporting by ")
_LINK_NEEDLES = ("Read more", "Also read", "Read also", "Related", "See also", "RELATED", "READ MORE",
                 "ALSO READ")
# A correction note's account of what the article said before ("Correction: An earlier version
# of this article said the rebels held 83 prisoners."): the sentence tells the article's
# mistake, not the event, so no claim takes its figure (the note's next sentence, which gives
# the right one, is read as usual).
_CORRECTION = regex.compile(
    r"(?:(?:Correction|CORRECTION|Editor['’]s\s+[Nn]ote)[ \t]*+[:\-–—][ \t]*+)?"
    r"(?:An?|The)\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story|report|item|dispatch)"
    r"[^\n]{0,400}?(?:[.!?](?=\s|$)|$)", regex.MULTILINE)
_CORRECTION_NEEDLES = ("earlier version of this", "previous version of this", "original version of this")
# A wire service's note on a line of its own, in brackets, on what a new version of the story
# changes: "(Corrects paragraph 1 to say 17 soldiers were wounded, not killed)", "(Adds UN
# comment)". It tells the desk's edits, not what anyone said.
_WIRE_NOTE_VERBS = ("Corrects", "Adds", "Updates", "Recasts", "Refiles", "Changes", "Removes", "Fixes")
_WIRE_NOTE = regex.compile(
    r"^\((?:" + "|".join(_WIRE_NOTE_VERBS) + r")\s[^\n()]{0,600}\)[ \t]*+$", regex.MULTILINE)
_WIRE_NOTE_NEEDLES = tuple(f"({verb} " for verb in _WIRE_NOTE_VERBS)


@attrs.frozen
class Dateline:
    """A dateline: its whole span, the city as written (or None), and the outlet it names."""

    span: Span
    city: Snippet | None
    outlet: str | None


@attrs.frozen
class Boilerplate:
    """What the source stage found: the outlet (and where it came from) and every boilerplate span."""

    outlet: str | None
    found_in: str | None  # "footer" | "dateline" | "byline" | "copyright" | "signature"
    dateline: Dateline | None
    spans: tuple[Span, ...]
    max_ends: tuple[int, ...] = ()  # running maximum of the spans' ends, for binary search
    # the spans as (start, end) pairs: bisect compares tuples far faster than attrs instances
    keys: tuple[tuple[int, int], ...] = ()


def outlet_name(raw: str) -> str | None:
    """The outlet as we report it: a known abbreviation expanded, whitespace and stray marks trimmed."""
    name = " ".join(raw.split()).strip(" .,;:|-–—\"'“”")
    if not name or len(name) > 80:
        return None
    return OUTLET_NAMES.get(name.lower(), name)


def _head_end(text: str) -> int:
    """Offset where the head of the text (its first lines) ends."""
    end = 0
    for _ in range(_HEAD_LINES):
        nl = text.find("\n", end, _HEAD_CHARS)
        if nl < 0:
            return min(len(text), _HEAD_CHARS)
        end = nl + 1
    return end


def _dateline(text: str, head: int) -> Dateline | None:
    for m in _DATELINE.finditer(text, 0, head):
        city, outlet = m.group("city"), m.group("outlet")
        if city is None and outlet is None:
            continue
        # Without an outlet, only an all-caps city or a known place makes a dateline
        # ("KYIV, Ukraine —"), so that "Officials said - ..." is not one; with a colon, only
        # a known place in capitals ("PESHAWAR:", not "UPDATE:" or "Pakistan: five killed").
        if m.group("colon") and (outlet is not None or city is None or not city.isupper()
                                 or not is_place(city)):
            continue
        if city is not None and outlet is None and not (city.isupper() or is_place(city)):
            continue
        if outlet is not None and outlet_name(outlet) is None:
            continue
        # "DUBAI/KYIV" names where the reporters were, not one place the story is about.
        one_city = city is not None and "/" not in city
        city_snip = Snippet(city, Span(m.start("city"), m.end("city"))) if one_city and city else None
        return Dateline(Span(m.start() + (len(m.group()) - len(m.group().lstrip())), m.end()),
                        city_snip, outlet_name(outlet) if outlet else None)
    return None


def _matches_on_lines(text: str, pattern: regex.Pattern[str],
                      needles: tuple[str, ...]) -> Iterator[regex.Match[str]]:
    """Matches of a line pattern, tried only on the lines that hold one of ``needles``.

    Finding a substring is far cheaper than trying the pattern at every line start, and a
    footer cannot match without its needle.
    """
    lines: set[int] = set()
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            lines.add(text.rfind("\n", 0, at) + 1)
            at = text.find(needle, at + len(needle))
    for start in sorted(lines):
        end = text.find("\n", start)
        yield from pattern.finditer(text, start, len(text) if end < 0 else end)


@lru_cache(maxsize=16)
def analyse(text: str) -> Boilerplate:
    """Outlet, dateline and boilerplate spans of ``text`` (cached per text)."""
    spans: list[Span] = []
    found: list[tuple[int, str, str]] = []  # (priority, kind, outlet)
    for priority, (pattern, needles) in enumerate(zip(_FOOTERS, _FOOTER_NEEDLES, strict=True)):
        for m in _matches_on_lines(text, pattern, needles):
            spans.append(Span(m.start(), m.end()))
            name = outlet_name(m.group("outlet"))
            if name:
                found.append((0 if priority < 2 else 3, "footer" if priority < 2 else "copyright", name))
    for m in _matches_on_lines(text, _SIGNATURE, _SIGNATURE_NEEDLES):
        spans.append(Span(m.start(), m.end()))
        found.append((4, "signature", "Reuters"))
    spans.extend(Span(m.start(), m.end()) for m in _matches_on_lines(text, _LINK_LINE, _LINK_NEEDLES))
    spans.extend(Span(m.start(), m.end()) for m in _matches_on_lines(text, _CORRECTION, _CORRECTION_NEEDLES))
    spans.extend(Span(m.start(), m.end()) for m in _matches_on_lines(text, _WIRE_NOTE, _WIRE_NOTE_NEEDLES))
    head = _head_end(text)
    line = _dateline(text, head)
    if line is not None:
        spans.append(line.span)
        if line.outlet:
            found.append((1, "dateline", line.outlet))
    for m in _BYLINE.finditer(text, 0, head):
        spans.append(Span(m.start(), m.end()))
        whole = m.group("names").lower().removeprefix("the ")
        if m.group("outlet") is None and whole in OUTLET_NAMES:  # "By Reuters", "By AFP"
            found.append((2, "byline", OUTLET_NAMES[whole]))
        elif m.group("outlet"):
            name = outlet_name(m.group("outlet"))
            if name:
                found.append((2, "byline", name))
        break
    found.sort(key=lambda f: f[0])
    outlet, kind = (found[0][2], found[0][1]) if found else (None, None)
    ordered = tuple(sorted(set(spans)))
    return Boilerplate(outlet, kind, line, ordered, tuple(accumulate((b.end for b in ordered), max)),
                       tuple((b.start, b.end) for b in ordered))


def boilerplate_spans(text: str) -> tuple[Span, ...]:
    """Spans of feed footers, datelines, bylines, signatures and link lines, in order.

    No claim, attribution, time or place should take its evidence from inside one of them.
    Cached per text, so every stage may call it freely.
    """
    return analyse(text).spans


def in_boilerplate(text: str, span: Span) -> bool:
    """True when ``span`` overlaps any boilerplate span of ``text``."""
    found = analyse(text)
    if not found.keys:
        return False
    # Spans that start before ``span`` ends; one of them overlaps it when the furthest end
    # among them lies past its start (an empty span counts inside one that holds it).
    k = bisect.bisect_left(found.keys, (span.end, span.end)) if span.end > span.start else (
        bisect.bisect_right(found.keys, (span.start, len(text) + 1)))
    return k > 0 and found.max_ends[k - 1] > span.start


def past_boilerplate(text: str, pos: int) -> int:
    """``pos``, or the end of the boilerplate holding it ("KYIV, May 2 (Agency) - " before a
    report's first words)."""
    found = analyse(text)
    if not found.keys:
        return pos
    k = bisect.bisect_right(found.keys, (pos, len(text) + 1))
    return found.max_ends[k - 1] if k > 0 and found.max_ends[k - 1] > pos else pos


def dateline(text: str) -> Dateline | None:
    """The dateline of ``text`` (city and outlet), or None; the city is where places fall back."""
    return analyse(text).dateline


def find_outlet(text: str) -> str | None:
    """The outlet the text names in a footer, dateline, byline or signature, or None."""
    return analyse(text).outlet


@stage("source", provides="source", before="attribution")
def source_stage(doc: Document) -> Document:
    """Fill ``doc.source.name`` from the text when the caller gave no name; keep url and published."""
    if doc.source is not None and doc.source.name:
        return doc
    outlet = find_outlet(doc.text)
    if outlet is None:
        return doc
    old = doc.source or Source()
    return attrs.evolve(doc, source=attrs.evolve(old, name=outlet))


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(source_stage)
