# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Iterable, Optional, TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property
from warnings import warn

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.beta.threads.message import Message
from ....types.beta.threads.message_deleted import MessageDeleted

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from ....types.beta.threads.message_content_part_param import MessageContentPartParam
    from ....types.beta.threads.message_create_params import Attachment
    from ....types.shared.metadata import Metadata

__all__ = ["Messages", "AsyncMessages"]


class Messages(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        return MessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        return MessagesWithStreamingResponse(self)

    def create(
        self,
        thread_id: str,
        *,
        content: Union[str, Iterable[MessageContentPartParam]],
        role: Literal["user", "assistant"],
        attachments: Optional[Iterable[Attachment]] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message:
        """`POST /threads/{thread_id}/messages`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"content": content, "role": role, "attachments": attachments, "metadata": metadata}
        response: Message = self._post(
            f"/threads/{path_param(thread_id)}/messages",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Message,
        )
        return response

    def delete(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageDeleted:
        """`DELETE /threads/{thread_id}/messages/{message_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not message_id:
            raise ValueError(f"Expected a non-empty value for `message_id` but received {message_id!r}")
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: MessageDeleted = self._delete(
            f"/threads/{path_param(thread_id)}/messages/{path_param(message_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=MessageDeleted,
        )
        return response

    def list(
        self,
        thread_id: str,
        *,
        after: str | Omit = omit,
        before: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        run_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[Message]:
        """`GET /threads/{thread_id}/messages`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            f"/threads/{path_param(thread_id)}/messages",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "limit": limit, "order": order, "run_id": run_id},
            ),
            page=SyncCursorPage[Message],
            model=Message,
        )

    def retrieve(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message:
        """`GET /threads/{thread_id}/messages/{message_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not message_id:
            raise ValueError(f"Expected a non-empty value for `message_id` but received {message_id!r}")
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: Message = self._get(
            f"/threads/{path_param(thread_id)}/messages/{path_param(message_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Message,
        )
        return response

    def update(
        self,
        message_id: str,
        *,
        thread_id: str,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message:
        """`POST /threads/{thread_id}/messages/{message_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not message_id:
            raise ValueError(f"Expected a non-empty value for `message_id` but received {message_id!r}")
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"metadata": metadata}
        response: Message = self._post(
            f"/threads/{path_param(thread_id)}/messages/{path_param(message_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Message,
        )
        return response


class AsyncMessages(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        return AsyncMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        return AsyncMessagesWithStreamingResponse(self)

    async def create(
        self,
        thread_id: str,
        *,
        content: Union[str, Iterable[MessageContentPartParam]],
        role: Literal["user", "assistant"],
        attachments: Optional[Iterable[Attachment]] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message:
        """`POST /threads/{thread_id}/messages`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"content": content, "role": role, "attachments": attachments, "metadata": metadata}
        response: Message = await self._post(
            f"/threads/{path_param(thread_id)}/messages",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Message,
        )
        return response

    async def delete(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageDeleted:
        """`DELETE /threads/{thread_id}/messages/{message_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not message_id:
            raise ValueError(f"Expected a non-empty value for `message_id` but received {message_id!r}")
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: MessageDeleted = await self._delete(
            f"/threads/{path_param(thread_id)}/messages/{path_param(message_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=MessageDeleted,
        )
        return response

    def list(
        self,
        thread_id: str,
        *,
        after: str | Omit = omit,
        before: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        run_id: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Message, AsyncCursorPage[Message]]:
        """`GET /threads/{thread_id}/messages`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            f"/threads/{path_param(thread_id)}/messages",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "limit": limit, "order": order, "run_id": run_id},
            ),
            page=AsyncCursorPage[Message],
            model=Message,
        )

    async def retrieve(
        self,
        message_id: str,
        *,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message:
        """`GET /threads/{thread_id}/messages/{message_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not message_id:
            raise ValueError(f"Expected a non-empty value for `message_id` but received {message_id!r}")
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: Message = await self._get(
            f"/threads/{path_param(thread_id)}/messages/{path_param(message_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Message,
        )
        return response

    async def update(
        self,
        message_id: str,
        *,
        thread_id: str,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message:
        """`POST /threads/{thread_id}/messages/{message_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not message_id:
            raise ValueError(f"Expected a non-empty value for `message_id` but received {message_id!r}")
        if not thread_id:
            raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {"metadata": metadata}
        response: Message = await self._post(
            f"/threads/{path_param(thread_id)}/messages/{path_param(message_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Message,
        )
        return response


class MessagesWithRawResponse:
    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.create = to_raw_response_wrapper(messages.create)
        self.delete = to_raw_response_wrapper(messages.delete)
        self.list = to_raw_response_wrapper(messages.list)
        self.retrieve = to_raw_response_wrapper(messages.retrieve)
        self.update = to_raw_response_wrapper(messages.update)


class MessagesWithStreamingResponse:
    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.create = to_streamed_response_wrapper(messages.create)
        self.delete = to_streamed_response_wrapper(messages.delete)
        self.list = to_streamed_response_wrapper(messages.list)
        self.retrieve = to_streamed_response_wrapper(messages.retrieve)
        self.update = to_streamed_response_wrapper(messages.update)


class AsyncMessagesWithRawResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.create = async_to_raw_response_wrapper(messages.create)
        self.delete = async_to_raw_response_wrapper(messages.delete)
        self.list = async_to_raw_response_wrapper(messages.list)
        self.retrieve = async_to_raw_response_wrapper(messages.retrieve)
        self.update = async_to_raw_response_wrapper(messages.update)


class AsyncMessagesWithStreamingResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.create = async_to_streamed_response_wrapper(messages.create)
        self.delete = async_to_streamed_response_wrapper(messages.delete)
        self.list = async_to_streamed_response_wrapper(messages.list)
        self.retrieve = async_to_streamed_response_wrapper(messages.retrieve)
        self.update = async_to_streamed_response_wrapper(messages.update)
