"""Rendering the clients' lazy resource tree (``_client_resources.py``) and the resource
packages' ``__init__`` files."""

from __future__ import annotations

from typing import Dict, List

from .config import Config, Resource
from .render_types import HEADER

__all__ = ["client_resources", "resource_package"]

_VIEWS = [
    # class, what the view wraps, what each property returns, how it is built
    ("SyncResources", "SyncAPIClient", "{cls}", "{cls}(cast(SyncAPIClient, self))"),
    ("AsyncResources", "AsyncAPIClient", "Async{cls}", "Async{cls}(cast(AsyncAPIClient, self))"),
    ("OpenAIWithRawResponse", "SyncResources", "{cls}WithRawResponse", "{cls}WithRawResponse(self._client.{attr})"),
    (
        "AsyncOpenAIWithRawResponse",
        "AsyncResources",
        "Async{cls}WithRawResponse",
        "Async{cls}WithRawResponse(self._client.{attr})",
    ),
    (
        "OpenAIWithStreamedResponse",
        "SyncResources",
        "{cls}WithStreamingResponse",
        "{cls}WithStreamingResponse(self._client.{attr})",
    ),
    (
        "AsyncOpenAIWithStreamedResponse",
        "AsyncResources",
        "Async{cls}WithStreamingResponse",
        "Async{cls}WithStreamingResponse(self._client.{attr})",
    ),
]


def _top_level(config: Config) -> List[Resource]:
    return [r for path, r in config.resources.items() if "." not in path]


def client_resources(config: Config) -> str:
    """The mixins ``_client.py`` builds the clients from: each resource is a
    ``cached_property`` that imports its module on first access."""
    resources = _top_level(config)
    checking: Dict[str, List[str]] = {}
    for resource in resources:
        names = [fmt.format(cls=resource.cls) for _, _, fmt, _ in _VIEWS]
        checking[f".resources.{resource.module}"] = names
    lines = [
        HEADER,
        '"""The lazy resource tree of the clients: resources are imported on first access."""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING, cast",
        "",
        "if TYPE_CHECKING:",
        "    from ._async.api_client import AsyncAPIClient",
        "    from ._sync.api_client import SyncAPIClient",
    ]
    for module in sorted(checking):
        lines.append(f"    from {module} import {', '.join(sorted(checking[module]))}")
    lines += ["", f"__all__ = [{', '.join(repr(v[0]) for v in _VIEWS)}]", ""]
    for cls, client, returns, build in _VIEWS:
        lines += ["", f"class {cls}:"]
        if "Resources" in cls:
            owner = "AsyncOpenAI" if cls.startswith("Async") else "OpenAI"
            lines.append(f'    """The resources of ``{owner}``."""')
        else:
            view = "with_raw_response" if "Raw" in cls else "with_streaming_response"
            owner = cls.split("With")[0]
            lines += [
                f'    """``{owner}().{view}``: every resource, with methods returning the response."""',
                "",
                f"    def __init__(self, client: {client}) -> None:",
                "        self._client = client",
            ]
        for resource in resources:
            name = returns.format(cls=resource.cls)
            lines += [
                "",
                "    @cached_property",
                f"    def {resource.attr}(self) -> {name}:",
                f"        from .resources.{resource.module} import {name}",
                "",
                f"        return {build.format(cls=resource.cls, attr=resource.attr)}",
            ]
        lines.append("")
    text = "\n".join(lines)
    # ``cast(SyncAPIClient, self)`` needs the name at runtime only as a string.
    text = text.replace("cast(SyncAPIClient, self)", 'cast("SyncAPIClient", self)').replace(
        "cast(AsyncAPIClient, self)", 'cast("AsyncAPIClient", self)'
    )
    return text


def resource_package(package: str, config: Config) -> str:
    """``openwire.resources[.x]``: the resource classes of the modules below, imported lazily."""
    prefix = package + "." if package else ""
    exports: Dict[str, str] = {}
    for resource in config.resources.values():
        if not resource.module.startswith(prefix):
            continue
        relative = "." + resource.module[len(prefix) :]
        for _, _, fmt, _ in _VIEWS:
            exports[fmt.format(cls=resource.cls)] = relative
    exports = {name: exports[name] for name in sorted(exports)}
    lines = [
        HEADER,
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
    ]
    if exports:
        lines.append("if TYPE_CHECKING:")
        lines += [f"    from {source} import {name} as {name}" for name, source in exports.items()]
        lines.append("")
    lines += [f"__all__ = [{', '.join(repr(n) for n in exports)}]", "", "_EXPORTS = {"]
    lines += [f"    {name!r}: {source!r}," for name, source in exports.items()]
    lines += [
        "}",
        "",
        "if not TYPE_CHECKING:",
        "",
        "    def __getattr__(name: str) -> Any:",
        "        source = _EXPORTS.get(name)",
        "        if source is None:",
        '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "        value = getattr(importlib.import_module(source, __name__), name)",
        "        globals()[name] = value",
        "        return value",
        "",
    ]
    return "\n".join(lines)
