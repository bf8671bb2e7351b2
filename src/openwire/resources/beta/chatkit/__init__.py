# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chatkit import AsyncChatKit as AsyncChatKit
    from .chatkit import AsyncChatKitWithRawResponse as AsyncChatKitWithRawResponse
    from .chatkit import AsyncChatKitWithStreamingResponse as AsyncChatKitWithStreamingResponse
    from .sessions import AsyncSessions as AsyncSessions
    from .sessions import AsyncSessionsWithRawResponse as AsyncSessionsWithRawResponse
    from .sessions import AsyncSessionsWithStreamingResponse as AsyncSessionsWithStreamingResponse
    from .threads import AsyncThreads as AsyncThreads
    from .threads import AsyncThreadsWithRawResponse as AsyncThreadsWithRawResponse
    from .threads import AsyncThreadsWithStreamingResponse as AsyncThreadsWithStreamingResponse
    from .chatkit import ChatKit as ChatKit
    from .chatkit import ChatKitWithRawResponse as ChatKitWithRawResponse
    from .chatkit import ChatKitWithStreamingResponse as ChatKitWithStreamingResponse
    from .sessions import Sessions as Sessions
    from .sessions import SessionsWithRawResponse as SessionsWithRawResponse
    from .sessions import SessionsWithStreamingResponse as SessionsWithStreamingResponse
    from .threads import Threads as Threads
    from .threads import ThreadsWithRawResponse as ThreadsWithRawResponse
    from .threads import ThreadsWithStreamingResponse as ThreadsWithStreamingResponse

__all__ = [
    "AsyncChatKit",
    "AsyncChatKitWithRawResponse",
    "AsyncChatKitWithStreamingResponse",
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "ChatKit",
    "ChatKitWithRawResponse",
    "ChatKitWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncChatKit": ".chatkit",
    "AsyncChatKitWithRawResponse": ".chatkit",
    "AsyncChatKitWithStreamingResponse": ".chatkit",
    "AsyncSessions": ".sessions",
    "AsyncSessionsWithRawResponse": ".sessions",
    "AsyncSessionsWithStreamingResponse": ".sessions",
    "AsyncThreads": ".threads",
    "AsyncThreadsWithRawResponse": ".threads",
    "AsyncThreadsWithStreamingResponse": ".threads",
    "ChatKit": ".chatkit",
    "ChatKitWithRawResponse": ".chatkit",
    "ChatKitWithStreamingResponse": ".chatkit",
    "Sessions": ".sessions",
    "SessionsWithRawResponse": ".sessions",
    "SessionsWithStreamingResponse": ".sessions",
    "Threads": ".threads",
    "ThreadsWithRawResponse": ".threads",
    "ThreadsWithStreamingResponse": ".threads",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
