# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ..._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .alpha.alpha import (
        Alpha,
        AlphaWithRawResponse,
        AlphaWithStreamingResponse,
        AsyncAlpha,
        AsyncAlphaWithRawResponse,
        AsyncAlphaWithStreamingResponse,
    )
    from .checkpoints.checkpoints import (
        AsyncCheckpoints,
        AsyncCheckpointsWithRawResponse,
        AsyncCheckpointsWithStreamingResponse,
        Checkpoints,
        CheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse,
    )
    from .jobs.jobs import (
        AsyncJobs,
        AsyncJobsWithRawResponse,
        AsyncJobsWithStreamingResponse,
        Jobs,
        JobsWithRawResponse,
        JobsWithStreamingResponse,
    )

__all__ = ["FineTuning", "AsyncFineTuning"]


class FineTuning(SyncAPIResource):
    @cached_property
    def alpha(self) -> Alpha:
        from .alpha.alpha import Alpha

        return Alpha(self._client)

    @cached_property
    def checkpoints(self) -> Checkpoints:
        from .checkpoints.checkpoints import Checkpoints

        return Checkpoints(self._client)

    @cached_property
    def jobs(self) -> Jobs:
        from .jobs.jobs import Jobs

        return Jobs(self._client)

    @cached_property
    def with_raw_response(self) -> FineTuningWithRawResponse:
        return FineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningWithStreamingResponse:
        return FineTuningWithStreamingResponse(self)


class AsyncFineTuning(AsyncAPIResource):
    @cached_property
    def alpha(self) -> AsyncAlpha:
        from .alpha.alpha import AsyncAlpha

        return AsyncAlpha(self._client)

    @cached_property
    def checkpoints(self) -> AsyncCheckpoints:
        from .checkpoints.checkpoints import AsyncCheckpoints

        return AsyncCheckpoints(self._client)

    @cached_property
    def jobs(self) -> AsyncJobs:
        from .jobs.jobs import AsyncJobs

        return AsyncJobs(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFineTuningWithRawResponse:
        return AsyncFineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningWithStreamingResponse:
        return AsyncFineTuningWithStreamingResponse(self)


class FineTuningWithRawResponse:
    def __init__(self, fine_tuning: FineTuning) -> None:
        self._fine_tuning = fine_tuning

    @cached_property
    def alpha(self) -> AlphaWithRawResponse:
        from .alpha.alpha import AlphaWithRawResponse

        return AlphaWithRawResponse(self._fine_tuning.alpha)

    @cached_property
    def checkpoints(self) -> CheckpointsWithRawResponse:
        from .checkpoints.checkpoints import CheckpointsWithRawResponse

        return CheckpointsWithRawResponse(self._fine_tuning.checkpoints)

    @cached_property
    def jobs(self) -> JobsWithRawResponse:
        from .jobs.jobs import JobsWithRawResponse

        return JobsWithRawResponse(self._fine_tuning.jobs)


class FineTuningWithStreamingResponse:
    def __init__(self, fine_tuning: FineTuning) -> None:
        self._fine_tuning = fine_tuning

    @cached_property
    def alpha(self) -> AlphaWithStreamingResponse:
        from .alpha.alpha import AlphaWithStreamingResponse

        return AlphaWithStreamingResponse(self._fine_tuning.alpha)

    @cached_property
    def checkpoints(self) -> CheckpointsWithStreamingResponse:
        from .checkpoints.checkpoints import CheckpointsWithStreamingResponse

        return CheckpointsWithStreamingResponse(self._fine_tuning.checkpoints)

    @cached_property
    def jobs(self) -> JobsWithStreamingResponse:
        from .jobs.jobs import JobsWithStreamingResponse

        return JobsWithStreamingResponse(self._fine_tuning.jobs)


class AsyncFineTuningWithRawResponse:
    def __init__(self, fine_tuning: AsyncFineTuning) -> None:
        self._fine_tuning = fine_tuning

    @cached_property
    def alpha(self) -> AsyncAlphaWithRawResponse:
        from .alpha.alpha import AsyncAlphaWithRawResponse

        return AsyncAlphaWithRawResponse(self._fine_tuning.alpha)

    @cached_property
    def checkpoints(self) -> AsyncCheckpointsWithRawResponse:
        from .checkpoints.checkpoints import AsyncCheckpointsWithRawResponse

        return AsyncCheckpointsWithRawResponse(self._fine_tuning.checkpoints)

    @cached_property
    def jobs(self) -> AsyncJobsWithRawResponse:
        from .jobs.jobs import AsyncJobsWithRawResponse

        return AsyncJobsWithRawResponse(self._fine_tuning.jobs)


class AsyncFineTuningWithStreamingResponse:
    def __init__(self, fine_tuning: AsyncFineTuning) -> None:
        self._fine_tuning = fine_tuning

    @cached_property
    def alpha(self) -> AsyncAlphaWithStreamingResponse:
        from .alpha.alpha import AsyncAlphaWithStreamingResponse

        return AsyncAlphaWithStreamingResponse(self._fine_tuning.alpha)

    @cached_property
    def checkpoints(self) -> AsyncCheckpointsWithStreamingResponse:
        from .checkpoints.checkpoints import AsyncCheckpointsWithStreamingResponse

        return AsyncCheckpointsWithStreamingResponse(self._fine_tuning.checkpoints)

    @cached_property
    def jobs(self) -> AsyncJobsWithStreamingResponse:
        from .jobs.jobs import AsyncJobsWithStreamingResponse

        return AsyncJobsWithStreamingResponse(self._fine_tuning.jobs)
