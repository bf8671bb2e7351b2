# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from .._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from .._files import split_files
from .._options import make_request_options
from .._resource import AsyncAPIResource, SyncAPIResource
from .._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from .._types import not_given, omit
from ..types.content_provenance_check import ContentProvenanceCheck

if TYPE_CHECKING:
    import httpx
    from .._types import Body, FileTypes, Headers, NotGiven, Omit, Query

__all__ = ["ContentProvenanceChecks", "AsyncContentProvenanceChecks"]


class ContentProvenanceChecks(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ContentProvenanceChecksWithRawResponse:
        return ContentProvenanceChecksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContentProvenanceChecksWithStreamingResponse:
        return ContentProvenanceChecksWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ContentProvenanceCheck:
        """`POST /content_provenance_checks`."""
        body, files = split_files({"file": file}, ["file"])
        response: ContentProvenanceCheck = self._post(
            "/content_provenance_checks",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ContentProvenanceCheck,
        )
        return response


class AsyncContentProvenanceChecks(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncContentProvenanceChecksWithRawResponse:
        return AsyncContentProvenanceChecksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContentProvenanceChecksWithStreamingResponse:
        return AsyncContentProvenanceChecksWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ContentProvenanceCheck:
        """`POST /content_provenance_checks`."""
        body, files = split_files({"file": file}, ["file"])
        response: ContentProvenanceCheck = await self._post(
            "/content_provenance_checks",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ContentProvenanceCheck,
        )
        return response


class ContentProvenanceChecksWithRawResponse:
    def __init__(self, content_provenance_checks: ContentProvenanceChecks) -> None:
        self._content_provenance_checks = content_provenance_checks
        self.create = to_raw_response_wrapper(content_provenance_checks.create)


class ContentProvenanceChecksWithStreamingResponse:
    def __init__(self, content_provenance_checks: ContentProvenanceChecks) -> None:
        self._content_provenance_checks = content_provenance_checks
        self.create = to_streamed_response_wrapper(content_provenance_checks.create)


class AsyncContentProvenanceChecksWithRawResponse:
    def __init__(self, content_provenance_checks: AsyncContentProvenanceChecks) -> None:
        self._content_provenance_checks = content_provenance_checks
        self.create = async_to_raw_response_wrapper(content_provenance_checks.create)


class AsyncContentProvenanceChecksWithStreamingResponse:
    def __init__(self, content_provenance_checks: AsyncContentProvenanceChecks) -> None:
        self._content_provenance_checks = content_provenance_checks
        self.create = async_to_streamed_response_wrapper(content_provenance_checks.create)
