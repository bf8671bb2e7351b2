"""A small, deterministic instance of a JSON Schema: what a structured-output model would return.

Covers what structured outputs use: ``type`` (or a list of types), ``properties`` and
``required``, ``enum``/``const``, arrays (one item, or ``minItems``), ``anyOf``/``oneOf``/``allOf``,
``$ref`` into ``$defs``/``definitions``, string formats, numeric bounds. Every listed property
is filled in (strict mode requires them all); a recursive ``$ref`` is cut by choosing another
``anyOf`` branch (usually ``null``) or leaving an optional property out.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Tuple

__all__ = ["schema_instance", "SchemaError"]

_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00",
    "email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "hostname": "example.com",
    "duration": "P1D",
}


class SchemaError(ValueError):
    """The schema cannot be instantiated (an unresolvable ``$ref``, an unsatisfiable recursion)."""


class _Recursion(Exception):
    pass


def schema_instance(schema: Mapping[str, Any], root: Optional[Mapping[str, Any]] = None) -> Any:
    """An instance valid against ``schema``; raises :class:`SchemaError` when there is none to find.

    ``root``: the document its ``$ref`` pointers are relative to (an OpenAPI spec), when not ``schema``.
    """
    try:
        return _Builder(root if root is not None else schema).build(schema, (), "value")
    except _Recursion:
        raise SchemaError("the schema only allows infinitely nested values") from None


class _Builder:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self._root = root

    def _resolve(self, ref: str) -> Mapping[str, Any]:
        if not ref.startswith("#"):
            raise SchemaError(f"only local $ref values are supported, got {ref!r}")
        node: Any = self._root
        for token in filter(None, ref[1:].split("/")):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or token not in node:
                raise SchemaError(f"$ref {ref!r} does not resolve")
            node = node[token]
        if not isinstance(node, Mapping):
            raise SchemaError(f"$ref {ref!r} is not a schema")
        return node

    def build(self, schema: Mapping[str, Any], refs: Tuple[str, ...], name: str) -> Any:
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in refs:
                raise _Recursion(ref)
            siblings = {key: value for key, value in schema.items() if key != "$ref"}
            return self.build({**self._resolve(ref), **siblings}, (*refs, ref), name)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return schema["enum"][0]
        if "default" in schema and schema["default"] is not None:
            return schema["default"]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self._first_branch(schema[key], refs, name)
        if "allOf" in schema:
            merged: Dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
            for part in schema["allOf"]:
                part = self._resolve(part["$ref"]) if "$ref" in part else part
                merged = _merge(merged, part)
            return self.build(merged, refs, name)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"] or ["null"]
            kind = kinds[0]
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
        return getattr(self, f"_{kind}", self._unknown)(schema, refs, name)

    def _first_branch(self, branches: List[Mapping[str, Any]], refs: Tuple[str, ...], name: str) -> Any:
        for branch in branches:
            try:
                return self.build(branch, refs, name)
            except _Recursion:
                continue
        raise _Recursion(name)

    def _object(self, schema: Mapping[str, Any], refs: Tuple[str, ...], name: str) -> Any:
        required = set(schema.get("required", ()))
        result: Dict[str, Any] = {}
        for key, sub in (schema.get("properties") or {}).items():
            try:
                result[key] = self.build(sub, refs, key)
            except _Recursion:
                if key in required:
                    raise
        return result

    def _array(self, schema: Mapping[str, Any], refs: Tuple[str, ...], name: str) -> Any:
        count = int(schema.get("minItems", 0))
        if "prefixItems" in schema:
            items = [self.build(sub, refs, name) for sub in schema["prefixItems"]]
            return items + [self.build(schema.get("items") or {}, refs, name) for _ in range(count - len(items))]
        item_schema = schema.get("items") or {}
        if count == 0 and schema.get("maxItems", 1) >= 1:
            try:  # one item shows the item shape; recursive items fall back to an empty array
                return [self.build(item_schema, refs, name)]
            except _Recursion:
                return []
        return [self.build(item_schema, refs, name) for _ in range(count)]

    def _string(self, schema: Mapping[str, Any], refs: Tuple[str, ...], name: str) -> Any:
        fmt: Optional[str] = schema.get("format")
        text = _FORMATS.get(fmt, name) if fmt else name
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        if len(text) < low:
            text = (text * (low // max(len(text), 1) + 1))[:low] if text else "x" * low
        if high is not None and len(text) > int(high):
            text = text[: int(high)]
        return text

    def _integer(self, schema: Mapping[str, Any], refs: Tuple[str, ...], name: str) -> Any:
        return int(_number_in(schema, integer=True))

    def _number(self, schema: Mapping[str, Any], refs: Tuple[str, ...], name: str) -> Any:
        return _number_in(schema, integer=False)

    def _boolean(self, schema: Mapping[str, Any], refs: Tuple[str, ...], name: str) -> Any:
        return False

    def _null(self, schema: Mapping[str, Any], refs: Tuple[str, ...], name: str) -> Any:
        return None

    def _unknown(self, schema: Mapping[str, Any], refs: Tuple[str, ...], name: str) -> Any:
        raise SchemaError(f"unknown schema type {schema.get('type')!r} for {name!r}")


def _number_in(schema: Mapping[str, Any], *, integer: bool) -> float:
    step = 1 if integer else 0.5
    value: float = 0
    if "minimum" in schema:
        value = max(value, schema["minimum"])
    if "exclusiveMinimum" in schema:
        value = max(value, schema["exclusiveMinimum"] + step)
    if "maximum" in schema:
        value = min(value, schema["maximum"])
    if "exclusiveMaximum" in schema:
        value = min(value, schema["exclusiveMaximum"] - step)
    if integer and value != int(value):
        value = int(value) + (1 if value > 0 else 0)
    multiple = schema.get("multipleOf")
    if multiple:
        value = (value // multiple) * multiple
    return value


def _merge(left: Mapping[str, Any], right: Mapping[str, Any]) -> Dict[str, Any]:
    merged = dict(left)
    for key, value in right.items():
        if key == "properties":
            merged["properties"] = {**merged.get("properties", {}), **value}
        elif key == "required":
            merged["required"] = [*merged.get("required", []), *value]
        else:
            merged[key] = value
    return merged
