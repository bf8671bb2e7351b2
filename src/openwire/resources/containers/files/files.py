# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._files import split_files
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import NoneType, not_given, omit
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.containers.file_create_response import FileCreateResponse
from ....types.containers.file_list_response import FileListResponse
from ....types.containers.file_retrieve_response import FileRetrieveResponse

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, FileTypes, Headers, NotGiven, Omit, Query
    from .content import (
        AsyncContent,
        AsyncContentWithRawResponse,
        AsyncContentWithStreamingResponse,
        Content,
        ContentWithRawResponse,
        ContentWithStreamingResponse,
    )

__all__ = ["Files", "AsyncFiles"]


class Files(SyncAPIResource):
    @cached_property
    def content(self) -> Content:
        from .content import Content

        return Content(self._client)

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        return FilesWithStreamingResponse(self)

    def create(
        self,
        container_id: str,
        *,
        file: FileTypes | Omit = omit,
        file_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileCreateResponse:
        """`POST /containers/{container_id}/files`."""
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        body, files = split_files({"file": file, "file_id": file_id}, ["file"])
        response: FileCreateResponse = self._post(
            f"/containers/{path_param(container_id)}/files",
            body=body,
            files=files or None,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileCreateResponse,
        )
        return response

    def delete(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`DELETE /containers/{container_id}/files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        response: None = self._delete(
            f"/containers/{path_param(container_id)}/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response

    def list(
        self,
        container_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[FileListResponse]:
        """`GET /containers/{container_id}/files`."""
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        return self._get_api_list(
            f"/containers/{path_param(container_id)}/files",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            page=SyncCursorPage[FileListResponse],
            model=FileListResponse,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileRetrieveResponse:
        """`GET /containers/{container_id}/files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        response: FileRetrieveResponse = self._get(
            f"/containers/{path_param(container_id)}/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileRetrieveResponse,
        )
        return response


class AsyncFiles(AsyncAPIResource):
    @cached_property
    def content(self) -> AsyncContent:
        from .content import AsyncContent

        return AsyncContent(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        return AsyncFilesWithStreamingResponse(self)

    async def create(
        self,
        container_id: str,
        *,
        file: FileTypes | Omit = omit,
        file_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileCreateResponse:
        """`POST /containers/{container_id}/files`."""
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        body, files = split_files({"file": file, "file_id": file_id}, ["file"])
        response: FileCreateResponse = await self._post(
            f"/containers/{path_param(container_id)}/files",
            body=body,
            files=files or None,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileCreateResponse,
        )
        return response

    async def delete(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`DELETE /containers/{container_id}/files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        response: None = await self._delete(
            f"/containers/{path_param(container_id)}/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response

    def list(
        self,
        container_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[FileListResponse, AsyncCursorPage[FileListResponse]]:
        """`GET /containers/{container_id}/files`."""
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        return self._get_api_list(
            f"/containers/{path_param(container_id)}/files",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            page=AsyncCursorPage[FileListResponse],
            model=FileListResponse,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileRetrieveResponse:
        """`GET /containers/{container_id}/files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        response: FileRetrieveResponse = await self._get(
            f"/containers/{path_param(container_id)}/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=FileRetrieveResponse,
        )
        return response


class FilesWithRawResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.create = to_raw_response_wrapper(files.create)
        self.delete = to_raw_response_wrapper(files.delete)
        self.list = to_raw_response_wrapper(files.list)
        self.retrieve = to_raw_response_wrapper(files.retrieve)

    @cached_property
    def content(self) -> ContentWithRawResponse:
        from .content import ContentWithRawResponse

        return ContentWithRawResponse(self._files.content)


class FilesWithStreamingResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.create = to_streamed_response_wrapper(files.create)
        self.delete = to_streamed_response_wrapper(files.delete)
        self.list = to_streamed_response_wrapper(files.list)
        self.retrieve = to_streamed_response_wrapper(files.retrieve)

    @cached_property
    def content(self) -> ContentWithStreamingResponse:
        from .content import ContentWithStreamingResponse

        return ContentWithStreamingResponse(self._files.content)


class AsyncFilesWithRawResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.create = async_to_raw_response_wrapper(files.create)
        self.delete = async_to_raw_response_wrapper(files.delete)
        self.list = async_to_raw_response_wrapper(files.list)
        self.retrieve = async_to_raw_response_wrapper(files.retrieve)

    @cached_property
    def content(self) -> AsyncContentWithRawResponse:
        from .content import AsyncContentWithRawResponse

        return AsyncContentWithRawResponse(self._files.content)


class AsyncFilesWithStreamingResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.create = async_to_streamed_response_wrapper(files.create)
        self.delete = async_to_streamed_response_wrapper(files.delete)
        self.list = async_to_streamed_response_wrapper(files.list)
        self.retrieve = async_to_streamed_response_wrapper(files.retrieve)

    @cached_property
    def content(self) -> AsyncContentWithStreamingResponse:
        from .content import AsyncContentWithStreamingResponse

        return AsyncContentWithStreamingResponse(self._files.content)
