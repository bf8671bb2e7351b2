"""``to_strict_json_schema``: what strict mode needs, key by key, and the same bytes as the
reference on hand-written schemas (through its public ``pydantic_function_tool``)."""

from __future__ import annotations

import copy
import json
from typing import Any, Dict, List, Optional

import openai
import pydantic
import pytest
from structured_models import Address, Tree

import openwire
from openwire.lib._parsing._schema import resolve_ref, schema_name, to_strict_json_schema
from openwire.lib._pydantic import to_strict_json_schema as public_to_strict_json_schema


def model_with_schema(schema: Dict[str, Any]) -> Any:
    """A model whose JSON schema is ``schema`` (a fresh copy each time, as pydantic's is)."""

    class Custom(pydantic.BaseModel):
        @classmethod
        def model_json_schema(cls, *args: Any, **kwargs: Any) -> Dict[str, Any]:
            return copy.deepcopy(schema)

    return Custom


OBJECT = {"type": "object", "properties": {"q": {"type": "string", "default": None}}}
HAND_WRITTEN: List[Dict[str, Any]] = [
    {
        "type": "object",
        "properties": {"a": {"allOf": [{"$ref": "#/$defs/I"}], "description": "d"}},
        "$defs": {"I": OBJECT},
    },
    {"type": "object", "properties": {"a": {"allOf": [OBJECT, {"type": "object", "properties": {"r": {}}}]}}},
    {"type": "object", "properties": {"a": {"oneOf": [OBJECT]}}},
    {
        "type": "object",
        "properties": {"a": {"$ref": "#/$defs/I", "title": "Over", "description": "mine"}},
        "$defs": {"I": {"title": "I", "description": "theirs", **OBJECT}},
    },
    {"type": "object", "properties": {"a": {"$ref": "#/$defs/I", "default": None}}, "$defs": {"I": OBJECT}},
    {"type": "object", "properties": {"a": {"type": "array", "prefixItems": [OBJECT], "items": OBJECT}}},
    {
        "type": "object",
        "properties": {"a": {"$ref": "#/definitions/Z", "description": "x"}},
        "definitions": {"Z": OBJECT},
    },
    {"properties": {"a": {"type": "string"}}},
    {"type": ["object", "null"], "properties": {"x": {"type": "string"}}},
    {
        "type": "object",
        "properties": {"a": {"anyOf": [OBJECT, {"$ref": "#/$defs/I", "description": "d"}]}},
        "$defs": {"I": OBJECT},
    },
    {"type": "object", "properties": {"a": {"type": "object", "additionalProperties": OBJECT}}},
    {"type": "object", "properties": {}},
    {"type": "object", "properties": {"a": {"not": OBJECT, "default": 0}}},
    {
        "type": "object",
        "properties": {"a": {"type": "array", "items": {"$ref": "#/$defs/I", "description": "d"}}},
        "$defs": {"I": OBJECT},
    },
    {"$ref": "#/$defs/Root", "$defs": {"Root": {"type": "object", "properties": {"self": {"$ref": "#/$defs/Root"}}}}},
]


@pytest.mark.parametrize("schema", HAND_WRITTEN, ids=[str(i) for i in range(len(HAND_WRITTEN))])
def test_hand_written_schemas_become_what_the_reference_sends(schema: Dict[str, Any]) -> None:
    model = model_with_schema(schema)
    ours = openwire.pydantic_function_tool(model)
    theirs = openai.pydantic_function_tool(model)
    assert json.dumps(ours) == json.dumps(theirs)


def test_objects_forbid_other_properties_and_require_all_of_theirs() -> None:
    class M(pydantic.BaseModel):
        a: Optional[int] = None
        b: str = "x"

    schema = to_strict_json_schema(M)
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["a", "b"]
    assert schema["properties"]["a"] == {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "A"}
    assert schema["properties"]["b"]["default"] == "x"  # only ``default: null`` goes


def test_an_explicit_additional_properties_is_kept() -> None:
    class M(pydantic.BaseModel):
        counts: Dict[str, int]

    assert to_strict_json_schema(M)["properties"]["counts"]["additionalProperties"] == {"type": "integer"}


def test_recursive_models_keep_their_definitions() -> None:
    schema = to_strict_json_schema(Tree)
    assert schema["$defs"]["Tree"]["additionalProperties"] is False
    assert schema["properties"]["children"]["items"] == {"$ref": "#/$defs/Tree"}
    assert "$ref" not in schema


def test_a_reference_with_siblings_is_inlined() -> None:
    class M(pydantic.BaseModel):
        home: Address = pydantic.Field(description="Where")

    home = to_strict_json_schema(M)["properties"]["home"]
    assert "$ref" not in home
    assert home["description"] == "Where"
    assert home["required"] == ["street", "city", "zip"]


def test_type_adapters_are_accepted_and_other_values_refused() -> None:
    assert to_strict_json_schema(pydantic.TypeAdapter(List[Address]))["items"] == {"$ref": "#/$defs/Address"}
    with pytest.raises(TypeError, match="pydantic model class"):
        to_strict_json_schema(dict)


def test_each_call_gets_its_own_copy() -> None:
    first = to_strict_json_schema(Address)
    first["properties"].clear()
    assert list(to_strict_json_schema(Address)["properties"]) == ["street", "city", "zip"]


def test_the_public_path_is_the_same_function() -> None:
    assert public_to_strict_json_schema is to_strict_json_schema


def test_refs_must_be_local_and_must_resolve() -> None:
    root = {"$defs": {"a/b": {"type": "string"}, "c~d": {"type": "integer"}}}
    assert resolve_ref(root=root, ref="#/$defs/a~1b") == {"type": "string"}
    assert resolve_ref(root=root, ref="#/$defs/c~0d") == {"type": "integer"}
    with pytest.raises(ValueError, match="only local references"):
        resolve_ref(root=root, ref="https://example.com/schema")
    with pytest.raises(ValueError, match="does not resolve"):
        to_strict_json_schema(model_with_schema({"properties": {"a": {"$ref": "#/$defs/Missing", "title": "t"}}}))


def test_a_schema_that_is_not_an_object_is_refused_with_its_path() -> None:
    with pytest.raises(TypeError, match="#/properties/a"):
        to_strict_json_schema(model_with_schema({"type": "object", "properties": {"a": True}}))


def test_names_are_made_acceptable_to_the_api() -> None:
    class Wrapper(pydantic.BaseModel):
        pass

    assert schema_name(Address) == "Address"
    Wrapper.__name__ = "Wrapper[List[int]]"
    assert schema_name(Wrapper) == "Wrapper_List_int__"
    Wrapper.__name__ = "N" * 80
    assert len(schema_name(Wrapper)) == 64
