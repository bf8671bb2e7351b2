# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Iterable, Optional, TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit
from ...lib._async.vector_store_helpers import AsyncFileBatchesHelpers
from ...lib._sync.vector_store_helpers import FileBatchesHelpers
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types.vector_stores.vector_store_file import VectorStoreFile
from ...types.vector_stores.vector_store_file_batch import VectorStoreFileBatch

if TYPE_CHECKING:
    import httpx
    from ..._async.paginator import AsyncPaginator
    from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr
    from ...types.file_chunking_strategy_param import FileChunkingStrategyParam
    from ...types.vector_stores.file_batch_create_params import File

__all__ = ["FileBatches", "AsyncFileBatches"]


class FileBatches(FileBatchesHelpers, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FileBatchesWithRawResponse:
        return FileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FileBatchesWithStreamingResponse:
        return FileBatchesWithStreamingResponse(self)

    def cancel(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """`POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel`."""
        if not batch_id:
            raise ValueError(f"Expected a non-empty value for `batch_id` but received {batch_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStoreFileBatch = self._post(
            f"/vector_stores/{path_param(vector_store_id)}/file_batches/{path_param(batch_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFileBatch,
        )
        return response

    def create(
        self,
        vector_store_id: str,
        *,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[File] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """`POST /vector_stores/{vector_store_id}/file_batches`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"attributes": attributes, "chunking_strategy": chunking_strategy, "file_ids": file_ids, "files": files}
        response: VectorStoreFileBatch = self._post(
            f"/vector_stores/{path_param(vector_store_id)}/file_batches",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFileBatch,
        )
        return response

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
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
        """`GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`."""
        if not batch_id:
            raise ValueError(f"Expected a non-empty value for `batch_id` but received {batch_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            f"/vector_stores/{path_param(vector_store_id)}/file_batches/{path_param(batch_id)}/files",
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
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """`GET /vector_stores/{vector_store_id}/file_batches/{batch_id}`."""
        if not batch_id:
            raise ValueError(f"Expected a non-empty value for `batch_id` but received {batch_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStoreFileBatch = self._get(
            f"/vector_stores/{path_param(vector_store_id)}/file_batches/{path_param(batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFileBatch,
        )
        return response

    def create_and_poll(
        self,
        vector_store_id: str,
        *,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[File] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """Create a file batch, then wait until none of its files is in progress."""
        response: VectorStoreFileBatch = self._create_and_poll(
            {
                "vector_store_id": vector_store_id,
                "attributes": attributes,
                "chunking_strategy": chunking_strategy,
                "file_ids": file_ids,
                "files": files,
                "poll_interval_ms": poll_interval_ms,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
        )
        return response


class AsyncFileBatches(AsyncFileBatchesHelpers, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFileBatchesWithRawResponse:
        return AsyncFileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFileBatchesWithStreamingResponse:
        return AsyncFileBatchesWithStreamingResponse(self)

    async def cancel(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """`POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel`."""
        if not batch_id:
            raise ValueError(f"Expected a non-empty value for `batch_id` but received {batch_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStoreFileBatch = await self._post(
            f"/vector_stores/{path_param(vector_store_id)}/file_batches/{path_param(batch_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFileBatch,
        )
        return response

    async def create(
        self,
        vector_store_id: str,
        *,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[File] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """`POST /vector_stores/{vector_store_id}/file_batches`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"attributes": attributes, "chunking_strategy": chunking_strategy, "file_ids": file_ids, "files": files}
        response: VectorStoreFileBatch = await self._post(
            f"/vector_stores/{path_param(vector_store_id)}/file_batches",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFileBatch,
        )
        return response

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
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
        """`GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`."""
        if not batch_id:
            raise ValueError(f"Expected a non-empty value for `batch_id` but received {batch_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            f"/vector_stores/{path_param(vector_store_id)}/file_batches/{path_param(batch_id)}/files",
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
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """`GET /vector_stores/{vector_store_id}/file_batches/{batch_id}`."""
        if not batch_id:
            raise ValueError(f"Expected a non-empty value for `batch_id` but received {batch_id!r}")
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStoreFileBatch = await self._get(
            f"/vector_stores/{path_param(vector_store_id)}/file_batches/{path_param(batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreFileBatch,
        )
        return response

    async def create_and_poll(
        self,
        vector_store_id: str,
        *,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[File] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """Create a file batch, then wait until none of its files is in progress."""
        response: VectorStoreFileBatch = await self._create_and_poll(
            {
                "vector_store_id": vector_store_id,
                "attributes": attributes,
                "chunking_strategy": chunking_strategy,
                "file_ids": file_ids,
                "files": files,
                "poll_interval_ms": poll_interval_ms,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
        )
        return response


class FileBatchesWithRawResponse:
    def __init__(self, file_batches: FileBatches) -> None:
        self._file_batches = file_batches
        self.cancel = to_raw_response_wrapper(file_batches.cancel)
        self.create = to_raw_response_wrapper(file_batches.create)
        self.list_files = to_raw_response_wrapper(file_batches.list_files)
        self.retrieve = to_raw_response_wrapper(file_batches.retrieve)


class FileBatchesWithStreamingResponse:
    def __init__(self, file_batches: FileBatches) -> None:
        self._file_batches = file_batches
        self.cancel = to_streamed_response_wrapper(file_batches.cancel)
        self.create = to_streamed_response_wrapper(file_batches.create)
        self.list_files = to_streamed_response_wrapper(file_batches.list_files)
        self.retrieve = to_streamed_response_wrapper(file_batches.retrieve)


class AsyncFileBatchesWithRawResponse:
    def __init__(self, file_batches: AsyncFileBatches) -> None:
        self._file_batches = file_batches
        self.cancel = async_to_raw_response_wrapper(file_batches.cancel)
        self.create = async_to_raw_response_wrapper(file_batches.create)
        self.list_files = async_to_raw_response_wrapper(file_batches.list_files)
        self.retrieve = async_to_raw_response_wrapper(file_batches.retrieve)


class AsyncFileBatchesWithStreamingResponse:
    def __init__(self, file_batches: AsyncFileBatches) -> None:
        self._file_batches = file_batches
        self.cancel = async_to_streamed_response_wrapper(file_batches.cancel)
        self.create = async_to_streamed_response_wrapper(file_batches.create)
        self.list_files = async_to_streamed_response_wrapper(file_batches.list_files)
        self.retrieve = async_to_streamed_response_wrapper(file_batches.retrieve)
