# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .runs import AsyncRuns as AsyncRuns
    from .runs import AsyncRunsWithRawResponse as AsyncRunsWithRawResponse
    from .runs import AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse
    from .steps import AsyncSteps as AsyncSteps
    from .steps import AsyncStepsWithRawResponse as AsyncStepsWithRawResponse
    from .steps import AsyncStepsWithStreamingResponse as AsyncStepsWithStreamingResponse
    from .runs import Runs as Runs
    from .runs import RunsWithRawResponse as RunsWithRawResponse
    from .runs import RunsWithStreamingResponse as RunsWithStreamingResponse
    from .steps import Steps as Steps
    from .steps import StepsWithRawResponse as StepsWithRawResponse
    from .steps import StepsWithStreamingResponse as StepsWithStreamingResponse

__all__ = [
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "AsyncSteps",
    "AsyncStepsWithRawResponse",
    "AsyncStepsWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "Steps",
    "StepsWithRawResponse",
    "StepsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncRuns": ".runs",
    "AsyncRunsWithRawResponse": ".runs",
    "AsyncRunsWithStreamingResponse": ".runs",
    "AsyncSteps": ".steps",
    "AsyncStepsWithRawResponse": ".steps",
    "AsyncStepsWithStreamingResponse": ".steps",
    "Runs": ".runs",
    "RunsWithRawResponse": ".runs",
    "RunsWithStreamingResponse": ".runs",
    "Steps": ".steps",
    "StepsWithRawResponse": ".steps",
    "StepsWithStreamingResponse": ".steps",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
