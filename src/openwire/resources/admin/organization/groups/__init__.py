# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .groups import AsyncGroups as AsyncGroups
    from .groups import AsyncGroupsWithRawResponse as AsyncGroupsWithRawResponse
    from .groups import AsyncGroupsWithStreamingResponse as AsyncGroupsWithStreamingResponse
    from .roles import AsyncRoles as AsyncRoles
    from .roles import AsyncRolesWithRawResponse as AsyncRolesWithRawResponse
    from .roles import AsyncRolesWithStreamingResponse as AsyncRolesWithStreamingResponse
    from .users import AsyncUsers as AsyncUsers
    from .users import AsyncUsersWithRawResponse as AsyncUsersWithRawResponse
    from .users import AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse
    from .groups import Groups as Groups
    from .groups import GroupsWithRawResponse as GroupsWithRawResponse
    from .groups import GroupsWithStreamingResponse as GroupsWithStreamingResponse
    from .roles import Roles as Roles
    from .roles import RolesWithRawResponse as RolesWithRawResponse
    from .roles import RolesWithStreamingResponse as RolesWithStreamingResponse
    from .users import Users as Users
    from .users import UsersWithRawResponse as UsersWithRawResponse
    from .users import UsersWithStreamingResponse as UsersWithStreamingResponse

__all__ = [
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "AsyncGroupsWithStreamingResponse",
    "AsyncRoles",
    "AsyncRolesWithRawResponse",
    "AsyncRolesWithStreamingResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "Groups",
    "GroupsWithRawResponse",
    "GroupsWithStreamingResponse",
    "Roles",
    "RolesWithRawResponse",
    "RolesWithStreamingResponse",
    "Users",
    "UsersWithRawResponse",
    "UsersWithStreamingResponse",
]

_EXPORTS = {
    "AsyncGroups": ".groups",
    "AsyncGroupsWithRawResponse": ".groups",
    "AsyncGroupsWithStreamingResponse": ".groups",
    "AsyncRoles": ".roles",
    "AsyncRolesWithRawResponse": ".roles",
    "AsyncRolesWithStreamingResponse": ".roles",
    "AsyncUsers": ".users",
    "AsyncUsersWithRawResponse": ".users",
    "AsyncUsersWithStreamingResponse": ".users",
    "Groups": ".groups",
    "GroupsWithRawResponse": ".groups",
    "GroupsWithStreamingResponse": ".groups",
    "Roles": ".roles",
    "RolesWithRawResponse": ".roles",
    "RolesWithStreamingResponse": ".roles",
    "Users": ".users",
    "UsersWithRawResponse": ".users",
    "UsersWithStreamingResponse": ".users",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
