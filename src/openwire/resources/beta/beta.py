# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ..._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from ..chat.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )
    from .assistants import (
        Assistants,
        AssistantsWithRawResponse,
        AssistantsWithStreamingResponse,
        AsyncAssistants,
        AsyncAssistantsWithRawResponse,
        AsyncAssistantsWithStreamingResponse,
    )
    from .chatkit.chatkit import (
        AsyncChatKit,
        AsyncChatKitWithRawResponse,
        AsyncChatKitWithStreamingResponse,
        ChatKit,
        ChatKitWithRawResponse,
        ChatKitWithStreamingResponse,
    )
    from .realtime.realtime import (
        AsyncRealtime,
        AsyncRealtimeWithRawResponse,
        AsyncRealtimeWithStreamingResponse,
        Realtime,
        RealtimeWithRawResponse,
        RealtimeWithStreamingResponse,
    )
    from .responses.responses import (
        AsyncResponses,
        AsyncResponsesWithRawResponse,
        AsyncResponsesWithStreamingResponse,
        Responses,
        ResponsesWithRawResponse,
        ResponsesWithStreamingResponse,
    )
    from .threads.threads import (
        AsyncThreads,
        AsyncThreadsWithRawResponse,
        AsyncThreadsWithStreamingResponse,
        Threads,
        ThreadsWithRawResponse,
        ThreadsWithStreamingResponse,
    )

__all__ = ["Beta", "AsyncBeta"]


class Beta(SyncAPIResource):
    @cached_property
    def assistants(self) -> Assistants:
        from .assistants import Assistants

        return Assistants(self._client)

    @cached_property
    def chat(self) -> Chat:
        from ..chat.chat import Chat

        return Chat(self._client)

    @cached_property
    def chatkit(self) -> ChatKit:
        from .chatkit.chatkit import ChatKit

        return ChatKit(self._client)

    @cached_property
    def realtime(self) -> Realtime:
        from .realtime.realtime import Realtime

        return Realtime(self._client)

    @cached_property
    def responses(self) -> Responses:
        from .responses.responses import Responses

        return Responses(self._client)

    @cached_property
    def threads(self) -> Threads:
        from .threads.threads import Threads

        return Threads(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        return BetaWithStreamingResponse(self)


class AsyncBeta(AsyncAPIResource):
    @cached_property
    def assistants(self) -> AsyncAssistants:
        from .assistants import AsyncAssistants

        return AsyncAssistants(self._client)

    @cached_property
    def chat(self) -> AsyncChat:
        from ..chat.chat import AsyncChat

        return AsyncChat(self._client)

    @cached_property
    def chatkit(self) -> AsyncChatKit:
        from .chatkit.chatkit import AsyncChatKit

        return AsyncChatKit(self._client)

    @cached_property
    def realtime(self) -> AsyncRealtime:
        from .realtime.realtime import AsyncRealtime

        return AsyncRealtime(self._client)

    @cached_property
    def responses(self) -> AsyncResponses:
        from .responses.responses import AsyncResponses

        return AsyncResponses(self._client)

    @cached_property
    def threads(self) -> AsyncThreads:
        from .threads.threads import AsyncThreads

        return AsyncThreads(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        return AsyncBetaWithStreamingResponse(self)


class BetaWithRawResponse:
    def __init__(self, beta: Beta) -> None:
        self._beta = beta

    @cached_property
    def assistants(self) -> AssistantsWithRawResponse:
        from .assistants import AssistantsWithRawResponse

        return AssistantsWithRawResponse(self._beta.assistants)

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        from ..chat.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._beta.chat)

    @cached_property
    def chatkit(self) -> ChatKitWithRawResponse:
        from .chatkit.chatkit import ChatKitWithRawResponse

        return ChatKitWithRawResponse(self._beta.chatkit)

    @cached_property
    def realtime(self) -> RealtimeWithRawResponse:
        from .realtime.realtime import RealtimeWithRawResponse

        return RealtimeWithRawResponse(self._beta.realtime)

    @cached_property
    def responses(self) -> ResponsesWithRawResponse:
        from .responses.responses import ResponsesWithRawResponse

        return ResponsesWithRawResponse(self._beta.responses)

    @cached_property
    def threads(self) -> ThreadsWithRawResponse:
        from .threads.threads import ThreadsWithRawResponse

        return ThreadsWithRawResponse(self._beta.threads)


class BetaWithStreamingResponse:
    def __init__(self, beta: Beta) -> None:
        self._beta = beta

    @cached_property
    def assistants(self) -> AssistantsWithStreamingResponse:
        from .assistants import AssistantsWithStreamingResponse

        return AssistantsWithStreamingResponse(self._beta.assistants)

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        from ..chat.chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._beta.chat)

    @cached_property
    def chatkit(self) -> ChatKitWithStreamingResponse:
        from .chatkit.chatkit import ChatKitWithStreamingResponse

        return ChatKitWithStreamingResponse(self._beta.chatkit)

    @cached_property
    def realtime(self) -> RealtimeWithStreamingResponse:
        from .realtime.realtime import RealtimeWithStreamingResponse

        return RealtimeWithStreamingResponse(self._beta.realtime)

    @cached_property
    def responses(self) -> ResponsesWithStreamingResponse:
        from .responses.responses import ResponsesWithStreamingResponse

        return ResponsesWithStreamingResponse(self._beta.responses)

    @cached_property
    def threads(self) -> ThreadsWithStreamingResponse:
        from .threads.threads import ThreadsWithStreamingResponse

        return ThreadsWithStreamingResponse(self._beta.threads)


class AsyncBetaWithRawResponse:
    def __init__(self, beta: AsyncBeta) -> None:
        self._beta = beta

    @cached_property
    def assistants(self) -> AsyncAssistantsWithRawResponse:
        from .assistants import AsyncAssistantsWithRawResponse

        return AsyncAssistantsWithRawResponse(self._beta.assistants)

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        from ..chat.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._beta.chat)

    @cached_property
    def chatkit(self) -> AsyncChatKitWithRawResponse:
        from .chatkit.chatkit import AsyncChatKitWithRawResponse

        return AsyncChatKitWithRawResponse(self._beta.chatkit)

    @cached_property
    def realtime(self) -> AsyncRealtimeWithRawResponse:
        from .realtime.realtime import AsyncRealtimeWithRawResponse

        return AsyncRealtimeWithRawResponse(self._beta.realtime)

    @cached_property
    def responses(self) -> AsyncResponsesWithRawResponse:
        from .responses.responses import AsyncResponsesWithRawResponse

        return AsyncResponsesWithRawResponse(self._beta.responses)

    @cached_property
    def threads(self) -> AsyncThreadsWithRawResponse:
        from .threads.threads import AsyncThreadsWithRawResponse

        return AsyncThreadsWithRawResponse(self._beta.threads)


class AsyncBetaWithStreamingResponse:
    def __init__(self, beta: AsyncBeta) -> None:
        self._beta = beta

    @cached_property
    def assistants(self) -> AsyncAssistantsWithStreamingResponse:
        from .assistants import AsyncAssistantsWithStreamingResponse

        return AsyncAssistantsWithStreamingResponse(self._beta.assistants)

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        from ..chat.chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._beta.chat)

    @cached_property
    def chatkit(self) -> AsyncChatKitWithStreamingResponse:
        from .chatkit.chatkit import AsyncChatKitWithStreamingResponse

        return AsyncChatKitWithStreamingResponse(self._beta.chatkit)

    @cached_property
    def realtime(self) -> AsyncRealtimeWithStreamingResponse:
        from .realtime.realtime import AsyncRealtimeWithStreamingResponse

        return AsyncRealtimeWithStreamingResponse(self._beta.realtime)

    @cached_property
    def responses(self) -> AsyncResponsesWithStreamingResponse:
        from .responses.responses import AsyncResponsesWithStreamingResponse

        return AsyncResponsesWithStreamingResponse(self._beta.responses)

    @cached_property
    def threads(self) -> AsyncThreadsWithStreamingResponse:
        from .threads.threads import AsyncThreadsWithStreamingResponse

        return AsyncThreadsWithStreamingResponse(self._beta.threads)
