# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .organization_group_user import OrganizationGroupUser as OrganizationGroupUser
    from .role_create_params import RoleCreateParams as RoleCreateParams
    from .role_create_response import RoleCreateResponse as RoleCreateResponse
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .role_list_params import RoleListParams as RoleListParams
    from .role_list_response import RoleListResponse as RoleListResponse
    from .role_retrieve_response import RoleRetrieveResponse as RoleRetrieveResponse
    from .user_create_params import UserCreateParams as UserCreateParams
    from .user_create_response import UserCreateResponse as UserCreateResponse
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .user_list_params import UserListParams as UserListParams
    from .user_retrieve_response import UserRetrieveResponse as UserRetrieveResponse

__all__ = [
    "OrganizationGroupUser",
    "RoleCreateParams",
    "RoleCreateResponse",
    "RoleDeleteResponse",
    "RoleListParams",
    "RoleListResponse",
    "RoleRetrieveResponse",
    "UserCreateParams",
    "UserCreateResponse",
    "UserDeleteResponse",
    "UserListParams",
    "UserRetrieveResponse",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "OrganizationGroupUser": ".organization_group_user",
    "RoleCreateParams": ".role_create_params",
    "RoleCreateResponse": ".role_create_response",
    "RoleDeleteResponse": ".role_delete_response",
    "RoleListParams": ".role_list_params",
    "RoleListResponse": ".role_list_response",
    "RoleRetrieveResponse": ".role_retrieve_response",
    "UserCreateParams": ".user_create_params",
    "UserCreateResponse": ".user_create_response",
    "UserDeleteResponse": ".user_delete_response",
    "UserListParams": ".user_list_params",
    "UserRetrieveResponse": ".user_retrieve_response",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "organization_group_user",
        "role_create_params",
        "role_create_response",
        "role_delete_response",
        "role_list_params",
        "role_list_response",
        "role_retrieve_response",
        "user_create_params",
        "user_create_response",
        "user_delete_response",
        "user_list_params",
        "user_retrieve_response",
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
