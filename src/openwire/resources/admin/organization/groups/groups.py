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
from .....types.admin.organization.group import Group
from .....types.admin.organization.group_delete_response import GroupDeleteResponse
from .....types.admin.organization.group_update_response import GroupUpdateResponse

if TYPE_CHECKING:
    import httpx
    from ....._async.paginator import AsyncPaginator
    from ....._types import Body, Headers, NotGiven, Omit, Query
    from .roles import (
        AsyncRoles,
        AsyncRolesWithRawResponse,
        AsyncRolesWithStreamingResponse,
        Roles,
        RolesWithRawResponse,
        RolesWithStreamingResponse,
    )
    from .users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        AsyncUsersWithStreamingResponse,
        Users,
        UsersWithRawResponse,
        UsersWithStreamingResponse,
    )

__all__ = ["Groups", "AsyncGroups"]


class Groups(SyncAPIResource):
    @cached_property
    def roles(self) -> Roles:
        from .roles import Roles

        return Roles(self._client)

    @cached_property
    def users(self) -> Users:
        from .users import Users

        return Users(self._client)

    @cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        return GroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GroupsWithStreamingResponse:
        return GroupsWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Group:
        """`POST /organization/groups`."""
        body = {"name": name}
        response: Group = self._post(
            "/organization/groups",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Group,
        )
        return response

    def delete(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """`DELETE /organization/groups/{group_id}`."""
        if not group_id:
            raise ValueError(f"Expected a non-empty value for `group_id` but received {group_id!r}")
        response: GroupDeleteResponse = self._delete(
            f"/organization/groups/{path_param(group_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=GroupDeleteResponse,
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
    ) -> SyncNextCursorPage[Group]:
        """`GET /organization/groups`."""
        return self._get_api_list(
            "/organization/groups",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=SyncNextCursorPage[Group],
            model=Group,
        )

    def retrieve(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Group:
        """`GET /organization/groups/{group_id}`."""
        if not group_id:
            raise ValueError(f"Expected a non-empty value for `group_id` but received {group_id!r}")
        response: Group = self._get(
            f"/organization/groups/{path_param(group_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Group,
        )
        return response

    def update(
        self,
        group_id: str,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupUpdateResponse:
        """`POST /organization/groups/{group_id}`."""
        if not group_id:
            raise ValueError(f"Expected a non-empty value for `group_id` but received {group_id!r}")
        body = {"name": name}
        response: GroupUpdateResponse = self._post(
            f"/organization/groups/{path_param(group_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=GroupUpdateResponse,
        )
        return response


class AsyncGroups(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncRoles:
        from .roles import AsyncRoles

        return AsyncRoles(self._client)

    @cached_property
    def users(self) -> AsyncUsers:
        from .users import AsyncUsers

        return AsyncUsers(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        return AsyncGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGroupsWithStreamingResponse:
        return AsyncGroupsWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Group:
        """`POST /organization/groups`."""
        body = {"name": name}
        response: Group = await self._post(
            "/organization/groups",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Group,
        )
        return response

    async def delete(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """`DELETE /organization/groups/{group_id}`."""
        if not group_id:
            raise ValueError(f"Expected a non-empty value for `group_id` but received {group_id!r}")
        response: GroupDeleteResponse = await self._delete(
            f"/organization/groups/{path_param(group_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=GroupDeleteResponse,
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
    ) -> AsyncPaginator[Group, AsyncNextCursorPage[Group]]:
        """`GET /organization/groups`."""
        return self._get_api_list(
            "/organization/groups",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncNextCursorPage[Group],
            model=Group,
        )

    async def retrieve(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Group:
        """`GET /organization/groups/{group_id}`."""
        if not group_id:
            raise ValueError(f"Expected a non-empty value for `group_id` but received {group_id!r}")
        response: Group = await self._get(
            f"/organization/groups/{path_param(group_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Group,
        )
        return response

    async def update(
        self,
        group_id: str,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupUpdateResponse:
        """`POST /organization/groups/{group_id}`."""
        if not group_id:
            raise ValueError(f"Expected a non-empty value for `group_id` but received {group_id!r}")
        body = {"name": name}
        response: GroupUpdateResponse = await self._post(
            f"/organization/groups/{path_param(group_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=GroupUpdateResponse,
        )
        return response


class GroupsWithRawResponse:
    def __init__(self, groups: Groups) -> None:
        self._groups = groups
        self.create = to_raw_response_wrapper(groups.create)
        self.delete = to_raw_response_wrapper(groups.delete)
        self.list = to_raw_response_wrapper(groups.list)
        self.retrieve = to_raw_response_wrapper(groups.retrieve)
        self.update = to_raw_response_wrapper(groups.update)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from .roles import RolesWithRawResponse

        return RolesWithRawResponse(self._groups.roles)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from .users import UsersWithRawResponse

        return UsersWithRawResponse(self._groups.users)


class GroupsWithStreamingResponse:
    def __init__(self, groups: Groups) -> None:
        self._groups = groups
        self.create = to_streamed_response_wrapper(groups.create)
        self.delete = to_streamed_response_wrapper(groups.delete)
        self.list = to_streamed_response_wrapper(groups.list)
        self.retrieve = to_streamed_response_wrapper(groups.retrieve)
        self.update = to_streamed_response_wrapper(groups.update)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from .roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._groups.roles)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        from .users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._groups.users)


class AsyncGroupsWithRawResponse:
    def __init__(self, groups: AsyncGroups) -> None:
        self._groups = groups
        self.create = async_to_raw_response_wrapper(groups.create)
        self.delete = async_to_raw_response_wrapper(groups.delete)
        self.list = async_to_raw_response_wrapper(groups.list)
        self.retrieve = async_to_raw_response_wrapper(groups.retrieve)
        self.update = async_to_raw_response_wrapper(groups.update)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from .roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._groups.roles)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from .users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._groups.users)


class AsyncGroupsWithStreamingResponse:
    def __init__(self, groups: AsyncGroups) -> None:
        self._groups = groups
        self.create = async_to_streamed_response_wrapper(groups.create)
        self.delete = async_to_streamed_response_wrapper(groups.delete)
        self.list = async_to_streamed_response_wrapper(groups.list)
        self.retrieve = async_to_streamed_response_wrapper(groups.retrieve)
        self.update = async_to_streamed_response_wrapper(groups.update)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from .roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._groups.roles)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        from .users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._groups.users)
