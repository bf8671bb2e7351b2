"""WebSocket connections of the socket server: the handshake, message framing and scripted closes.

The RFC 6455 framing is the ``websockets`` package's sans-I/O ``ServerProtocol`` run on the
handler thread's own socket (imported on the first upgrade: ``import openwire.local`` does not
need it; ``LocalAPI.open_socket`` refuses an upgrade with a 501 naming ``openwire[realtime]``
when it is missing). What the connection says is a session's business (``sockets/``): this module
sends its opening events, feeds it each text message and sends back what it answers, one JSON
object per message. A fault scripted for the path (``Fault.close_code``, ``cut_after``,
``stall_after``) ends or pauses the conversation after that many server events.
"""

from __future__ import annotations

import json
import logging
import math
import socket
import threading
from collections import deque
from io import BufferedIOBase
from typing import TYPE_CHECKING, Any, Deque, Iterable, List, Optional, Sequence

from ._wire import LocalRequest

if TYPE_CHECKING:
    from websockets.frames import Frame
    from websockets.server import ServerProtocol
    from websockets.typing import Subprotocol

    from ._faults import Fault
    from .sockets import Session

__all__ = ["serve_websocket"]

logger = logging.getLogger("openwire.local")

_MAX_MESSAGE = 16 * 1024 * 1024  # the Realtime API takes audio chunks up to 15 MiB
_CLOSE_WAIT = 2.0  # seconds to wait for the client's answer to our close frame


class _Closed(Exception):
    """The conversation is over (the client closed, or a fault ended it)."""


def serve_websocket(
    session: "Session",
    fault: Optional["Fault"],
    request: LocalRequest,
    connection: socket.socket,
    rfile: BufferedIOBase,
    stopping: threading.Event,
) -> None:
    """Complete the handshake of an accepted upgrade (``LocalAPI.open_socket``) and run the
    conversation until either side closes, or the server stops."""
    from websockets.datastructures import Headers
    from websockets.http11 import Request
    from websockets.server import ServerProtocol

    protocol = ServerProtocol(max_size=_MAX_MESSAGE, select_subprotocol=_select_subprotocol)
    # The HTTP server has read the request already: hand its bytes to the protocol, which
    # parses them and then expects frames.
    protocol.receive_data(Request(path=request.target, headers=Headers(request.raw_headers)).serialize())
    handshake = protocol.accept(next(e for e in protocol.events_received() if isinstance(e, Request)))
    link = _Link(protocol, connection, rfile, stopping, fault)
    try:
        if fault is not None and fault.stall_after is None and (fault.stall or fault.hang):
            link.wait(math.inf if fault.hang else fault.stall)
        protocol.send_response(handshake)
        link.flush()
        if handshake.status_code != 101:
            return
        link.send_all(session.opening())
        while True:
            message = link.receive()
            if message is None:
                return
            request.messages.append(message)
            link.send_all(session.receive(message))
    except (_Closed, OSError):
        return  # closed by a fault, or the client went away mid-send
    except Exception:  # a bug in a session: tell the client as a WebSocket server does
        logger.exception("openwire local server: error in the WebSocket session on %s", request.path)
        try:
            link.close(1011, "The openwire local server failed; see its log.")
        except (_Closed, OSError):
            pass


def _select_subprotocol(protocol: "ServerProtocol", offered: Sequence["Subprotocol"]) -> Optional["Subprotocol"]:
    """A browser offers ``realtime`` beside its key (``openai-insecure-api-key.<key>``): take it."""
    return next((name for name in offered if name == "realtime"), None)


class _Link:
    """One open WebSocket: sends events (counting them for the fault), receives text messages."""

    def __init__(
        self,
        protocol: "ServerProtocol",
        connection: socket.socket,
        rfile: BufferedIOBase,
        stopping: threading.Event,
        fault: Optional["Fault"],
    ) -> None:
        self.protocol = protocol
        self.connection = connection
        self.rfile = rfile
        self.stopping = stopping
        self.fault = fault
        self.sent = 0
        self.fragments: List[bytes] = []
        self.frames: Deque["Frame"] = deque()

    def flush(self) -> None:
        data = b"".join(self.protocol.data_to_send())
        if data:
            self.connection.sendall(data)

    def send_all(self, events: Iterable[Any]) -> None:
        for event in events:
            if isinstance(event, (int, float)):  # a session's pause (a scripted reply's delay)
                self.wait(event)
                continue
            self._before_event()
            self.protocol.send_text(json.dumps(event, separators=(",", ":")).encode())
            self.flush()
            self.sent += 1
        self._before_event(only_if_due=True)

    def _before_event(self, *, only_if_due: bool = False) -> None:
        """Apply the fault once ``sent`` reaches its count (at once when nothing more is sent)."""
        fault = self.fault
        if fault is None:
            return
        if fault.stall_after is not None and self.sent == fault.stall_after and not only_if_due:
            self.wait(math.inf if fault.hang else fault.stall)
        if fault.cut_after is not None and self.sent >= fault.cut_after:
            self._drop()
        if fault.close_code is not None and self.sent >= (fault.close_after or 0):
            self.close(fault.close_code, fault.message or f"Closed by a fault scripted for {fault.path}.")

    def wait(self, seconds: float) -> None:
        """Sleep (``inf``: until the server stops); a stopping server drops the connection."""
        if self.stopping.wait(None if seconds == math.inf else seconds):
            self._drop()

    def close(self, code: int, reason: str) -> None:
        """Send a close frame, wait briefly for the client's, then close the TCP connection."""
        self.protocol.send_close(code, reason.encode()[:123].decode(errors="ignore"))  # a frame holds 123 bytes
        self.flush()
        self.connection.settimeout(_CLOSE_WAIT)
        try:
            while not self.protocol.close_expected():
                if not self._read():
                    break
        except OSError:
            pass
        self._drop()

    def _drop(self) -> None:
        """Close the TCP connection with no close frame (the client sees code 1006)."""
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        raise _Closed

    def _read(self) -> bool:
        data = self.rfile.read1(65536)
        if data:
            self.protocol.receive_data(data)
        else:
            self.protocol.receive_eof()
        self.flush()  # pongs and the answer to a close frame
        return bool(data)

    def receive(self) -> Optional[str]:
        """The next text message; ``None`` once the client closed (or the server is stopping)."""
        from websockets.frames import Frame, Opcode

        while True:
            # One read may bring several messages: keep those after the one returned.
            self.frames.extend(e for e in self.protocol.events_received() if isinstance(e, Frame))
            while self.frames:
                frame = self.frames.popleft()
                if frame.opcode is Opcode.CLOSE:
                    self.flush()
                    return None
                if frame.opcode in (Opcode.TEXT, Opcode.BINARY, Opcode.CONT):
                    self.fragments.append(bytes(frame.data))
                    if frame.fin:
                        message, self.fragments = b"".join(self.fragments), []
                        return message.decode("utf-8", "replace")
            if self.stopping.is_set() or not self._read():
                return None
