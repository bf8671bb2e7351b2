# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ...._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .sessions import (
        AsyncSessions,
        AsyncSessionsWithRawResponse,
        AsyncSessionsWithStreamingResponse,
        Sessions,
        SessionsWithRawResponse,
        SessionsWithStreamingResponse,
    )
    from .threads import (
        AsyncThreads,
        AsyncThreadsWithRawResponse,
        AsyncThreadsWithStreamingResponse,
        Threads,
        ThreadsWithRawResponse,
        ThreadsWithStreamingResponse,
    )

__all__ = ["ChatKit", "AsyncChatKit"]


class ChatKit(SyncAPIResource):
    @cached_property
    def sessions(self) -> Sessions:
        from .sessions import Sessions

        return Sessions(self._client)

    @cached_property
    def threads(self) -> Threads:
        from .threads import Threads

        return Threads(self._client)

    @cached_property
    def with_raw_response(self) -> ChatKitWithRawResponse:
        return ChatKitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatKitWithStreamingResponse:
        return ChatKitWithStreamingResponse(self)


class AsyncChatKit(AsyncAPIResource):
    @cached_property
    def sessions(self) -> AsyncSessions:
        from .sessions import AsyncSessions

        return AsyncSessions(self._client)

    @cached_property
    def threads(self) -> AsyncThreads:
        from .threads import AsyncThreads

        return AsyncThreads(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatKitWithRawResponse:
        return AsyncChatKitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatKitWithStreamingResponse:
        return AsyncChatKitWithStreamingResponse(self)


class ChatKitWithRawResponse:
    def __init__(self, chatkit: ChatKit) -> None:
        self._chatkit = chatkit

    @cached_property
    def sessions(self) -> SessionsWithRawResponse:
        from .sessions import SessionsWithRawResponse

        return SessionsWithRawResponse(self._chatkit.sessions)

    @cached_property
    def threads(self) -> ThreadsWithRawResponse:
        from .threads import ThreadsWithRawResponse

        return ThreadsWithRawResponse(self._chatkit.threads)


class ChatKitWithStreamingResponse:
    def __init__(self, chatkit: ChatKit) -> None:
        self._chatkit = chatkit

    @cached_property
    def sessions(self) -> SessionsWithStreamingResponse:
        from .sessions import SessionsWithStreamingResponse

        return SessionsWithStreamingResponse(self._chatkit.sessions)

    @cached_property
    def threads(self) -> ThreadsWithStreamingResponse:
        from .threads import ThreadsWithStreamingResponse

        return ThreadsWithStreamingResponse(self._chatkit.threads)


class AsyncChatKitWithRawResponse:
    def __init__(self, chatkit: AsyncChatKit) -> None:
        self._chatkit = chatkit

    @cached_property
    def sessions(self) -> AsyncSessionsWithRawResponse:
        from .sessions import AsyncSessionsWithRawResponse

        return AsyncSessionsWithRawResponse(self._chatkit.sessions)

    @cached_property
    def threads(self) -> AsyncThreadsWithRawResponse:
        from .threads import AsyncThreadsWithRawResponse

        return AsyncThreadsWithRawResponse(self._chatkit.threads)


class AsyncChatKitWithStreamingResponse:
    def __init__(self, chatkit: AsyncChatKit) -> None:
        self._chatkit = chatkit

    @cached_property
    def sessions(self) -> AsyncSessionsWithStreamingResponse:
        from .sessions import AsyncSessionsWithStreamingResponse

        return AsyncSessionsWithStreamingResponse(self._chatkit.sessions)

    @cached_property
    def threads(self) -> AsyncThreadsWithStreamingResponse:
        from .threads import AsyncThreadsWithStreamingResponse

        return AsyncThreadsWithStreamingResponse(self._chatkit.threads)
