# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ......_async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ......_options import make_request_options, path_param
from ......_resource import AsyncAPIResource, SyncAPIResource
from ......_sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ......_types import not_given, omit
from ......pagination import AsyncNextCursorPage, SyncNextCursorPage
from ......types.admin.organization.projects.group_delete_response import GroupDeleteResponse
from ......types.admin.organization.projects.project_group import ProjectGroup

if TYPE_CHECKING:
    import httpx
    from ......_async.paginator import AsyncPaginator
    from ......_types import Body, Headers, NotGiven, Omit, Query
    from .roles import (
        AsyncRoles,
        AsyncRolesWithRawResponse,
        AsyncRolesWithStreamingResponse,
        Roles,
        RolesWithRawResponse,
        RolesWithStreamingResponse,
    )

__all__ = ["Groups", "AsyncGroups"]


class Groups(SyncAPIResource):
    @cached_property
    def roles(self) -> Roles:
        from .roles import Roles

        return Roles(self._client)

    @cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        return GroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GroupsWithStreamingResponse:
        return GroupsWithStreamingResponse(self)

    def create(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """`POST /organization/projects/{project_id}/groups`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"group_id": group_id, "role": role}
        response: ProjectGroup = self._post(
            f"/organization/projects/{path_param(project_id)}/groups",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectGroup,
        )
        return response

    def delete(
        self,
        group_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """`DELETE /organization/projects/{project_id}/groups/{group_id}`."""
        if not group_id:
            raise ValueError(f"Expected a non-empty value for `group_id` but received {group_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: GroupDeleteResponse = self._delete(
            f"/organization/projects/{path_param(project_id)}/groups/{path_param(group_id)}",
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
        project_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[ProjectGroup]:
        """`GET /organization/projects/{project_id}/groups`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        return self._get_api_list(
            f"/organization/projects/{path_param(project_id)}/groups",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=SyncNextCursorPage[ProjectGroup],
            model=ProjectGroup,
        )

    def retrieve(
        self,
        group_id: str,
        *,
        project_id: str,
        group_type: Literal["group", "tenant_group"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """`GET /organization/projects/{project_id}/groups/{group_id}`."""
        if not group_id:
            raise ValueError(f"Expected a non-empty value for `group_id` but received {group_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectGroup = self._get(
            f"/organization/projects/{path_param(project_id)}/groups/{path_param(group_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"group_type": group_type},
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectGroup,
        )
        return response


class AsyncGroups(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncRoles:
        from .roles import AsyncRoles

        return AsyncRoles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        return AsyncGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGroupsWithStreamingResponse:
        return AsyncGroupsWithStreamingResponse(self)

    async def create(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """`POST /organization/projects/{project_id}/groups`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"group_id": group_id, "role": role}
        response: ProjectGroup = await self._post(
            f"/organization/projects/{path_param(project_id)}/groups",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectGroup,
        )
        return response

    async def delete(
        self,
        group_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """`DELETE /organization/projects/{project_id}/groups/{group_id}`."""
        if not group_id:
            raise ValueError(f"Expected a non-empty value for `group_id` but received {group_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: GroupDeleteResponse = await self._delete(
            f"/organization/projects/{path_param(project_id)}/groups/{path_param(group_id)}",
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
        project_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectGroup, AsyncNextCursorPage[ProjectGroup]]:
        """`GET /organization/projects/{project_id}/groups`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        return self._get_api_list(
            f"/organization/projects/{path_param(project_id)}/groups",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncNextCursorPage[ProjectGroup],
            model=ProjectGroup,
        )

    async def retrieve(
        self,
        group_id: str,
        *,
        project_id: str,
        group_type: Literal["group", "tenant_group"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """`GET /organization/projects/{project_id}/groups/{group_id}`."""
        if not group_id:
            raise ValueError(f"Expected a non-empty value for `group_id` but received {group_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectGroup = await self._get(
            f"/organization/projects/{path_param(project_id)}/groups/{path_param(group_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"group_type": group_type},
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectGroup,
        )
        return response


class GroupsWithRawResponse:
    def __init__(self, groups: Groups) -> None:
        self._groups = groups
        self.create = to_raw_response_wrapper(groups.create)
        self.delete = to_raw_response_wrapper(groups.delete)
        self.list = to_raw_response_wrapper(groups.list)
        self.retrieve = to_raw_response_wrapper(groups.retrieve)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from .roles import RolesWithRawResponse

        return RolesWithRawResponse(self._groups.roles)


class GroupsWithStreamingResponse:
    def __init__(self, groups: Groups) -> None:
        self._groups = groups
        self.create = to_streamed_response_wrapper(groups.create)
        self.delete = to_streamed_response_wrapper(groups.delete)
        self.list = to_streamed_response_wrapper(groups.list)
        self.retrieve = to_streamed_response_wrapper(groups.retrieve)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from .roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._groups.roles)


class AsyncGroupsWithRawResponse:
    def __init__(self, groups: AsyncGroups) -> None:
        self._groups = groups
        self.create = async_to_raw_response_wrapper(groups.create)
        self.delete = async_to_raw_response_wrapper(groups.delete)
        self.list = async_to_raw_response_wrapper(groups.list)
        self.retrieve = async_to_raw_response_wrapper(groups.retrieve)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from .roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._groups.roles)


class AsyncGroupsWithStreamingResponse:
    def __init__(self, groups: AsyncGroups) -> None:
        self._groups = groups
        self.create = async_to_streamed_response_wrapper(groups.create)
        self.delete = async_to_streamed_response_wrapper(groups.delete)
        self.list = async_to_streamed_response_wrapper(groups.list)
        self.retrieve = async_to_streamed_response_wrapper(groups.retrieve)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from .roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._groups.roles)
