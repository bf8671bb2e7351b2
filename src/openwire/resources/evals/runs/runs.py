# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.evals.run_cancel_response import RunCancelResponse
from ....types.evals.run_create_response import RunCreateResponse
from ....types.evals.run_delete_response import RunDeleteResponse
from ....types.evals.run_list_response import RunListResponse
from ....types.evals.run_retrieve_response import RunRetrieveResponse

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from .output_items import (
        AsyncOutputItems,
        AsyncOutputItemsWithRawResponse,
        AsyncOutputItemsWithStreamingResponse,
        OutputItems,
        OutputItemsWithRawResponse,
        OutputItemsWithStreamingResponse,
    )
    from ....types.evals.run_create_params import DataSource
    from ....types.shared.metadata import Metadata

__all__ = ["Runs", "AsyncRuns"]


class Runs(SyncAPIResource):
    @cached_property
    def output_items(self) -> OutputItems:
        from .output_items import OutputItems

        return OutputItems(self._client)

    @cached_property
    def with_raw_response(self) -> RunsWithRawResponse:
        return RunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RunsWithStreamingResponse:
        return RunsWithStreamingResponse(self)

    def cancel(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunCancelResponse:
        """`POST /evals/{eval_id}/runs/{run_id}`."""
        if not run_id:
            raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        response: RunCancelResponse = self._post(
            f"/evals/{path_param(eval_id)}/runs/{path_param(run_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=RunCancelResponse,
        )
        return response

    def create(
        self,
        eval_id: str,
        *,
        data_source: DataSource,
        metadata: Optional[Metadata] | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunCreateResponse:
        """`POST /evals/{eval_id}/runs`."""
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        body = {"data_source": data_source, "metadata": metadata, "name": name}
        response: RunCreateResponse = self._post(
            f"/evals/{path_param(eval_id)}/runs",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=RunCreateResponse,
        )
        return response

    def delete(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunDeleteResponse:
        """`DELETE /evals/{eval_id}/runs/{run_id}`."""
        if not run_id:
            raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        response: RunDeleteResponse = self._delete(
            f"/evals/{path_param(eval_id)}/runs/{path_param(run_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=RunDeleteResponse,
        )
        return response

    def list(
        self,
        eval_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        status: Literal["queued", "in_progress", "completed", "canceled", "failed"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[RunListResponse]:
        """`GET /evals/{eval_id}/runs`."""
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        return self._get_api_list(
            f"/evals/{path_param(eval_id)}/runs",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order, "status": status},
            ),
            page=SyncCursorPage[RunListResponse],
            model=RunListResponse,
        )

    def retrieve(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunRetrieveResponse:
        """`GET /evals/{eval_id}/runs/{run_id}`."""
        if not run_id:
            raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        response: RunRetrieveResponse = self._get(
            f"/evals/{path_param(eval_id)}/runs/{path_param(run_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=RunRetrieveResponse,
        )
        return response


class AsyncRuns(AsyncAPIResource):
    @cached_property
    def output_items(self) -> AsyncOutputItems:
        from .output_items import AsyncOutputItems

        return AsyncOutputItems(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRunsWithRawResponse:
        return AsyncRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRunsWithStreamingResponse:
        return AsyncRunsWithStreamingResponse(self)

    async def cancel(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunCancelResponse:
        """`POST /evals/{eval_id}/runs/{run_id}`."""
        if not run_id:
            raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        response: RunCancelResponse = await self._post(
            f"/evals/{path_param(eval_id)}/runs/{path_param(run_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=RunCancelResponse,
        )
        return response

    async def create(
        self,
        eval_id: str,
        *,
        data_source: DataSource,
        metadata: Optional[Metadata] | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunCreateResponse:
        """`POST /evals/{eval_id}/runs`."""
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        body = {"data_source": data_source, "metadata": metadata, "name": name}
        response: RunCreateResponse = await self._post(
            f"/evals/{path_param(eval_id)}/runs",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=RunCreateResponse,
        )
        return response

    async def delete(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunDeleteResponse:
        """`DELETE /evals/{eval_id}/runs/{run_id}`."""
        if not run_id:
            raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        response: RunDeleteResponse = await self._delete(
            f"/evals/{path_param(eval_id)}/runs/{path_param(run_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=RunDeleteResponse,
        )
        return response

    def list(
        self,
        eval_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        status: Literal["queued", "in_progress", "completed", "canceled", "failed"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[RunListResponse, AsyncCursorPage[RunListResponse]]:
        """`GET /evals/{eval_id}/runs`."""
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        return self._get_api_list(
            f"/evals/{path_param(eval_id)}/runs",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order, "status": status},
            ),
            page=AsyncCursorPage[RunListResponse],
            model=RunListResponse,
        )

    async def retrieve(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunRetrieveResponse:
        """`GET /evals/{eval_id}/runs/{run_id}`."""
        if not run_id:
            raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        response: RunRetrieveResponse = await self._get(
            f"/evals/{path_param(eval_id)}/runs/{path_param(run_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=RunRetrieveResponse,
        )
        return response


class RunsWithRawResponse:
    def __init__(self, runs: Runs) -> None:
        self._runs = runs
        self.cancel = to_raw_response_wrapper(runs.cancel)
        self.create = to_raw_response_wrapper(runs.create)
        self.delete = to_raw_response_wrapper(runs.delete)
        self.list = to_raw_response_wrapper(runs.list)
        self.retrieve = to_raw_response_wrapper(runs.retrieve)

    @cached_property
    def output_items(self) -> OutputItemsWithRawResponse:
        from .output_items import OutputItemsWithRawResponse

        return OutputItemsWithRawResponse(self._runs.output_items)


class RunsWithStreamingResponse:
    def __init__(self, runs: Runs) -> None:
        self._runs = runs
        self.cancel = to_streamed_response_wrapper(runs.cancel)
        self.create = to_streamed_response_wrapper(runs.create)
        self.delete = to_streamed_response_wrapper(runs.delete)
        self.list = to_streamed_response_wrapper(runs.list)
        self.retrieve = to_streamed_response_wrapper(runs.retrieve)

    @cached_property
    def output_items(self) -> OutputItemsWithStreamingResponse:
        from .output_items import OutputItemsWithStreamingResponse

        return OutputItemsWithStreamingResponse(self._runs.output_items)


class AsyncRunsWithRawResponse:
    def __init__(self, runs: AsyncRuns) -> None:
        self._runs = runs
        self.cancel = async_to_raw_response_wrapper(runs.cancel)
        self.create = async_to_raw_response_wrapper(runs.create)
        self.delete = async_to_raw_response_wrapper(runs.delete)
        self.list = async_to_raw_response_wrapper(runs.list)
        self.retrieve = async_to_raw_response_wrapper(runs.retrieve)

    @cached_property
    def output_items(self) -> AsyncOutputItemsWithRawResponse:
        from .output_items import AsyncOutputItemsWithRawResponse

        return AsyncOutputItemsWithRawResponse(self._runs.output_items)


class AsyncRunsWithStreamingResponse:
    def __init__(self, runs: AsyncRuns) -> None:
        self._runs = runs
        self.cancel = async_to_streamed_response_wrapper(runs.cancel)
        self.create = async_to_streamed_response_wrapper(runs.create)
        self.delete = async_to_streamed_response_wrapper(runs.delete)
        self.list = async_to_streamed_response_wrapper(runs.list)
        self.retrieve = async_to_streamed_response_wrapper(runs.retrieve)

    @cached_property
    def output_items(self) -> AsyncOutputItemsWithStreamingResponse:
        from .output_items import AsyncOutputItemsWithStreamingResponse

        return AsyncOutputItemsWithStreamingResponse(self._runs.output_items)
