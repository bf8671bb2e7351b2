# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, TYPE_CHECKING
from functools import cached_property

from ......_async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ......_options import make_request_options, path_param
from ......_resource import AsyncAPIResource, SyncAPIResource
from ......_sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ......_types import not_given, omit
from ......pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from ......types.admin.organization.projects.project_user import ProjectUser
from ......types.admin.organization.projects.user_delete_response import UserDeleteResponse

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

__all__ = ["Users", "AsyncUsers"]


class Users(SyncAPIResource):
    @cached_property
    def roles(self) -> Roles:
        from .roles import Roles

        return Roles(self._client)

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        return UsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsersWithStreamingResponse:
        return UsersWithStreamingResponse(self)

    def create(
        self,
        project_id: str,
        *,
        role: str,
        email: Optional[str] | Omit = omit,
        user_id: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """`POST /organization/projects/{project_id}/users`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"role": role, "email": email, "user_id": user_id}
        response: ProjectUser = self._post(
            f"/organization/projects/{path_param(project_id)}/users",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectUser,
        )
        return response

    def delete(
        self,
        user_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """`DELETE /organization/projects/{project_id}/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: UserDeleteResponse = self._delete(
            f"/organization/projects/{path_param(project_id)}/users/{path_param(user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=UserDeleteResponse,
        )
        return response

    def list(
        self,
        project_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ProjectUser]:
        """`GET /organization/projects/{project_id}/users`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        return self._get_api_list(
            f"/organization/projects/{path_param(project_id)}/users",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=SyncConversationCursorPage[ProjectUser],
            model=ProjectUser,
        )

    def retrieve(
        self,
        user_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """`GET /organization/projects/{project_id}/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectUser = self._get(
            f"/organization/projects/{path_param(project_id)}/users/{path_param(user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectUser,
        )
        return response

    def update(
        self,
        user_id: str,
        *,
        project_id: str,
        role: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """`POST /organization/projects/{project_id}/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"role": role}
        response: ProjectUser = self._post(
            f"/organization/projects/{path_param(project_id)}/users/{path_param(user_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectUser,
        )
        return response


class AsyncUsers(AsyncAPIResource):
    @cached_property
    def roles(self) -> AsyncRoles:
        from .roles import AsyncRoles

        return AsyncRoles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        return AsyncUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsersWithStreamingResponse:
        return AsyncUsersWithStreamingResponse(self)

    async def create(
        self,
        project_id: str,
        *,
        role: str,
        email: Optional[str] | Omit = omit,
        user_id: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """`POST /organization/projects/{project_id}/users`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"role": role, "email": email, "user_id": user_id}
        response: ProjectUser = await self._post(
            f"/organization/projects/{path_param(project_id)}/users",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectUser,
        )
        return response

    async def delete(
        self,
        user_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """`DELETE /organization/projects/{project_id}/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: UserDeleteResponse = await self._delete(
            f"/organization/projects/{path_param(project_id)}/users/{path_param(user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=UserDeleteResponse,
        )
        return response

    def list(
        self,
        project_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectUser, AsyncConversationCursorPage[ProjectUser]]:
        """`GET /organization/projects/{project_id}/users`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        return self._get_api_list(
            f"/organization/projects/{path_param(project_id)}/users",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncConversationCursorPage[ProjectUser],
            model=ProjectUser,
        )

    async def retrieve(
        self,
        user_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """`GET /organization/projects/{project_id}/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectUser = await self._get(
            f"/organization/projects/{path_param(project_id)}/users/{path_param(user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectUser,
        )
        return response

    async def update(
        self,
        user_id: str,
        *,
        project_id: str,
        role: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectUser:
        """`POST /organization/projects/{project_id}/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"role": role}
        response: ProjectUser = await self._post(
            f"/organization/projects/{path_param(project_id)}/users/{path_param(user_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectUser,
        )
        return response


class UsersWithRawResponse:
    def __init__(self, users: Users) -> None:
        self._users = users
        self.create = to_raw_response_wrapper(users.create)
        self.delete = to_raw_response_wrapper(users.delete)
        self.list = to_raw_response_wrapper(users.list)
        self.retrieve = to_raw_response_wrapper(users.retrieve)
        self.update = to_raw_response_wrapper(users.update)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from .roles import RolesWithRawResponse

        return RolesWithRawResponse(self._users.roles)


class UsersWithStreamingResponse:
    def __init__(self, users: Users) -> None:
        self._users = users
        self.create = to_streamed_response_wrapper(users.create)
        self.delete = to_streamed_response_wrapper(users.delete)
        self.list = to_streamed_response_wrapper(users.list)
        self.retrieve = to_streamed_response_wrapper(users.retrieve)
        self.update = to_streamed_response_wrapper(users.update)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from .roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._users.roles)


class AsyncUsersWithRawResponse:
    def __init__(self, users: AsyncUsers) -> None:
        self._users = users
        self.create = async_to_raw_response_wrapper(users.create)
        self.delete = async_to_raw_response_wrapper(users.delete)
        self.list = async_to_raw_response_wrapper(users.list)
        self.retrieve = async_to_raw_response_wrapper(users.retrieve)
        self.update = async_to_raw_response_wrapper(users.update)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from .roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._users.roles)


class AsyncUsersWithStreamingResponse:
    def __init__(self, users: AsyncUsers) -> None:
        self._users = users
        self.create = async_to_streamed_response_wrapper(users.create)
        self.delete = async_to_streamed_response_wrapper(users.delete)
        self.list = async_to_streamed_response_wrapper(users.list)
        self.retrieve = async_to_streamed_response_wrapper(users.retrieve)
        self.update = async_to_streamed_response_wrapper(users.update)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from .roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._users.roles)
