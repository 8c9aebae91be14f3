"""Shortcuts in the attribution stage's scans give what the full scans give.

Every sentence here is generated from our own word list.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit.extractors import _attribution_before, _attribution_np

# Words the subject scan treats specially: determiners, quantifiers ("more than half of"),
# prepositions, titles, names, possessives, brackets, dashes and commas.
PHRASE_WORDS = st.lists(st.sampled_from([
    "the", "a", "more", "than", "more than", "half", "of", "those", "in", "for", "and", "to", "close",
    "spokesman", "news", "site", "retired", "officials", "Jane", "Roe", "Varnia", "Ministry",
    "the party's", "'s", "-", "--", "&", "(", ")", "D-Ore.", ",", "said", "that", "he",
    "widening", "income", "generation", "Sunday", "on", "here", "U.S.", "two-thirds", "x" * 30,
]), min_size=1, max_size=30).map(" ".join)


def source_before(text: str, short_window: int) -> tuple[int, int] | None:
    """``source_before`` over the whole text, reading ``short_window`` characters first."""
    saved = _attribution_before._SHORT_WINDOW
    _attribution_before._SHORT_WINDOW = short_window
    try:
        return _attribution_before.source_before(text, 0, len(text))
    finally:
        _attribution_before._SHORT_WINDOW = saved


def whole_window_source_before(text: str) -> tuple[int, int] | None:
    return source_before(text, 10_000)


@settings(max_examples=300)  # cheap, and the edge cases are narrow
@given(PHRASE_WORDS)
def test_the_short_window_finds_the_subject_the_whole_window_finds(text: str) -> None:
    # whatever the short window's size, the subject is the one the whole window gives
    whole = whole_window_source_before(text)
    for short in range(1, len(text)):
        assert source_before(text, short) == whole, short


def test_a_quantifier_at_the_short_windows_edge_reads_on() -> None:
    # "more than" opens the short window: the scan must go on to the words before it
    text = "widening income inequality -- more than two-thirds of those in the nation's rising generation"
    found = _attribution_before.source_before(text, 0, len(text))
    assert found == whole_window_source_before(text)
    assert found is not None
    assert text[found[0]:found[1]].startswith("widening")


# The token pattern spelled plainly: a letter, digit, "$" or "%", then letters, digits and inner
# marks ending in a letter, digit or "%", then a period; or one mark. TOKEN is this unrolled.
PLAIN_TOKEN = re.compile(r"(?:[^\W_]|[$%])(?:(?:[^\W_]|['’.&\-/])*(?:[^\W_]|%))?\.?|[^\s\w]|_")


def token_words(text: str) -> list[str]:
    return [word for _, _, word in _attribution_np.tokens(text, 0, len(text))]


def test_tokens_keep_inner_marks_and_split_at_the_rest() -> None:
    assert token_words("U.S. officials' rock-'n'-roll 5% $40 AT&T co_op -- 'x'") == [
        "U.S.", "officials", "'", "rock-'n'-roll", "5%", "$40", "AT&T", "co", "_", "op",
        "-", "-", "'", "x", "'"]
    # marks before a "%" stay with it; a combining accent is no letter to ``re`` (a mark)
    assert token_words("3.-% 3-.%. a/b/ e\u0301x") == ["3.-%", "3-.%.", "a/b", "/", "e", "\u0301", "x"]


@settings(max_examples=500)
@given(st.text(alphabet="aZ9_$%'’.&-/ ,é١\u0301\n", max_size=40))
def test_the_unrolled_token_pattern_reads_as_the_plain_one(text: str) -> None:
    expected = [(m.start(), m.end(), m.group()) for m in PLAIN_TOKEN.finditer(text)]
    assert _attribution_np.tokens(text, 0, len(text)) == expected


@settings(max_examples=500)
@given(st.text(alphabet="aZ9_$%'’.&-/ ,é\u0301\t\n\xa0\x1c\u2028\u3000", max_size=40), st.data())
def test_tokens_offsets_are_the_matches_spans(text: str, data: st.DataObject) -> None:
    # (the offsets are found by skipping spaces between the words: every kind of space, and
    # a window that starts or ends inside a word)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = [(m.start(), m.end(), m.group()) for m in _attribution_np.TOKEN.finditer(text, lo, hi)]
    assert _attribution_np.tokens(text, lo, hi) == expected
