# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property
from warnings import warn

from ....._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ....._options import make_request_options, path_param
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ....._types import not_given, omit
from .....pagination import AsyncCursorPage, SyncCursorPage
from .....types.beta.threads.runs.run_step import RunStep

if TYPE_CHECKING:
    import httpx
    from ....._async.paginator import AsyncPaginator
    from ....._types import Body, Headers, NotGiven, Omit, Query

__all__ = ["Steps", "AsyncSteps"]


class Steps(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> StepsWithRawResponse:
        return StepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StepsWithStreamingResponse:
        return StepsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        after: str | Omit = omit,
        before: str | Omit = omit,
        include: List[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[RunStep]:
        """`GET /threads/{thread_id}/runs/{run_id}/steps`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not run_id:
            raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            f"/threads/{path_param(thread_id)}/runs/{path_param(run_id)}/steps",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "include": include, "limit": limit, "order": order},
            ),
            page=SyncCursorPage[RunStep],
            model=RunStep,
        )

    def retrieve(
        self,
        step_id: str,
        *,
        run_id: str,
        thread_id: str,
        include: List[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunStep:
        """`GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not step_id:
            raise ValueError(f"Expected a non-empty value for `step_id` but received {step_id!r}")
        if not run_id:
            raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: RunStep = self._get(
            f"/threads/{path_param(thread_id)}/runs/{path_param(run_id)}/steps/{path_param(step_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"include": include},
            ),
            cast_to=RunStep,
        )
        return response


class AsyncSteps(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncStepsWithRawResponse:
        return AsyncStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStepsWithStreamingResponse:
        return AsyncStepsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        after: str | Omit = omit,
        before: str | Omit = omit,
        include: List[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[RunStep, AsyncCursorPage[RunStep]]:
        """`GET /threads/{thread_id}/runs/{run_id}/steps`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not run_id:
            raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            f"/threads/{path_param(thread_id)}/runs/{path_param(run_id)}/steps",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "include": include, "limit": limit, "order": order},
            ),
            page=AsyncCursorPage[RunStep],
            model=RunStep,
        )

    async def retrieve(
        self,
        step_id: str,
        *,
        run_id: str,
        thread_id: str,
        include: List[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> RunStep:
        """`GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not step_id:
            raise ValueError(f"Expected a non-empty value for `step_id` but received {step_id!r}")
        if not run_id:
            raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: RunStep = await self._get(
            f"/threads/{path_param(thread_id)}/runs/{path_param(run_id)}/steps/{path_param(step_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"include": include},
            ),
            cast_to=RunStep,
        )
        return response


class StepsWithRawResponse:
    def __init__(self, steps: Steps) -> None:
        self._steps = steps
        self.list = to_raw_response_wrapper(steps.list)
        self.retrieve = to_raw_response_wrapper(steps.retrieve)


class StepsWithStreamingResponse:
    def __init__(self, steps: Steps) -> None:
        self._steps = steps
        self.list = to_streamed_response_wrapper(steps.list)
        self.retrieve = to_streamed_response_wrapper(steps.retrieve)


class AsyncStepsWithRawResponse:
    def __init__(self, steps: AsyncSteps) -> None:
        self._steps = steps
        self.list = async_to_raw_response_wrapper(steps.list)
        self.retrieve = async_to_raw_response_wrapper(steps.retrieve)


class AsyncStepsWithStreamingResponse:
    def __init__(self, steps: AsyncSteps) -> None:
        self._steps = steps
        self.list = async_to_streamed_response_wrapper(steps.list)
        self.retrieve = async_to_streamed_response_wrapper(steps.retrieve)
