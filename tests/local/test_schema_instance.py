"""A minimal valid instance for the JSON Schemas structured outputs use."""

from __future__ import annotations

from typing import List, Literal, Optional, Union

import pytest
from pydantic import BaseModel, TypeAdapter

from openwire.local import schema_instance
from openwire.local._schema_instance import SchemaError


class Address(BaseModel):
    street: str
    zip_code: Optional[str]


class Node(BaseModel):
    name: str
    children: List["Node"]
    parent: Optional["Node"]


class Person(BaseModel):
    name: str
    age: int
    kind: Literal["admin", "user"]
    home: Address
    tags: List[str]
    extra: Union[int, str]
    tree: Node


def test_an_instance_of_a_pydantic_schema_validates() -> None:
    schema = Person.model_json_schema()
    instance = schema_instance(schema)
    person = Person.model_validate(instance)
    assert person.kind == "admin" and person.tags == ["tags"] and person.tree.children == []
    assert person.tree.parent is None


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "format": "date-time"}, "2024-01-01T00:00:00Z"),
        ({"type": "string", "minLength": 8}, "valuevalu"[:8]),
        ({"type": "integer", "minimum": 5, "maximum": 9}, 5),
        ({"type": "number", "exclusiveMinimum": 1}, 1.5),
        ({"type": "integer", "maximum": -3}, -3),
        ({"type": ["null", "boolean"]}, False),
        ({"const": 7}, 7),
        ({"enum": ["b", "a"]}, "b"),
        ({"type": "array", "items": {"type": "integer"}, "minItems": 2}, [0, 0]),
        ({"type": "array", "items": {"type": "integer"}, "maxItems": 0}, []),
        (
            {"allOf": [{"properties": {"a": {"type": "integer"}}}, {"properties": {"b": {"type": "boolean"}}}]},
            {"a": 0, "b": False},
        ),
        ({"$defs": {"x": {"type": "integer"}}, "type": "object", "properties": {"v": {"$ref": "#/$defs/x"}}}, {"v": 0}),
    ],
)
def test_keywords(schema: dict, expected: object) -> None:  # type: ignore[type-arg]
    assert schema_instance(schema) == expected


def test_optional_recursive_property_is_left_out() -> None:
    schema = {"$defs": {"n": {"type": "object", "properties": {"next": {"$ref": "#/$defs/n"}}}}, "$ref": "#/$defs/n"}
    assert schema_instance(schema) == {}


def test_unsatisfiable_recursion_and_bad_refs_raise() -> None:
    looped = {
        "$defs": {"n": {"type": "object", "properties": {"next": {"$ref": "#/$defs/n"}}, "required": ["next"]}},
        "$ref": "#/$defs/n",
    }
    with pytest.raises(SchemaError):
        schema_instance(looped)
    with pytest.raises(SchemaError):
        schema_instance({"$ref": "#/$defs/missing"})
    with pytest.raises(SchemaError):
        schema_instance({"$ref": "https://example.com/schema.json"})


def test_generated_value_validates_for_a_type_adapter() -> None:
    adapter = TypeAdapter(List[Address])
    assert adapter.validate_python(schema_instance(adapter.json_schema()))
