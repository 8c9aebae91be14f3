"""Sentence and paragraph spans."""

from __future__ import annotations

import itertools
import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from claimkit.text import _sentences, paragraph_spans, sentence_at, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def assert_tiles(text: str, spans: tuple[tuple[int, int], ...]) -> None:
    if not text:
        assert spans == ()
        return
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end == start
    assert all(start < end for start, end in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Mrs. Jones and Dr. Brown.",
        "Gen. Petraeus and Lt. Col. Vindman testified.",
        "Capt. Ali, Sgt. Omar, Maj. Lee and Brig. Gen. Haftar arrived.",
        "Gov. Hochul, Sen. Reed and Rep. Smith agreed.",
        "Rev. King and Prof. Chomsky spoke in St. Petersburg.",
        "Martin Luther King Jr. Day and Frank Sinatra Sr. Records.",
        "The U.S. Army withdrew.",
        "The U.N. Security Council met with U.K. Foreign Office staff.",
        "The strike happened at 5 p.m. Monday and 9 a.m. Tuesday.",
        "John F. Kennedy was shot.",
        "Malcolm X. Jones spoke.",
        "Prices rose 3.5 percent to 1,200.75 dollars.",
        "No. 10 Downing Street said so.",
        "On Oct. 7 militants attacked, and on Sept. 11 planes hit.",
        "It was Iran vs. Iraq in the final.",
        "Shells, rockets, drones, etc. were fired.",
        '"We will fight," he said.',
        '"We will fight!" he said.',
        '"Will you fight?" she asked.',
        "“We will fight.” he said, oddly.",
    ],
)
def test_no_split_inside(text: str) -> None:
    assert sentence_spans(text) == ((0, len(text)),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left. ", "She stayed."]),
        ("Really? Yes! Fine.", ["Really? ", "Yes! ", "Fine."]),
        ('"We won." He said so.', ['"We won." ', "He said so."]),
        ("“We won.” He said so.", ["“We won.” ", "He said so."]),
        ('He spoke. "No," she replied.', ["He spoke. ", '"No," she replied.']),
        ("Shells, rockets, etc. The army denied it.", ["Shells, rockets, etc. ", "The army denied it."]),
        ("He died in 2014. 15 people were hurt.", ["He died in 2014. ", "15 people were hurt."]),
        ("The answer was No. Then they left.", ["The answer was No. ", "Then they left."]),
        ("(It was late.) Nobody came.", ["(It was late.) ", "Nobody came."]),
        ("Wait... What happened?", ["Wait... ", "What happened?"]),
        # the platform X is no initial
        ("He wrote on X. Roe said more.", ["He wrote on X. ", "Roe said more."]),
        ("It was posted via X. Roe said more.", ["It was posted via X. ", "Roe said more."]),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_headlines_and_paragraphs_split_at_newlines() -> None:
    text = "Ukraine says troops advance near Bakhmut\nKYIV (Reuters) - Troops advanced\n\nThe army said"
    assert sentences(text) == [
        "Ukraine says troops advance near Bakhmut\n",
        "KYIV (Reuters) - Troops advanced\n\n",
        "The army said",
    ]


def test_trailing_whitespace_belongs_to_previous_sentence() -> None:
    text = "  One.  Two.   \n  \n"
    assert sentences(text) == ["  One.  ", "Two.   \n  \n"]


def test_empty_and_blank_text() -> None:
    assert sentence_spans("") == ()
    assert paragraph_spans("") == ()
    assert sentence_spans(" \n\n ") == ((0, 4),)


def test_paragraph_spans_split_at_each_run_of_newlines() -> None:
    text = "Headline\nFirst para. Still first.\n\n\nSecond para.\r\nThird"
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Headline\n",
        "First para. Still first.\n\n\n",
        "Second para.\r\n",
        "Third",
    ]


def test_sentence_at() -> None:
    text = "He left. She stayed."
    assert sentence_at(text, 0) == (0, 9)
    assert sentence_at(text, 8) == (0, 9)  # the space after "left."
    assert sentence_at(text, 9) == (9, 20)
    assert sentence_at(text, 20) == (9, 20)  # the end of the text
    with pytest.raises(IndexError):
        sentence_at(text, 21)
    with pytest.raises(IndexError):
        sentence_at(text, -1)
    with pytest.raises(IndexError):
        sentence_at("", 0)


def test_results_are_cached_per_text() -> None:
    text = "Cached once. Asked twice."
    assert sentence_spans(text) is sentence_spans(text)
    assert paragraph_spans(text) is paragraph_spans(text)


# Shrinks toward short strings of "a", which must give one span.
SENTENCE_ALPHABET = st.sampled_from(list("aA1 .!?\n\r\t\"'“”‘’()SU.Mr"))


@given(st.text(SENTENCE_ALPHABET) | st.text())
def test_sentence_spans_tile_any_text(text: str) -> None:
    assert_tiles(text, sentence_spans(text))


@given(st.text(SENTENCE_ALPHABET) | st.text())
def test_paragraph_spans_tile_any_text(text: str) -> None:
    spans = paragraph_spans(text)
    assert_tiles(text, spans)
    # Every paragraph boundary is a sentence boundary.
    assert {s for s, _ in spans} <= {s for s, _ in sentence_spans(text)}


def short_id(text: str) -> str:
    """A readable test id for a long generated input."""
    return f"{text[:12]!r}...{len(text)}"


@pytest.mark.parametrize(
    "text",
    [
        "a" * 500_000,  # 500 KB without spaces
        "." * 500_000,
        "." * 20_000 + " A",  # 20,000 periods
        "a. " * 350_000,  # about 1 MB, one sentence
        "word " * 200_000 + "end.",  # 1 MB single sentence
        "A. " * 200_000,  # initials: a candidate at every period
        "\n" * 300_000 + "x",
        " " * 300_000 + "\n" * 300_000,
        "Mr. " * 100_000,
        '."' * 200_000 + " A",
    ],
    ids=short_id,
)
def test_pathological_inputs_complete(text: str) -> None:
    spans = sentence_spans(text)
    assert_tiles(text, spans)
    assert_tiles(text, paragraph_spans(text))


ABBREVIATION_SOUP = st.lists(st.sampled_from([
    "Mr.", "Gen.", "Prof.", "Sept.", "No.", "U.S.", "F.", "etc.", "vs.", "Capt.", "Profs.", "Mister.",
    "killed.", "said.", "war.", "5", "Roe", "the", "3.5", "Jan.", "Cmdr.", "Abcde.", "é.", "Ωmega.",
]), max_size=30).map(" ".join)


@given(ABBREVIATION_SOUP)
def test_the_quick_answer_for_long_words_agrees_with_the_full_reading(text: str) -> None:
    # a word longer than any abbreviation before a period is answered without the pattern;
    # the split must be the one the pattern alone gives
    quick = _sentences._boundaries(text)
    saved = _sentences._LONGEST_ABBREVIATION
    _sentences._LONGEST_ABBREVIATION = 10**9  # never quick
    try:
        assert quick == _sentences._boundaries(text)
    finally:
        _sentences._LONGEST_ABBREVIATION = saved


def test_the_whitespace_after_a_line_break_is_regexs_whitespace() -> None:
    # the line-break scan runs in the standard library's engine with regex's \s spelt out:
    # the same characters, no more (re's own \s would also take \x1c-\x1f)
    spelt_out = re.compile(f"[{_sentences._WHITESPACE}]")
    reference = regex.compile(r"\s")
    differ = [hex(c) for c in range(0x3100)
              if bool(spelt_out.match(chr(c))) != bool(reference.match(chr(c)))]
    assert differ == []
