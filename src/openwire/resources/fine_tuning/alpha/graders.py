# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, TYPE_CHECKING
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....types.fine_tuning.alpha.grader_run_response import GraderRunResponse
from ....types.fine_tuning.alpha.grader_validate_response import GraderValidateResponse

if TYPE_CHECKING:
    import httpx
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from ....types.fine_tuning.alpha.grader_run_params import Grader
    from ....types.fine_tuning.alpha.grader_validate_params import Grader as GraderValidateParamsGrader

__all__ = ["Graders", "AsyncGraders"]


class Graders(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> GradersWithRawResponse:
        return GradersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GradersWithStreamingResponse:
        return GradersWithStreamingResponse(self)

    def run(
        self,
        *,
        grader: Grader,
        model_sample: str,
        item: Dict[str, object] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GraderRunResponse:
        """`POST /fine_tuning/alpha/graders/run`."""
        body = {"grader": grader, "model_sample": model_sample, "item": item}
        response: GraderRunResponse = self._post(
            "/fine_tuning/alpha/graders/run",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=GraderRunResponse,
        )
        return response

    def validate(
        self,
        *,
        grader: GraderValidateParamsGrader,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GraderValidateResponse:
        """`POST /fine_tuning/alpha/graders/validate`."""
        body = {"grader": grader}
        response: GraderValidateResponse = self._post(
            "/fine_tuning/alpha/graders/validate",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=GraderValidateResponse,
        )
        return response


class AsyncGraders(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncGradersWithRawResponse:
        return AsyncGradersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGradersWithStreamingResponse:
        return AsyncGradersWithStreamingResponse(self)

    async def run(
        self,
        *,
        grader: Grader,
        model_sample: str,
        item: Dict[str, object] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GraderRunResponse:
        """`POST /fine_tuning/alpha/graders/run`."""
        body = {"grader": grader, "model_sample": model_sample, "item": item}
        response: GraderRunResponse = await self._post(
            "/fine_tuning/alpha/graders/run",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=GraderRunResponse,
        )
        return response

    async def validate(
        self,
        *,
        grader: GraderValidateParamsGrader,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GraderValidateResponse:
        """`POST /fine_tuning/alpha/graders/validate`."""
        body = {"grader": grader}
        response: GraderValidateResponse = await self._post(
            "/fine_tuning/alpha/graders/validate",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=GraderValidateResponse,
        )
        return response


class GradersWithRawResponse:
    def __init__(self, graders: Graders) -> None:
        self._graders = graders
        self.run = to_raw_response_wrapper(graders.run)
        self.validate = to_raw_response_wrapper(graders.validate)


class GradersWithStreamingResponse:
    def __init__(self, graders: Graders) -> None:
        self._graders = graders
        self.run = to_streamed_response_wrapper(graders.run)
        self.validate = to_streamed_response_wrapper(graders.validate)


class AsyncGradersWithRawResponse:
    def __init__(self, graders: AsyncGraders) -> None:
        self._graders = graders
        self.run = async_to_raw_response_wrapper(graders.run)
        self.validate = async_to_raw_response_wrapper(graders.validate)


class AsyncGradersWithStreamingResponse:
    def __init__(self, graders: AsyncGraders) -> None:
        self._graders = graders
        self.run = async_to_streamed_response_wrapper(graders.run)
        self.validate = async_to_streamed_response_wrapper(graders.validate)
