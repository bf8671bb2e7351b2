# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alpha.alpha import Alpha as Alpha
    from .alpha.alpha import AlphaWithRawResponse as AlphaWithRawResponse
    from .alpha.alpha import AlphaWithStreamingResponse as AlphaWithStreamingResponse
    from .alpha.alpha import AsyncAlpha as AsyncAlpha
    from .alpha.alpha import AsyncAlphaWithRawResponse as AsyncAlphaWithRawResponse
    from .alpha.alpha import AsyncAlphaWithStreamingResponse as AsyncAlphaWithStreamingResponse
    from .jobs.checkpoints import AsyncCheckpoints as AsyncCheckpoints
    from .jobs.checkpoints import AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse
    from .jobs.checkpoints import AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse
    from .fine_tuning import AsyncFineTuning as AsyncFineTuning
    from .fine_tuning import AsyncFineTuningWithRawResponse as AsyncFineTuningWithRawResponse
    from .fine_tuning import AsyncFineTuningWithStreamingResponse as AsyncFineTuningWithStreamingResponse
    from .alpha.graders import AsyncGraders as AsyncGraders
    from .alpha.graders import AsyncGradersWithRawResponse as AsyncGradersWithRawResponse
    from .alpha.graders import AsyncGradersWithStreamingResponse as AsyncGradersWithStreamingResponse
    from .jobs.jobs import AsyncJobs as AsyncJobs
    from .jobs.jobs import AsyncJobsWithRawResponse as AsyncJobsWithRawResponse
    from .jobs.jobs import AsyncJobsWithStreamingResponse as AsyncJobsWithStreamingResponse
    from .checkpoints.permissions import AsyncPermissions as AsyncPermissions
    from .checkpoints.permissions import AsyncPermissionsWithRawResponse as AsyncPermissionsWithRawResponse
    from .checkpoints.permissions import AsyncPermissionsWithStreamingResponse as AsyncPermissionsWithStreamingResponse
    from .jobs.checkpoints import Checkpoints as Checkpoints
    from .jobs.checkpoints import CheckpointsWithRawResponse as CheckpointsWithRawResponse
    from .jobs.checkpoints import CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse
    from .fine_tuning import FineTuning as FineTuning
    from .fine_tuning import FineTuningWithRawResponse as FineTuningWithRawResponse
    from .fine_tuning import FineTuningWithStreamingResponse as FineTuningWithStreamingResponse
    from .alpha.graders import Graders as Graders
    from .alpha.graders import GradersWithRawResponse as GradersWithRawResponse
    from .alpha.graders import GradersWithStreamingResponse as GradersWithStreamingResponse
    from .jobs.jobs import Jobs as Jobs
    from .jobs.jobs import JobsWithRawResponse as JobsWithRawResponse
    from .jobs.jobs import JobsWithStreamingResponse as JobsWithStreamingResponse
    from .checkpoints.permissions import Permissions as Permissions
    from .checkpoints.permissions import PermissionsWithRawResponse as PermissionsWithRawResponse
    from .checkpoints.permissions import PermissionsWithStreamingResponse as PermissionsWithStreamingResponse

__all__ = [
    "Alpha",
    "AlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlpha",
    "AsyncAlphaWithRawResponse",
    "AsyncAlphaWithStreamingResponse",
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "AsyncFineTuning",
    "AsyncFineTuningWithRawResponse",
    "AsyncFineTuningWithStreamingResponse",
    "AsyncGraders",
    "AsyncGradersWithRawResponse",
    "AsyncGradersWithStreamingResponse",
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "AsyncPermissionsWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "FineTuning",
    "FineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "Graders",
    "GradersWithRawResponse",
    "GradersWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
    "Permissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
]

_EXPORTS = {
    "Alpha": ".alpha.alpha",
    "AlphaWithRawResponse": ".alpha.alpha",
    "AlphaWithStreamingResponse": ".alpha.alpha",
    "AsyncAlpha": ".alpha.alpha",
    "AsyncAlphaWithRawResponse": ".alpha.alpha",
    "AsyncAlphaWithStreamingResponse": ".alpha.alpha",
    "AsyncCheckpoints": ".jobs.checkpoints",
    "AsyncCheckpointsWithRawResponse": ".jobs.checkpoints",
    "AsyncCheckpointsWithStreamingResponse": ".jobs.checkpoints",
    "AsyncFineTuning": ".fine_tuning",
    "AsyncFineTuningWithRawResponse": ".fine_tuning",
    "AsyncFineTuningWithStreamingResponse": ".fine_tuning",
    "AsyncGraders": ".alpha.graders",
    "AsyncGradersWithRawResponse": ".alpha.graders",
    "AsyncGradersWithStreamingResponse": ".alpha.graders",
    "AsyncJobs": ".jobs.jobs",
    "AsyncJobsWithRawResponse": ".jobs.jobs",
    "AsyncJobsWithStreamingResponse": ".jobs.jobs",
    "AsyncPermissions": ".checkpoints.permissions",
    "AsyncPermissionsWithRawResponse": ".checkpoints.permissions",
    "AsyncPermissionsWithStreamingResponse": ".checkpoints.permissions",
    "Checkpoints": ".jobs.checkpoints",
    "CheckpointsWithRawResponse": ".jobs.checkpoints",
    "CheckpointsWithStreamingResponse": ".jobs.checkpoints",
    "FineTuning": ".fine_tuning",
    "FineTuningWithRawResponse": ".fine_tuning",
    "FineTuningWithStreamingResponse": ".fine_tuning",
    "Graders": ".alpha.graders",
    "GradersWithRawResponse": ".alpha.graders",
    "GradersWithStreamingResponse": ".alpha.graders",
    "Jobs": ".jobs.jobs",
    "JobsWithRawResponse": ".jobs.jobs",
    "JobsWithStreamingResponse": ".jobs.jobs",
    "Permissions": ".checkpoints.permissions",
    "PermissionsWithRawResponse": ".checkpoints.permissions",
    "PermissionsWithStreamingResponse": ".checkpoints.permissions",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
