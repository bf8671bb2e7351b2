# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ....._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ....._options import make_request_options, path_param
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ....._types import not_given, omit
from .....pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from .....types.admin.organization.projects.project_rate_limit import ProjectRateLimit

if TYPE_CHECKING:
    import httpx
    from ....._async.paginator import AsyncPaginator
    from ....._types import Body, Headers, NotGiven, Omit, Query

__all__ = ["RateLimits", "AsyncRateLimits"]


class RateLimits(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RateLimitsWithRawResponse:
        return RateLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RateLimitsWithStreamingResponse:
        return RateLimitsWithStreamingResponse(self)

    def list_rate_limits(
        self,
        project_id: str,
        *,
        after: str | Omit = omit,
        before: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ProjectRateLimit]:
        """`GET /organization/projects/{project_id}/rate_limits`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        return self._get_api_list(
            f"/organization/projects/{path_param(project_id)}/rate_limits",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=SyncConversationCursorPage[ProjectRateLimit],
            model=ProjectRateLimit,
        )

    def update_rate_limit(
        self,
        rate_limit_id: str,
        *,
        project_id: str,
        batch_1_day_max_input_tokens: int | Omit = omit,
        max_audio_megabytes_per_1_minute: int | Omit = omit,
        max_images_per_1_minute: int | Omit = omit,
        max_requests_per_1_day: int | Omit = omit,
        max_requests_per_1_minute: int | Omit = omit,
        max_tokens_per_1_minute: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectRateLimit:
        """`POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}`."""
        if not rate_limit_id:
            raise ValueError(f"Expected a non-empty value for `rate_limit_id` but received {rate_limit_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {
            "batch_1_day_max_input_tokens": batch_1_day_max_input_tokens,
            "max_audio_megabytes_per_1_minute": max_audio_megabytes_per_1_minute,
            "max_images_per_1_minute": max_images_per_1_minute,
            "max_requests_per_1_day": max_requests_per_1_day,
            "max_requests_per_1_minute": max_requests_per_1_minute,
            "max_tokens_per_1_minute": max_tokens_per_1_minute,
        }
        response: ProjectRateLimit = self._post(
            f"/organization/projects/{path_param(project_id)}/rate_limits/{path_param(rate_limit_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectRateLimit,
        )
        return response


class AsyncRateLimits(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRateLimitsWithRawResponse:
        return AsyncRateLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRateLimitsWithStreamingResponse:
        return AsyncRateLimitsWithStreamingResponse(self)

    def list_rate_limits(
        self,
        project_id: str,
        *,
        after: str | Omit = omit,
        before: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectRateLimit, AsyncConversationCursorPage[ProjectRateLimit]]:
        """`GET /organization/projects/{project_id}/rate_limits`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        return self._get_api_list(
            f"/organization/projects/{path_param(project_id)}/rate_limits",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncConversationCursorPage[ProjectRateLimit],
            model=ProjectRateLimit,
        )

    async def update_rate_limit(
        self,
        rate_limit_id: str,
        *,
        project_id: str,
        batch_1_day_max_input_tokens: int | Omit = omit,
        max_audio_megabytes_per_1_minute: int | Omit = omit,
        max_images_per_1_minute: int | Omit = omit,
        max_requests_per_1_day: int | Omit = omit,
        max_requests_per_1_minute: int | Omit = omit,
        max_tokens_per_1_minute: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectRateLimit:
        """`POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}`."""
        if not rate_limit_id:
            raise ValueError(f"Expected a non-empty value for `rate_limit_id` but received {rate_limit_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {
            "batch_1_day_max_input_tokens": batch_1_day_max_input_tokens,
            "max_audio_megabytes_per_1_minute": max_audio_megabytes_per_1_minute,
            "max_images_per_1_minute": max_images_per_1_minute,
            "max_requests_per_1_day": max_requests_per_1_day,
            "max_requests_per_1_minute": max_requests_per_1_minute,
            "max_tokens_per_1_minute": max_tokens_per_1_minute,
        }
        response: ProjectRateLimit = await self._post(
            f"/organization/projects/{path_param(project_id)}/rate_limits/{path_param(rate_limit_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectRateLimit,
        )
        return response


class RateLimitsWithRawResponse:
    def __init__(self, rate_limits: RateLimits) -> None:
        self._rate_limits = rate_limits
        self.list_rate_limits = to_raw_response_wrapper(rate_limits.list_rate_limits)
        self.update_rate_limit = to_raw_response_wrapper(rate_limits.update_rate_limit)


class RateLimitsWithStreamingResponse:
    def __init__(self, rate_limits: RateLimits) -> None:
        self._rate_limits = rate_limits
        self.list_rate_limits = to_streamed_response_wrapper(rate_limits.list_rate_limits)
        self.update_rate_limit = to_streamed_response_wrapper(rate_limits.update_rate_limit)


class AsyncRateLimitsWithRawResponse:
    def __init__(self, rate_limits: AsyncRateLimits) -> None:
        self._rate_limits = rate_limits
        self.list_rate_limits = async_to_raw_response_wrapper(rate_limits.list_rate_limits)
        self.update_rate_limit = async_to_raw_response_wrapper(rate_limits.update_rate_limit)


class AsyncRateLimitsWithStreamingResponse:
    def __init__(self, rate_limits: AsyncRateLimits) -> None:
        self._rate_limits = rate_limits
        self.list_rate_limits = async_to_streamed_response_wrapper(rate_limits.list_rate_limits)
        self.update_rate_limit = async_to_streamed_response_wrapper(rate_limits.update_rate_limit)
