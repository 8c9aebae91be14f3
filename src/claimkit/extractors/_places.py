"""Place mentions: prepositional phrases and place words, checked against the gazetteer.

One precompiled pattern finds a preposition ("in", "near", "outside", "north of" ...) followed
by capitalised names, an optional list ("in Helmand and Paktika provinces") and an optional
place word ("district", "province", "village" ...). A candidate is a place when

* every name is in the bundled gazetteer ("in Kabul", "near Laukkai"), or
* a place word follows it ("in Kurram district", "at Al-Shifa hospital"), or a type word
  precedes it ("the village of Ochali"), so unknown villages are still found, or
* a preposition that can only place comes before it ("near Ostrel", "outside Tirza", "north
  of Dovrek": :data:`LOCATIVE_PREPS`) or a direction word does ("in northern Mereval"), or
* it is the city of the text's own dateline ("ZELMA, Aug 23 (...) -" makes "in Zelma" a place),

and none of its words marks a person or an organisation ("Army", "Ministry", "President") or
is a month or weekday.
"in Taliban positions" or "in Mujahid's remarks" are not places: neither known nor followed by
a place word. Weak, common-noun places ("along the border", "near the front line") are kept
apart and used only when a sentence names no proper place. A place right after a speech
context ("told reporters in Kabul") is where a statement was made, not where events
happened, and is marked ``venue``.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import attrs
import regex

from claimkit.text._calendar import MONTHS, WEEKDAYS

from ._gazetteer import Place, gazetteer, lookup, place_key
from ._source import dateline


def _words(text: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words."""
    return frozenset(text.split())


#: Words after a name that make it a place even when the gazetteer does not know it.
PLACE_WORDS = _words("""
province provinces district districts region regions village villages town towns city cities area
areas county counties state states governorate governorates oblast oblasts municipality
municipalities neighborhood neighbourhood neighborhoods neighbourhoods suburb suburbs camp camps
crossing valley mountains mountain hills forest desert river lake airport airbase base prison
checkpoint outpost hospital market mosque tehsil subdistrict sub-district division zone territory
department commune locality settlement kibbutz refinery port highway road bridge corridor enclave
strip island islands peninsula coast front frontline sector agency raion krai republic region's
province's district's
""")
#: Place words that may be capitalised ("Kurram District"); others must be lowercase, so that a
#: title-case headline ("Killed in Kabul Market Blast") does not invent places.
CAPITAL_PLACE_WORDS = _words("""
province provinces district districts governorate governorates oblast region county tehsil
""")
#: Words inside a name that make it an organisation or a person, never a place.
NOT_PLACE_WORDS = _words("""
army ministry forces force police party front movement council government agency news times post
reuters university committee brigade brigades corps guard guards militia group organization
organisation union office court parliament senate assembly authority institute foundation bank
company church president minister general gen prime king queen prince sheikh mr mrs ms dr lt col
commander spokesman taliban hamas hezbollah isis daesh houthis houthi state-run network television
radio tv agency embassy consulate mission nations justice education homeland security defense
treasury commerce labor energy agriculture interior transportation veterans republican republicans
democrat democrats democratic gop policy election campaign
""")

# A capitalised word ("Kabul", "al-Fashir", "Be'eri", "Mazar-i-Sharif"), never a possessive ("Pakistan's").
_NAME_TOKEN = (r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|ud|ul|ez|es)[-‐‑])?"
               r"\p{Lu}(?:[\p{L}\p{M}]|[.'’‐‑-](?!s\b)(?=\p{L}))*+")
_CONNECT = (r"(?:[ \t]+(?:(?:de|del|da|do|dos|das|di|du|la|le|al|el|ul|ez|es|bin|ibn|of\s+the|of|and\s+the)"
            r"[ \t]+)?)")
_TOKENS = rf"{_NAME_TOKEN}(?:{_CONNECT}{_NAME_TOKEN}){{0,5}}"
_DIR = (r"(?i:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
        r"|central|restive|(?:north|south|east|west)-central|far[ -](?:north|south|east|west)(?:ern)?"
        r"|upper|lower)")
_TYPE = (r"(?i:city|town|village|province|district|region|state|governorate|area|county|municipality"
         r"|neighbou?rhood|suburb|camp|refugee\s+camp|port\s+city|port|border\s+town|border\s+city"
         r"|capital|oblast|settlement|hamlet|locality|commune|department|territory|coast|outskirts"
         r"|island|towns|villages|cities|provinces|districts|regions)")
# Verbs whose object is a place when the gazetteer knows it: "bombed Kabul", "captured Avdiivka".
_VERB = (r"(?i:bombed|shelled|struck|hit|attacked|captured|seized|took|retook|recaptured|stormed|entered"
         r"|overran|besieged|liberated|targeted|raided|encircled|surrounded|invaded|occupied)")
_PREP = (r"(?i:in|near|at|outside|around|across|inside|throughout|along|on|off|toward|towards|into|over"
         r"|from|within|between|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of"
         r"|close\s+to|on\s+the\s+outskirts\s+of|in\s+the\s+outskirts\s+of|on\s+the\s+edge\s+of)")
_NAME = rf"(?:(?P<poss>{_TOKENS})['’]s[ \t]+(?:{_DIR}[ \t]+)?)?{_TOKENS}"

_PLACE = regex.compile(
    rf"""\b(?:(?P<prep>{_PREP})|(?P<verb>{_VERB})|(?P<the>(?i:the)))[ \t]+
    (?:(?(the)|(?i:the)[ \t]+))?
    (?:(?:(?P<dir>{_DIR})|(?i:\p{{L}}+[-‐‑](?:run|held|controlled|occupied|annexed|administered|led)))[ \t]+)?
    (?:(?:{_TOKENS}['’]s[ \t]+)?(?:\p{{Ll}}[\p{{Ll}}-]*+[ \t]+)?
       (?P<type>{_TYPE})[ \t]+(?i:of)[ \t]+(?:(?i:the)[ \t]+)?)?
    (?P<names>{_NAME}(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+or[ \t]+){_NAME}){{0,5}})
    (?:[ \t]+(?P<word>\p{{L}}[\p{{L}}'’-]*+))?""",
    regex.VERBOSE,
)
_CONJUNCT = regex.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_WEAK = regex.compile(
    r"""\b(?i:along|on|near|across|at|by|close\s+to|over)[ \t]+
    (?P<weak>(?i:the)[ \t]+(?:[\p{L}–—-]+[ \t]+){0,2}?
      (?i:border|borders|frontier|front[ \t]*lines?|frontline|coastline|boundary|border[ \t]+fence)
      (?:[ \t]+(?i:with)[ \t]+\p{Lu}\p{L}+)?)\b""",
    regex.VERBOSE,
)
_SPLIT = regex.compile(r"[\s–—‐‑-]+")
_ATTACK_BEFORE = regex.compile(
    r"(?i:strikes?|airstrikes?|air[ \t]+strikes?|attacks?|assaults?|offensive|raids?|shelling|bombing|"
    r"bombardment|advance|push|rockets?|missiles?|drones?|fire|fired|marched|march|assault|closing[ \t]+in|"
    r"pressure|hold|grip|control)[ \t]+$")
_MOVE_BEFORE = regex.compile(
    r"(?i:withdr[eao]wn?|withdrawing|retreat(?:ed|ing)?|pulled[ \t]+(?:out|back)|expelled|driven[ \t]+out|"
    r"pushed[ \t]+(?:out|back)|ousted|evacuated|fled|fleeing|displaced)[ \t]+$")
_VENUE_BEFORE = regex.compile(
    r"(?i:told|telling|said|says|saying|speaking|spoke|addressing|addressed|briefed|briefing|reporters|"
    r"journalists|conference|interview|rally|summit|talks|meeting|statement)"
    r"[ \t,]+(?:[\p{L}’']+[ \t]+){0,2}$")


@attrs.frozen
class PlaceMention:
    """A place phrase: span and text (the evidence), the prepositon, and how sure we are.

    ``weak`` marks common-noun places ("the border"); ``venue`` a place where a statement was
    made ("told reporters in Kabul"); ``places`` the gazetteer's names for what it names.
    """

    start: int
    end: int
    text: str
    prep: str
    weak: bool = False
    venue: bool = False
    places: tuple[str, ...] = ()


#: Prepositions that place what follows ("near Ostrel", "outside Tirza", "north of Zelma"): after
#: them an unknown capitalised name is taken as a place. After "in", "at" or "on" it is not
#: ("in Parliament", "at Reuters", "on Monday"), unless a direction word comes first ("in
#: northern Mereval").
LOCATIVE_PREPS = frozenset({
    "near", "outside", "on the outskirts of", "in the outskirts of", "on the edge of",
    *(f"{d} of" for d in ("north", "south", "east", "west", "northeast", "north-east", "northwest",
                           "north-west", "southeast", "south-east", "southwest", "south-west")),
})
_TOKEN = regex.compile(r"\p{L}+")
_CALENDAR = frozenset(WEEKDAYS + MONTHS)


def _bad_name(name: str) -> bool:
    return any(w.lower().strip(".'’") in NOT_PLACE_WORDS for w in name.split()) or (
        name.lower() in _CALENDAR)


def _calendar_cut(name: str) -> int:
    """Where a weekday or month inside ``name`` begins ("Casper Tuesday"), else its length."""
    for w in _TOKEN.finditer(name):
        if w.group().lower() in _CALENDAR:
            return int(w.start())
    return len(name)


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


def _sentence_start(text: str, at: int) -> bool:
    """True when only spaces and opening quotes stand between ``at`` and a sentence end."""
    j = at - 1
    while j >= 0 and at - j < 12 and text[j] in " \t\"“‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;—"


def _known(name: str, local: str | None) -> Place | None:
    """The gazetteer's place for ``name``, or the text's own dateline city ("ZELMA, Aug 23 -")."""
    found = lookup(name)
    if found is None and local is not None and place_key(name) == local:
        return Place(name, "city", None)
    return found


def _gazetteer_prefix(name: str) -> tuple[int, str | None]:
    """Length of the longest leading run of ``name``'s words the gazetteer knows, and its place."""
    words = name.split()
    for n in range(min(len(words), gazetteer().max_words), 0, -1):
        found = lookup(" ".join(words[:n]))
        if found is not None:
            return len(" ".join(words[:n])), found.name
    return 0, None


def _context_ok(text: str, m: regex.Match[str], local: str | None) -> bool:
    """Prepositions that often name no place need a context: "strikes on Kabul", "withdrew from Kherson".

    A verb's object ("bombed Kabul") must be a known place; "the" must start "the town of X".
    """
    if m.group("the") is not None:
        return m.group("type") is not None
    if m.group("verb") is not None:
        return m.group("type") is not None or _known(m.group("names"), local) is not None or (
            m.group("word") in PLACE_WORDS)
    prep = m.group("prep").lower()
    lo = max(0, m.start() - 40)
    if prep == "on":
        return _ATTACK_BEFORE.search(text, lo, m.start()) is not None
    if prep == "from":
        return _MOVE_BEFORE.search(text, lo, m.start()) is not None
    return True


def _accept(text: str, m: regex.Match[str], local: str | None) -> PlaceMention | None:
    names_start, names_end = m.span("names")
    names = m.group("names")
    word = m.group("word")
    word_ok = word is not None and (word in PLACE_WORDS or (
        word[:1].isupper() and word.lower() in CAPITAL_PLACE_WORDS))
    if m.group("poss") and _known(m.group("poss"), local) is None and not word_ok:
        return None
    parts: list[tuple[int, int]] = []
    pos = 0
    for sep in _CONJUNCT.finditer(names):
        parts.append((pos, sep.start()))
        pos = sep.end()
    parts.append((pos, len(names)))
    # A place word or type makes any name a place; a preposition that can only place or a
    # lowercase direction word ("in northern Mereval") makes an unknown name one too, unless
    # it is an acronym ("outside GOP circles") or the preposition is a capitalised word inside
    # a name ("Institute for Near East Policy").
    prep = m.group("prep") or ""
    direction = m.group("dir") or ""
    by_word = word_ok or m.group("type") is not None
    by_position = bool(prep) and (prep[:1].islower() or _sentence_start(text, m.start())) and (
        " ".join(prep.lower().split()) in LOCATIVE_PREPS or direction[:1].islower())
    found: list[str] = []
    end = names_start
    for i, (a, b) in enumerate(parts):
        name = names[a:b]
        if m.group("poss") and i == 0:
            name = name[name.find(m.group("poss")) + len(m.group("poss")):].lstrip("'’s \t")
            for d in ("north", "south", "east", "west", "central", "upper", "lower", "restive", "far"):
                if name.lower().startswith(d):
                    name = name.split(None, 1)[-1]
                    break
        cut = _calendar_cut(name)  # "in West Palm Beach Tuesday": the place ends before the day
        was_cut = cut < len(name)
        if was_cut:
            name, b = name[:cut].rstrip(), a + len(name[:cut].rstrip())
        if not name or _bad_name(name):
            break
        known = _known(name, local)
        if known is None and i == 0 and direction[:1].isupper():  # "North Kivu", "South Sudan"
            known = _known(f"{direction} {name}", local)
        if known is not None or by_word or (by_position and not _is_acronym(name)):
            found.append(known.name if known else name)
            end = names_start + b
            if was_cut:
                break
            continue
        length, prefix_place = _gazetteer_prefix(name)
        if length and not _bad_name(name[length:]):
            found.append(prefix_place or name[:length])
            end = names_start + a + length
        break
    if not found:
        return None
    if word_ok and end == names_end:
        end = m.end("word")
    # "northern Syria" keeps its direction; "the eastern city of Kharkiv" is just "Kharkiv".
    start = m.start("dir") if m.group("dir") and not m.group("type") else names_start
    lo = max(0, m.start() - 60)
    venue = _VENUE_BEFORE.search(text, lo, m.start()) is not None
    how = (m.group("prep") or m.group("verb") or m.group("the")).lower()
    return PlaceMention(start, end, text[start:end], how, False, venue, tuple(found))


def _scan(text: str, start: int, end: int) -> tuple[PlaceMention, ...]:
    out: list[PlaceMention] = []
    line = dateline(text)
    local = place_key(line.city.text) if line is not None and line.city is not None else None
    pos = start
    while (m := _PLACE.search(text, pos, end)) is not None:
        mention = _accept(text, m, local) if _context_ok(text, m, local) else None
        if mention is not None:
            out.append(mention)
            pos = max(mention.end, m.start("names") + 1)
        else:
            # A rejected candidate must not swallow the next one: in "the Awami Party in
            # Dalbandin" the word read after the names is read again as a preposition.
            pos = m.start("word") if m.group("word") is not None else m.end()
    starts = [p.start for p in out]  # strong places come in order of position
    dropped: set[int] = set()
    weak: list[PlaceMention] = []
    for m in _WEAK.finditer(text, start, end):
        w_start, w_end = m.span("weak")
        # "along the Afghanistan–Pakistan border" names its countries: a proper place, and the
        # names inside it are not places of their own.
        i = bisect.bisect_left(starts, w_start)
        while i < len(out) and out[i].start < w_end:
            if out[i].end <= w_end:
                dropped.add(i)
            i += 1
        named = tuple(found.name for w in _SPLIT.split(m.group("weak"))
                      if w[:1].isupper() and (found := lookup(w)) is not None)
        weak.append(PlaceMention(w_start, w_end, m.group("weak"), m.group().split()[0].lower(),
                                 weak=not named, places=named))
    out = [p for i, p in enumerate(out) if i not in dropped] + weak
    out.sort(key=lambda p: p.start)
    return tuple(out)


@lru_cache(maxsize=16)
def _mentions(text: str) -> tuple[PlaceMention, ...]:
    return _scan(text, 0, len(text))


def place_mentions(text: str, start: int = 0, end: int | None = None) -> tuple[PlaceMention, ...]:
    """Every place phrase in ``text`` (or in ``text[start:end]``), strong and weak, in order.

    The whole text's phrases are cached per text; a range (a sentence) is scanned afresh, so
    a caller that needs a few sentences of a long text pays for those alone.
    """
    if start <= 0 and (end is None or end >= len(text)):
        return _mentions(text)
    return _scan(text, max(0, start), len(text) if end is None else min(end, len(text)))
