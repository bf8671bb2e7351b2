"""Example arguments for every endpoint method, made from the spec's schemas.

``arguments(method, operation, mode)`` gives keyword arguments for a call with only the
required parameters (``mode="required"``) or with every parameter (``mode="full"``). Values
follow the schema: the first enum value, the first ``anyOf`` branch, the minimum of a number,
one item per array, the required properties of nested objects (all of them in ``full`` mode,
at the top level).
"""

from __future__ import annotations

import inspect
import math
from typing import Any, Callable, Dict, Optional

from codegen.spec import Operation, Spec

__all__ = ["arguments", "example"]

_SKIP = {"extra_headers", "extra_query", "extra_body", "timeout"}

# A few properties whose schema allows values the server (or Steady) rejects together.
_OVERRIDES: Dict[str, Any] = {
    "stream": False,
}


def example(spec: Spec, schema: Any, *, depth: int = 0, full: bool = False) -> Any:
    """A value valid for ``schema``."""
    node = schema
    while isinstance(node, dict) and "$ref" in node:
        node = spec.node(node["$ref"])
    if not isinstance(node, dict) or depth > 12:
        return "x"
    if "const" in node:
        return node["const"]
    if "enum" in node:
        values = [v for v in node["enum"] if v is not None]
        return values[0] if values else None
    for key in ("anyOf", "oneOf"):
        if key in node:
            options = [o for o in node[key] if not (isinstance(o, dict) and o.get("type") == "null")]
            if not options:
                return None
            return example(spec, _pick(spec, options), depth=depth + 1, full=full)
    if "allOf" in node:
        merged: Dict[str, Any] = {}
        for part in node["allOf"]:
            if isinstance(part, dict) and set(part) <= {"nullable", "description"}:
                continue  # a modifier (``{nullable: true}``), not a part of the value
            value = example(spec, part, depth=depth + 1, full=full)
            if not isinstance(value, dict):
                return value  # ``allOf: [<a string enum>, {nullable: true}]``
            merged.update(value)
        if node.get("properties"):
            merged.update(_object(spec, node, depth, full))
        return merged
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "string" or (kind is None and "format" in node):
        if node.get("format") == "binary":
            return ("example.png", b"\x89PNG\r\n\x1a\n0000", "image/png")
        if node.get("format") in ("uri", "url"):
            return "https://example.com/x"
        length = max(int(node.get("minLength", 1)), 1)
        return "x" * length
    if kind in ("integer", "number"):
        return _number(node, integer=kind == "integer")
    if kind == "boolean":
        return True
    if kind == "array":
        count = max(int(node.get("minItems", 1)), 1)
        return [example(spec, node.get("items", {}), depth=depth + 1) for _ in range(count)]
    if kind == "object" or "properties" in node:
        if node.get("properties"):
            return _object(spec, node, depth, full)
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return {"key": example(spec, extra, depth=depth + 1)}
        return {"key": "value"}
    return "x"


def _number(node: Dict[str, Any], *, integer: bool) -> Any:
    """1, moved into ``[minimum, maximum]`` when the schema bounds it."""
    value = 1.0
    low = node.get("minimum", node.get("exclusiveMinimum"))
    high = node.get("maximum", node.get("exclusiveMaximum"))
    if low is not None and value < float(low):
        value = float(low) + (1 if "exclusiveMinimum" in node else 0)
    if high is not None and value > float(high):
        value = float(high) - (1 if "exclusiveMaximum" in node else 0)
    if integer:
        return math.ceil(value)
    return value


def _pick(spec: Spec, options: list[Any]) -> Any:
    """The first option, preferring a plain one (a string) over an object, as most calls do."""
    for option in options:
        resolved = option
        while isinstance(resolved, dict) and "$ref" in resolved:
            resolved = spec.node(resolved["$ref"])
        if (
            isinstance(resolved, dict)
            and resolved.get("type") in ("string", "integer", "number")
            and "enum" not in resolved
        ):
            return option
    return options[0]


def _object(spec: Spec, node: Dict[str, Any], depth: int, full: bool) -> Dict[str, Any]:
    required = set(node.get("required", []))
    out: Dict[str, Any] = {}
    for name, prop in node.get("properties", {}).items():
        if name in required or full:
            out[name] = example(spec, prop, depth=depth + 1)
    return out


def _schemas(spec: Spec, op: Operation) -> Dict[str, Any]:
    schemas: Dict[str, Any] = {}
    for param in op.parameters:
        # a header parameter is named by the spec (``openai-beta`` is ``betas``)
        schemas[param.schema.get("x-stainless-param", param.name)] = param.schema
    if op.body_pointer is not None:
        for prop in spec.properties(op.body_pointer):
            schemas[prop.name] = prop.schema
    return schemas


def arguments(spec: Spec, method: Callable[..., Any], op: Operation, mode: str) -> Dict[str, Any]:
    """Keyword arguments for ``method`` (a bound resource method)."""
    schemas = _schemas(spec, op)
    path_params = {p.name for p in op.params_in("path")}
    # Where the reference makes optional what the spec requires (``client_secret`` of
    # ``beta.realtime.sessions.create``), a call that satisfies the spec passes it anyway.
    spec_required = {p.name for p in spec.properties(op.body_pointer) if p.required} if op.body_pointer else set()
    out: Dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if name in _SKIP:
            continue
        required = parameter.default is inspect.Parameter.empty or name in spec_required
        if not required and mode == "required":
            continue
        if name in path_params:
            out[name] = f"{name}_1"
            continue
        if name in _OVERRIDES:
            out[name] = _OVERRIDES[name]
            continue
        schema: Optional[Any] = schemas.get(name)
        out[name] = example(spec, schema if schema is not None else {"type": "string"}, full=False)
    return out
