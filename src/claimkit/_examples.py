"""The bundled example articles (``claimkit/data/examples``), for the demo, the docs and tests.

The articles are the project's own invented text: every state, group, person, place and outlet
in them is made up. ``index.json`` lists each one with its publication date, its outlet and the
facts a careful reader takes from it (written by hand), which tests compare against.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs

from .hookspecs import RegisterSide, hookimpl


@attrs.frozen
class ExampleArticle:
    """One bundled article: its ``id`` (the file's stem), headline, full text and date.

    ``source`` is the outlet's name and ``expected`` the hand-written facts from ``index.json``
    (casualties, territorial claims, speakers, denials, places ...); treat it as read-only.
    """

    id: str
    title: str
    text: str
    published: dt.date
    source: str | None = None
    expected: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)


def _read(name: str) -> str:
    folder = resources.files("claimkit").joinpath("data").joinpath("examples")
    return folder.joinpath(name).read_text(encoding="utf-8")


@functools.cache
def _index() -> Mapping[str, Any]:
    return json.loads(_read("index.json"))  # type: ignore[no-any-return]


def example_sides() -> dict[str, str]:
    """The invented states and armed groups of the example articles: term -> side."""
    return dict(_index().get("sides", {}))


class ExampleSides:
    """A plugin that teaches the side vocabulary the example articles' invented names
    ("Korvanian" -> Korvania); ``claimkit demo`` registers it, the real vocabulary has none."""

    @hookimpl
    def claimkit_register_sides(self, register: RegisterSide) -> None:
        for term, side in example_sides().items():
            register(term, side)


@functools.cache
def example_articles() -> tuple[ExampleArticle, ...]:
    """Every bundled example article, in the order ``index.json`` lists them."""
    index = _index()
    return tuple(
        ExampleArticle(
            id=entry["id"],
            title=entry["title"],
            text=_read(entry["file"]),
            published=dt.date.fromisoformat(entry["published"]),
            source=entry.get("source"),
            expected=entry.get("expected", {}),
        )
        for entry in index["articles"]
    )


def example_article(article_id: str) -> ExampleArticle:
    """The example article with this id; a ``KeyError`` lists the ids there are."""
    for article in example_articles():
        if article.id == article_id:
            return article
    raise KeyError(f"no example article {article_id!r}; available: "
                   + ", ".join(a.id for a in example_articles()))
