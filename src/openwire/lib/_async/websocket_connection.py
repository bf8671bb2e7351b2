# unasync: source of lib/_sync/websocket_connection.py
"""A WebSocket session: receive typed events, send events, reconnect, dispatch to handlers.

``AsyncWebSocketSession`` knows how to open (and reopen) the socket; ``AsyncWebSocketConnection``
is what ``connect()`` gives inside ``async with``; ``AsyncWebSocketConnectionManager`` is what
``connect()`` returns. The decisions (close codes, back-off, the queue, the handshake) are the
pure code of ``lib/websocket``. One source for sync and async: ``scripts/unasync.py`` writes the
sync twin (``websockets.sync``; its ``send`` may be called from another thread while one reads).
"""

from __future__ import annotations

import inspect
import logging
from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable, Generic, Mapping, Optional, TypeVar, Union

from ..._exceptions import OpenAIError, WebSocketConnectionClosedError
from ..._io import asleep
from ..websocket._events import EventHandlers, HandlerMethods, encode_event, event_parser, unhandled_error_message
from ..websocket._handshake import (
    Endpoint,
    Handshake,
    handshake_headers,
    session_query,
    socket_default_headers,
    websocket_url,
)
from ..websocket._policy import ReconnectPolicy, SendQueue, apply_overrides, check_close, close_action
from ..websocket._transport import aopen_websocket
from .azure import AsyncBaseAzureClient

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection
    from websockets.exceptions import ConnectionClosed

    from ..._async.api_client import AsyncAPIClient

__all__ = ["AsyncWebSocketSession", "AsyncWebSocketConnection", "AsyncWebSocketConnectionManager"]

logger = logging.getLogger("openwire")

_EventT = TypeVar("_EventT")
_ClientEventT = TypeVar("_ClientEventT")
_ConnectionT = TypeVar("_ConnectionT", bound="AsyncWebSocketConnection[Any, Any]")


class AsyncWebSocketSession:
    """Everything needed to open the socket again: the client, the endpoint, the policy."""

    def __init__(
        self,
        client: "AsyncAPIClient",
        endpoint: Endpoint,
        policy: ReconnectPolicy,
        options: Mapping[str, Any],
        *,
        model: object = None,
        call_id: object = None,
    ) -> None:
        self.client = client
        self.endpoint = endpoint
        self.policy = policy
        self.options = options
        self.model = model
        self.call_id = call_id

    async def handshake(self) -> Handshake:
        client = self.client
        auth = client._auth_headers(await client._current_api_key())
        azure = client if isinstance(client, AsyncBaseAzureClient) else None
        base_url = str(client.base_url)
        if azure is not None:
            token = await azure._azure_ad_token_for_request()
            if token is not None:
                auth = {"authorization": f"Bearer {token}"}
            base_url = azure._azure_root  # the deployment goes in the query, not the path
        query = session_query(
            self.endpoint,
            self.policy.extra_query,
            model=self.model,
            call_id=self.call_id,
            azure_api_version=azure._api_version if azure is not None else None,
            azure_deployment=azure._azure_deployment if azure is not None else None,
        )
        url = websocket_url(base_url, client.websocket_base_url, self.endpoint, query, secure_only=azure is not None)
        headers, user_agent = handshake_headers(
            socket_default_headers(client), auth, self.policy.extra_headers, beta=self.endpoint.beta
        )
        return Handshake(url=url, headers=headers, user_agent=user_agent)

    async def open(self) -> "ClientConnection":
        timeout = self.client.timeout
        open_timeout = timeout.connect if timeout is not None else None
        return await aopen_websocket(await self.handshake(), self.options, open_timeout)


class AsyncWebSocketConnection(HandlerMethods, Generic[_EventT, _ClientEventT]):
    """One session's socket (reopened after a recoverable close when ``on_reconnecting`` is given)."""

    def __init__(
        self,
        session: AsyncWebSocketSession,
        websocket: "ClientConnection",
        *,
        handlers: Optional[EventHandlers] = None,
        queue: Optional[SendQueue] = None,
    ) -> None:
        self._session = session
        self._websocket = websocket
        self._handlers = handlers if handlers is not None else EventHandlers()
        self._queue = queue if queue is not None else SendQueue(1024 * 1024)
        self._connected = True
        self._closing = False
        self._ended: Optional[Exception] = None
        self._parse: Callable[[Union[str, bytes]], _EventT] = event_parser(self._server_event_type())

    def _server_event_type(self) -> Any:
        """The union of the server events (each connection class names its own)."""
        raise NotImplementedError

    # -- receiving --------------------------------------------------------------------------

    async def recv(self) -> _EventT:
        """The next server event (waits for it); raises ``WebSocketAlreadyClosedError`` once
        the session has ended normally."""
        return self.parse_event(await self.recv_bytes())

    async def recv_bytes(self) -> bytes:
        """The next message as it came, without parsing."""
        from websockets.exceptions import ConnectionClosed

        while True:
            if self._ended is not None:
                raise self._ended
            try:
                message = await self._websocket.recv(decode=False)
            except ConnectionClosed as err:
                await self._handle_close(err)
                continue
            return message

    def parse_event(self, data: Union[str, bytes]) -> _EventT:
        """A message parsed into the server event types (unknown events are kept, not dropped)."""
        return self._parse(data)

    async def __aiter__(self) -> AsyncIterator[_EventT]:
        from ..websocket.errors import WebSocketAlreadyClosedError

        while True:
            try:
                event = await self.recv()
            except WebSocketAlreadyClosedError:
                return
            yield event

    # -- sending ----------------------------------------------------------------------------

    async def send(self, event: _ClientEventT) -> None:
        """Send a client event: a model of the client event types or a dict of the same shape."""
        await self.send_raw(encode_event(event))

    async def send_raw(self, data: Union[str, bytes]) -> None:
        """Send a message as it is (text for ``str``, a binary frame for ``bytes``)."""
        from websockets.exceptions import ConnectionClosed

        if not isinstance(data, (str, bytes)):
            raise TypeError(f"send_raw() takes str or bytes, got {type(data).__name__}")
        if self._ended is not None:
            raise self._ended
        if self._closing:
            raise self._already_closed("Cannot send: close() was called on this session")
        if not self._connected:
            self._queue.put(data)  # sent first once reconnected (WebSocketQueueFullError when full)
            return
        try:
            await self._websocket.send(data)
        except ConnectionClosed as err:
            code = _close_code(err)
            if close_action(code, can_reconnect=self._session.policy.enabled) == "reconnect":
                # The reader reconnects; the message goes first on the new connection.
                self._queue.put(data)
                return
            raise self._failure(err, "Cannot send: the WebSocket connection is closed") from None

    # -- closing ----------------------------------------------------------------------------

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Close the session. Messages still queued for a reconnection are not sent: they are
        reported by a ``WebSocketConnectionClosedError``."""
        check_close(code, reason)
        self._closing = True
        await self._websocket.close(code, reason)
        if len(self._queue):
            raise WebSocketConnectionClosedError(
                f"The WebSocket session was closed with {len(self._queue)} message(s) still waiting to be sent "
                "(they were queued during a reconnection).",
                unsent_messages=self._queue.drain(),
            )

    async def _close_on_exit(self, exc: Optional[BaseException]) -> None:
        try:
            await self.close()
        except WebSocketConnectionClosedError:
            if exc is None:
                raise  # else the error that ends the block is the one to see

    # -- handlers (on / once / off: HandlerMethods) -------------------------------------------

    async def dispatch_events(self) -> None:
        """Receive events until the session ends, calling their handlers in order. An ``error``
        event that no handler takes raises ``OpenAIError``; a handler's exception propagates."""
        async for event in self:
            event_type = getattr(event, "type", None)
            handlers = self._handlers.take(event_type)
            if not handlers:
                if event_type == "error":
                    raise OpenAIError(unhandled_error_message(event))
                continue
            for handler in handlers:
                result = handler(event)
                if inspect.isawaitable(result):  # unasync: async-only
                    await result  # unasync: async-only

    # -- reconnecting -----------------------------------------------------------------------

    async def _handle_close(self, err: "ConnectionClosed") -> None:
        """Returns once reconnected; otherwise records and raises how the session ended."""
        if self._closing:
            self._ended = self._already_closed("The session was closed (close() was called)")
            raise self._ended
        code = _close_code(err)
        action = close_action(code, can_reconnect=self._session.policy.enabled)
        if action == "end":
            from ..websocket.errors import WebSocketAlreadyClosedError

            self._ended = WebSocketAlreadyClosedError(
                f"The server ended the session (close code {code})",
                rcvd=err.rcvd,
                sent=err.sent,
                rcvd_then_sent=err.rcvd_then_sent,
            )
            raise self._ended
        if action == "raise":
            self._ended = self._failure(err, "The WebSocket session failed")
            raise self._ended
        await self._reconnect(err, code)

    async def _reconnect(self, err: "ConnectionClosed", code: int) -> None:
        policy = self._session.policy
        assert policy.on_reconnecting is not None
        self._connected = False
        attempt = 0
        while True:
            attempt += 1
            if attempt > policy.max_retries:
                self._ended = self._failure(
                    err, f"The WebSocket session failed; {policy.max_retries} reconnection(s) failed"
                )
                raise self._ended
            event = policy.event(attempt, code)
            try:
                overrides = policy.on_reconnecting(event)
                if inspect.isawaitable(overrides):  # unasync: async-only
                    overrides = await overrides  # unasync: async-only
                go_on = apply_overrides(policy, overrides)
            except Exception:
                logger.warning("on_reconnecting raised: not reconnecting", exc_info=True)
                go_on = False
            if not go_on:
                self._ended = self._failure(err, "The WebSocket session failed; on_reconnecting stopped reconnection")
                raise self._ended
            logger.info("WebSocket closed with %s: reconnecting in %.2fs (attempt %d)", code, event.delay, attempt)
            await asleep(event.delay)
            if self._closing:
                self._ended = self._already_closed("The session was closed (close() was called)")
                raise self._ended
            try:
                websocket = await self._session.open()
            except Exception as failure:
                logger.info("Reconnection attempt %d failed: %s", attempt, failure)
                continue
            self._websocket = websocket
            await self._flush()
            self._connected = True
            await self._flush()  # what another thread queued meanwhile
            return

    async def _flush(self) -> None:
        """Send what was queued while disconnected, oldest first (kept when the socket drops)."""
        from websockets.exceptions import ConnectionClosed

        while True:
            data = self._queue.peek()
            if data is None:
                return
            try:
                await self._websocket.send(data)
            except ConnectionClosed:
                return  # the next read sees the close and reconnects again
            self._queue.pop()

    # -- errors -----------------------------------------------------------------------------

    def _failure(self, err: "ConnectionClosed", what: str) -> Exception:
        if len(self._queue):
            return WebSocketConnectionClosedError(
                f"{what}, with {len(self._queue)} message(s) not sent (see unsent_messages)",
                unsent_messages=self._queue.drain(),
            )
        from ..websocket.errors import WebSocketClosedError

        return WebSocketClosedError.from_closed(err, what=what)

    def _already_closed(self, message: str) -> Exception:
        from ..websocket.errors import WebSocketAlreadyClosedError

        return WebSocketAlreadyClosedError(message)


class AsyncWebSocketConnectionManager(HandlerMethods, Generic[_ConnectionT, _ClientEventT]):
    """What ``connect()`` returns: ``async with`` it (or ``await enter()``) to open the session.

    Handlers registered and events sent before that are kept for the session (sent events are
    queued, within ``max_queue_size`` bytes)."""

    _connection_class: Any = None  # set by each manager class

    def __init__(self, session: AsyncWebSocketSession, *, max_queue_size: int) -> None:
        self._session = session
        self._handlers = EventHandlers()
        self._queue = SendQueue(max_queue_size)
        self._connection: Optional[_ConnectionT] = None

    async def enter(self) -> _ConnectionT:
        """Open the socket and return the connection (``__aenter__`` does this)."""
        websocket = await self._session.open()
        connection: _ConnectionT = self._connection_class(
            self._session, websocket, handlers=self._handlers, queue=self._queue
        )
        await connection._flush()
        self._connection = connection
        return connection

    async def __aenter__(self) -> _ConnectionT:
        return await self.enter()

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._connection is not None:
            await self._connection._close_on_exit(exc)

    def send(self, event: _ClientEventT) -> None:
        """Queue an event to send as soon as the session opens."""
        self._queue.put(encode_event(event))


def _close_code(err: "ConnectionClosed") -> int:
    close = err.rcvd if err.rcvd is not None else err.sent
    return close.code if close is not None else 1006
