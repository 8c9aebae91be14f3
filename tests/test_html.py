"""HTML input: read_html / extract_html on small article pages we wrote ourselves."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

import claimkit

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Rebels say they took Varnak | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:title" content="Rebels say they took Varnak">
<meta property="article:published_time" content="2025-03-04T08:30:00Z">
<link rel="canonical" href="https://ledger.example/world/2025/03/04/varnak">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Rebels say they took Varnak</h1>
<p>Rebel fighters said on Tuesday they had captured the town of Varnak after two days of
fighting with government forces. At least 12 soldiers were killed, a rebel spokesman said.</p>
<p>The army denied that its forces had withdrawn from Varnak and said the figures were
untrue. The claims could not be independently verified.</p>
<p>Residents said they had heard loud explosions overnight and that the road to the
provincial capital had been closed since Monday.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/a">Floods hit the coast</a></li></ul></aside>
<footer>Copyright 2025 The Daily Ledger. All rights reserved.</footer>
</body></html>
"""

BARE = """<html><head><title>Talks resume in Dosht</title></head><body>
<div class="story"><p>Talks between the two sides resumed in Dosht on Wednesday after a pause of
several weeks, officials said, and both delegations described the first day as constructive.</p>
<p>A second round is expected next month, according to a statement from the mediators.</p></div>
</body></html>"""


@pytest.fixture(autouse=True)
def _needs_trafilatura(request: pytest.FixtureRequest) -> None:
    if "without_trafilatura" not in request.node.name:
        pytest.importorskip("trafilatura")


def test_read_html_keeps_the_article_and_drops_the_chrome() -> None:
    text, _ = claimkit.read_html(PAGE)
    assert text.startswith("Rebels say they took Varnak\n")
    assert "At least 12 soldiers were killed, a rebel spokesman said." in text
    assert "The army denied that its forces had withdrawn from Varnak" in text
    for chrome in ("Sport", "Floods hit the coast", "All rights reserved"):
        assert chrome not in text


def test_read_html_keeps_title_date_outlet_and_url_in_the_source() -> None:
    _, source = claimkit.read_html(PAGE)
    assert source == claimkit.Source(
        name="The Daily Ledger", url="https://ledger.example/world/2025/03/04/varnak",
        published=dt.date(2025, 3, 4), title="Rebels say they took Varnak")


def test_the_url_given_wins_over_the_pages_own() -> None:
    _, source = claimkit.read_html(PAGE, url="https://mirror.example/varnak")
    assert source.url == "https://mirror.example/varnak"


def test_a_title_outside_the_body_leads_the_text() -> None:
    text, source = claimkit.read_html(BARE)
    assert source.title == "Talks resume in Dosht"
    assert text.startswith("Talks resume in Dosht\nTalks between the two sides resumed")
    assert source.published is None  # the page gives no date, and none is made up
    assert source.name is None


def test_extract_html_gives_a_document_with_the_pages_source() -> None:
    doc = claimkit.extract_html(PAGE, id="varnak-1")
    assert doc.id == "varnak-1"
    assert doc.source is not None
    assert doc.source.name == "The Daily Ledger"
    assert doc.source.title == "Rebels say they took Varnak"
    assert doc.source.published == dt.date(2025, 3, 4)
    assert doc.text == claimkit.read_html(PAGE)[0]
    assert doc.to_dict()["source"]["title"] == "Rebels say they took Varnak"


def test_extract_html_published_overrides_the_pages_date() -> None:
    doc = claimkit.extract_html(PAGE, published="2025-03-05")
    assert doc.source is not None
    assert doc.source.published == dt.date(2025, 3, 5)
    assert doc.source.name == "The Daily Ledger"


def test_a_page_without_an_article_gives_empty_text_not_an_error() -> None:
    text, source = claimkit.read_html("<html><body></body></html>", url="https://x.example/")
    assert text == ""
    assert source.url == "https://x.example/"
    assert claimkit.extract_html("<html></html>").text == ""


def test_without_trafilatura_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(claimkit.MissingExtraError, match=r"claimkit\[html\]"):
        claimkit.read_html(PAGE)
    with pytest.raises(ImportError):
        claimkit.extract_html(PAGE)
