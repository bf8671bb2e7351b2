# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checkpoints import AsyncCheckpoints as AsyncCheckpoints
    from .checkpoints import AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse
    from .checkpoints import AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse
    from .permissions import AsyncPermissions as AsyncPermissions
    from .permissions import AsyncPermissionsWithRawResponse as AsyncPermissionsWithRawResponse
    from .permissions import AsyncPermissionsWithStreamingResponse as AsyncPermissionsWithStreamingResponse
    from .checkpoints import Checkpoints as Checkpoints
    from .checkpoints import CheckpointsWithRawResponse as CheckpointsWithRawResponse
    from .checkpoints import CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse
    from .permissions import Permissions as Permissions
    from .permissions import PermissionsWithRawResponse as PermissionsWithRawResponse
    from .permissions import PermissionsWithStreamingResponse as PermissionsWithStreamingResponse

__all__ = [
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "AsyncPermissionsWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "Permissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncCheckpoints": ".checkpoints",
    "AsyncCheckpointsWithRawResponse": ".checkpoints",
    "AsyncCheckpointsWithStreamingResponse": ".checkpoints",
    "AsyncPermissions": ".permissions",
    "AsyncPermissionsWithRawResponse": ".permissions",
    "AsyncPermissionsWithStreamingResponse": ".permissions",
    "Checkpoints": ".checkpoints",
    "CheckpointsWithRawResponse": ".checkpoints",
    "CheckpointsWithStreamingResponse": ".checkpoints",
    "Permissions": ".permissions",
    "PermissionsWithRawResponse": ".permissions",
    "PermissionsWithStreamingResponse": ".permissions",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
