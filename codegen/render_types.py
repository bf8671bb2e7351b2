"""Rendering ``openwire/types/**``: response models, request TypedDicts, aliases, packages."""

from __future__ import annotations

from typing import Dict, List, Set, Tuple

from .config import TypeDef, split_ref
from .ir import Imports, ListOf, Lit, Named, Opt, UnionOf, render
from .naming import relative_import
from .typegraph import Field, TypeGraph

__all__ = ["TypesRenderer", "HEADER"]

HEADER = "# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.\n"


class RenderedModule:
    """A type module before its imports are placed: imports that would close an import cycle
    and are only needed by class annotations go to the end of the module."""

    def __init__(self, names: List[str], imports: Imports, blocks: List[str], *, request: bool) -> None:
        self.names = names
        self.imports = imports
        self.blocks = blocks
        self.request = request

    def text(self, deferred: Set[str]) -> str:
        # Request modules: TypedDicts need evaluated annotations, see ``Imports.quote``.
        future = [] if self.request else ["from __future__ import annotations", ""]
        lines = [HEADER, *future]
        lines += self.imports.lines(deferred)
        lines += ["", f"__all__ = [{', '.join(repr(n) for n in self.names)}]", "", ""]
        text = "\n".join(lines) + "\n\n\n".join(self.blocks) + "\n"
        late = self.imports.type_imports(lambda module, name: module in deferred)
        if late:
            text += "\n\n# Imported last: these modules import this one (the types refer to each other).\n"
            text += "\n".join(late) + "\n"
        return text


class TypesRenderer:
    def __init__(self, graph: TypeGraph) -> None:
        self.graph = graph
        self._tagged: Dict[Tuple[object, ...], bool] = {}

    # -- one module --------------------------------------------------------------------

    def module(self, module: str) -> "RenderedModule":
        defs = self.graph.config.modules[module]
        imports = Imports(module)
        imports.local = {d.name for d in defs if d.kind != "reexport"}
        rendered: Dict[str, List[str]] = {}
        aliases: List[TypeDef] = []
        for d in defs:
            if d.kind == "model":
                rendered[d.name] = [self.model(d, imports)]
            elif d.kind == "typeddict":
                rendered[d.name] = [self.typeddict(d.name, self.graph.fields(d), imports)]
            elif d.kind == "params":
                rendered[d.name] = self.params(d, imports)
            elif d.kind == "reexport":
                assert d.target
                imports.type_name(Named(*split_ref(d.target)))
            else:
                aliases.append(d)
        imports.eager = True
        for d in aliases:
            rendered[d.name] = [self.alias(d, imports)]
        blocks: List[str] = []
        for d in self._definition_order([d for d in defs if d.name in rendered]):
            blocks.extend(rendered[d.name])
        for d in defs:
            if d.kind == "reexport":
                assert d.target
                local = imports.types[split_ref(d.target)]
                imports.eager_modules.add(split_ref(d.target)[0])
                if local != d.name:
                    blocks.append(f"{d.name} = {local}")
        return RenderedModule([d.name for d in defs], imports, blocks, request=self.graph.is_param(module))

    def _definition_order(self, defs: List[TypeDef]) -> List[TypeDef]:
        """Each definition comes after the ones of the module it uses (aliases are evaluated at
        import; a model's annotations are resolved when its class is created, so a model whose
        annotations name a class or alias defined later would stay incomplete)."""
        by_name = {d.name: d for d in defs}
        done: Set[str] = set()
        out: List[TypeDef] = []

        def visit(d: TypeDef, stack: Set[str]) -> None:
            if d.name in done or d.name in stack:
                return
            stack.add(d.name)
            for dep in self._alias_deps(d):
                if dep.module == d.module and dep.name in by_name:
                    visit(by_name[dep.name], stack)
            done.add(d.name)
            out.append(d)

        for d in defs:
            visit(d, set())
        return out

    def _alias_deps(self, d: TypeDef) -> List[Named]:
        from .ir import walk

        if d.kind == "alias_of":
            assert d.target
            return [Named(*split_ref(d.target))]
        if d.kind == "model":
            deps = [t for f in self.graph.fields(d) for t in walk(f.type) if isinstance(t, Named)]
            return deps + ([Named(*split_ref(d.base))] if d.base else [])
        if d.kind != "alias":
            return []
        return [t for t in walk(self.graph.alias_type(d)) if isinstance(t, Named)]

    # -- definitions ----------------------------------------------------------------------

    def model(self, d: TypeDef, imports: Imports) -> str:
        fields = self.graph.fields(d)
        if d.base:
            # A subclass of another generated model: write only the fields it adds or makes
            # required. A field of the base with the same name and required-ness is inherited
            # as is, as in the reference, even when the spec gives it a copy of the base's type
            # under another name (``Agent`` of another module, an eval's own grader ``Input``).
            parent = self.graph.defs[d.base]
            inherited = {(f.name, f.json_name, f.required) for f in self.graph.fields(parent)}
            fields = [f for f in fields if (f.name, f.json_name, f.required) not in inherited]
            base = imports.type_name(Named(*split_ref(d.base)))
            imports.eager_modules.add(split_ref(d.base)[0])
        else:
            base = imports.runtime_name(imports.openwire("_models"), "BaseModel")
        if d.mixin:
            module, name = split_ref(d.mixin)
            base = f"{imports.runtime_name(imports.openwire(module), name)}, {base}"
        lines = [f"class {d.name}({base}):"]
        imports.shadowed = {f.name for f in fields} & {"object", "str", "int", "float", "bool"}
        for f in fields:
            annotation = render(f.type, "model", imports, self.tagged)
            optional = not f.required
            if optional and not isinstance(f.type, Opt):
                annotation = f"{imports.typing_name('Optional')}[{annotation}]"
            if f.name != f.json_name:
                field_info = imports.runtime_name("pydantic", "Field")
                default = "default=None, " if optional else ""
                lines.append(f'    {f.name}: {annotation} = {field_info}({default}alias="{f.json_name}")')
            else:
                lines.append(f"    {f.name}: {annotation}" + (" = None" if optional else ""))
        imports.shadowed = set()
        if not fields:
            lines.append("    pass")
        return "\n".join(lines)

    def typeddict(
        self, name: str, fields: List[Field], imports: Imports, *, bases: str = "", total: bool = False
    ) -> str:
        typed_dict = imports.typing_name("TypedDict")
        head = bases or typed_dict
        if any(not f.name.isidentifier() for f in fields):
            raise ValueError(f"{name}: TypedDict key that is not an identifier")
        lines = [f"class {name}({head}{'' if total else ', total=False'}):"]
        imports.quote = True
        for f in fields:
            annotation = render(f.type, "param", imports)
            if f.required:
                annotation = f"{imports.typing_name('Required')}[{annotation}]"
            lines.append(f"    {f.name}: {annotation}")
        imports.quote = False
        if not fields:
            lines.append("    pass")
        return "\n".join(lines)

    def params(self, d: TypeDef, imports: Imports) -> List[str]:
        fields = self.graph.fields(d)
        if not d.streaming:
            return [self.typeddict(d.name, fields, imports)]
        base = d.name + "Base"
        literal = imports.typing_name("Literal")
        optional = imports.typing_name("Optional")
        required = imports.typing_name("Required")
        stream_optional = self._stream_is_nullable(d)
        false_type = f"{optional}[{literal}[False]]" if stream_optional else f"{literal}[False]"
        union = imports.typing_name("Union")
        return [
            self.typeddict(base, fields, imports),
            f"class {d.name}NonStreaming({base}, total=False):\n    stream: {false_type}",
            f"class {d.name}Streaming({base}):\n    stream: {required}[{literal}[True]]",
            f"{d.name} = {union}[{d.name}NonStreaming, {d.name}Streaming]",
        ]

    def _stream_is_nullable(self, d: TypeDef) -> bool:
        assert d.operation
        op = self.graph.spec.operation(d.operation)
        if op.body_pointer is not None:
            for prop in self.graph.spec.properties(op.body_pointer):
                if prop.name == "stream":
                    return isinstance(self.graph.resolve(prop.schema, prop.pointer, "param", d.module), Opt)
        return False

    def alias(self, d: TypeDef, imports: Imports) -> str:
        alias = imports.typing_name("TypeAlias")
        if d.kind == "alias_of":
            assert d.target
            return f"{d.name} = {imports.type_name(Named(*split_ref(d.target)))}"
        if d.python:
            return f"{d.name}: {alias} = {d.python}"
        ctx = self.graph.ctx_of(d)
        type_ = self.graph.alias_type(d)
        if isinstance(type_, ListOf):
            # A list alias is a ``List`` in request modules too (``Iterable`` is for the keys
            # of a TypedDict): users append to ``ResponseInputParam``, pydantic keeps a list.
            item = render(type_.item, ctx, imports, self.tagged)
            return f"{d.name}: {alias} = {imports.typing_name('List')}[{item}]"
        return f"{d.name}: {alias} = {render(type_, ctx, imports, self.tagged)}"

    # -- tagged unions -------------------------------------------------------------------

    def tagged(self, union: UnionOf) -> bool:
        """Whether pydantic can validate ``union`` by its discriminator: every member a model
        with a required literal tag, and no tag value shared by two members."""
        key = (union.members, union.discriminator)
        if key not in self._tagged:
            self._tagged[key] = self._check_tagged(union)
        return self._tagged[key]

    def _check_tagged(self, union: UnionOf) -> bool:
        seen: Set[object] = set()
        for member in union.members:
            if not isinstance(member, Named):
                return False
            d = self.graph.defs.get(member.ref)
            if d is None or d.kind != "model":
                return False
            tag = next((f for f in self.graph.fields(d) if f.json_name == union.discriminator), None)
            if tag is None or not tag.required or not isinstance(tag.type, Lit) or tag.name != tag.json_name:
                return False
            if seen & set(tag.type.values):
                return False
            seen.update(tag.type.values)
        return True

    # -- packages ------------------------------------------------------------------------

    def package(self, package: str, exports: Dict[str, str], submodules: List[str]) -> str:
        """A package ``__init__``: names resolve on first access, type checkers see them all."""
        lines = [
            HEADER,
            "from __future__ import annotations",
            "",
            "import importlib",
            "from typing import TYPE_CHECKING, Any",
            "",
        ]
        table: Dict[str, str] = {}
        checking: List[str] = []
        for name in sorted(exports):
            module, target = split_ref(exports[name])
            source = relative_import(package, module, from_is_package=True)
            table[name] = source
            checking.append(f"    from {source} import {target} as {name}")
        if checking:
            lines += ["if TYPE_CHECKING:", *checking, ""]
        lines.append(f"__all__ = [{', '.join(repr(n) for n in sorted(exports))}]")
        lines.append("")
        lines.append("# Public name -> module defining it, imported on first access.")
        lines.append("_EXPORTS: dict[str, str] = {")
        lines += [f"    {name!r}: {source!r}," for name, source in table.items()]
        lines.append("}")
        lines.append(f"_SUBMODULES: frozenset[str] = frozenset({{{', '.join(repr(s) for s in sorted(submodules))}}})")
        lines += [
            "",
            "if not TYPE_CHECKING:",
            "",
            "    def __getattr__(name: str) -> Any:",
            "        source = _EXPORTS.get(name)",
            "        if source is not None:",
            "            value = getattr(importlib.import_module(source, __name__), name)",
            "            globals()[name] = value",
            "            return value",
            "        if name in _SUBMODULES:",
            '            return importlib.import_module(f".{name}", __name__)',
            '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
            "",
            "",
            "def __dir__() -> list[str]:",
            "    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)",
            "",
        ]
        return "\n".join(lines)
