"""What the upgrade request says beyond its path: the subprotocols a client offers, a browser's key."""

from __future__ import annotations

from dataclasses import replace
from typing import List

from .._wire import LocalRequest

__all__ = ["subprotocols", "with_subprotocol_key"]

_KEY_PREFIX = "openai-insecure-api-key."


def subprotocols(request: LocalRequest) -> List[str]:
    """The subprotocols a client offers (``Sec-WebSocket-Protocol``), in order."""
    return [name.strip() for name in request.headers.get("sec-websocket-protocol", "").split(",") if name.strip()]


def with_subprotocol_key(request: LocalRequest) -> LocalRequest:
    """``request`` with the key a browser sends as a subprotocol (``openai-insecure-api-key.<key>``,
    since it cannot set headers) as its ``Authorization``, for the key check."""
    if "authorization" in request.headers:
        return request
    key = next((name[len(_KEY_PREFIX) :] for name in subprotocols(request) if name.startswith(_KEY_PREFIX)), None)
    if key is None:
        return request
    return replace(request, headers={**request.headers, "authorization": f"Bearer {key}"})
