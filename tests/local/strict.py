"""Parse a server payload into a generated type *strictly*: validation errors raise, and a field
the type does not declare (anywhere in the tree) fails, since tolerant models would hide it."""

from __future__ import annotations

import json
from typing import Any, Union

import pydantic
from pydantic import TypeAdapter


def _no_extras(value: Any, where: str) -> None:
    if isinstance(value, pydantic.BaseModel):
        extra = value.model_extra or {}
        assert not extra, f"{where}: fields not in {type(value).__name__}: {sorted(extra)}"
        for name in type(value).model_fields:
            _no_extras(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _no_extras(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            _no_extras(item, f"{where}.{key}")


def strict(type_: Any, payload: Union[bytes, str, Any]) -> Any:
    if isinstance(payload, (bytes, str)):
        payload = json.loads(payload)
    parsed = TypeAdapter(type_).validate_python(payload)
    _no_extras(parsed, getattr(type_, "__name__", "value"))
    return parsed
