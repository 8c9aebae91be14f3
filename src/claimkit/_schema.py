"""claimkit.json_schema: the JSON Schema (draft 2020-12) of ``Document.to_dict()``.

Built from the same constants the value types validate against (KINDS, STATUSES, MODES,
QUALIFIERS, OUTCOMES, ACTIONS), so the schema cannot drift from the code's enums. Objects
allow additional properties: the contract lets stages add fields, never rename or remove.
"""

from __future__ import annotations

import copy
from typing import Any

from ._model import ACTIONS, KINDS, MODES, OUTCOMES, QUALIFIERS, STATUSES

SCHEMA_ID = "urn:claimkit:schema:document"
_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_NAT = {"type": "integer", "minimum": 0}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _object(properties: dict[str, Any], required: tuple[str, ...] | None = None) -> dict[str, Any]:
    """An object schema; every property is required unless ``required`` says which are."""
    return {"type": "object", "properties": properties,
            "required": list(properties if required is None else required)}


def _string_or_null() -> dict[str, Any]:
    return {"type": ["string", "null"]}


def _data_if(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
            "then": {"properties": {"data": data}}}


def _defs() -> dict[str, Any]:
    snippet = _object({"text": {"type": "string"}, "span": _ref("span")})
    return {
        "span": {"type": "array", "prefixItems": [_NAT, _NAT], "minItems": 2, "maxItems": 2,
                 "description": "[start, end): text[start:end] is the evidence"},
        "date": _DATE,
        "snippet": snippet,
        "speaker": _object({"text": {"type": "string"}, "span": _ref("span"), "name": _string_or_null(),
                            "role": _string_or_null(), "organization": _string_or_null()}),
        "attribution": _object({
            "source": _nullable(_ref("speaker")), "cue": _ref("snippet"), "content": _ref("snippet"),
            "mode": {"enum": list(MODES)}}),
        "count": _object({"best": _nullable(_NAT), "low": _nullable(_NAT), "high": _nullable(_NAT),
                          "qualifier": {"enum": list(QUALIFIERS)}, "text": {"type": "string"}}),
        "source": _object({"name": _string_or_null(), "url": _string_or_null(),
                           "published": _nullable(_ref("date")), "title": _string_or_null()},
                          required=("name", "url", "published")),
        "time": _object({"text": {"type": "string"}, "span": _ref("span"), "date": _nullable(_ref("date"))}),
        "casualty": _object({"outcome": {"enum": list(OUTCOMES)}, "count": _ref("count"),
                             "group": _string_or_null(), "side": _string_or_null()},
                            required=("outcome", "count")),
        "territorial": _object({"action": {"enum": list(ACTIONS)}, "count": _nullable(_ref("count")),
                                "object": _string_or_null(), "place": _string_or_null(),
                                "actor": _string_or_null(), "from": _string_or_null()},
                               required=("action",)),
        "denial": _object({"denier": _string_or_null(), "denied": _ref("snippet"),
                           "target": _string_or_null()}, required=("denied",)),
        "contradiction": _object({"claims": {"type": "array", "items": {"type": "string"},
                                             "minItems": 2},
                                  "reason": {"type": "string"}}, required=("claims",)),
        "claim": {
            **_object({
                "id": {"type": "string", "minLength": 1},
                "kind": {"anyOf": [{"enum": list(KINDS)},
                                   {"type": "string", "pattern": "^[a-z_][a-z0-9_]*$",
                                    "description": "a plugin's kind: a lowercase identifier"}]},
                "span": _ref("span"),
                "mentions": {"type": "array", "items": _ref("span"), "minItems": 1},
                "attribution": _nullable(_ref("attribution")),
                "status": {"enum": list(STATUSES)},
                "time": _nullable(_ref("time")),
                "location": _nullable(_ref("snippet")),
                "extractor": {"type": "string"},
                "data": {"type": "object"},
            }),
            "allOf": [_data_if(kind, _ref(kind)) for kind in KINDS],
        },
        "tally": {"type": "object",
                  "additionalProperties": _object({"low": _NAT, "best": _NAT, "high": _NAT})},
        "stage_error": _object({"stage": {"type": "string"}, "error": {"type": "string"}}),
    }


def _build() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "claimkit Document",
        "description": "The output contract: what claimkit.Document.to_dict() returns and what each "
                       "line of `claimkit extract --jsonl` holds.",
        **_object({
            "id": _string_or_null(),
            "text": {"type": "string"},
            "source": _nullable(_ref("source")),
            "attributions": {"type": "array", "items": _ref("attribution")},
            "claims": {"type": "array", "items": _ref("claim")},
            "tally": _ref("tally"),
            "errors": {"type": "array", "items": _ref("stage_error")},
        }),
        "$defs": _defs(),
    }


_SCHEMA = _build()


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`claimkit.Document.to_dict`, as a new dict.

    Closed vocabularies (statuses, attribution modes, count qualifiers, casualty outcomes,
    territorial actions) are enums; ``kind`` is a built-in kind or any lowercase identifier
    (a plugin's), and ``data`` is checked against the built-in kind's shape when ``kind`` names
    one. Validate with any draft 2020-12 validator, e.g.
    ``jsonschema.Draft202012Validator(claimkit.json_schema()).validate(doc.to_dict())``.
    """
    return copy.deepcopy(_SCHEMA)
