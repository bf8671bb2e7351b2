"""Finding the handler of a request: ``(method, "/path/{param}", handler)`` routes, matched in order.

Pure routing, with no knowledge of the resources: the table of routes is in ``routes/__init__.py``,
each resource's handlers in its own module (``routes/chat.py``, ...).
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Sequence, Tuple
from urllib.parse import unquote

from ._wire import LocalResponse

__all__ = ["Handler", "Route", "Router"]

Handler = Callable[..., LocalResponse]
"""Called as ``handler(context, request, **path_params)``."""
Route = Tuple[str, str, Handler]


def _compile(template: str) -> "re.Pattern[str]":
    return re.compile(re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template))


class Router:
    def __init__(self, routes: Sequence[Route]) -> None:
        self._routes: List[Tuple[str, "re.Pattern[str]", Handler]] = [
            (method, _compile(path), handler) for method, path, handler in routes
        ]

    def find(self, method: str, path: str) -> Optional[Tuple[Handler, Dict[str, str]]]:
        """The handler for ``method path`` and its path parameters (unquoted), if any fits."""
        for route_method, pattern, handler in self._routes:
            match = pattern.fullmatch(path)
            if match and route_method == method:
                return handler, {name: unquote(value) for name, value in match.groupdict().items()}
        return None
