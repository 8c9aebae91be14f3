"""The bundled example articles load from the installed package and match their index."""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit._examples import ExampleArticle, example_article, example_articles


def test_three_articles_load_with_dates_and_outlets() -> None:
    articles = example_articles()
    assert [a.id for a in articles] == ["sarin-border-clash", "highland-offensive", "hadra-militia-raid"]
    assert all(isinstance(a.published, dt.date) for a in articles)
    assert {a.source for a in articles} == {"Frontier Ledger", "Meridian News", "Eastern Dispatch"}


@pytest.mark.parametrize("article", example_articles(), ids=lambda a: a.id)
def test_headline_is_first_line_and_expected_quotes_are_verbatim(article: object) -> None:
    assert isinstance(article, ExampleArticle)
    assert article.text.splitlines()[0] == article.title
    expected = article.expected
    for fact in (*expected["casualties"], *expected["territorial"]):
        assert fact["evidence"] in article.text
    for speaker in expected["speakers"]:
        assert speaker["text"] in article.text
    for denial in expected["denials"]:
        assert denial["denied"] in article.text
    for place in expected["places"]:
        assert place in article.text
    assert expected["unverified"] in article.text
    assert expected["outlet"]["evidence"] in article.text


def test_unknown_example_names_the_ids() -> None:
    with pytest.raises(KeyError, match="sarin-border-clash"):
        example_article("nope")


def test_examples_run_through_extract() -> None:
    article = example_article("highland-offensive")
    doc = claimkit.extract(article.text, published=article.published, source=article.source, id=article.id)
    assert doc.text == article.text
    assert doc.source is not None
    assert doc.source.published == dt.date(2025, 8, 23)
