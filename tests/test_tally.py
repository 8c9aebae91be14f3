"""Document.tally(): the rules of docs/casualties.md, each on its own.

Rules that depend on the extractor are checked through claimkit.extract on invented
sentences; rules about claimants are checked on hand-built claims, since the attribution
stage that finds claimants is not part of this test's subject.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Attribution, Claim, Count, Document, Snippet, Span, Speaker

TEXT = "the army; the rebels; the ministry; Mujahid. " + "x" * 200 + " Rutba, Mosul, mosul."


def tally_of(text: str) -> dict[str, tuple[int, int, int]]:
    return {o: (t.low, t.best, t.high) for o, t in claimkit.extract(text).tally().items()}


def said_by(name: str) -> Attribution:
    start = TEXT.index(name)
    return Attribution(source=Speaker(text=name, span=Span(start, start + len(name)), organization=name),
                       cue=Snippet("x", Span(60, 61)), content=Snippet("x" * 10, Span(60, 70)),
                       mode="indirect")


def claim(best: int, *, outcome: str = "killed", group: str | None = "soldiers", side: str | None = None,
          who: str | None = None, low: int | None = None, high: int | None = None,
          qualifier: str = "exact", n: int = 0, **extra: Any) -> Claim:
    count = Count(best, best if low is None else low, best if high is None else high, qualifier, str(best))
    data = {"outcome": outcome, "count": count, "group": group, "side": side, **extra}
    return Claim(kind="casualty", span=Span(n, n + 1), data=data,
                 attribution=said_by(who) if who else None, extractor="casualty", id=f"casualty-{n + 1}")


def tally(*claims: Claim) -> dict[str, tuple[int, int, int]]:
    doc = Document(TEXT, claims=claims)
    return {o: (t.low, t.best, t.high) for o, t in doc.tally().items()}


# --- through the extractor -------------------------------------------------------------

def test_disjoint_groups_add_up() -> None:
    assert tally_of("Thirty-eight passengers and nine crew members died in the crash.")["killed"] == (
        47, 47, 47)


def test_a_figure_that_includes_another_is_not_added_to_it() -> None:
    assert tally_of("40 people were killed, including six attackers.")["killed"] == (40, 40, 40)


def test_a_repeated_fact_counts_once() -> None:
    text = ("Blast Kills 9 Workers\n"
            "A blast at a fuel depot killed 9 workers on Monday.\n"
            "The 9 workers were killed when a tanker exploded.")
    assert tally_of(text)["killed"] == (9, 9, 9)


def test_background_figures_are_not_added() -> None:
    text = "A car bomb killed 3 people, a day after twin blasts in the capital killed 30 people."
    assert tally_of(text)["killed"] == (3, 3, 3)


def test_a_tolls_value_before_its_revision_is_not_added() -> None:
    # revised down: the earlier, higher value is superseded, not the highest of one claimant's
    text = "The number of wounded was revised down to 31 from an initial 38, the ministry said."
    assert tally_of(text)["wounded"] == (31, 31, 31)
    text = "The toll has risen to 16, up from the nine announced by the ministry in the morning."
    assert tally_of(text)["killed"] == (16, 16, 16)


def test_outcomes_are_tallied_apart() -> None:
    assert tally_of("Rebels killed 12 policemen and wounded 30 others.") == {
        "killed": (12, 12, 12), "wounded": (30, 30, 30)}


def test_no_casualties_tallies_zero() -> None:
    assert tally_of("No casualties were reported after the blast.")["killed"] == (0, 0, 0)


# --- on hand-built claims --------------------------------------------------------------

def test_different_claimants_for_the_same_group_do_not_add() -> None:
    # low is the lower, high the higher, best the lower (the conservative reading).
    assert tally(claim(12, who="the army", n=0), claim(30, who="the rebels", n=1)) == {
        "killed": (12, 12, 30)}


def test_a_source_without_name_organisation_or_role_is_no_claimant() -> None:
    start = TEXT.index("the rebels")
    bare = Attribution(source=Speaker(text="the rebels", span=Span(start, start + 10)),
                       cue=Snippet("x", Span(60, 61)), content=Snippet("x" * 10, Span(60, 70)),
                       mode="indirect")
    claims = (claim(12, n=0), attrs.evolve(claim(30, n=1), attribution=bare))
    assert tally(*claims) == {"killed": (30, 30, 30)}    # one voice revising its figure


def test_one_claimants_revised_figures_keep_the_highest() -> None:
    assert tally(claim(8, who="the ministry", n=0), claim(11, who="the ministry", n=1)) == {
        "killed": (11, 11, 11)}


def test_different_sides_add_up() -> None:
    assert tally(claim(58, side="Pakistan", who="Mujahid", n=0),
                 claim(9, side="Taliban", group="fighters", who="Mujahid", n=1)) == {"killed": (67, 67, 67)}


def test_each_others_figure_is_its_own_group() -> None:
    assert tally(claim(12, group="others", n=0), claim(2, group="others", n=1)) == {"killed": (14, 14, 14)}


def test_a_general_figure_may_include_the_particular_ones() -> None:
    # "12 people" may or may not include the "3 soldiers": best is the larger, high the sum.
    assert tally(claim(12, group="people", n=0), claim(3, group="soldiers", n=1)) == {
        "killed": (12, 12, 15)}


def test_vague_figures_count_only_when_nothing_else_does() -> None:
    assert tally(claim(12, qualifier="vague", high=None, n=0)) == {"killed": (12, 12, 12)}
    assert tally(claim(12, qualifier="vague", group="others", high=None, n=0), claim(5, n=1)) == {
        "killed": (5, 5, 5)}


def test_parts_are_skipped() -> None:
    assert tally(claim(7, group="people", n=0), claim(3, group="children", n=1, part_of="casualty-1")) == {
        "killed": (7, 7, 7)}


def test_ranges_keep_their_bounds() -> None:
    assert tally(claim(15, low=15, high=20)) == {"killed": (15, 15, 20)}


def test_malformed_claims_are_skipped() -> None:
    bad = Claim(kind="casualty", span=Span(0, 1), data={"outcome": 3, "count": "many"}, id="casualty-9")
    assert tally(bad, claim(4, n=1)) == {"killed": (4, 4, 4)}


# --- properties ------------------------------------------------------------------------

figures = st.builds(
    lambda best, spread, group, side, who, qualifier: (best, spread, group, side, who, qualifier),
    st.integers(0, 500), st.integers(0, 50), st.sampled_from(["people", "soldiers", "civilians", None]),
    st.sampled_from(["Pakistan", "Taliban", None]), st.sampled_from(["the army", "the rebels", None]),
    st.sampled_from(["exact", "vague", "at_least"]),
)


@given(st.lists(figures, max_size=12), st.sampled_from(["killed", "wounded"]))
def test_low_best_high_are_ordered(items: list[tuple[Any, ...]], outcome: str) -> None:
    claims = [claim(best, low=best, high=best + spread, group=group, side=side, who=who,
                    qualifier=qualifier, outcome=outcome, n=i)
              for i, (best, spread, group, side, who, qualifier) in enumerate(items)]
    for t in Document(TEXT, claims=claims).tally().values():
        assert 0 <= t.low <= t.best <= t.high


@given(st.lists(st.integers(0, 1000), min_size=1, max_size=8))
def test_one_figure_repeated_is_itself(values: list[int]) -> None:
    value = values[0]
    claims = [claim(value, n=i) for i in range(len(values))]
    assert tally(*claims) == {"killed": (value, value, value)}


def test_other_people_are_besides_those_counted() -> None:
    doc = claimkit.extract("Gunmen killed a police officer. They killed at least 12 other people "
                           "in the town.")
    assert doc.tally()["killed"].best == 13


def test_one_groups_figures_in_different_places_are_different_incidents() -> None:
    def at(place: str, claim_: Claim) -> Claim:
        start = TEXT.index(place)
        return attrs.evolve(claim_, location=Snippet(place, Span(start, start + len(place))))

    assert tally(at("Rutba", claim(5, n=0)), at("Mosul", claim(3, n=1))) == {"killed": (8, 8, 8)}
    assert tally(at("Mosul", claim(5, n=0)), at("mosul", claim(3, n=1))) == {"killed": (5, 5, 5)}
    # a figure with no place may be either one: one count, revised
    assert tally(at("Rutba", claim(5, n=0)), claim(3, n=1)) == {"killed": (5, 5, 5)}
