"""Helpers for the WebSocket tests: strict parsing of server events by their ``type``."""

from __future__ import annotations

import json
import typing
from typing import Any, Dict, Iterable, List, Union

import pydantic

from .strict import strict

_SESSION_EXTRAS = ("id", "object", "expires_at")


def event_classes(union: Any) -> Dict[str, Any]:
    """``type`` literal -> model class, for every model in ``union`` (``Annotated`` unions too)."""
    found: Dict[str, Any] = {}
    pending = [union]
    while pending:
        current = pending.pop()
        if isinstance(current, type) and issubclass(current, pydantic.BaseModel):
            field = current.model_fields.get("type")
            if field is not None:
                for literal in typing.get_args(field.annotation):
                    if isinstance(literal, str):
                        found.setdefault(literal, current)
        else:
            pending.extend(typing.get_args(current))
    return found


def check_events(union: Any, events: Iterable[Union[bytes, str, Dict[str, Any]]]) -> List[Dict[str, Any]]:
    """Every event parses strictly (no unknown fields) as the member of ``union`` its type names."""
    classes = event_classes(union)
    parsed = []
    for raw in events:
        event = json.loads(raw) if isinstance(raw, (bytes, str)) else raw
        assert event["type"] in classes, f"{event['type']} is not a server event of {union}"
        checked = event
        if isinstance(event.get("session"), dict):
            # The API's own examples show these on a session; the GA schema leaves them out.
            session = {k: v for k, v in event["session"].items() if k not in _SESSION_EXTRAS}
            checked = {**event, "session": session}
        strict(classes[event["type"]], checked)
        parsed.append(event)
    return parsed
