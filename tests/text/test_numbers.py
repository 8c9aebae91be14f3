"""Numbers: digits, words, qualifiers, ranges, vague amounts."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claimkit.text import NumberMention, find_numbers, parse_int

# --- our own int -> English words renderer, for round trips ---------------------------

ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words_below_100(n: int, hyphen: bool) -> str:
    if n < 20:
        return ONES[n]
    tens, units = divmod(n, 10)
    if not units:
        return TENS[tens]
    return TENS[tens] + ("-" if hyphen else " ") + ONES[units]


def words_below_1000(n: int, hyphen: bool, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{ONES[hundreds]} hundred")
        if rest and use_and:
            parts.append("and")
    if rest:
        parts.append(words_below_100(rest, hyphen))
    return " ".join(parts)


def to_words(n: int, hyphen: bool = True, use_and: bool = False) -> str:
    """English words for 0 <= n < 10**12: 1005 -> 'one thousand [and] five'."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        count, n = divmod(n, scale)
        if count:
            parts.append(f"{words_below_1000(count, hyphen, use_and)} {name}")
    if n:
        if parts and n < 100 and use_and:
            parts.append("and")  # British: "one thousand and five"
        parts.append(words_below_1000(n, hyphen, use_and))
    return " ".join(parts)


def test_renderer_itself() -> None:
    assert to_words(0) == "zero"
    assert to_words(25) == "twenty-five"
    assert to_words(230, use_and=True) == "two hundred and thirty"
    assert to_words(1005, use_and=True) == "one thousand and five"
    assert to_words(999_999_999, hyphen=False) == (
        "nine hundred ninety nine million nine hundred ninety nine thousand nine hundred ninety nine"
    )


def read(text: str) -> list[tuple[str, int | None, int | None, int | None, str]]:
    return [(m.text, m.best, m.low, m.high, m.qualifier) for m in find_numbers(text)]


# --- single numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("30", 30),
        ("1,200", 1200),
        ("1,200,000", 1_200_000),
        ("0", 0),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("Twenty-Five", 25),
        ("two hundred and thirty", 230),
        ("two hundred thirty", 230),
        ("one million", 1_000_000),
        ("3 million", 3_000_000),
        ("1.5 million", 1_500_000),
        ("2 thousand", 2_000),
        ("a hundred", 100),
        ("a thousand", 1_000),
        ("a million", 1_000_000),
        ("a dozen", 12),
        ("dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("fifteen hundred", 1_500),
        ("one thousand and five", 1_005),
        ("two hundred and five thousand", 205_000),
        ("one hundred and one thousand", 101_000),
        ("seventeen", 17),
        ("seventy", 70),
        ("zero", 0),
    ],
)
def test_single_numbers(text: str, value: int) -> None:
    assert parse_int(text) == value
    assert read(text) == [(text, value, value, value, "exact")]


def test_offsets_index_the_original_text() -> None:
    text = "Officials said 1,200 people fled and twenty-five died."
    first, second = find_numbers(text)
    assert (first.start, first.end) == (15, 20)
    assert text[first.start : first.end] == first.text == "1,200"
    assert text[second.start : second.end] == second.text == "twenty-five"
    assert second.best == 25


def test_start_and_end_restrict_the_search_and_keep_full_text_offsets() -> None:
    text = "In 2014, 12 died. In 2015, 30 died."
    (first, second) = find_numbers(text, 18)
    assert (first.text, first.start) == ("2015", 21)
    assert (second.text, second.start, second.best) == ("30", 27, 30)
    assert [m.text for m in find_numbers(text, 0, 17)] == ["2014", "12"]
    assert find_numbers(text, 5, 5) == ()


def test_qualifier_window_does_not_reach_before_start() -> None:
    text = "at least 30"
    assert read(text) == [("at least 30", 30, 30, None, "at_least")]
    (mention,) = find_numbers(text, 9)
    assert (mention.text, mention.qualifier) == ("30", "exact")


@pytest.mark.parametrize(("start", "end"), [(-1, None), (0, 99), (5, 4)])
def test_bad_bounds_raise(start: int, end: int | None) -> None:
    with pytest.raises(ValueError, match="start"):
        find_numbers("ten soldiers", start, end)


@pytest.mark.parametrize(
    "text",
    [
        "the first and third battalions",
        "the 3rd brigade and the 21st division",
        "F-16 jets, Su-25 aircraft and M16 rifles",
        "COVID-19 spread",
        "no one was hurt",
        "not anyone, every one of them",
        "they blamed one another",
        "many were killed",
        "countless and numerous homes",
        "someone, anyone, lonely, tone, often, tens",
    ],
)
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == ()


def test_mentions_do_not_cross_line_breaks() -> None:
    assert [m.text for m in find_numbers("fifteen\ntwenty")] == ["fifteen", "twenty"]
    assert read("at least\n30 dead") == [("30", 30, 30, 30, "exact")]
    assert [m.text for m in find_numbers("15\n-20")] == ["15", "20"]


def test_digits_followed_by_units_are_numbers() -> None:
    assert read("advanced 30km") == [("30", 30, 30, 30, "exact")]


def test_one_as_a_count_is_a_number() -> None:
    assert read("one soldier died") == [("one", 1, 1, 1, "exact")]


@pytest.mark.parametrize("text", ["3.5", "1.25", "0.5"])
def test_non_whole_decimals_have_no_best(text: str) -> None:
    assert read(text) == [(text, None, None, None, "exact")]
    assert parse_int(text) is None


def test_decimal_point_does_not_start_a_second_number() -> None:
    assert [m.text for m in find_numbers("version 1.2.3")] == ["1.2"]


# --- qualifiers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 30", ("at least 30", 30, 30, None, "at_least")),
        ("no fewer than 30", ("no fewer than 30", 30, 30, None, "at_least")),
        ("not less than 30", ("not less than 30", 30, 30, None, "at_least")),
        ("a minimum of thirty", ("a minimum of thirty", 30, 30, None, "at_least")),
        ("more than 30", ("more than 30", 30, 30, None, "more_than")),
        ("over 1,000", ("over 1,000", 1000, 1000, None, "more_than")),
        ("upwards of 30", ("upwards of 30", 30, 30, None, "more_than")),
        ("More than a dozen", ("More than a dozen", 12, 12, None, "more_than")),
        ("up to 30", ("up to 30", 30, None, 30, "at_most")),
        ("as many as 30", ("as many as 30", 30, None, 30, "at_most")),
        ("as high as 70", ("as high as 70", 70, None, 70, "at_most")),
        ("no more than 30", ("no more than 30", 30, None, 30, "at_most")),
        ("fewer than 30", ("fewer than 30", 30, None, 30, "at_most")),
        ("nearly 30", ("nearly 30", 30, None, None, "about")),
        ("almost 30", ("almost 30", 30, None, None, "about")),
        ("about 30", ("about 30", 30, None, None, "about")),
        ("around 30", ("around 30", 30, None, None, "about")),
        ("approximately 30", ("approximately 30", 30, None, None, "about")),
        ("some 300", ("some 300", 300, None, None, "about")),
        ("roughly 30", ("roughly 30", 30, None, None, "about")),
        ("an estimated 3,000", ("an estimated 3,000", 3000, None, None, "about")),
        ("At least twenty-five", ("At least twenty-five", 25, 25, None, "at_least")),
    ],
)
def test_qualifiers(text: str, expected: tuple[str, int, int | None, int | None, str]) -> None:
    assert read(f"Officials said {text} people died.") == [expected]


def test_qualifier_must_end_right_before_the_number() -> None:
    assert read("at least the 30 wounded") == [("30", 30, 30, 30, "exact")]
    assert read("moreover 30") == [("30", 30, 30, 30, "exact")]


def test_a_verbs_up_is_no_upper_bound() -> None:
    # "revised up to 40", "has gone up to 40": the toll is now 40, not at most 40
    assert read("The toll was revised up to 40.") == [("40", 40, 40, 40, "exact")]
    assert read("The toll has gone up to 40.") == [("40", 40, 40, 40, "exact")]
    assert read("Up to 40 people died.") == [("Up to 40", 40, None, 40, "at_most")]


# --- ranges ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("15-20", 15, 20),
        ("15–20", 15, 20),
        ("15 - 20", 15, 20),
        ("15 to 20", 15, 20),
        ("fifteen to twenty", 15, 20),
        ("between 10 and 15", 10, 15),
        ("Between ten and fifteen", 10, 15),
        ("one or two", 1, 2),
        ("2-3 million", 2_000_000, 3_000_000),
        ("1.5-2 million", 1_500_000, 2_000_000),
        ("between two and three hundred", 200, 300),
        ("between one thousand and five thousand", 1_000, 5_000),
        ("between two hundred and three hundred", 200, 300),
    ],
)
def test_ranges_take_the_lower_bound_as_best(text: str, low: int, high: int) -> None:
    assert read(f"Reports said {text} died.") == [(text, low, low, high, "exact")]


def test_about_applies_to_a_range() -> None:
    assert read("about 15-20 died") == [("about 15-20", 15, 15, 20, "about")]


def test_other_qualifiers_are_left_out_of_a_range() -> None:
    assert read("at least 15 to 20 died") == [("15 to 20", 15, 15, 20, "exact")]


@pytest.mark.parametrize("text", ["tolls ranging from 15 to 20", "anywhere from 15 to 20 people",
                                  "estimates that vary from 15 to 20"])
def test_a_named_range_from_one_figure_to_another_is_a_range(text: str) -> None:
    assert [(m.text, m.low, m.high) for m in find_numbers(text)] == [("15 to 20", 15, 20)]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("the toll rose from 15 to 20", ["15", "20"]),
        ("the score was 3-1", ["3", "1"]),
        ("on 2022-03-04 they", ["2022", "03", "04"]),
        ("10 and 15 died", ["10", "15"]),
        ("1.5-2 days", ["1.5", "2"]),
    ],
)
def test_not_ranges(text: str, numbers: list[str]) -> None:
    assert [m.text for m in find_numbers(text)] == numbers


# --- vague amounts --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("dozens of people", "dozens", 12),
        ("Dozens were killed", "Dozens", 12),
        ("scores of people", "scores", 20),
        ("hundreds fled", "hundreds", 100),
        ("thousands fled", "thousands", 1_000),
        ("tens of thousands fled", "tens of thousands", 10_000),
        ("hundreds of thousands fled", "hundreds of thousands", 100_000),
        ("millions fled", "millions", 1_000_000),
        ("tens of people", "tens", 10),
        ("several people", "several", 10),
        ("a number of people", "a number", 10),
        ("a few people", "a few", 3),
        ("a handful of people", "a handful", 3),
        ("several dozen people", "several dozen", 12),
        ("a few hundred people", "a few hundred", 100),
        ("several thousand people", "several thousand", 1_000),
        ("several hundred thousand people", "several hundred thousand", 100_000),
    ],
)
def test_vague_amounts(text: str, span: str, value: int) -> None:
    assert read(text) == [(span, value, value, None, "vague")]
    assert parse_int(span) is None


@pytest.mark.parametrize("text", ["test scores rose", "the settling of scores", "tens"])
def test_scores_and_tens_need_of(text: str) -> None:
    assert find_numbers(text) == ()


# --- parse_int ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "dozens",
        "3.5",
        "ten and fifteen",
        "15-20",
        "first",
        "thirty people",
        "12345678901234567890",
    ],
)
def test_parse_int_rejects_anything_but_one_whole_number(text: str) -> None:
    assert parse_int(text) is None


def test_parse_int_ignores_surrounding_whitespace() -> None:
    assert parse_int("  forty-two\n") == 42


# --- round trips ----------------------------------------------------------------------

# Shrinks toward 0 with hyphens and no "and".
numbers = st.integers(min_value=0, max_value=999_999_999)


@given(numbers, st.booleans(), st.booleans(), st.sampled_from([str.lower, str.upper, str.title]))
def test_round_trip_words(n: int, hyphen: bool, use_and: bool, case: object) -> None:
    assert callable(case)
    rendered = case(to_words(n, hyphen, use_and))
    assert parse_int(rendered) == n
    text = f"Officials said {rendered} people died."
    (mention,) = find_numbers(text)
    assert (mention.best, mention.low, mention.high, mention.qualifier) == (n, n, n, "exact")
    assert mention.text == rendered


@given(numbers)
def test_round_trip_digits(n: int) -> None:
    for rendered in (str(n), f"{n:,}"):
        assert parse_int(rendered) == n
        text = f"Officials said {rendered} people died."
        (mention,) = find_numbers(text)
        assert (mention.best, mention.low, mention.high, mention.qualifier) == (n, n, n, "exact")
        assert (mention.start, mention.end) == (15, 15 + len(rendered))


# Shrinks toward short strings of "a".
NUMBER_ALPHABET = st.sampled_from(
    ["a", " ", "1", "0", ",", ".", "-", "–", "\n", "one", "twenty", "hundred", "thousand",
     "million", " and ", "dozen", "dozens", "half", "at least ", "over ", "between ", " to ",
     "some ", "several", "a few", "no "]
)  # fmt: skip


@given(st.lists(NUMBER_ALPHABET, max_size=30).map("".join) | st.text(max_size=60))
@example("\U00011de0")  # a digit of a Unicode newer than the interpreter's: not read, no crash
def test_any_text_gives_well_formed_mentions(text: str) -> None:
    found = find_numbers(text)
    previous_end = 0
    for m in found:
        assert isinstance(m, NumberMention)
        assert previous_end <= m.start < m.end <= len(text)
        assert m.text == text[m.start : m.end]
        if m.best is None:
            assert m.low is None
            assert m.high is None
        if m.low is not None and m.high is not None:
            assert m.low <= m.best <= m.high  # type: ignore[operator]
        previous_end = m.end


def short_id(text: str) -> str:
    """A readable test id for a long generated input."""
    return f"{text[:12]!r}...{len(text)}"


# --- pathological inputs --------------------------------------------------------------


def test_huge_digit_run_is_not_converted() -> None:
    text = "1" * 200_000
    (mention,) = find_numbers(text)
    assert (mention.start, mention.end, mention.best) == (0, 200_000, None)
    assert parse_int(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "1," * 100_000,
        "1,000" * 50_000,
        "1." * 100_000,
        "1-" * 100_000,
        "one " * 100_000,
        "one and " * 50_000,
        "twenty-" * 50_000,
        "a " * 200_000 + "dozen",
        "at least " * 50_000 + "30",
        "1" * 200_000 + "th",
        "1" * 200_000 + " " * 200_000 + "x",
        "tens" + " " * 200_000,
    ],
    ids=short_id,
)
def test_pathological_inputs_complete(text: str) -> None:
    for m in find_numbers(text):
        assert m.text == text[m.start : m.end]
