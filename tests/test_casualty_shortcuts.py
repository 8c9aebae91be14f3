"""Shortcuts in the casualty stage give what the full readings give.

Each cheap test that guards a reading (a word looked for before a pattern is tried, a subject
read only where it may matter) must hold wherever the full reading finds something: the tests
generate text from our own word lists, cases and folded letters ("ſ", "İ") included.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit.extractors import _casualty_background, _casualty_clause_side
from claimkit.extractors._casualty_people import ENEMY, ENEMY_WORDS, may_name_enemy
from claimkit.extractors._phrases_subject import subject_before
from claimkit.extractors._words import holds_any

# Words of subjects and clauses around a figure, with the words the guarded patterns look for
# in several cases and spellings.
WORDS = st.lists(st.sampled_from([
    "the", "The", "enemy", "Enemy", "ENEMY", "enemy's", "enemies", "opposing", "OPPOSING", "rival",
    "Rival", "hostile", "hoſtile", "HOSTILE", "forces", "lost", "said", "that", "and", "but", ",", ".",
    "who", "has", "had", "later", "on", "Monday", "army", "Taliban", "fighters", "(ISWAP)", "men",
    "told", "AFP", "armed", "with", "rifles", "killed", "12", "soldiers", "its", "in", "recent",
    "weeks", "including", "x" * 20, "losses", "LOSSES", "loſses", "casualties", "death", "toll",
    "Toll", "at", "stood", "government's", "its", "own", "cost", "COST", "costing", "Moscow", "more than",
    "a", "two", "3", "days", "Week", "months", "year", "after", "before", "earlier", "comes", "came",
    "follows", "previous", "last", "this", "time", "since", "ſince", "start", "of", "war", "civil",
    "conflict", "has", "killed", "2023", "2023-2024", "five-year", "decade-long", "half-century",
    "attacks", "raid", "events", "clashes", "insurgency", "in which",
]), min_size=1, max_size=40).map(" ".join)

# Each guarded pattern, with the words every match of it holds.
GUARDED = [
    (ENEMY, ENEMY_WORDS),
    (_casualty_clause_side._LOSSES_OWNER, _casualty_clause_side._LOSSES_NOUNS),
    (_casualty_clause_side._COST_TO, _casualty_clause_side._COST_WORDS),
    (_casualty_background._BEFORE, _casualty_background.BEFORE_WORDS),
    (_casualty_background._WAR_BEFORE, _casualty_background.WAR_BEFORE_WORDS),
]


@pytest.mark.parametrize(("pattern", "wanted"), GUARDED)
@settings(max_examples=200)
@given(text=WORDS, data=st.data())
def test_a_guarded_pattern_matches_only_where_its_words_are(
        pattern: regex.Pattern[str], wanted: tuple[str, ...], text: str, data: st.DataObject) -> None:
    # (half the time the range ends the text: patterns anchored at its end match more there)
    end = data.draw(st.sampled_from([len(text)]) | st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    if pattern.search(text, start, end) is not None:
        assert holds_any(text, start, end, wanted)


# Text each guarded pattern matches, with one of its words alone: every branch's word is needed.
MATCHED = [
    (ENEMY, ["the enemy", "Enemy's men", "opposing forces", "a rival", "HOSTILE"]),
    (_casualty_clause_side._LOSSES_OWNER, ["put the army's losses at ", "its casualties stood at ",
                                           "the government's death toll rose to ", "the rebels' toll "]),
    (_casualty_clause_side._COST_TO, ["the push cost Moscow more than "]),
    (_casualty_background._BEFORE, [
        "a day after ", "two weeks before ", "three months earlier ", "one year after ",
        "this comes after ", "it came on the heels of ", "followed after ", "previous ",
        "at the time ", "since the war ", "ſince the coup "]),
    (_casualty_background._WAR_BEFORE, [
        "The war has killed ", "the conflict has ", "the insurgency has ", "a rebellion has ",
        "the uprising has ", "a 2023 offensive ", "the 2020 campaign ", "a 2022 invasion ",
        "the 2019 attack ", "a 2021 abduction ", "the 2014 kidnapping ", "the 1995 massacre ",
        "2016 bombings ", "the 2015 raid ", "2012 clashes ", "the 2025 events "]),
]


@pytest.mark.parametrize(("pattern", "texts"), MATCHED)
def test_each_word_of_a_guarded_pattern_is_looked_for(pattern: regex.Pattern[str], texts: list[str]) -> None:
    wanted = next(words for p, words in GUARDED if p is pattern)
    for text in texts:
        assert pattern.search(text) is not None, text
        assert holds_any(text, 0, len(text), wanted), text


def _enemy_subject(text: str, start: int, verb: int) -> bool:
    """The full reading: the subject before ``verb`` names "the enemy"."""
    subject = subject_before(text, start, verb)
    return subject is not None and ENEMY.search(text, subject.start, subject.end) is not None


@settings(max_examples=300)
@given(WORDS, st.data())
def test_an_enemy_subject_is_never_skipped(text: str, data: st.DataObject) -> None:
    verb = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, verb))
    if _enemy_subject(text, start, verb):
        assert may_name_enemy(text, start, verb)


def test_an_enemy_subject_is_read() -> None:
    text = "The army said the Enemy lost 63 men"
    verb = text.index("lost")
    assert _enemy_subject(text, 0, verb)
    assert may_name_enemy(text, 0, verb)
    assert not may_name_enemy(text, 0, text.index("Enemy"))
