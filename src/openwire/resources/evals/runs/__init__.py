# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .output_items import AsyncOutputItems as AsyncOutputItems
    from .output_items import AsyncOutputItemsWithRawResponse as AsyncOutputItemsWithRawResponse
    from .output_items import AsyncOutputItemsWithStreamingResponse as AsyncOutputItemsWithStreamingResponse
    from .runs import AsyncRuns as AsyncRuns
    from .runs import AsyncRunsWithRawResponse as AsyncRunsWithRawResponse
    from .runs import AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse
    from .output_items import OutputItems as OutputItems
    from .output_items import OutputItemsWithRawResponse as OutputItemsWithRawResponse
    from .output_items import OutputItemsWithStreamingResponse as OutputItemsWithStreamingResponse
    from .runs import Runs as Runs
    from .runs import RunsWithRawResponse as RunsWithRawResponse
    from .runs import RunsWithStreamingResponse as RunsWithStreamingResponse

__all__ = [
    "AsyncOutputItems",
    "AsyncOutputItemsWithRawResponse",
    "AsyncOutputItemsWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "OutputItems",
    "OutputItemsWithRawResponse",
    "OutputItemsWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncOutputItems": ".output_items",
    "AsyncOutputItemsWithRawResponse": ".output_items",
    "AsyncOutputItemsWithStreamingResponse": ".output_items",
    "AsyncRuns": ".runs",
    "AsyncRunsWithRawResponse": ".runs",
    "AsyncRunsWithStreamingResponse": ".runs",
    "OutputItems": ".output_items",
    "OutputItemsWithRawResponse": ".output_items",
    "OutputItemsWithStreamingResponse": ".output_items",
    "Runs": ".runs",
    "RunsWithRawResponse": ".runs",
    "RunsWithStreamingResponse": ".runs",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
