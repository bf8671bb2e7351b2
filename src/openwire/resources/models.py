# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from .._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from .._options import make_request_options, path_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from .._types import not_given, omit
from ..pagination import AsyncPage, SyncPage
from ..types.model import Model
from ..types.model_deleted import ModelDeleted

if TYPE_CHECKING:
    import httpx
    from .._async.paginator import AsyncPaginator
    from .._types import Body, Headers, NotGiven, Omit, Query

__all__ = ["Models", "AsyncModels"]


class Models(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        return ModelsWithStreamingResponse(self)

    def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ModelDeleted:
        """`DELETE /models/{model}`."""
        if not model:
            raise ValueError(f"Expected a non-empty value for `model` but received {model!r}")
        response: ModelDeleted = self._delete(
            f"/models/{path_param(model)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ModelDeleted,
        )
        return response

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[Model]:
        """`GET /models`."""
        return self._get_api_list(
            "/models",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=SyncPage[Model],
            model=Model,
        )

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Model:
        """`GET /models/{model}`."""
        if not model:
            raise ValueError(f"Expected a non-empty value for `model` but received {model!r}")
        response: Model = self._get(
            f"/models/{path_param(model)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Model,
        )
        return response


class AsyncModels(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        return AsyncModelsWithStreamingResponse(self)

    async def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ModelDeleted:
        """`DELETE /models/{model}`."""
        if not model:
            raise ValueError(f"Expected a non-empty value for `model` but received {model!r}")
        response: ModelDeleted = await self._delete(
            f"/models/{path_param(model)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ModelDeleted,
        )
        return response

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Model, AsyncPage[Model]]:
        """`GET /models`."""
        return self._get_api_list(
            "/models",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            page=AsyncPage[Model],
            model=Model,
        )

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Model:
        """`GET /models/{model}`."""
        if not model:
            raise ValueError(f"Expected a non-empty value for `model` but received {model!r}")
        response: Model = await self._get(
            f"/models/{path_param(model)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Model,
        )
        return response


class ModelsWithRawResponse:
    def __init__(self, models: Models) -> None:
        self._models = models
        self.delete = to_raw_response_wrapper(models.delete)
        self.list = to_raw_response_wrapper(models.list)
        self.retrieve = to_raw_response_wrapper(models.retrieve)


class ModelsWithStreamingResponse:
    def __init__(self, models: Models) -> None:
        self._models = models
        self.delete = to_streamed_response_wrapper(models.delete)
        self.list = to_streamed_response_wrapper(models.list)
        self.retrieve = to_streamed_response_wrapper(models.retrieve)


class AsyncModelsWithRawResponse:
    def __init__(self, models: AsyncModels) -> None:
        self._models = models
        self.delete = async_to_raw_response_wrapper(models.delete)
        self.list = async_to_raw_response_wrapper(models.list)
        self.retrieve = async_to_raw_response_wrapper(models.retrieve)


class AsyncModelsWithStreamingResponse:
    def __init__(self, models: AsyncModels) -> None:
        self._models = models
        self.delete = async_to_streamed_response_wrapper(models.delete)
        self.list = async_to_streamed_response_wrapper(models.list)
        self.retrieve = async_to_streamed_response_wrapper(models.retrieve)
