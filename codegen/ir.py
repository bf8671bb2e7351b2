"""A small type language between spec schemas and Python annotations.

``resolve`` (in ``typegraph``) turns a schema into one of these; ``render`` turns it into an
annotation string for a response model (``ctx="model"``) or a request TypedDict
(``ctx="param"``), asking an :class:`Imports` for every name it uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Iterator, List, Optional, Set, Tuple, Union

from .naming import relative_import

__all__ = [
    "Type",
    "Named",
    "Prim",
    "Lit",
    "ListOf",
    "DictOf",
    "UnionOf",
    "Opt",
    "File",
    "Imports",
    "render",
    "union",
    "walk",
]


@dataclass(frozen=True)
class Named:
    module: str
    name: str

    @property
    def ref(self) -> str:
        return f"{self.module}:{self.name}"


@dataclass(frozen=True)
class Prim:
    name: str  # str | int | float | bool | object


@dataclass(frozen=True)
class Lit:
    values: Tuple[Union[str, int, float, bool], ...]


@dataclass(frozen=True)
class ListOf:
    item: "Type"


@dataclass(frozen=True)
class DictOf:
    value: "Type"


@dataclass(frozen=True)
class UnionOf:
    members: Tuple["Type", ...]
    discriminator: Optional[str] = None


@dataclass(frozen=True)
class Opt:
    inner: "Type"


@dataclass(frozen=True)
class File:
    """A file upload (multipart): ``FileTypes``."""


Type = Union[Named, Prim, Lit, ListOf, DictOf, UnionOf, Opt, File]


def union(members: List[Type], discriminator: Optional[str] = None) -> Type:
    """A union with nested unions flattened and duplicates removed; ``Opt`` is hoisted."""
    flat: List[Type] = []
    nullable = False
    for member in members:
        if isinstance(member, Opt):
            nullable = True
            member = member.inner
        if isinstance(member, UnionOf) and member.discriminator in (None, discriminator):
            parts: Tuple[Type, ...] = member.members
        else:
            parts = (member,)
        for part in parts:
            if part not in flat:
                flat.append(part)
    result: Type = flat[0] if len(flat) == 1 else UnionOf(tuple(flat), discriminator)
    return Opt(result) if nullable else result


def walk(type_: Type) -> Iterator[Type]:
    yield type_
    if isinstance(type_, ListOf):
        yield from walk(type_.item)
    elif isinstance(type_, DictOf):
        yield from walk(type_.value)
    elif isinstance(type_, Opt):
        yield from walk(type_.inner)
    elif isinstance(type_, UnionOf):
        for member in type_.members:
            yield from walk(member)


_STDLIB = frozenset({"functools", "importlib", "warnings"})


class Imports:
    """The imports of one generated module, and the local name of every imported type.

    ``module`` is relative to ``root`` (``openwire.types`` or ``openwire.resources``); type
    references are always relative to ``openwire.types``. Names used only in annotations can
    be imported for type checkers alone (``annotations_only``), keeping imports lazy.
    """

    def __init__(self, module: str, *, root: str = "types", is_package: bool = False) -> None:
        self.module = module
        self.root = root
        self.full = f"{root}.{module}" if module else root
        self.is_package = is_package
        self.local: Set[str] = set()  # names defined in this module
        self.typing: Set[str] = set()
        self.typing_extensions: Set[str] = set()
        self.runtime: Dict[str, Set[str]] = {}  # "..._models" -> {"BaseModel"}
        self.checking: Dict[str, Set[str]] = {}  # like ``runtime``, under ``if TYPE_CHECKING``
        self.plain_checking: Set[str] = set()  # ``import x`` under ``if TYPE_CHECKING``
        self.types: Dict[Tuple[str, str], str] = {}  # (module, name) -> local name
        self.runtime_types: Set[Tuple[str, str]] = set()
        self.annotations_only = False
        # Modules whose names are needed while this module is being imported (aliases, bases),
        # as opposed to names only used inside class annotations (resolved later).
        self.eager_modules: Set[str] = set()
        self.eager = False
        # TypedDict bodies are evaluated at class creation (so that ``Required[...]`` is seen at
        # runtime): names of types are written as strings there, resolved later if ever.
        self.quote = False
        # Builtin names shadowed by a field of the class being rendered (``object``, ``type``).
        self.shadowed: Set[str] = set()
        self.builtins = False

    def typing_name(self, name: str) -> str:
        if name in ("Literal", "Annotated", "Required", "TypedDict", "TypeAlias", "deprecated"):
            self.typing_extensions.add(name)
        else:
            self.typing.add(name)
        return name

    def runtime_name(self, module: str, name: str) -> str:
        if self.annotations_only and name not in self.runtime.get(module, set()):
            self.checking.setdefault(module, set()).add(name)
        else:
            self.runtime.setdefault(module, set()).add(name)
            self.checking.get(module, set()).discard(name)
        return name

    def type_name(self, named: Named) -> str:
        local = self._type_name(named)
        return f'"{local}"' if self.quote else local

    def _type_name(self, named: Named) -> str:
        if self.root == "types" and named.module == self.module:
            return named.name
        if self.eager:
            self.eager_modules.add(named.module)
        key = (named.module, named.name)
        if not self.annotations_only:
            self.runtime_types.add(key)
        if key not in self.types:
            local = named.name
            taken = self.local | {v for k, v in self.types.items()}
            if local in taken:
                local = "".join(part.title() for part in named.module.rsplit(".", 1)[-1].split("_")) + named.name
            self.types[key] = local
        return self.types[key]

    def openwire(self, module: str) -> str:
        """The relative path of ``openwire.<module>`` from this module."""
        depth = self.full.count(".") + 1 + (1 if self.is_package else 0)
        return "." * depth + module

    def modules(self) -> Set[str]:
        return {module for module, _ in self.types}

    def lines(self, deferred: Set[str] = frozenset()) -> List[str]:  # type: ignore[assignment]
        """The import statements, sorted (without those from ``deferred`` modules)."""
        checking = [f"    import {m}" for m in sorted(self.plain_checking)]
        checking += [
            f"    from {m} import {', '.join(sorted(self.checking[m]))}"
            for m in sorted(self.checking)
            if self.checking[m]
        ]
        checking += [
            "    " + line for line in self.type_imports(lambda module, name: not self._at_runtime(module, name))
        ]
        if checking:
            self.typing.add("TYPE_CHECKING")
        out: List[str] = ["import builtins"] if self.builtins else []
        if self.typing:
            out.append(f"from typing import {', '.join(sorted(self.typing))}")
        if self.typing_extensions:
            out.append(f"from typing_extensions import {', '.join(sorted(self.typing_extensions))}")
        stdlib = sorted(m for m in self.runtime if m in _STDLIB and self.runtime[m])
        for module in stdlib:
            out.append(f"from {module} import {', '.join(sorted(self.runtime[module]))}")
        third_party = sorted(m for m in self.runtime if not m.startswith(".") and m not in _STDLIB and self.runtime[m])
        if third_party:
            out.append("")
            for module in third_party:
                out.append(f"from {module} import {', '.join(sorted(self.runtime[module]))}")
        out.append("")
        for module in sorted(m for m in self.runtime if m.startswith(".") and self.runtime[m]):
            out.append(f"from {module} import {', '.join(sorted(self.runtime[module]))}")
        out += self.type_imports(lambda module, name: module not in deferred and self._at_runtime(module, name))
        if checking:
            out += ["", "if TYPE_CHECKING:", *checking]
        return out

    def _at_runtime(self, module: str, name: str) -> bool:
        return self.root == "types" or (module, name) in self.runtime_types

    def type_imports(self, select: Callable[[str, str], bool]) -> List[str]:
        by_module: Dict[str, List[str]] = {}
        for (module, name), local in self.types.items():
            if not select(module, name):
                continue
            source = relative_import(self.full, "types." + module, from_is_package=self.is_package)
            by_module.setdefault(source, []).append(name if local == name else f"{name} as {local}")
        return [f"from {source} import {', '.join(sorted(by_module[source]))}" for source in sorted(by_module)]


def _always(union: "UnionOf") -> bool:
    return True


def render(type_: Type, ctx: str, imports: Imports, discriminate: Callable[["UnionOf"], bool] = _always) -> str:
    """The annotation of ``type_`` in a model (``ctx="model"``) or a TypedDict (``"param"``).

    ``discriminate(union)`` tells whether a union with a discriminator can be validated as a
    tagged union (every member a model with a distinct literal tag).
    """
    if isinstance(type_, Named):
        return imports.type_name(type_)
    if isinstance(type_, Prim):
        if type_.name in imports.shadowed:
            imports.builtins = True
            return f"builtins.{type_.name}"
        return type_.name
    if isinstance(type_, File):
        return imports.runtime_name(_types_module(imports), "FileTypes")
    if isinstance(type_, Lit):
        return f"{imports.typing_name('Literal')}[{', '.join(_literal(v) for v in type_.values)}]"
    if isinstance(type_, Opt):
        return f"{imports.typing_name('Optional')}[{render(type_.inner, ctx, imports, discriminate)}]"
    if isinstance(type_, DictOf):
        return f"{imports.typing_name('Dict')}[str, {render(type_.value, ctx, imports, discriminate)}]"
    if isinstance(type_, ListOf):
        item = render(type_.item, ctx, imports, discriminate)
        if ctx == "model":
            return f"{imports.typing_name('List')}[{item}]"
        if type_.item == Prim("str") or isinstance(type_.item, File):
            return f"{imports.runtime_name(_types_module(imports), 'SequenceNotStr')}[{item}]"
        if isinstance(type_.item, (Prim, Lit)):
            return f"{imports.typing_name('List')}[{item}]"
        return f"{imports.typing_name('Iterable')}[{item}]"
    if isinstance(type_, UnionOf):
        members = ", ".join(render(m, ctx, imports, discriminate) for m in type_.members)
        text = f"{imports.typing_name('Union')}[{members}]"
        if ctx == "model" and type_.discriminator and discriminate(type_):
            field_info = imports.runtime_name("pydantic", "Field")
            text = f'{imports.typing_name("Annotated")}[{text}, {field_info}(discriminator="{type_.discriminator}")]'
        return text
    raise TypeError(type_)


def _types_module(imports: Imports) -> str:
    return imports.openwire("_types")


def _literal(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)
