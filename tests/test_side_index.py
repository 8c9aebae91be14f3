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


# Letters of terms and texts that test where a term's ASCII opening ends and what it is looked
# for with after it: letters beyond ASCII, accented or matching an ASCII letter ignoring case
# (the Kelvin sign, "ſ", "İ", "ı"), digits beyond ASCII, marks, spaces, punctuation,
# apostrophes, capitals (terms in capitals alone are acronyms, matched in their case).
_LETTERS = st.sampled_from(["t", "T", "u", "ü", "Ü", "k", "K", "\u212a", "s", "S", "\u017f", "i", "I",
                            "\u0130", "ı", "²", "\u0301", "ß", "Ω", "ω", "1", " ", "  ", "\n", "\u00a0",
                            "-", ".", "&", "'", "’", "_"])


@given(st.lists(st.lists(_LETTERS, min_size=1, max_size=5).map("".join), min_size=1, max_size=5),
       st.lists(_LETTERS, max_size=40).map("".join))
@example(["t\u017fu"], "TSU tsu")  # ("ſ" matches "s" and "S", ignoring case)
@example(["tıu"], "TIU")  # ("ı" matches "I", though not "i")
@example(["Tüu"], "TÜU tüu")
@example(["t s", "T-S", "t'u", "TS.I"], "t\u00a0 S, T-S, T-s, tu, t’u, TS.I, ts.i")
@example(["t sx", "s"], "t s")  # (what follows an opening is looked at, not taken)
def test_the_first_letters_find_what_the_pattern_finds_for_any_vocabulary(
        terms: list[str], text: str) -> None:
    index = SideIndex(dict.fromkeys(terms, "side"))
    assert _found(index, text, 0, len(text)) == _plain(index, text, 0, len(text))


def test_a_term_is_looked_for_only_where_its_opening_goes_on_as_it_does() -> None:
    index = SideIndex({"Türkiye": "Türkiye", "The Resistance Front": "TRF", "IS": "IS", "IS-K": "IS"})
    assert index.find("the Türkiye army, TÜRKIYE's") == [(4, 11, "Türkiye"), (18, 25, "Türkiye")]
    assert index.find("the\nresistance  Front; IS, IS-K") == [(0, 21, "TRF"), (23, 25, "IS"), (27, 31, "IS")]
    assert index._firsts is not None
    assert index._firsts.search("the town is") is None
