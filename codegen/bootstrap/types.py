"""The ``types:`` and ``packages:`` sections: each public type's module, kind and schema."""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any, Dict, List, Optional

from ..spec import shorten
from .locate import SchemaLocator
from .overrides import field_overrides, params_overrides
from .resources import PARAMS_MODULES
from .surface import Surface, ref_of, rel

__all__ = ["TypesBuilder", "CUSTOM_MODULES"]

# Modules whose content is hand-written (generic helper types, websocket options): their text
# lives in codegen/custom/ and is copied with the generated header.
CUSTOM_MODULES = {
    "chat.parsed_chat_completion",
    "chat.parsed_function_tool_call",
    "responses.parsed_response",
    "websocket_reconnection",
    "websocket_connection_options",
}

# Aliases whose spec schema the surface's matcher could not find.
MANUAL_ALIAS_SCHEMAS = {
    "shared.all_models:AllModels": "#/components/schemas/ModelIdsResponses",
    "shared.responses_model:ResponsesModel": "#/components/schemas/ModelIdsResponses",
    "shared_params.responses_model:ResponsesModel": "#/components/schemas/ModelIdsResponses",
}


class TypesBuilder:
    def __init__(self, surface: Surface) -> None:
        self.surface = surface
        self.defs = surface.defs
        self.locate = SchemaLocator(surface)
        self.notes: List[str] = []
        # ``XParams`` of the methods whose params module api.md does not name -> operation
        self._unmapped_params: Dict[str, str] = {}
        for key, module in PARAMS_MODULES.items():
            operation = surface.schema_map["operations"][key]["operationId"]
            for def_id, definition in self.defs.items():
                if rel(definition["module"]) == module and definition["name"].endswith("Params"):
                    self._unmapped_params[def_id] = operation

    def types(self) -> Dict[str, Any]:
        out: Dict[str, Any] = OrderedDict()
        for module in sorted(self.surface.leaf_modules(), key=rel):
            key = rel(module)
            if key in CUSTOM_MODULES:
                out[key] = {"custom": True}
                continue
            entries: Dict[str, Any] = OrderedDict()
            own = [i for i in self.defs if self.defs[i]["module"] == module]
            streaming = self._streaming_params(own)
            for def_id in own:
                name = self.defs[def_id]["name"]
                if streaming and name in streaming["absorbed"]:
                    continue
                entries[name] = streaming["entry"] if streaming and name == streaming["name"] else self.entry(def_id)
            for name, target in self.surface.modules[module]["exports"].items():
                if self.defs[target]["module"] != module:
                    entries[name] = {"kind": "reexport", "target": ref_of(target)}
            out[key] = entries
        return out

    def packages(self) -> Dict[str, Any]:
        out: Dict[str, Any] = OrderedDict()
        for module, names in self.surface.scope["type_modules"].items():
            if not self.surface.modules[module]["package"]:
                continue
            exports = self.surface.modules[module]["exports"]
            out[rel(module) or "."] = {name: ref_of(exports[name]) for name in sorted(names)}
        return out

    def _streaming_params(self, own: List[str]) -> Optional[Dict[str, Any]]:
        """``XParams = Union[XParamsNonStreaming, XParamsStreaming]`` over an ``XParamsBase``:
        one ``params`` entry with ``streaming: true`` (the generator writes the four names)."""
        names = {self.defs[i]["name"] for i in own}
        for def_id in own:
            name = self.defs[def_id]["name"]
            if self.defs[def_id]["kind"] == "alias" and name + "Base" in names:
                entry = self.entry(def_id + "Base")
                entry["kind"] = "params"
                entry["streaming"] = True
                return {
                    "name": name,
                    "entry": entry,
                    "absorbed": {name + "Base", name + "NonStreaming", name + "Streaming"},
                }
        return None

    def entry(self, def_id: str) -> Dict[str, Any]:
        d = self.defs[def_id]
        if d["kind"] == "alias":
            return self.alias_entry(def_id)
        spec = self.surface.spec
        mapping = self.surface.schema_map["types"].get(def_id) or {}
        entry: Dict[str, Any] = OrderedDict(kind="model" if d["kind"] == "model" else "typeddict")
        operation = mapping.get("operation") if mapping.get("role") in ("request_body", "query_parameters") else None
        operation = operation or self._unmapped_params.get(def_id)
        if operation:
            entry["kind"] = "params"
            entry["operation"] = operation
            params_overrides(spec, entry, operation, d["keys"])
            return entry
        schema = self.locate.class_pointer(def_id)
        if schema is None:
            self.notes.append(f"no schema for {def_id}")
            entry["schema"] = None
            return entry
        entry["schema"] = shorten(schema)
        field_overrides(spec, entry, schema, d.get("fields") or d.get("keys") or [], is_model=d["kind"] == "model")
        return entry

    def alias_entry(self, def_id: str) -> Dict[str, Any]:
        d = self.defs[def_id]
        if d.get("alias_kind") == "class_alias":
            target = d["target"]
            return (
                {"kind": "alias", "python": target}
                if "." not in target
                else {"kind": "alias_of", "target": ref_of(target)}
            )
        pointer = MANUAL_ALIAS_SCHEMAS.get(ref_of(def_id)) or self.locate.alias_pointer(def_id)
        entry: Dict[str, Any] = OrderedDict(kind="alias")
        if pointer is not None:
            entry["schema"] = shorten(pointer)
            return entry
        # No spec node has this shape (the reference flattened or regrouped a union): the
        # config names the members instead.
        definition = d.get("definition", "")
        discriminator = re.search(r"discriminator='(\w+)'", definition)
        list_item = re.fullmatch(r"List\[(\w+)\]", definition)
        members = [m["ref"] for m in d.get("members", []) if m.get("ref")]
        if list_item:
            item = next(r for r in d.get("refs", []) if r.rsplit(".", 1)[1] == list_item.group(1))
            entry["list_of"] = ref_of(item)
        elif definition.startswith("List[") and d.get("refs"):
            entry["list_of"] = {"union": [ref_of(r) for r in _ordered_refs(definition, d["refs"])]}
            if discriminator:
                entry["list_of"]["discriminator"] = discriminator.group(1)
        elif members and len(members) == len(d.get("members", [])):
            entry["union"] = [ref_of(m) for m in members]
            if discriminator:
                entry["discriminator"] = discriminator.group(1)
            near = self.locate.near_union(members)
            if near:
                # The spec union closest to these members: fields using it get this name.
                entry["match"] = shorten(near)
        else:
            self.notes.append(f"no schema for alias {def_id}: {definition[:80]}")
            entry["schema"] = None
        return entry


def _ordered_refs(definition: str, refs: List[str]) -> List[str]:
    """``refs`` in the order their names appear in ``definition``."""
    order = {name: index for index, name in enumerate(re.findall(r"\w+", definition))}
    return sorted(refs, key=lambda r: order.get(r.rsplit(".", 1)[1], 1 << 30))
