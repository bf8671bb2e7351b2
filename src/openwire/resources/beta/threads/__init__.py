# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .messages import AsyncMessages as AsyncMessages
    from .messages import AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse
    from .messages import AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse
    from .runs.runs import AsyncRuns as AsyncRuns
    from .runs.runs import AsyncRunsWithRawResponse as AsyncRunsWithRawResponse
    from .runs.runs import AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse
    from .runs.steps import AsyncSteps as AsyncSteps
    from .runs.steps import AsyncStepsWithRawResponse as AsyncStepsWithRawResponse
    from .runs.steps import AsyncStepsWithStreamingResponse as AsyncStepsWithStreamingResponse
    from .threads import AsyncThreads as AsyncThreads
    from .threads import AsyncThreadsWithRawResponse as AsyncThreadsWithRawResponse
    from .threads import AsyncThreadsWithStreamingResponse as AsyncThreadsWithStreamingResponse
    from .messages import Messages as Messages
    from .messages import MessagesWithRawResponse as MessagesWithRawResponse
    from .messages import MessagesWithStreamingResponse as MessagesWithStreamingResponse
    from .runs.runs import Runs as Runs
    from .runs.runs import RunsWithRawResponse as RunsWithRawResponse
    from .runs.runs import RunsWithStreamingResponse as RunsWithStreamingResponse
    from .runs.steps import Steps as Steps
    from .runs.steps import StepsWithRawResponse as StepsWithRawResponse
    from .runs.steps import StepsWithStreamingResponse as StepsWithStreamingResponse
    from .threads import Threads as Threads
    from .threads import ThreadsWithRawResponse as ThreadsWithRawResponse
    from .threads import ThreadsWithStreamingResponse as ThreadsWithStreamingResponse

__all__ = [
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "AsyncSteps",
    "AsyncStepsWithRawResponse",
    "AsyncStepsWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "Steps",
    "StepsWithRawResponse",
    "StepsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncMessages": ".messages",
    "AsyncMessagesWithRawResponse": ".messages",
    "AsyncMessagesWithStreamingResponse": ".messages",
    "AsyncRuns": ".runs.runs",
    "AsyncRunsWithRawResponse": ".runs.runs",
    "AsyncRunsWithStreamingResponse": ".runs.runs",
    "AsyncSteps": ".runs.steps",
    "AsyncStepsWithRawResponse": ".runs.steps",
    "AsyncStepsWithStreamingResponse": ".runs.steps",
    "AsyncThreads": ".threads",
    "AsyncThreadsWithRawResponse": ".threads",
    "AsyncThreadsWithStreamingResponse": ".threads",
    "Messages": ".messages",
    "MessagesWithRawResponse": ".messages",
    "MessagesWithStreamingResponse": ".messages",
    "Runs": ".runs.runs",
    "RunsWithRawResponse": ".runs.runs",
    "RunsWithStreamingResponse": ".runs.runs",
    "Steps": ".runs.steps",
    "StepsWithRawResponse": ".runs.steps",
    "StepsWithStreamingResponse": ".runs.steps",
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
