"""Value types and the Document: validation, the output contract, and the JSON round trip."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given

from claimkit import (
    Attribution,
    Claim,
    ClaimkitError,
    ContractError,
    Count,
    Document,
    Snippet,
    Source,
    Span,
    Speaker,
    StageError,
    TimeExpression,
)
from strategies import documents

TEXT = "Rebels said on Friday they had seized the town of Karvo, killing 12 soldiers."


def snip(text: str, part: str) -> Snippet:
    start = text.index(part)
    return Snippet(part, Span(start, start + len(part)))


def sample_document() -> Document:
    """A hand-built document exercising every field of the contract."""
    speaker = Speaker("Rebels", Span(0, 6), None, None, "rebels")
    content = snip(TEXT, "they had seized the town of Karvo, killing 12 soldiers")
    att = Attribution(speaker, snip(TEXT, "said"), content, "indirect")
    friday = snip(TEXT, "on Friday")
    casualty = Claim(
        "casualty", snip(TEXT, "killing 12 soldiers").span,
        {"outcome": "killed", "count": Count(12, 12, 12, "exact", "12"), "group": "soldiers", "side": None},
        attribution=att, status="unverified",
        time=TimeExpression(friday.text, friday.span, dt.date(2025, 10, 10)),
        location=snip(TEXT, "Karvo"), extractor="casualty",
    )
    territorial = Claim(
        "territorial", snip(TEXT, "seized the town of Karvo").span,
        {"action": "captured", "count": None, "object": "town", "place": "Karvo", "actor": "Rebels",
         "from": None},
        attribution=att, extractor="territorial",
    )
    return Document(TEXT, id="doc-1", source=Source("Frontier Ledger", None, dt.date(2025, 10, 11)),
                    attributions=(att,), errors=(StageError("when_where", "ValueError: boom"),)
                    ).add_claims([casualty, territorial])


# -- validators -----------------------------------------------------------------------

def test_contract_error_is_a_value_error_and_a_claimkit_error() -> None:
    assert issubclass(ContractError, ValueError)
    assert issubclass(ContractError, ClaimkitError)


@pytest.mark.parametrize(("start", "end"), [(5, 4), (-1, 3), (-3, -1)])
def test_span_needs_ordered_non_negative_bounds(start: int, end: int) -> None:
    with pytest.raises(ContractError, match=r"0 <= start <= end"):
        Span(start, end)


def test_span_rejects_non_integers() -> None:
    with pytest.raises(ContractError):
        Span(1.5, 3)  # type: ignore[arg-type]


def test_empty_span_is_allowed() -> None:
    assert Span(3, 3).to_list() == [3, 3]


def test_claim_span_outside_text_is_rejected() -> None:
    claim = Claim("casualty", Span(0, len(TEXT) + 1), {"outcome": "killed"})
    with pytest.raises(ContractError, match=f"length {len(TEXT)}"):
        Document(TEXT, claims=[claim])


def test_mention_outside_text_is_rejected() -> None:
    claim = Claim("casualty", Span(0, 3), {"outcome": "killed"}, mentions=[Span(0, 3), Span(70, 500)])
    with pytest.raises(ContractError, match="span"):
        Document(TEXT, claims=[claim])


def test_snippet_text_must_equal_text_at_span() -> None:
    wrong = Snippet("Soldiers", Span(0, 6))
    att = Attribution(None, snip(TEXT, "said"), wrong)
    with pytest.raises(ContractError, match=r"'Rebels' \(the text at its span\)") as info:
        Document(TEXT, attributions=[att])
    assert info.value.field == "attributions[0].content.text"
    assert info.value.value == "Soldiers"


def test_what_a_document_method_adds_is_checked() -> None:
    # add_claims, replace_claims and add_attributions check only what they add (the rest
    # was checked when the document was made), but that they do check.
    good = Claim("casualty", Span(0, 6), {"outcome": "killed"})
    doc = Document(TEXT).add_claims([good])
    with pytest.raises(ContractError, match=f"length {len(TEXT)}"):
        doc.add_claims([Claim("casualty", Span(0, len(TEXT) + 1), {"outcome": "killed"})])
    with pytest.raises(ContractError, match="unique"):
        doc.add_claims([attrs.evolve(good, id=doc.claims[0].id)])
    with pytest.raises(ContractError, match="span"):
        doc.replace_claims([attrs.evolve(doc.claims[0], mentions=(Span(70, 500),))])
    att = Attribution(None, snip(TEXT, "said"), snip(TEXT, "Karvo"))
    doc = doc.add_attributions([att])
    with pytest.raises(ContractError) as info:
        doc.add_attributions([Attribution(None, snip(TEXT, "said"), Snippet("Soldiers", Span(0, 6)))])
    assert info.value.field == "attributions[1].content.text"
    assert doc.replace_claims([]).claims == doc.claims


def test_speaker_time_and_location_snippets_are_checked() -> None:
    bad_speaker = Attribution(Speaker("Army", Span(0, 6)), snip(TEXT, "said"), snip(TEXT, "Karvo"))
    with pytest.raises(ContractError, match="source"):
        Document(TEXT, attributions=[bad_speaker])
    with pytest.raises(ContractError, match="time"):
        Document(TEXT, claims=[Claim("casualty", Span(0, 1), {}, time=TimeExpression("x", Span(0, 1)))])
    with pytest.raises(ContractError, match="location"):
        Document(TEXT, claims=[Claim("casualty", Span(0, 1), {}, location=Snippet("x", Span(0, 1)))])


def test_denied_snippet_is_checked_against_the_text() -> None:
    denial = Claim("denial", Span(0, 6), {"denier": None, "denied": Snippet("nothing", Span(0, 7))})
    with pytest.raises(ContractError, match="denied"):
        Document(TEXT, claims=[denial])
    outside = Claim("denial", Span(0, 6), {"denied": Snippet("", Span(len(TEXT) + 1, len(TEXT) + 1))})
    with pytest.raises(ContractError):
        Document(TEXT, claims=[outside])


def test_unknown_status_names_the_options() -> None:
    with pytest.raises(ContractError, match="asserted, unverified, hedged") as info:
        Claim("casualty", Span(0, 1), status="rumoured")
    assert info.value.field == "Claim.status"
    assert info.value.value == "rumoured"


def test_unknown_mode_is_rejected() -> None:
    with pytest.raises(ContractError, match="according_to"):
        Attribution(None, Snippet("", Span(0, 0)), Snippet("", Span(0, 0)), mode="shouted")


def test_unknown_qualifier_is_rejected() -> None:
    with pytest.raises(ContractError, match="at_least"):
        Count(3, qualifier="roughly")


@pytest.mark.parametrize(("low", "best", "high"), [(5, 3, None), (None, 3, 2), (-1, None, None)])
def test_count_bounds_must_be_ordered_and_non_negative(low: int | None, best: int | None,
                                                       high: int | None) -> None:
    with pytest.raises(ContractError, match="low <= best <= high"):
        Count(best, low, high)


@pytest.mark.parametrize("kind", ["Casualty", "two words", "", "1st", "kind-with-dash"])
def test_bad_kind_is_rejected(kind: str) -> None:
    with pytest.raises(ContractError, match="a lowercase identifier"):
        Claim(kind, Span(0, 1))


def test_a_plugin_kind_is_allowed() -> None:
    claim = Claim("airstrike", Span(0, 6), {"note": "x"})
    doc = Document(TEXT).add_claims([claim])
    assert doc.claims[0].id == "airstrike-1"
    assert doc.to_dict()["claims"][0]["kind"] == "airstrike"


def test_duplicate_claim_ids_are_rejected() -> None:
    a = Claim("casualty", Span(0, 1), id="c")
    with pytest.raises(ContractError, match="unique"):
        Document(TEXT, claims=[a, attrs.evolve(a)])


def test_document_text_must_be_a_str() -> None:
    with pytest.raises(TypeError):
        Document(b"bytes")  # type: ignore[arg-type]


def test_add_claims_numbers_ids_per_kind_and_skips_taken_ones() -> None:
    doc = Document(TEXT, claims=[Claim("casualty", Span(0, 1), id="casualty-2")])
    doc = doc.add_claims([Claim("casualty", Span(0, 1)), Claim("denial", Span(0, 1)),
                          Claim("casualty", Span(0, 1))])
    assert [c.id for c in doc.claims] == ["casualty-2", "casualty-3", "denial-1", "casualty-4"]


def test_mentions_default_to_the_evidence_span() -> None:
    claim = Claim("casualty", Span(2, 5))
    assert claim.mentions == (Span(2, 5),)
    repeated = Claim("casualty", Span(2, 5), mentions=[Span(0, 1), Span(2, 5)])
    assert repeated.mentions == (Span(0, 1), Span(2, 5))


def test_replace_claims_swaps_by_id_and_keeps_order() -> None:
    doc = sample_document()
    first = doc.claims[0]
    marked = attrs.evolve(first, status="denied")
    new = doc.replace_claims([marked])
    assert new.claims == (marked, doc.claims[1])
    assert doc.claims[0].status == "unverified"  # the original is untouched


def test_claim_lookup_names_the_ids_there_are() -> None:
    doc = sample_document()
    assert doc.claim("territorial-1").kind == "territorial"
    with pytest.raises(KeyError, match="casualty-1, territorial-1"):
        doc.claim("denial-9")


# -- the output contract --------------------------------------------------------------

SPAN_KEYS = {"text", "span"}
SPEAKER_KEYS = {"text", "span", "name", "role", "organization"}
ATTRIBUTION_KEYS = {"source", "cue", "content", "mode"}
CLAIM_KEYS = {"id", "kind", "span", "mentions", "attribution", "status", "time", "location", "extractor",
              "data"}
COUNT_KEYS = {"best", "low", "high", "qualifier", "text"}


def test_to_dict_has_exactly_the_contract_keys() -> None:
    d = sample_document().to_dict()
    assert set(d) == {"text", "id", "source", "attributions", "claims", "tally", "errors"}
    assert d["source"] == {"name": "Frontier Ledger", "url": None, "published": "2025-10-11"}
    att = d["attributions"][0]
    assert set(att) == ATTRIBUTION_KEYS
    assert set(att["source"]) == SPEAKER_KEYS
    assert set(att["cue"]) == SPAN_KEYS
    assert set(att["content"]) == SPAN_KEYS
    assert att["cue"] == {"text": "said", "span": [7, 11]}
    casualty, territorial = d["claims"]
    assert set(casualty) == CLAIM_KEYS
    assert casualty["id"] == "casualty-1"
    assert casualty["mentions"] == [casualty["span"]]
    assert set(casualty["data"]) == {"outcome", "count", "group", "side"}
    assert casualty["data"]["count"] == {"best": 12, "low": 12, "high": 12, "qualifier": "exact",
                                         "text": "12"}
    assert set(casualty["time"]) == {"text", "span", "date"}
    assert casualty["time"]["date"] == "2025-10-10"
    assert casualty["location"] == {"text": "Karvo", "span": [50, 55]}
    assert set(territorial["data"]) == {"action", "count", "object", "place", "actor", "from"}
    assert territorial["time"] is None
    assert d["tally"] == {"killed": {"low": 12, "best": 12, "high": 12}}
    assert d["errors"] == [{"stage": "when_where", "error": "ValueError: boom"}]


def test_every_span_in_the_output_indexes_the_text() -> None:
    d = sample_document().to_dict()
    text = d["text"]
    for claim in d["claims"]:
        start, end = claim["span"]
        assert text[start:end] in ("killing 12 soldiers", "seized the town of Karvo")
        content = claim["attribution"]["content"]
        assert text[content["span"][0]:content["span"][1]] == content["text"]


def test_denial_and_contradiction_data_become_json() -> None:
    doc = sample_document()
    denied = snip(TEXT, "seized the town of Karvo")
    doc = doc.add_claims([
        Claim("denial", Span(0, 6), {"denier": "army", "denied": denied, "target": "territorial-1"}),
        Claim("contradiction", Span(0, 6),
              {"claims": ("casualty-1", "denial-1"), "reason": "figures differ"}),
    ])
    d = doc.to_dict()
    assert d["claims"][2]["data"] == {"denier": "army", "denied": {"text": denied.text, "span": [31, 55]},
                                      "target": "territorial-1"}
    assert d["claims"][3]["data"] == {"claims": ["casualty-1", "denial-1"], "reason": "figures differ"}
    assert Document.from_dict(json.loads(json.dumps(d))) == doc


def test_from_dict_needs_a_mapping_with_text() -> None:
    with pytest.raises(ContractError, match="'text' key"):
        Document.from_dict({"claims": []})
    with pytest.raises(ContractError):
        Document.from_dict(["text"])  # type: ignore[arg-type]


def test_from_dict_checks_what_it_reads() -> None:
    d = sample_document().to_dict()
    d["claims"][0]["status"] = "rumoured"
    with pytest.raises(ContractError, match="rumoured"):
        Document.from_dict(d)


@given(documents())
def test_round_trip_through_to_dict(doc: Document) -> None:
    assert Document.from_dict(doc.to_dict()) == doc


@given(documents())
def test_output_is_json_serialisable_and_survives_json(doc: Document) -> None:
    encoded = json.dumps(doc.to_dict(), ensure_ascii=False)
    assert Document.from_dict(json.loads(encoded)) == doc


@given(documents())
def test_every_output_span_lies_inside_the_text(doc: Document) -> None:
    n = len(doc.text)
    for claim in doc.claims:
        for span in claim.spans():
            assert 0 <= span.start <= span.end <= n


def test_adding_many_claims_is_not_quadratic() -> None:
    import time

    text = "x" * 10
    many = [Claim("casualty", Span(0, 1)) for _ in range(20_000)]
    start = time.perf_counter()
    doc = Document(text).add_claims(many)
    assert time.perf_counter() - start < 5  # quadratic id assignment took minutes
    assert doc.claims[-1].id == "casualty-20000"
    assert len({c.id for c in doc.claims}) == 20_000


def test_each_part_of_an_attribution_that_does_not_fit_is_named() -> None:
    # (attributions that fit are passed by one quick test; one that does not is read part by
    # part, and the first part that does not fit is named)
    speaker = Speaker("Rebels", Span(0, 6))
    good = Attribution(speaker, snip(TEXT, "said"), snip(TEXT, "Karvo"), parts=(Span(0, 6), Span(50, 55)))
    assert Document(TEXT, attributions=[good]).attributions == (good,)
    wrong = Snippet("x", Span(0, 6))
    outside = Snippet("", Span(len(TEXT) + 1, len(TEXT) + 1))
    for changes, field in [({"source": Speaker("x", Span(0, 6))}, "attributions[0].source.text"),
                           ({"cue": wrong}, "attributions[0].cue.text"),
                           ({"content": wrong}, "attributions[0].content.text"),
                           ({"cue": outside}, "attributions[0].cue"),
                           ({"parts": (Span(0, 6), Span(0, len(TEXT) + 1))}, "attributions[0].parts")]:
        with pytest.raises(ContractError) as info:
            Document(TEXT, attributions=[attrs.evolve(good, **changes)])
        assert info.value.field == field
