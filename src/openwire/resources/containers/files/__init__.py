# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .content import AsyncContent as AsyncContent
    from .content import AsyncContentWithRawResponse as AsyncContentWithRawResponse
    from .content import AsyncContentWithStreamingResponse as AsyncContentWithStreamingResponse
    from .files import AsyncFiles as AsyncFiles
    from .files import AsyncFilesWithRawResponse as AsyncFilesWithRawResponse
    from .files import AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse
    from .content import Content as Content
    from .content import ContentWithRawResponse as ContentWithRawResponse
    from .content import ContentWithStreamingResponse as ContentWithStreamingResponse
    from .files import Files as Files
    from .files import FilesWithRawResponse as FilesWithRawResponse
    from .files import FilesWithStreamingResponse as FilesWithStreamingResponse

__all__ = [
    "AsyncContent",
    "AsyncContentWithRawResponse",
    "AsyncContentWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Content",
    "ContentWithRawResponse",
    "ContentWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]

_EXPORTS = {
    "AsyncContent": ".content",
    "AsyncContentWithRawResponse": ".content",
    "AsyncContentWithStreamingResponse": ".content",
    "AsyncFiles": ".files",
    "AsyncFilesWithRawResponse": ".files",
    "AsyncFilesWithStreamingResponse": ".files",
    "Content": ".content",
    "ContentWithRawResponse": ".content",
    "ContentWithStreamingResponse": ".content",
    "Files": ".files",
    "FilesWithRawResponse": ".files",
    "FilesWithStreamingResponse": ".files",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
