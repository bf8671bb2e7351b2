# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checkpoints import AsyncCheckpoints as AsyncCheckpoints
    from .checkpoints import AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse
    from .checkpoints import AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse
    from .jobs import AsyncJobs as AsyncJobs
    from .jobs import AsyncJobsWithRawResponse as AsyncJobsWithRawResponse
    from .jobs import AsyncJobsWithStreamingResponse as AsyncJobsWithStreamingResponse
    from .checkpoints import Checkpoints as Checkpoints
    from .checkpoints import CheckpointsWithRawResponse as CheckpointsWithRawResponse
    from .checkpoints import CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse
    from .jobs import Jobs as Jobs
    from .jobs import JobsWithRawResponse as JobsWithRawResponse
    from .jobs import JobsWithStreamingResponse as JobsWithStreamingResponse

__all__ = [
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncCheckpoints": ".checkpoints",
    "AsyncCheckpointsWithRawResponse": ".checkpoints",
    "AsyncCheckpointsWithStreamingResponse": ".checkpoints",
    "AsyncJobs": ".jobs",
    "AsyncJobsWithRawResponse": ".jobs",
    "AsyncJobsWithStreamingResponse": ".jobs",
    "Checkpoints": ".checkpoints",
    "CheckpointsWithRawResponse": ".checkpoints",
    "CheckpointsWithStreamingResponse": ".checkpoints",
    "Jobs": ".jobs",
    "JobsWithRawResponse": ".jobs",
    "JobsWithStreamingResponse": ".jobs",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
