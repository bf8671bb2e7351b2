# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Iterable, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from ....types.admin.organization.invite import Invite
from ....types.admin.organization.invite_delete_response import InviteDeleteResponse

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from ....types.admin.organization.invite_create_params import Project

__all__ = ["Invites", "AsyncInvites"]


class Invites(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> InvitesWithRawResponse:
        return InvitesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InvitesWithStreamingResponse:
        return InvitesWithStreamingResponse(self)

    def create(
        self,
        *,
        email: str,
        role: Literal["reader", "owner"],
        projects: Iterable[Project] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Invite:
        """`POST /organization/invites`."""
        body = {"email": email, "role": role, "projects": projects}
        response: Invite = self._post(
            "/organization/invites",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Invite,
        )
        return response

    def delete(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> InviteDeleteResponse:
        """`DELETE /organization/invites/{invite_id}`."""
        if not invite_id:
            raise ValueError(f"Expected a non-empty value for `invite_id` but received {invite_id!r}")
        response: InviteDeleteResponse = self._delete(
            f"/organization/invites/{path_param(invite_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=InviteDeleteResponse,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[Invite]:
        """`GET /organization/invites`."""
        return self._get_api_list(
            "/organization/invites",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=SyncConversationCursorPage[Invite],
            model=Invite,
        )

    def retrieve(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Invite:
        """`GET /organization/invites/{invite_id}`."""
        if not invite_id:
            raise ValueError(f"Expected a non-empty value for `invite_id` but received {invite_id!r}")
        response: Invite = self._get(
            f"/organization/invites/{path_param(invite_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Invite,
        )
        return response


class AsyncInvites(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncInvitesWithRawResponse:
        return AsyncInvitesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInvitesWithStreamingResponse:
        return AsyncInvitesWithStreamingResponse(self)

    async def create(
        self,
        *,
        email: str,
        role: Literal["reader", "owner"],
        projects: Iterable[Project] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Invite:
        """`POST /organization/invites`."""
        body = {"email": email, "role": role, "projects": projects}
        response: Invite = await self._post(
            "/organization/invites",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Invite,
        )
        return response

    async def delete(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> InviteDeleteResponse:
        """`DELETE /organization/invites/{invite_id}`."""
        if not invite_id:
            raise ValueError(f"Expected a non-empty value for `invite_id` but received {invite_id!r}")
        response: InviteDeleteResponse = await self._delete(
            f"/organization/invites/{path_param(invite_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=InviteDeleteResponse,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Invite, AsyncConversationCursorPage[Invite]]:
        """`GET /organization/invites`."""
        return self._get_api_list(
            "/organization/invites",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncConversationCursorPage[Invite],
            model=Invite,
        )

    async def retrieve(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Invite:
        """`GET /organization/invites/{invite_id}`."""
        if not invite_id:
            raise ValueError(f"Expected a non-empty value for `invite_id` but received {invite_id!r}")
        response: Invite = await self._get(
            f"/organization/invites/{path_param(invite_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Invite,
        )
        return response


class InvitesWithRawResponse:
    def __init__(self, invites: Invites) -> None:
        self._invites = invites
        self.create = to_raw_response_wrapper(invites.create)
        self.delete = to_raw_response_wrapper(invites.delete)
        self.list = to_raw_response_wrapper(invites.list)
        self.retrieve = to_raw_response_wrapper(invites.retrieve)


class InvitesWithStreamingResponse:
    def __init__(self, invites: Invites) -> None:
        self._invites = invites
        self.create = to_streamed_response_wrapper(invites.create)
        self.delete = to_streamed_response_wrapper(invites.delete)
        self.list = to_streamed_response_wrapper(invites.list)
        self.retrieve = to_streamed_response_wrapper(invites.retrieve)


class AsyncInvitesWithRawResponse:
    def __init__(self, invites: AsyncInvites) -> None:
        self._invites = invites
        self.create = async_to_raw_response_wrapper(invites.create)
        self.delete = async_to_raw_response_wrapper(invites.delete)
        self.list = async_to_raw_response_wrapper(invites.list)
        self.retrieve = async_to_raw_response_wrapper(invites.retrieve)


class AsyncInvitesWithStreamingResponse:
    def __init__(self, invites: AsyncInvites) -> None:
        self._invites = invites
        self.create = async_to_streamed_response_wrapper(invites.create)
        self.delete = async_to_streamed_response_wrapper(invites.delete)
        self.list = async_to_streamed_response_wrapper(invites.list)
        self.retrieve = async_to_streamed_response_wrapper(invites.retrieve)
