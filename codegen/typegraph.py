"""Spec schemas -> IR, naming every node the config names.

A schema node gets the name of the config type mapped to its pointer (preferring one in the
module being rendered, then the type whose name best matches the field it serves, then the
type living in its own module). Unnamed nodes become structural types (``List``, ``Union``,
``Literal``, ...); an unnamed object becomes ``Dict[str, object]`` and is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from .config import Config, TypeDef, is_param_module, split_ref
from .ir import DictOf, File, ListOf, Lit, Named, Opt, Prim, Type, UnionOf, union, walk
from .naming import field_name, snake
from .spec import Operation, Spec, join

__all__ = ["TypeGraph", "Field"]


@dataclass
class Field:
    json_name: str
    name: str  # the Python name
    type: Type
    required: bool
    location: str = "body"  # body | query | path | header (request params only)

    @property
    def is_file(self) -> bool:
        return any(isinstance(t, File) for t in walk(self.type))


class TypeGraph:
    def __init__(self, spec: Spec, config: Config) -> None:
        self.spec = spec
        self.config = config
        self.defs: Dict[str, TypeDef] = {}
        self.by_pointer: Dict[str, List[TypeDef]] = {}
        # A module named like a request (``x_param``) that defines a model is a response module:
        # the reference's ``RealtimeResponseCreateParams`` and ``ResponseConversationParam`` are models.
        self.model_modules = {d.module for defs in config.modules.values() for d in defs if d.kind == "model"}
        for typedefs in config.modules.values():
            for typedef in typedefs:
                self.defs[typedef.ref] = typedef
                if typedef.schema and typedef.kind in ("model", "typeddict", "alias"):
                    self.by_pointer.setdefault(typedef.schema, []).append(typedef)
                if typedef.match:
                    self.by_pointer.setdefault(typedef.match, []).append(typedef)
        self.warnings: List[str] = []
        self.current = ""  # the definition being resolved, for warnings
        self._fields: Dict[str, List[Field]] = {}
        self._alias: Dict[str, Type] = {}
        self._context_free: Dict[str, bool] = {}

    # -- naming ------------------------------------------------------------------------

    def lookup(self, pointer: str, ctx: str, module: str, hint: str) -> Optional[TypeDef]:
        candidates = [d for d in self.by_pointer.get(pointer, []) if self._usable(d, ctx)]
        if not candidates:
            return None

        def rank(d: TypeDef) -> Tuple[int, int, int, int, int, int, int, str, str]:
            home = d.module.rsplit(".", 1)[-1] == snake(d.name)
            # ``x_item`` takes its nested types from ``x`` (the reference's subclass), not from
            # a module that imports it back
            sibling = _common_prefix(d.module.rsplit(".", 1)[-1], module.rsplit(".", 1)[-1])
            return (
                0 if d.module == module else 1,
                # a type of the same package first (``realtime`` and ``beta.realtime`` share schemas)
                -_shared_package(d.module, module),
                0 if d.schema == pointer else 1,  # a type made for this node, before a near match
                -_common_prefix(d.name, hint),
                -sibling,
                0 if home else 1,
                len(d.module),
                d.module,
                d.name,
            )

        return min(candidates, key=rank)

    def _usable(self, d: TypeDef, ctx: str) -> bool:
        param_module = self.is_param(d.module)
        if ctx == "model":
            return d.kind in ("model", "alias") and not param_module
        if d.kind == "model":
            return False
        if param_module:
            return d.kind in ("typeddict", "alias")
        return d.kind == "alias" and self.context_free(d)

    def has_file(self, type_: Type, seen: Tuple[str, ...] = ()) -> bool:
        """Whether a file upload is among ``type_``'s values, through the aliases it names
        (``video: Video`` where ``Video = Union[FileTypes, VideoReferenceParam]``)."""
        for t in walk(type_):
            if isinstance(t, File):
                return True
            if isinstance(t, Named) and t.ref not in seen:
                target = self.defs.get(t.ref)
                if (
                    target is not None
                    and target.kind == "alias"
                    and self.has_file(self.alias_type(target), (*seen, t.ref))
                ):
                    return True
        return False

    def context_free(self, d: TypeDef) -> bool:
        """An alias made only of literals and primitives: usable by models and params alike."""
        if d.ref not in self._context_free:
            self._context_free[d.ref] = False  # cycle guard
            body = self.alias_type(d)
            ok = True
            for t in walk(body):
                if isinstance(t, Named):
                    target = self.defs.get(t.ref)
                    ok = ok and target is not None and target.kind == "alias" and self.context_free(target)
                elif isinstance(t, File):
                    ok = False
            self._context_free[d.ref] = ok
        return self._context_free[d.ref]

    # -- resolution -----------------------------------------------------------------------

    def resolve(self, node: Any, pointer: str, ctx: str, module: str, hint: str = "", *, top: bool = False) -> Type:
        if not top:
            named = self.lookup(pointer, ctx, module, hint)
            if named is not None:
                return Named(named.module, named.name)
        if not isinstance(node, dict):
            return Prim("object")
        if "$ref" in node:
            target_pointer = node["$ref"]
            result = self.resolve(self.spec.node(target_pointer), target_pointer, ctx, module, hint)
            return Opt(result) if node.get("nullable") and not isinstance(result, Opt) else result
        result = self._structural(node, pointer, ctx, module, hint)
        if _nullable_flag(node) and not isinstance(result, Opt):
            result = Opt(result)
        return result

    def _structural(self, node: Dict[str, Any], pointer: str, ctx: str, module: str, hint: str) -> Type:
        for key in ("anyOf", "oneOf"):
            if key in node:
                members: List[Type] = []
                nullable = False
                for index, member in enumerate(node[key]):
                    if isinstance(member, dict) and member.get("type") == "null" and len(member) <= 2:
                        nullable = True
                        continue
                    members.append(self.resolve(member, join(pointer, key, index), ctx, module, hint))
                discriminator = (node.get("discriminator") or {}).get("propertyName")
                if not members:
                    return Opt(Prim("object"))
                result = union(members, discriminator)
                return Opt(result) if nullable and not isinstance(result, Opt) else result
        if "allOf" in node:
            # ``allOf: [{$ref: X}, {nullable: true}]`` is a nullable X.
            parts = [(i, p) for i, p in enumerate(node["allOf"]) if not _is_modifier(p)]
            nullable = any(isinstance(p, dict) and p.get("nullable") for p in node["allOf"])
            if len(parts) == 1 and not node.get("properties"):
                index, part = parts[0]
                result = self.resolve(part, join(pointer, "allOf", index), ctx, module, hint)
                return Opt(result) if nullable and not isinstance(result, Opt) else result
            return self._unnamed_object(pointer, ctx)
        if "enum" in node:
            values = [v for v in node["enum"] if v is not None]
            literal: Type = Lit(tuple(values)) if values else Prim("object")
            return Opt(literal) if None in node["enum"] else literal
        if "const" in node:
            return Lit((node["const"],))
        kind = node.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            members = [self._structural({**node, "type": k}, pointer, ctx, module, hint) for k in kinds]
            result = union(members) if members else Prim("object")
            return Opt(result) if "null" in kind else result
        if kind == "string":
            if node.get("format") == "binary" and ctx == "param":
                return File()
            return Prim("str")
        if kind == "integer":
            return Prim("int")
        if kind == "number":
            return Prim("float")
        if kind == "boolean":
            return Prim("bool")
        if kind == "array":
            items = node.get("items")
            if not isinstance(items, dict):
                return ListOf(Prim("object"))
            return ListOf(self.resolve(items, join(pointer, "items"), ctx, module, hint))
        if kind == "object" or "properties" in node or "additionalProperties" in node:
            if node.get("properties"):
                return self._unnamed_object(pointer, ctx)
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return DictOf(self.resolve(extra, join(pointer, "additionalProperties"), ctx, module, hint))
            return DictOf(Prim("object"))
        return Prim("object")

    def _unnamed_object(self, pointer: str, ctx: str) -> Type:
        self.warnings.append(f"unnamed object at {pointer} ({ctx}, in {self.current}): Dict[str, object]")
        return DictOf(Prim("object"))

    def nullable(self, node: Any) -> bool:
        """Whether a schema admits ``null``, through ``$ref`` chains and ``anyOf`` members."""
        seen = 0
        while isinstance(node, dict) and seen < 20:
            if node.get("nullable"):
                return True
            kind = node.get("type")
            if isinstance(kind, list) and "null" in kind:
                return True
            for key in ("anyOf", "oneOf"):
                for member in node.get(key, []):
                    target, _ = self.spec.deref(member, "")
                    if isinstance(target, dict) and target.get("type") == "null":
                        return True
            if "$ref" not in node:
                return False
            node = self.spec.node(node["$ref"])
            seen += 1
        return False

    # -- definitions ---------------------------------------------------------------------

    def ctx_of(self, d: TypeDef) -> str:
        return "param" if self.is_param(d.module) else "model"

    def is_param(self, module: str) -> bool:
        """Whether a module holds request types (TypedDicts), whose names only params may use."""
        return is_param_module(module) and module not in self.model_modules

    def alias_type(self, d: TypeDef) -> Type:
        """The right-hand side of an alias."""
        if d.ref in self._alias:
            return self._alias[d.ref]
        self.current = d.ref
        ctx = self.ctx_of(d)
        if d.union:
            result: Type = UnionOf(tuple(Named(*split_ref(r)) for r in d.union), d.discriminator)
        elif d.list_of is not None:
            if isinstance(d.list_of, dict):
                members = tuple(Named(*split_ref(r)) for r in d.list_of["union"])
                result = ListOf(UnionOf(members, d.list_of.get("discriminator")))
            else:
                result = ListOf(Named(*split_ref(d.list_of)))
        elif d.schema:
            result = self.resolve(self.spec.node(d.schema), d.schema, ctx, d.module, d.name, top=True)
            if isinstance(result, Opt):
                result = result.inner  # ``None`` belongs to the fields that use the alias (unless ``nullable``)
            target = self.defs.get(result.ref) if isinstance(result, Named) else None
            if target and target.module != d.module and (target.schema or "").startswith(d.schema + "/"):
                # A part of this alias's own schema that another module names: written out here,
                # since an alias of that module's alias imports it eagerly and can close a cycle.
                assert target.schema
                result = self.resolve(self.spec.node(target.schema), target.schema, ctx, d.module, d.name, top=True)
        else:
            result = Prim("object")
        if d.nullable:
            result = Opt(result)
        self._alias[d.ref] = result
        return result

    def fields(self, d: TypeDef) -> List[Field]:
        """The fields of a model / TypedDict, or the keys of a params TypedDict."""
        if d.ref in self._fields:
            return self._fields[d.ref]
        self.current = d.ref
        if d.kind == "params":
            result = self._params_fields(d)
        else:
            result = self._object_fields(d)
        self._fields[d.ref] = result
        return result

    def _object_fields(self, d: TypeDef) -> List[Field]:
        model = d.kind == "model"
        ctx = "model" if model else "param"
        out: List[Field] = []
        if d.schema and self.spec.is_object(d.schema):
            for prop in self.spec.properties(d.schema):
                if prop.name in d.skip:
                    continue
                type_ = self.resolve(prop.schema, prop.pointer, ctx, d.module, d.name + _pascal(prop.name))
                if self.nullable(prop.schema) and not isinstance(type_, Opt):
                    type_ = Opt(type_)
                required = prop.required and not (model and isinstance(type_, Opt))
                out.append(Field(prop.name, field_name(prop.name, model=model), type_, required))
        elif d.schema:
            self.warnings.append(f"{d.ref}: schema {d.schema} is not an object")
        out.extend(self._added(d, ctx, model))
        return _ordered(_apply_overrides(out, d))

    def _added(self, d: TypeDef, ctx: str, model: bool) -> List[Field]:
        out = []
        for name, added in d.add.items():
            type_: Type = Prim("object")
            if added.schema is not None:
                type_ = self.resolve(
                    added.schema, f"#/x-config/{d.module}/{d.name}/{name}", ctx, d.module, d.name, top=True
                )
            out.append(Field(name, field_name(name, model=model), type_, added.required))
        return out

    def _params_fields(self, d: TypeDef) -> List[Field]:
        assert d.operation, d.ref
        op = self.spec.operation(d.operation)
        out: List[Field] = []
        for param in op.params_in("path")[:-1]:
            out.append(Field(param.name, param.name, Prim("str"), True, location="path"))
        if op.body_pointer is not None:
            for prop in self.spec.properties(op.body_pointer):
                if prop.name in d.skip or (d.streaming and prop.name == "stream"):
                    continue
                type_ = self.resolve(prop.schema, prop.pointer, "param", d.module, _pascal(prop.name))
                if self.nullable(prop.schema) and not isinstance(type_, Opt):
                    type_ = Opt(type_)
                out.append(Field(prop.name, field_name(prop.name, model=False), type_, prop.required))
        for param in op.params_in("query"):
            if param.name in d.skip or (d.streaming and param.name == "stream"):
                continue
            type_ = self.resolve(param.schema, param.pointer, "param", d.module, _pascal(param.name))
            out.append(Field(param.name, field_name(param.name, model=False), type_, param.required, location="query"))
        out.extend(self.header_fields(op, d.module))
        out.extend(f for f in self._added(d, "param", False) if f.name not in {o.name for o in out})
        return _ordered(_apply_overrides(out, d))

    def header_fields(self, op: Operation, module: str) -> List[Field]:
        """Header parameters: ``openai-beta`` is ``betas`` (the spec names the Python parameter)."""
        out: List[Field] = []
        for param in op.params_in("header"):
            name = param.schema.get("x-stainless-param") or field_name(param.name.replace("-", "_"), model=False)
            type_ = self.resolve(param.schema, param.pointer, "param", module, _pascal(name))
            out.append(Field(param.name, name, type_, param.required, location="header"))
        return out

    def params_def(self, module: str) -> Optional[TypeDef]:
        for d in self.config.modules.get(module, []):
            if d.kind == "params":
                return d
        return None


def _apply_overrides(fields: List[Field], d: TypeDef) -> List[Field]:
    for f in fields:
        if f.json_name in d.literals:
            literal = Lit(tuple(d.literals[f.json_name]))
            f.type = Opt(literal) if isinstance(f.type, Opt) else literal
        if f.json_name in d.required:
            f.required = True
        if f.json_name in d.optional:
            f.required = False
        if f.json_name in d.names:
            f.name = d.names[f.json_name]
        if f.json_name in d.types:
            f.type = _named_type(d.types[f.json_name], nullable=isinstance(f.type, Opt))
    return fields


def _named_type(ref: str, *, nullable: bool) -> Type:
    """A ``types:`` override: ``module:Name`` or ``List[module:Name]``."""
    result: Type
    if ref.startswith("List[") and ref.endswith("]"):
        result = ListOf(Named(*split_ref(ref[5:-1])))
    else:
        result = Named(*split_ref(ref))
    return Opt(result) if nullable else result


def _ordered(fields: List[Field]) -> List[Field]:
    """Required fields first, in spec order; then the optional ones, alphabetically."""
    required = [f for f in fields if f.required]
    optional = sorted((f for f in fields if not f.required), key=lambda f: f.name)
    return required + optional


def _is_modifier(part: Any) -> bool:
    """An ``allOf`` member that only annotates (``{nullable: true}``, a description)."""
    return isinstance(part, dict) and not (set(part) - {"nullable", "description", "title", "deprecated"})


def _nullable_flag(node: Dict[str, Any]) -> bool:
    return bool(node.get("nullable"))


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").replace("/", "_").split("_"))


def _shared_package(a: str, b: str) -> int:
    """How many leading packages two modules share (``beta.realtime.x``, ``beta.realtime.y``: 2)."""
    count = 0
    for x, y in zip(a.split(".")[:-1], b.split(".")[:-1], strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
