# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from .._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from .._options import make_request_options, path_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from .._types import not_given, omit
from ..pagination import AsyncCursorPage, SyncCursorPage
from ..types.batch import Batch

if TYPE_CHECKING:
    import httpx
    from .._async.paginator import AsyncPaginator
    from .._types import Body, Headers, NotGiven, Omit, Query
    from ..types.batch_create_params import OutputExpiresAfter
    from ..types.shared.metadata import Metadata

__all__ = ["Batches", "AsyncBatches"]


class Batches(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        return BatchesWithStreamingResponse(self)

    def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Batch:
        """`POST /batches/{batch_id}/cancel`."""
        if not batch_id:
            raise ValueError(f"Expected a non-empty value for `batch_id` but received {batch_id!r}")
        response: Batch = self._post(
            f"/batches/{path_param(batch_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Batch,
        )
        return response

    def create(
        self,
        *,
        completion_window: Literal["24h"],
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        input_file_id: str,
        metadata: Optional[Metadata] | Omit = omit,
        output_expires_after: OutputExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Batch:
        """`POST /batches`."""
        body = {
            "completion_window": completion_window,
            "endpoint": endpoint,
            "input_file_id": input_file_id,
            "metadata": metadata,
            "output_expires_after": output_expires_after,
        }
        response: Batch = self._post(
            "/batches",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Batch,
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
    ) -> SyncCursorPage[Batch]:
        """`GET /batches`."""
        return self._get_api_list(
            "/batches",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
            ),
            page=SyncCursorPage[Batch],
            model=Batch,
        )

    def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Batch:
        """`GET /batches/{batch_id}`."""
        if not batch_id:
            raise ValueError(f"Expected a non-empty value for `batch_id` but received {batch_id!r}")
        response: Batch = self._get(
            f"/batches/{path_param(batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Batch,
        )
        return response


class AsyncBatches(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        return AsyncBatchesWithStreamingResponse(self)

    async def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Batch:
        """`POST /batches/{batch_id}/cancel`."""
        if not batch_id:
            raise ValueError(f"Expected a non-empty value for `batch_id` but received {batch_id!r}")
        response: Batch = await self._post(
            f"/batches/{path_param(batch_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Batch,
        )
        return response

    async def create(
        self,
        *,
        completion_window: Literal["24h"],
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        input_file_id: str,
        metadata: Optional[Metadata] | Omit = omit,
        output_expires_after: OutputExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Batch:
        """`POST /batches`."""
        body = {
            "completion_window": completion_window,
            "endpoint": endpoint,
            "input_file_id": input_file_id,
            "metadata": metadata,
            "output_expires_after": output_expires_after,
        }
        response: Batch = await self._post(
            "/batches",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Batch,
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
    ) -> AsyncPaginator[Batch, AsyncCursorPage[Batch]]:
        """`GET /batches`."""
        return self._get_api_list(
            "/batches",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
            ),
            page=AsyncCursorPage[Batch],
            model=Batch,
        )

    async def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Batch:
        """`GET /batches/{batch_id}`."""
        if not batch_id:
            raise ValueError(f"Expected a non-empty value for `batch_id` but received {batch_id!r}")
        response: Batch = await self._get(
            f"/batches/{path_param(batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Batch,
        )
        return response


class BatchesWithRawResponse:
    def __init__(self, batches: Batches) -> None:
        self._batches = batches
        self.cancel = to_raw_response_wrapper(batches.cancel)
        self.create = to_raw_response_wrapper(batches.create)
        self.list = to_raw_response_wrapper(batches.list)
        self.retrieve = to_raw_response_wrapper(batches.retrieve)


class BatchesWithStreamingResponse:
    def __init__(self, batches: Batches) -> None:
        self._batches = batches
        self.cancel = to_streamed_response_wrapper(batches.cancel)
        self.create = to_streamed_response_wrapper(batches.create)
        self.list = to_streamed_response_wrapper(batches.list)
        self.retrieve = to_streamed_response_wrapper(batches.retrieve)


class AsyncBatchesWithRawResponse:
    def __init__(self, batches: AsyncBatches) -> None:
        self._batches = batches
        self.cancel = async_to_raw_response_wrapper(batches.cancel)
        self.create = async_to_raw_response_wrapper(batches.create)
        self.list = async_to_raw_response_wrapper(batches.list)
        self.retrieve = async_to_raw_response_wrapper(batches.retrieve)


class AsyncBatchesWithStreamingResponse:
    def __init__(self, batches: AsyncBatches) -> None:
        self._batches = batches
        self.cancel = async_to_streamed_response_wrapper(batches.cancel)
        self.create = async_to_streamed_response_wrapper(batches.create)
        self.list = async_to_streamed_response_wrapper(batches.list)
        self.retrieve = async_to_streamed_response_wrapper(batches.retrieve)
