"""Pipeline ordering, build-time errors, editing, and how a run survives a failing stage."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import (
    Claim,
    CycleError,
    Document,
    DuplicateStageError,
    MissingRequirementError,
    Pipeline,
    PipelineError,
    Span,
    Stage,
    UnknownStageError,
    stage,
)

TEXT = "Militia fighters stormed a police post on Monday, killing four officers, the governor said."


def marker(name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = (),
           before: Iterable[str] = (), after: Iterable[str] = ()) -> Stage:
    """A stage that adds one plugin-kind claim, so the run order shows in the claims."""

    def run(doc: Document) -> Document:
        return doc.add_claims([Claim("trace", Span(0, 7), {"stage": name})])

    return Stage(name, run, tuple(requires), tuple(provides), tuple(before), tuple(after))


def ran(doc: Document) -> list[str]:
    return [c.data["stage"] for c in doc.claims if c.kind == "trace"]


# -- ordering -------------------------------------------------------------------------

def test_registration_order_is_kept_without_constraints() -> None:
    assert Pipeline([marker("a"), marker("b"), marker("c")]).names == ("a", "b", "c")


def test_requires_puts_the_provider_first() -> None:
    p = Pipeline([marker("status", requires=["claims:casualty"]),
                  marker("casualty", requires=["attributions"], provides=["claims:casualty"]),
                  marker("attribution", provides=["attributions"])])
    assert p.names == ("attribution", "casualty", "status")
    assert ran(p(Document(TEXT))) == ["attribution", "casualty", "status"]


def test_every_provider_of_a_fact_runs_before_its_user() -> None:
    p = Pipeline([marker("contradiction", requires=["claims"]),
                  marker("casualty", provides=["claims"]),
                  marker("territorial", provides=["claims"])])
    assert p.names == ("casualty", "territorial", "contradiction")


def test_before_and_after_are_honoured() -> None:
    p = Pipeline([marker("late", after=["middle"]), marker("middle"), marker("early", before=["middle"])])
    assert p.names.index("early") < p.names.index("middle") < p.names.index("late")


def test_ties_keep_registration_order() -> None:
    # b and c both wait for a only; they keep the order they were registered in.
    p = Pipeline([marker("c", after=["a"]), marker("b", after=["a"]), marker("a")])
    assert p.names == ("a", "c", "b")


def test_adding_before_a_stage_does_not_reorder_the_others() -> None:
    p = Pipeline([marker("a"), marker("b"), marker("c"), marker("d", after=["c"])])
    assert p.add(marker("x"), before="b").names == ("a", "x", "b", "c", "d")
    assert p.add(marker("x"), before=["c", "b"]).names == ("a", "x", "b", "c", "d")


def test_before_or_after_an_absent_stage_is_ignored() -> None:
    p = Pipeline([marker("x", after=["nowhere"], before=["neither"])])
    assert p.names == ("x",)


# -- build-time errors ----------------------------------------------------------------

def test_missing_requirement_names_stage_and_fact() -> None:
    with pytest.raises(MissingRequirementError, match=r"'denial' requires 'claims:casualty'") as info:
        Pipeline([marker("source", provides=["source"]), marker("denial", requires=["claims:casualty"])])
    assert info.value.stage == "denial"
    assert info.value.missing == "claims:casualty"
    assert info.value.available == ("source",)
    assert isinstance(info.value, PipelineError)
    assert isinstance(info.value, ValueError)


def test_duplicate_stage_names_are_rejected() -> None:
    first = Stage("casualty", lambda d: d, plugin="casualty")
    second = Stage("casualty", lambda d: d, plugin="my_plugin")
    with pytest.raises(DuplicateStageError, match=r"'casualty' is registered twice \(by casualty, my_plugin"):
        Pipeline([first, second])


def test_cycle_names_the_stages_in_it() -> None:
    with pytest.raises(CycleError, match="among: a, b") as info:
        Pipeline([marker("a", after=["b"]), marker("b", after=["a"]), marker("free"),
                  marker("downstream", after=["a"])])
    assert info.value.stages == ("a", "b")


def test_cycle_through_requires() -> None:
    with pytest.raises(CycleError, match="x, y"):
        Pipeline([marker("x", requires=["fy"], provides=["fx"]),
                  marker("y", requires=["fx"], provides=["fy"])])


def test_a_requirement_clashing_with_after_is_a_cycle() -> None:
    with pytest.raises(CycleError):
        Pipeline([marker("user", requires=["f"], before=["provider"]), marker("provider", provides=["f"])])


# -- editing --------------------------------------------------------------------------

def test_add_places_a_stage_before_or_after() -> None:
    p = Pipeline([marker("a"), marker("b"), marker("c")])
    assert p.add(marker("x"), before="b").names == ("a", "x", "b", "c")
    after_b = p.add(marker("y"), after="b").names
    assert after_b.index("b") < after_b.index("y")
    assert [n for n in after_b if n != "y"] == ["a", "b", "c"]
    assert p.add(marker("z")).names == ("a", "b", "c", "z")
    assert p.names == ("a", "b", "c")  # the original is unchanged


def test_add_with_an_unknown_anchor_is_an_error() -> None:
    with pytest.raises(UnknownStageError, match="no stage 'nope' in the pipeline; available: a") as info:
        Pipeline([marker("a")]).add(marker("x"), after="nope")
    assert isinstance(info.value, LookupError)


def test_add_a_duplicate_is_an_error() -> None:
    with pytest.raises(DuplicateStageError):
        Pipeline([marker("a")]).add(marker("a"))


def test_remove() -> None:
    p = Pipeline([marker("a"), marker("b")])
    assert p.remove("a").names == ("b",)
    with pytest.raises(UnknownStageError):
        p.remove("zzz")


def test_removing_a_needed_provider_is_an_error_naming_the_fact() -> None:
    p = Pipeline([marker("attribution", provides=["attributions"]),
                  marker("casualty", requires=["attributions"])])
    with pytest.raises(MissingRequirementError, match="'casualty' requires 'attributions'"):
        p.remove("attribution")


def test_replace_keeps_the_position() -> None:
    p = Pipeline([marker("a"), marker("b", after=["a"], before=["c"]), marker("c")])
    new = p.replace("b", marker("b2"))
    assert new.names == ("a", "b2", "c")
    assert new["b2"].after == ("a",)
    assert ran(new(Document(TEXT))) == ["a", "b2", "c"]
    with pytest.raises(UnknownStageError):
        p.replace("nope", marker("x"))


def test_getitem_and_len_and_iter() -> None:
    p = Pipeline([marker("a"), marker("b")])
    assert len(p) == 2
    assert [s.name for s in p] == ["a", "b"]
    assert p["b"].name == "b"


def test_stage_decorator_builds_a_stage() -> None:
    @stage("shout", requires="text", provides=["claims:shout"], after="source")
    def shout(doc: Document) -> Document:
        return doc

    assert isinstance(shout, Stage)
    assert shout.requires == ("text",)
    assert shout.provides == ("claims:shout",)
    assert shout.after == ("source",)
    assert shout.before == ()
    doc = Document(TEXT)
    assert shout(doc) is doc


# -- running --------------------------------------------------------------------------

def boom(doc: Document) -> Document:
    raise RuntimeError("the lexicon is missing")


def test_a_raising_stage_is_recorded_and_the_others_keep_their_claims() -> None:
    p = Pipeline([marker("first"), Stage("broken", boom), marker("last")])
    doc = p(Document(TEXT))
    assert ran(doc) == ["first", "last"]
    expected = [{"stage": "broken", "error": "RuntimeError: the lexicon is missing"}]
    assert [e.to_dict() for e in doc.errors] == expected
    assert doc.to_dict()["errors"] == expected


def test_strict_reraises_with_a_note_naming_the_stage() -> None:
    p = Pipeline([marker("first"), Stage("broken", boom)])
    with pytest.raises(RuntimeError, match="the lexicon is missing") as info:
        p(Document(TEXT), strict=True)
    assert "in claimkit stage 'broken'" in info.value.__notes__


def test_a_stage_returning_a_non_document_is_an_error() -> None:
    bad = Stage("bad", lambda doc: doc.to_dict())  # type: ignore[arg-type,return-value]
    doc = Pipeline([bad, marker("after")])(Document(TEXT))
    assert ran(doc) == ["after"]
    assert doc.errors[0].stage == "bad"
    assert "returned dict, expected a Document" in doc.errors[0].error
    with pytest.raises(TypeError, match="'bad' returned dict"):
        Pipeline([bad])(Document(TEXT), strict=True)


def test_an_empty_pipeline_returns_the_document_unchanged() -> None:
    doc = claimkit.extract(TEXT, pipeline=Pipeline([]))
    assert doc.claims == ()
    assert doc.errors == ()
    assert doc.to_dict()["tally"] == {}


@given(st.integers(1, 8).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=12),
    st.permutations(range(n)))))
def test_order_satisfies_every_constraint(case: tuple[int, list[tuple[int, int]], list[int]]) -> None:
    """Random acyclic after= constraints (only from a lower to a higher number), registered in
    random order: every constraint holds, and registration order survives where it already did."""
    n, pairs, registration = case
    afters: dict[int, set[int]] = {i: set() for i in range(n)}
    for a, b in pairs:
        if a < b:
            afters[b].add(a)  # b runs after a
    stages = [marker(f"s{i}", after=[f"s{j}" for j in sorted(afters[i])]) for i in registration]
    order = [int(name[1:]) for name in Pipeline(stages).names]
    assert sorted(order) == list(range(n))
    for b, before_b in afters.items():
        for a in before_b:
            assert order.index(a) < order.index(b)
    if all(registration.index(a) < registration.index(b) for b in afters for a in afters[b]):
        assert order == registration


def test_a_family_requirement_runs_after_every_provider_of_the_family() -> None:
    seen: list[str] = []

    def recorder(name: str) -> Stage:
        def run(doc: Document) -> Document:
            seen.append(name)
            return doc

        return Stage(name, run, provides=(f"claims:{name}",))

    last = Stage("last", lambda doc: (seen.append("last"), doc)[1], requires="claims:*")
    pipeline = Pipeline([last, recorder("a"), recorder("b")])
    assert pipeline.names == ("a", "b", "last")
    pipeline(Document("x"))
    assert seen == ["a", "b", "last"]


def test_a_family_requirement_with_no_provider_still_builds() -> None:
    assert Pipeline([Stage("alone", lambda doc: doc, requires="claims:*")]).names == ("alone",)
