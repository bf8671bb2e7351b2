# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Any, TYPE_CHECKING
from functools import cached_property
from importlib import import_module

from ..._resource import AsyncAPIResource, SyncAPIResource
from ...lib._async.websocket_connect import AsyncRealtimeConnect
from ...lib._sync.websocket_connect import RealtimeConnect

if TYPE_CHECKING:
    from ...lib._async.realtime_connection import (
        AsyncRealtimeConnection as AsyncRealtimeConnection,
        AsyncRealtimeConnectionManager as AsyncRealtimeConnectionManager,
    )
    from ...lib._sync.realtime_connection import (
        RealtimeConnection as RealtimeConnection,
        RealtimeConnectionManager as RealtimeConnectionManager,
    )
    from .calls import (
        AsyncCallsWithRawResponse,
        AsyncCallsWithStreamingResponse,
        CallsWithRawResponse,
        CallsWithStreamingResponse,
        _AsyncCalls,
        _Calls,
    )
    from .client_secrets import (
        AsyncClientSecrets,
        AsyncClientSecretsWithRawResponse,
        AsyncClientSecretsWithStreamingResponse,
        ClientSecrets,
        ClientSecretsWithRawResponse,
        ClientSecretsWithStreamingResponse,
    )

__all__ = ["Realtime", "AsyncRealtime"]


class Realtime(RealtimeConnect, SyncAPIResource):
    @cached_property
    def calls(self) -> _Calls:
        from .calls import _Calls

        return _Calls(self._client)

    @cached_property
    def client_secrets(self) -> ClientSecrets:
        from .client_secrets import ClientSecrets

        return ClientSecrets(self._client)

    @cached_property
    def with_raw_response(self) -> RealtimeWithRawResponse:
        return RealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeWithStreamingResponse:
        return RealtimeWithStreamingResponse(self)


class AsyncRealtime(AsyncRealtimeConnect, AsyncAPIResource):
    @cached_property
    def calls(self) -> _AsyncCalls:
        from .calls import _AsyncCalls

        return _AsyncCalls(self._client)

    @cached_property
    def client_secrets(self) -> AsyncClientSecrets:
        from .client_secrets import AsyncClientSecrets

        return AsyncClientSecrets(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRealtimeWithRawResponse:
        return AsyncRealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeWithStreamingResponse:
        return AsyncRealtimeWithStreamingResponse(self)


class RealtimeWithRawResponse:
    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> CallsWithRawResponse:
        from .calls import CallsWithRawResponse

        return CallsWithRawResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> ClientSecretsWithRawResponse:
        from .client_secrets import ClientSecretsWithRawResponse

        return ClientSecretsWithRawResponse(self._realtime.client_secrets)


class RealtimeWithStreamingResponse:
    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> CallsWithStreamingResponse:
        from .calls import CallsWithStreamingResponse

        return CallsWithStreamingResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> ClientSecretsWithStreamingResponse:
        from .client_secrets import ClientSecretsWithStreamingResponse

        return ClientSecretsWithStreamingResponse(self._realtime.client_secrets)


class AsyncRealtimeWithRawResponse:
    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> AsyncCallsWithRawResponse:
        from .calls import AsyncCallsWithRawResponse

        return AsyncCallsWithRawResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> AsyncClientSecretsWithRawResponse:
        from .client_secrets import AsyncClientSecretsWithRawResponse

        return AsyncClientSecretsWithRawResponse(self._realtime.client_secrets)


class AsyncRealtimeWithStreamingResponse:
    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def calls(self) -> AsyncCallsWithStreamingResponse:
        from .calls import AsyncCallsWithStreamingResponse

        return AsyncCallsWithStreamingResponse(self._realtime.calls)

    @cached_property
    def client_secrets(self) -> AsyncClientSecretsWithStreamingResponse:
        from .client_secrets import AsyncClientSecretsWithStreamingResponse

        return AsyncClientSecretsWithStreamingResponse(self._realtime.client_secrets)


# Names the reference's module also has, for libraries that import them.
_ALIASES = {
    "RealtimeConnection": ("...lib._sync.realtime_connection", "RealtimeConnection"),
    "AsyncRealtimeConnection": ("...lib._async.realtime_connection", "AsyncRealtimeConnection"),
    "RealtimeConnectionManager": ("...lib._sync.realtime_connection", "RealtimeConnectionManager"),
    "AsyncRealtimeConnectionManager": ("...lib._async.realtime_connection", "AsyncRealtimeConnectionManager"),
}


def __getattr__(name: str) -> Any:
    if name not in _ALIASES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _ALIASES[name]
    return getattr(import_module(module, __package__), attribute)
