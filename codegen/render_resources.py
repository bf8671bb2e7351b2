"""Rendering ``openwire/resources/**``: one template, two drivers (sync and async).

Every method is written once by :meth:`ResourceRenderer.method`; ``Flavor`` says what differs
between the clients (``def`` / ``async def``, ``await``, ``Stream`` / ``AsyncStream``, pages
and the async paginator, the raw / streaming wrappers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from .config import Helper, Method, Resource, split_ref
from .ir import Imports, Named, Prim, render
from .naming import relative_import
from .render_types import HEADER
from .typegraph import Field, TypeGraph

__all__ = ["ResourceRenderer", "Flavor", "SYNC", "ASYNC"]


@dataclass(frozen=True)
class Flavor:
    is_async: bool
    prefix: str  # class name prefix: "" or "Async"
    base: str  # SyncAPIResource / AsyncAPIResource
    define: str  # "def" / "async def"
    await_: str  # "" / "await "
    stream: str  # Stream / AsyncStream
    stream_module: str
    page_prefix: str  # Sync / Async
    raw_wrapper: str
    streamed_wrapper: str
    response_module: str


SYNC = Flavor(
    is_async=False,
    prefix="",
    base="SyncAPIResource",
    define="def",
    await_="",
    stream="Stream",
    stream_module="_sync.streaming",
    page_prefix="Sync",
    raw_wrapper="to_raw_response_wrapper",
    streamed_wrapper="to_streamed_response_wrapper",
    response_module="_sync.response",
)
ASYNC = Flavor(
    is_async=True,
    prefix="Async",
    base="AsyncAPIResource",
    define="async def",
    await_="await ",
    stream="AsyncStream",
    stream_module="_async.streaming",
    page_prefix="Async",
    raw_wrapper="async_to_raw_response_wrapper",
    streamed_wrapper="async_to_streamed_response_wrapper",
    response_module="_async.response",
)

_OPTIONS = [
    ("extra_headers", "Headers | None", "None"),
    ("extra_query", "Query | None", "None"),
    ("extra_body", "Body | None", "None"),
    ("timeout", "float | httpx.Timeout | None | NotGiven", "not_given"),
]


@dataclass
class Param:
    name: str
    annotation: str  # without "| Omit"
    required: bool
    location: str  # path | query | body | header
    positional: bool = False
    is_file: bool = False
    wire_name: str = ""  # a header's name

    def signature(self, annotation: Optional[str] = None, required: Optional[bool] = None) -> str:
        annotation = annotation or self.annotation
        required = self.required if required is None else required
        if required:
            return f"{self.name}: {annotation}"
        return f"{self.name}: {annotation} | Omit = omit"


@dataclass
class Variant:
    """One ``typing.overload`` of a method: replaced parameter annotations, and the return type."""

    params: Dict[str, Tuple[str, bool]]  # name -> (annotation, required); "" annotation keeps the default
    returns: str


class ResourceRenderer:
    def __init__(self, graph: TypeGraph) -> None:
        self.graph = graph
        self.config = graph.config

    # -- module ------------------------------------------------------------------------

    def module(self, resource: Resource) -> str:
        imports = Imports(resource.module, root="resources")
        imports.local = {
            f"{p}{resource.cls}{s}" for p in ("", "Async") for s in ("", "WithRawResponse", "WithStreamingResponse")
        } | {name for name in (resource.mount_cls, resource.async_mount_cls) if name}
        blocks = []
        for flavor in (SYNC, ASYNC):
            blocks.append(self.resource_class(resource, flavor, imports))
        for flavor in (SYNC, ASYNC):
            mounted = self._mounted(resource, flavor)
            if mounted:
                doc = f"The class of ``client.{resource.path}`` (the reference's name for it)."
                blocks.append(f'class {mounted}({flavor.prefix}{resource.cls}):\n    """{doc}"""')
        for flavor in (SYNC, ASYNC):
            for view in ("raw", "streaming"):
                blocks.append(self.view_class(resource, flavor, view, imports))
        if resource.aliases:
            blocks.append(self.aliases(resource, imports))
        names = [f"{resource.cls}", f"Async{resource.cls}"]
        head = [HEADER, "from __future__ import annotations", ""]
        head += imports.lines()
        head += ["", f"__all__ = [{', '.join(repr(n) for n in names)}]", "", ""]
        return "\n".join(head) + "\n\n\n".join(blocks) + "\n"

    def aliases(self, resource: Resource, imports: Imports) -> str:
        """A module ``__getattr__`` resolving ``resource.aliases`` on first access (keeping the
        module light), with the names imported for type checkers."""
        table = []
        for alias, ref in resource.aliases.items():
            module, name = split_ref(ref)
            source = imports.openwire(module)
            imports.checking.setdefault(source, set()).add(f"{name} as {alias}")
            table.append(f"    {alias!r}: ({source!r}, {name!r}),")
        any_ = imports.typing_name("Any")
        import_module = imports.runtime_name("importlib", "import_module")
        return "\n".join(
            [
                "# Names the reference's module also has, for libraries that import them.",
                "_ALIASES = {",
                *table,
                "}",
                "",
                "",
                f"def __getattr__(name: str) -> {any_}:",
                "    if name not in _ALIASES:",
                '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
                "    module, attribute = _ALIASES[name]",
                f"    return getattr({import_module}(module, __package__), attribute)",
            ]
        )

    def resource_class(self, resource: Resource, flavor: Flavor, imports: Imports) -> str:
        cls = flavor.prefix + resource.cls
        base = imports.runtime_name(imports.openwire("_resource"), flavor.base)
        mixin = resource.async_mixin if flavor.is_async else resource.mixin
        if mixin:
            module, name = split_ref(mixin)
            base = f"{imports.runtime_name(imports.openwire(module), name)}, {base}"
        imports.runtime_name("functools", "cached_property")
        lines = [f"class {cls}({base}):"]
        for child in resource.children:
            child_resource = self.config.resources[f"{resource.path}.{child}"]
            child_cls = self._mounted(child_resource, flavor) or flavor.prefix + child_resource.cls
            source = self._child_import(resource, child_resource, child_cls, imports)
            lines += [
                "    @cached_property",
                f"    def {child}(self) -> {source}:",
                f"        from {self._relative(resource, child_resource)} import {child_cls}",
                "",
                f"        return {child_cls}(self._client)",
                "",
            ]
        for view, suffix in (
            ("with_raw_response", "WithRawResponse"),
            ("with_streaming_response", "WithStreamingResponse"),
        ):
            lines += [
                "    @cached_property",
                f"    def {view}(self) -> {cls}{suffix}:",
                f"        return {cls}{suffix}(self)",
                "",
            ]
        for method in resource.methods:
            lines += self.method(resource, method, flavor, imports)
        for helper in resource.helpers:
            lines += self.helper(resource, helper, flavor, imports)
        return "\n".join(lines).rstrip()

    def view_class(self, resource: Resource, flavor: Flavor, view: str, imports: Imports) -> str:
        suffix = "WithRawResponse" if view == "raw" else "WithStreamingResponse"
        wrapper = flavor.raw_wrapper if view == "raw" else flavor.streamed_wrapper
        cls = flavor.prefix + resource.cls
        attr = "_" + resource.attr
        lines = [
            f"class {cls}{suffix}:",
            f"    def __init__(self, {resource.attr}: {cls}) -> None:",
            f"        self.{attr} = {resource.attr}",
        ]
        helpers = resource.raw_helpers if view == "raw" else resource.streaming_helpers
        if resource.methods or helpers:
            imports.runtime_name(imports.openwire(flavor.response_module), wrapper)
        for name in [method.name for method in resource.methods] + helpers:
            lines.append(f"        self.{name} = {wrapper}({resource.attr}.{name})")
        lines.append("")
        for child in resource.children:
            child_resource = self.config.resources[f"{resource.path}.{child}"]
            child_cls = flavor.prefix + child_resource.cls + suffix
            source = self._child_import(resource, child_resource, child_cls, imports)
            lines += [
                "    @cached_property",
                f"    def {child}(self) -> {source}:",
                f"        from {self._relative(resource, child_resource)} import {child_cls}",
                "",
                f"        return {child_cls}(self.{attr}.{child})",
                "",
            ]
        return "\n".join(lines).rstrip()

    @staticmethod
    def _mounted(resource: Resource, flavor: Flavor) -> Optional[str]:
        return resource.async_mount_cls if flavor.is_async else resource.mount_cls

    def _relative(self, resource: Resource, child: Resource) -> str:
        return relative_import("resources." + resource.module, "resources." + child.module)

    def _child_import(self, resource: Resource, child: Resource, name: str, imports: Imports) -> str:
        imports.checking.setdefault(self._relative(resource, child), set()).add(name)
        return name

    # -- methods -----------------------------------------------------------------------

    def params(self, method: Method, imports: Imports) -> List[Param]:
        op = self.graph.spec.operation(method.operation)
        path_params = op.params_in("path")
        out: List[Param] = []
        if path_params:
            out.append(Param(path_params[-1].name, "str", True, "path", positional=True))
        fields: List[Field] = []
        if method.params:
            params_def = self.graph.params_def(method.params)
            assert params_def is not None, method.params
            fields = self.graph.fields(params_def)
        else:
            fields = [Field(p.name, p.name, Prim("str"), True, "path") for p in path_params[:-1]]
            fields += self.graph.header_fields(op, "")
        imports.annotations_only = True
        for f in fields:
            annotation = "str" if f.location == "path" else render(f.type, "param", imports)
            out.append(
                Param(
                    f.name,
                    annotation,
                    f.required,
                    f.location,
                    is_file=self.graph.has_file(f.type),
                    wire_name=f.json_name,
                )
            )
        imports.annotations_only = False
        if method.stream and not any(p.name == "stream" for p in out):
            location = "query" if any(p.name == "stream" for p in op.params_in("query")) else "body"
            out.append(Param("stream", "", False, location))
        positional = [p for p in out if p.positional]
        # Keyword parameters in alphabetical order, required ones first: the body is built in
        # this order, and so is the reference's.
        required = sorted((p for p in out if not p.positional and p.required), key=lambda p: p.name)
        optional = sorted((p for p in out if not p.positional and not p.required), key=lambda p: p.name)
        return positional + required + optional

    def _stream_nullable(self, method: Method) -> bool:
        op = self.graph.spec.operation(method.operation)
        if op.body_pointer is not None:
            for prop in self.graph.spec.properties(op.body_pointer):
                if prop.name == "stream":
                    return self.graph.nullable(prop.schema)
        return False

    def _type(self, ref: str, imports: Imports) -> str:
        if ref == "str":
            return "str"
        return imports.type_name(Named(*split_ref(ref)))

    def method(self, resource: Resource, method: Method, flavor: Flavor, imports: Imports) -> List[str]:
        params = self.params(method, imports)
        returns, cast_to, variants = self._returns(method, flavor, imports)
        op = self.graph.spec.operation(method.operation)
        path = method.path or op.path
        lines: List[str] = []
        imports.runtime_name(imports.openwire("_types"), "omit")
        imports.runtime_name(imports.openwire("_types"), "not_given")
        for variant in variants:
            lines.append(f"    @{imports.typing_name('overload')}")
            lines += self._signature(method, flavor, params, variant, imports, body="...")
            lines.append("")
        lines += self._signature(method, flavor, params, Variant({}, returns), imports, body=None)
        lines += self._body(resource, method, flavor, params, path, cast_to, returns, imports)
        lines.append("")
        return lines

    def _signature(
        self,
        method: Method,
        flavor: Flavor,
        params: List[Param],
        variant: Variant,
        imports: Imports,
        body: Optional[str],
    ) -> List[str]:
        define = "def" if (method.page and flavor.is_async) else flavor.define
        parts = ["self"]
        keyword = False
        for p in params:
            if not p.positional and not keyword:
                parts.append("*")
                keyword = True
            annotation, required = variant.params.get(p.name, ("", p.required))
            if p.name == "stream" and not annotation:
                annotation = self._stream_annotation(method)
            parts.append(p.signature(annotation or None, required))
        if not keyword:
            parts.append("*")
        for name, annotation, default in _OPTIONS:
            parts.append(f"{name}: {annotation} = {default}")
        self._option_imports(imports)
        head = f"    {define} {method.name}({', '.join(parts)}) -> {variant.returns}:"
        if body is not None:
            return [head + f" {body}"]
        return [head]

    # -- helpers -----------------------------------------------------------------------

    def helper(self, resource: Resource, helper: Helper, flavor: Flavor, imports: Imports) -> List[str]:
        """A hand-written helper's method: ``like``'s parameters changed as the config says,
        the body one call of the hand-written function with every argument in a dict."""
        like = next((m for m in resource.methods if m.name == helper.like), None)
        if like is None:
            raise ValueError(f"{resource.path}.{helper.name}: no method {helper.like!r} to take the parameters of")
        locals_ = self._helper_imports(helper, imports)
        entries: Dict[str, str] = {}
        positional = helper.positional
        for p in self.params(like, imports):
            if p.positional and positional is None and not helper.keyword_only:
                positional = p.name
            stream = self._stream_annotation(like) if p.name == "stream" and not p.annotation else None
            entries[p.name] = p.signature(stream)
        for name, text in {**helper.params, **(helper.async_params if flavor.is_async else {})}.items():
            entries[name] = f"{name}: {_localize(text, locals_, imports)}"
        for name in helper.skip + (helper.async_skip if flavor.is_async else []):
            entries.pop(name, None)
        names = _ordered(list(entries), helper.order)
        if positional is not None and positional not in entries:
            raise ValueError(f"{resource.path}.{helper.name}: no parameter {positional!r} to make positional")

        def signature(changes: Dict[str, Optional[str]]) -> List[str]:
            changed = {**entries}
            for name, text in changes.items():
                if name not in changed:
                    raise ValueError(f"{resource.path}.{helper.name}: an overload changes no parameter {name!r}")
                changed[name] = f"{name}: {_localize(text, locals_, imports)}" if text is not None else ""
            parts = ["self"]
            if positional is not None:
                parts.append(changed[positional])
            parts.append("*")
            parts += [changed[name] for name in names if name != positional and changed[name]]
            parts += [f"{name}: {annotation} = {default}" for name, annotation, default in _OPTIONS]
            return parts

        parts = signature({})
        self._option_imports(imports)
        call = helper.async_call if flavor.is_async else helper.call
        if call.startswith("self."):  # a method of the resource's hand-written mixin
            function, first = call, ""
        else:
            module, function = split_ref(call)
            function, first = imports.runtime_name(imports.openwire(module), function), "self, "
        returns = _localize(helper.async_returns if flavor.is_async else helper.returns, locals_, imports)
        define = flavor.define if helper.coroutine else "def"
        await_ = flavor.await_ if helper.coroutine else ""
        keywords = [name for name in names if name != positional]
        arguments = ", ".join(
            f'"{name}": {name}' for name in [positional, *keywords, *(o[0] for o in _OPTIONS)] if name
        )
        doc = helper.doc.replace("\n", "\n        ") + ("\n        " if "\n" in helper.doc else "")
        warning: List[str] = []
        if helper.deprecated:
            if not like.deprecated:
                raise ValueError(f"{resource.path}.{helper.name}: deprecated, but {like.name!r} is not")
            imports.runtime_name("warnings", "warn")
            warning.append(f"        warn({like.deprecated!r}, DeprecationWarning, stacklevel=2)")
        variants: List[str] = []
        for variant in helper.overloads:
            key = "async_returns" if flavor.is_async and "async_returns" in variant else "returns"
            variant_returns = _localize(variant[key], locals_, imports)
            changes = {**(variant.get("params") or {}), **((flavor.is_async and variant.get("async_params")) or {})}
            variant_parts = ", ".join(signature(changes))
            variants.append(f"    @{imports.typing_name('overload')}")
            variants.append(f"    {define} {helper.name}({variant_parts}) -> {variant_returns}: ...")
            variants.append("")
        return [
            *variants,
            f"    {define} {helper.name}({', '.join(parts)}) -> {returns}:",
            f'        """{doc}"""',
            *warning,
            f"        response: {returns} = {await_}{function}({first}{{{arguments}}})",
            "        return response",
            "",
        ]

    def _helper_imports(self, helper: Helper, imports: Imports) -> Dict[str, str]:
        """Imports the names a helper's annotations use (for type checkers only); their local names."""
        locals_: Dict[str, str] = {}
        imports.annotations_only = True
        for name, module in helper.imports.items():
            if module.startswith("types."):
                locals_[name] = imports.type_name(Named(module[len("types.") :], name))
            else:
                locals_[name] = imports.runtime_name(imports.openwire(module), name)
        imports.annotations_only = False
        return locals_

    def _option_imports(self, imports: Imports) -> None:
        imports.annotations_only = True
        for name in ("Body", "Headers", "Query", "NotGiven", "Omit"):
            imports.runtime_name(imports.openwire("_types"), name)
        imports.plain_checking.add("httpx")
        imports.annotations_only = False

    def _stream_annotation(self, method: Method) -> str:
        if self._stream_nullable(method):
            return "Optional[Literal[False]] | Literal[True]"
        return "Literal[False] | Literal[True]"

    def _returns(self, method: Method, flavor: Flavor, imports: Imports) -> Tuple[str, str, List[Variant]]:
        """The return annotation, the ``cast_to`` expression, and the overloads."""
        if method.returns == "binary":
            name = imports.runtime_name(imports.openwire("_binary"), "HttpxBinaryResponseContent")
            return name, name, []
        if method.returns == "None":
            imports.runtime_name(imports.openwire("_types"), "NoneType")
            return "None", "NoneType", []
        if method.returns == "str":
            return "str", "str", []
        annotation = self._type(method.returns, imports)
        cast_to = annotation
        if self.config.typedef(method.returns).kind != "model":
            # A union: type checkers do not take it as a ``type[T]``.
            cast_to = f"{imports.typing_name('cast')}({imports.typing_name('Any')}, {annotation})"
        if method.page:
            page = imports.runtime_name(imports.openwire("pagination"), flavor.page_prefix + method.page)
            if flavor.is_async:
                imports.annotations_only = True
                paginator = imports.runtime_name(imports.openwire("_async.paginator"), "AsyncPaginator")
                imports.annotations_only = False
                return f"{paginator}[{annotation}, {page}[{annotation}]]", cast_to, []
            return f"{page}[{annotation}]", cast_to, []
        variants: List[Variant] = []
        returns = annotation
        if method.formats:
            returns, cast_to, variants = self._format_variants(method, imports)
        if method.stream:
            stream_type = f"{imports.runtime_name(imports.openwire(flavor.stream_module), flavor.stream)}[{self._type(method.stream, imports)}]"
            imports.typing_name("Literal")
            if not method.formats:
                false = "Optional[Literal[False]]" if self._stream_nullable(method) else "Literal[False]"
                imports.typing_name("Optional")
                variants.append(Variant({"stream": (false, False)}, returns))
            variants.append(Variant({"stream": ("Literal[True]", True)}, stream_type))
            variants.append(Variant({"stream": ("bool", True)}, f"{returns} | {stream_type}"))
            returns = f"{returns} | {stream_type}"
        return returns, cast_to, variants

    def _format_variants(self, method: Method, imports: Imports) -> Tuple[str, str, List[Variant]]:
        """Overloads on a ``response_format`` literal (audio): each value, its return type."""
        assert method.formats
        param = method.formats["param"]
        imports.typing_name("Literal")
        no_stream: Dict[str, Tuple[str, bool]] = {}
        if method.stream:
            no_stream["stream"] = (f"{imports.typing_name('Optional')}[Literal[False]]", False)
        default = method.formats["default"]
        default_type = self._type(default["returns"], imports)
        literal = ", ".join(repr(v) for v in default["values"])
        variants = [Variant({param: (f"Literal[{literal}]", False), **no_stream}, default_type)]
        types = [default_type]
        mapping = []
        for case in method.formats["cases"]:
            case_type = self._type(case["returns"], imports)
            types.append(case_type)
            literal = ", ".join(repr(v) for v in case["values"])
            variants.append(Variant({param: (f"Literal[{literal}]", True), **no_stream}, case_type))
            mapping += [f"{v!r}: {case_type}" for v in case["values"]]
        table = f"{{{', '.join(mapping)}}}.get(str({param}), {default_type})"
        cast_to = f"{imports.typing_name('cast')}({imports.typing_name('Any')}, {table})"
        return " | ".join(dict.fromkeys(types)), cast_to, variants

    def _body(
        self,
        resource: Resource,
        method: Method,
        flavor: Flavor,
        params: List[Param],
        path: str,
        cast_to: str,
        returns: str,
        imports: Imports,
    ) -> List[str]:
        op = self.graph.spec.operation(method.operation)
        lines = [f'        """`{op.method.upper()} {path}`."""']
        if method.deprecated:
            # A warning in the body (not ``@deprecated``, which hides a coroutine function).
            imports.runtime_name("warnings", "warn")
            lines.append(f"        warn({method.deprecated!r}, DeprecationWarning, stacklevel=2)")
        for p in params:
            if p.location == "path":
                lines += [
                    f"        if not {p.name}:",
                    f'            raise ValueError(f"Expected a non-empty value for `{p.name}` but received {{{p.name}!r}}")',
                ]
        if "{" in path:
            # Path parameters are percent-encoded: an id must not be able to change the URL.
            encode = imports.runtime_name(imports.openwire("_options"), "path_param")
            url = "f" + repr(re.sub(r"\{(\w+)\}", lambda m: "{" + f"{encode}({m.group(1)})" + "}", path))
        else:
            url = repr(path)
        body_params = [p for p in params if p.location == "body"]
        query_params = [p for p in params if p.location == "query"]
        multipart = "multipart/form-data" in op.body_content_types
        # JSON too (``containers.files.create``): multipart only when a file is sent.
        json_without_files = multipart and "application/json" in op.body_content_types
        options = ["extra_headers=extra_headers", "extra_query=extra_query", "extra_body=extra_body", "timeout=timeout"]
        make_options = imports.runtime_name(imports.openwire("_options"), "make_request_options")
        headers = {**resource.headers, **({"Accept": method.accept} if method.accept else {})}
        header_params = [p for p in params if p.location == "header"]
        if method.encoder:
            module, name = split_ref(method.encoder)
            encode = imports.runtime_name(imports.openwire(module), name)
            arguments = ", ".join(f'"{p.name}": {p.name}' for p in body_params)
            lines.append(f"        encoded = {encode}({{{arguments}}})")
        if headers or header_params or method.encoder:
            merged = [f"{name!r}: {value!r}" for name, value in headers.items()]
            if method.encoder:
                merged.append("**encoded.headers")
            if header_params:
                # Lists are comma-joined; omitted values send no header.
                to_headers = imports.runtime_name(imports.openwire("_options"), "header_params")
                items = ", ".join(f"{p.wire_name!r}: {p.name}" for p in header_params)
                merged.append(f"**{to_headers}({{{items}}})")
            lines.append(f"        extra_headers = {{{', '.join(merged)}, **(extra_headers or {{}})}}")
        if method.base64_embeddings:
            is_given = "isinstance(encoding_format, (NotGiven, Omit))"
            imports.runtime_name(imports.openwire("_types"), "NotGiven")
            imports.runtime_name(imports.openwire("_types"), "Omit")
            decode = imports.runtime_name(imports.openwire("_embeddings"), "decode_embeddings")
            b64 = imports.runtime_name(imports.openwire("_embeddings"), "Base64EmbeddingResponse")
            lines.append(f"        as_base64 = {is_given}")
            options.append(f"post_parser={decode} if as_base64 else not_given")
            cast_to = f"{b64} if as_base64 else {cast_to}"
        if query_params or resource.query:
            fixed_query = [f"{name!r}: {value!r}" for name, value in resource.query.items()]
            items = ", ".join(fixed_query + [f'"{p.name}": {p.name}' for p in query_params])
            options.append(f"query={{{items}}}")
        if resource.auth == "admin":
            options.append('security={"admin_api_key_auth": True}')
        call_args = [url]
        if method.encoder:
            call_args += ["content=encoded.content", "files=encoded.files"]
        elif body_params:
            # ``NOT_GIVEN`` / ``omit`` values stay: the encoders (``dump_json``, the form
            # encoder, ``split_files``) leave them out, once, when the request is built.
            entries = []
            for p in body_params:
                value = p.name
                if method.base64_embeddings and p.name == "encoding_format":
                    value = '"base64" if as_base64 else encoding_format'
                entries.append(f'"{p.name}": {value}')
            body = f"{{{', '.join(entries)}}}"
            if multipart:
                split = imports.runtime_name(imports.openwire("_files"), "split_files")
                files = [p.name for p in body_params if p.is_file]
                lines.append(f"        body, files = {split}({body}, {files!r})")
                call_args += ["body=body", "files=files or None" if json_without_files else "files=files"]
            else:
                lines.append(f"        body = {body}")
                call_args.append("body=body")
        call_args.append(f"options={make_options}({', '.join(options)})")
        if method.page:
            page_name = flavor.page_prefix + method.page
            item = self._type(method.returns, imports)
            call_args += [f"page={page_name}[{item}]", f"model={cast_to}"]
            if op.method != "get":
                call_args.append(f'method="{op.method}"')
            lines.append(f"        return self._get_api_list({', '.join(call_args)})")
            return lines
        call_args.append(f"cast_to={cast_to}")
        if method.stream:
            stream = flavor.stream
            item = self._type(method.stream, imports)
            call_args += ["stream=stream or False", f"stream_cls={stream}[{item}]"]
        verb = {"get": "_get", "post": "_post", "delete": "_delete", "patch": "_patch", "put": "_put"}[op.method]
        if verb in ("_get", "_delete") and (body_params or method.stream) and verb == "_get":
            call_args = [a for a in call_args if not a.startswith("body=")]
        # The client's request methods return ``Any``: the annotated assignment types the result.
        lines.append(f"        response: {returns} = {flavor.await_}self.{verb}({', '.join(call_args)})")
        lines.append("        return response")
        return lines


_TYPING = ("Any", "Dict", "Iterable", "List", "Literal", "Optional", "Union")


def _localize(annotation: str, locals_: Dict[str, str], imports: Imports) -> str:
    """``annotation`` with the imported names as the module knows them; imports ``typing`` names."""

    def local(match: re.Match[str]) -> str:
        name = match.group(0)
        if name in _TYPING:
            return imports.typing_name(name)
        return locals_.get(name, name)

    return re.sub(r"(?<![.\w])[A-Za-z_]\w*", local, annotation)


def _ordered(names: List[str], order: List[str]) -> List[str]:
    """``names`` in the configured ``order``, where ``...`` stands for the others, as they come."""
    if not order:
        return names
    unknown = [name for name in order if name != "..." and name not in names]
    if unknown:
        raise ValueError(f"the order names parameters the helper does not have: {unknown}")
    rest = [name for name in names if name not in order]
    if "..." not in order:
        if rest:
            raise ValueError(f"the order leaves out {rest} (write '...' for the others)")
        return list(order)
    at = order.index("...")
    return [*order[:at], *rest, *order[at + 1 :]]
