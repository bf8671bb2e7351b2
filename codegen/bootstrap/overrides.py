"""Where the reference departs from the spec, recorded as per-type overrides in the config:
properties it leaves out (``skip``) or adds (``add``), required-ness (``required`` /
``optional``), and the values of literal fields (``literals``)."""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any, Dict, List, Optional, Tuple

from ..naming import field_name
from ..spec import Spec
from .surface import literal_values

__all__ = ["params_overrides", "field_overrides"]

SpecFields = Dict[str, Tuple[bool, Any]]  # JSON name -> (required, schema)

_PRIMITIVE_SCHEMAS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}


def params_overrides(spec: Spec, entry: Dict[str, Any], operation_id: str, fields: List[Dict[str, Any]]) -> None:
    """Overrides of a request params TypedDict (body, query and keyword path parameters)."""
    op = spec.operation(operation_id)
    spec_fields: SpecFields = {}
    if op.body_pointer is not None and op.method != "get":
        for prop in spec.properties(op.body_pointer):
            spec_fields[prop.name] = (prop.required, prop.schema)
    for param in [*op.params_in("query"), *op.params_in("header")]:
        spec_fields[param.name] = (param.required, param.schema)
    for param in op.params_in("path")[:-1]:
        spec_fields[param.name] = (True, {"type": "string"})
    _compare(spec, entry, spec_fields, fields)


def field_overrides(
    spec: Spec, entry: Dict[str, Any], schema: str, fields: List[Dict[str, Any]], *, is_model: bool
) -> None:
    """Overrides of a model (a required but nullable property is optional there) or TypedDict."""
    if not spec.is_object(schema):
        return
    spec_fields: SpecFields = {}
    for prop in spec.properties(schema):
        required = prop.required and not (is_model and nullable(spec, prop.schema))
        spec_fields[prop.name] = (required, prop.schema)
    _compare(spec, entry, spec_fields, fields, is_model)


def _compare(
    spec: Spec, entry: Dict[str, Any], spec_fields: SpecFields, fields: List[Dict[str, Any]], is_model: bool = False
) -> None:
    ours = {f.get("alias", f["name"]): f for f in fields}
    both = [n for n in ours if n in spec_fields]
    skip = [name for name in spec_fields if name not in ours and name != "stream"]
    add = [name for name in ours if name not in spec_fields]
    required = [n for n in both if ours[n]["required"] and not spec_fields[n][0]]
    optional = [n for n in both if not ours[n]["required"] and spec_fields[n][0]]
    literals = {}
    for name in both:
        values = literal_values(ours[name]["annotation"])
        if values is not None and values != _enum(spec, spec_fields[name][1]) and name != "stream":
            literals[name] = sorted(values)
    for name in add:  # a field the spec lacks, typed by its literal's values
        values = literal_values(ours[name]["annotation"])
        if values is not None:
            literals[name] = sorted(values)
    if skip:
        entry["skip"] = skip
    if add:
        entry["add"] = {n: _added_field(ours[n]) for n in add}
    if required:
        entry["required"] = required
    if optional:
        entry["optional"] = optional
    if literals:
        entry["literals"] = literals
    # The reference's own name where the generator's rule gives another (``model_name`` of a
    # model is ``api_model_name`` by the rule, ``run_model_name`` in evals runs).
    names = {
        json_name: f["name"]
        for json_name, f in ours.items()
        if json_name in both and f["name"] != field_name(json_name, model=is_model)
    }
    if names:
        entry["names"] = names


def _enum(spec: Spec, schema: Any) -> Optional[set[str]]:
    node, _ = spec.deref(schema, "")
    variants = [v for v in node.get("anyOf", node.get("oneOf", [])) if spec.deref(v, "")[0].get("type") != "null"]
    if len(variants) == 1:
        node, _ = spec.deref(variants[0], "")
    if "enum" in node:
        return {str(v) for v in node["enum"] if v is not None}
    if "const" in node:
        return {str(node["const"])}
    return None


def _added_field(f: Dict[str, Any]) -> Dict[str, Any]:
    """A field the spec lacks: its required-ness, and a schema when the type is a primitive."""
    entry: Dict[str, Any] = OrderedDict(required=bool(f["required"]))
    annotation = re.sub(r"^Required\[(.*)\]$", r"\1", f["annotation"])
    optional = re.fullmatch(r"Optional\[(\w+)\]", annotation)
    base = optional.group(1) if optional else annotation
    if base in _PRIMITIVE_SCHEMAS:
        entry["schema"] = {"type": _PRIMITIVE_SCHEMAS[base]}
        if optional:
            entry["schema"]["nullable"] = True
    return entry


def nullable(spec: Spec, schema: Dict[str, Any]) -> bool:
    if schema.get("nullable"):
        return True
    node, _ = spec.deref(schema, "")
    if node.get("nullable"):
        return True
    kind = node.get("type")
    if isinstance(kind, list) and "null" in kind:
        return True
    for key in ("anyOf", "oneOf"):
        for member in node.get(key, []):
            sub, _ = spec.deref(member, "")
            if sub.get("type") == "null":
                return True
    return False
