"""claimkit.json_schema() describes Document.to_dict(): generated documents validate, broken ones don't."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given

import claimkit
from claimkit import Document
from claimkit._model import ACTIONS, KINDS, MODES, OUTCOMES, QUALIFIERS, STATUSES
from claimkit.testing import documents

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = claimkit.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())

ARTICLE = (
    "Rebels Say 14 Soldiers Killed Near Dosht\n"
    "DOSHT, March 3 - Rebel fighters said on Tuesday they had killed 14 soldiers and captured two "
    "villages near Dosht, a claim the army denied. \"We hold the road,\" rebel spokesman Idris Kalo "
    "told reporters. At least nine civilians were wounded, according to local officials.\n"
)


def errors(instance: Any) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(instance)]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    json.dumps(SCHEMA)  # plain JSON, ready for `claimkit schema`


def test_closed_vocabularies_are_the_models_enums() -> None:
    defs = SCHEMA["$defs"]
    assert defs["claim"]["properties"]["status"]["enum"] == list(STATUSES)
    assert defs["attribution"]["properties"]["mode"]["enum"] == list(MODES)
    assert defs["count"]["properties"]["qualifier"]["enum"] == list(QUALIFIERS)
    assert defs["casualty"]["properties"]["outcome"]["enum"] == list(OUTCOMES)
    assert defs["territorial"]["properties"]["action"]["enum"] == list(ACTIONS)
    assert defs["claim"]["properties"]["kind"]["anyOf"][0]["enum"] == list(KINDS)


def test_json_schema_returns_a_fresh_copy() -> None:
    first = claimkit.json_schema()
    first["$defs"].clear()
    assert claimkit.json_schema() == SCHEMA


@given(documents())
def test_generated_documents_validate(doc: Document) -> None:
    assert errors(doc.to_dict()) == []


@given(documents())
def test_documents_survive_json_and_validate_after(doc: Document) -> None:
    data = json.loads(json.dumps(doc.to_dict()))
    assert errors(data) == []
    assert Document.from_dict(data).to_dict() == doc.to_dict()


def test_extracted_documents_validate() -> None:
    doc = claimkit.extract(ARTICLE, published="2025-03-04", source="The Daily Ledger", id="a1")
    assert errors(doc.to_dict()) == []


def _valid() -> dict[str, Any]:
    text = "Two soldiers were killed, the army said."
    return {
        "id": None, "text": text, "source": {"name": "Ledger", "url": None, "published": "2025-03-04"},
        "attributions": [],
        "claims": [{"id": "casualty-1", "kind": "casualty", "span": [0, 24], "mentions": [[0, 24]],
                    "attribution": None, "status": "asserted", "time": None, "location": None,
                    "extractor": "casualty",
                    "data": {"outcome": "killed", "side": None, "group": "soldiers",
                             "count": {"best": 2, "low": None, "high": None, "qualifier": "exact",
                                       "text": "Two"}}}],
        "tally": {"killed": {"low": 2, "best": 2, "high": 2}}, "errors": [],
    }


def test_hand_written_contract_example_validates() -> None:
    assert errors(_valid()) == []


def test_plugin_kinds_and_extra_fields_are_allowed() -> None:
    doc = _valid()
    doc["claims"].append({**doc["claims"][0], "id": "displacement-1", "kind": "displacement",
                          "data": {"unit": "families", "count": None}})
    doc["claims"][0]["data"]["note"] = "a field a stage added"
    doc["source"]["title"] = "Two soldiers killed"
    assert errors(doc) == []


@pytest.mark.parametrize(("path", "value"), [
    (("claims", 0, "status"), "rumoured"),
    (("claims", 0, "kind"), "Bad Kind"),
    (("claims", 0, "data", "outcome"), "exploded"),
    (("claims", 0, "data", "count", "qualifier"), "roughly"),
    (("claims", 0, "data", "count", "best"), -1),
    (("claims", 0, "span"), [0]),
    (("source", "published"), "4 March 2025"),
    (("tally", "killed", "best"), "two"),
    (("text",), None),
])
def test_broken_documents_do_not_validate(path: tuple[Any, ...], value: Any) -> None:
    doc = copy.deepcopy(_valid())
    target: Any = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert errors(doc)


def test_built_in_kinds_need_their_data_keys() -> None:
    doc = _valid()
    del doc["claims"][0]["data"]["count"]
    assert any("'count' is a required property" in e for e in errors(doc))
    denial = _valid()
    denial["claims"][0] = {**denial["claims"][0], "kind": "denial", "data": {"denier": "army"}}
    assert any("'denied' is a required property" in e for e in errors(denial))


def test_a_missing_top_level_key_does_not_validate() -> None:
    doc = _valid()
    del doc["claims"]
    assert errors(doc)
