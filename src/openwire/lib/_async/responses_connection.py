# unasync: source of lib/_sync/responses_connection.py
"""The Responses API over a WebSocket (``client.responses.connect()``, ``client.beta.responses.connect()``):
the connection classes and their senders (``conn.response.create(...)``)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Iterable, Optional, Union

from typing_extensions import Unpack

from ...types.beta.beta_responses_client_event import BetaResponsesClientEvent
from ...types.beta.beta_responses_client_event_param import BetaResponsesClientEventParam
from ...types.beta.beta_responses_server_event import BetaResponsesServerEvent
from ...types.beta.response_create_params import ResponseCreateParamsBase as BetaResponseCreateParamsBase
from ...types.responses.response_create_params import ResponseCreateParamsBase
from ...types.responses.responses_client_event import ResponsesClientEvent
from ...types.responses.responses_client_event_param import ResponsesClientEventParam
from ...types.responses.responses_server_event import ResponsesServerEvent
from ..websocket._handshake import Endpoint
from .realtime_connection import _AsyncSender
from .websocket_connection import AsyncWebSocketConnection, AsyncWebSocketConnectionManager

if TYPE_CHECKING:
    from ...types.beta.beta_response_input_item_param import BetaResponseInputItemParam

__all__ = [
    "RESPONSES",
    "AsyncResponsesConnection",
    "AsyncResponsesConnectionManager",
    "AsyncBetaResponsesConnection",
    "AsyncBetaResponsesConnectionManager",
]

RESPONSES = Endpoint("responses")

ClientEvent = Union[ResponsesClientEvent, ResponsesClientEventParam]
BetaClientEvent = Union[BetaResponsesClientEvent, BetaResponsesClientEventParam]


class ResponseCreateFields(ResponseCreateParamsBase, total=False):
    """The fields of a ``response.create`` event: those of ``responses.create()``."""

    stream: Optional[bool]


class BetaResponseCreateFields(BetaResponseCreateParamsBase, total=False):
    stream: Optional[bool]


class AsyncResponsesResponseResource(_AsyncSender):
    async def create(self, **params: Unpack[ResponseCreateFields]) -> None:
        """``response.create``: start a response (the parameters of ``responses.create()``)."""
        await self._send("response.create", **params)


class AsyncBetaResponsesResponseResource(_AsyncSender):
    async def create(self, **params: Unpack[BetaResponseCreateFields]) -> None:
        """``response.create``: start a response."""
        await self._send("response.create", **params)

    async def inject(self, *, input: Iterable["BetaResponseInputItemParam"], response_id: str) -> None:
        """``response.inject``: add input items to the response in progress."""
        await self._send("response.inject", input=input, response_id=response_id)


class AsyncResponsesConnection(AsyncWebSocketConnection[ResponsesServerEvent, ClientEvent]):
    """A Responses API session: iterate it (or ``recv()``) for the response's typed events."""

    def _server_event_type(self) -> Any:
        return ResponsesServerEvent

    @cached_property
    def response(self) -> AsyncResponsesResponseResource:
        return AsyncResponsesResponseResource(self)


class AsyncResponsesConnectionManager(AsyncWebSocketConnectionManager[AsyncResponsesConnection, ClientEvent]):
    _connection_class = AsyncResponsesConnection


class AsyncBetaResponsesConnection(AsyncWebSocketConnection[BetaResponsesServerEvent, BetaClientEvent]):
    """A session of the beta Responses API over a WebSocket."""

    def _server_event_type(self) -> Any:
        return BetaResponsesServerEvent

    @cached_property
    def response(self) -> AsyncBetaResponsesResponseResource:
        return AsyncBetaResponsesResponseResource(self)


class AsyncBetaResponsesConnectionManager(
    AsyncWebSocketConnectionManager[AsyncBetaResponsesConnection, BetaClientEvent]
):
    _connection_class = AsyncBetaResponsesConnection
