# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Iterable, List, TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property

from .._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from .._embeddings import Base64EmbeddingResponse, decode_embeddings
from .._options import make_request_options
from .._resource import AsyncAPIResource, SyncAPIResource
from .._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from .._types import NotGiven, Omit, not_given, omit
from ..types.create_embedding_response import CreateEmbeddingResponse

if TYPE_CHECKING:
    import httpx
    from .._types import Body, Headers, Query, SequenceNotStr
    from ..types.embedding_model import EmbeddingModel

__all__ = ["Embeddings", "AsyncEmbeddings"]


class Embeddings(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        return EmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EmbeddingsWithStreamingResponse:
        return EmbeddingsWithStreamingResponse(self)

    def create(
        self,
        *,
        input: Union[str, SequenceNotStr[str], List[int], Iterable[List[int]]],
        model: Union[str, EmbeddingModel],
        dimensions: int | Omit = omit,
        encoding_format: Literal["float", "base64"] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateEmbeddingResponse:
        """`POST /embeddings`."""
        as_base64 = isinstance(encoding_format, (NotGiven, Omit))
        body = {
            "input": input,
            "model": model,
            "dimensions": dimensions,
            "encoding_format": "base64" if as_base64 else encoding_format,
            "user": user,
        }
        response: CreateEmbeddingResponse = self._post(
            "/embeddings",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                post_parser=decode_embeddings if as_base64 else not_given,
            ),
            cast_to=Base64EmbeddingResponse if as_base64 else CreateEmbeddingResponse,
        )
        return response


class AsyncEmbeddings(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncEmbeddingsWithRawResponse:
        return AsyncEmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEmbeddingsWithStreamingResponse:
        return AsyncEmbeddingsWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: Union[str, SequenceNotStr[str], List[int], Iterable[List[int]]],
        model: Union[str, EmbeddingModel],
        dimensions: int | Omit = omit,
        encoding_format: Literal["float", "base64"] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateEmbeddingResponse:
        """`POST /embeddings`."""
        as_base64 = isinstance(encoding_format, (NotGiven, Omit))
        body = {
            "input": input,
            "model": model,
            "dimensions": dimensions,
            "encoding_format": "base64" if as_base64 else encoding_format,
            "user": user,
        }
        response: CreateEmbeddingResponse = await self._post(
            "/embeddings",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                post_parser=decode_embeddings if as_base64 else not_given,
            ),
            cast_to=Base64EmbeddingResponse if as_base64 else CreateEmbeddingResponse,
        )
        return response


class EmbeddingsWithRawResponse:
    def __init__(self, embeddings: Embeddings) -> None:
        self._embeddings = embeddings
        self.create = to_raw_response_wrapper(embeddings.create)


class EmbeddingsWithStreamingResponse:
    def __init__(self, embeddings: Embeddings) -> None:
        self._embeddings = embeddings
        self.create = to_streamed_response_wrapper(embeddings.create)


class AsyncEmbeddingsWithRawResponse:
    def __init__(self, embeddings: AsyncEmbeddings) -> None:
        self._embeddings = embeddings
        self.create = async_to_raw_response_wrapper(embeddings.create)


class AsyncEmbeddingsWithStreamingResponse:
    def __init__(self, embeddings: AsyncEmbeddings) -> None:
        self._embeddings = embeddings
        self.create = async_to_streamed_response_wrapper(embeddings.create)
