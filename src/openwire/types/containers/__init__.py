# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_create_response import FileCreateResponse as FileCreateResponse
    from .file_list_params import FileListParams as FileListParams
    from .file_list_response import FileListResponse as FileListResponse
    from .file_retrieve_response import FileRetrieveResponse as FileRetrieveResponse

__all__ = ["FileCreateParams", "FileCreateResponse", "FileListParams", "FileListResponse", "FileRetrieveResponse"]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "FileCreateParams": ".file_create_params",
    "FileCreateResponse": ".file_create_response",
    "FileListParams": ".file_list_params",
    "FileListResponse": ".file_list_response",
    "FileRetrieveResponse": ".file_retrieve_response",
}
_SUBMODULES: frozenset[str] = frozenset(
    {"file_create_params", "file_create_response", "file_list_params", "file_list_response", "file_retrieve_response"}
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
