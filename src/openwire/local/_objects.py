"""Helpers the newer resources' handlers share: their tables in the store, bodies sent as JSON or as a form.

Containers, evals, videos and skills keep their objects in ``app.store.table(name)`` (id -> object,
in creation order); :func:`get_or_404` answers an unknown id the way the API does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

from ._multipart import Form, parse_form
from ._wire import APIFailure, LocalRequest

if TYPE_CHECKING:
    from ._context import Context

__all__ = ["no_such", "get_or_404", "put", "remove", "json_or_form"]


def no_such(kind: str, ident: str, param: str) -> APIFailure:
    return APIFailure(404, f"No {kind} found with id '{ident}'.", param=param, code="not_found")


def get_or_404(
    app: "Context", table: str, ident: str, kind: str, param: str, *, parent: Optional[Tuple[str, str]] = None
) -> Dict[str, Any]:
    """The object ``ident`` of ``table``; with ``parent=(key, parent_id)``, only if it belongs to
    that parent (``found[key] == parent_id``): a file of another container is not found either."""
    found = app.store.table(table).get(ident)
    if found is None or (parent is not None and found.get(parent[0]) != parent[1]):
        raise no_such(kind, ident, param)
    return found


def put(app: "Context", table: str, value: Dict[str, Any], key: str = "id") -> Dict[str, Any]:
    with app.store.lock:
        app.store.table(table)[value[key]] = value
    return value


def remove(app: "Context", table: str, ident: str) -> None:
    with app.store.lock:
        app.store.table(table).pop(ident, None)


def json_or_form(request: LocalRequest) -> Tuple[Dict[str, Any], Optional[Form]]:
    """The body's parameters, from a JSON object or from a multipart form (with the form, for its files)."""
    if request.content_type.startswith("multipart/form-data"):
        form = parse_form(request)
        return dict(form.as_params()), form
    return request.json(), None
