# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._binary import HttpxBinaryResponseContent
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit

if TYPE_CHECKING:
    import httpx
    from ..._types import Body, Headers, NotGiven, Omit, Query

__all__ = ["Content", "AsyncContent"]


class Content(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ContentWithRawResponse:
        return ContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContentWithStreamingResponse:
        return ContentWithStreamingResponse(self)

    def retrieve(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """`GET /skills/{skill_id}/content`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        extra_headers = {"Accept": "application/binary", **(extra_headers or {})}
        response: HttpxBinaryResponseContent = self._get(
            f"/skills/{path_param(skill_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=HttpxBinaryResponseContent,
        )
        return response


class AsyncContent(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncContentWithRawResponse:
        return AsyncContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContentWithStreamingResponse:
        return AsyncContentWithStreamingResponse(self)

    async def retrieve(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """`GET /skills/{skill_id}/content`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        extra_headers = {"Accept": "application/binary", **(extra_headers or {})}
        response: HttpxBinaryResponseContent = await self._get(
            f"/skills/{path_param(skill_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=HttpxBinaryResponseContent,
        )
        return response


class ContentWithRawResponse:
    def __init__(self, content: Content) -> None:
        self._content = content
        self.retrieve = to_raw_response_wrapper(content.retrieve)


class ContentWithStreamingResponse:
    def __init__(self, content: Content) -> None:
        self._content = content
        self.retrieve = to_streamed_response_wrapper(content.retrieve)


class AsyncContentWithRawResponse:
    def __init__(self, content: AsyncContent) -> None:
        self._content = content
        self.retrieve = async_to_raw_response_wrapper(content.retrieve)


class AsyncContentWithStreamingResponse:
    def __init__(self, content: AsyncContent) -> None:
        self._content = content
        self.retrieve = async_to_streamed_response_wrapper(content.retrieve)
