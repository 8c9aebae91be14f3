"""The bundled gazetteer: which capitalised names are places.

``claimkit/data/gazetteer.tsv`` is our own compilation of public-domain facts (countries,
capitals, first-level divisions, major cities and towns, and the districts and villages that
conflict news names most), read once on first use. The file's header documents its format.

Lookups ignore case, diacritics, hyphens, dots and apostrophes ("Khyber-Pakhtunkhwa" =
"Khyber Pakhtunkhwa", "KABUL" = "Kabul"); names stored in capitals ("UK", "DRC") only match
when written in capitals, so "Us" is not the United States.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

import attrs
import regex

KINDS = ("country", "capital", "admin1", "city", "district", "region", "water")

_DROP = regex.compile(r"[.'’‘`ʼ]")
_SPACE = regex.compile(r"[\s\-‐‑–—_]+")


@attrs.frozen
class Place:
    """A gazetteer entry: the preferred spelling, its kind (see :data:`KINDS`) and its country."""

    name: str
    kind: str
    country: str | None


def place_key(name: str) -> str:
    """The form names are compared in: no diacritics, dots or apostrophes; hyphens as spaces; casefolded."""
    text = name
    if not text.isascii():  # (most names: no diacritics to take off)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DROP.sub("", text)
    return str(_SPACE.sub(" ", text)).strip().casefold()


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


@attrs.frozen
class Gazetteer:
    """Places by :func:`place_key`; ``acronyms`` are keys that only match text written in capitals."""

    places: dict[str, Place]
    acronyms: frozenset[str]
    max_words: int

    def lookup(self, name: str) -> Place | None:
        """The place ``name`` names, or None."""
        key = place_key(name)
        place = self.places.get(key)
        if place is None:
            return None
        if key in self.acronyms and not name.replace(".", "").replace("&", "").isupper():
            return None
        return place


def parse(text: str) -> Gazetteer:
    """A :class:`Gazetteer` from the TSV format described in the data file's header."""
    places: dict[str, Place] = {}
    acronyms: set[str] = set()
    max_words = 1
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, country, names = raw.split("\t")
        for group in names.split(";"):
            spellings = [s.strip() for s in group.split("|") if s.strip()]
            if not spellings:
                continue
            entry = Place(spellings[0], kind, None if country == "-" else country)
            for spelling in spellings:
                key = place_key(spelling)
                if not key:
                    continue
                places.setdefault(key, entry)  # the first row wins: countries come first
                if _is_acronym(spelling):
                    acronyms.add(key)
                max_words = max(max_words, key.count(" ") + 1)
    return Gazetteer(places, frozenset(acronyms), max_words)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, read once."""
    data: str = resources.files("claimkit").joinpath("data", "gazetteer.tsv").read_text(encoding="utf-8")
    return parse(data)


@lru_cache(maxsize=4096)
def lookup(name: str) -> Place | None:
    """The bundled gazetteer's entry for ``name`` ("Kabul", "KABUL", "Khyber-Pakhtunkhwa"), or None."""
    return gazetteer().lookup(name)


def is_place(name: str) -> bool:
    """True when the bundled gazetteer knows ``name`` as a place."""
    return lookup(name) is not None
