"""``chat.completions.stream``: typed events over a chat completion stream, and the
completion they add up to (``from openwire.lib.streaming.chat import ...``)."""

from __future__ import annotations

from ..._async.chat_stream import AsyncChatCompletionStream, AsyncChatCompletionStreamManager
from ..._sync.chat_stream import ChatCompletionStream, ChatCompletionStreamManager
from ._events import (
    ChatCompletionStreamEvent,
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
    RefusalDeltaEvent,
    RefusalDoneEvent,
)
from ._state import ChatCompletionStreamState
from ._types import ParsedChatCompletionMessageSnapshot, ParsedChatCompletionSnapshot, ParsedChoiceSnapshot

__all__ = [
    "ChatCompletionStream",
    "AsyncChatCompletionStream",
    "ChatCompletionStreamManager",
    "AsyncChatCompletionStreamManager",
    "ChatCompletionStreamState",
    "ChatCompletionStreamEvent",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "LogprobsContentDeltaEvent",
    "LogprobsContentDoneEvent",
    "LogprobsRefusalDeltaEvent",
    "LogprobsRefusalDoneEvent",
    "ParsedChatCompletionSnapshot",
    "ParsedChoiceSnapshot",
    "ParsedChatCompletionMessageSnapshot",
]
