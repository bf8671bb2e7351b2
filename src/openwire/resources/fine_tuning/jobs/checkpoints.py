# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.fine_tuning.jobs.fine_tuning_job_checkpoint import FineTuningJobCheckpoint

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query

__all__ = ["Checkpoints", "AsyncCheckpoints"]


class Checkpoints(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CheckpointsWithRawResponse:
        return CheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CheckpointsWithStreamingResponse:
        return CheckpointsWithStreamingResponse(self)

    def list(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[FineTuningJobCheckpoint]:
        """`GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        return self._get_api_list(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}/checkpoints",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
            ),
            page=SyncCursorPage[FineTuningJobCheckpoint],
            model=FineTuningJobCheckpoint,
        )


class AsyncCheckpoints(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCheckpointsWithRawResponse:
        return AsyncCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCheckpointsWithStreamingResponse:
        return AsyncCheckpointsWithStreamingResponse(self)

    def list(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[FineTuningJobCheckpoint, AsyncCursorPage[FineTuningJobCheckpoint]]:
        """`GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints`."""
        if not fine_tuning_job_id:
            raise ValueError(f"Expected a non-empty value for `fine_tuning_job_id` but received {fine_tuning_job_id!r}")
        return self._get_api_list(
            f"/fine_tuning/jobs/{path_param(fine_tuning_job_id)}/checkpoints",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
            ),
            page=AsyncCursorPage[FineTuningJobCheckpoint],
            model=FineTuningJobCheckpoint,
        )


class CheckpointsWithRawResponse:
    def __init__(self, checkpoints: Checkpoints) -> None:
        self._checkpoints = checkpoints
        self.list = to_raw_response_wrapper(checkpoints.list)


class CheckpointsWithStreamingResponse:
    def __init__(self, checkpoints: Checkpoints) -> None:
        self._checkpoints = checkpoints
        self.list = to_streamed_response_wrapper(checkpoints.list)


class AsyncCheckpointsWithRawResponse:
    def __init__(self, checkpoints: AsyncCheckpoints) -> None:
        self._checkpoints = checkpoints
        self.list = async_to_raw_response_wrapper(checkpoints.list)


class AsyncCheckpointsWithStreamingResponse:
    def __init__(self, checkpoints: AsyncCheckpoints) -> None:
        self._checkpoints = checkpoints
        self.list = async_to_streamed_response_wrapper(checkpoints.list)
