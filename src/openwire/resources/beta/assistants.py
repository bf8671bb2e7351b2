# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Iterable, Optional, TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property
from warnings import warn

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types.beta.assistant import Assistant
from ...types.beta.assistant_deleted import AssistantDeleted

if TYPE_CHECKING:
    import httpx
    from ..._async.paginator import AsyncPaginator
    from ..._types import Body, Headers, NotGiven, Omit, Query
    from ...types.beta.assistant_create_params import ToolResources
    from ...types.beta.assistant_response_format_option_param import AssistantResponseFormatOptionParam
    from ...types.beta.assistant_tool_param import AssistantToolParam
    from ...types.beta.assistant_update_params import ToolResources as AssistantUpdateParamsToolResources
    from ...types.shared.metadata import Metadata
    from ...types.shared.reasoning_effort import ReasoningEffort

__all__ = ["Assistants", "AsyncAssistants"]


class Assistants(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AssistantsWithRawResponse:
        return AssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AssistantsWithStreamingResponse:
        return AssistantsWithStreamingResponse(self)

    def create(
        self,
        *,
        model: Union[
            str,
            Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "o3-mini",
                "o3-mini-2025-01-31",
                "o1",
                "o1-2024-12-17",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ],
        ],
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        name: Optional[str] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_resources: Optional[ToolResources] | Omit = omit,
        tools: Iterable[AssistantToolParam] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """`POST /assistants`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "model": model,
            "description": description,
            "instructions": instructions,
            "metadata": metadata,
            "name": name,
            "reasoning_effort": reasoning_effort,
            "response_format": response_format,
            "temperature": temperature,
            "tool_resources": tool_resources,
            "tools": tools,
            "top_p": top_p,
        }
        response: Assistant = self._post(
            "/assistants",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Assistant,
        )
        return response

    def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantDeleted:
        """`DELETE /assistants/{assistant_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not assistant_id:
            raise ValueError(f"Expected a non-empty value for `assistant_id` but received {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: AssistantDeleted = self._delete(
            f"/assistants/{path_param(assistant_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=AssistantDeleted,
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
    ) -> SyncCursorPage[Assistant]:
        """`GET /assistants`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            "/assistants",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "limit": limit, "order": order},
            ),
            page=SyncCursorPage[Assistant],
            model=Assistant,
        )

    def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """`GET /assistants/{assistant_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not assistant_id:
            raise ValueError(f"Expected a non-empty value for `assistant_id` but received {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: Assistant = self._get(
            f"/assistants/{path_param(assistant_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Assistant,
        )
        return response

    def update(
        self,
        assistant_id: str,
        *,
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        model: Union[
            str,
            Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "o3-mini",
                "o3-mini-2025-01-31",
                "o1",
                "o1-2024-12-17",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ],
        ]
        | Omit = omit,
        name: Optional[str] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_resources: Optional[AssistantUpdateParamsToolResources] | Omit = omit,
        tools: Iterable[AssistantToolParam] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """`POST /assistants/{assistant_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not assistant_id:
            raise ValueError(f"Expected a non-empty value for `assistant_id` but received {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "description": description,
            "instructions": instructions,
            "metadata": metadata,
            "model": model,
            "name": name,
            "reasoning_effort": reasoning_effort,
            "response_format": response_format,
            "temperature": temperature,
            "tool_resources": tool_resources,
            "tools": tools,
            "top_p": top_p,
        }
        response: Assistant = self._post(
            f"/assistants/{path_param(assistant_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Assistant,
        )
        return response


class AsyncAssistants(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAssistantsWithRawResponse:
        return AsyncAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAssistantsWithStreamingResponse:
        return AsyncAssistantsWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: Union[
            str,
            Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "o3-mini",
                "o3-mini-2025-01-31",
                "o1",
                "o1-2024-12-17",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ],
        ],
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        name: Optional[str] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_resources: Optional[ToolResources] | Omit = omit,
        tools: Iterable[AssistantToolParam] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """`POST /assistants`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "model": model,
            "description": description,
            "instructions": instructions,
            "metadata": metadata,
            "name": name,
            "reasoning_effort": reasoning_effort,
            "response_format": response_format,
            "temperature": temperature,
            "tool_resources": tool_resources,
            "tools": tools,
            "top_p": top_p,
        }
        response: Assistant = await self._post(
            "/assistants",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Assistant,
        )
        return response

    async def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantDeleted:
        """`DELETE /assistants/{assistant_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not assistant_id:
            raise ValueError(f"Expected a non-empty value for `assistant_id` but received {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: AssistantDeleted = await self._delete(
            f"/assistants/{path_param(assistant_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=AssistantDeleted,
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
    ) -> AsyncPaginator[Assistant, AsyncCursorPage[Assistant]]:
        """`GET /assistants`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            "/assistants",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "before": before, "limit": limit, "order": order},
            ),
            page=AsyncCursorPage[Assistant],
            model=Assistant,
        )

    async def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """`GET /assistants/{assistant_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not assistant_id:
            raise ValueError(f"Expected a non-empty value for `assistant_id` but received {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        response: Assistant = await self._get(
            f"/assistants/{path_param(assistant_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Assistant,
        )
        return response

    async def update(
        self,
        assistant_id: str,
        *,
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        model: Union[
            str,
            Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "o3-mini",
                "o3-mini-2025-01-31",
                "o1",
                "o1-2024-12-17",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ],
        ]
        | Omit = omit,
        name: Optional[str] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_resources: Optional[AssistantUpdateParamsToolResources] | Omit = omit,
        tools: Iterable[AssistantToolParam] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """`POST /assistants/{assistant_id}`."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)
        if not assistant_id:
            raise ValueError(f"Expected a non-empty value for `assistant_id` but received {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "description": description,
            "instructions": instructions,
            "metadata": metadata,
            "model": model,
            "name": name,
            "reasoning_effort": reasoning_effort,
            "response_format": response_format,
            "temperature": temperature,
            "tool_resources": tool_resources,
            "tools": tools,
            "top_p": top_p,
        }
        response: Assistant = await self._post(
            f"/assistants/{path_param(assistant_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Assistant,
        )
        return response


class AssistantsWithRawResponse:
    def __init__(self, assistants: Assistants) -> None:
        self._assistants = assistants
        self.create = to_raw_response_wrapper(assistants.create)
        self.delete = to_raw_response_wrapper(assistants.delete)
        self.list = to_raw_response_wrapper(assistants.list)
        self.retrieve = to_raw_response_wrapper(assistants.retrieve)
        self.update = to_raw_response_wrapper(assistants.update)


class AssistantsWithStreamingResponse:
    def __init__(self, assistants: Assistants) -> None:
        self._assistants = assistants
        self.create = to_streamed_response_wrapper(assistants.create)
        self.delete = to_streamed_response_wrapper(assistants.delete)
        self.list = to_streamed_response_wrapper(assistants.list)
        self.retrieve = to_streamed_response_wrapper(assistants.retrieve)
        self.update = to_streamed_response_wrapper(assistants.update)


class AsyncAssistantsWithRawResponse:
    def __init__(self, assistants: AsyncAssistants) -> None:
        self._assistants = assistants
        self.create = async_to_raw_response_wrapper(assistants.create)
        self.delete = async_to_raw_response_wrapper(assistants.delete)
        self.list = async_to_raw_response_wrapper(assistants.list)
        self.retrieve = async_to_raw_response_wrapper(assistants.retrieve)
        self.update = async_to_raw_response_wrapper(assistants.update)


class AsyncAssistantsWithStreamingResponse:
    def __init__(self, assistants: AsyncAssistants) -> None:
        self._assistants = assistants
        self.create = async_to_streamed_response_wrapper(assistants.create)
        self.delete = async_to_streamed_response_wrapper(assistants.delete)
        self.list = async_to_streamed_response_wrapper(assistants.list)
        self.retrieve = async_to_streamed_response_wrapper(assistants.retrieve)
        self.update = async_to_streamed_response_wrapper(assistants.update)
