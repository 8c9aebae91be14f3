"""Shortcuts in the attribution stage's scans give what the full scans give.

Every sentence here is generated from our own word list.
"""

from __future__ import annotations

import re

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimkit.extractors import (
    _attribution_before,
    _attribution_mention,
    _attribution_mention_bodies,
    _attribution_np,
    _attribution_parse,
    _attribution_preposed,
    _attribution_referents,
    _attribution_speakers,
    _attribution_subject,
    _attribution_triggers,
    _attribution_verb_reading,
    _attribution_verbs,
    _words,
)

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
    saved = _attribution_subject._SHORT_WINDOW
    _attribution_subject._SHORT_WINDOW = short_window
    try:
        return _attribution_before.source_before(text, 0, len(text))
    finally:
        _attribution_subject._SHORT_WINDOW = saved


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


# Letters whose case folding is special ("İ", "ſ", "K", "ı"), other cases, spaces and marks
# around the words the quick tests look for.
FOLD_SOUP = st.lists(st.sampled_from([
    "on", "ON", "On", "to", "TO", "go", "GOES", "went", "Went", "going", "gone", "ſaid", "İn", "ın", "\u212a",
    "against", "upon", "sharply", "only", "Twitter", "the", "Telegram", "-", " ", "  ", "\t", "\n", "\xa0",
    ",", ".", "x", "é", "3", "_",
]), max_size=14).map("".join)


@settings(max_examples=500)
@given(FOLD_SOUP)
def test_the_quick_tests_after_the_cue_pass_wherever_the_patterns_match(text: str) -> None:
    # after the cue: the word _PARTICLE reads there tells whether "on Twitter" or "sharply" may follow
    pm = _attribution_verb_reading._PARTICLE.match(text, 0, len(text))
    after = pm.group(1) if pm is not None else None
    if _attribution_verb_reading._ON_PLATFORM.match(text, 0, len(text)) is not None:
        assert after == "on"
    if _attribution_verb_reading._CUE_TAIL.match(text, 0, len(text)) is not None:
        assert after is None or after.endswith(_attribution_verb_reading._TAIL_ENDS)


def test_the_quick_tests_pass_before_the_patterns_after_the_cue_that_match() -> None:
    assert _attribution_verb_reading._ON_PLATFORM.match(" on Twitter", 0) is not None
    assert _attribution_verb_reading._CUE_TAIL.match(" sharply-worded", 0) is not None
    assert _attribution_verb_reading._PARTICLE.match(" sharply-worded", 0) is None  # (no word for _PARTICLE)


# Pieces of the phrases the quick tests in front of the stage's patterns look for, with the
# spaces and marks around them.
QUICK_SOUP = st.lists(st.sampled_from([
    "8", "10:30", "0400", " am", " GMT", "p.m.", "evening", "Dawn", "the", "The", " the ", "a", " who ",
    "went", " to ", " on ", " and ", "and", " here", "Thus", "thus", "\x1c", "\t", "\n", " ", ",", ";",
    " adding", "One", "the other", "another", "The agency", "the rights group", "al-", "ibn-", "Baghdadi",
    "“", "”", "killing", "Monday", "'", "In", " in ", "Ituri", "Colonel", "Jo Roe", "spokesman", "but", "Or",
    "x", "é", "ſ",
]), max_size=12).map("".join)

# (pattern, how it is tried on a text, the quick test that must pass wherever it matches)
QUICK_TESTS = [
    (_attribution_before._TIME_LEFT.match, lambda t: t[:1] in _attribution_before._TIME_LEFT_INITIALS),
    (_attribution_before._WHO_CLAUSE_TO_OBJECT.search, lambda t: "who" in t),
    (_attribution_before._AND_BEFORE.search, lambda t: "and" in t),
    (_attribution_subject._TRAILING_ADVERB.search,
     lambda t: t.rstrip().endswith(_attribution_subject._TRAILING_ADVERBS)),
    (_attribution_preposed._CONJUNCTION.match, lambda t: t[:1] in "aAbBoO"),
    (_attribution_preposed._PARTICIPLE_CUT.search, lambda t: "," in t or ";" in t),
    (_attribution_speakers._ONE_OF_SEVERAL.fullmatch, lambda t: t[:1] in "oOtTaA"),
    (_attribution_referents.GENERIC_BODY.fullmatch, lambda t: t[:1] in "tT"),
    (_words._JOINED_PARTICLE.match, lambda t: "-" in t[2:4]),
    (_attribution_parse._COMMA_QUOTE_BEFORE.search, lambda t: "," in t),
    (_attribution_mention._PLACE_THEN_RANK.search, lambda t: "," in t),
    (_attribution_mention._PLACE_THEN_NAME.search, lambda t: "," in t),
]


@settings(max_examples=1000)
@given(QUICK_SOUP)
@example("Dawn the ")
@example("a man who went to ")
@example("Roe and ")
@example("people here \x1c")
@example("people here ")
@example("and said")
@example("T, adding")
@example("the other")
@example("The rights agency")
@example("ibn-Baghdadi")
@example(",” ")
@example("spokesman in Ituri, Colonel Jo Roe")
@example("spokesman in Ituri, Jo Roe")
def test_the_quick_tests_pass_wherever_their_patterns_match(text: str) -> None:
    for read, quick in QUICK_TESTS:
        if read(text) is not None:
            assert quick(text), (read, text)


def test_the_examples_match_their_patterns() -> None:
    # (so that the examples above try every quick test on a match)
    texts = ["Dawn the ", "a man who went to ", "Roe and ", "people here ", "and said",
             "T, adding", "the other", "The rights agency", "ibn-Baghdadi", ",” ",
             "spokesman in Ituri, Colonel Jo Roe", "spokesman in Ituri, Jo Roe"]
    for read, _ in QUICK_TESTS:
        assert any(read(t) is not None for t in texts), read


@settings(max_examples=500)
@given(st.lists(st.sampled_from([
    "charity", "CHARITY", "Group", "grOUp", "organisation", "ngo", "NGO", "think", "thınk", "THİNK", "\u212a",
    "network", "watchdog", "the", " ", "ſ", "é", "x",
]), max_size=8).map("".join))
def test_the_describing_word_test_reads_every_case_as_the_case_folding_scan(text: str) -> None:
    # ASCII texts take the lowercase scan; the rest the case-folding one
    assert _attribution_mention_bodies.describing_word(text) == bool(
        re.search(_attribution_mention_bodies._DESCRIBING_WORDS, text, re.IGNORECASE))


# The words of the patterns before a cue word, which plausible_verb reads right to left.
BEFORE_CUE_SOUP = st.lists(st.sampled_from([
    "the", "a", "an", "his", "its", "'s", "’s", "of", "with", "two", "Twelve", "dozens", "12", "1,200",
    "Article", "in", "a", "message", "statement", "posted", "Ukrainian", "Sudanese", "second", "bomb", "car",
    "Brewer", "an early supporter of Trump", "Brewer, a supporter of Trump,", "in a message", "pledged",
    "new", "latest", "x", "-", ")", ".", ",", " ", "\n", "é",
]), max_size=10).map(lambda ws: " ".join(ws) + " ")  # (the space before the cue word)


@settings(max_examples=500)
@given(BEFORE_CUE_SOUP, st.data())
def test_patterns_read_right_to_left_match_where_read_left_to_right(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    for name in ("_DETERMINER_BEFORE", "_DETERMINER_DEMONYM", "_ARTICLE_BEFORE", "_PLURAL_NUMBER_BEFORE",
                 "_ADJECTIVE_SLOT", "_IN_A_MESSAGE", "_DOCUMENT_BEFORE", "_ASIDE_BEFORE", "_ORDINAL_BEFORE",
                 "_EXPLOSION_BEFORE"):
        backwards = getattr(_attribution_verbs, name)
        assert backwards.pattern.startswith("(?r)")
        forwards = regex.compile(backwards.pattern[4:], backwards.flags & ~regex.REVERSE)
        assert (backwards.search(text, lo) is None) == (forwards.search(text, lo) is None), name


# Lines of fact boxes and their near misses: a colon near the start or not, a source in
# brackets or not, bullets, several figures to a line.
FACT_PIECES = st.lists(st.sampled_from([
    "- ", "• ", "Killed", "Soldiers killed", ":", " ", "14 soldiers ", "(army)", "(JNIM, via X)", "(", ")",
    "; ", "84 ", "\n", "\t", "x" * 45, "revised Monday", ",", "é",
]), max_size=30).map("".join)


@given(FACT_PIECES)
@example("- Killed: 14 soldiers (army, revised Monday)\nSoldiers killed: 43 (JNIM, via X); 84 (army)\n"
         "Note: none (x\n• Wounded: 9 (army)")
def test_fact_lines_are_the_fact_line_patterns_matches(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in _attribution_triggers.fact_lines(text)]
    assert found == [(m.span(), m.groupdict()) for m in _attribution_triggers.FACT_LINE.finditer(text)]
