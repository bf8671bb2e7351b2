# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property
from warnings import warn

from .._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from .._binary import HttpxBinaryResponseContent
from .._files import split_files
from .._options import make_request_options, path_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from .._types import not_given, omit
from ..lib._async.file_helpers import AsyncFilesHelpers
from ..lib._sync.file_helpers import FilesHelpers
from ..pagination import AsyncCursorPage, SyncCursorPage
from ..types.file_deleted import FileDeleted
from ..types.file_object import FileObject

if TYPE_CHECKING:
    import httpx
    from .._async.paginator import AsyncPaginator
    from .._types import Body, FileTypes, Headers, NotGiven, Omit, Query
    from ..types.file_create_params import ExpiresAfter
    from ..types.file_purpose import FilePurpose

__all__ = ["Files", "AsyncFiles"]


class Files(FilesHelpers, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        return FilesWithStreamingResponse(self)

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """`GET /files/{file_id}/content`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        extra_headers = {"Accept": "application/binary", **(extra_headers or {})}
        response: HttpxBinaryResponseContent = self._get(
            f"/files/{path_param(file_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=HttpxBinaryResponseContent,
        )
        return response

    def create(
        self,
        *,
        file: FileTypes,
        purpose: FilePurpose,
        expires_after: ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileObject:
        """`POST /files`."""
        body, files = split_files({"file": file, "purpose": purpose, "expires_after": expires_after}, ["file"])
        response: FileObject = self._post(
            "/files",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileObject,
        )
        return response

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileDeleted:
        """`DELETE /files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        response: FileDeleted = self._delete(
            f"/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileDeleted,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        purpose: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[FileObject]:
        """`GET /files`."""
        return self._get_api_list(
            "/files",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order, "purpose": purpose},
            ),
            page=SyncCursorPage[FileObject],
            model=FileObject,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileObject:
        """`GET /files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        response: FileObject = self._get(
            f"/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileObject,
        )
        return response

    def retrieve_content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> str:
        """`GET /files/{file_id}/content`."""
        warn("The `.content()` method should be used instead", DeprecationWarning, stacklevel=2)
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        response: str = self._get(
            f"/files/{path_param(file_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=str,
        )
        return response


class AsyncFiles(AsyncFilesHelpers, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        return AsyncFilesWithStreamingResponse(self)

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """`GET /files/{file_id}/content`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        extra_headers = {"Accept": "application/binary", **(extra_headers or {})}
        response: HttpxBinaryResponseContent = await self._get(
            f"/files/{path_param(file_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=HttpxBinaryResponseContent,
        )
        return response

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: FilePurpose,
        expires_after: ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileObject:
        """`POST /files`."""
        body, files = split_files({"file": file, "purpose": purpose, "expires_after": expires_after}, ["file"])
        response: FileObject = await self._post(
            "/files",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileObject,
        )
        return response

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileDeleted:
        """`DELETE /files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        response: FileDeleted = await self._delete(
            f"/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileDeleted,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        purpose: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[FileObject, AsyncCursorPage[FileObject]]:
        """`GET /files`."""
        return self._get_api_list(
            "/files",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order, "purpose": purpose},
            ),
            page=AsyncCursorPage[FileObject],
            model=FileObject,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileObject:
        """`GET /files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        response: FileObject = await self._get(
            f"/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileObject,
        )
        return response

    async def retrieve_content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> str:
        """`GET /files/{file_id}/content`."""
        warn("The `.content()` method should be used instead", DeprecationWarning, stacklevel=2)
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        response: str = await self._get(
            f"/files/{path_param(file_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=str,
        )
        return response


class FilesWithRawResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.content = to_raw_response_wrapper(files.content)
        self.create = to_raw_response_wrapper(files.create)
        self.delete = to_raw_response_wrapper(files.delete)
        self.list = to_raw_response_wrapper(files.list)
        self.retrieve = to_raw_response_wrapper(files.retrieve)
        self.retrieve_content = to_raw_response_wrapper(files.retrieve_content)


class FilesWithStreamingResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.content = to_streamed_response_wrapper(files.content)
        self.create = to_streamed_response_wrapper(files.create)
        self.delete = to_streamed_response_wrapper(files.delete)
        self.list = to_streamed_response_wrapper(files.list)
        self.retrieve = to_streamed_response_wrapper(files.retrieve)
        self.retrieve_content = to_streamed_response_wrapper(files.retrieve_content)


class AsyncFilesWithRawResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.content = async_to_raw_response_wrapper(files.content)
        self.create = async_to_raw_response_wrapper(files.create)
        self.delete = async_to_raw_response_wrapper(files.delete)
        self.list = async_to_raw_response_wrapper(files.list)
        self.retrieve = async_to_raw_response_wrapper(files.retrieve)
        self.retrieve_content = async_to_raw_response_wrapper(files.retrieve_content)


class AsyncFilesWithStreamingResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.content = async_to_streamed_response_wrapper(files.content)
        self.create = async_to_streamed_response_wrapper(files.create)
        self.delete = async_to_streamed_response_wrapper(files.delete)
        self.list = async_to_streamed_response_wrapper(files.list)
        self.retrieve = async_to_streamed_response_wrapper(files.retrieve)
        self.retrieve_content = async_to_streamed_response_wrapper(files.retrieve_content)
