# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional, TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit
from ...lib._async.vector_store_helpers import AsyncVectorStoreFilesHelpers
from ...lib._sync.vector_store_helpers import VectorStoreFilesHelpers
from ...pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from ...types.vector_stores.file_content_response import FileContentResponse
from ...types.vector_stores.vector_store_file import VectorStoreFile
from ...types.vector_stores.vector_store_file_deleted import VectorStoreFileDeleted

if TYPE_CHECKING:
    import httpx
    from ..._async.paginator import AsyncPaginator
    from ..._types import Body, Headers, NotGiven, Omit, Query
    from ...types.file_chunking_strategy_param import FileChunkingStrategyParam

__all__ = ["Files", "AsyncFiles"]


class Files(VectorStoreFilesHelpers, SyncAPIResource):
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
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[FileContentResponse]:
        """`GET /vector_stores/{vector_store_id}/files/{file_id}/content`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            f"/vector_stores/{path_param(vector_store_id)}/files/{path_param(file_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=SyncPage[FileContentResponse],
            model=FileContentResponse,
        )

    def create(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """`POST /vector_stores/{vector_store_id}/files`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"file_id": file_id, "attributes": attributes, "chunking_strategy": chunking_strategy}
        response: VectorStoreFile = self._post(
            f"/vector_stores/{path_param(vector_store_id)}/files",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFile,
        )
        return response

    def delete(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileDeleted:
        """`DELETE /vector_stores/{vector_store_id}/files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStoreFileDeleted = self._delete(
            f"/vector_stores/{path_param(vector_store_id)}/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFileDeleted,
        )
        return response

    def list(
        self,
        vector_store_id: str,
        *,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[VectorStoreFile]:
        """`GET /vector_stores/{vector_store_id}/files`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            f"/vector_stores/{path_param(vector_store_id)}/files",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "filter": filter, "limit": limit, "order": order},
            ),
            page=SyncCursorPage[VectorStoreFile],
            model=VectorStoreFile,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """`GET /vector_stores/{vector_store_id}/files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStoreFile = self._get(
            f"/vector_stores/{path_param(vector_store_id)}/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFile,
        )
        return response

    def update(
        self,
        file_id: str,
        *,
        attributes: Optional[Dict[str, Union[str, float, bool]]],
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """`POST /vector_stores/{vector_store_id}/files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"attributes": attributes}
        response: VectorStoreFile = self._post(
            f"/vector_stores/{path_param(vector_store_id)}/files/{path_param(file_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFile,
        )
        return response

    def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """Attach a file to a vector store, then wait until it is no longer ``in_progress``."""
        response: VectorStoreFile = self._create_and_poll(
            {
                "file_id": file_id,
                "vector_store_id": vector_store_id,
                "attributes": attributes,
                "poll_interval_ms": poll_interval_ms,
                "chunking_strategy": chunking_strategy,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
        )
        return response


class AsyncFiles(AsyncVectorStoreFilesHelpers, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        return AsyncFilesWithStreamingResponse(self)

    def content(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[FileContentResponse, AsyncPage[FileContentResponse]]:
        """`GET /vector_stores/{vector_store_id}/files/{file_id}/content`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            f"/vector_stores/{path_param(vector_store_id)}/files/{path_param(file_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=AsyncPage[FileContentResponse],
            model=FileContentResponse,
        )

    async def create(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """`POST /vector_stores/{vector_store_id}/files`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"file_id": file_id, "attributes": attributes, "chunking_strategy": chunking_strategy}
        response: VectorStoreFile = await self._post(
            f"/vector_stores/{path_param(vector_store_id)}/files",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFile,
        )
        return response

    async def delete(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileDeleted:
        """`DELETE /vector_stores/{vector_store_id}/files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStoreFileDeleted = await self._delete(
            f"/vector_stores/{path_param(vector_store_id)}/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFileDeleted,
        )
        return response

    def list(
        self,
        vector_store_id: str,
        *,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]:
        """`GET /vector_stores/{vector_store_id}/files`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            f"/vector_stores/{path_param(vector_store_id)}/files",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "filter": filter, "limit": limit, "order": order},
            ),
            page=AsyncCursorPage[VectorStoreFile],
            model=VectorStoreFile,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """`GET /vector_stores/{vector_store_id}/files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStoreFile = await self._get(
            f"/vector_stores/{path_param(vector_store_id)}/files/{path_param(file_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFile,
        )
        return response

    async def update(
        self,
        file_id: str,
        *,
        attributes: Optional[Dict[str, Union[str, float, bool]]],
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """`POST /vector_stores/{vector_store_id}/files/{file_id}`."""
        if not file_id:
            raise ValueError(f"Expected a non-empty value for `file_id` but received {file_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"attributes": attributes}
        response: VectorStoreFile = await self._post(
            f"/vector_stores/{path_param(vector_store_id)}/files/{path_param(file_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFile,
        )
        return response

    async def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """Attach a file to a vector store, then wait until it is no longer ``in_progress``."""
        response: VectorStoreFile = await self._create_and_poll(
            {
                "file_id": file_id,
                "vector_store_id": vector_store_id,
                "attributes": attributes,
                "poll_interval_ms": poll_interval_ms,
                "chunking_strategy": chunking_strategy,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
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
        self.update = to_raw_response_wrapper(files.update)


class FilesWithStreamingResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.content = to_streamed_response_wrapper(files.content)
        self.create = to_streamed_response_wrapper(files.create)
        self.delete = to_streamed_response_wrapper(files.delete)
        self.list = to_streamed_response_wrapper(files.list)
        self.retrieve = to_streamed_response_wrapper(files.retrieve)
        self.update = to_streamed_response_wrapper(files.update)


class AsyncFilesWithRawResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.content = async_to_raw_response_wrapper(files.content)
        self.create = async_to_raw_response_wrapper(files.create)
        self.delete = async_to_raw_response_wrapper(files.delete)
        self.list = async_to_raw_response_wrapper(files.list)
        self.retrieve = async_to_raw_response_wrapper(files.retrieve)
        self.update = async_to_raw_response_wrapper(files.update)


class AsyncFilesWithStreamingResponse:
    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.content = async_to_streamed_response_wrapper(files.content)
        self.create = async_to_streamed_response_wrapper(files.create)
        self.delete = async_to_streamed_response_wrapper(files.delete)
        self.list = async_to_streamed_response_wrapper(files.list)
        self.retrieve = async_to_streamed_response_wrapper(files.retrieve)
        self.update = async_to_streamed_response_wrapper(files.update)
