# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Iterable, Optional, TYPE_CHECKING
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit
from ...types.conversations.conversation import Conversation
from ...types.conversations.conversation_deleted_resource import ConversationDeletedResource

if TYPE_CHECKING:
    import httpx
    from ..._types import Body, Headers, NotGiven, Omit, Query
    from .items import (
        AsyncItems,
        AsyncItemsWithRawResponse,
        AsyncItemsWithStreamingResponse,
        Items,
        ItemsWithRawResponse,
        ItemsWithStreamingResponse,
    )
    from ...types.responses.response_input_item_param import ResponseInputItemParam
    from ...types.shared.metadata import Metadata

__all__ = ["Conversations", "AsyncConversations"]


class Conversations(SyncAPIResource):
    @cached_property
    def items(self) -> Items:
        from .items import Items

        return Items(self._client)

    @cached_property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        return ConversationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConversationsWithStreamingResponse:
        return ConversationsWithStreamingResponse(self)

    def create(
        self,
        *,
        items: Optional[Iterable[ResponseInputItemParam]] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """`POST /conversations`."""
        body = {"items": items, "metadata": metadata}
        response: Conversation = self._post(
            "/conversations",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )
        return response

    def delete(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ConversationDeletedResource:
        """`DELETE /conversations/{conversation_id}`."""
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        response: ConversationDeletedResource = self._delete(
            f"/conversations/{path_param(conversation_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ConversationDeletedResource,
        )
        return response

    def retrieve(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """`GET /conversations/{conversation_id}`."""
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        response: Conversation = self._get(
            f"/conversations/{path_param(conversation_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )
        return response

    def update(
        self,
        conversation_id: str,
        *,
        metadata: Optional[Metadata],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """`POST /conversations/{conversation_id}`."""
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        body = {"metadata": metadata}
        response: Conversation = self._post(
            f"/conversations/{path_param(conversation_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )
        return response


class AsyncConversations(AsyncAPIResource):
    @cached_property
    def items(self) -> AsyncItems:
        from .items import AsyncItems

        return AsyncItems(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncConversationsWithRawResponse:
        return AsyncConversationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConversationsWithStreamingResponse:
        return AsyncConversationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        items: Optional[Iterable[ResponseInputItemParam]] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """`POST /conversations`."""
        body = {"items": items, "metadata": metadata}
        response: Conversation = await self._post(
            "/conversations",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )
        return response

    async def delete(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ConversationDeletedResource:
        """`DELETE /conversations/{conversation_id}`."""
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        response: ConversationDeletedResource = await self._delete(
            f"/conversations/{path_param(conversation_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ConversationDeletedResource,
        )
        return response

    async def retrieve(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """`GET /conversations/{conversation_id}`."""
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        response: Conversation = await self._get(
            f"/conversations/{path_param(conversation_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )
        return response

    async def update(
        self,
        conversation_id: str,
        *,
        metadata: Optional[Metadata],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """`POST /conversations/{conversation_id}`."""
        if not conversation_id:
            raise ValueError(f"Expected a non-empty value for `conversation_id` but received {conversation_id!r}")
        body = {"metadata": metadata}
        response: Conversation = await self._post(
            f"/conversations/{path_param(conversation_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Conversation,
        )
        return response


class ConversationsWithRawResponse:
    def __init__(self, conversations: Conversations) -> None:
        self._conversations = conversations
        self.create = to_raw_response_wrapper(conversations.create)
        self.delete = to_raw_response_wrapper(conversations.delete)
        self.retrieve = to_raw_response_wrapper(conversations.retrieve)
        self.update = to_raw_response_wrapper(conversations.update)

    @cached_property
    def items(self) -> ItemsWithRawResponse:
        from .items import ItemsWithRawResponse

        return ItemsWithRawResponse(self._conversations.items)


class ConversationsWithStreamingResponse:
    def __init__(self, conversations: Conversations) -> None:
        self._conversations = conversations
        self.create = to_streamed_response_wrapper(conversations.create)
        self.delete = to_streamed_response_wrapper(conversations.delete)
        self.retrieve = to_streamed_response_wrapper(conversations.retrieve)
        self.update = to_streamed_response_wrapper(conversations.update)

    @cached_property
    def items(self) -> ItemsWithStreamingResponse:
        from .items import ItemsWithStreamingResponse

        return ItemsWithStreamingResponse(self._conversations.items)


class AsyncConversationsWithRawResponse:
    def __init__(self, conversations: AsyncConversations) -> None:
        self._conversations = conversations
        self.create = async_to_raw_response_wrapper(conversations.create)
        self.delete = async_to_raw_response_wrapper(conversations.delete)
        self.retrieve = async_to_raw_response_wrapper(conversations.retrieve)
        self.update = async_to_raw_response_wrapper(conversations.update)

    @cached_property
    def items(self) -> AsyncItemsWithRawResponse:
        from .items import AsyncItemsWithRawResponse

        return AsyncItemsWithRawResponse(self._conversations.items)


class AsyncConversationsWithStreamingResponse:
    def __init__(self, conversations: AsyncConversations) -> None:
        self._conversations = conversations
        self.create = async_to_streamed_response_wrapper(conversations.create)
        self.delete = async_to_streamed_response_wrapper(conversations.delete)
        self.retrieve = async_to_streamed_response_wrapper(conversations.retrieve)
        self.update = async_to_streamed_response_wrapper(conversations.update)

    @cached_property
    def items(self) -> AsyncItemsWithStreamingResponse:
        from .items import AsyncItemsWithStreamingResponse

        return AsyncItemsWithStreamingResponse(self._conversations.items)
