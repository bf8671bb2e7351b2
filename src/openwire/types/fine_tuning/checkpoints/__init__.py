# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .permission_create_params import PermissionCreateParams as PermissionCreateParams
    from .permission_create_response import PermissionCreateResponse as PermissionCreateResponse
    from .permission_delete_response import PermissionDeleteResponse as PermissionDeleteResponse
    from .permission_list_params import PermissionListParams as PermissionListParams
    from .permission_list_response import PermissionListResponse as PermissionListResponse
    from .permission_retrieve_params import PermissionRetrieveParams as PermissionRetrieveParams
    from .permission_retrieve_response import PermissionRetrieveResponse as PermissionRetrieveResponse

__all__ = [
    "PermissionCreateParams",
    "PermissionCreateResponse",
    "PermissionDeleteResponse",
    "PermissionListParams",
    "PermissionListResponse",
    "PermissionRetrieveParams",
    "PermissionRetrieveResponse",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "PermissionCreateParams": ".permission_create_params",
    "PermissionCreateResponse": ".permission_create_response",
    "PermissionDeleteResponse": ".permission_delete_response",
    "PermissionListParams": ".permission_list_params",
    "PermissionListResponse": ".permission_list_response",
    "PermissionRetrieveParams": ".permission_retrieve_params",
    "PermissionRetrieveResponse": ".permission_retrieve_response",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "permission_create_params",
        "permission_create_response",
        "permission_delete_response",
        "permission_list_params",
        "permission_list_response",
        "permission_retrieve_params",
        "permission_retrieve_response",
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
