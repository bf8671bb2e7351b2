# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Iterable, List, Optional, TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import header_params, make_request_options
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....types.beta.responses.input_token_count_response import InputTokenCountResponse

if TYPE_CHECKING:
    import httpx
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from ....types.beta.beta_response_input_item_param import BetaResponseInputItemParam
    from ....types.beta.beta_tool_param import BetaToolParam
    from ....types.beta.responses.input_token_count_params import Conversation, Reasoning, Text, ToolChoice

__all__ = ["InputTokens", "AsyncInputTokens"]


class InputTokens(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> InputTokensWithRawResponse:
        return InputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InputTokensWithStreamingResponse:
        return InputTokensWithStreamingResponse(self)

    def count(
        self,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        input: Optional[Union[str, Iterable[BetaResponseInputItemParam]]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        model: Optional[str] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        personality: Union[str, Literal["friendly", "pragmatic"]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        text: Optional[Text] | Omit = omit,
        tool_choice: Optional[ToolChoice] | Omit = omit,
        tools: Optional[Iterable[BetaToolParam]] | Omit = omit,
        truncation: Literal["auto", "disabled"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> InputTokenCountResponse:
        """`POST /responses/input_tokens`."""
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        body = {
            "conversation": conversation,
            "input": input,
            "instructions": instructions,
            "model": model,
            "parallel_tool_calls": parallel_tool_calls,
            "personality": personality,
            "previous_response_id": previous_response_id,
            "reasoning": reasoning,
            "text": text,
            "tool_choice": tool_choice,
            "tools": tools,
            "truncation": truncation,
        }
        response: InputTokenCountResponse = self._post(
            "/responses/input_tokens",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true"},
            ),
            cast_to=InputTokenCountResponse,
        )
        return response


class AsyncInputTokens(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncInputTokensWithRawResponse:
        return AsyncInputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInputTokensWithStreamingResponse:
        return AsyncInputTokensWithStreamingResponse(self)

    async def count(
        self,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        input: Optional[Union[str, Iterable[BetaResponseInputItemParam]]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        model: Optional[str] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        personality: Union[str, Literal["friendly", "pragmatic"]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        text: Optional[Text] | Omit = omit,
        tool_choice: Optional[ToolChoice] | Omit = omit,
        tools: Optional[Iterable[BetaToolParam]] | Omit = omit,
        truncation: Literal["auto", "disabled"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> InputTokenCountResponse:
        """`POST /responses/input_tokens`."""
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        body = {
            "conversation": conversation,
            "input": input,
            "instructions": instructions,
            "model": model,
            "parallel_tool_calls": parallel_tool_calls,
            "personality": personality,
            "previous_response_id": previous_response_id,
            "reasoning": reasoning,
            "text": text,
            "tool_choice": tool_choice,
            "tools": tools,
            "truncation": truncation,
        }
        response: InputTokenCountResponse = await self._post(
            "/responses/input_tokens",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true"},
            ),
            cast_to=InputTokenCountResponse,
        )
        return response


class InputTokensWithRawResponse:
    def __init__(self, input_tokens: InputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = to_raw_response_wrapper(input_tokens.count)


class InputTokensWithStreamingResponse:
    def __init__(self, input_tokens: InputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = to_streamed_response_wrapper(input_tokens.count)


class AsyncInputTokensWithRawResponse:
    def __init__(self, input_tokens: AsyncInputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = async_to_raw_response_wrapper(input_tokens.count)


class AsyncInputTokensWithStreamingResponse:
    def __init__(self, input_tokens: AsyncInputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = async_to_streamed_response_wrapper(input_tokens.count)
