"""The reading copy without scare quotes: which quotations are read through, and offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.extractors._unquoted import opening_marks, quoted_phrase, unquoted


def read_through(text: str) -> str:
    """``text`` with every quotation :func:`quoted_phrase` accepts made transparent."""
    quotes: list[tuple[int, int]] = []
    for mark in opening_marks(text, 0, len(text)):
        if quotes and mark <= quotes[-1][1]:
            continue
        close = quoted_phrase(text, mark, len(text))
        if close is not None:
            quotes.append((mark, close))
    return unquoted(text, quotes)


@pytest.mark.parametrize(("text", "expected"), [
    ('forces have "liberated" the villages', "forces have  liberated  the villages"),
    ('back from “several forward positions” near', "back from  several forward positions  near"),
    ('killed "more than 50 soldiers and militiamen".', "killed  more than 50 soldiers and militiamen ."),
    ('"25 people died here," he said.', " 25 people died here,  he said."),
])
def test_figures_and_short_phrases_lose_their_quote_marks(text: str, expected: str) -> None:
    assert read_through(text) == expected


@pytest.mark.parametrize("text", [
    '"We took the town," the commander said.',  # a statement: punctuation inside
    'He called it "fantasy." She said more.',
    'would "bomb the [expletive] out of" oil fields',  # brackets, and five words
    'the so"called" word',  # a mark inside a word
])
def test_statements_keep_their_quote_marks(text: str) -> None:
    assert read_through(text) == text


def test_marks_are_found_only_in_the_range() -> None:
    text = 'One "word" here. Two “words” there.'
    assert list(opening_marks(text, 10, len(text))) == [text.index("“")]


@given(st.text(alphabet='ab 1,."“”\n', max_size=60))
def test_the_copy_keeps_every_offset(text: str) -> None:
    copy = read_through(text)
    assert len(copy) == len(text)
    assert all(a == b or (a in '"“”' and b == " ") for a, b in zip(text, copy, strict=True))
