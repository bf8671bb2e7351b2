# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncNextCursorPage, SyncNextCursorPage
from ....types.admin.organization.role import Role
from ....types.admin.organization.role_delete_response import RoleDeleteResponse

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr

__all__ = ["Roles", "AsyncRoles"]


class Roles(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RolesWithRawResponse:
        return RolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RolesWithStreamingResponse:
        return RolesWithStreamingResponse(self)

    def create(
        self,
        *,
        permissions: SequenceNotStr[str],
        role_name: str,
        description: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Role:
        """`POST /organization/roles`."""
        body = {"permissions": permissions, "role_name": role_name, "description": description}
        response: Role = self._post(
            "/organization/roles",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Role,
        )
        return response

    def delete(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """`DELETE /organization/roles/{role_id}`."""
        if not role_id:
            raise ValueError(f"Expected a non-empty value for `role_id` but received {role_id!r}")
        response: RoleDeleteResponse = self._delete(
            f"/organization/roles/{path_param(role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=RoleDeleteResponse,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[Role]:
        """`GET /organization/roles`."""
        return self._get_api_list(
            "/organization/roles",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=SyncNextCursorPage[Role],
            model=Role,
        )

    def retrieve(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Role:
        """`GET /organization/roles/{role_id}`."""
        if not role_id:
            raise ValueError(f"Expected a non-empty value for `role_id` but received {role_id!r}")
        response: Role = self._get(
            f"/organization/roles/{path_param(role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Role,
        )
        return response

    def update(
        self,
        role_id: str,
        *,
        description: Optional[str] | Omit = omit,
        permissions: Optional[SequenceNotStr[str]] | Omit = omit,
        role_name: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Role:
        """`POST /organization/roles/{role_id}`."""
        if not role_id:
            raise ValueError(f"Expected a non-empty value for `role_id` but received {role_id!r}")
        body = {"description": description, "permissions": permissions, "role_name": role_name}
        response: Role = self._post(
            f"/organization/roles/{path_param(role_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Role,
        )
        return response


class AsyncRoles(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRolesWithRawResponse:
        return AsyncRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRolesWithStreamingResponse:
        return AsyncRolesWithStreamingResponse(self)

    async def create(
        self,
        *,
        permissions: SequenceNotStr[str],
        role_name: str,
        description: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Role:
        """`POST /organization/roles`."""
        body = {"permissions": permissions, "role_name": role_name, "description": description}
        response: Role = await self._post(
            "/organization/roles",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Role,
        )
        return response

    async def delete(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """`DELETE /organization/roles/{role_id}`."""
        if not role_id:
            raise ValueError(f"Expected a non-empty value for `role_id` but received {role_id!r}")
        response: RoleDeleteResponse = await self._delete(
            f"/organization/roles/{path_param(role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=RoleDeleteResponse,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Role, AsyncNextCursorPage[Role]]:
        """`GET /organization/roles`."""
        return self._get_api_list(
            "/organization/roles",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncNextCursorPage[Role],
            model=Role,
        )

    async def retrieve(
        self,
        role_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Role:
        """`GET /organization/roles/{role_id}`."""
        if not role_id:
            raise ValueError(f"Expected a non-empty value for `role_id` but received {role_id!r}")
        response: Role = await self._get(
            f"/organization/roles/{path_param(role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Role,
        )
        return response

    async def update(
        self,
        role_id: str,
        *,
        description: Optional[str] | Omit = omit,
        permissions: Optional[SequenceNotStr[str]] | Omit = omit,
        role_name: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Role:
        """`POST /organization/roles/{role_id}`."""
        if not role_id:
            raise ValueError(f"Expected a non-empty value for `role_id` but received {role_id!r}")
        body = {"description": description, "permissions": permissions, "role_name": role_name}
        response: Role = await self._post(
            f"/organization/roles/{path_param(role_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Role,
        )
        return response


class RolesWithRawResponse:
    def __init__(self, roles: Roles) -> None:
        self._roles = roles
        self.create = to_raw_response_wrapper(roles.create)
        self.delete = to_raw_response_wrapper(roles.delete)
        self.list = to_raw_response_wrapper(roles.list)
        self.retrieve = to_raw_response_wrapper(roles.retrieve)
        self.update = to_raw_response_wrapper(roles.update)


class RolesWithStreamingResponse:
    def __init__(self, roles: Roles) -> None:
        self._roles = roles
        self.create = to_streamed_response_wrapper(roles.create)
        self.delete = to_streamed_response_wrapper(roles.delete)
        self.list = to_streamed_response_wrapper(roles.list)
        self.retrieve = to_streamed_response_wrapper(roles.retrieve)
        self.update = to_streamed_response_wrapper(roles.update)


class AsyncRolesWithRawResponse:
    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles
        self.create = async_to_raw_response_wrapper(roles.create)
        self.delete = async_to_raw_response_wrapper(roles.delete)
        self.list = async_to_raw_response_wrapper(roles.list)
        self.retrieve = async_to_raw_response_wrapper(roles.retrieve)
        self.update = async_to_raw_response_wrapper(roles.update)


class AsyncRolesWithStreamingResponse:
    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles
        self.create = async_to_streamed_response_wrapper(roles.create)
        self.delete = async_to_streamed_response_wrapper(roles.delete)
        self.list = async_to_streamed_response_wrapper(roles.list)
        self.retrieve = async_to_streamed_response_wrapper(roles.retrieve)
        self.update = async_to_streamed_response_wrapper(roles.update)
