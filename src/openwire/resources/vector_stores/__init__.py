# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .file_batches import AsyncFileBatches as AsyncFileBatches
    from .file_batches import AsyncFileBatchesWithRawResponse as AsyncFileBatchesWithRawResponse
    from .file_batches import AsyncFileBatchesWithStreamingResponse as AsyncFileBatchesWithStreamingResponse
    from .files import AsyncFiles as AsyncFiles
    from .files import AsyncFilesWithRawResponse as AsyncFilesWithRawResponse
    from .files import AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse
    from .vector_stores import AsyncVectorStores as AsyncVectorStores
    from .vector_stores import AsyncVectorStoresWithRawResponse as AsyncVectorStoresWithRawResponse
    from .vector_stores import AsyncVectorStoresWithStreamingResponse as AsyncVectorStoresWithStreamingResponse
    from .file_batches import FileBatches as FileBatches
    from .file_batches import FileBatchesWithRawResponse as FileBatchesWithRawResponse
    from .file_batches import FileBatchesWithStreamingResponse as FileBatchesWithStreamingResponse
    from .files import Files as Files
    from .files import FilesWithRawResponse as FilesWithRawResponse
    from .files import FilesWithStreamingResponse as FilesWithStreamingResponse
    from .vector_stores import VectorStores as VectorStores
    from .vector_stores import VectorStoresWithRawResponse as VectorStoresWithRawResponse
    from .vector_stores import VectorStoresWithStreamingResponse as VectorStoresWithStreamingResponse

__all__ = [
    "AsyncFileBatches",
    "AsyncFileBatchesWithRawResponse",
    "AsyncFileBatchesWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "FileBatches",
    "FileBatchesWithRawResponse",
    "FileBatchesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "VectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
]

_EXPORTS = {
    "AsyncFileBatches": ".file_batches",
    "AsyncFileBatchesWithRawResponse": ".file_batches",
    "AsyncFileBatchesWithStreamingResponse": ".file_batches",
    "AsyncFiles": ".files",
    "AsyncFilesWithRawResponse": ".files",
    "AsyncFilesWithStreamingResponse": ".files",
    "AsyncVectorStores": ".vector_stores",
    "AsyncVectorStoresWithRawResponse": ".vector_stores",
    "AsyncVectorStoresWithStreamingResponse": ".vector_stores",
    "FileBatches": ".file_batches",
    "FileBatchesWithRawResponse": ".file_batches",
    "FileBatchesWithStreamingResponse": ".file_batches",
    "Files": ".files",
    "FilesWithRawResponse": ".files",
    "FilesWithStreamingResponse": ".files",
    "VectorStores": ".vector_stores",
    "VectorStoresWithRawResponse": ".vector_stores",
    "VectorStoresWithStreamingResponse": ".vector_stores",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
