# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ....._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ....._options import make_request_options, path_param
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ....._types import not_given, omit
from .....pagination import AsyncNextCursorPage, SyncNextCursorPage
from .....types.admin.organization.users.role_create_response import RoleCreateResponse
from .....types.admin.organization.users.role_delete_response import RoleDeleteResponse
from .....types.admin.organization.users.role_list_response import RoleListResponse
from .....types.admin.organization.users.role_retrieve_response import RoleRetrieveResponse

if TYPE_CHECKING:
    import httpx
    from ....._async.paginator import AsyncPaginator
    from ....._types import Body, Headers, NotGiven, Omit, Query

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
        user_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleCreateResponse:
        """`POST /organization/users/{user_id}/roles`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        body = {"role_id": role_id}
        response: RoleCreateResponse = self._post(
            f"/organization/users/{path_param(user_id)}/roles",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=RoleCreateResponse,
        )
        return response

    def delete(
        self,
        role_id: str,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """`DELETE /organization/users/{user_id}/roles/{role_id}`."""
        if not role_id:
            raise ValueError(f"Expected a non-empty value for `role_id` but received {role_id!r}")
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        response: RoleDeleteResponse = self._delete(
            f"/organization/users/{path_param(user_id)}/roles/{path_param(role_id)}",
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
        user_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[RoleListResponse]:
        """`GET /organization/users/{user_id}/roles`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        return self._get_api_list(
            f"/organization/users/{path_param(user_id)}/roles",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=SyncNextCursorPage[RoleListResponse],
            model=RoleListResponse,
        )

    def retrieve(
        self,
        role_id: str,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleRetrieveResponse:
        """`GET /organization/users/{user_id}/roles/{role_id}`."""
        if not role_id:
            raise ValueError(f"Expected a non-empty value for `role_id` but received {role_id!r}")
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        response: RoleRetrieveResponse = self._get(
            f"/organization/users/{path_param(user_id)}/roles/{path_param(role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=RoleRetrieveResponse,
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
        user_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleCreateResponse:
        """`POST /organization/users/{user_id}/roles`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        body = {"role_id": role_id}
        response: RoleCreateResponse = await self._post(
            f"/organization/users/{path_param(user_id)}/roles",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=RoleCreateResponse,
        )
        return response

    async def delete(
        self,
        role_id: str,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """`DELETE /organization/users/{user_id}/roles/{role_id}`."""
        if not role_id:
            raise ValueError(f"Expected a non-empty value for `role_id` but received {role_id!r}")
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        response: RoleDeleteResponse = await self._delete(
            f"/organization/users/{path_param(user_id)}/roles/{path_param(role_id)}",
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
        user_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[RoleListResponse, AsyncNextCursorPage[RoleListResponse]]:
        """`GET /organization/users/{user_id}/roles`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        return self._get_api_list(
            f"/organization/users/{path_param(user_id)}/roles",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncNextCursorPage[RoleListResponse],
            model=RoleListResponse,
        )

    async def retrieve(
        self,
        role_id: str,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RoleRetrieveResponse:
        """`GET /organization/users/{user_id}/roles/{role_id}`."""
        if not role_id:
            raise ValueError(f"Expected a non-empty value for `role_id` but received {role_id!r}")
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        response: RoleRetrieveResponse = await self._get(
            f"/organization/users/{path_param(user_id)}/roles/{path_param(role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=RoleRetrieveResponse,
        )
        return response


class RolesWithRawResponse:
    def __init__(self, roles: Roles) -> None:
        self._roles = roles
        self.create = to_raw_response_wrapper(roles.create)
        self.delete = to_raw_response_wrapper(roles.delete)
        self.list = to_raw_response_wrapper(roles.list)
        self.retrieve = to_raw_response_wrapper(roles.retrieve)


class RolesWithStreamingResponse:
    def __init__(self, roles: Roles) -> None:
        self._roles = roles
        self.create = to_streamed_response_wrapper(roles.create)
        self.delete = to_streamed_response_wrapper(roles.delete)
        self.list = to_streamed_response_wrapper(roles.list)
        self.retrieve = to_streamed_response_wrapper(roles.retrieve)


class AsyncRolesWithRawResponse:
    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles
        self.create = async_to_raw_response_wrapper(roles.create)
        self.delete = async_to_raw_response_wrapper(roles.delete)
        self.list = async_to_raw_response_wrapper(roles.list)
        self.retrieve = async_to_raw_response_wrapper(roles.retrieve)


class AsyncRolesWithStreamingResponse:
    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles
        self.create = async_to_streamed_response_wrapper(roles.create)
        self.delete = async_to_streamed_response_wrapper(roles.delete)
        self.list = async_to_streamed_response_wrapper(roles.list)
        self.retrieve = async_to_streamed_response_wrapper(roles.retrieve)
