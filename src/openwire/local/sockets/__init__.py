"""Conversations over WebSocket, one module per API, and their table ``SOCKETS`` (by path).

A session is I/O-free: :meth:`Session.opening` gives the events the server sends first,
:meth:`Session.receive` answers one text message from the client with events (JSON objects,
each sent as one message; a number among them is a pause of that many seconds, a scripted
reply's ``delay``). ``../_websocket.py`` runs a session on a socket; ``LocalAPI.open_socket``
picks it by path, after the key check and the faults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Dict, Optional

from ._handshake import with_subprotocol_key
from ._session import Outgoing, Session

if TYPE_CHECKING:
    from .._context import Context
    from .._wire import LocalRequest

__all__ = ["Outgoing", "Session", "SOCKETS", "find_session", "with_subprotocol_key"]

Opener = Callable[["Context", "LocalRequest"], Session]
"""Called with the upgrade request; raises ``APIFailure`` to refuse the handshake."""


def _realtime(app: "Context", request: "LocalRequest") -> Session:
    from .realtime import open_realtime

    return open_realtime(app, request)


def _responses(app: "Context", request: "LocalRequest") -> Session:
    from .responses import ResponsesSession

    return ResponsesSession(app, request.headers)


SOCKETS: Dict[str, Opener] = {"/realtime": _realtime, "/responses": _responses}


def find_session(path: str) -> Optional[Opener]:
    return SOCKETS.get(path)
