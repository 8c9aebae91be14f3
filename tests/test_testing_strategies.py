"""claimkit.testing: the strategies draw what they promise, shrink where they say, match fairly."""

from __future__ import annotations

import subprocess
import sys

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

import claimkit
from claimkit import Claim, Count, Document, Snippet, Span, Speaker
from claimkit.testing import (
    PLUGIN_KINDS,
    Planted,
    casualty_sentences,
    claims,
    counts,
    denial_sentences,
    documents,
    number_phrases,
    same_name,
    spans,
    strategies,
    territorial_sentences,
    unmatched,
)
from claimkit.text import find_numbers

Drawn = tuple[str, tuple[Planted, ...]]


def test_importing_claimkit_imports_no_test_or_optional_dependency() -> None:
    code = ("import sys, claimkit; "
            "print(sorted(m for m in ('hypothesis', 'pandas', 'trafilatura', 'dask', 'jsonschema') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_strategies_module_is_the_same_namespace() -> None:
    import claimkit.testing as testing

    assert strategies.__all__ == testing.__all__
    assert all(getattr(strategies, n) is getattr(testing, n) for n in testing.__all__)


# -- value strategies -----------------------------------------------------------------------
@given(st.data(), st.text(max_size=30))
def test_spans_lie_in_the_text(data: st.DataObject, text: str) -> None:
    span = data.draw(spans(text))
    assert 0 <= span.start <= span.end <= len(text)


@given(st.data(), st.text(min_size=1, max_size=30))
def test_nonempty_spans_cover_a_character(data: st.DataObject, text: str) -> None:
    span = data.draw(spans(text, nonempty=True))
    assert span.end - span.start >= 1


def test_nonempty_span_of_empty_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        find(spans("", nonempty=True), lambda s: True)


def test_spans_and_counts_shrink_toward_the_smallest() -> None:
    assert find(spans("Two soldiers were killed."), lambda s: True) == Span(0, 0)
    assert find(spans("abc", nonempty=True), lambda s: True) == Span(0, 1)
    assert find(counts(), lambda c: True) == Count(None)
    assert find(counts(), lambda c: c.best is not None) == Count(0)


@given(documents())
def test_documents_are_valid_and_round_trip(doc: Document) -> None:
    again = Document.from_dict(doc.to_dict())  # the constructor re-checks every span
    assert again.to_dict() == doc.to_dict()
    ids = [c.id for c in doc.claims]
    assert len(set(ids)) == len(ids)
    for claim in doc.claims:
        if claim.kind == "contradiction":
            assert set(claim.data["claims"]) <= set(ids)
        for span in claim.spans():
            assert span.end <= len(doc.text)


def test_documents_shrink_toward_an_empty_one() -> None:
    assert find(documents(), lambda d: True) == Document("")
    smallest = find(documents(), lambda d: len(d.claims) >= 1)
    (claim,) = smallest.claims
    assert (claim.kind, claim.data, claim.status) == (PLUGIN_KINDS[0], {}, "asserted")
    assert smallest.text == ""
    casualty = find(claims("abc", kinds=("casualty", "territorial")), lambda c: True)
    assert casualty.kind == "casualty"
    assert casualty.data["count"].best is None


def test_documents_draw_every_kind() -> None:
    kinds: set[str] = set()

    @settings(max_examples=300, database=None)
    @given(documents())
    def collect(doc: Document) -> None:
        kinds.update(c.kind for c in doc.claims)

    collect()
    assert {"casualty", "territorial", "denial", "contradiction"} <= kinds
    assert kinds - set(claimkit._model.KINDS)  # and plugin kinds


# -- planted sentences ----------------------------------------------------------------------
def check_planted(text: str, expected: tuple[Planted, ...]) -> None:
    """What every planted text promises: its evidence is in it, where it says."""
    assert expected
    for planted in expected:
        sentence = text[planted.sentence.start:planted.sentence.end]
        assert sentence.endswith(".")
        assert not sentence[0].islower()
        if planted.speaker:
            assert planted.speaker.lower() in sentence.lower()
        for key, value in planted.data.items():
            if isinstance(value, Count):
                assert value.text in sentence
            elif isinstance(value, Snippet):
                assert text[value.span.start:value.span.end] == value.text
                assert planted.sentence.contains(value.span)
            elif isinstance(value, str) and key in ("group", "object", "place", "actor", "denier"):
                assert value.lower() in sentence.lower()


@given(casualty_sentences())
def test_casualty_sentences_plant_what_they_expect(drawn: Drawn) -> None:
    text, expected = drawn
    check_planted(text, expected)
    assert all(p.kind == "casualty" for p in expected)
    assert all(p.data["outcome"] in claimkit._model.OUTCOMES for p in expected)


@given(territorial_sentences())
def test_territorial_sentences_plant_what_they_expect(drawn: Drawn) -> None:
    text, expected = drawn
    check_planted(text, expected)
    assert expected[0].data["action"] in claimkit._model.ACTIONS


@given(denial_sentences())
def test_denial_sentences_plant_what_they_expect(drawn: Drawn) -> None:
    text, expected = drawn
    check_planted(text, expected)
    assert "den" in text or "reject" in text or "dismiss" in text or "untrue" in text


@given(number_phrases())
def test_number_phrases_say_their_count(drawn: tuple[str, Count]) -> None:
    text, count = drawn
    (mention,) = find_numbers(text)  # read as claimkit's own number reader reads it
    assert (mention.best, mention.low, mention.high, mention.qualifier, mention.text) == (
        count.best, count.low, count.high, count.qualifier, count.text)
    assert count.text == text
    assert count.best is not None
    assert (count.low == count.best) == (count.qualifier in ("exact", "at_least", "more_than"))
    assert (count.high == count.best) == (count.qualifier in ("exact", "at_most"))


@pytest.mark.parametrize(("strategy", "smallest"), [
    (casualty_sentences(), "2 soldiers were killed."),
    (territorial_sentences(), "Rebel fighters captured Varnak."),
    (denial_sentences(), "The army denied that 2 soldiers had been killed."),
    (number_phrases(), "2"),
])
def test_planted_texts_shrink_where_their_docstrings_say(strategy: st.SearchStrategy[tuple[str, object]],
                                                          smallest: str) -> None:
    assert find(strategy, lambda drawn: True)[0] == smallest


# -- matching ---------------------------------------------------------------------------------
def _claim_for(text: str, planted: Planted, **changes: object) -> Claim:
    data = dict(planted.data)
    speaker = None
    if planted.speaker:
        start = text.lower().index(planted.speaker.lower())
        words = text[start:start + len(planted.speaker)]
        cue = Snippet(text[planted.sentence.start:planted.sentence.start + 1],
                      Span(planted.sentence.start, planted.sentence.start + 1))
        speaker = claimkit.Attribution(Speaker(words, Span(start, start + len(words))), cue, cue)
    claim = Claim(planted.kind, planted.sentence, data, attribution=speaker)
    return attrs.evolve(claim, **changes)


@given(st.one_of(casualty_sentences(), territorial_sentences(), denial_sentences()))
def test_a_claim_built_from_the_expectation_matches_it(drawn: Drawn) -> None:
    text, expected = drawn
    doc = Document(text).add_claims(_claim_for(text, p) for p in expected)
    assert unmatched(expected, doc) == ()
    for planted in expected:
        assert planted.find(doc) is not None


def test_a_wrong_figure_kind_place_or_speaker_does_not_match() -> None:
    text = "12 soldiers were killed in Varnak, the army said."
    planted = Planted("casualty", {"outcome": "killed", "count": Count(12, text="12"), "group": "soldiers",
                                   "side": None}, Span(0, len(text)), "the army")
    good = _claim_for(text, planted)
    assert planted.matches(good)
    assert planted.matches(attrs.evolve(good, data={**good.data, "group": "Soldiers"}))
    assert planted.matches(attrs.evolve(good, data={**good.data, "side": "anyone"}))  # None: unchecked
    assert not planted.matches(attrs.evolve(good, data={**good.data, "count": Count(13)}))
    assert not planted.matches(attrs.evolve(good, data={**good.data, "count": Count(12, 12, None,
                                                                                    "at_least")}))
    assert not planted.matches(attrs.evolve(good, data={**good.data, "outcome": "wounded"}))
    assert not planted.matches(attrs.evolve(good, data={**good.data, "group": "civilians"}))
    assert not planted.matches(attrs.evolve(good, kind="territorial"))
    assert not planted.matches(attrs.evolve(good, attribution=None))
    outside = Planted("casualty", planted.data, Span(len(text), len(text) + 5))
    assert not outside.matches(good)
    assert "casualty(outcome='killed'" in planted.describe()


def test_same_name() -> None:
    assert same_name("The army", "army")
    assert same_name("Pakistani soldiers", "soldiers")
    assert not same_name("soldiers", "")
    assert not same_name("soldiers", None)
    assert not same_name("the army", "rebels")


# -- the built-in extractors against planted texts (once they are in the pipeline) ----------
def _needs_stage(name: str) -> None:
    if name not in claimkit.default_pipeline().names:
        pytest.skip(f"no {name!r} stage in the pipeline yet")


@given(st.lists(st.one_of(casualty_sentences(), territorial_sentences(), denial_sentences()),
                min_size=1, max_size=4))
def test_no_stage_fails_on_an_article_of_planted_sentences(drawn: list[Drawn]) -> None:
    # a stage that raises is recorded, not raised: this makes such a slip loud
    doc = claimkit.extract(" ".join(text for text, _ in drawn))
    assert doc.errors == (), doc.errors


@given(casualty_sentences())
def test_casualty_extractor_finds_planted_casualties(drawn: Drawn) -> None:
    _needs_stage("casualty")
    _needs_stage("attribution")  # planted figures carry a speaker
    text, expected = drawn
    doc = claimkit.extract(text)
    assert not unmatched(expected, doc), ([p.describe() for p in unmatched(expected, doc)], doc.claims)


@given(territorial_sentences())
def test_territorial_extractor_finds_planted_claims(drawn: Drawn) -> None:
    _needs_stage("territorial")
    text, expected = drawn
    doc = claimkit.extract(text)
    assert not unmatched(expected, doc), ([p.describe() for p in unmatched(expected, doc)], doc.claims)


@given(denial_sentences())
def test_denial_extractor_finds_planted_denials(drawn: Drawn) -> None:
    _needs_stage("denial")
    text, expected = drawn
    doc = claimkit.extract(text)
    assert not unmatched(expected, doc), ([p.describe() for p in unmatched(expected, doc)], doc.claims)
