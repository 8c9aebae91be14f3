"""SideIndex.find tries its pattern only where a term's first letters are: the same matches as
the pattern tried everywhere."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from claimkit.extractors._casualty import side_index
from claimkit.extractors._sides import SideIndex

TEXT = """\
Taliban fighters and IS-K militants clashed; the U.S. and US forces, al-Shabaab and Al Shabaab,
Türkiye's army, the Cárteles Unidos, MS-13 and 3R rebels. TALIBAN, taliban, ISIS, Kelvin \u212a,
\u017fomali, \u0130raq, Lake Chad, the AA's men. Ta'ang National Liberation Army (TNLA), DR Congo.
"""


def _plain(index: SideIndex, text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in index._pattern.finditer(text, start, end)]


def _found(index: SideIndex, text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in index._matches(text, start, end)]


def test_the_first_letters_find_what_the_pattern_finds() -> None:
    index = side_index()
    assert _found(index, TEXT, 0, len(TEXT)) == _plain(index, TEXT, 0, len(TEXT))
    assert len(_found(index, TEXT, 0, len(TEXT))) >= 12
    for start in range(0, len(TEXT), 13):
        end = min(len(TEXT), start + 90)
        assert _found(index, TEXT, start, end) == _plain(index, TEXT, start, end)


def test_an_empty_vocabulary_finds_nothing() -> None:
    assert SideIndex({}).find(TEXT) == []


_WORDS = st.sampled_from(["Taliban", "IS", "is", "US", "u.s.", "al-", "Shabaab", "Türkiye", "t", "ü",
                          "\u212a", "\u017f", "\u0130", "-", "_", "9", " ", "\n", "'", "’", "s",
                          "Cárteles", "c", "á", "Burkinabè", "the", "Turkey", "tu", "²", "ı"])


@given(st.lists(st.tuples(_WORDS, st.booleans()), max_size=20), st.integers(0, 60), st.integers(0, 200))
def test_the_first_letters_find_what_the_pattern_finds_on_any_text(
        parts: list[tuple[str, bool]], a: int, b: int) -> None:
    text = "".join(w.upper() if up else w for w, up in parts)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    index = side_index()
    assert _found(index, text, start, end) == _plain(index, text, start, end)


# Letters of terms and texts that test where a term's ASCII opening meets a letter beyond ASCII:
# accented ones, some that match an ASCII letter ignoring case (the Kelvin sign, "ſ", "İ"),
# digits beyond ASCII, and marks.
_LETTERS = st.sampled_from(["t", "T", "u", "ü", "Ü", "k", "\u212a", "s", "\u017f", "i", "\u0130", "ı", "²",
                            "\u0301", "ß", "Ω", "ω", "1", " ", "-", "'", "’"])


@given(st.lists(st.lists(_LETTERS, min_size=1, max_size=5).map("".join), min_size=1, max_size=5),
       st.lists(_LETTERS, max_size=40).map("".join))
@example(["t\u017fu"], "TSU tsu")  # ("ſ" matches "s" and "S", ignoring case)
@example(["tıu"], "TIU")  # ("ı" matches "I", though not "i")
@example(["Tüu"], "TÜU tüu")
def test_the_first_letters_find_what_the_pattern_finds_for_any_vocabulary(
        terms: list[str], text: str) -> None:
    index = SideIndex(dict.fromkeys(terms, "side"))
    assert _found(index, text, 0, len(text)) == _plain(index, text, 0, len(text))


def test_a_term_that_goes_on_beyond_ascii_is_looked_for_there_only() -> None:
    index = SideIndex({"Türkiye": "Türkiye", "Taliban": "Taliban"})
    assert index.find("the Türkiye army, TÜRKIYE's") == [(4, 11, "Türkiye"), (18, 25, "Türkiye")]
    assert index._firsts is not None
    assert index._firsts.search("the town") is None
