"""Strict JSON schemas for structured outputs, from pydantic models.

The API's strict mode accepts a subset of JSON Schema: every object lists all of its
properties as ``required`` and forbids others (``additionalProperties: false``); optional
values are expressed as ``anyOf [..., {"type": "null"}]`` (pydantic already writes them so).
:func:`to_strict_json_schema` rewrites the schema pydantic writes, key by key and keeping key
order, so that the bytes sent are those the reference SDK sends for the same model.
"""

from __future__ import annotations

import copy
import re
import weakref
from typing import TYPE_CHECKING, Any, Dict, Tuple, Union

if TYPE_CHECKING:
    import pydantic

__all__ = ["to_strict_json_schema", "ensure_strict_json_schema", "resolve_ref", "schema_name"]

JsonSchema = Dict[str, Any]


# Schemas of model classes, made once: pydantic writes a model's schema anew on every call,
# which is most of the cost of a ``parse()`` request. Callers get a copy they may change.
_BY_MODEL: "weakref.WeakKeyDictionary[type, JsonSchema]" = weakref.WeakKeyDictionary()


def to_strict_json_schema(model: Union[type, "pydantic.TypeAdapter[Any]"]) -> JsonSchema:
    """The strict JSON schema of a pydantic model class, a pydantic dataclass or a ``TypeAdapter``."""
    import pydantic

    if isinstance(model, pydantic.TypeAdapter):
        schema = model.json_schema()
        return ensure_strict_json_schema(schema, path=(), root=schema)
    if isinstance(model, type) and issubclass(model, pydantic.BaseModel):
        cached = _BY_MODEL.get(model)
        if cached is None:
            schema = model.model_json_schema()
            cached = _BY_MODEL[model] = ensure_strict_json_schema(schema, path=(), root=schema)
        return copy.deepcopy(cached)
    if isinstance(model, type) and pydantic.dataclasses.is_pydantic_dataclass(model):
        return to_strict_json_schema(pydantic.TypeAdapter(model))
    raise TypeError(f"Expected a pydantic model class, a pydantic dataclass or a TypeAdapter, got {model!r}")


def ensure_strict_json_schema(schema: object, *, path: Tuple[str, ...], root: JsonSchema) -> JsonSchema:
    """Make ``schema`` (a node of ``root``) strict, in place, and return it.

    Recurses where the API reads nested schemas (``$defs``, ``properties``, ``items``,
    ``anyOf``, ``allOf``), inlines ``allOf`` of a single schema, drops ``default: null``, and
    inlines a ``$ref`` that has sibling keywords (strict mode does not allow those siblings).
    """
    if not isinstance(schema, dict):
        raise TypeError(f"Expected a JSON schema object at {_where(path)}, got {schema!r}")

    for defs_key in ("$defs", "definitions"):
        defs = schema.get(defs_key)
        if isinstance(defs, dict):
            for name, definition in defs.items():
                ensure_strict_json_schema(definition, path=(*path, defs_key, name), root=root)

    if schema.get("type") == "object" and "additionalProperties" not in schema:
        schema["additionalProperties"] = False

    properties = schema.get("properties")
    if isinstance(properties, dict):
        schema["required"] = list(properties)
        schema["properties"] = {
            key: ensure_strict_json_schema(value, path=(*path, "properties", key), root=root)
            for key, value in properties.items()
        }

    items = schema.get("items")
    if isinstance(items, dict):
        schema["items"] = ensure_strict_json_schema(items, path=(*path, "items"), root=root)

    any_of = schema.get("anyOf")
    if isinstance(any_of, list):
        schema["anyOf"] = [
            ensure_strict_json_schema(member, path=(*path, "anyOf", str(i)), root=root)
            for i, member in enumerate(any_of)
        ]

    all_of = schema.get("allOf")
    if isinstance(all_of, list):
        if len(all_of) == 1:
            schema.update(ensure_strict_json_schema(all_of[0], path=(*path, "allOf", "0"), root=root))
            schema.pop("allOf")
        else:
            schema["allOf"] = [
                ensure_strict_json_schema(member, path=(*path, "allOf", str(i)), root=root)
                for i, member in enumerate(all_of)
            ]

    if "default" in schema and schema["default"] is None:
        del schema["default"]

    ref = schema.get("$ref")
    if isinstance(ref, str) and len(schema) > 1:
        resolved = resolve_ref(root=root, ref=ref)
        if not isinstance(resolved, dict):
            raise ValueError(f"$ref {ref!r} at {_where(path)} does not point to a schema object: {resolved!r}")
        # The sibling keywords win over the definition's (a field's own description, title).
        schema.update({**resolved, **schema})
        del schema["$ref"]
        return ensure_strict_json_schema(schema, path=path, root=root)

    return schema


def resolve_ref(*, root: JsonSchema, ref: str) -> object:
    """The value a local JSON pointer (``#/$defs/Name``) points to in ``root``."""
    if not ref.startswith("#/"):
        raise ValueError(f"Unexpected $ref {ref!r}: only local references (starting with '#/') can be resolved")
    value: object = root
    for token in ref[2:].split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(value, dict) or key not in value:
            raise ValueError(f"$ref {ref!r} does not resolve: no {key!r} in the schema")
        value = value[key]
    return value


_NAME_FORBIDDEN = re.compile(r"[^a-zA-Z0-9_-]")


def schema_name(type_: type) -> str:
    """The ``name`` sent with a schema: the class name, made acceptable to the API.

    The API accepts ``[a-zA-Z0-9_-]{1,64}``; a parametrised generic model is named
    ``Wrapper[int]`` by pydantic (the reference sends that and the API rejects it), so other
    characters become ``_``.
    """
    return _NAME_FORBIDDEN.sub("_", type_.__name__)[:64]


def _where(path: Tuple[str, ...]) -> str:
    return "#/" + "/".join(path) if path else "the root"
