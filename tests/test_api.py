"""claimkit.extract(): input checks, publication dates, sources, pipelines, strictness."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Claim, Document, Pipeline, Source, Span, Stage

TEXT = "Two soldiers were killed on Monday in Halvik, the army said."
EMPTY = Pipeline([])


def test_public_api_is_listed() -> None:
    for name in claimkit.__all__:
        assert hasattr(claimkit, name), name
    assert "extract" in claimkit.__all__


@pytest.mark.parametrize("bad", [b"bytes", 42, None, ["a list"]])
def test_non_str_text_is_a_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=f"text must be a str, not {type(bad).__name__}"):
        claimkit.extract(bad, pipeline=EMPTY)  # type: ignore[arg-type]


@pytest.mark.parametrize("published", [
    dt.date(2025, 10, 12),
    dt.datetime(2025, 10, 12, 23, 59),
    "2025-10-12",
    " 2025-10-12 ",
    "2025-10-12T08:30:00",
    "2025-10-12T08:30:00Z",
    "2025-10-12T08:30:00+05:30",
    "20251012",
])
def test_published_accepts_dates_datetimes_and_iso_strings(published: object) -> None:
    doc = claimkit.extract(TEXT, published=published, pipeline=EMPTY)  # type: ignore[arg-type]
    assert doc.source == Source(None, None, dt.date(2025, 10, 12))


@pytest.mark.parametrize("bad", ["yesterday", "12/10/2025", "2025-13-01", "2025-02-30", ""])
def test_unreadable_published_is_a_value_error_naming_it(bad: str) -> None:
    with pytest.raises(ValueError, match=f"published={bad!r} is not a date"):
        claimkit.extract(TEXT, published=bad, pipeline=EMPTY)


def test_published_of_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="published=20251012"):
        claimkit.extract(TEXT, published=20251012, pipeline=EMPTY)  # type: ignore[arg-type]


def test_source_name_and_id_are_carried() -> None:
    doc = claimkit.extract(TEXT, published="2025-10-12", source="Frontier Ledger", id="a-1", pipeline=EMPTY)
    assert doc.id == "a-1"
    assert doc.source == Source("Frontier Ledger", None, dt.date(2025, 10, 12))
    assert doc.to_dict()["source"] == {"name": "Frontier Ledger", "url": None, "published": "2025-10-12"}


def test_a_source_object_takes_published_when_it_has_none() -> None:
    src = Source("Frontier Ledger", "https://example.org/a")
    doc = claimkit.extract(TEXT, published="2025-10-12", source=src, pipeline=EMPTY)
    assert doc.source == Source("Frontier Ledger", "https://example.org/a", dt.date(2025, 10, 12))
    dated = Source("Frontier Ledger", None, dt.date(2025, 1, 1))
    assert claimkit.extract(TEXT, published="2025-10-12", source=dated, pipeline=EMPTY).source == dated


def test_no_source_and_no_date_means_no_source() -> None:
    assert claimkit.extract(TEXT, pipeline=EMPTY).source is None


def test_a_bad_source_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="source=3"):
        claimkit.extract(TEXT, source=3, pipeline=EMPTY)  # type: ignore[arg-type]


def test_the_given_pipeline_runs() -> None:
    def tag(doc: Document) -> Document:
        return doc.add_claims([Claim("casualty", Span(0, 24), {"outcome": "killed"})])

    doc = claimkit.extract(TEXT, pipeline=Pipeline([Stage("tag", tag)]))
    assert [c.id for c in doc.claims] == ["casualty-1"]
    assert doc.text[doc.claims[0].span.start:doc.claims[0].span.end] == "Two soldiers were killed"


def test_strict_reraises_and_lenient_records() -> None:
    def boom(doc: Document) -> Document:
        raise KeyError("side")

    pipeline = Pipeline([Stage("boom", boom)])
    assert claimkit.extract(TEXT, pipeline=pipeline).errors[0].stage == "boom"
    with pytest.raises(KeyError):
        claimkit.extract(TEXT, pipeline=pipeline, strict=True)


@pytest.mark.usefixtures("fresh_plugins")
def test_default_pipeline_is_used_when_none_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMKIT_DISABLE_PLUGIN_AUTOLOAD", "1")
    doc = claimkit.extract(TEXT)
    assert doc.text == TEXT
    json.dumps(doc.to_dict())


@given(st.text(max_size=300))
def test_extract_never_raises_on_any_text(text: str) -> None:
    doc = claimkit.extract(text, published="2025-10-12")
    assert doc.text == text
    assert not doc.errors
    for claim in doc.claims:
        for span in claim.spans():
            assert 0 <= span.start <= span.end <= len(text)
