# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ...._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .graders import (
        AsyncGraders,
        AsyncGradersWithRawResponse,
        AsyncGradersWithStreamingResponse,
        Graders,
        GradersWithRawResponse,
        GradersWithStreamingResponse,
    )

__all__ = ["Alpha", "AsyncAlpha"]


class Alpha(SyncAPIResource):
    @cached_property
    def graders(self) -> Graders:
        from .graders import Graders

        return Graders(self._client)

    @cached_property
    def with_raw_response(self) -> AlphaWithRawResponse:
        return AlphaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AlphaWithStreamingResponse:
        return AlphaWithStreamingResponse(self)


class AsyncAlpha(AsyncAPIResource):
    @cached_property
    def graders(self) -> AsyncGraders:
        from .graders import AsyncGraders

        return AsyncGraders(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAlphaWithRawResponse:
        return AsyncAlphaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAlphaWithStreamingResponse:
        return AsyncAlphaWithStreamingResponse(self)


class AlphaWithRawResponse:
    def __init__(self, alpha: Alpha) -> None:
        self._alpha = alpha

    @cached_property
    def graders(self) -> GradersWithRawResponse:
        from .graders import GradersWithRawResponse

        return GradersWithRawResponse(self._alpha.graders)


class AlphaWithStreamingResponse:
    def __init__(self, alpha: Alpha) -> None:
        self._alpha = alpha

    @cached_property
    def graders(self) -> GradersWithStreamingResponse:
        from .graders import GradersWithStreamingResponse

        return GradersWithStreamingResponse(self._alpha.graders)


class AsyncAlphaWithRawResponse:
    def __init__(self, alpha: AsyncAlpha) -> None:
        self._alpha = alpha

    @cached_property
    def graders(self) -> AsyncGradersWithRawResponse:
        from .graders import AsyncGradersWithRawResponse

        return AsyncGradersWithRawResponse(self._alpha.graders)


class AsyncAlphaWithStreamingResponse:
    def __init__(self, alpha: AsyncAlpha) -> None:
        self._alpha = alpha

    @cached_property
    def graders(self) -> AsyncGradersWithStreamingResponse:
        from .graders import AsyncGradersWithStreamingResponse

        return AsyncGradersWithStreamingResponse(self._alpha.graders)
