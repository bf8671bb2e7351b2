"""Cursor pagination as the API does it: ``after=<id>``, ``limit``, ``has_more``."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence

from ._params import invalid, optional_int
from ._wire import LocalRequest

__all__ = ["cursor_page", "page_window", "ordered"]


def page_window(
    items: Sequence[Dict[str, Any]], request: LocalRequest, *, default_limit: int = 20, max_limit: int = 100
) -> "tuple[List[Dict[str, Any]], bool]":
    """The items after the ``after`` cursor (in the given order), at most ``limit``, and whether more follow."""
    query = {name: values[-1] for name, values in request.query.items()}
    limit = optional_int(query, "limit", default_limit, minimum=1) or default_limit
    if limit > max_limit:
        raise invalid(
            "limit", f"Invalid 'limit': {limit} is greater than the maximum of {max_limit}.", "integer_above_max_value"
        )
    start = 0
    after: Optional[str] = query.get("after")
    if after:
        ids = [item.get("id") for item in items]
        if after not in ids:
            raise invalid("after", f"Invalid 'after': no object with id '{after}' in this list.")
        start = ids.index(after) + 1
    window = list(items[start : start + limit])
    return window, start + limit < len(items)


def cursor_page(
    items: Sequence[Dict[str, Any]],
    request: LocalRequest,
    *,
    default_limit: int = 20,
    max_limit: int = 100,
    with_ids: bool = False,
) -> Dict[str, Any]:
    """``{"object": "list", "data", "has_more"}`` (plus ``first_id``/``last_id`` where the endpoint has them)."""
    window, has_more = page_window(items, request, default_limit=default_limit, max_limit=max_limit)
    page: Dict[str, Any] = {"object": "list", "data": window, "has_more": has_more}
    if with_ids:
        page["first_id"] = window[0]["id"] if window else None
        page["last_id"] = window[-1]["id"] if window else None
    return page


def ordered(items: Sequence[Dict[str, Any]], request: LocalRequest, default: str = "desc") -> List[Dict[str, Any]]:
    """Insertion order is creation order; ``order=desc`` (newest first) reverses it."""
    order = request.query_value("order") or default
    if order not in ("asc", "desc"):
        raise invalid("order", f"Invalid value for 'order': {order!r}. Supported values are: 'asc', 'desc'.")
    return list(reversed(items)) if order == "desc" else list(items)
