"""Sides a document introduces itself: a party named in full with its initials in brackets
("the Arakan Army (AA)", "the Sinjar Resistance Units (YBS)"), then by its initials alone
("AA fighters", "YBS fighters").

The initials take the side of the full name when the vocabulary knows it whole as an armed
group ("Arakan Army"; not "the Mission in South Sudan (UNMISS)"); an armed group the
vocabulary does not know ("Rohingya Solidarity Organisation (RSO)") becomes a side of its
own, labelled by its name and its initials ("Rohingya Solidarity Organisation (RSO)") and
matched by either. Bodies that are no party (a government, an agency, a monitor, a state's
armed forces, police or guards) add nothing.

A party named in full may also go by a word of its name ("the Islamic Revolutionary Guard
Corps", then "the Guards" or "seven Guards"): see :func:`short_names`.
"""

from __future__ import annotations

import regex

from claimkit.text._number_words import NUMBER_ALTERNATION

from ._sides import STATES, SideIndex

# "Name Words (INITIALS)": capitalised words with inner links, then initials in brackets.
_LINK = r"(?:of|the|for|and|de|del|la|des|du|al|el)"
_NAME_WORD = r"\p{Lu}[\p{L}'’\-]*"
_DEFINED = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<name>{_NAME_WORD}(?:[^\S\n]+(?:{_NAME_WORD}|{_LINK})){{0,8}}?)"
    r"[^\S\n]+\((?P<initials>\p{Lu}[\p{Lu}\d\-]{1,7})\)")
# What every match of _DEFINED ends with (few texts hold one: the whole text is matched only
# for those that do).
_BRACKETED_INITIALS = regex.compile(r"\(\p{Lu}[\p{Lu}\d\-]{1,7}\)")
# A sentence's first word and the links after it: "Fighters of the | Sinjar Resistance Units".
_OPENING_WORD = regex.compile(rf"^(?!The\s)\S+\s+(?:{_LINK}\s+)+")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:”\"]\s+|\n\s*)\Z")
# Words of an armed group's name ("Front", "Liberation", "Resistance Units", "Task Force").
_ARMED_NAME = regex.compile(
    r"\b(?:Front|Movement|Army|Forces?|Units|Brigades?|Battalions?|Militias?|Organi[sz]ation|Alliance|"
    r"Resistance|Liberation|Jihad|Mujahideen|Volunteers|Rebels?|Insurgents?)\b")
# Words of bodies that are no party of their own, or a state's ("Armed Forces", "Police").
_NO_PARTY = regex.compile(
    r"\b(?:Government|Ministry|Agency|Office|Observatory|Monitor(?:ing)?|Mission|Centre|Center|Network|"
    r"Crescent|Cross|Committee|Commission|Institute|Council|Command|Police|Guards?|Armed\s+Forces|"
    r"Party|Union|Nations|Programme|Program|Fund|Court|Bank|Association|Federation|Watch|News|"
    r"International|Migration|Humanitarian|Human\s+Rights|Health|Refugees|Children|Food|Border|"
    r"Security\s+Forces?)\b")
# Initials standing alone ("AA", "RSO"), which may stand for a name spelled out elsewhere.
_INITIALS = regex.compile(r"(?<![\p{L}\d\-])\p{Lu}{2,5}(?![\p{L}\d\-])")
_CAPITALISED_RUN = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<run>{_NAME_WORD}(?:[^\S\n]+(?:(?:of|the|for|and)[^\S\n]+)?{_NAME_WORD}){{1,5}})")
_LEADING_LINKS = regex.compile(rf"^(?:(?:{_LINK}|an?)\s+)+", regex.IGNORECASE)


# The index of a document that defines no term of its own.
_NO_TERMS = SideIndex({})


class DocumentSides(SideIndex):
    """A side index with the terms a document defines added (read on the first look-up, so a
    document with no figure pays nothing); where a document's term and a term of the
    vocabulary overlap, the longer one is kept."""

    def __init__(self, base: SideIndex, text: str) -> None:
        self._base = base
        self._text = text
        self._own: SideIndex | None = None
        self._short: dict[str, str] | None = None

    @property
    def vocabulary(self) -> dict[str, str]:  # type: ignore[override]
        return {**self._base.vocabulary, **self._terms().vocabulary}

    def _terms(self) -> SideIndex:
        if self._own is None:
            terms = defined_terms(self._text, self._base)
            # (most documents define none: they share one empty index, not a pattern each)
            self._own = SideIndex(terms) if terms else _NO_TERMS
        return self._own

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        found = self._base.find(text, start, end)
        if self._own is None and not _has_capital(text, start, end):
            return found  # (a document's terms are capitalised: "soldiers" needs none of them)
        own_index = self._terms()
        own = own_index.find(text, start, end) if own_index.vocabulary else []
        if self._short is None:
            self._short = short_names(self._text, self._base)
        if self._short:
            own += [(m.start("word"), m.end("word"), self._short[key])
                    for m in _SHORT_NAME.finditer(text, start, len(text) if end is None else end)
                    if (key := _short_key(m["word"])) in self._short]
            own.sort()
        if not own:
            return found
        kept = [t for t in found if not any(a < t[1] and t[0] < b and b - a > t[1] - t[0] for a, b, _ in own)]
        kept += [t for t in own if not any(a < t[1] and t[0] < b for a, b, _ in kept)]
        return sorted(kept)


# Words of a party's name that the party also goes by, after "the" or a figure ("Iran's
# Islamic Revolutionary Guard Corps" ... "the Guards' losses", "seven Guards"; "the Polisario
# Front" ... "the Front"): only in a document that names one such party in full (not "Army"
# or "Forces", which a state's own army is called too), singular or plural alike.
_SHORT_HEADS = frozenset({"Guard", "Front", "Brigade", "Corps"})
# (not "Border Guards": a capitalised word before it)
_SHORT_NAME = regex.compile(
    rf"(?<=(?<![\w-])(?:[Tt]he|\d[\d,]*|(?i:{NUMBER_ALTERNATION}))\s{{1,3}})(?P<word>(?:Guard|Front|Brigade)s?|Corps)"
    r"(?![\w-])")


def _short_key(word: str) -> str | None:
    """The head a word of a name is ("Guards" -> "Guard"), or None."""
    if word in _SHORT_HEADS:
        return word
    return word[:-1] if word.endswith("s") and word[:-1] in _SHORT_HEADS else None


def short_names(text: str, base: SideIndex) -> dict[str, str]:
    """The short names ``text`` may use for parties it names in full (see _SHORT_HEADS): each
    head -> its side, where one side alone is named with it."""
    # (most documents use no such name: the whole text is matched only for those that do)
    if not any(w in text for w in _SHORT_HEADS) or _SHORT_NAME.search(text) is None:
        return {}
    named: dict[str, set[str]] = {}
    for a, b, side in base.find(text):
        words = text[a:b].split()
        for word in words[1:]:  # (a word after the first: "Front" alone names no party)
            if (key := _short_key(word)) is not None:
                named.setdefault(key, set()).add(side)
    return {key: next(iter(sides)) for key, sides in named.items() if len(sides) == 1}


def _has_capital(text: str, start: int, end: int | None) -> bool:
    piece = text[start:end]
    return piece != piece.lower()


def defined_terms(text: str, base: SideIndex) -> dict[str, str]:
    """The terms ``text`` defines with initials in brackets, each -> its side (see the module
    docstring); empty for most documents."""
    terms: dict[str, str] = {}
    for m in _DEFINED.finditer(text) if _BRACKETED_INITIALS.search(text) else ():
        initials = m["initials"]
        if initials in terms or base.find(initials):
            continue
        name = m["name"]
        if _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
            opening = _OPENING_WORD.match(name)
            if opening is not None and not _ARMED_NAME.match(name):
                name = name[opening.end():]  # (a capital that only opens the sentence)
        name = _LEADING_LINKS.sub("", name)
        if not name or not name[0].isupper():
            continue
        named = base.find(name)
        if named and named[0][0] == 0 and named[0][1] == len(name) and named[0][2] not in STATES:
            terms[initials] = named[0][2]  # "Arakan Army (AA)": the group the name is known as
        elif _ARMED_NAME.search(name) and not _NO_PARTY.search(name) \
                and not any(side in STATES for _, _, side in named):
            terms[initials] = terms[name] = f"{name} ({initials})"  # a group the vocabulary does not know
    alone = set(_INITIALS.findall(text)) - terms.keys()
    if alone:
        # "the Arakan Army ... AA fighters": the initials of an armed group named in full
        for initials, spelled in sorted(_spelled_out(text, alone).items()):
            named = base.find(spelled)
            if named and named[0][0] == 0 and named[0][1] == len(spelled) and named[0][2] not in STATES \
                    and not base.find(initials):
                terms[initials] = named[0][2]
    return terms


def _spelled_out(text: str, initials: set[str]) -> dict[str, str]:
    """Each of ``initials`` that the capitalised words of a name in ``text`` spell, -> the
    first such name ("AA" -> "Arakan Army")."""
    out: dict[str, str] = {}
    # (only a capital some initials open can open the name, and a name has no more capitals
    # than the longest initials have letters)
    firsts = {i[0] for i in initials}
    longest = max((len(i) for i in initials), default=0)
    for m in _CAPITALISED_RUN.finditer(text):
        words = m["run"].split()
        capitals = [k for k, w in enumerate(words) if w[0].isupper()]
        for i, a in enumerate(capitals):
            if words[a][0] not in firsts:
                continue
            for b in capitals[i + 1:i + longest]:
                spelled = "".join(words[k][0] for k in capitals if a <= k <= b)
                if spelled in initials and spelled not in out:
                    out[spelled] = " ".join(words[a:b + 1])
    return out


def document_sides(text: str, base: SideIndex) -> SideIndex:
    """``base`` with the sides ``text`` defines (see :func:`defined_terms`)."""
    return DocumentSides(base, text)
