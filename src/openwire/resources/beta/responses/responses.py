# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, TYPE_CHECKING, Union, overload
from typing_extensions import Literal
from functools import cached_property
from importlib import import_module

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._async.streaming import AsyncStream
from ...._options import header_params, make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._sync.streaming import Stream
from ...._types import NoneType, not_given, omit
from ....lib._async.websocket_connect import AsyncBetaResponsesConnect
from ....lib._sync.websocket_connect import BetaResponsesConnect
from ....types.beta.beta_compacted_response import BetaCompactedResponse
from ....types.beta.beta_response import BetaResponse
from ....types.beta.beta_response_stream_event import BetaResponseStreamEvent

if TYPE_CHECKING:
    import httpx
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from ....lib._async.responses_connection import (
        AsyncBetaResponsesConnection as AsyncResponsesConnection,
        AsyncBetaResponsesConnectionManager as AsyncResponsesConnectionManager,
    )
    from ....lib._sync.responses_connection import (
        BetaResponsesConnection as ResponsesConnection,
        BetaResponsesConnectionManager as ResponsesConnectionManager,
    )
    from .input_items import (
        AsyncInputItems,
        AsyncInputItemsWithRawResponse,
        AsyncInputItemsWithStreamingResponse,
        InputItems,
        InputItemsWithRawResponse,
        InputItemsWithStreamingResponse,
    )
    from .input_tokens import (
        AsyncInputTokens,
        AsyncInputTokensWithRawResponse,
        AsyncInputTokensWithStreamingResponse,
        InputTokens,
        InputTokensWithRawResponse,
        InputTokensWithStreamingResponse,
    )
    from ....types.beta.beta_response_includable import BetaResponseIncludable
    from ....types.beta.beta_response_input_item_param import BetaResponseInputItemParam
    from ....types.beta.beta_response_prompt_param import BetaResponsePromptParam
    from ....types.beta.beta_tool_param import BetaToolParam
    from ....types.beta.response_compact_params import PromptCacheOptions
    from ....types.beta.response_create_params import (
        ContextManagement,
        Conversation,
        Moderation,
        MultiAgent,
        PromptCacheOptions as ResponseCreateParamsPromptCacheOptions,
        Reasoning,
        StreamOptions,
        ToolChoice,
    )
    from ....types.beta.responses.input_token_count_params import Text
    from ....types.chat_model import ChatModel

__all__ = ["Responses", "AsyncResponses"]


class Responses(BetaResponsesConnect, SyncAPIResource):
    @cached_property
    def input_items(self) -> InputItems:
        from .input_items import InputItems

        return InputItems(self._client)

    @cached_property
    def input_tokens(self) -> InputTokens:
        from .input_tokens import InputTokens

        return InputTokens(self._client)

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        return ResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesWithStreamingResponse:
        return ResponsesWithStreamingResponse(self)

    def cancel(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse:
        """`POST /responses/{response_id}/cancel`."""
        if not response_id:
            raise ValueError(f"Expected a non-empty value for `response_id` but received {response_id!r}")
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        response: BetaResponse = self._post(
            f"/responses/{path_param(response_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true"},
            ),
            cast_to=BetaResponse,
        )
        return response

    def compact(
        self,
        *,
        model: Optional[
            Union[
                str,
                ChatModel,
                Literal[
                    "o1-pro",
                    "o1-pro-2025-03-19",
                    "o3-pro",
                    "o3-pro-2025-06-10",
                    "o3-deep-research",
                    "o3-deep-research-2025-06-26",
                    "o4-mini-deep-research",
                    "o4-mini-deep-research-2025-06-26",
                    "computer-use-preview",
                    "computer-use-preview-2025-03-11",
                    "gpt-5-codex",
                    "gpt-5-pro",
                    "gpt-5-pro-2025-10-06",
                    "gpt-5.1-codex-max",
                    "gpt-daybreak-blue-latest",
                    "gpt-daybreak-red-latest",
                    "gpt-5.6-cyber",
                ],
            ]
        ],
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        input: Optional[Union[str, Iterable[BetaResponseInputItemParam]]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: Optional[PromptCacheOptions] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "fast", "flex", "priority"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaCompactedResponse:
        """`POST /responses/compact`."""
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        body = {
            "model": model,
            "input": input,
            "instructions": instructions,
            "previous_response_id": previous_response_id,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "service_tier": service_tier,
        }
        response: BetaCompactedResponse = self._post(
            "/responses/compact",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true"},
            ),
            cast_to=BetaCompactedResponse,
        )
        return response

    @overload
    def create(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[Iterable[BetaResponseIncludable]] | Omit = omit,
        input: Union[str, Iterable[BetaResponseInputItemParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        model: Union[
            str,
            ChatModel,
            Literal[
                "o1-pro",
                "o1-pro-2025-03-19",
                "o3-pro",
                "o3-pro-2025-06-10",
                "o3-deep-research",
                "o3-deep-research-2025-06-26",
                "o4-mini-deep-research",
                "o4-mini-deep-research-2025-06-26",
                "computer-use-preview",
                "computer-use-preview-2025-03-11",
                "gpt-5-codex",
                "gpt-5-pro",
                "gpt-5-pro-2025-10-06",
                "gpt-5.1-codex-max",
                "gpt-daybreak-blue-latest",
                "gpt-daybreak-red-latest",
                "gpt-5.6-cyber",
            ],
        ]
        | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        multi_agent: Optional[MultiAgent] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: ResponseCreateParamsPromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Optional[Literal[False]] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: Text | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse: ...

    @overload
    def create(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[Iterable[BetaResponseIncludable]] | Omit = omit,
        input: Union[str, Iterable[BetaResponseInputItemParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        model: Union[
            str,
            ChatModel,
            Literal[
                "o1-pro",
                "o1-pro-2025-03-19",
                "o3-pro",
                "o3-pro-2025-06-10",
                "o3-deep-research",
                "o3-deep-research-2025-06-26",
                "o4-mini-deep-research",
                "o4-mini-deep-research-2025-06-26",
                "computer-use-preview",
                "computer-use-preview-2025-03-11",
                "gpt-5-codex",
                "gpt-5-pro",
                "gpt-5-pro-2025-10-06",
                "gpt-5.1-codex-max",
                "gpt-daybreak-blue-latest",
                "gpt-daybreak-red-latest",
                "gpt-5.6-cyber",
            ],
        ]
        | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        multi_agent: Optional[MultiAgent] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: ResponseCreateParamsPromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Literal[True],
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: Text | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[BetaResponseStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[Iterable[BetaResponseIncludable]] | Omit = omit,
        input: Union[str, Iterable[BetaResponseInputItemParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        model: Union[
            str,
            ChatModel,
            Literal[
                "o1-pro",
                "o1-pro-2025-03-19",
                "o3-pro",
                "o3-pro-2025-06-10",
                "o3-deep-research",
                "o3-deep-research-2025-06-26",
                "o4-mini-deep-research",
                "o4-mini-deep-research-2025-06-26",
                "computer-use-preview",
                "computer-use-preview-2025-03-11",
                "gpt-5-codex",
                "gpt-5-pro",
                "gpt-5-pro-2025-10-06",
                "gpt-5.1-codex-max",
                "gpt-daybreak-blue-latest",
                "gpt-daybreak-red-latest",
                "gpt-5.6-cyber",
            ],
        ]
        | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        multi_agent: Optional[MultiAgent] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: ResponseCreateParamsPromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: bool,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: Text | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]: ...

    def create(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[Iterable[BetaResponseIncludable]] | Omit = omit,
        input: Union[str, Iterable[BetaResponseInputItemParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        model: Union[
            str,
            ChatModel,
            Literal[
                "o1-pro",
                "o1-pro-2025-03-19",
                "o3-pro",
                "o3-pro-2025-06-10",
                "o3-deep-research",
                "o3-deep-research-2025-06-26",
                "o4-mini-deep-research",
                "o4-mini-deep-research-2025-06-26",
                "computer-use-preview",
                "computer-use-preview-2025-03-11",
                "gpt-5-codex",
                "gpt-5-pro",
                "gpt-5-pro-2025-10-06",
                "gpt-5.1-codex-max",
                "gpt-daybreak-blue-latest",
                "gpt-daybreak-red-latest",
                "gpt-5.6-cyber",
            ],
        ]
        | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        multi_agent: Optional[MultiAgent] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: ResponseCreateParamsPromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: Text | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]:
        """`POST /responses`."""
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        body = {
            "background": background,
            "context_management": context_management,
            "conversation": conversation,
            "include": include,
            "input": input,
            "instructions": instructions,
            "max_output_tokens": max_output_tokens,
            "max_tool_calls": max_tool_calls,
            "metadata": metadata,
            "model": model,
            "moderation": moderation,
            "multi_agent": multi_agent,
            "parallel_tool_calls": parallel_tool_calls,
            "previous_response_id": previous_response_id,
            "prompt": prompt,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning": reasoning,
            "safety_identifier": safety_identifier,
            "service_tier": service_tier,
            "store": store,
            "stream": stream,
            "stream_options": stream_options,
            "temperature": temperature,
            "text": text,
            "tool_choice": tool_choice,
            "tools": tools,
            "top_logprobs": top_logprobs,
            "top_p": top_p,
            "truncation": truncation,
            "user": user,
        }
        response: BetaResponse | Stream[BetaResponseStreamEvent] = self._post(
            "/responses",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true"},
            ),
            cast_to=BetaResponse,
            stream=stream or False,
            stream_cls=Stream[BetaResponseStreamEvent],
        )
        return response

    def delete(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`DELETE /responses/{response_id}`."""
        if not response_id:
            raise ValueError(f"Expected a non-empty value for `response_id` but received {response_id!r}")
        extra_headers = {"Accept": "*/*", **header_params({"openai-beta": betas}), **(extra_headers or {})}
        response: None = self._delete(
            f"/responses/{path_param(response_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true"},
            ),
            cast_to=NoneType,
        )
        return response

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        include: Iterable[BetaResponseIncludable] | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        starting_after: int | Omit = omit,
        stream: Literal[False] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        include: Iterable[BetaResponseIncludable] | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        starting_after: int | Omit = omit,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[BetaResponseStreamEvent]: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        include: Iterable[BetaResponseIncludable] | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        starting_after: int | Omit = omit,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]: ...

    def retrieve(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        include: Iterable[BetaResponseIncludable] | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        starting_after: int | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]:
        """`GET /responses/{response_id}`."""
        if not response_id:
            raise ValueError(f"Expected a non-empty value for `response_id` but received {response_id!r}")
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        response: BetaResponse | Stream[BetaResponseStreamEvent] = self._get(
            f"/responses/{path_param(response_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "beta": "true",
                    "include": include,
                    "include_obfuscation": include_obfuscation,
                    "starting_after": starting_after,
                    "stream": stream,
                },
            ),
            cast_to=BetaResponse,
            stream=stream or False,
            stream_cls=Stream[BetaResponseStreamEvent],
        )
        return response


class AsyncResponses(AsyncBetaResponsesConnect, AsyncAPIResource):
    @cached_property
    def input_items(self) -> AsyncInputItems:
        from .input_items import AsyncInputItems

        return AsyncInputItems(self._client)

    @cached_property
    def input_tokens(self) -> AsyncInputTokens:
        from .input_tokens import AsyncInputTokens

        return AsyncInputTokens(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        return AsyncResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesWithStreamingResponse:
        return AsyncResponsesWithStreamingResponse(self)

    async def cancel(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse:
        """`POST /responses/{response_id}/cancel`."""
        if not response_id:
            raise ValueError(f"Expected a non-empty value for `response_id` but received {response_id!r}")
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        response: BetaResponse = await self._post(
            f"/responses/{path_param(response_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true"},
            ),
            cast_to=BetaResponse,
        )
        return response

    async def compact(
        self,
        *,
        model: Optional[
            Union[
                str,
                ChatModel,
                Literal[
                    "o1-pro",
                    "o1-pro-2025-03-19",
                    "o3-pro",
                    "o3-pro-2025-06-10",
                    "o3-deep-research",
                    "o3-deep-research-2025-06-26",
                    "o4-mini-deep-research",
                    "o4-mini-deep-research-2025-06-26",
                    "computer-use-preview",
                    "computer-use-preview-2025-03-11",
                    "gpt-5-codex",
                    "gpt-5-pro",
                    "gpt-5-pro-2025-10-06",
                    "gpt-5.1-codex-max",
                    "gpt-daybreak-blue-latest",
                    "gpt-daybreak-red-latest",
                    "gpt-5.6-cyber",
                ],
            ]
        ],
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        input: Optional[Union[str, Iterable[BetaResponseInputItemParam]]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: Optional[PromptCacheOptions] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "fast", "flex", "priority"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaCompactedResponse:
        """`POST /responses/compact`."""
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        body = {
            "model": model,
            "input": input,
            "instructions": instructions,
            "previous_response_id": previous_response_id,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "service_tier": service_tier,
        }
        response: BetaCompactedResponse = await self._post(
            "/responses/compact",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true"},
            ),
            cast_to=BetaCompactedResponse,
        )
        return response

    @overload
    async def create(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[Iterable[BetaResponseIncludable]] | Omit = omit,
        input: Union[str, Iterable[BetaResponseInputItemParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        model: Union[
            str,
            ChatModel,
            Literal[
                "o1-pro",
                "o1-pro-2025-03-19",
                "o3-pro",
                "o3-pro-2025-06-10",
                "o3-deep-research",
                "o3-deep-research-2025-06-26",
                "o4-mini-deep-research",
                "o4-mini-deep-research-2025-06-26",
                "computer-use-preview",
                "computer-use-preview-2025-03-11",
                "gpt-5-codex",
                "gpt-5-pro",
                "gpt-5-pro-2025-10-06",
                "gpt-5.1-codex-max",
                "gpt-daybreak-blue-latest",
                "gpt-daybreak-red-latest",
                "gpt-5.6-cyber",
            ],
        ]
        | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        multi_agent: Optional[MultiAgent] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: ResponseCreateParamsPromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Optional[Literal[False]] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: Text | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse: ...

    @overload
    async def create(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[Iterable[BetaResponseIncludable]] | Omit = omit,
        input: Union[str, Iterable[BetaResponseInputItemParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        model: Union[
            str,
            ChatModel,
            Literal[
                "o1-pro",
                "o1-pro-2025-03-19",
                "o3-pro",
                "o3-pro-2025-06-10",
                "o3-deep-research",
                "o3-deep-research-2025-06-26",
                "o4-mini-deep-research",
                "o4-mini-deep-research-2025-06-26",
                "computer-use-preview",
                "computer-use-preview-2025-03-11",
                "gpt-5-codex",
                "gpt-5-pro",
                "gpt-5-pro-2025-10-06",
                "gpt-5.1-codex-max",
                "gpt-daybreak-blue-latest",
                "gpt-daybreak-red-latest",
                "gpt-5.6-cyber",
            ],
        ]
        | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        multi_agent: Optional[MultiAgent] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: ResponseCreateParamsPromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Literal[True],
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: Text | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[BetaResponseStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[Iterable[BetaResponseIncludable]] | Omit = omit,
        input: Union[str, Iterable[BetaResponseInputItemParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        model: Union[
            str,
            ChatModel,
            Literal[
                "o1-pro",
                "o1-pro-2025-03-19",
                "o3-pro",
                "o3-pro-2025-06-10",
                "o3-deep-research",
                "o3-deep-research-2025-06-26",
                "o4-mini-deep-research",
                "o4-mini-deep-research-2025-06-26",
                "computer-use-preview",
                "computer-use-preview-2025-03-11",
                "gpt-5-codex",
                "gpt-5-pro",
                "gpt-5-pro-2025-10-06",
                "gpt-5.1-codex-max",
                "gpt-daybreak-blue-latest",
                "gpt-daybreak-red-latest",
                "gpt-5.6-cyber",
            ],
        ]
        | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        multi_agent: Optional[MultiAgent] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: ResponseCreateParamsPromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: bool,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: Text | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]: ...

    async def create(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[Iterable[BetaResponseIncludable]] | Omit = omit,
        input: Union[str, Iterable[BetaResponseInputItemParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        model: Union[
            str,
            ChatModel,
            Literal[
                "o1-pro",
                "o1-pro-2025-03-19",
                "o3-pro",
                "o3-pro-2025-06-10",
                "o3-deep-research",
                "o3-deep-research-2025-06-26",
                "o4-mini-deep-research",
                "o4-mini-deep-research-2025-06-26",
                "computer-use-preview",
                "computer-use-preview-2025-03-11",
                "gpt-5-codex",
                "gpt-5-pro",
                "gpt-5-pro-2025-10-06",
                "gpt-5.1-codex-max",
                "gpt-daybreak-blue-latest",
                "gpt-daybreak-red-latest",
                "gpt-5.6-cyber",
            ],
        ]
        | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        multi_agent: Optional[MultiAgent] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: ResponseCreateParamsPromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: Text | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]:
        """`POST /responses`."""
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        body = {
            "background": background,
            "context_management": context_management,
            "conversation": conversation,
            "include": include,
            "input": input,
            "instructions": instructions,
            "max_output_tokens": max_output_tokens,
            "max_tool_calls": max_tool_calls,
            "metadata": metadata,
            "model": model,
            "moderation": moderation,
            "multi_agent": multi_agent,
            "parallel_tool_calls": parallel_tool_calls,
            "previous_response_id": previous_response_id,
            "prompt": prompt,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning": reasoning,
            "safety_identifier": safety_identifier,
            "service_tier": service_tier,
            "store": store,
            "stream": stream,
            "stream_options": stream_options,
            "temperature": temperature,
            "text": text,
            "tool_choice": tool_choice,
            "tools": tools,
            "top_logprobs": top_logprobs,
            "top_p": top_p,
            "truncation": truncation,
            "user": user,
        }
        response: BetaResponse | AsyncStream[BetaResponseStreamEvent] = await self._post(
            "/responses",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true"},
            ),
            cast_to=BetaResponse,
            stream=stream or False,
            stream_cls=AsyncStream[BetaResponseStreamEvent],
        )
        return response

    async def delete(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`DELETE /responses/{response_id}`."""
        if not response_id:
            raise ValueError(f"Expected a non-empty value for `response_id` but received {response_id!r}")
        extra_headers = {"Accept": "*/*", **header_params({"openai-beta": betas}), **(extra_headers or {})}
        response: None = await self._delete(
            f"/responses/{path_param(response_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"beta": "true"},
            ),
            cast_to=NoneType,
        )
        return response

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        include: Iterable[BetaResponseIncludable] | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        starting_after: int | Omit = omit,
        stream: Literal[False] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        include: Iterable[BetaResponseIncludable] | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        starting_after: int | Omit = omit,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[BetaResponseStreamEvent]: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        include: Iterable[BetaResponseIncludable] | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        starting_after: int | Omit = omit,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]: ...

    async def retrieve(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        include: Iterable[BetaResponseIncludable] | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        starting_after: int | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]:
        """`GET /responses/{response_id}`."""
        if not response_id:
            raise ValueError(f"Expected a non-empty value for `response_id` but received {response_id!r}")
        extra_headers = {**header_params({"openai-beta": betas}), **(extra_headers or {})}
        response: BetaResponse | AsyncStream[BetaResponseStreamEvent] = await self._get(
            f"/responses/{path_param(response_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "beta": "true",
                    "include": include,
                    "include_obfuscation": include_obfuscation,
                    "starting_after": starting_after,
                    "stream": stream,
                },
            ),
            cast_to=BetaResponse,
            stream=stream or False,
            stream_cls=AsyncStream[BetaResponseStreamEvent],
        )
        return response


class ResponsesWithRawResponse:
    def __init__(self, responses: Responses) -> None:
        self._responses = responses
        self.cancel = to_raw_response_wrapper(responses.cancel)
        self.compact = to_raw_response_wrapper(responses.compact)
        self.create = to_raw_response_wrapper(responses.create)
        self.delete = to_raw_response_wrapper(responses.delete)
        self.retrieve = to_raw_response_wrapper(responses.retrieve)

    @cached_property
    def input_items(self) -> InputItemsWithRawResponse:
        from .input_items import InputItemsWithRawResponse

        return InputItemsWithRawResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> InputTokensWithRawResponse:
        from .input_tokens import InputTokensWithRawResponse

        return InputTokensWithRawResponse(self._responses.input_tokens)


class ResponsesWithStreamingResponse:
    def __init__(self, responses: Responses) -> None:
        self._responses = responses
        self.cancel = to_streamed_response_wrapper(responses.cancel)
        self.compact = to_streamed_response_wrapper(responses.compact)
        self.create = to_streamed_response_wrapper(responses.create)
        self.delete = to_streamed_response_wrapper(responses.delete)
        self.retrieve = to_streamed_response_wrapper(responses.retrieve)

    @cached_property
    def input_items(self) -> InputItemsWithStreamingResponse:
        from .input_items import InputItemsWithStreamingResponse

        return InputItemsWithStreamingResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> InputTokensWithStreamingResponse:
        from .input_tokens import InputTokensWithStreamingResponse

        return InputTokensWithStreamingResponse(self._responses.input_tokens)


class AsyncResponsesWithRawResponse:
    def __init__(self, responses: AsyncResponses) -> None:
        self._responses = responses
        self.cancel = async_to_raw_response_wrapper(responses.cancel)
        self.compact = async_to_raw_response_wrapper(responses.compact)
        self.create = async_to_raw_response_wrapper(responses.create)
        self.delete = async_to_raw_response_wrapper(responses.delete)
        self.retrieve = async_to_raw_response_wrapper(responses.retrieve)

    @cached_property
    def input_items(self) -> AsyncInputItemsWithRawResponse:
        from .input_items import AsyncInputItemsWithRawResponse

        return AsyncInputItemsWithRawResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> AsyncInputTokensWithRawResponse:
        from .input_tokens import AsyncInputTokensWithRawResponse

        return AsyncInputTokensWithRawResponse(self._responses.input_tokens)


class AsyncResponsesWithStreamingResponse:
    def __init__(self, responses: AsyncResponses) -> None:
        self._responses = responses
        self.cancel = async_to_streamed_response_wrapper(responses.cancel)
        self.compact = async_to_streamed_response_wrapper(responses.compact)
        self.create = async_to_streamed_response_wrapper(responses.create)
        self.delete = async_to_streamed_response_wrapper(responses.delete)
        self.retrieve = async_to_streamed_response_wrapper(responses.retrieve)

    @cached_property
    def input_items(self) -> AsyncInputItemsWithStreamingResponse:
        from .input_items import AsyncInputItemsWithStreamingResponse

        return AsyncInputItemsWithStreamingResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> AsyncInputTokensWithStreamingResponse:
        from .input_tokens import AsyncInputTokensWithStreamingResponse

        return AsyncInputTokensWithStreamingResponse(self._responses.input_tokens)


# Names the reference's module also has, for libraries that import them.
_ALIASES = {
    "ResponsesConnection": ("....lib._sync.responses_connection", "BetaResponsesConnection"),
    "AsyncResponsesConnection": ("....lib._async.responses_connection", "AsyncBetaResponsesConnection"),
    "ResponsesConnectionManager": ("....lib._sync.responses_connection", "BetaResponsesConnectionManager"),
    "AsyncResponsesConnectionManager": ("....lib._async.responses_connection", "AsyncBetaResponsesConnectionManager"),
}


def __getattr__(name: str) -> Any:
    if name not in _ALIASES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _ALIASES[name]
    return getattr(import_module(module, __package__), attribute)
