# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .role_create_params import RoleCreateParams as RoleCreateParams
    from .role_create_response import RoleCreateResponse as RoleCreateResponse
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .role_list_params import RoleListParams as RoleListParams
    from .role_list_response import RoleListResponse as RoleListResponse
    from .role_retrieve_response import RoleRetrieveResponse as RoleRetrieveResponse

__all__ = [
    "RoleCreateParams",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListParams",
    "RoleListResponse",
    "RoleRetrieveResponse",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "RoleCreateParams": ".role_create_params",
    "RoleCreateResponse": ".role_create_response",
    "RoleDeleteResponse": ".role_delete_response",
    "RoleListParams": ".role_list_params",
    "RoleListResponse": ".role_list_response",
    "RoleRetrieveResponse": ".role_retrieve_response",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "role_create_params",
        "role_create_response",
        "role_delete_response",
        "role_list_params",
        "role_list_response",
        "role_retrieve_response",
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
