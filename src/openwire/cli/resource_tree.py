"""Finding a generated method by its dotted path (``chat.completions.create``).

The client's resources are ``cached_property`` attributes that import their module on first
access, so walking one path imports only the resources on it. Listing every method (``openwire
api`` with no method) walks, and so imports, the whole tree.
"""

from __future__ import annotations

import inspect
from functools import cached_property
from typing import Any, Callable, Iterator, List, Tuple

from .errors import UsageError

__all__ = ["resolve", "sub_resources", "methods_of", "walk_methods"]

# Views of a resource that re-expose its methods with another return type: not methods of their own.
_VIEWS = frozenset({"with_raw_response", "with_streaming_response"})


def sub_resources(node: object) -> List[str]:
    """The names of the resources under ``node`` (the client or a resource), sorted."""
    names = set()
    for cls in type(node).__mro__:
        for name, value in vars(cls).items():
            if isinstance(value, cached_property) and not name.startswith("_") and name not in _VIEWS:
                names.add(name)
    return sorted(names)


def methods_of(resource: object) -> List[str]:
    """The public endpoint and helper methods of a resource (not of the client), sorted."""
    from .._resource import SyncAPIResource

    if not isinstance(resource, SyncAPIResource):
        return []
    names = set()
    for cls in type(resource).__mro__:
        if cls is SyncAPIResource or cls is object:
            continue
        for name, value in vars(cls).items():
            if not name.startswith("_") and inspect.isfunction(value):
                names.add(name)
    return sorted(names)


def resolve(client: object, dotted: str) -> Tuple[object, Callable[..., Any]]:
    """``(resource, method)`` for ``dotted``; :class:`UsageError` naming the choices otherwise.

    A path that names a resource rather than a method raises too, listing that resource's
    methods, so ``openwire api chat.completions`` is a way to explore.
    """
    parts = dotted.split(".")
    if not dotted or any(not part for part in parts):
        raise UsageError(f"expected a method like 'models.list' or 'chat.completions.create', got {dotted!r}")
    node: object = client
    walked: List[str] = []
    for part in parts[:-1]:
        node = _child(node, part, walked)
        walked.append(part)
    name = parts[-1]
    if name in methods_of(node):
        method: Callable[..., Any] = getattr(node, name)
        return node, method
    if name in sub_resources(node):
        resource = getattr(node, name)
        choices = _choices(resource)
        raise UsageError(f"'{dotted}' is a resource, not a method; it has {choices}")
    where = ".".join(walked) or "the client"
    raise UsageError(f"{where} has no method or resource {name!r}; it has {_choices(node)}")


def _child(node: object, name: str, walked: List[str]) -> object:
    if name not in sub_resources(node):
        where = ".".join(walked) or "the client"
        raise UsageError(f"{where} has no resource {name!r}; it has {_choices(node)}")
    child: object = getattr(node, name)
    return child


def _choices(node: object) -> str:
    parts = []
    if methods_of(node):
        parts.append("methods " + ", ".join(methods_of(node)))
    if sub_resources(node):
        parts.append("resources " + ", ".join(sub_resources(node)))
    return "; ".join(parts) or "(nothing)"


def walk_methods(node: object, prefix: str = "") -> Iterator[str]:
    """Every dotted method path under ``node``, depth first, in alphabetical order."""
    for name in methods_of(node):
        yield prefix + name
    for name in sub_resources(node):
        yield from walk_methods(getattr(node, name), f"{prefix}{name}.")
