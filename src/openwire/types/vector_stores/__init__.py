# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .file_batch_create_params import FileBatchCreateParams as FileBatchCreateParams
    from .file_batch_list_files_params import FileBatchListFilesParams as FileBatchListFilesParams
    from .file_content_response import FileContentResponse as FileContentResponse
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_list_params import FileListParams as FileListParams
    from .file_update_params import FileUpdateParams as FileUpdateParams
    from .vector_store_file import VectorStoreFile as VectorStoreFile
    from .vector_store_file_batch import VectorStoreFileBatch as VectorStoreFileBatch
    from .vector_store_file_deleted import VectorStoreFileDeleted as VectorStoreFileDeleted

__all__ = [
    "FileBatchCreateParams",
    "FileBatchListFilesParams",
    "FileContentResponse",
    "FileCreateParams",
    "FileListParams",
    "FileUpdateParams",
    "VectorStoreFile",
    "VectorStoreFileBatch",
    "VectorStoreFileDeleted",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "FileBatchCreateParams": ".file_batch_create_params",
    "FileBatchListFilesParams": ".file_batch_list_files_params",
    "FileContentResponse": ".file_content_response",
    "FileCreateParams": ".file_create_params",
    "FileListParams": ".file_list_params",
    "FileUpdateParams": ".file_update_params",
    "VectorStoreFile": ".vector_store_file",
    "VectorStoreFileBatch": ".vector_store_file_batch",
    "VectorStoreFileDeleted": ".vector_store_file_deleted",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "file_batch_create_params",
        "file_batch_list_files_params",
        "file_content_response",
        "file_create_params",
        "file_list_params",
        "file_update_params",
        "vector_store_file",
        "vector_store_file_batch",
        "vector_store_file_deleted",
    }
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is not None:
            value = getattr(importlib.import_module(source, __name__), name)
            globals()[name] = value
            return value
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
