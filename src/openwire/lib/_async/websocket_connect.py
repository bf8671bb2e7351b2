# unasync: source of lib/_sync/websocket_connect.py
"""``connect()`` on ``realtime``, ``beta.realtime``, ``responses`` and ``beta.responses``: mixins
of the generated resources (``codegen/config``). Nothing is opened here: ``connect()`` returns a
manager, and ``async with`` (or ``await manager.enter()``) opens the socket.

The connection modules are imported on first call, so importing the resources stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from ..._types import Omit, omit
from ..websocket._policy import ReconnectPolicy

if TYPE_CHECKING:
    from ..._async.api_client import AsyncAPIClient
    from ..._types import Headers, Query
    from ...types.websocket_connection_options import WebSocketConnectionOptions, WebsocketConnectionOptions
    from ...types.websocket_reconnection import ReconnectingEvent, ReconnectingOverrides
    from ..websocket._handshake import Endpoint
    from .realtime_connection import AsyncBetaRealtimeConnectionManager, AsyncRealtimeConnectionManager
    from .responses_connection import AsyncBetaResponsesConnectionManager, AsyncResponsesConnectionManager
    from .websocket_connection import AsyncWebSocketSession

__all__ = ["AsyncRealtimeConnect", "AsyncBetaRealtimeConnect", "AsyncResponsesConnect", "AsyncBetaResponsesConnect"]

OnReconnecting = Callable[["ReconnectingEvent"], "ReconnectingOverrides | None"]


def _session(
    client: "AsyncAPIClient",
    endpoint: "Endpoint",
    *,
    extra_query: "Query",
    extra_headers: "Headers",
    options: Mapping[str, Any],
    on_reconnecting: Optional[OnReconnecting],
    max_retries: int,
    initial_delay: float,
    max_delay: float,
    model: object = None,
    call_id: object = None,
) -> "AsyncWebSocketSession":
    from .websocket_connection import AsyncWebSocketSession

    extras: Mapping[str, object] = {"extra_query": extra_query, "extra_headers": extra_headers}
    for name, extra in extras.items():
        if not isinstance(extra, Mapping):
            raise TypeError(f"{name} must be a dict, got {type(extra).__name__}")
    for name, value in (("model", model), ("call_id", call_id)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    policy = ReconnectPolicy(
        on_reconnecting=on_reconnecting,
        max_retries=max_retries,
        initial_delay=initial_delay,
        max_delay=max_delay,
        extra_query=dict(extra_query),
        extra_headers=dict(extra_headers),
    )
    return AsyncWebSocketSession(client, endpoint, policy, dict(options), model=model, call_id=call_id)


class AsyncRealtimeConnect:
    _client: "AsyncAPIClient"

    def connect(
        self,
        *,
        call_id: str | Omit = omit,
        model: str | Omit = omit,
        extra_query: "Query" = {},  # the reference's defaults (never mutated)
        extra_headers: "Headers" = {},
        websocket_connection_options: "WebSocketConnectionOptions" = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1048576,
    ) -> "AsyncRealtimeConnectionManager":
        """A Realtime API session over a WebSocket (``wss://.../realtime?model=...``)::

            async with client.realtime.connect(model="gpt-realtime") as connection:
                await connection.session.update(session={"type": "realtime", ...})
                async for event in connection:
                    ...

        With ``on_reconnecting``, a dropped connection (1006, 1011, 1012, 1013, 1015) is opened
        again up to ``max_retries`` times, waiting ``initial_delay`` doubling up to ``max_delay``;
        events sent meanwhile wait in a queue of at most ``max_queue_size`` bytes.
        """
        from .realtime_connection import REALTIME, AsyncRealtimeConnectionManager

        session = _session(
            self._client,
            REALTIME,
            extra_query=extra_query,
            extra_headers=extra_headers,
            options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            max_retries=max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
            model=None if isinstance(model, Omit) else model,
            call_id=None if isinstance(call_id, Omit) else call_id,
        )
        return AsyncRealtimeConnectionManager(session, max_queue_size=max_queue_size)


class AsyncBetaRealtimeConnect:
    _client: "AsyncAPIClient"

    def connect(
        self,
        *,
        model: str,
        extra_query: "Query" = {},
        extra_headers: "Headers" = {},
        websocket_connection_options: "WebsocketConnectionOptions" = {},
    ) -> "AsyncBetaRealtimeConnectionManager":
        """A session of the beta Realtime API (``OpenAI-Beta: realtime=v1``; no reconnection)."""
        from .realtime_connection import BETA_REALTIME, AsyncBetaRealtimeConnectionManager

        session = _session(
            self._client,
            BETA_REALTIME,
            extra_query=extra_query,
            extra_headers=extra_headers,
            options=websocket_connection_options,
            on_reconnecting=None,
            max_retries=0,
            initial_delay=0.5,
            max_delay=8.0,
            model=model,
        )
        return AsyncBetaRealtimeConnectionManager(session, max_queue_size=1048576)


class AsyncResponsesConnect:
    _client: "AsyncAPIClient"

    def connect(
        self,
        extra_query: "Query" = {},
        extra_headers: "Headers" = {},
        websocket_connection_options: "WebSocketConnectionOptions" = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1048576,
    ) -> "AsyncResponsesConnectionManager":
        """A Responses API session over a WebSocket (``wss://.../responses``): send
        ``connection.response.create(...)``, iterate the response's events. Reconnection and the
        send queue as in ``client.realtime.connect()``."""
        from .responses_connection import RESPONSES, AsyncResponsesConnectionManager

        session = _session(
            self._client,
            RESPONSES,
            extra_query=extra_query,
            extra_headers=extra_headers,
            options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            max_retries=max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
        )
        return AsyncResponsesConnectionManager(session, max_queue_size=max_queue_size)


class AsyncBetaResponsesConnect:
    _client: "AsyncAPIClient"

    def connect(
        self,
        extra_query: "Query" = {},
        extra_headers: "Headers" = {},
        websocket_connection_options: "WebSocketConnectionOptions" = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1048576,
    ) -> "AsyncBetaResponsesConnectionManager":
        """A session of the beta Responses API over a WebSocket (``response.create``, ``response.inject``)."""
        from .responses_connection import RESPONSES, AsyncBetaResponsesConnectionManager

        session = _session(
            self._client,
            RESPONSES,
            extra_query=extra_query,
            extra_headers=extra_headers,
            options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            max_retries=max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
        )
        return AsyncBetaResponsesConnectionManager(session, max_queue_size=max_queue_size)
