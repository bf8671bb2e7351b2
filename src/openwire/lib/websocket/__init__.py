"""WebSocket sessions (Realtime, Responses over a socket): the parts that do no I/O.

``_handshake`` builds the URL and headers of the upgrade request, ``_policy`` decides what a
close code means and holds the bounded send queue, ``_events`` parses server events and keeps
the ``.on()`` handlers. ``_transport`` is the only module that imports ``websockets`` (the
``openwire[realtime]`` extra); the connections themselves are in ``lib/_async`` (and the
generated ``lib/_sync``). The errors a session raises are in ``errors`` (public).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import InvalidWebSocketEventError as InvalidWebSocketEventError
    from .errors import WebSocketAlreadyClosedError as WebSocketAlreadyClosedError
    from .errors import WebSocketClosedError as WebSocketClosedError

__all__ = ["WebSocketClosedError", "WebSocketAlreadyClosedError", "InvalidWebSocketEventError"]


def __getattr__(name: str) -> Any:
    # The errors subclass the websockets library's own: resolved on first use, so that this
    # package imports without the extra installed.
    if name in __all__:
        from . import errors

        return getattr(errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
