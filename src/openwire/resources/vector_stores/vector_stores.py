# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit
from ...pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from ...types.vector_store import VectorStore
from ...types.vector_store_deleted import VectorStoreDeleted
from ...types.vector_store_search_response import VectorStoreSearchResponse

if TYPE_CHECKING:
    import httpx
    from ..._async.paginator import AsyncPaginator
    from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr
    from .file_batches import (
        AsyncFileBatches,
        AsyncFileBatchesWithRawResponse,
        AsyncFileBatchesWithStreamingResponse,
        FileBatches,
        FileBatchesWithRawResponse,
        FileBatchesWithStreamingResponse,
    )
    from .files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from ...types.file_chunking_strategy_param import FileChunkingStrategyParam
    from ...types.shared.metadata import Metadata
    from ...types.vector_store_create_params import ExpiresAfter
    from ...types.vector_store_search_params import Filters, RankingOptions
    from ...types.vector_store_update_params import ExpiresAfter as VectorStoreUpdateParamsExpiresAfter

__all__ = ["VectorStores", "AsyncVectorStores"]


class VectorStores(SyncAPIResource):
    @cached_property
    def file_batches(self) -> FileBatches:
        from .file_batches import FileBatches

        return FileBatches(self._client)

    @cached_property
    def files(self) -> Files:
        from .files import Files

        return Files(self._client)

    @cached_property
    def with_raw_response(self) -> VectorStoresWithRawResponse:
        return VectorStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VectorStoresWithStreamingResponse:
        return VectorStoresWithStreamingResponse(self)

    def create(
        self,
        *,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        description: str | Omit = omit,
        expires_after: ExpiresAfter | Omit = omit,
        file_ids: SequenceNotStr[str] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStore:
        """`POST /vector_stores`."""
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "chunking_strategy": chunking_strategy,
            "description": description,
            "expires_after": expires_after,
            "file_ids": file_ids,
            "metadata": metadata,
            "name": name,
        }
        response: VectorStore = self._post(
            "/vector_stores",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStore,
        )
        return response

    def delete(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreDeleted:
        """`DELETE /vector_stores/{vector_store_id}`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStoreDeleted = self._delete(
            f"/vector_stores/{path_param(vector_store_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreDeleted,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        before: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[VectorStore]:
        """`GET /vector_stores`."""
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            "/vector_stores",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "limit": limit, "order": order},
            ),
            page=SyncCursorPage[VectorStore],
            model=VectorStore,
        )

    def retrieve(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStore:
        """`GET /vector_stores/{vector_store_id}`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStore = self._get(
            f"/vector_stores/{path_param(vector_store_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStore,
        )
        return response

    def search(
        self,
        vector_store_id: str,
        *,
        query: Union[str, SequenceNotStr[str]],
        filters: Filters | Omit = omit,
        max_num_results: int | Omit = omit,
        ranking_options: RankingOptions | Omit = omit,
        rewrite_query: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[VectorStoreSearchResponse]:
        """`POST /vector_stores/{vector_store_id}/search`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "query": query,
            "filters": filters,
            "max_num_results": max_num_results,
            "ranking_options": ranking_options,
            "rewrite_query": rewrite_query,
        }
        return self._get_api_list(
            f"/vector_stores/{path_param(vector_store_id)}/search",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=SyncPage[VectorStoreSearchResponse],
            model=VectorStoreSearchResponse,
            method="post",
        )

    def update(
        self,
        vector_store_id: str,
        *,
        expires_after: VectorStoreUpdateParamsExpiresAfter | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        name: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStore:
        """`POST /vector_stores/{vector_store_id}`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"expires_after": expires_after, "metadata": metadata, "name": name}
        response: VectorStore = self._post(
            f"/vector_stores/{path_param(vector_store_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStore,
        )
        return response


class AsyncVectorStores(AsyncAPIResource):
    @cached_property
    def file_batches(self) -> AsyncFileBatches:
        from .file_batches import AsyncFileBatches

        return AsyncFileBatches(self._client)

    @cached_property
    def files(self) -> AsyncFiles:
        from .files import AsyncFiles

        return AsyncFiles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncVectorStoresWithRawResponse:
        return AsyncVectorStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVectorStoresWithStreamingResponse:
        return AsyncVectorStoresWithStreamingResponse(self)

    async def create(
        self,
        *,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        description: str | Omit = omit,
        expires_after: ExpiresAfter | Omit = omit,
        file_ids: SequenceNotStr[str] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStore:
        """`POST /vector_stores`."""
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "chunking_strategy": chunking_strategy,
            "description": description,
            "expires_after": expires_after,
            "file_ids": file_ids,
            "metadata": metadata,
            "name": name,
        }
        response: VectorStore = await self._post(
            "/vector_stores",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStore,
        )
        return response

    async def delete(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreDeleted:
        """`DELETE /vector_stores/{vector_store_id}`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStoreDeleted = await self._delete(
            f"/vector_stores/{path_param(vector_store_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStoreDeleted,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        before: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[VectorStore, AsyncCursorPage[VectorStore]]:
        """`GET /vector_stores`."""
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            "/vector_stores",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "limit": limit, "order": order},
            ),
            page=AsyncCursorPage[VectorStore],
            model=VectorStore,
        )

    async def retrieve(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStore:
        """`GET /vector_stores/{vector_store_id}`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: VectorStore = await self._get(
            f"/vector_stores/{path_param(vector_store_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStore,
        )
        return response

    def search(
        self,
        vector_store_id: str,
        *,
        query: Union[str, SequenceNotStr[str]],
        filters: Filters | Omit = omit,
        max_num_results: int | Omit = omit,
        ranking_options: RankingOptions | Omit = omit,
        rewrite_query: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[VectorStoreSearchResponse, AsyncPage[VectorStoreSearchResponse]]:
        """`POST /vector_stores/{vector_store_id}/search`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "query": query,
            "filters": filters,
            "max_num_results": max_num_results,
            "ranking_options": ranking_options,
            "rewrite_query": rewrite_query,
        }
        return self._get_api_list(
            f"/vector_stores/{path_param(vector_store_id)}/search",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=AsyncPage[VectorStoreSearchResponse],
            model=VectorStoreSearchResponse,
            method="post",
        )

    async def update(
        self,
        vector_store_id: str,
        *,
        expires_after: VectorStoreUpdateParamsExpiresAfter | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        name: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStore:
        """`POST /vector_stores/{vector_store_id}`."""
        if not vector_store_id:
            raise ValueError(f"Expected a non-empty value for `vector_store_id` but received {vector_store_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"expires_after": expires_after, "metadata": metadata, "name": name}
        response: VectorStore = await self._post(
            f"/vector_stores/{path_param(vector_store_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VectorStore,
        )
        return response


class VectorStoresWithRawResponse:
    def __init__(self, vector_stores: VectorStores) -> None:
        self._vector_stores = vector_stores
        self.create = to_raw_response_wrapper(vector_stores.create)
        self.delete = to_raw_response_wrapper(vector_stores.delete)
        self.list = to_raw_response_wrapper(vector_stores.list)
        self.retrieve = to_raw_response_wrapper(vector_stores.retrieve)
        self.search = to_raw_response_wrapper(vector_stores.search)
        self.update = to_raw_response_wrapper(vector_stores.update)

    @cached_property
    def file_batches(self) -> FileBatchesWithRawResponse:
        from .file_batches import FileBatchesWithRawResponse

        return FileBatchesWithRawResponse(self._vector_stores.file_batches)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from .files import FilesWithRawResponse

        return FilesWithRawResponse(self._vector_stores.files)


class VectorStoresWithStreamingResponse:
    def __init__(self, vector_stores: VectorStores) -> None:
        self._vector_stores = vector_stores
        self.create = to_streamed_response_wrapper(vector_stores.create)
        self.delete = to_streamed_response_wrapper(vector_stores.delete)
        self.list = to_streamed_response_wrapper(vector_stores.list)
        self.retrieve = to_streamed_response_wrapper(vector_stores.retrieve)
        self.search = to_streamed_response_wrapper(vector_stores.search)
        self.update = to_streamed_response_wrapper(vector_stores.update)

    @cached_property
    def file_batches(self) -> FileBatchesWithStreamingResponse:
        from .file_batches import FileBatchesWithStreamingResponse

        return FileBatchesWithStreamingResponse(self._vector_stores.file_batches)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from .files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._vector_stores.files)


class AsyncVectorStoresWithRawResponse:
    def __init__(self, vector_stores: AsyncVectorStores) -> None:
        self._vector_stores = vector_stores
        self.create = async_to_raw_response_wrapper(vector_stores.create)
        self.delete = async_to_raw_response_wrapper(vector_stores.delete)
        self.list = async_to_raw_response_wrapper(vector_stores.list)
        self.retrieve = async_to_raw_response_wrapper(vector_stores.retrieve)
        self.search = async_to_raw_response_wrapper(vector_stores.search)
        self.update = async_to_raw_response_wrapper(vector_stores.update)

    @cached_property
    def file_batches(self) -> AsyncFileBatchesWithRawResponse:
        from .file_batches import AsyncFileBatchesWithRawResponse

        return AsyncFileBatchesWithRawResponse(self._vector_stores.file_batches)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from .files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._vector_stores.files)


class AsyncVectorStoresWithStreamingResponse:
    def __init__(self, vector_stores: AsyncVectorStores) -> None:
        self._vector_stores = vector_stores
        self.create = async_to_streamed_response_wrapper(vector_stores.create)
        self.delete = async_to_streamed_response_wrapper(vector_stores.delete)
        self.list = async_to_streamed_response_wrapper(vector_stores.list)
        self.retrieve = async_to_streamed_response_wrapper(vector_stores.retrieve)
        self.search = async_to_streamed_response_wrapper(vector_stores.search)
        self.update = async_to_streamed_response_wrapper(vector_stores.update)

    @cached_property
    def file_batches(self) -> AsyncFileBatchesWithStreamingResponse:
        from .file_batches import AsyncFileBatchesWithStreamingResponse

        return AsyncFileBatchesWithStreamingResponse(self._vector_stores.file_batches)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from .files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._vector_stores.files)
