# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alpha import Alpha as Alpha
    from .alpha import AlphaWithRawResponse as AlphaWithRawResponse
    from .alpha import AlphaWithStreamingResponse as AlphaWithStreamingResponse
    from .alpha import AsyncAlpha as AsyncAlpha
    from .alpha import AsyncAlphaWithRawResponse as AsyncAlphaWithRawResponse
    from .alpha import AsyncAlphaWithStreamingResponse as AsyncAlphaWithStreamingResponse
    from .graders import AsyncGraders as AsyncGraders
    from .graders import AsyncGradersWithRawResponse as AsyncGradersWithRawResponse
    from .graders import AsyncGradersWithStreamingResponse as AsyncGradersWithStreamingResponse
    from .graders import Graders as Graders
    from .graders import GradersWithRawResponse as GradersWithRawResponse
    from .graders import GradersWithStreamingResponse as GradersWithStreamingResponse

__all__ = [
    "Alpha",
    "AlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlpha",
    "AsyncAlphaWithRawResponse",
    "AsyncAlphaWithStreamingResponse",
    "AsyncGraders",
    "AsyncGradersWithRawResponse",
    "AsyncGradersWithStreamingResponse",
    "Graders",
    "GradersWithRawResponse",
    "GradersWithStreamingResponse",
]

_EXPORTS = {
    "Alpha": ".alpha",
    "AlphaWithRawResponse": ".alpha",
    "AlphaWithStreamingResponse": ".alpha",
    "AsyncAlpha": ".alpha",
    "AsyncAlphaWithRawResponse": ".alpha",
    "AsyncAlphaWithStreamingResponse": ".alpha",
    "AsyncGraders": ".graders",
    "AsyncGradersWithRawResponse": ".graders",
    "AsyncGradersWithStreamingResponse": ".graders",
    "Graders": ".graders",
    "GradersWithRawResponse": ".graders",
    "GradersWithStreamingResponse": ".graders",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
