# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .containers import AsyncContainers as AsyncContainers
    from .containers import AsyncContainersWithRawResponse as AsyncContainersWithRawResponse
    from .containers import AsyncContainersWithStreamingResponse as AsyncContainersWithStreamingResponse
    from .files.content import AsyncContent as AsyncContent
    from .files.content import AsyncContentWithRawResponse as AsyncContentWithRawResponse
    from .files.content import AsyncContentWithStreamingResponse as AsyncContentWithStreamingResponse
    from .files.files import AsyncFiles as AsyncFiles
    from .files.files import AsyncFilesWithRawResponse as AsyncFilesWithRawResponse
    from .files.files import AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse
    from .containers import Containers as Containers
    from .containers import ContainersWithRawResponse as ContainersWithRawResponse
    from .containers import ContainersWithStreamingResponse as ContainersWithStreamingResponse
    from .files.content import Content as Content
    from .files.content import ContentWithRawResponse as ContentWithRawResponse
    from .files.content import ContentWithStreamingResponse as ContentWithStreamingResponse
    from .files.files import Files as Files
    from .files.files import FilesWithRawResponse as FilesWithRawResponse
    from .files.files import FilesWithStreamingResponse as FilesWithStreamingResponse

__all__ = [
    "AsyncContainers",
    "AsyncContainersWithRawResponse",
    "AsyncContainersWithStreamingResponse",
    "AsyncContent",
    "AsyncContentWithRawResponse",
    "AsyncContentWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Containers",
    "ContainersWithRawResponse",
    "ContainersWithStreamingResponse",
    "Content",
    "ContentWithRawResponse",
    "ContentWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]

_EXPORTS = {
    "AsyncContainers": ".containers",
    "AsyncContainersWithRawResponse": ".containers",
    "AsyncContainersWithStreamingResponse": ".containers",
    "AsyncContent": ".files.content",
    "AsyncContentWithRawResponse": ".files.content",
    "AsyncContentWithStreamingResponse": ".files.content",
    "AsyncFiles": ".files.files",
    "AsyncFilesWithRawResponse": ".files.files",
    "AsyncFilesWithStreamingResponse": ".files.files",
    "Containers": ".containers",
    "ContainersWithRawResponse": ".containers",
    "ContainersWithStreamingResponse": ".containers",
    "Content": ".files.content",
    "ContentWithRawResponse": ".files.content",
    "ContentWithStreamingResponse": ".files.content",
    "Files": ".files.files",
    "FilesWithRawResponse": ".files.files",
    "FilesWithStreamingResponse": ".files.files",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
