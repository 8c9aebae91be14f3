"""The reading copy without scare quotes: same length, only quote marks become spaces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.extractors._unquoted import unquoted


def whole(text: str) -> str:
    return unquoted(text, [(0, len(text))])


@pytest.mark.parametrize(("text", "expected"), [
    ('forces have "liberated" the villages', "forces have  liberated  the villages"),
    ('back from “several forward positions” near', "back from  several forward positions  near"),
    ('killed "more than 50 soldiers and militiamen".', "killed  more than 50 soldiers and militiamen ."),
    ('"25 people died here," he said.', " 25 people died here,  he said."),
])
def test_figures_and_short_phrases_lose_their_quote_marks(text: str, expected: str) -> None:
    assert whole(text) == expected


@pytest.mark.parametrize("text", [
    '"We took the town," the commander said.',  # a statement: punctuation inside
    'He called it "fantasy." She said more.',
    'would "bomb the [expletive] out of" oil fields',  # brackets, and five words
    'the so"called" word',  # a mark inside a word
])
def test_statements_keep_their_quote_marks(text: str) -> None:
    assert whole(text) == text


def test_only_the_given_ranges_are_read() -> None:
    text = 'One "word" here. Two "words" there.'
    assert unquoted(text, [(17, len(text))]) == 'One "word" here. Two  words  there.'


@given(st.text(alphabet='ab 1,."“”\n', max_size=60))
def test_the_copy_keeps_every_offset(text: str) -> None:
    copy = whole(text)
    assert len(copy) == len(text)
    assert all(a == b or (a in '"“”' and b == " ") for a, b in zip(text, copy, strict=True))
