"""The generator's config (``codegen/config/*.yaml``, see ``config_files.py``), loaded into plain
dataclasses.

Type references are written ``module:Name`` with the module relative to ``openwire.types``
(``chat.chat_completion:ChatCompletion``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from .config_files import CONFIG_DIR, read_config
from .spec import expand

__all__ = [
    "CONFIG_DIR",
    "Config",
    "TypeDef",
    "Added",
    "Resource",
    "Method",
    "Helper",
    "load_config",
    "split_ref",
]


TYPE_KINDS = ("model", "typeddict", "alias", "alias_of", "reexport", "params")


def split_ref(ref: str) -> Tuple[str, str]:
    module, _, name = ref.partition(":")
    if not name:
        raise ValueError(f"expected 'module:Name', got {ref!r}")
    return module, name


@dataclass
class Added:
    """A field the reference has and the spec lacks."""

    required: bool
    schema: Optional[Dict[str, Any]] = None


@dataclass
class TypeDef:
    module: str
    name: str
    kind: str
    schema: Optional[str] = None
    required: List[str] = field(default_factory=list)
    optional: List[str] = field(default_factory=list)
    skip: List[str] = field(default_factory=list)
    add: Dict[str, Added] = field(default_factory=dict)
    literals: Dict[str, List[str]] = field(default_factory=dict)  # field -> the literal's values
    names: Dict[str, str] = field(default_factory=dict)  # JSON name -> the reference's Python name
    # JSON name -> the reference's class (``module:Name``, or ``List[module:Name]``), where the
    # spec's schema for the field is another one (beta realtime events refer to the GA schemas)
    types: Dict[str, str] = field(default_factory=dict)
    # alias built from named members instead of a schema
    union: List[str] = field(default_factory=list)
    list_of: Any = None
    discriminator: Optional[str] = None
    match: Optional[str] = None  # a spec union this alias stands for (fields using it get the name)
    # alias: ``None`` is one of its values (``Optional[...]``), as in the reference; otherwise a
    # nullable schema's ``None`` is left to the fields that use the alias
    nullable: bool = False
    # alias_of / reexport
    target: Optional[str] = None
    python: Optional[str] = None
    # params
    operation: Optional[str] = None
    streaming: bool = False
    # model: a plain class (``module:Class``, module relative to ``openwire``) the model also
    # inherits, for hand-written properties such as ``Response.output_text``
    mixin: Optional[str] = None
    # model: another generated model (``module:Name``) this one subclasses, as the reference
    # does; only the fields it adds or changes are written
    base: Optional[str] = None

    @property
    def ref(self) -> str:
        return f"{self.module}:{self.name}"

    @property
    def is_param_module(self) -> bool:
        return is_param_module(self.module)


def is_param_module(module: str) -> bool:
    stem = module.rsplit(".", 1)[-1]
    return stem.endswith(("_param", "_params")) or module.startswith("shared_params.")


@dataclass
class Method:
    name: str
    operation: str
    returns: str  # "module:Name" | "binary" | "str" | "None"
    params: Optional[str] = None  # module of the params TypedDict
    page: Optional[str] = None  # "Page" | "CursorPage" | "ConversationCursorPage"
    stream: Optional[str] = None  # "module:Name" of the streamed item
    path: Optional[str] = None  # overrides the operation's path
    deprecated: Optional[str] = None  # the warning message
    accept: Optional[str] = None  # the Accept header, for endpoints that do not answer JSON
    base64_embeddings: bool = False  # ask for base64 unless told otherwise, decode to floats
    formats: Optional[Dict[str, Any]] = None  # overloads on ``response_format`` (see the README)
    # "module:function" (relative to openwire) building a body the JSON and form encoders
    # cannot (``_sdp:sdp_offer``): called with the body parameters, returns an ``EncodedBody``.
    encoder: Optional[str] = None


@dataclass
class Helper:
    """A hand-written helper whose signature is generated: the parameters of the generated
    method ``like`` with the changes below; its body is one call of a hand-written function.

    Annotations are written as in Python; the names they use beyond ``typing`` are listed in
    ``imports`` (``name: module``, the module relative to ``openwire``).
    """

    name: str
    like: str  # the generated method of the same resource whose parameters it takes
    # "module:function" (relative to openwire), called as ``function(self, arguments)``; or
    # "self.method", a method of the resource's mixin, called as ``self.method(arguments)``
    call: str
    async_call: str  # the same for the async client (may be the same function, then awaited)
    returns: str
    async_returns: str
    doc: str
    imports: Dict[str, str] = field(default_factory=dict)
    params: Dict[str, str] = field(default_factory=dict)  # name -> "annotation[ = default]", changed or added
    async_params: Dict[str, str] = field(default_factory=dict)  # the async client's, where they differ
    skip: List[str] = field(default_factory=list)  # parameters of ``like`` the helper does not take
    async_skip: List[str] = field(default_factory=list)  # ...and those the async client's does not take
    order: List[str] = field(default_factory=list)  # the order, "..." standing for the rest in ``like``'s
    positional: Optional[str] = None  # the positional parameter, when not ``like``'s
    keyword_only: bool = False  # no positional parameter (``like``'s one becomes keyword-only)
    deprecated: bool = False  # warns at the caller as ``like`` does (``like`` must be deprecated)
    coroutine: bool = True  # the async variant is ``async def`` (else ``def`` returning an async object)
    # ``typing.overload`` variants, each {params: {name: "annotation[ = default]" | null (absent)},
    # returns, async_returns}: the return type that depends on an argument (stream managers)
    overloads: List[Dict[str, Any]] = field(default_factory=list)


@dataclass
class Resource:
    path: str  # "chat.completions"
    cls: str
    module: str  # relative to openwire.resources
    children: List[str] = field(default_factory=list)
    methods: List[Method] = field(default_factory=list)
    # Hand-written helper methods (``parse``, ``stream``, ``unwrap``...): a mixin class per
    # client, ``openwire.<module>:<Class>``, that the generated class inherits from.
    mixin: Optional[str] = None
    async_mixin: Optional[str] = None
    # Hand-written methods that ``with_raw_response`` / ``with_streaming_response`` also offer.
    raw_helpers: List[str] = field(default_factory=list)
    streaming_helpers: List[str] = field(default_factory=list)
    # Headers every method of this resource sends (``OpenAI-Beta`` on vector stores).
    headers: Dict[str, str] = field(default_factory=dict)
    # Helpers whose signatures are generated from a method's (``parse``, ``stream``...).
    helpers: List[Helper] = field(default_factory=list)
    # Module attributes the reference's resource module also has (private names libraries
    # import): name -> "module:attribute" (relative to openwire), resolved on first access.
    aliases: Dict[str, str] = field(default_factory=dict)
    # Another path of a class mounted twice (``beta.chat`` is ``chat``): nothing is generated
    # for this path, its parent's property returns the owner's class.
    same_as: Optional[str] = None
    # Query parameters every method sends (``beta=true`` on ``beta.responses``).
    query: Dict[str, str] = field(default_factory=dict)
    # "admin": the methods authenticate with the client's admin key (``client.admin.*``).
    auth: Optional[str] = None
    # The class the parent's property returns, when the reference mounts a subclass of the
    # generated one under another name (``realtime.calls`` is ``_Calls`` / ``_AsyncCalls``).
    mount_cls: Optional[str] = None
    async_mount_cls: Optional[str] = None

    @property
    def attr(self) -> str:
        return self.path.rsplit(".", 1)[-1]


@dataclass
class Config:
    resources: Dict[str, Resource]
    packages: Dict[str, Dict[str, str]]  # package -> {public name: "module:Name"}
    modules: Dict[str, List[TypeDef]]  # type module -> its definitions, in order
    custom_modules: List[str]

    def typedef(self, ref: str) -> TypeDef:
        module, name = split_ref(ref)
        for typedef in self.modules.get(module, []):
            if typedef.name == name:
                return typedef
        raise KeyError(ref)


def _typedef(module: str, name: str, raw: Dict[str, Any]) -> TypeDef:
    kind = raw["kind"]
    if kind not in TYPE_KINDS:
        raise ValueError(f"{module}:{name}: unknown kind {kind!r}")
    added = {
        key: Added(required=bool(value.get("required")), schema=value.get("schema"))
        for key, value in (raw.get("add") or {}).items()
    }
    schema = raw.get("schema")
    return TypeDef(
        module=module,
        name=name,
        kind=kind,
        schema=expand(schema) if schema else None,
        required=list(raw.get("required", [])),
        optional=list(raw.get("optional", [])),
        skip=list(raw.get("skip", [])),
        add=added,
        literals={key: list(values) for key, values in (raw.get("literals") or {}).items()},
        names=dict(raw.get("names") or {}),
        types=dict(raw.get("types") or {}),
        union=list(raw.get("union", [])),
        list_of=raw.get("list_of"),
        discriminator=raw.get("discriminator"),
        match=expand(raw["match"]) if raw.get("match") else None,
        nullable=bool(raw.get("nullable", False)),
        target=raw.get("target"),
        python=raw.get("python"),
        operation=raw.get("operation"),
        streaming=bool(raw.get("streaming", False)),
        mixin=raw.get("mixin"),
        base=raw.get("base"),
    )


def _helper(resource: str, name: str, raw: Dict[str, Any]) -> Helper:
    missing = [key for key in ("like", "call", "returns", "doc") if key not in raw]
    if missing:
        raise ValueError(f"{resource}.{name}: a helper needs {', '.join(missing)}")
    return Helper(
        name=name,
        like=raw["like"],
        call=raw["call"],
        async_call=raw.get("async_call", raw["call"]),
        returns=raw["returns"],
        async_returns=raw.get("async_returns", raw["returns"]),
        doc=raw["doc"].strip(),
        imports=dict(raw.get("imports") or {}),
        params={key: str(value) for key, value in (raw.get("params") or {}).items()},
        async_params={key: str(value) for key, value in (raw.get("async_params") or {}).items()},
        skip=list(raw.get("skip", [])),
        async_skip=list(raw.get("async_skip", [])),
        order=list(raw.get("order", [])),
        positional=raw.get("positional"),
        keyword_only=bool(raw.get("keyword_only", False)),
        deprecated=bool(raw.get("deprecated", False)),
        coroutine=bool(raw.get("coroutine", True)),
        overloads=[dict(variant) for variant in raw.get("overloads") or []],
    )


def load_config(path: Path = CONFIG_DIR) -> Config:
    """The config folder (or a single file with the same three sections)."""
    raw = read_config(path)
    resources: Dict[str, Resource] = {}
    for res_path, entry in raw["resources"].items():
        if "same_as" in entry:
            owner = raw["resources"][entry["same_as"]]
            resources[res_path] = Resource(
                path=res_path,
                cls=owner["cls"],
                module=owner["module"],
                children=list(owner.get("children", [])),
                same_as=entry["same_as"],
            )
            continue
        methods = [
            Method(
                name=name,
                operation=m["operation"],
                returns=m["returns"],
                params=m.get("params"),
                page=m.get("page"),
                stream=m.get("stream"),
                path=m.get("path"),
                deprecated=m.get("deprecated"),
                accept=m.get("accept"),
                base64_embeddings=bool(m.get("base64_embeddings", False)),
                formats=m.get("formats"),
                encoder=m.get("encoder"),
            )
            for name, m in (entry.get("methods") or {}).items()
        ]
        resources[res_path] = Resource(
            path=res_path,
            cls=entry["cls"],
            module=entry["module"],
            children=list(entry.get("children", [])),
            methods=methods,
            mixin=entry.get("mixin"),
            async_mixin=entry.get("async_mixin"),
            raw_helpers=list(entry.get("raw_helpers", [])),
            streaming_helpers=list(entry.get("streaming_helpers", [])),
            headers=dict(entry.get("headers") or {}),
            helpers=[_helper(res_path, name, value) for name, value in (entry.get("helpers") or {}).items()],
            aliases=dict(entry.get("aliases") or {}),
            query=dict(entry.get("query") or {}),
            auth=entry.get("auth"),
            mount_cls=entry.get("mount_cls"),
            async_mount_cls=entry.get("async_mount_cls"),
        )
    modules: Dict[str, List[TypeDef]] = {}
    custom: List[str] = []
    for module, entries in raw["types"].items():
        if entries.get("custom"):
            custom.append(module)
            continue
        modules[module] = [_typedef(module, name, value) for name, value in entries.items()]
    packages = {name: dict(values) for name, values in raw["packages"].items()}
    return Config(resources=resources, packages=packages, modules=modules, custom_modules=custom)
