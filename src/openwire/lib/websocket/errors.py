"""The errors of a WebSocket session (they need the ``openwire[realtime]`` extra).

The two close errors are also the ``websockets`` library's own classes, which is what code
written for the reference catches (``except websockets.exceptions.ConnectionClosedError``).
``WebSocketConnectionClosedError`` and ``WebSocketQueueFullError`` (the reference's names)
are in ``openwire`` itself.
"""

from __future__ import annotations

import json
from typing import Optional, Union

from websockets.exceptions import ConnectionClosed, ConnectionClosedError, ConnectionClosedOK
from websockets.frames import Close

from ..._exceptions import OpenAIError

__all__ = ["WebSocketClosedError", "WebSocketAlreadyClosedError", "InvalidWebSocketEventError"]


def _describe(code: Optional[int], reason: str) -> str:
    if code is None or code == 1006:
        return "the connection dropped without a close frame (1006)"
    return f"close code {code}" + (f", reason {reason!r}" if reason else "")


class WebSocketClosedError(OpenAIError, ConnectionClosedError):
    """The socket closed with a code that means failure (or reconnecting gave up)."""

    close_code: Optional[int]
    close_reason: str

    def __init__(
        self,
        message: str,
        *,
        code: Optional[int],
        reason: str = "",
        rcvd: Optional[Close] = None,
        sent: Optional[Close] = None,
        rcvd_then_sent: Optional[bool] = None,
    ) -> None:
        ConnectionClosedError.__init__(self, rcvd, sent, rcvd_then_sent)
        self.close_code = code
        self.close_reason = reason
        self.message = message

    @classmethod
    def from_closed(cls, err: ConnectionClosed, *, what: str) -> "WebSocketClosedError":
        close = err.rcvd or err.sent
        code = close.code if close is not None else None
        reason = close.reason if close is not None else ""
        return cls(
            f"{what}: {_describe(code, reason)}.",
            code=code,
            reason=reason,
            rcvd=err.rcvd,
            sent=err.sent,
            rcvd_then_sent=err.rcvd_then_sent,
        )

    def __str__(self) -> str:
        return self.message


class WebSocketAlreadyClosedError(OpenAIError, ConnectionClosedOK):
    """The session ended normally (``close()``, or the server's clean close): nothing more can be
    sent or received on it."""

    def __init__(
        self,
        message: str,
        *,
        rcvd: Optional[Close] = None,
        sent: Optional[Close] = None,
        rcvd_then_sent: Optional[bool] = None,
    ) -> None:
        ConnectionClosedOK.__init__(self, rcvd, sent, rcvd_then_sent)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidWebSocketEventError(OpenAIError, json.JSONDecodeError):
    """The server sent a message that is not a JSON event object; ``data`` holds (the start of) it."""

    def __init__(self, message: str, data: Union[str, bytes]) -> None:
        text = data if isinstance(data, str) else data.decode("utf-8", "replace")
        json.JSONDecodeError.__init__(self, message, text[:200], 0)
        self.message = message
        self.data = text[:200]

    def __str__(self) -> str:
        return f"{self.message}: {self.data[:80]!r}"
