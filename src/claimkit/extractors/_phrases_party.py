"""Naming a party from a phrase ("Taliban forces" -> "Taliban": :func:`clean_party`,
:func:`party`, :func:`speaker_party`) and resolving one named only through the speaker ("its
forces", "we", "the group": :func:`is_pronoun`, :func:`resolve_party`, with the subject of a
reporting verb, the side in the speaker's words and the armed group named last before:
:func:`group_named_before`, :func:`armed_group_named`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import regex

from claimkit._document import Document
from claimkit._model import Attribution
from claimkit.text import sentence_at

from ._phrases_subject import SUBJECT_WINDOW, subject_before
from ._sides import STATES
from ._territorial_parse import side_of
from ._words import words

_DATELINE_DASH: Final = regex.compile(r"\s+[-–—]+\s+")

_POSSESSIVE_END: Final = regex.compile(r"(?:'s|’s|'|’)$")

# Leading words that are not part of a name.
_LEADING: Final = regex.compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)

PERSONAL_PRONOUNS: Final = words(
    "he she it they we i you him her them us me this that these those who which its our ours their his my")
# "its forces", "our fighters", "their troops": a party named only through the speaker.
_POSSESSIVE_FORCE: Final = regex.compile(
    r"^(?:its|our|their|his|her|the\s+group's|the\s+group’s)\s+(?:own\s+)?(?:forces|fighters|troops|units|"
    r"soldiers|men|militants|army|mujahideen|mujahedeen|members|side)$|^(?:we|they|it|the\s+group|"
    r"the\s+movement|the\s+organi[sz]ation)$", regex.IGNORECASE)

# Generic force nouns after a name: "Taliban forces" names the Taliban.
_FORCE_TAIL: Final = regex.compile(
    r"^(?P<name>.+?)\s+(?:(?:armed|security|defen[cs]e|special)\s+forces|forces|fighters|troops|units|"
    r"soldiers|militants|militiamen|army|military|"
    r"militia|rebels|insurgents|gunmen|side)$", regex.IGNORECASE)


# Words before "forces" that describe rather than name a party.
_GENERIC: Final = words(
    "government pro-government security opposition rebel regime enemy allied coalition foreign "
    "local federal national state special armed hostile friendly our their its his her")
_DEMONYM: Final = regex.compile(r"(?:i|ian|ese|ish)$|^Afghan$")


_ABBREVIATION_END: Final = regex.compile(r"(?<![\p{L}])(?:\p{Lu}\.){2,}$")


def clean_party(phrase: str) -> str:
    """A party's name from a phrase: no leading article, no possessive ending."""
    # A dateline before the story's first subject is not part of it: "ZELMA (Agency) - The army".
    phrase = _DATELINE_DASH.split(phrase)[-1]
    name = _LEADING.sub("", phrase.strip(" \t\n,.;:\"'“”‘’()"))
    if _ABBREVIATION_END.search(phrase.rstrip(" \t\n,;:\"'“”‘’()")):
        name += "."  # "U.S." keeps its last period
    name = _POSSESSIVE_END.sub("", name)
    return str(name).strip()


def is_pronoun(phrase: str) -> bool:
    """True for "he", "they", "its forces", "our fighters", "the group" ..."""
    p = phrase.strip().lower()
    return p in PERSONAL_PRONOUNS or bool(_POSSESSIVE_FORCE.match(p))


def party(phrase: str, sides: Mapping[str, str] | None = None) -> str:
    """Name a party: "Taliban forces" -> "Taliban", "the rebels" -> "rebels",
    "government forces" stays; "Ukrainian troops" -> "Ukraine" when the side vocabulary
    (made by ``prepare_sides``) knows "Ukrainian", else it stays "Ukrainian troops"."""
    name = clean_party(phrase)
    sides = sides or {}
    m = _FORCE_TAIL.match(name)
    if m:
        head = m.group("name")
        side = sides.get(head) or sides.get(head.lower())
        if side:
            return side
        if head[:1].isupper() and head.lower() not in _GENERIC and not _DEMONYM.search(head):
            # "Taliban fighters" -> "Taliban"; a capitalised force word is part of a name
            # the vocabulary does not know ("Arakan Army", "Rapid Support Forces")
            return name if name[m.end("name"):].strip()[:1].isupper() else str(head)
    return sides.get(name) or name


def speaker_party(att: Attribution | None) -> str | None:
    """The body a statement speaks for: the speaker's organization, else its label."""
    if att is None or att.source is None:
        return None
    src = att.source
    if src.organization:
        return src.organization
    if src.name and not is_pronoun(src.name):
        return src.name
    return None if is_pronoun(src.text) else clean_party(src.text)


_REPORTING: Final = regex.compile(
    r"\b(?:said|says|say|claimed|claims|announced|announces|stated|reported|told|added|insisted|"
    r"denied|denies|rejected|admitted|acknowledged|confirmed|confirms)\b",
    regex.IGNORECASE)


def reporting_subject(doc: Document, lo: int, pos: int) -> str | None:
    """The subject of the last reporting verb in ``text[lo:pos]`` ("The Taliban said ..."),
    used for "its forces" when no attribution says who spoke."""
    text = doc.text
    last = None
    for m in _REPORTING.finditer(text, max(lo, pos - SUBJECT_WINDOW), pos):
        last = m
    if last is None:
        return None
    span = subject_before(text, lo, last.start())
    if span is None:
        return None
    phrase = text[span.start:span.end]
    return None if is_pronoun(phrase) else party(phrase)


def resolve_party(doc: Document, phrase: str, att: Attribution | None, lo: int, pos: int,
                  sides: Mapping[str, str] | None = None) -> str | None:
    """A phrase naming a party, with "its forces" / "we" / "they" resolved through the
    speaker (``att``) or, failing that, the subject of a reporting verb in the sentence."""
    if not phrase.strip():
        return None
    if _FORMATION.fullmatch(phrase.strip()) and _speaks_for_a_body(att):
        # "units of the 5th Infantry Division", told by the army: a formation by its number
        # is the speaking body's own
        return _side_in_source(att, sides) or speaker_party(att) or party(phrase, sides) or None
    if is_pronoun(phrase):
        spoken = _side_in_source(att, sides)
        if spoken is None and phrase.strip().lower() == "they" and _observers_speak(att):
            # "They have besieged the two villages, residents said": those the witnesses
            # tell of, not the witnesses
            return None
        if spoken is None and sides and _THE_GROUP.match(phrase.strip()) and not _speaks_for_a_body(att):
            # "Security analysts say the group still controls the farmland": the group is the
            # armed group named last, not the analysts
            named = group_named_before(doc.text, lo, sides)
            if named is not None:
                return named
        return spoken or speaker_party(att) or reporting_subject(doc, lo, pos)
    return party(phrase, sides) or None


_THE_GROUP: Final = regex.compile(r"(?i)the\s+(?:group|movement|organi[sz]ation)\Z")
# A formation named by its number alone ("units of the 5th Infantry Division", "the 3rd
# Brigade", "soldiers of the 22nd Battalion").
_FORMATION: Final = regex.compile(
    r"(?i)(?:(?:units|elements|troops|soldiers|men|forces)\s+of\s+)?(?:the\s+)?\d+(?:st|nd|rd|th)\s+"
    r"(?:[\p{L}\-]+\s+){0,2}(?:division|brigade|battalion|regiment|corps|army|infantry\s+division)")
_GROUP_REACH: Final = 600


def _observers_speak(att: Attribution | None) -> bool:
    """Whether the speaker is people who saw, named by no name and no body ("residents",
    "two witnesses")."""
    if att is None or att.source is None or att.source.organization or att.source.name:
        return False
    words = (att.source.role or att.source.text).lower().split()
    return bool(words) and words[-1] in _OBSERVERS


_OBSERVERS: Final = frozenset({
    "residents", "resident", "witnesses", "witness", "villagers", "locals", "survivors", "analysts",
    "observers", "relatives", "families", "people", "eyewitnesses", "farmers", "elders"})


def _speaks_for_a_body(att: Attribution | None) -> bool:
    """Whether the speaker is a body or its voice (an organisation named), not an observer."""
    return att is not None and att.source is not None and att.source.organization is not None


def group_named_before(text: str, pos: int, sides: Mapping[str, str], lo: int = 0,
                       first_in_sentence: bool = False) -> str | None:
    """The armed group (a side named by a capitalised word that is no country) named last
    before ``pos``, within a few sentences (and not before ``lo``); with ``first_in_sentence``,
    the first one named in the last sentence that names one, the likelier subject ("The NRF
    attacked Taliban posts. The group said": the NRF)."""
    found = None
    sentence = (-1, -1)
    for m in _CAPITALISED_RUN.finditer(text, max(lo, pos - _GROUP_REACH), pos):
        # a name of several words first ("Arakan Army"), then its words ("Taliban Fighters")
        words = m.group().split()
        # (every tail of the run, longest first: "The Arakan Army" names "Arakan Army")
        names = [" ".join(words[i:]) for i in range(len(words))] + words[:-1]
        side = next((s for s in (side_of(n, sides) for n in names) if s and s not in STATES), None)
        if side and first_in_sentence and sentence[0] <= m.start() < sentence[1]:
            continue  # (a later group of the same sentence)
        if side:
            found = side
            if first_in_sentence:
                sentence = sentence_at(text, m.start())
    return found


def armed_group_named(body: str, sides: Mapping[str, str]) -> bool:
    """Whether the name of a body is an armed group's ("Balochistan Liberation Army (BLA)",
    "Arakan Army"), not a state's ("Pakistan Army", "the army")."""
    whole = _BRACKETED.sub("", body).strip()
    found = [side_of(whole, sides)] + [side_of(w, sides) for w in _CAPITALISED.findall(body)]
    return any(side and side not in STATES for side in found)


_BRACKETED: Final = regex.compile(r"\s*\([^()]*\)")
_CAPITALISED: Final = regex.compile(r"\p{Lu}[\p{L}\-]*")
_CAPITALISED_RUN: Final = regex.compile(r"\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)*")
_ACRONYM_AFTER: Final = regex.compile(r"\s*\(\p{Lu}{2,6}\)\Z")


def _side_in_source(att: Attribution | None, sides: Mapping[str, str] | None) -> str | None:
    """The side a speaker's words name ("Russia's Defence Ministry", "the Pakistani military"
    speak for Russia, Pakistan), or None."""
    if not sides or att is None or att.source is None:
        return None
    # the body itself first: "The Arakan Army (AA), one of Myanmar's ... armed groups" speaks
    # for the Arakan Army, not for Myanmar
    org = att.source.organization
    if org and (side := side_of(_ACRONYM_AFTER.sub("", org), sides)) is not None:
        return side
    # the head's nearest modifier in the name before any aside: "Sudan's RSF" speaks for the
    # RSF, "The Taliban, who took power in Afghanistan," for the Taliban
    found = None
    for m in _CAPITALISED.finditer(att.source.text.split(",", 1)[0]):
        found = side_of(m.group(), sides) or found
    return found
