"""Finding the spec schema of each public type.

The surface's ``schema_map.json`` is a best-effort guess (a same-named component is sometimes a
different object). We trust, in order: where a parent's field uses the type (the parent's
schema, followed down to the property), the surface's guess when it fits the fields as well,
and for aliases the spec union with the same members or the enum with the same values.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from ..spec import Spec, join
from .surface import Surface, literal_values

__all__ = ["SchemaLocator", "ShapeIndex"]


class ShapeIndex:
    """Every union node of the spec by the set of object schemas it can hold (nested unions
    flattened), and every enum by its set of values."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.unions: Dict[frozenset[str], List[str]] = {}
        self.enums: Dict[frozenset[str], str] = {}
        self._walk(spec.document.get("components", {}).get("schemas", {}), "#/components/schemas")
        self._walk(spec.document.get("paths", {}), "#/paths")

    def _walk(self, node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            if ("anyOf" in node or "oneOf" in node) and not pointer.endswith("/properties"):
                leaves = frozenset(self.leaves(node, pointer, 0))
                if leaves:
                    self.unions.setdefault(leaves, []).append(pointer)
            if isinstance(node.get("enum"), list) and all(isinstance(v, str) for v in node["enum"]):
                self.enums.setdefault(frozenset(node["enum"]), pointer)
            for key, value in node.items():
                self._walk(value, join(pointer, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self._walk(value, join(pointer, index))

    def leaves(self, node: Any, pointer: str, depth: int) -> List[str]:
        node, pointer = self.spec.deref(node, pointer)
        key = "anyOf" if "anyOf" in node else "oneOf" if "oneOf" in node else None
        if key is None or depth > 5:
            return [pointer] if node.get("properties") or node.get("allOf") else []
        out: List[str] = []
        for index, member in enumerate(node[key]):
            out.extend(self.leaves(member, join(pointer, key, index), depth + 1))
        return out


class SchemaLocator:
    def __init__(self, surface: Surface) -> None:
        self.surface = surface
        self.spec = surface.spec
        self.defs = surface.defs
        self.index = ShapeIndex(surface.spec)
        self._class_pointers: Dict[str, Optional[str]] = {}
        self._alias_pointers: Dict[str, Optional[str]] = {}
        self._referrers: Optional[Dict[str, List[Tuple[str, str]]]] = None

    # -- models and TypedDicts ----------------------------------------------------------

    def class_pointer(self, def_id: str) -> Optional[str]:
        """The object schema of a model / TypedDict: the surface's mapping, unless a schema
        reached from a parent field fits the class's fields better."""
        if def_id in self._class_pointers:
            return self._class_pointers[def_id]
        mapped = self.surface.mapped_schema(def_id)
        self._class_pointers[def_id] = mapped  # guards against cycles
        fields = self._fields(def_id)
        candidates: List[str] = [mapped] if mapped else []
        if (self.surface.schema_map["types"].get(def_id) or {}).get("match") != "endpoint":
            for parent_pointer, json_name in self._parent_fields(def_id):
                for prop in self.spec.properties(parent_pointer):
                    if prop.name == json_name:
                        candidates.extend(self._object_nodes(prop.pointer, 0))
        # On a tie, a schema reached from the parent wins: it is where the type is used.
        best = max(candidates, key=lambda p: (self._fit(fields, p), p != mapped), default=None)
        self._class_pointers[def_id] = best
        return best

    def _fields(self, def_id: str) -> List[Dict[str, Any]]:
        d = self.defs[def_id]
        return list(d.get("fields") or d.get("keys") or [])

    def _parent_fields(self, def_id: str) -> List[Tuple[str, str]]:
        """(parent schema, JSON name) of every in-scope field that refers to ``def_id``."""
        if self._referrers is None:
            self._referrers = {}
            in_scope = set(self.surface.leaf_modules())
            for parent_id, parent in self.defs.items():
                if parent["module"] not in in_scope or parent["kind"] not in ("model", "typeddict"):
                    continue
                for f in parent.get("fields", []) + parent.get("keys", []):
                    targets = set()
                    for r in f.get("refs", []):
                        if r.startswith("alias:"):
                            targets.update(self._alias_members(r.removeprefix("alias:"), 0))
                        else:
                            targets.add(r)
                    for target in targets:
                        self._referrers.setdefault(target, []).append((parent_id, f.get("alias", f["name"])))
        out = []
        for parent_id, json_name in self._referrers.get(def_id, []):
            if parent_id == def_id:
                continue
            pointer = self.class_pointer(parent_id)
            if pointer is not None and self.spec.is_object(pointer):
                out.append((pointer, json_name))
        return out

    def _alias_members(self, alias_id: str, depth: int) -> List[str]:
        alias = self.defs.get(alias_id)
        if not alias or depth > 4:
            return []
        out = []
        for r in alias.get("refs", []):
            if r.startswith("alias:"):
                out.extend(self._alias_members(r.removeprefix("alias:"), depth + 1))
            else:
                out.append(r)
        return out

    def _object_nodes(self, pointer: str, depth: int) -> List[str]:
        """Object schemas reachable from ``pointer`` through refs, unions, items, maps."""
        if depth > 4:
            return []
        node, pointer = self.spec.deref(self.spec.node(pointer), pointer)
        out = [pointer] if self.spec.is_object(pointer) else []
        for key in ("anyOf", "oneOf"):
            for index in range(len(node.get(key, []))):
                out.extend(self._object_nodes(join(pointer, key, index), depth + 1))
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                out.extend(self._object_nodes(join(pointer, key), depth + 1))
        return out

    def _fit(self, fields: List[Dict[str, Any]], pointer: str) -> Tuple[float, float]:
        """How well a schema fits a class: overlap of property names, then agreement of the
        literal fields (a ``type`` tag) with the schema's enums."""
        if not self.spec.is_object(pointer):
            return (0.0, 0.0)
        props = {p.name: p for p in self.spec.properties(pointer)}
        ours = {f.get("alias", f["name"]): f for f in fields}
        union = set(props) | set(ours)
        jaccard = len(set(props) & set(ours)) / len(union) if union else 0.0
        agree = 0.0
        for name, f in ours.items():
            values = literal_values(f["annotation"])
            prop = props.get(name)
            if values and prop is not None:
                node, _ = self.spec.deref(prop.schema, prop.pointer)
                enum = set(node.get("enum") or [node.get("const")])
                agree += 1 if enum == values else 0.5 if enum & values else -1
        return (round(jaccard, 6), agree)

    # -- aliases ------------------------------------------------------------------------

    def alias_pointer(self, def_id: str) -> Optional[str]:
        if def_id in self._alias_pointers:
            return self._alias_pointers[def_id]
        self._alias_pointers[def_id] = None  # guards against cycles
        mapped = (self.surface.schema_map["aliases"].get(def_id) or {}).get("schema")
        # Where a parent field uses the alias is the surest evidence; then the surface's match.
        pointer = self._derived_pointer(def_id) or mapped or self._matched_pointer(def_id)
        self._alias_pointers[def_id] = pointer
        return pointer

    def _derived_pointer(self, def_id: str) -> Optional[str]:
        """Where a field of the same module uses the alias (by name, or with its members inlined)."""
        alias = self.defs[def_id]
        members = set(alias.get("refs", []))
        for parent_id, parent in self.defs.items():
            if parent["module"] != alias["module"] or parent_id == def_id:
                continue
            for f in parent.get("fields", []) + parent.get("keys", []):
                refs = f.get("refs", [])
                named = re.search(rf"\b{re.escape(alias['name'])}\b", f["annotation"])
                inlined = len(members) >= 2 and members <= set(refs)
                if def_id not in refs and "alias:" + def_id not in refs and not named and not inlined:
                    continue
                parent_schema = (
                    self.alias_pointer(parent_id) if parent["kind"] == "alias" else self.class_pointer(parent_id)
                )
                if parent_schema is None or not self.spec.is_object(parent_schema):
                    continue
                for prop in self.spec.properties(parent_schema):
                    if prop.name == f.get("alias", f["name"]):
                        return self._find_union(prop.pointer) or prop.pointer
        return None

    def _find_union(self, pointer: str) -> Optional[str]:
        """The first union / enum node at or under ``pointer`` (through nullable wrappers and items)."""
        node, pointer = self.spec.deref(self.spec.node(pointer), pointer)
        key = "anyOf" if "anyOf" in node else "oneOf"
        variants = node.get(key)
        if variants:
            non_null = [i for i, v in enumerate(variants) if v.get("type") != "null"]
            if len(non_null) == 1:
                return self._find_union(join(pointer, key, non_null[0]))
            return pointer
        if "enum" in node:
            return pointer
        if node.get("type") == "array" and "items" in node:
            return self._find_union(join(pointer, "items"))
        return None

    def _member_pointer(self, member_id: str) -> Optional[str]:
        member_id = member_id.removeprefix("alias:")
        if member_id not in self.defs:
            return None
        if self.defs[member_id]["kind"] == "alias":
            pointer = self.alias_pointer(member_id)
        else:
            pointer = self.class_pointer(member_id)
        if pointer is None:
            return None
        return self.spec.deref(self.spec.node(pointer), pointer)[1]

    def _union_rank(self, def_id: str, pointer: str) -> Tuple[int, int, int, str]:
        """Prefer a union inside a schema of the alias's own module, at a property named like
        the end of the alias's name (``ModerationInput`` -> ``.../properties/input``)."""
        module = self.defs[def_id]["module"]
        own = [
            self.class_pointer(i)
            for i, d in self.defs.items()
            if d["module"] == module and d["kind"] in ("model", "typeddict") and i in self.surface.schema_map["types"]
        ]
        inside = any(p and pointer.startswith(p + "/") for p in own)
        last = pointer.rsplit("/properties/", 1)[-1].split("/")[0]
        named = self.defs[def_id]["name"].lower().endswith(last.replace("_", "").lower())
        return (0 if inside else 1, 0 if named else 1, len(pointer), pointer)

    def near_union(self, members: List[str]) -> Optional[str]:
        """The spec union whose members overlap these the most (at least 60 %)."""
        pointers = {p for p in (self._member_pointer(m) for m in members) if p}
        best: Tuple[float, int, str] = (0.0, 0, "")
        for leaves, candidates in self.index.unions.items():
            score = len(leaves & pointers) / len(leaves | pointers)
            for candidate in candidates:
                key = (score, -len(candidate), candidate)
                if key > best:
                    best = key
        return best[2] if best[0] >= 0.6 else None

    def _matched_pointer(self, def_id: str) -> Optional[str]:
        """The spec node with the same shape: a union with the same members, an enum with the
        same values, an array of the aliased item type."""
        d = self.defs[def_id]
        definition = d.get("definition", "")
        if d.get("alias_kind") == "literal":
            return self.index.enums.get(frozenset(re.findall(r"'([^']*)'", definition)))
        list_item = re.fullmatch(r"List\[(\w+)\]", definition)
        if list_item:
            item_ref = next((r for r in d.get("refs", []) if r.rsplit(".", 1)[1] == list_item.group(1)), None)
            item_pointer = self.alias_pointer(item_ref.removeprefix("alias:")) if item_ref else None
            if item_pointer and item_pointer.endswith("/items"):
                return item_pointer[: -len("/items")]
            return None
        members = [m.get("ref") for m in d.get("members", []) if m.get("ref")]
        if not members and definition.startswith("List["):
            members = list(d.get("refs", []))
        pointers = [self._member_pointer(m) for m in members]
        if not pointers or None in pointers:
            return None
        candidates = self.index.unions.get(frozenset(p for p in pointers if p is not None), [])
        if not candidates:
            return None
        best = min(candidates, key=lambda p: self._union_rank(def_id, p))
        if definition.startswith("List["):
            return None if not best.endswith("/items") else best.rsplit("/", 1)[0]
        return best
