"""Query-string (and multipart form field) encoding in the bracket style the API expects.

``{"a": [1, 2], "b": {"c": True}}`` becomes ``a[]=1&a[]=2&b[c]=true``. ``None`` values and
empty lists are left out; booleans are ``true`` / ``false``.
"""

from __future__ import annotations

from typing import List, Mapping, Tuple

from ._types import NotGiven, Omit

__all__ = ["flatten_query"]


def flatten_query(params: Mapping[str, object]) -> List[Tuple[str, str]]:
    """Flatten nested params into ``(key, value)`` pairs ready for URL encoding."""
    items: List[Tuple[str, str]] = []
    for key, value in params.items():
        _flatten(key, value, items)
    return items


def _flatten(key: str, value: object, out: List[Tuple[str, str]]) -> None:
    if value is None or isinstance(value, (NotGiven, Omit)):
        return
    if isinstance(value, Mapping):
        for sub_key, sub_value in value.items():
            _flatten(f"{key}[{sub_key}]", sub_value, out)
    elif isinstance(value, (list, tuple)):
        for element in value:
            _flatten(f"{key}[]", element, out)
    else:
        out.append((key, _primitive(value)))


def _primitive(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)
