# unasync: source of lib/_sync/realtime_connection.py
"""The Realtime API over a WebSocket (``client.realtime.connect()``, ``client.beta.realtime.connect()``):
the connection classes and their senders (``conn.session.update(...)``, ``conn.response.create()``...).

Each sender builds one client event and sends it; the events are the generated types'.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, Union

from ..._types import Omit, omit
from ...types.beta.realtime.realtime_client_event import RealtimeClientEvent as BetaRealtimeClientEvent
from ...types.beta.realtime.realtime_client_event_param import (
    RealtimeClientEventParam as BetaRealtimeClientEventParam,
)
from ...types.beta.realtime.realtime_server_event import RealtimeServerEvent as BetaRealtimeServerEvent
from ...types.realtime.realtime_client_event import RealtimeClientEvent
from ...types.realtime.realtime_client_event_param import RealtimeClientEventParam
from ...types.realtime.realtime_server_event import RealtimeServerEvent
from ..websocket._handshake import Endpoint
from .websocket_connection import AsyncWebSocketConnection, AsyncWebSocketConnectionManager

if TYPE_CHECKING:
    from ...types.beta.realtime import (
        conversation_item_param as beta_conversation_item_param,
    )
    from ...types.beta.realtime import (
        response_create_event_param as beta_response_create_event_param,
    )
    from ...types.beta.realtime import (
        session_update_event_param as beta_session_update_event_param,
    )
    from ...types.beta.realtime import (
        transcription_session_update_param,
    )
    from ...types.realtime import session_update_event_param
    from ...types.realtime.conversation_item_param import ConversationItemParam
    from ...types.realtime.realtime_response_create_params_param import RealtimeResponseCreateParamsParam

ClientEvent = Union[RealtimeClientEvent, RealtimeClientEventParam]
BetaClientEvent = Union[BetaRealtimeClientEvent, BetaRealtimeClientEventParam]

__all__ = [
    "REALTIME",
    "BETA_REALTIME",
    "AsyncRealtimeConnection",
    "AsyncRealtimeConnectionManager",
    "AsyncBetaRealtimeConnection",
    "AsyncBetaRealtimeConnectionManager",
]

REALTIME = Endpoint("realtime")
BETA_REALTIME = Endpoint("realtime", beta="realtime=v1", secure_only=True)


class _AsyncSender:
    def __init__(self, connection: AsyncWebSocketConnection[Any, Any]) -> None:
        self._connection = connection

    async def _send(self, event_type: str, **fields: object) -> None:
        event: Dict[str, object] = {"type": event_type}
        event.update((key, value) for key, value in fields.items() if not isinstance(value, Omit))
        await self._connection.send(event)


# -- the GA Realtime API ------------------------------------------------------------------------


class AsyncRealtimeSessionResource(_AsyncSender):
    async def update(self, *, session: "session_update_event_param.Session", event_id: str | Omit = omit) -> None:
        """``session.update``: change the session's configuration."""
        await self._send("session.update", session=session, event_id=event_id)


class AsyncRealtimeResponseResource(_AsyncSender):
    async def create(
        self, *, event_id: str | Omit = omit, response: "RealtimeResponseCreateParamsParam | Omit" = omit
    ) -> None:
        """``response.create``: ask the model for a response."""
        await self._send("response.create", event_id=event_id, response=response)

    async def cancel(self, *, event_id: str | Omit = omit, response_id: str | Omit = omit) -> None:
        """``response.cancel``: stop the response in progress (or ``response_id``)."""
        await self._send("response.cancel", event_id=event_id, response_id=response_id)


class AsyncRealtimeInputAudioBufferResource(_AsyncSender):
    async def clear(self, *, event_id: str | Omit = omit) -> None:
        """``input_audio_buffer.clear``."""
        await self._send("input_audio_buffer.clear", event_id=event_id)

    async def commit(self, *, event_id: str | Omit = omit) -> None:
        """``input_audio_buffer.commit``: make the buffered audio a user message."""
        await self._send("input_audio_buffer.commit", event_id=event_id)

    async def append(self, *, audio: str, event_id: str | Omit = omit) -> None:
        """``input_audio_buffer.append``: ``audio`` is base64-encoded audio bytes."""
        await self._send("input_audio_buffer.append", audio=audio, event_id=event_id)


class AsyncRealtimeConversationItemResource(_AsyncSender):
    async def delete(self, *, item_id: str, event_id: str | Omit = omit) -> None:
        """``conversation.item.delete``."""
        await self._send("conversation.item.delete", item_id=item_id, event_id=event_id)

    async def create(
        self, *, item: "ConversationItemParam", event_id: str | Omit = omit, previous_item_id: str | Omit = omit
    ) -> None:
        """``conversation.item.create``: add an item after ``previous_item_id`` (default: last)."""
        await self._send("conversation.item.create", item=item, event_id=event_id, previous_item_id=previous_item_id)

    async def truncate(
        self, *, audio_end_ms: int, content_index: int, item_id: str, event_id: str | Omit = omit
    ) -> None:
        """``conversation.item.truncate``: cut an assistant message's audio at ``audio_end_ms``."""
        await self._send(
            "conversation.item.truncate",
            audio_end_ms=audio_end_ms,
            content_index=content_index,
            item_id=item_id,
            event_id=event_id,
        )

    async def retrieve(self, *, item_id: str, event_id: str | Omit = omit) -> None:
        """``conversation.item.retrieve``: the server answers with the item."""
        await self._send("conversation.item.retrieve", item_id=item_id, event_id=event_id)


class AsyncRealtimeConversationResource(_AsyncSender):
    @cached_property
    def item(self) -> AsyncRealtimeConversationItemResource:
        return AsyncRealtimeConversationItemResource(self._connection)


class AsyncRealtimeOutputAudioBufferResource(_AsyncSender):
    async def clear(self, *, event_id: str | Omit = omit) -> None:
        """``output_audio_buffer.clear``: stop playing the response's audio (WebRTC, SIP)."""
        await self._send("output_audio_buffer.clear", event_id=event_id)


class AsyncRealtimeConnection(AsyncWebSocketConnection[RealtimeServerEvent, ClientEvent]):
    """A Realtime API session: iterate it (or ``recv()``) for typed server events."""

    def _server_event_type(self) -> Any:
        return RealtimeServerEvent

    @cached_property
    def session(self) -> AsyncRealtimeSessionResource:
        return AsyncRealtimeSessionResource(self)

    @cached_property
    def response(self) -> AsyncRealtimeResponseResource:
        return AsyncRealtimeResponseResource(self)

    @cached_property
    def input_audio_buffer(self) -> AsyncRealtimeInputAudioBufferResource:
        return AsyncRealtimeInputAudioBufferResource(self)

    @cached_property
    def conversation(self) -> AsyncRealtimeConversationResource:
        return AsyncRealtimeConversationResource(self)

    @cached_property
    def output_audio_buffer(self) -> AsyncRealtimeOutputAudioBufferResource:
        return AsyncRealtimeOutputAudioBufferResource(self)


class AsyncRealtimeConnectionManager(AsyncWebSocketConnectionManager[AsyncRealtimeConnection, ClientEvent]):
    _connection_class = AsyncRealtimeConnection


# -- the beta Realtime API (``OpenAI-Beta: realtime=v1``) ---------------------------------------


class AsyncBetaRealtimeSessionResource(_AsyncSender):
    async def update(self, *, session: "beta_session_update_event_param.Session", event_id: str | Omit = omit) -> None:
        """``session.update``."""
        await self._send("session.update", session=session, event_id=event_id)


class AsyncBetaRealtimeResponseResource(_AsyncSender):
    async def create(
        self, *, event_id: str | Omit = omit, response: "beta_response_create_event_param.Response | Omit" = omit
    ) -> None:
        """``response.create``."""
        await self._send("response.create", event_id=event_id, response=response)

    async def cancel(self, *, event_id: str | Omit = omit, response_id: str | Omit = omit) -> None:
        """``response.cancel``."""
        await self._send("response.cancel", event_id=event_id, response_id=response_id)


class AsyncBetaRealtimeConversationItemResource(AsyncRealtimeConversationItemResource):
    async def create(  # type: ignore[override]
        self,
        *,
        item: "beta_conversation_item_param.ConversationItemParam",
        event_id: str | Omit = omit,
        previous_item_id: str | Omit = omit,
    ) -> None:
        """``conversation.item.create``."""
        await self._send("conversation.item.create", item=item, event_id=event_id, previous_item_id=previous_item_id)


class AsyncBetaRealtimeConversationResource(_AsyncSender):
    @cached_property
    def item(self) -> AsyncBetaRealtimeConversationItemResource:
        return AsyncBetaRealtimeConversationItemResource(self._connection)


class AsyncBetaRealtimeTranscriptionSessionResource(_AsyncSender):
    async def update(
        self, *, session: "transcription_session_update_param.Session", event_id: str | Omit = omit
    ) -> None:
        """``transcription_session.update``."""
        await self._send("transcription_session.update", session=session, event_id=event_id)


class AsyncBetaRealtimeConnection(AsyncWebSocketConnection[BetaRealtimeServerEvent, BetaClientEvent]):
    """A session of the beta Realtime API."""

    def _server_event_type(self) -> Any:
        return BetaRealtimeServerEvent

    @cached_property
    def session(self) -> AsyncBetaRealtimeSessionResource:
        return AsyncBetaRealtimeSessionResource(self)

    @cached_property
    def response(self) -> AsyncBetaRealtimeResponseResource:
        return AsyncBetaRealtimeResponseResource(self)

    @cached_property
    def input_audio_buffer(self) -> AsyncRealtimeInputAudioBufferResource:
        return AsyncRealtimeInputAudioBufferResource(self)

    @cached_property
    def conversation(self) -> AsyncBetaRealtimeConversationResource:
        return AsyncBetaRealtimeConversationResource(self)

    @cached_property
    def output_audio_buffer(self) -> AsyncRealtimeOutputAudioBufferResource:
        return AsyncRealtimeOutputAudioBufferResource(self)

    @cached_property
    def transcription_session(self) -> AsyncBetaRealtimeTranscriptionSessionResource:
        return AsyncBetaRealtimeTranscriptionSessionResource(self)


class AsyncBetaRealtimeConnectionManager(AsyncWebSocketConnectionManager[AsyncBetaRealtimeConnection, BetaClientEvent]):
    _connection_class = AsyncBetaRealtimeConnection
