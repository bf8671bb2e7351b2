# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .completions import AsyncCompletions as AsyncCompletions
    from .completions import AsyncCompletionsWithRawResponse as AsyncCompletionsWithRawResponse
    from .completions import AsyncCompletionsWithStreamingResponse as AsyncCompletionsWithStreamingResponse
    from .messages import AsyncMessages as AsyncMessages
    from .messages import AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse
    from .messages import AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse
    from .completions import Completions as Completions
    from .completions import CompletionsWithRawResponse as CompletionsWithRawResponse
    from .completions import CompletionsWithStreamingResponse as CompletionsWithStreamingResponse
    from .messages import Messages as Messages
    from .messages import MessagesWithRawResponse as MessagesWithRawResponse
    from .messages import MessagesWithStreamingResponse as MessagesWithStreamingResponse

__all__ = [
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
]

_EXPORTS = {
    "AsyncCompletions": ".completions",
    "AsyncCompletionsWithRawResponse": ".completions",
    "AsyncCompletionsWithStreamingResponse": ".completions",
    "AsyncMessages": ".messages",
    "AsyncMessagesWithRawResponse": ".messages",
    "AsyncMessagesWithStreamingResponse": ".messages",
    "Completions": ".completions",
    "CompletionsWithRawResponse": ".completions",
    "CompletionsWithStreamingResponse": ".completions",
    "Messages": ".messages",
    "MessagesWithRawResponse": ".messages",
    "MessagesWithStreamingResponse": ".messages",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
