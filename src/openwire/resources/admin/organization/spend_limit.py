# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....types.admin.organization.organization_spend_limit import OrganizationSpendLimit
from ....types.admin.organization.organization_spend_limit_deleted import OrganizationSpendLimitDeleted

if TYPE_CHECKING:
    import httpx
    from ...._types import Body, Headers, NotGiven, Omit, Query

__all__ = ["SpendLimit", "AsyncSpendLimit"]


class SpendLimit(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SpendLimitWithRawResponse:
        return SpendLimitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SpendLimitWithStreamingResponse:
        return SpendLimitWithStreamingResponse(self)

    def delete(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendLimitDeleted:
        """`DELETE /organization/spend_limit`."""
        response: OrganizationSpendLimitDeleted = self._delete(
            "/organization/spend_limit",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=OrganizationSpendLimitDeleted,
        )
        return response

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendLimit:
        """`GET /organization/spend_limit`."""
        response: OrganizationSpendLimit = self._get(
            "/organization/spend_limit",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=OrganizationSpendLimit,
        )
        return response

    def update(
        self,
        *,
        currency: Literal["USD"],
        interval: Literal["month"],
        threshold_amount: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendLimit:
        """`POST /organization/spend_limit`."""
        body = {"currency": currency, "interval": interval, "threshold_amount": threshold_amount}
        response: OrganizationSpendLimit = self._post(
            "/organization/spend_limit",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=OrganizationSpendLimit,
        )
        return response


class AsyncSpendLimit(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSpendLimitWithRawResponse:
        return AsyncSpendLimitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSpendLimitWithStreamingResponse:
        return AsyncSpendLimitWithStreamingResponse(self)

    async def delete(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendLimitDeleted:
        """`DELETE /organization/spend_limit`."""
        response: OrganizationSpendLimitDeleted = await self._delete(
            "/organization/spend_limit",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=OrganizationSpendLimitDeleted,
        )
        return response

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendLimit:
        """`GET /organization/spend_limit`."""
        response: OrganizationSpendLimit = await self._get(
            "/organization/spend_limit",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=OrganizationSpendLimit,
        )
        return response

    async def update(
        self,
        *,
        currency: Literal["USD"],
        interval: Literal["month"],
        threshold_amount: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> OrganizationSpendLimit:
        """`POST /organization/spend_limit`."""
        body = {"currency": currency, "interval": interval, "threshold_amount": threshold_amount}
        response: OrganizationSpendLimit = await self._post(
            "/organization/spend_limit",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=OrganizationSpendLimit,
        )
        return response


class SpendLimitWithRawResponse:
    def __init__(self, spend_limit: SpendLimit) -> None:
        self._spend_limit = spend_limit
        self.delete = to_raw_response_wrapper(spend_limit.delete)
        self.retrieve = to_raw_response_wrapper(spend_limit.retrieve)
        self.update = to_raw_response_wrapper(spend_limit.update)


class SpendLimitWithStreamingResponse:
    def __init__(self, spend_limit: SpendLimit) -> None:
        self._spend_limit = spend_limit
        self.delete = to_streamed_response_wrapper(spend_limit.delete)
        self.retrieve = to_streamed_response_wrapper(spend_limit.retrieve)
        self.update = to_streamed_response_wrapper(spend_limit.update)


class AsyncSpendLimitWithRawResponse:
    def __init__(self, spend_limit: AsyncSpendLimit) -> None:
        self._spend_limit = spend_limit
        self.delete = async_to_raw_response_wrapper(spend_limit.delete)
        self.retrieve = async_to_raw_response_wrapper(spend_limit.retrieve)
        self.update = async_to_raw_response_wrapper(spend_limit.update)


class AsyncSpendLimitWithStreamingResponse:
    def __init__(self, spend_limit: AsyncSpendLimit) -> None:
        self._spend_limit = spend_limit
        self.delete = async_to_streamed_response_wrapper(spend_limit.delete)
        self.retrieve = async_to_streamed_response_wrapper(spend_limit.retrieve)
        self.update = async_to_streamed_response_wrapper(spend_limit.update)
