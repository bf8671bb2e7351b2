# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ...._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .permissions import (
        AsyncPermissions,
        AsyncPermissionsWithRawResponse,
        AsyncPermissionsWithStreamingResponse,
        Permissions,
        PermissionsWithRawResponse,
        PermissionsWithStreamingResponse,
    )

__all__ = ["Checkpoints", "AsyncCheckpoints"]


class Checkpoints(SyncAPIResource):
    @cached_property
    def permissions(self) -> Permissions:
        from .permissions import Permissions

        return Permissions(self._client)

    @cached_property
    def with_raw_response(self) -> CheckpointsWithRawResponse:
        return CheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CheckpointsWithStreamingResponse:
        return CheckpointsWithStreamingResponse(self)


class AsyncCheckpoints(AsyncAPIResource):
    @cached_property
    def permissions(self) -> AsyncPermissions:
        from .permissions import AsyncPermissions

        return AsyncPermissions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncCheckpointsWithRawResponse:
        return AsyncCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCheckpointsWithStreamingResponse:
        return AsyncCheckpointsWithStreamingResponse(self)


class CheckpointsWithRawResponse:
    def __init__(self, checkpoints: Checkpoints) -> None:
        self._checkpoints = checkpoints

    @cached_property
    def permissions(self) -> PermissionsWithRawResponse:
        from .permissions import PermissionsWithRawResponse

        return PermissionsWithRawResponse(self._checkpoints.permissions)


class CheckpointsWithStreamingResponse:
    def __init__(self, checkpoints: Checkpoints) -> None:
        self._checkpoints = checkpoints

    @cached_property
    def permissions(self) -> PermissionsWithStreamingResponse:
        from .permissions import PermissionsWithStreamingResponse

        return PermissionsWithStreamingResponse(self._checkpoints.permissions)


class AsyncCheckpointsWithRawResponse:
    def __init__(self, checkpoints: AsyncCheckpoints) -> None:
        self._checkpoints = checkpoints

    @cached_property
    def permissions(self) -> AsyncPermissionsWithRawResponse:
        from .permissions import AsyncPermissionsWithRawResponse

        return AsyncPermissionsWithRawResponse(self._checkpoints.permissions)


class AsyncCheckpointsWithStreamingResponse:
    def __init__(self, checkpoints: AsyncCheckpoints) -> None:
        self._checkpoints = checkpoints

    @cached_property
    def permissions(self) -> AsyncPermissionsWithStreamingResponse:
        from .permissions import AsyncPermissionsWithStreamingResponse

        return AsyncPermissionsWithStreamingResponse(self._checkpoints.permissions)
