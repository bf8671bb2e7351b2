# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, TYPE_CHECKING
from functools import cached_property

from ....._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ....._options import make_request_options, path_param
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ....._types import not_given, omit
from .....pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from .....types.admin.organization.organization_user import OrganizationUser
from .....types.admin.organization.user_delete_response import UserDeleteResponse

if TYPE_CHECKING:
    import httpx
    from ....._async.paginator import AsyncPaginator
    from ....._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr
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

    def delete(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """`DELETE /organization/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        response: UserDeleteResponse = self._delete(
            f"/organization/users/{path_param(user_id)}",
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
        *,
        after: str | Omit = omit,
        emails: SequenceNotStr[str] | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[OrganizationUser]:
        """`GET /organization/users`."""
        return self._get_api_list(
            "/organization/users",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "emails": emails, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=SyncConversationCursorPage[OrganizationUser],
            model=OrganizationUser,
        )

    def retrieve(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationUser:
        """`GET /organization/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        response: OrganizationUser = self._get(
            f"/organization/users/{path_param(user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=OrganizationUser,
        )
        return response

    def update(
        self,
        user_id: str,
        *,
        developer_persona: Optional[str] | Omit = omit,
        role: Optional[str] | Omit = omit,
        role_id: Optional[str] | Omit = omit,
        technical_level: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationUser:
        """`POST /organization/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        body = {
            "developer_persona": developer_persona,
            "role": role,
            "role_id": role_id,
            "technical_level": technical_level,
        }
        response: OrganizationUser = self._post(
            f"/organization/users/{path_param(user_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=OrganizationUser,
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

    async def delete(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """`DELETE /organization/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        response: UserDeleteResponse = await self._delete(
            f"/organization/users/{path_param(user_id)}",
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
        *,
        after: str | Omit = omit,
        emails: SequenceNotStr[str] | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[OrganizationUser, AsyncConversationCursorPage[OrganizationUser]]:
        """`GET /organization/users`."""
        return self._get_api_list(
            "/organization/users",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "emails": emails, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncConversationCursorPage[OrganizationUser],
            model=OrganizationUser,
        )

    async def retrieve(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationUser:
        """`GET /organization/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        response: OrganizationUser = await self._get(
            f"/organization/users/{path_param(user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=OrganizationUser,
        )
        return response

    async def update(
        self,
        user_id: str,
        *,
        developer_persona: Optional[str] | Omit = omit,
        role: Optional[str] | Omit = omit,
        role_id: Optional[str] | Omit = omit,
        technical_level: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationUser:
        """`POST /organization/users/{user_id}`."""
        if not user_id:
            raise ValueError(f"Expected a non-empty value for `user_id` but received {user_id!r}")
        body = {
            "developer_persona": developer_persona,
            "role": role,
            "role_id": role_id,
            "technical_level": technical_level,
        }
        response: OrganizationUser = await self._post(
            f"/organization/users/{path_param(user_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=OrganizationUser,
        )
        return response


class UsersWithRawResponse:
    def __init__(self, users: Users) -> None:
        self._users = users
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
        self.delete = async_to_streamed_response_wrapper(users.delete)
        self.list = async_to_streamed_response_wrapper(users.list)
        self.retrieve = async_to_streamed_response_wrapper(users.retrieve)
        self.update = async_to_streamed_response_wrapper(users.update)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from .roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._users.roles)
