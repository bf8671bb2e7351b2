# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit
from ...lib._async.upload_helpers import AsyncUploadsHelpers
from ...lib._sync.upload_helpers import UploadsHelpers
from ...types.upload import Upload

if TYPE_CHECKING:
    import httpx
    from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr
    from .parts import (
        AsyncParts,
        AsyncPartsWithRawResponse,
        AsyncPartsWithStreamingResponse,
        Parts,
        PartsWithRawResponse,
        PartsWithStreamingResponse,
    )
    from ...types.upload_create_params import ExpiresAfter

__all__ = ["Uploads", "AsyncUploads"]


class Uploads(UploadsHelpers, SyncAPIResource):
    @cached_property
    def parts(self) -> Parts:
        from .parts import Parts

        return Parts(self._client)

    @cached_property
    def with_raw_response(self) -> UploadsWithRawResponse:
        return UploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsWithStreamingResponse:
        return UploadsWithStreamingResponse(self)

    def cancel(
        self,
        upload_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """`POST /uploads/{upload_id}/cancel`."""
        if not upload_id:
            raise ValueError(f"Expected a non-empty value for `upload_id` but received {upload_id!r}")
        response: Upload = self._post(
            f"/uploads/{path_param(upload_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Upload,
        )
        return response

    def complete(
        self,
        upload_id: str,
        *,
        part_ids: SequenceNotStr[str],
        md5: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """`POST /uploads/{upload_id}/complete`."""
        if not upload_id:
            raise ValueError(f"Expected a non-empty value for `upload_id` but received {upload_id!r}")
        body = {"part_ids": part_ids, "md5": md5}
        response: Upload = self._post(
            f"/uploads/{path_param(upload_id)}/complete",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Upload,
        )
        return response

    def create(
        self,
        *,
        bytes: int,
        filename: str,
        mime_type: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        expires_after: ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """`POST /uploads`."""
        body = {
            "bytes": bytes,
            "filename": filename,
            "mime_type": mime_type,
            "purpose": purpose,
            "expires_after": expires_after,
        }
        response: Upload = self._post(
            "/uploads",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Upload,
        )
        return response


class AsyncUploads(AsyncUploadsHelpers, AsyncAPIResource):
    @cached_property
    def parts(self) -> AsyncParts:
        from .parts import AsyncParts

        return AsyncParts(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncUploadsWithRawResponse:
        return AsyncUploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsWithStreamingResponse:
        return AsyncUploadsWithStreamingResponse(self)

    async def cancel(
        self,
        upload_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """`POST /uploads/{upload_id}/cancel`."""
        if not upload_id:
            raise ValueError(f"Expected a non-empty value for `upload_id` but received {upload_id!r}")
        response: Upload = await self._post(
            f"/uploads/{path_param(upload_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Upload,
        )
        return response

    async def complete(
        self,
        upload_id: str,
        *,
        part_ids: SequenceNotStr[str],
        md5: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """`POST /uploads/{upload_id}/complete`."""
        if not upload_id:
            raise ValueError(f"Expected a non-empty value for `upload_id` but received {upload_id!r}")
        body = {"part_ids": part_ids, "md5": md5}
        response: Upload = await self._post(
            f"/uploads/{path_param(upload_id)}/complete",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Upload,
        )
        return response

    async def create(
        self,
        *,
        bytes: int,
        filename: str,
        mime_type: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        expires_after: ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Upload:
        """`POST /uploads`."""
        body = {
            "bytes": bytes,
            "filename": filename,
            "mime_type": mime_type,
            "purpose": purpose,
            "expires_after": expires_after,
        }
        response: Upload = await self._post(
            "/uploads",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Upload,
        )
        return response


class UploadsWithRawResponse:
    def __init__(self, uploads: Uploads) -> None:
        self._uploads = uploads
        self.cancel = to_raw_response_wrapper(uploads.cancel)
        self.complete = to_raw_response_wrapper(uploads.complete)
        self.create = to_raw_response_wrapper(uploads.create)

    @cached_property
    def parts(self) -> PartsWithRawResponse:
        from .parts import PartsWithRawResponse

        return PartsWithRawResponse(self._uploads.parts)


class UploadsWithStreamingResponse:
    def __init__(self, uploads: Uploads) -> None:
        self._uploads = uploads
        self.cancel = to_streamed_response_wrapper(uploads.cancel)
        self.complete = to_streamed_response_wrapper(uploads.complete)
        self.create = to_streamed_response_wrapper(uploads.create)

    @cached_property
    def parts(self) -> PartsWithStreamingResponse:
        from .parts import PartsWithStreamingResponse

        return PartsWithStreamingResponse(self._uploads.parts)


class AsyncUploadsWithRawResponse:
    def __init__(self, uploads: AsyncUploads) -> None:
        self._uploads = uploads
        self.cancel = async_to_raw_response_wrapper(uploads.cancel)
        self.complete = async_to_raw_response_wrapper(uploads.complete)
        self.create = async_to_raw_response_wrapper(uploads.create)

    @cached_property
    def parts(self) -> AsyncPartsWithRawResponse:
        from .parts import AsyncPartsWithRawResponse

        return AsyncPartsWithRawResponse(self._uploads.parts)


class AsyncUploadsWithStreamingResponse:
    def __init__(self, uploads: AsyncUploads) -> None:
        self._uploads = uploads
        self.cancel = async_to_streamed_response_wrapper(uploads.cancel)
        self.complete = async_to_streamed_response_wrapper(uploads.complete)
        self.create = async_to_streamed_response_wrapper(uploads.create)

    @cached_property
    def parts(self) -> AsyncPartsWithStreamingResponse:
        from .parts import AsyncPartsWithStreamingResponse

        return AsyncPartsWithStreamingResponse(self._uploads.parts)
