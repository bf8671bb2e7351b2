# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .content import AsyncContent as AsyncContent
    from .content import AsyncContentWithRawResponse as AsyncContentWithRawResponse
    from .content import AsyncContentWithStreamingResponse as AsyncContentWithStreamingResponse
    from .versions import AsyncVersions as AsyncVersions
    from .versions import AsyncVersionsWithRawResponse as AsyncVersionsWithRawResponse
    from .versions import AsyncVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse
    from .content import Content as Content
    from .content import ContentWithRawResponse as ContentWithRawResponse
    from .content import ContentWithStreamingResponse as ContentWithStreamingResponse
    from .versions import Versions as Versions
    from .versions import VersionsWithRawResponse as VersionsWithRawResponse
    from .versions import VersionsWithStreamingResponse as VersionsWithStreamingResponse

__all__ = [
    "AsyncContent",
    "AsyncContentWithRawResponse",
    "AsyncContentWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Content",
    "ContentWithRawResponse",
    "ContentWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncContent": ".content",
    "AsyncContentWithRawResponse": ".content",
    "AsyncContentWithStreamingResponse": ".content",
    "AsyncVersions": ".versions",
    "AsyncVersionsWithRawResponse": ".versions",
    "AsyncVersionsWithStreamingResponse": ".versions",
    "Content": ".content",
    "ContentWithRawResponse": ".content",
    "ContentWithStreamingResponse": ".content",
    "Versions": ".versions",
    "VersionsWithRawResponse": ".versions",
    "VersionsWithStreamingResponse": ".versions",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
