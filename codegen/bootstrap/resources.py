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
    "beta.responses.delete": "*/*",
    "containers.delete": "*/*",
    "containers.files.delete": "*/*",
    "containers.files.content.retrieve": "application/binary",
    "skills.content.retrieve": "application/binary",
    "skills.versions.content.retrieve": "application/binary",
    "videos.download_content": "application/binary",
    "realtime.calls.accept": "*/*",
    "realtime.calls.hangup": "*/*",
    "realtime.calls.refer": "*/*",
    "realtime.calls.reject": "*/*",
}
# Observed on the reference: headers and query parameters every method of a resource sends
# (the resource and the resources below it), and the resources authenticating with the admin key.
RESOURCE_HEADERS = {
    "beta.assistants": {"OpenAI-Beta": "assistants=v2"},
    "beta.threads": {"OpenAI-Beta": "assistants=v2"},
    "beta.realtime": {"OpenAI-Beta": "assistants=v2"},
    "beta.chatkit": {"OpenAI-Beta": "chatkit_beta=v1"},
}
RESOURCE_QUERY = {"beta.responses": {"beta": "true"}}
# The reference's class lives in its hand-written lib (a subclass of the generated one): we
# generate the base under the usual module.
LIB_CLASSES = {"realtime.calls": ("Calls", "realtime.calls")}
# Params modules api.md does not name (the reference's naming: ``<resource>_<method>_params``).
PARAMS_MODULES = {
    "beta.chatkit.sessions.create": "beta.chatkit.session_create_params",
    "beta.chatkit.threads.list": "beta.chatkit.thread_list_params",
    "beta.chatkit.threads.list_items": "beta.chatkit.thread_list_items_params",
}
# Endpoint methods the generator cannot express yet, left to hand-written code (and why).
NOT_GENERATED = {"realtime.calls.create": "an application/sdp body and answer (WebRTC), with the realtime issue"}
ADMIN_AUTH = ("admin",)
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
    # The reference mounts some classes at two paths (``beta.chat`` is ``chat``): the shortest
    # path owns the class, the others point at it.
    owners: Dict[Any, str] = {}
    for path in sorted(scope, key=lambda p: (p.count("."), p)):
        owners.setdefault((sync[path]["module"], sync[path]["class"]), path)
    for path in scope:
        resource = sync[path]
        owner = owners[(resource["module"], resource["class"])]
        if owner != path:
            out[path] = OrderedDict(same_as=owner)
            continue
        cls, module = LIB_CLASSES.get(path, (resource["class"], resource["module"].removeprefix("openai.resources.")))
        entry: Dict[str, Any] = OrderedDict(cls=cls, module=module)
        children = [c for c in resource.get("children", []) if f"{path}.{c}" in scope]
        if children:
            entry["children"] = children
        for table, key in ((RESOURCE_HEADERS, "headers"), (RESOURCE_QUERY, "query")):
            for prefix, values in table.items():
                if path == prefix or path.startswith(prefix + "."):
                    entry[key] = dict(values)
        if any(path == prefix or path.startswith(prefix + ".") for prefix in ADMIN_AUTH):
            entry["auth"] = "admin"
        methods = OrderedDict(
            (name, _method(surface, path, name, method))
            for name, method in resource["methods"].items()
            if method["kind"] == "endpoint"  # hand-written helpers come with later issues
            and f"{path}.{name}" not in NOT_GENERATED
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
    elif key in PARAMS_MODULES:
        entry["params"] = PARAMS_MODULES[key]
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
        entry["returns"] = f"{rel(return_module)}:{returns}" if return_module else _type_ref(surface, returns, path)
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
    # Some methods' overloads are recorded merged (``Run | Stream[AssistantStreamEvent]``).
    merged = re.search(r"\bStream\[(\w+)\]", method["returns"])
    if "stream" not in entry and merged:
        entry["stream"] = _type_ref(surface, merged.group(1), path)
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


def _type_ref(surface: Surface, name: str, near: str = "") -> str:
    """The module defining the public type ``name``; with several, the one whose package is
    closest to the resource ``near`` (``beta.chatkit.threads`` -> ``beta.chatkit.*``)."""
    found = []
    for module, names in surface.scope["type_modules"].items():
        exports = surface.modules[module]["exports"]
        if name in names and not surface.modules[module]["package"] and surface.defs[exports[name]]["module"] == module:
            found.append(rel(module))
    if not found:
        raise KeyError(name)

    def shared_prefix(module: str) -> int:
        parts, resource = module.split("."), near.split(".")
        return next(
            (i for i, (a, b) in enumerate(zip(parts, resource, strict=False)) if a != b), min(len(parts), len(resource))
        )

    return f"{max(found, key=shared_prefix)}:{name}"
