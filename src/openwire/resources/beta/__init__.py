# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistants import Assistants as Assistants
    from .assistants import AssistantsWithRawResponse as AssistantsWithRawResponse
    from .assistants import AssistantsWithStreamingResponse as AssistantsWithStreamingResponse
    from .assistants import AsyncAssistants as AsyncAssistants
    from .assistants import AsyncAssistantsWithRawResponse as AsyncAssistantsWithRawResponse
    from .assistants import AsyncAssistantsWithStreamingResponse as AsyncAssistantsWithStreamingResponse
    from .beta import AsyncBeta as AsyncBeta
    from .beta import AsyncBetaWithRawResponse as AsyncBetaWithRawResponse
    from .beta import AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse
    from .chatkit.chatkit import AsyncChatKit as AsyncChatKit
    from .chatkit.chatkit import AsyncChatKitWithRawResponse as AsyncChatKitWithRawResponse
    from .chatkit.chatkit import AsyncChatKitWithStreamingResponse as AsyncChatKitWithStreamingResponse
    from .responses.input_items import AsyncInputItems as AsyncInputItems
    from .responses.input_items import AsyncInputItemsWithRawResponse as AsyncInputItemsWithRawResponse
    from .responses.input_items import AsyncInputItemsWithStreamingResponse as AsyncInputItemsWithStreamingResponse
    from .responses.input_tokens import AsyncInputTokens as AsyncInputTokens
    from .responses.input_tokens import AsyncInputTokensWithRawResponse as AsyncInputTokensWithRawResponse
    from .responses.input_tokens import AsyncInputTokensWithStreamingResponse as AsyncInputTokensWithStreamingResponse
    from .threads.messages import AsyncMessages as AsyncMessages
    from .threads.messages import AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse
    from .threads.messages import AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse
    from .realtime.realtime import AsyncRealtime as AsyncRealtime
    from .realtime.realtime import AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse
    from .realtime.realtime import AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse
    from .responses.responses import AsyncResponses as AsyncResponses
    from .responses.responses import AsyncResponsesWithRawResponse as AsyncResponsesWithRawResponse
    from .responses.responses import AsyncResponsesWithStreamingResponse as AsyncResponsesWithStreamingResponse
    from .threads.runs.runs import AsyncRuns as AsyncRuns
    from .threads.runs.runs import AsyncRunsWithRawResponse as AsyncRunsWithRawResponse
    from .threads.runs.runs import AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse
    from .realtime.sessions import AsyncSessions as AsyncSessions
    from .realtime.sessions import AsyncSessionsWithRawResponse as AsyncSessionsWithRawResponse
    from .realtime.sessions import AsyncSessionsWithStreamingResponse as AsyncSessionsWithStreamingResponse
    from .threads.runs.steps import AsyncSteps as AsyncSteps
    from .threads.runs.steps import AsyncStepsWithRawResponse as AsyncStepsWithRawResponse
    from .threads.runs.steps import AsyncStepsWithStreamingResponse as AsyncStepsWithStreamingResponse
    from .threads.threads import AsyncThreads as AsyncThreads
    from .threads.threads import AsyncThreadsWithRawResponse as AsyncThreadsWithRawResponse
    from .threads.threads import AsyncThreadsWithStreamingResponse as AsyncThreadsWithStreamingResponse
    from .realtime.transcription_sessions import AsyncTranscriptionSessions as AsyncTranscriptionSessions
    from .realtime.transcription_sessions import (
        AsyncTranscriptionSessionsWithRawResponse as AsyncTranscriptionSessionsWithRawResponse,
    )
    from .realtime.transcription_sessions import (
        AsyncTranscriptionSessionsWithStreamingResponse as AsyncTranscriptionSessionsWithStreamingResponse,
    )
    from .beta import Beta as Beta
    from .beta import BetaWithRawResponse as BetaWithRawResponse
    from .beta import BetaWithStreamingResponse as BetaWithStreamingResponse
    from .chatkit.chatkit import ChatKit as ChatKit
    from .chatkit.chatkit import ChatKitWithRawResponse as ChatKitWithRawResponse
    from .chatkit.chatkit import ChatKitWithStreamingResponse as ChatKitWithStreamingResponse
    from .responses.input_items import InputItems as InputItems
    from .responses.input_items import InputItemsWithRawResponse as InputItemsWithRawResponse
    from .responses.input_items import InputItemsWithStreamingResponse as InputItemsWithStreamingResponse
    from .responses.input_tokens import InputTokens as InputTokens
    from .responses.input_tokens import InputTokensWithRawResponse as InputTokensWithRawResponse
    from .responses.input_tokens import InputTokensWithStreamingResponse as InputTokensWithStreamingResponse
    from .threads.messages import Messages as Messages
    from .threads.messages import MessagesWithRawResponse as MessagesWithRawResponse
    from .threads.messages import MessagesWithStreamingResponse as MessagesWithStreamingResponse
    from .realtime.realtime import Realtime as Realtime
    from .realtime.realtime import RealtimeWithRawResponse as RealtimeWithRawResponse
    from .realtime.realtime import RealtimeWithStreamingResponse as RealtimeWithStreamingResponse
    from .responses.responses import Responses as Responses
    from .responses.responses import ResponsesWithRawResponse as ResponsesWithRawResponse
    from .responses.responses import ResponsesWithStreamingResponse as ResponsesWithStreamingResponse
    from .threads.runs.runs import Runs as Runs
    from .threads.runs.runs import RunsWithRawResponse as RunsWithRawResponse
    from .threads.runs.runs import RunsWithStreamingResponse as RunsWithStreamingResponse
    from .realtime.sessions import Sessions as Sessions
    from .realtime.sessions import SessionsWithRawResponse as SessionsWithRawResponse
    from .realtime.sessions import SessionsWithStreamingResponse as SessionsWithStreamingResponse
    from .threads.runs.steps import Steps as Steps
    from .threads.runs.steps import StepsWithRawResponse as StepsWithRawResponse
    from .threads.runs.steps import StepsWithStreamingResponse as StepsWithStreamingResponse
    from .threads.threads import Threads as Threads
    from .threads.threads import ThreadsWithRawResponse as ThreadsWithRawResponse
    from .threads.threads import ThreadsWithStreamingResponse as ThreadsWithStreamingResponse
    from .realtime.transcription_sessions import TranscriptionSessions as TranscriptionSessions
    from .realtime.transcription_sessions import (
        TranscriptionSessionsWithRawResponse as TranscriptionSessionsWithRawResponse,
    )
    from .realtime.transcription_sessions import (
        TranscriptionSessionsWithStreamingResponse as TranscriptionSessionsWithStreamingResponse,
    )

__all__ = [
    "Assistants",
    "AssistantsWithRawResponse",
    "AssistantsWithStreamingResponse",
    "AsyncAssistants",
    "AsyncAssistantsWithRawResponse",
    "AsyncAssistantsWithStreamingResponse",
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncChatKit",
    "AsyncChatKitWithRawResponse",
    "AsyncChatKitWithStreamingResponse",
    "AsyncInputItems",
    "AsyncInputItemsWithRawResponse",
    "AsyncInputItemsWithStreamingResponse",
    "AsyncInputTokens",
    "AsyncInputTokensWithRawResponse",
    "AsyncInputTokensWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "AsyncSteps",
    "AsyncStepsWithRawResponse",
    "AsyncStepsWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "AsyncTranscriptionSessions",
    "AsyncTranscriptionSessionsWithRawResponse",
    "AsyncTranscriptionSessionsWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "ChatKit",
    "ChatKitWithRawResponse",
    "ChatKitWithStreamingResponse",
    "InputItems",
    "InputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "InputTokens",
    "InputTokensWithRawResponse",
    "InputTokensWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "Steps",
    "StepsWithRawResponse",
    "StepsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
    "TranscriptionSessions",
    "TranscriptionSessionsWithRawResponse",
    "TranscriptionSessionsWithStreamingResponse",
]

_EXPORTS = {
    "Assistants": ".assistants",
    "AssistantsWithRawResponse": ".assistants",
    "AssistantsWithStreamingResponse": ".assistants",
    "AsyncAssistants": ".assistants",
    "AsyncAssistantsWithRawResponse": ".assistants",
    "AsyncAssistantsWithStreamingResponse": ".assistants",
    "AsyncBeta": ".beta",
    "AsyncBetaWithRawResponse": ".beta",
    "AsyncBetaWithStreamingResponse": ".beta",
    "AsyncChatKit": ".chatkit.chatkit",
    "AsyncChatKitWithRawResponse": ".chatkit.chatkit",
    "AsyncChatKitWithStreamingResponse": ".chatkit.chatkit",
    "AsyncInputItems": ".responses.input_items",
    "AsyncInputItemsWithRawResponse": ".responses.input_items",
    "AsyncInputItemsWithStreamingResponse": ".responses.input_items",
    "AsyncInputTokens": ".responses.input_tokens",
    "AsyncInputTokensWithRawResponse": ".responses.input_tokens",
    "AsyncInputTokensWithStreamingResponse": ".responses.input_tokens",
    "AsyncMessages": ".threads.messages",
    "AsyncMessagesWithRawResponse": ".threads.messages",
    "AsyncMessagesWithStreamingResponse": ".threads.messages",
    "AsyncRealtime": ".realtime.realtime",
    "AsyncRealtimeWithRawResponse": ".realtime.realtime",
    "AsyncRealtimeWithStreamingResponse": ".realtime.realtime",
    "AsyncResponses": ".responses.responses",
    "AsyncResponsesWithRawResponse": ".responses.responses",
    "AsyncResponsesWithStreamingResponse": ".responses.responses",
    "AsyncRuns": ".threads.runs.runs",
    "AsyncRunsWithRawResponse": ".threads.runs.runs",
    "AsyncRunsWithStreamingResponse": ".threads.runs.runs",
    "AsyncSessions": ".realtime.sessions",
    "AsyncSessionsWithRawResponse": ".realtime.sessions",
    "AsyncSessionsWithStreamingResponse": ".realtime.sessions",
    "AsyncSteps": ".threads.runs.steps",
    "AsyncStepsWithRawResponse": ".threads.runs.steps",
    "AsyncStepsWithStreamingResponse": ".threads.runs.steps",
    "AsyncThreads": ".threads.threads",
    "AsyncThreadsWithRawResponse": ".threads.threads",
    "AsyncThreadsWithStreamingResponse": ".threads.threads",
    "AsyncTranscriptionSessions": ".realtime.transcription_sessions",
    "AsyncTranscriptionSessionsWithRawResponse": ".realtime.transcription_sessions",
    "AsyncTranscriptionSessionsWithStreamingResponse": ".realtime.transcription_sessions",
    "Beta": ".beta",
    "BetaWithRawResponse": ".beta",
    "BetaWithStreamingResponse": ".beta",
    "ChatKit": ".chatkit.chatkit",
    "ChatKitWithRawResponse": ".chatkit.chatkit",
    "ChatKitWithStreamingResponse": ".chatkit.chatkit",
    "InputItems": ".responses.input_items",
    "InputItemsWithRawResponse": ".responses.input_items",
    "InputItemsWithStreamingResponse": ".responses.input_items",
    "InputTokens": ".responses.input_tokens",
    "InputTokensWithRawResponse": ".responses.input_tokens",
    "InputTokensWithStreamingResponse": ".responses.input_tokens",
    "Messages": ".threads.messages",
    "MessagesWithRawResponse": ".threads.messages",
    "MessagesWithStreamingResponse": ".threads.messages",
    "Realtime": ".realtime.realtime",
    "RealtimeWithRawResponse": ".realtime.realtime",
    "RealtimeWithStreamingResponse": ".realtime.realtime",
    "Responses": ".responses.responses",
    "ResponsesWithRawResponse": ".responses.responses",
    "ResponsesWithStreamingResponse": ".responses.responses",
    "Runs": ".threads.runs.runs",
    "RunsWithRawResponse": ".threads.runs.runs",
    "RunsWithStreamingResponse": ".threads.runs.runs",
    "Sessions": ".realtime.sessions",
    "SessionsWithRawResponse": ".realtime.sessions",
    "SessionsWithStreamingResponse": ".realtime.sessions",
    "Steps": ".threads.runs.steps",
    "StepsWithRawResponse": ".threads.runs.steps",
    "StepsWithStreamingResponse": ".threads.runs.steps",
    "Threads": ".threads.threads",
    "ThreadsWithRawResponse": ".threads.threads",
    "ThreadsWithStreamingResponse": ".threads.threads",
    "TranscriptionSessions": ".realtime.transcription_sessions",
    "TranscriptionSessionsWithRawResponse": ".realtime.transcription_sessions",
    "TranscriptionSessionsWithStreamingResponse": ".realtime.transcription_sessions",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
