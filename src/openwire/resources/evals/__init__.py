# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .evals import AsyncEvals as AsyncEvals
    from .evals import AsyncEvalsWithRawResponse as AsyncEvalsWithRawResponse
    from .evals import AsyncEvalsWithStreamingResponse as AsyncEvalsWithStreamingResponse
    from .runs.output_items import AsyncOutputItems as AsyncOutputItems
    from .runs.output_items import AsyncOutputItemsWithRawResponse as AsyncOutputItemsWithRawResponse
    from .runs.output_items import AsyncOutputItemsWithStreamingResponse as AsyncOutputItemsWithStreamingResponse
    from .runs.runs import AsyncRuns as AsyncRuns
    from .runs.runs import AsyncRunsWithRawResponse as AsyncRunsWithRawResponse
    from .runs.runs import AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse
    from .evals import Evals as Evals
    from .evals import EvalsWithRawResponse as EvalsWithRawResponse
    from .evals import EvalsWithStreamingResponse as EvalsWithStreamingResponse
    from .runs.output_items import OutputItems as OutputItems
    from .runs.output_items import OutputItemsWithRawResponse as OutputItemsWithRawResponse
    from .runs.output_items import OutputItemsWithStreamingResponse as OutputItemsWithStreamingResponse
    from .runs.runs import Runs as Runs
    from .runs.runs import RunsWithRawResponse as RunsWithRawResponse
    from .runs.runs import RunsWithStreamingResponse as RunsWithStreamingResponse

__all__ = [
    "AsyncEvals",
    "AsyncEvalsWithRawResponse",
    "AsyncEvalsWithStreamingResponse",
    "AsyncOutputItems",
    "AsyncOutputItemsWithRawResponse",
    "AsyncOutputItemsWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "Evals",
    "EvalsWithRawResponse",
    "EvalsWithStreamingResponse",
    "OutputItems",
    "OutputItemsWithRawResponse",
    "OutputItemsWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncEvals": ".evals",
    "AsyncEvalsWithRawResponse": ".evals",
    "AsyncEvalsWithStreamingResponse": ".evals",
    "AsyncOutputItems": ".runs.output_items",
    "AsyncOutputItemsWithRawResponse": ".runs.output_items",
    "AsyncOutputItemsWithStreamingResponse": ".runs.output_items",
    "AsyncRuns": ".runs.runs",
    "AsyncRunsWithRawResponse": ".runs.runs",
    "AsyncRunsWithStreamingResponse": ".runs.runs",
    "Evals": ".evals",
    "EvalsWithRawResponse": ".evals",
    "EvalsWithStreamingResponse": ".evals",
    "OutputItems": ".runs.output_items",
    "OutputItemsWithRawResponse": ".runs.output_items",
    "OutputItemsWithStreamingResponse": ".runs.output_items",
    "Runs": ".runs.runs",
    "RunsWithRawResponse": ".runs.runs",
    "RunsWithStreamingResponse": ".runs.runs",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
