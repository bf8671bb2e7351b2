"""Reading the OpenAPI document: JSON pointers, ``$ref`` chains, merged object properties.

Every schema node is addressed by its JSON pointer (``#/components/schemas/X/properties/y``),
the same pointers the config uses to name types.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import yaml  # type: ignore[import-untyped]

__all__ = ["Spec", "Prop", "Operation", "Parameter", "load_spec", "join", "escape"]

COMPONENTS = "#/components/schemas/"


def escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *parts: object) -> str:
    return pointer + "".join("/" + escape(str(part)) for part in parts)


def expand(pointer: str) -> str:
    """Config shorthand: ``Foo/properties/x`` means ``#/components/schemas/Foo/properties/x``."""
    return pointer if pointer.startswith("#/") else COMPONENTS + pointer


def shorten(pointer: str) -> str:
    return pointer[len(COMPONENTS) :] if pointer.startswith(COMPONENTS) else pointer


@dataclass(frozen=True)
class Prop:
    """One property of an object schema, after merging ``allOf``."""

    name: str
    pointer: str
    schema: Dict[str, Any]
    required: bool


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path" | "query" | "header"
    pointer: str  # of the parameter's schema
    schema: Dict[str, Any]
    required: bool


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    pointer: str
    parameters: Tuple[Parameter, ...]
    body_pointer: Optional[str]
    body_content_type: Optional[str]
    body_content_types: Tuple[str, ...]
    response_pointer: Optional[str]
    response_content_types: Tuple[str, ...]
    stream_pointer: Optional[str]

    def params_in(self, location: str) -> List[Parameter]:
        return [p for p in self.parameters if p.location == location]


class Spec:
    def __init__(self, document: Dict[str, Any]) -> None:
        self.document = document
        self._operations: Dict[str, Operation] = {}
        for path, item in document.get("paths", {}).items():
            for method, op in item.items():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                pointer = join("#/paths", path, method)
                self._operations.setdefault(op["operationId"], self._operation(op, method, path, pointer))

    # -- pointers -------------------------------------------------------------------------

    def node(self, pointer: str) -> Any:
        node: Any = self.document
        for part in pointer.lstrip("#").strip("/").split("/"):
            if not part:
                continue
            key = unescape(part)
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def has(self, pointer: str) -> bool:
        try:
            self.node(pointer)
        except (KeyError, IndexError, ValueError, TypeError):
            return False
        return True

    def deref(self, node: Any, pointer: str) -> Tuple[Any, str]:
        """Follow a chain of ``$ref``s; returns the final node and its pointer."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            pointer = node["$ref"]
            node = self.node(pointer)
            seen += 1
            if seen > 50:
                raise ValueError(f"$ref cycle at {pointer}")
        return node, pointer

    # -- objects --------------------------------------------------------------------------

    def properties(self, pointer: str) -> List[Prop]:
        """The properties of the object schema at ``pointer`` (``allOf`` members merged in order)."""
        node, pointer = self.deref(self.node(pointer), pointer)
        out: Dict[str, Prop] = {}
        required: set[str] = set()
        for prop in self._collect(node, pointer, required):
            out[prop.name] = prop
        return [Prop(p.name, p.pointer, p.schema, p.name in required) for p in out.values()]

    def _collect(self, node: Dict[str, Any], pointer: str, required: set[str]) -> Iterator[Prop]:
        for index, member in enumerate(node.get("allOf", [])):
            sub, sub_pointer = self.deref(member, join(pointer, "allOf", index))
            yield from self._collect(sub, sub_pointer, required)
        required.update(node.get("required", []))
        for name, schema in node.get("properties", {}).items():
            yield Prop(name, join(pointer, "properties", name), schema, False)

    def is_object(self, pointer: str) -> bool:
        node, pointer = self.deref(self.node(pointer), pointer)
        return bool(node.get("properties")) or any(
            self.is_object(join(pointer, "allOf", i)) for i in range(len(node.get("allOf", [])))
        )

    # -- operations -----------------------------------------------------------------------

    def operation(self, operation_id: str) -> Operation:
        return self._operations[operation_id]

    def operation_at(self, method: str, path: str) -> Operation:
        for op in self._operations.values():
            if op.method == method.lower() and op.path == path:
                return op
        raise KeyError(f"{method} {path}")

    def _operation(self, op: Dict[str, Any], method: str, path: str, pointer: str) -> Operation:
        parameters = []
        for index, raw in enumerate(op.get("parameters", [])):
            param, param_pointer = self.deref(raw, join(pointer, "parameters", index))
            parameters.append(
                Parameter(
                    # ``include[]``: the brackets are how arrays go in the query, which the
                    # query encoder adds; the parameter is ``include``.
                    name=param["name"].removesuffix("[]") if param["in"] == "query" else param["name"],
                    location=param["in"],
                    pointer=join(param_pointer, "schema"),
                    schema=param.get("schema", {}),
                    required=bool(param.get("required", False)),
                )
            )
        body_pointer = body_type = None
        content = op.get("requestBody", {}).get("content", {})
        for content_type in content:
            body_type = content_type
            body_pointer = join(pointer, "requestBody", "content", content_type, "schema")
            break
        response_pointer = stream_pointer = None
        response_types: Tuple[str, ...] = ()
        for code in ("200", "201"):
            response = op.get("responses", {}).get(code)
            if response is None:
                continue
            response_content = response.get("content", {})
            response_types = tuple(response_content)
            for content_type in response_content:
                schema_pointer = join(pointer, "responses", code, "content", content_type, "schema")
                if content_type == "text/event-stream":
                    stream_pointer = schema_pointer
                elif response_pointer is None and content_type == "application/json":
                    response_pointer = schema_pointer
            break
        return Operation(
            operation_id=op["operationId"],
            method=method,
            path=path,
            pointer=pointer,
            parameters=tuple(parameters),
            body_pointer=body_pointer,
            body_content_type=body_type,
            body_content_types=tuple(content),
            response_pointer=response_pointer,
            response_content_types=response_types,
            stream_pointer=stream_pointer,
        )


def default_spec_path(repo: Path) -> Path:
    env = os.environ.get("OPENWIRE_SPEC")
    if env:
        return Path(env)
    shared = os.environ.get("OPENWIRE_SHARED")
    base = Path(shared) if shared else repo.parent / "shared"
    return base / "spec" / "openai-openapi.yml"


def load_spec(path: Path) -> Spec:
    """Parse the YAML (cached as a pickle next to the repo's build files, keyed by mtime and size)."""
    stat = path.stat()
    cache_dir = Path(os.environ.get("OPENWIRE_CODEGEN_CACHE", Path(__file__).resolve().parent / ".cache"))
    cache = cache_dir / f"spec-{stat.st_size}-{int(stat.st_mtime)}.pickle"
    if cache.exists():
        with cache.open("rb") as handle:
            return Spec(pickle.load(handle))
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as handle:
        document = yaml.load(handle, Loader=loader)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with cache.open("wb") as handle:
            pickle.dump(document, handle)
    except OSError:
        pass
    return Spec(document)
