# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.chat.chat_completion_store_message import ChatCompletionStoreMessage

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query

__all__ = ["Messages", "AsyncMessages"]


class Messages(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        return MessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        return MessagesWithStreamingResponse(self)

    def list(
        self,
        completion_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[ChatCompletionStoreMessage]:
        """`GET /chat/completions/{completion_id}/messages`."""
        if not completion_id:
            raise ValueError(f"Expected a non-empty value for `completion_id` but received {completion_id!r}")
        return self._get_api_list(
            f"/chat/completions/{path_param(completion_id)}/messages",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            page=SyncCursorPage[ChatCompletionStoreMessage],
            model=ChatCompletionStoreMessage,
        )


class AsyncMessages(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        return AsyncMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        return AsyncMessagesWithStreamingResponse(self)

    def list(
        self,
        completion_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ChatCompletionStoreMessage, AsyncCursorPage[ChatCompletionStoreMessage]]:
        """`GET /chat/completions/{completion_id}/messages`."""
        if not completion_id:
            raise ValueError(f"Expected a non-empty value for `completion_id` but received {completion_id!r}")
        return self._get_api_list(
            f"/chat/completions/{path_param(completion_id)}/messages",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            page=AsyncCursorPage[ChatCompletionStoreMessage],
            model=ChatCompletionStoreMessage,
        )


class MessagesWithRawResponse:
    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.list = to_raw_response_wrapper(messages.list)


class MessagesWithStreamingResponse:
    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.list = to_streamed_response_wrapper(messages.list)


class AsyncMessagesWithRawResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.list = async_to_raw_response_wrapper(messages.list)


class AsyncMessagesWithStreamingResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.list = async_to_streamed_response_wrapper(messages.list)
