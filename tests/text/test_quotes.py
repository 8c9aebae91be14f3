"""Quotations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.text import Quotation, quotation_at, quotations


def inner_texts(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in quotations(text)]


def test_straight_double_quotes() -> None:
    text = 'The commander said "we will hold the line" on Monday.'
    assert quotations(text) == (Quotation(19, 42, 20, 41, 0),)
    assert text[19:42] == '"we will hold the line"'


def test_curly_double_quotes() -> None:
    text = "“We have taken the village,” the ministry said."
    (quote,) = quotations(text)
    assert text[quote.start : quote.end] == "“We have taken the village,”"
    assert text[quote.inner_start : quote.inner_end] == "We have taken the village,"
    assert quote.depth == 0


def test_two_quotations_in_one_sentence() -> None:
    text = '"Retreat," he said, "is not an option."'
    assert inner_texts(text) == ["Retreat,", "is not an option."]


@pytest.mark.parametrize(
    "text",
    [
        "“They called it ‘a liberation’ but it was not,” she said.",
        "\"They called it 'a liberation' but it was not,\" she said.",
    ],
)
def test_nested_single_quotes(text: str) -> None:
    outer, inner = quotations(text)
    assert (outer.depth, inner.depth) == (0, 1)
    assert outer.inner_start <= inner.start < inner.end <= outer.inner_end
    assert text[inner.inner_start : inner.inner_end] == "a liberation"
    assert quotation_at(text, inner.inner_start) == inner
    assert quotation_at(text, outer.inner_start) == outer
    assert quotation_at(text, len(text) - 1) is None


def test_british_style_single_outside_double() -> None:
    text = "‘They shouted “surrender” at us,’ he said."
    outer, inner = quotations(text)
    assert text[outer.inner_start : outer.inner_end] == "They shouted “surrender” at us,"
    assert text[inner.inner_start : inner.inner_end] == "surrender"
    assert inner.depth == 1


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's army and Afghanistan’s police don't agree.",
        "The troops' positions and the rebels’ bases were shelled.",
        "Since the ’80s and the '90s, it's been tense.",
        "He's sure they'll say we'd won, didn’t they?",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quotations(text) == ()


def test_apostrophes_inside_a_quotation() -> None:
    text = "She said 'we don't care about Pakistan's plans' and left."
    assert inner_texts(text) == ["we don't care about Pakistan's plans"]


def test_plural_possessive_closes_an_open_single_quote_only_when_one_is_open() -> None:
    text = "He called them 'the generals' and praised the generals' plans."
    assert inner_texts(text) == ["the generals"]


def test_quotation_over_several_sentences() -> None:
    text = '"We will fight. We will not stop. We will win," he said.'
    assert inner_texts(text) == ["We will fight. We will not stop. We will win,"]


def test_quotation_continues_into_next_paragraph_that_opens_with_a_mark() -> None:
    text = "“We will fight on the beaches.\n\n“We will never surrender,” he said.\nNext paragraph."
    (quote,) = quotations(text)
    assert quote.start == 0
    assert text[quote.start : quote.end] == "“We will fight on the beaches.\n\n“We will never surrender,”"


def test_continuation_with_straight_quotes() -> None:
    text = '"First paragraph of the quote.\n"Second paragraph," he said.'
    (quote,) = quotations(text)
    assert text[quote.inner_start : quote.inner_end] == 'First paragraph of the quote.\n"Second paragraph,'


def test_unclosed_quote_is_dropped_at_paragraph_end() -> None:
    text = 'He said "we will fight\nThe army said "no" today.'
    (quote,) = quotations(text)
    assert text[quote.start : quote.end] == '"no"'


def test_a_statement_quoted_in_full_runs_on_over_paragraphs_that_open_with_no_mark() -> None:
    text = ('The ministry published the following communique:\n\n"The army retook the town.\n\n'
            'Four soldiers fell in the line of duty.\n\nCalm has returned."\n\nResidents were sceptical.')
    (quote,) = quotations(text)
    assert text[quote.inner_start : quote.inner_end] == (
        "The army retook the town.\n\nFour soldiers fell in the line of duty.\n\nCalm has returned.")
    # not when the next mark closes it inside a paragraph (an inch mark, a stray mark)
    assert quotations('He said "we will fight\nThe army said no," today.') == ()


def test_unclosed_quote_at_end_of_text_is_dropped_but_inner_closed_one_stays() -> None:
    text = "He said “we will ‘never’ surrender"
    (quote,) = quotations(text)
    assert text[quote.inner_start : quote.inner_end] == "never"
    assert quote.depth == 0  # its enclosing quotation was dropped


def test_closing_mark_without_opener_is_ignored() -> None:
    assert quotations('no opener here” and here" either') == ()


def test_quotation_at_outside_and_on_marks() -> None:
    text = 'a "b" c'
    (quote,) = quotations(text)
    assert quotation_at(text, 0) is None
    assert quotation_at(text, 2) == quote  # the opening mark
    assert quotation_at(text, 4) == quote  # the closing mark
    assert quotation_at(text, 5) is None
    assert quotation_at(text, 100) is None
    assert quotation_at(text, -1) is None


def test_results_are_cached_per_text() -> None:
    text = 'He said "cached".'
    assert quotations(text) is quotations(text)


def brute_force_innermost(found: tuple[Quotation, ...], offset: int) -> Quotation | None:
    containing = [q for q in found if q.start <= offset < q.end]
    return max(containing, key=lambda q: q.depth, default=None)


# Shrinks toward short strings of "a".
QUOTE_ALPHABET = st.sampled_from([*"a1 .,\n\"'“”‘’s-(", "\n\n", "n't", "'s", " '80s"])


@given(st.lists(QUOTE_ALPHABET, max_size=80).map("".join))
def test_any_text_gives_well_formed_nested_quotations(text: str) -> None:
    found = quotations(text)
    assert list(found) == sorted(found, key=lambda q: q.start)
    for q in found:
        assert 0 <= q.start < q.inner_start <= q.inner_end < q.end <= len(text)
        assert (q.inner_start, q.inner_end) == (q.start + 1, q.end - 1)
        assert text[q.start] in "\"“‘'"
        assert text[q.end - 1] in "\"”’'"
    for q in found:
        # Two quotations are disjoint or one lies inside the other's inner span, and the
        # depth counts the quotations around it.
        around = [r for r in found if r.start < q.start < r.end]
        for r in around:
            assert r.inner_start <= q.start
            assert q.end <= r.inner_end
        assert q.depth == len(around)
    for offset in range(-1, len(text) + 2):
        assert quotation_at(text, offset) == brute_force_innermost(found, offset)


def short_id(text: str) -> str:
    """A readable test id for a long generated input."""
    return f"{text[:12]!r}...{len(text)}"


@pytest.mark.parametrize(
    "text",
    [
        "“‘" * 5_000 + "”" * 5_000,
        "“‘" * 5_000 + "\n\n" + "’”" * 5_000,
        '"' * 100_000,
        "'a " * 50_000,
        "“a\n" * 50_000,
        ("“" * 1_000 + "\n“") * 50,
        "‘x’ ”" * 20_000,
    ],
    ids=short_id,
)
def test_many_unbalanced_quotes_complete(text: str) -> None:
    for q in quotations(text):
        assert 0 <= q.start < q.end <= len(text)
