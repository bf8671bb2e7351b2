"""The ``resources:`` section: each resource's class and module, and for each endpoint method
the operation it calls, its params module, return type, page class and overloads."""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any, Dict, Optional

from .surface import Surface, rel

__all__ = ["build_resources"]

# Observed on the reference (black-box): the Accept header of endpoints that do not answer JSON.
ACCEPT_HEADERS = {
    "files.content": "application/binary",
    "audio.speech.create": "application/octet-stream",
    "responses.delete": "*/*",
}
# The reference's warnings for deprecated methods (observed by calling them).
DEPRECATION_MESSAGES = {
    "files.retrieve_content": "The `.content()` method should be used instead",
    "fine_tuning.checkpoints.permissions.retrieve": "Retrieve is deprecated. Please swap to the paginated list method instead.",
}
# Without an explicit encoding_format, ask for base64 and decode to floats (BEHAVIOR.md).
BASE64_EMBEDDINGS = {"embeddings.create"}


def build_resources(surface: Surface) -> Dict[str, Any]:
    sync = surface.resources["sync"]["resources"]
    scope = surface.scope["resources"]
    out: Dict[str, Any] = OrderedDict()
    for path in scope:
        resource = sync[path]
        entry: Dict[str, Any] = OrderedDict(
            cls=resource["class"], module=resource["module"].removeprefix("openai.resources.")
        )
        children = [c for c in resource.get("children", []) if f"{path}.{c}" in scope]
        if children:
            entry["children"] = children
        methods = OrderedDict(
            (name, _method(surface, path, name, method))
            for name, method in resource["methods"].items()
            if method["kind"] == "endpoint"  # hand-written helpers come with later issues
        )
        if methods:
            entry["methods"] = methods
        out[path] = entry
    return out


def _method(surface: Surface, path: str, name: str, method: Dict[str, Any]) -> Dict[str, Any]:
    key = f"{path}.{name}"
    op = surface.schema_map["operations"][key]
    operation = surface.spec.operation(op["operationId"])
    entry: Dict[str, Any] = OrderedDict(operation=op["operationId"])
    if operation.path != op["path"]:
        entry["path"] = op["path"]
    api_md = method.get("api_md", {})
    if api_md.get("params_module"):
        entry["params"] = rel(api_md["params_module"])
    returns = api_md.get("returns") or method["returns"]
    page = re.match(r"Sync(\w*Page)\[(\w+)\]", returns)
    if page:
        entry["page"] = page.group(1)
        returns = page.group(2)
    if "HttpxBinaryResponseContent" in returns:
        entry["returns"] = "binary"
    elif returns in ("str", "None"):
        entry["returns"] = returns
    else:
        return_module = api_md.get("return_module")
        entry["returns"] = f"{rel(return_module)}:{returns}" if return_module else returns
    if method.get("deprecated"):
        entry["deprecated"] = DEPRECATION_MESSAGES.get(key, "This endpoint is deprecated.")
    if key in ACCEPT_HEADERS:
        entry["accept"] = ACCEPT_HEADERS[key]
    if key in BASE64_EMBEDDINGS:
        entry["base64_embeddings"] = True
    formats = _format_overloads(surface, method)
    if formats:
        entry["formats"] = formats
    # The generator's rule: the last path parameter is positional, the others keyword-only.
    positional = [p["name"] for p in method["params"] if p["kind"] == "positional_or_keyword"]
    if positional != [p.name for p in operation.params_in("path")][-1:]:
        entry["path_params"] = positional
    for overload in method.get("overloads", []):
        item = re.fullmatch(r"Stream\[(\w+)\]", overload["returns"])
        if item:
            entry["stream"] = _type_ref(surface, item.group(1))
    return entry


def _format_overloads(surface: Surface, method: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """Overloads keyed on ``response_format`` (audio): which value returns which type."""
    cases: Dict[str, Any] = OrderedDict()
    default = None
    for overload in method.get("overloads", []):
        change = {p["name"]: p for p in overload["param_changes"]}.get("response_format")
        if change is None:
            continue
        values = sorted(re.findall(r"'([^']*)'", change["annotation"]))
        returns = overload["returns"]
        target = "str" if returns == "str" else _type_ref(surface, returns)
        if not change["required"]:
            default = {"values": values, "returns": target}
        else:
            cases[",".join(values)] = target
    if default is None:
        return None
    cases_list = [{"values": k.split(","), "returns": v} for k, v in cases.items()]
    return OrderedDict(param="response_format", default=default, cases=cases_list)


def _type_ref(surface: Surface, name: str) -> str:
    """The module defining the public type ``name``."""
    for module, names in surface.scope["type_modules"].items():
        exports = surface.modules[module]["exports"]
        if name in names and not surface.modules[module]["package"] and surface.defs[exports[name]]["module"] == module:
            return f"{rel(module)}:{name}"
    raise KeyError(name)
