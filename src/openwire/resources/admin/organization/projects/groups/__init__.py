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
    from .groups import Groups as Groups
    from .groups import GroupsWithRawResponse as GroupsWithRawResponse
    from .groups import GroupsWithStreamingResponse as GroupsWithStreamingResponse
    from .roles import Roles as Roles
    from .roles import RolesWithRawResponse as RolesWithRawResponse
    from .roles import RolesWithStreamingResponse as RolesWithStreamingResponse

__all__ = [
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "AsyncGroupsWithStreamingResponse",
    "AsyncRoles",
    "AsyncRolesWithRawResponse",
    "AsyncRolesWithStreamingResponse",
    "Groups",
    "GroupsWithRawResponse",
    "GroupsWithStreamingResponse",
    "Roles",
    "RolesWithRawResponse",
    "RolesWithStreamingResponse",
]

_EXPORTS = {
    "AsyncGroups": ".groups",
    "AsyncGroupsWithRawResponse": ".groups",
    "AsyncGroupsWithStreamingResponse": ".groups",
    "AsyncRoles": ".roles",
    "AsyncRolesWithRawResponse": ".roles",
    "AsyncRolesWithStreamingResponse": ".roles",
    "Groups": ".groups",
    "GroupsWithRawResponse": ".groups",
    "GroupsWithStreamingResponse": ".groups",
    "Roles": ".roles",
    "RolesWithRawResponse": ".roles",
    "RolesWithStreamingResponse": ".roles",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
