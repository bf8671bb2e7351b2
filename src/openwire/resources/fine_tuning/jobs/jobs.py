# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Iterable, Optional, TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.fine_tuning.fine_tuning_job import FineTuningJob
from ....types.fine_tuning.fine_tuning_job_event import FineTuningJobEvent

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from .checkpoints import (
        AsyncCheckpoints,
        AsyncCheckpointsWithRawResponse,
        AsyncCheckpointsWithStreamingResponse,
        Checkpoints,
        CheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse,
    )
    from ....types.fine_tuning.job_create_params import Hyperparameters, Integration, Method
    from ....types.shared.metadata import Metadata

__all__ = ["Jobs", "AsyncJobs"]


class Jobs(SyncAPIResource):
    @cached_property
    def checkpoints(self) -> Checkpoints:
        from .checkpoints import Checkpoints

        return Checkpoints(self._client)

    @cached_property
    def with_raw_response(self) -> JobsWithRawResponse:
        return JobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsWithStreamingResponse:
        return JobsWithStreamingResponse(self)

    def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """`POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        response: FineTuningJob = self._post(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FineTuningJob,
        )
        return response

    def create(
        self,
        *,
        model: Union[str, Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]],
        training_file: str,
        hyperparameters: Hyperparameters | Omit = omit,
        integrations: Optional[Iterable[Integration]] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        method: Method | Omit = omit,
        seed: Optional[int] | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        validation_file: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """`POST /fine_tuning/jobs`."""
        body = {
            "model": model,
            "training_file": training_file,
            "hyperparameters": hyperparameters,
            "integrations": integrations,
            "metadata": metadata,
            "method": method,
            "seed": seed,
            "suffix": suffix,
            "validation_file": validation_file,
        }
        response: FineTuningJob = self._post(
            "/fine_tuning/jobs",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FineTuningJob,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[FineTuningJob]:
        """`GET /fine_tuning/jobs`."""
        return self._get_api_list(
            "/fine_tuning/jobs",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "metadata": metadata},
            ),
            page=SyncCursorPage[FineTuningJob],
            model=FineTuningJob,
        )

    def list_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[FineTuningJobEvent]:
        """`GET /fine_tuning/jobs/{fine_tuning_job_id}/events`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        return self._get_api_list(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}/events",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
            ),
            page=SyncCursorPage[FineTuningJobEvent],
            model=FineTuningJobEvent,
        )

    def pause(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """`POST /fine_tuning/jobs/{fine_tuning_job_id}/pause`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        response: FineTuningJob = self._post(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}/pause",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FineTuningJob,
        )
        return response

    def resume(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """`POST /fine_tuning/jobs/{fine_tuning_job_id}/resume`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        response: FineTuningJob = self._post(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}/resume",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FineTuningJob,
        )
        return response

    def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """`GET /fine_tuning/jobs/{fine_tuning_job_id}`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        response: FineTuningJob = self._get(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FineTuningJob,
        )
        return response


class AsyncJobs(AsyncAPIResource):
    @cached_property
    def checkpoints(self) -> AsyncCheckpoints:
        from .checkpoints import AsyncCheckpoints

        return AsyncCheckpoints(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        return AsyncJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsWithStreamingResponse:
        return AsyncJobsWithStreamingResponse(self)

    async def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """`POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        response: FineTuningJob = await self._post(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FineTuningJob,
        )
        return response

    async def create(
        self,
        *,
        model: Union[str, Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]],
        training_file: str,
        hyperparameters: Hyperparameters | Omit = omit,
        integrations: Optional[Iterable[Integration]] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        method: Method | Omit = omit,
        seed: Optional[int] | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        validation_file: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """`POST /fine_tuning/jobs`."""
        body = {
            "model": model,
            "training_file": training_file,
            "hyperparameters": hyperparameters,
            "integrations": integrations,
            "metadata": metadata,
            "method": method,
            "seed": seed,
            "suffix": suffix,
            "validation_file": validation_file,
        }
        response: FineTuningJob = await self._post(
            "/fine_tuning/jobs",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FineTuningJob,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[FineTuningJob, AsyncCursorPage[FineTuningJob]]:
        """`GET /fine_tuning/jobs`."""
        return self._get_api_list(
            "/fine_tuning/jobs",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "metadata": metadata},
            ),
            page=AsyncCursorPage[FineTuningJob],
            model=FineTuningJob,
        )

    def list_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[FineTuningJobEvent, AsyncCursorPage[FineTuningJobEvent]]:
        """`GET /fine_tuning/jobs/{fine_tuning_job_id}/events`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        return self._get_api_list(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}/events",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
            ),
            page=AsyncCursorPage[FineTuningJobEvent],
            model=FineTuningJobEvent,
        )

    async def pause(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """`POST /fine_tuning/jobs/{fine_tuning_job_id}/pause`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        response: FineTuningJob = await self._post(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}/pause",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FineTuningJob,
        )
        return response

    async def resume(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """`POST /fine_tuning/jobs/{fine_tuning_job_id}/resume`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        response: FineTuningJob = await self._post(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}/resume",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FineTuningJob,
        )
        return response

    async def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """`GET /fine_tuning/jobs/{fine_tuning_job_id}`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        response: FineTuningJob = await self._get(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FineTuningJob,
        )
        return response


class JobsWithRawResponse:
    def __init__(self, jobs: Jobs) -> None:
        self._jobs = jobs
        self.cancel = to_raw_response_wrapper(jobs.cancel)
        self.create = to_raw_response_wrapper(jobs.create)
        self.list = to_raw_response_wrapper(jobs.list)
        self.list_events = to_raw_response_wrapper(jobs.list_events)
        self.pause = to_raw_response_wrapper(jobs.pause)
        self.resume = to_raw_response_wrapper(jobs.resume)
        self.retrieve = to_raw_response_wrapper(jobs.retrieve)

    @cached_property
    def checkpoints(self) -> CheckpointsWithRawResponse:
        from .checkpoints import CheckpointsWithRawResponse

        return CheckpointsWithRawResponse(self._jobs.checkpoints)


class JobsWithStreamingResponse:
    def __init__(self, jobs: Jobs) -> None:
        self._jobs = jobs
        self.cancel = to_streamed_response_wrapper(jobs.cancel)
        self.create = to_streamed_response_wrapper(jobs.create)
        self.list = to_streamed_response_wrapper(jobs.list)
        self.list_events = to_streamed_response_wrapper(jobs.list_events)
        self.pause = to_streamed_response_wrapper(jobs.pause)
        self.resume = to_streamed_response_wrapper(jobs.resume)
        self.retrieve = to_streamed_response_wrapper(jobs.retrieve)

    @cached_property
    def checkpoints(self) -> CheckpointsWithStreamingResponse:
        from .checkpoints import CheckpointsWithStreamingResponse

        return CheckpointsWithStreamingResponse(self._jobs.checkpoints)


class AsyncJobsWithRawResponse:
    def __init__(self, jobs: AsyncJobs) -> None:
        self._jobs = jobs
        self.cancel = async_to_raw_response_wrapper(jobs.cancel)
        self.create = async_to_raw_response_wrapper(jobs.create)
        self.list = async_to_raw_response_wrapper(jobs.list)
        self.list_events = async_to_raw_response_wrapper(jobs.list_events)
        self.pause = async_to_raw_response_wrapper(jobs.pause)
        self.resume = async_to_raw_response_wrapper(jobs.resume)
        self.retrieve = async_to_raw_response_wrapper(jobs.retrieve)

    @cached_property
    def checkpoints(self) -> AsyncCheckpointsWithRawResponse:
        from .checkpoints import AsyncCheckpointsWithRawResponse

        return AsyncCheckpointsWithRawResponse(self._jobs.checkpoints)


class AsyncJobsWithStreamingResponse:
    def __init__(self, jobs: AsyncJobs) -> None:
        self._jobs = jobs
        self.cancel = async_to_streamed_response_wrapper(jobs.cancel)
        self.create = async_to_streamed_response_wrapper(jobs.create)
        self.list = async_to_streamed_response_wrapper(jobs.list)
        self.list_events = async_to_streamed_response_wrapper(jobs.list_events)
        self.pause = async_to_streamed_response_wrapper(jobs.pause)
        self.resume = async_to_streamed_response_wrapper(jobs.resume)
        self.retrieve = async_to_streamed_response_wrapper(jobs.retrieve)

    @cached_property
    def checkpoints(self) -> AsyncCheckpointsWithStreamingResponse:
        from .checkpoints import AsyncCheckpointsWithStreamingResponse

        return AsyncCheckpointsWithStreamingResponse(self._jobs.checkpoints)
