# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Any, Iterable, List, TYPE_CHECKING, cast
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import header_params, make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.beta.beta_response_item import BetaResponseItem

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from ....types.beta.beta_response_includable import BetaResponseIncludable

__all__ = ["InputItems", "AsyncInputItems"]


class InputItems(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> InputItemsWithRawResponse:
        return InputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InputItemsWithStreamingResponse:
        return InputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
        *,
        after: str | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        include: Iterable[BetaResponseIncludable] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[BetaResponseItem]:
        """`GET /responses/{response_id}/input_items`."""
        if not response_id:
            raise ValueError(f"Expected a non-empty value for `response_id` but received {response_id!r}")
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        return self._get_api_list(
            f"/responses/{path_param(response_id)}/input_items",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true", "after": after, "include": include, "limit": limit, "order": order},
            ),
            page=SyncCursorPage[BetaResponseItem],
            model=cast(Any, BetaResponseItem),
        )


class AsyncInputItems(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncInputItemsWithRawResponse:
        return AsyncInputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInputItemsWithStreamingResponse:
        return AsyncInputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
        *,
        after: str | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        include: Iterable[BetaResponseIncludable] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[BetaResponseItem, AsyncCursorPage[BetaResponseItem]]:
        """`GET /responses/{response_id}/input_items`."""
        if not response_id:
            raise ValueError(f"Expected a non-empty value for `response_id` but received {response_id!r}")
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        return self._get_api_list(
            f"/responses/{path_param(response_id)}/input_items",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true", "after": after, "include": include, "limit": limit, "order": order},
            ),
            page=AsyncCursorPage[BetaResponseItem],
            model=cast(Any, BetaResponseItem),
        )


class InputItemsWithRawResponse:
    def __init__(self, input_items: InputItems) -> None:
        self._input_items = input_items
        self.list = to_raw_response_wrapper(input_items.list)


class InputItemsWithStreamingResponse:
    def __init__(self, input_items: InputItems) -> None:
        self._input_items = input_items
        self.list = to_streamed_response_wrapper(input_items.list)


class AsyncInputItemsWithRawResponse:
    def __init__(self, input_items: AsyncInputItems) -> None:
        self._input_items = input_items
        self.list = async_to_raw_response_wrapper(input_items.list)


class AsyncInputItemsWithStreamingResponse:
    def __init__(self, input_items: AsyncInputItems) -> None:
        self._input_items = input_items
        self.list = async_to_streamed_response_wrapper(input_items.list)
