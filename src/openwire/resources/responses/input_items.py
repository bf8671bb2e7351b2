# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Any, List, TYPE_CHECKING, cast
from typing_extensions import Literal
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types.responses.response_item import ResponseItem

if TYPE_CHECKING:
    import httpx
    from ..._async.paginator import AsyncPaginator
    from ..._types import Body, Headers, NotGiven, Omit, Query

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
        include: List[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[ResponseItem]:
        """`GET /responses/{response_id}/input_items`."""
        if not response_id:
            raise ValueError(f"Expected a non-empty value for `response_id` but received {response_id!r}")
        return self._get_api_list(
            f"/responses/{path_param(response_id)}/input_items",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "include": include, "limit": limit, "order": order},
            ),
            page=SyncCursorPage[ResponseItem],
            model=cast(Any, ResponseItem),
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
        include: List[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ResponseItem, AsyncCursorPage[ResponseItem]]:
        """`GET /responses/{response_id}/input_items`."""
        if not response_id:
            raise ValueError(f"Expected a non-empty value for `response_id` but received {response_id!r}")
        return self._get_api_list(
            f"/responses/{path_param(response_id)}/input_items",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "include": include, "limit": limit, "order": order},
            ),
            page=AsyncCursorPage[ResponseItem],
            model=cast(Any, ResponseItem),
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
