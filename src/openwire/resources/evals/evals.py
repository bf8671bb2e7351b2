# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Iterable, Optional, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types.eval_create_response import EvalCreateResponse
from ...types.eval_delete_response import EvalDeleteResponse
from ...types.eval_list_response import EvalListResponse
from ...types.eval_retrieve_response import EvalRetrieveResponse
from ...types.eval_update_response import EvalUpdateResponse

if TYPE_CHECKING:
    import httpx
    from ..._async.paginator import AsyncPaginator
    from ..._types import Body, Headers, NotGiven, Omit, Query
    from .runs.runs import (
        AsyncRuns,
        AsyncRunsWithRawResponse,
        AsyncRunsWithStreamingResponse,
        Runs,
        RunsWithRawResponse,
        RunsWithStreamingResponse,
    )
    from ...types.eval_create_params import DataSourceConfig, TestingCriterion
    from ...types.shared.metadata import Metadata

__all__ = ["Evals", "AsyncEvals"]


class Evals(SyncAPIResource):
    @cached_property
    def runs(self) -> Runs:
        from .runs.runs import Runs

        return Runs(self._client)

    @cached_property
    def with_raw_response(self) -> EvalsWithRawResponse:
        return EvalsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EvalsWithStreamingResponse:
        return EvalsWithStreamingResponse(self)

    def create(
        self,
        *,
        data_source_config: DataSourceConfig,
        testing_criteria: Iterable[TestingCriterion],
        metadata: Optional[Metadata] | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> EvalCreateResponse:
        """`POST /evals`."""
        body = {
            "data_source_config": data_source_config,
            "testing_criteria": testing_criteria,
            "metadata": metadata,
            "name": name,
        }
        response: EvalCreateResponse = self._post(
            "/evals",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=EvalCreateResponse,
        )
        return response

    def delete(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> EvalDeleteResponse:
        """`DELETE /evals/{eval_id}`."""
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        response: EvalDeleteResponse = self._delete(
            f"/evals/{path_param(eval_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=EvalDeleteResponse,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        order_by: Literal["created_at", "updated_at"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[EvalListResponse]:
        """`GET /evals`."""
        return self._get_api_list(
            "/evals",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order, "order_by": order_by},
            ),
            page=SyncCursorPage[EvalListResponse],
            model=EvalListResponse,
        )

    def retrieve(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> EvalRetrieveResponse:
        """`GET /evals/{eval_id}`."""
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        response: EvalRetrieveResponse = self._get(
            f"/evals/{path_param(eval_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=EvalRetrieveResponse,
        )
        return response

    def update(
        self,
        eval_id: str,
        *,
        metadata: Optional[Metadata] | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> EvalUpdateResponse:
        """`POST /evals/{eval_id}`."""
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        body = {"metadata": metadata, "name": name}
        response: EvalUpdateResponse = self._post(
            f"/evals/{path_param(eval_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=EvalUpdateResponse,
        )
        return response


class AsyncEvals(AsyncAPIResource):
    @cached_property
    def runs(self) -> AsyncRuns:
        from .runs.runs import AsyncRuns

        return AsyncRuns(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncEvalsWithRawResponse:
        return AsyncEvalsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEvalsWithStreamingResponse:
        return AsyncEvalsWithStreamingResponse(self)

    async def create(
        self,
        *,
        data_source_config: DataSourceConfig,
        testing_criteria: Iterable[TestingCriterion],
        metadata: Optional[Metadata] | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> EvalCreateResponse:
        """`POST /evals`."""
        body = {
            "data_source_config": data_source_config,
            "testing_criteria": testing_criteria,
            "metadata": metadata,
            "name": name,
        }
        response: EvalCreateResponse = await self._post(
            "/evals",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=EvalCreateResponse,
        )
        return response

    async def delete(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> EvalDeleteResponse:
        """`DELETE /evals/{eval_id}`."""
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        response: EvalDeleteResponse = await self._delete(
            f"/evals/{path_param(eval_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=EvalDeleteResponse,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        order_by: Literal["created_at", "updated_at"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[EvalListResponse, AsyncCursorPage[EvalListResponse]]:
        """`GET /evals`."""
        return self._get_api_list(
            "/evals",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order, "order_by": order_by},
            ),
            page=AsyncCursorPage[EvalListResponse],
            model=EvalListResponse,
        )

    async def retrieve(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> EvalRetrieveResponse:
        """`GET /evals/{eval_id}`."""
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        response: EvalRetrieveResponse = await self._get(
            f"/evals/{path_param(eval_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=EvalRetrieveResponse,
        )
        return response

    async def update(
        self,
        eval_id: str,
        *,
        metadata: Optional[Metadata] | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> EvalUpdateResponse:
        """`POST /evals/{eval_id}`."""
        if not eval_id:
            raise ValueError(f"Expected a non-empty value for `eval_id` but received {eval_id!r}")
        body = {"metadata": metadata, "name": name}
        response: EvalUpdateResponse = await self._post(
            f"/evals/{path_param(eval_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=EvalUpdateResponse,
        )
        return response


class EvalsWithRawResponse:
    def __init__(self, evals: Evals) -> None:
        self._evals = evals
        self.create = to_raw_response_wrapper(evals.create)
        self.delete = to_raw_response_wrapper(evals.delete)
        self.list = to_raw_response_wrapper(evals.list)
        self.retrieve = to_raw_response_wrapper(evals.retrieve)
        self.update = to_raw_response_wrapper(evals.update)

    @cached_property
    def runs(self) -> RunsWithRawResponse:
        from .runs.runs import RunsWithRawResponse

        return RunsWithRawResponse(self._evals.runs)


class EvalsWithStreamingResponse:
    def __init__(self, evals: Evals) -> None:
        self._evals = evals
        self.create = to_streamed_response_wrapper(evals.create)
        self.delete = to_streamed_response_wrapper(evals.delete)
        self.list = to_streamed_response_wrapper(evals.list)
        self.retrieve = to_streamed_response_wrapper(evals.retrieve)
        self.update = to_streamed_response_wrapper(evals.update)

    @cached_property
    def runs(self) -> RunsWithStreamingResponse:
        from .runs.runs import RunsWithStreamingResponse

        return RunsWithStreamingResponse(self._evals.runs)


class AsyncEvalsWithRawResponse:
    def __init__(self, evals: AsyncEvals) -> None:
        self._evals = evals
        self.create = async_to_raw_response_wrapper(evals.create)
        self.delete = async_to_raw_response_wrapper(evals.delete)
        self.list = async_to_raw_response_wrapper(evals.list)
        self.retrieve = async_to_raw_response_wrapper(evals.retrieve)
        self.update = async_to_raw_response_wrapper(evals.update)

    @cached_property
    def runs(self) -> AsyncRunsWithRawResponse:
        from .runs.runs import AsyncRunsWithRawResponse

        return AsyncRunsWithRawResponse(self._evals.runs)


class AsyncEvalsWithStreamingResponse:
    def __init__(self, evals: AsyncEvals) -> None:
        self._evals = evals
        self.create = async_to_streamed_response_wrapper(evals.create)
        self.delete = async_to_streamed_response_wrapper(evals.delete)
        self.list = async_to_streamed_response_wrapper(evals.list)
        self.retrieve = async_to_streamed_response_wrapper(evals.retrieve)
        self.update = async_to_streamed_response_wrapper(evals.update)

    @cached_property
    def runs(self) -> AsyncRunsWithStreamingResponse:
        from .runs.runs import AsyncRunsWithStreamingResponse

        return AsyncRunsWithStreamingResponse(self._evals.runs)
