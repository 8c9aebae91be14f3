"""Reading the object of a territorial verb: how many, what, where, and whose.

"25 Pakistani border outposts" -> count 25, object "border outposts", owner "Pakistan";
"the strategic town of Kupiansk" -> object "town", place "Kupiansk"; "Kunduz" -> place
"Kunduz". People, materiel and abstractions ("two soldiers", "weapons", "the situation")
are not ground: :func:`parse_object` returns None for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs
import regex

from claimkit._model import Count, Span
from claimkit.text import anchored, find_numbers

from ._sides import STATES
from ._territorial_lexicon import HEADS, MODIFIERS, NOT_GROUND, NOT_PLACE

# After a country's name: held to account ("holds Russia responsible"), not ground held.
_HELD_TO_ACCOUNT: Final = frozenset({"responsible", "accountable", "liable", "hostage", "to",
                                     "captive", "back", "in"})

_STOP: Final = ("and|or|in|on|at|from|to|of|by|with|near|after|during|for|as|into|across|along|around|"
                "which|that|who|where|while|but|since|than|when|over|under|amid|following|before|"
                "between|through|toward|towards|inside|outside|within|without|was|were|is|are|had|has|"
                "have|said|says")
_WORD: Final = r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*"
_HEAD_ALT: Final = "|".join(sorted((regex.escape(h) for h in HEADS), key=len, reverse=True))

# A compass direction ("north", "south-east"), before "ern" in "the eastern half of".
_COMPASS: Final = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_DET: Final = regex.compile(
    # A degree first ("at most the eastern half of", "nearly half of"); then longer alternatives
    # first: "the whole of the" before "the".
    r"(?:(?:at\s+most|at\s+least|nearly|almost|about|roughly|around|more\s+than|less\s+than|over|"
    r"approximately|(?:an\s+)?estimated)\s+)?"
    rf"(?:(?:the\s+|a\s+)?(?:{_COMPASS}ern\s+|central\s+)?"
    r"(?:half|third|quarter|fifth|two[-\s]thirds|three[-\s]quarters)\s+of(?:\s+the)?|"
    # "an estimated 40 percent of": a share in figures
    r"\d{1,3}(?:\.\d)?\s*(?:percent|per\s+cent|%)\s+of(?:\s+the)?|"
    rf"(?:the\s+)?(?:(?:large|key|some|other|{_COMPASS}ern|central)\s+)?"
    r"(?:parts?|sections?)\s+of(?:\s+the)?|"
    r"the\s+(?:rest|whole|last|remainder|bulk|majority|entirety)\s+of(?:\s+the)?|"
    r"a\s+(?:number|series|string|handful|cluster|couple)\s+of(?:\s+the)?|"
    # "large swathes of", "the stretch of national road", "pockets of"
    r"(?:(?:the|a|an)\s+)?(?:(?:large|vast|wide|huge|long|small|key|some)\s+)?"
    r"(?:swath|swathe|tract|stretch|pocket|strip)(?:s|es)?\s+of(?:\s+the)?|(?P<poss>its|their|our|his|her)|the|a|an|this|that|these|"
    r"those|all(?:\s+of)?(?:\s+the)?|(?:most|much|some|many|each|one|two|both|all)\s+of(?:\s+the)?)\s+",
    regex.IGNORECASE)
_OF_POSS: Final = regex.compile(anchored(r"\s+of\s+(?:(?P<poss>the|their|its|our|his|her)\s+)?"),
                                regex.IGNORECASE)
_HEAD: Final = regex.compile(
    r"(?P<mods>(?:(?!(?:" + _STOP + r")\b)" + _WORD + r"\s+){0,4}?)(?P<head>" + _HEAD_ALT
    + r")(?:s|es)?(?![\p{L}\p{N}\-])", regex.IGNORECASE)  # not "Port-au-Prince"
_NEXT_HEAD: Final = regex.compile(r"[ \t]+(?P<head>" + _HEAD_ALT + r")(?:s|es)?(?![\p{L}\p{N}\-])",
                                  regex.IGNORECASE)
# Lowercase words inside a place's name: "Mocímboa da Praia", "Puerto de la Cruz"
NAME_PARTICLES: Final = ("de", "da", "do", "dos", "das", "del", "di", "la")
_PARTICLE: Final = r"(?:" + "|".join(NAME_PARTICLES) + r")\s+(?:la\s+)?"
_OF_PLACE: Final = regex.compile(anchored(  # ("the garrison at Kharasana": where it is)
    r"\s+(?:of|at)\s+(?P<place>(?:al-|el-)?\p{Lu}[\p{L}'’-]*(?:\s+(?:al-|el-|ad-|ar-|as-|ash-|at-|az-|an-|"
    + _PARTICLE + r")?"
    r"\p{Lu}[\p{L}'’-]*){0,3})"))  # "the village of Jubb al-Hamra"
_NAME: Final = regex.compile(  # ("al-Mahmudli": an Arabic article before a lowercase name)
    r"(?P<name>(?:\p{Lu}|(?:al|el|ad|ar|as|ash|at|az|an)-\p{L})[\p{L}'’-]*"
    r"(?:\s+(?:al-|el-|" + _PARTICLE + r")?\p{Lu}[\p{L}'’-]*){0,3})(?P<poss>['’]s\b)?")
_PEOPLE_NAME: Final = regex.compile(r"\p{Lu}\p{Ll}+(?:ans|ians|eses)$")
_POSS_END: Final = regex.compile(r"['’]s$")
# What a number mention can start with (digits, number words, qualifiers, vague amounts);
# only then is find_numbers asked.
_NUMBER_START: Final = regex.compile(
    r"\d|(?:at|more|less|fewer|up|nearly|about|around|over|almost|some|roughly|approximately|between|"
    r"an?|dozens?|several|hundreds|thousands|scores|few|many|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|half|numerous|multiple|tens)\b", regex.IGNORECASE)
_NEXT_WORD: Final = regex.compile(r"\s*(" + _WORD + ")")
# A region of a named place: "northern Iraq", "northern and western Iraq", "central Mali".
_REGION: Final = rf"(?:{_COMPASS}(?:ern)?|central|rural)"
_REGION_BEFORE: Final = regex.compile(  # ("northeast Syria", "rural southern and central Somalia")
    rf"{_REGION}(?:(?:\s*+(?:,|and|or)\s++|\s++){_REGION})*+\s++(?=\p{{Lu}})",
    regex.IGNORECASE)
_REGION_AFTER: Final = regex.compile(
    r"(?:\s+\p{Ll}[\p{L}-]*){0,2}?\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|centre|center|"
    r"interior|heartland|hinterland|coast|border\s+areas?)(?![\p{L}-])", regex.IGNORECASE)
_NOT_AFTER_NAME: Final = NOT_GROUND | {"forces", "army", "military", "militia", "group", "spokesman"}
_DEMONYM_END: Final = regex.compile(r"(?:i|ian|ese|ish)$|^Afghan$")


@attrs.frozen
class ObjectPhrase:
    """What a territorial verb acts on. ``span`` covers the whole phrase."""

    span: Span
    count: Count | None = None
    object: str | None = None
    head: str | None = None        # canonical head ("post"), used to tell repeats apart
    place: str | None = None
    place_span: Span | None = None
    owner: str | None = None       # a demonym or side before the head ("Pakistani")
    possessive: str | None = None  # "their", "our", "its" before the head


# The last vocabulary prepared, its size then, and the result: the registry hands out the
# same dictionary for every document, so it is prepared once, not once per document.
_prepared: tuple[Mapping[str, str], int, dict[str, str]] | None = None


def prepare_sides(vocabulary: Mapping[str, str]) -> dict[str, str]:
    """The side vocabulary for :func:`side_of`: terms as registered, plus the lowercase form
    of every term that is not an acronym (acronyms match case-sensitively)."""
    global _prepared
    last = _prepared
    if last is not None and last[0] is vocabulary and last[1] == len(vocabulary):
        return last[2]
    out = {term.lower(): side for term, side in vocabulary.items() if not term.isupper()}
    out.update(vocabulary)
    _prepared = (vocabulary, len(vocabulary), out)
    return out


def side_of(word: str, sides: Mapping[str, str]) -> str | None:
    """The side a word names in a vocabulary made by :func:`prepare_sides`, or None."""
    return sides.get(word) or (None if word.isupper() else sides.get(word.lower()))


def _owner(word: str, sides: Mapping[str, str]) -> str | None:
    side = side_of(word, sides) or side_of(_POSS_END.sub("", word), sides)
    if side:
        return side
    if word[:1].isupper() and _DEMONYM_END.search(word) and not word.endswith("stan"):
        return word
    return None


def _count(text: str, pos: int, limit: int) -> tuple[Count | None, int]:
    if not _NUMBER_START.match(text, pos, min(limit, pos + 16)):  # find_numbers is costly
        return None, pos
    found = find_numbers(text, pos, min(limit, pos + 60))
    if not found or found[0].start != pos:
        return None, pos
    n = found[0]
    after = text[n.end:n.end + 3]
    if after[:1].isalnum():  # "25km" reads as a distance, not a count of places
        return None, pos
    return Count(n.best, n.low, n.high, n.qualifier, n.text), n.end


_NO_GROUND = regex.compile(r"(?i)(?:no|not\s+a\s+single|not\s+one)\s")


def parse_object(text: str, pos: int, limit: int, sides: Mapping[str, str]) -> ObjectPhrase | None:
    """Read a territorial object starting at ``pos`` (not past ``limit``), or None."""
    limit = min(limit, len(text), pos + 160)
    while pos < limit and text[pos] in " \t":
        pos += 1
    if _NO_GROUND.match(text, pos, limit):
        return None  # "lost no positions": a claim of holding, no ground changed hands
    start = pos
    possessive = None
    m = _DET.match(text, pos, limit)
    if m:
        possessive = m.group("poss")
        pos = m.end()
    count, pos = _count(text, pos, limit)
    if count is not None:
        m = _OF_POSS.match(text, pos, limit)
        if m:
            possessive = m.group("poss") if m.group("poss") not in (None, "the") else possessive
            pos = m.end()
        m = _DET.match(text, pos, limit)
        if m and not m.group("poss"):
            pos = m.end()
    while pos < limit and text[pos] in " \t":
        pos += 1
    h = _HEAD.match(text, pos, limit)
    if h:
        mods = h.group("mods").split()
        if any(w.lower() in NOT_GROUND and w.lower() not in MODIFIERS and not w[:1].isupper() for w in mods):
            return None  # ("the militants' bases": an owner; "a National Guard checkpoint" is ground)
        owner = place = None
        place_span = None
        kept: list[str] = []
        offset = h.start("mods")
        for w in mods:
            w_at = text.index(w, offset, h.end())
            offset = w_at + len(w)
            low = w.lower()
            o = _owner(w, sides) if low not in MODIFIERS else None
            if o and owner is None:
                owner = o
            elif w[:1].isupper() and low not in MODIFIERS and low not in NOT_PLACE:
                word = _POSS_END.sub("", w)  # "Burkina Faso's territory": the place is Burkina Faso
                place = word if place is None else f"{place} {word}"
                place_span = Span(place_span.start if place_span else w_at, w_at + len(word))
            else:
                kept.append(low)
        head = h.group("head").lower()
        end = h.end()
        if text.startswith(("'s", "’s"), end):
            # "the town's airstrip": the ground the town holds; "the base's hard drives": none
            inner = parse_object(text, end + 2, limit, sides)
            return attrs.evolve(inner, span=Span(start, inner.span.end)) \
                if inner is not None and inner.count is None else None
        after = _NEXT_WORD.match(text, end, limit)
        if after and after.group(1).lower().rstrip(".,'’") in NOT_GROUND:  # "town halls", "border guards"
            return None
        compound = _NEXT_HEAD.match(text, end, limit)
        if compound:  # "the hill town of Ostra": the last head names the ground
            head, end = compound.group("head").lower(), compound.end()
        of = _OF_PLACE.match(text, end, limit)
        if of and of.group("place").split()[0].lower() not in NOT_PLACE:
            place, place_span, end = of.group("place"), Span(of.start("place"), of.end("place")), of.end()
        obj = " ".join([*kept, text[h.start("head"):compound.end() if compound else h.end()].lower()])
        return ObjectPhrase(Span(start, end), count, obj, HEADS.get(head, head), place, place_span,
                            owner, possessive)
    region = _REGION_BEFORE.match(text, pos, limit)
    n = _NAME.match(text, region.end() if region else pos, limit)
    if not n or count is not None:
        return None
    # "large parts of Iraq", "northern and western Iraq": ground of a country that is also
    # a side (a bare "Iraq" after the verb is the party it names)
    share = region is not None or (m is not None and m.group().rstrip().lower().endswith("of"))
    name, name_start = n.group("name"), n.start("name")
    if (state := _STATE_OWNS.match(name)) is not None and side_of(state["state"], sides) in STATES \
            and len(name) > state.end():
        # "seize Congo's Bwerengo": the town, which the state's name only locates
        name, name_start = name[state.end():], name_start + state.end()
    if _PEOPLE_NAME.search(name):  # "lost Americans": a plural demonym names people
        return None
    # A known side is a party, not ground; a word that only looks like a demonym ("Tripoli",
    # "Vashti") stays a place here, since people would be followed by a noun ("Pakistani soldiers").
    last = name.split()[-1]
    nxt = _NEXT_WORD.match(text, n.end(), limit)
    named = side_of(name, sides) or side_of(last, sides)
    if named in STATES and name in STATES and not (
            nxt and nxt.group(1).lower().rstrip(".,") in _HELD_TO_ACCOUNT):
        share = True  # "have controlled Afghanistan since 2021": a country is ground
    first = name.split()[0].lower()
    if first in NOT_PLACE or first in NOT_GROUND or (not share and named):
        return None  # (a title's capitals: "They Took the Men Away", no place "Men Away")
    if nxt and nxt.group(1).lower().rstrip(".'’-") in _NOT_AFTER_NAME:
        return None
    if (n.group("poss") or _POSS_END.search(name)) and nxt and nxt.start(1) == n.end() + 1 \
            and not _REGION_AFTER.match(text, n.end(), limit):
        # "much of Port-au-Prince's fuel trade": the place owns what is held (but "most of
        # Yemen's populous north" is the place's ground)
        return None
    place = _POSS_END.sub("", name)  # "Yemen's populous north": Yemen
    name_span = Span(name_start, name_start + len(place))
    return ObjectPhrase(Span(start, n.end("name")), None, None, None, place, name_span,
                        None, possessive)


# A state's name owning a place's: "Congo's | Bwerengo"
_STATE_OWNS: Final = regex.compile(r"(?P<state>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)['’]s\s+(?=\p{Lu})")


_NP_AFTER: Final = regex.compile(
    # (a full stop ends the phrase, not its last word: "the Sudanese Armed Forces."; nor does
    # an abbreviation's inner stop, "U.S. forces"; a bracket after it is an aside: "(SAF)")
    r"\s*(?!(?:which|whom|whose|where|what)\b)(?P<np>(?:the\s+)?(?:" + _WORD + r"\s+){0,4}?" + _WORD + r")"
    r"(?<![\p{Ll}]{2}\.)(?<!\.\p{Lu})(?!\.\p{L})"
    r"(?=\s*(?:[,.;:()\"”]|$)|\s+(?:in|on|at|after|during|near|from|as|with|and|overnight|last|this|since|"
    r"when|while|who|which|that|following|amid|early|late|before|to|into|without|under|for|over|"
    r"until|till|by|within|throughout|"
    r"was|were|is|are|has|have|had|did|does|do|will|would|could|can|may|might|never|said|says|claimed|"
    r"told|the)\b|\s+\p{Ll}+ed\b)",  # ("... shocked the army"; "... the extremist force | did not happen")
    regex.IGNORECASE)


def phrase_after(text: str, pos: int, limit: int) -> Span | None:
    """A short noun phrase starting at ``pos`` ("the Taliban" in "fell to the Taliban in ...")."""
    m = _NP_AFTER.match(text, pos, min(limit, pos + 100))
    return Span(m.start("np"), m.end("np")) if m else None
