"""The casualty stage's pre-read test: a sentence it turns away would have told no casualty."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit._examples import example_articles
from claimkit.extractors import _casualty_lexicon as lex
from claimkit.extractors._casualty import candidate_sentences
from claimkit.extractors._casualty_find import sentence_mentions
from claimkit.extractors._casualty_gate import _FIGURE_START, may_tell_outcome
from claimkit.extractors._casualty_group import figures
from claimkit.extractors._casualty_single import single_mentions


def _told(text: str, start: int, end: int) -> bool:
    found = sentence_mentions(text, start, end)
    return bool(found or single_mentions(text, start, end, found))


def _texts() -> list[str]:
    """The example articles, and every line of the casualty tests (their wordings)."""
    texts = [a.text for a in example_articles()]
    for path in sorted(Path(__file__).parent.glob("test_casualty*.py")):
        texts += path.read_text(encoding="utf-8").splitlines()
    return texts


def test_every_sentence_that_tells_a_casualty_passes() -> None:
    read = 0
    for text in _texts():
        for start, end in candidate_sentences(text):
            if _told(text, start, end):
                read += 1
                assert may_tell_outcome(text, start, end), text[start:end]
    assert read > 200


def test_every_figure_starts_where_the_gate_expects_one() -> None:
    # (a verb that tells an outcome only before a figure lets its sentence through only where
    # one may start)
    start = re.compile(_FIGURE_START)
    seen = 0
    for text in _texts():
        padded = " " + text.lower()
        for s, e in candidate_sentences(text):
            for f in figures(text, s, e):
                seen += 1
                assert start.match(padded, f.start + 1), text[f.start:f.end]
    assert seen > 500


@pytest.mark.parametrize("text", [
    "Rebels held 28 soldiers for two days.", "The army lost the 12 men it sent.",
    "The gunmen took him and six others.", "The gunmen took him and  at least six others.",
    "The militia held ,  some 30 villagers.",
])
def test_a_verb_before_a_figure_passes(text: str) -> None:
    assert may_tell_outcome(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "The chief executive said the deadline was the condition for stability.",
    "A fellow senator from San Diego met Loretta Lynch to discuss her executive order.",
    "The senator held talks in Ohio and lost the vote; his party took note.",
])
def test_a_sentence_with_a_trigger_word_but_no_outcome_is_turned_away(text: str) -> None:
    assert list(candidate_sentences(text))
    assert not may_tell_outcome(text, 0, len(text))


@pytest.mark.parametrize("text", ["The blast claimed at least 16 lives.", "The raid cost three lives."])
def test_lives_after_a_verb_that_takes_them_pass(text: str) -> None:
    assert _told(text, 0, len(text))
    assert may_tell_outcome(text, 0, len(text))
    assert not may_tell_outcome("They live their lives in fear of the executive.", 0, 47)


# Outcome words of every table and figures, in any case, with letters and digits around them.
_PIECES = st.sampled_from([
    *sorted(lex.PASSIVE)[::7], *sorted(lex.ACTIVE)[::3], *sorted(lex.NOUN_BEFORE)[::5],
    "two", "12", "a", "soldier", "soldiers", "were", "was", "the", "no", "one", "of", "them",
    "and", "x", "5", "é", "-", ", ", ". ", "\n", "“", "'",
])


@given(st.lists(st.tuples(_PIECES, st.booleans(), st.sampled_from(["", " "])), max_size=14))
def test_the_gate_passes_every_generated_sentence_that_tells_one(parts: list[tuple[str, bool, str]]) -> None:
    text = "".join((p.upper() if up else p) + gap for p, up, gap in parts)
    if _told(text, 0, len(text)):
        assert may_tell_outcome(text, 0, len(text))
