"""claimkit.reconcile: figures across reports, grouped by outcome and side, order-free."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Attribution, Claim, Count, Document, Snippet, Span, Speaker
from claimkit._reconcile import BEST_RULE, _any_conflict


def report(doc_id: str | None, figures: list[tuple[str, str | None, Count, str | None]],
           outcome: str = "killed") -> Document:
    """A document with one casualty claim per (phrase, claimant, count, side)."""
    text = " ".join(f"{who or 'It'} said {phrase}." for phrase, who, _, _ in figures)
    claims = []
    atts = []
    pos = 0
    for phrase, who, count, side in figures:
        sentence = f"{who or 'It'} said {phrase}."
        start = text.index(sentence, pos)
        p = start + sentence.index(phrase)
        att = None
        if who:
            att = Attribution(Speaker(who, Span(start, start + len(who)), who),
                              Snippet("said", Span(start + len(who) + 1, start + len(who) + 5)),
                              Snippet(phrase, Span(p, p + len(phrase))))
            atts.append(att)
        claims.append(Claim(kind="casualty", span=Span(p, p + len(phrase)), attribution=att,
                            data={"outcome": outcome, "count": count, "group": "soldiers", "side": side}))
        pos = start + len(sentence)
    return Document(text, id=doc_id, attributions=tuple(atts)).add_claims(claims)


def exact(n: int) -> Count:
    return Count(n, n, n, "exact", str(n))


TALIBAN = report("khaama", [("58 soldiers were killed", "Mujahid", exact(58), "Pakistan")])
ARMY = report("dawn", [("23 soldiers were killed", "ISPR", exact(23), "Pakistan")])
WIRE = report("wire", [("23 soldiers were killed", "ISPR", exact(23), "Pakistan"),
                       ("nine fighters were killed", "ISPR", exact(9), "Taliban")])


def figures(*docs: Document) -> dict[tuple[str, str | None], claimkit.Figure]:
    return {(f.outcome, f.side): f for f in claimkit.reconcile(docs).figures}


def test_disagreeing_outlets_give_a_range_and_a_conflict() -> None:
    fig = figures(TALIBAN, ARMY)[("killed", "Pakistan")]
    assert (fig.low, fig.best, fig.high) == (23, 23, 58)
    assert fig.conflict
    assert fig.rule == BEST_RULE
    told = [(c.doc, c.claimant, c.count.best) for c in fig.claims]
    assert told == [("dawn", "ISPR", 23), ("khaama", "Mujahid", 58)]


def test_a_whole_wars_figure_is_none_of_the_events() -> None:
    text = ("Gunmen killed 12 civilians in the village on Sunday, the governor said. The conflict has killed "
            "more than 150,000 people since 2015.")
    other = "Residents said 19 civilians were killed in the village on Sunday."
    docs = [claimkit.extract(text, published="2026-05-13", id="a"),
            claimkit.extract(other, published="2026-05-13", id="b")]
    assert any(c.data.get("background") for c in docs[0].claims_of("casualty"))
    (fig,) = claimkit.reconcile(docs).figures
    assert (fig.outcome, fig.low, fig.high, fig.conflict) == ("killed", 12, 19, True)


def test_a_tolls_value_before_its_revision_is_no_ones_figure() -> None:
    text = "The number of wounded was revised down to 31 from an initial 38, the ministry said."
    other = "Doctors said 33 people were wounded."
    docs = [claimkit.extract(text, id="a"), claimkit.extract(other, id="b")]
    assert [c.data.get("superseded") for c in docs[0].claims_of("casualty")] == [None, True]
    (fig,) = claimkit.reconcile(docs).figures
    assert (fig.outcome, fig.low, fig.high) == ("wounded", 31, 33)


def test_a_claimant_repeated_by_two_outlets_counts_once() -> None:
    # Mujahid 58, ISPR 23 (told twice): two claimants, so best is the lower of the two.
    fig = figures(TALIBAN, ARMY, WIRE)[("killed", "Pakistan")]
    assert (fig.low, fig.best, fig.high) == (23, 23, 58)
    assert len(fig.claims) == 3


def test_with_three_claimants_best_is_the_middle_figure() -> None:
    monitor = report("monitor", [("31 soldiers were killed", "the observatory", exact(31), "Pakistan")])
    fig = figures(TALIBAN, ARMY, monitor)[("killed", "Pakistan")]
    assert (fig.low, fig.best, fig.high) == (23, 31, 58)


def test_sides_are_separate_figures() -> None:
    figs = figures(TALIBAN, WIRE)
    assert figs[("killed", "Taliban")].best == 9
    assert not figs[("killed", "Taliban")].conflict


def test_agreeing_reports_are_no_conflict() -> None:
    again = report("other", [("23 soldiers were killed", "an army officer", exact(23), "Pakistan")])
    assert not figures(ARMY, again)[("killed", "Pakistan")].conflict


def test_an_open_figure_that_holds_the_other_is_no_conflict() -> None:
    count = Count(20, 20, None, "at_least")
    at_least = report("x", [("at least 20 soldiers were killed", "police", count, "Pakistan")])
    fig = figures(at_least, ARMY)[("killed", "Pakistan")]
    assert not fig.conflict
    assert (fig.low, fig.high) == (20, 23)


def test_a_count_so_far_far_below_another_report_is_a_conflict() -> None:
    count = Count(8, 8, None, "at_least")
    at_least = report("x", [("at least eight soldiers were killed", "police", count, "Pakistan")])
    assert figures(at_least, ARMY)[("killed", "Pakistan")].conflict


def test_to_dict_follows_the_contract() -> None:
    out = claimkit.reconcile([TALIBAN, ARMY]).to_dict()
    (fig,) = out["figures"]
    assert set(fig) >= {"outcome", "side", "group", "low", "best", "high", "conflict", "rule", "claims"}
    assert fig["group"] == "soldiers"
    assert fig["claims"][0]["count"]["best"] == 23
    json.dumps(out)


def test_documents_without_an_id_are_named_by_their_text() -> None:
    a = report(None, [("58 soldiers were killed", "Mujahid", exact(58), "Pakistan")])
    (fig,) = claimkit.reconcile([a]).figures
    assert fig.claims[0].doc.startswith("sha1:")


QUALIFIERS = ["exact", "at_least", "more_than", "about", "vague"]
counts = st.builds(
    lambda lo, extra, q: Count(lo, lo, None if q in ("at_least", "more_than") else lo + extra, q, ""),
    st.integers(0, 500), st.integers(0, 50), st.sampled_from(QUALIFIERS))
one_figure = st.tuples(st.sampled_from(["Mujahid", "ISPR", "police", None]), counts,
                       st.sampled_from(["Pakistan", "Taliban", None]))
reports = st.lists(st.lists(one_figure, min_size=1, max_size=3), min_size=1, max_size=5).map(
    lambda docs: [report(f"doc{i}" if i % 2 else None,
                         [(f"{n} soldiers were killed", who, count, side)
                          for n, (who, count, side) in enumerate(d)])
                  for i, d in enumerate(docs)])


@given(reports, st.randoms(use_true_random=False))
def test_low_best_high_are_ordered_and_order_of_documents_does_not_matter(docs: list[Document],
                                                                         rnd: object) -> None:
    first = claimkit.reconcile(docs).to_dict()
    shuffled = list(docs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert claimkit.reconcile(reversed(docs)).to_dict() == first
    assert claimkit.reconcile(shuffled).to_dict() == first
    for fig in first["figures"]:
        assert fig["low"] <= fig["best"] <= fig["high"]
        values = [c["count"]["best"] for c in fig["claims"] if c["count"]["best"] is not None]
        assert fig["low"] <= min(values)
        assert fig["high"] >= max(values)


def test_a_partys_toll_for_its_own_unnamed_forces_counts_for_its_side(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("claimkit._reconcile._side_words", lambda: {"pakistan": "Pakistan"})
    own = report("army", [("23 soldiers were killed", "Pakistan's military", exact(23), None)])
    fig = figures(TALIBAN, own)[("killed", "Pakistan")]
    assert (fig.low, fig.best, fig.high, fig.conflict) == (23, 23, 58, True)


RANGES = st.lists(st.tuples(
    st.tuples(st.sampled_from(["army", "rebels", "ministry"]), st.sampled_from(["doc-a", "doc-b"])),
    st.tuples(st.integers(0, 40), st.integers(0, 40)).map(lambda r: (min(r), max(r))),
), max_size=12)


@given(RANGES)
def test_the_linear_conflict_check_is_the_pairwise_one(
        ranges: list[tuple[tuple[str, str], tuple[int, int]]]) -> None:
    # two figures conflict when they come from different claimants or documents and allow no
    # common value; the check keeps only extremes, so compare it with every pair
    pairwise = any(a != b and (ra[1] < rb[0] or rb[1] < ra[0])
                   for n, (a, ra) in enumerate(ranges) for b, rb in ranges[n + 1:])
    assert _any_conflict([(who, (float(lo), float(hi))) for who, (lo, hi) in ranges]) == pairwise


def test_civilians_named_in_different_words_are_one_figure() -> None:
    medics = claimkit.extract("A drone strike on the camp killed at least 27 people, medics said.", id="wire")
    local = claimkit.extract("The local administration said 41 civilians had been killed in the strike, "
                             "16 of them children.", id="local")
    toll = claimkit.extract("Emergency Lawyers said the number of civilian dead had risen to 52.",
                            id="monitor")
    figs = {(f.outcome, f.group): f for f in claimkit.reconcile([medics, local, toll]).figures}
    civilians = figs[("killed", "civilians")]
    assert civilians.side is None  # no party
    assert sorted(c.count.best for c in civilians.claims) == [27, 41, 52]
    assert (civilians.low, civilians.high, civilians.conflict) == (27, 52, True)
    assert [c.count.best for c in figs[("killed", "children")].claims] == [16]  # a part, kept apart
    # one victim told by who she was is the toll of her report
    governor = claimkit.extract("The drone strike hit a house, killing a 67-year-old woman, the governor "
                                "said.", id="governor")
    (fig,) = [f for f in claimkit.reconcile([governor, toll]).figures if f.outcome == "killed"]
    assert (fig.group, fig.low, fig.high, fig.conflict) == ("civilians", 1, 52, True)


def test_armed_people_no_party_is_named_for_are_one_group_however_named() -> None:
    army = claimkit.extract("The army said 18 jihadists were killed in the pursuit.", id="a")
    tribe = claimkit.extract("A tribal leader said 11 gunmen were killed in the pursuit.", id="b")
    killed = [f for f in claimkit.reconcile([army, tribe]).figures if f.outcome == "killed"]
    assert [(f.side, f.low, f.high, f.conflict) for f in killed] == [(None, 11, 18, True)]
    # people who are no fighters keep their own words
    prison = claimkit.extract("Officials said 11 inmates were killed.", id="c")
    guards = claimkit.extract("A guard said 12 prisoners were killed.", id="d")
    groups = {f.group for f in claimkit.reconcile([prison, guards]).figures}
    assert groups == {"inmates", "prisoners"}



def test_a_groups_parent_name_in_one_report_is_the_branch_another_report_names() -> None:
    army = claimkit.extract("The army said it had killed 50 Islamic State fighters near Marte.", id="a")
    group = claimkit.extract("ISWAP said on Telegram that 12 of its fighters were killed near Marte.", id="b")
    killed = [f for f in claimkit.reconcile([army, group]).figures if f.outcome == "killed"]
    assert [(f.side, f.low, f.high, f.conflict) for f in killed] == [
        ("Islamic State West Africa Province (ISWAP)", 12, 50, True)]


def test_a_state_is_no_parent_of_a_group_whose_name_it_opens() -> None:
    army = claimkit.extract("The Taliban said 12 Afghanistan Freedom Front fighters were killed.", id="a")
    state = claimkit.extract("Pakistan's army said 30 Afghan soldiers were killed.", id="b")
    sides = {f.side for f in claimkit.reconcile([army, state]).figures}
    assert "Afghanistan" in sides
