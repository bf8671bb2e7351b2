"""``chat.completions.stream``, sync and async (the stream classes live in ``_async`` /
``_sync``, the event logic in ``chat``).

Light at import (every ``chat.completions`` resource imports it): the stream machinery and
pydantic load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Union, cast

from typing_extensions import Literal

from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import not_given, omit

if TYPE_CHECKING:
    import httpx

    from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr
    from ...types.chat.chat_completion_audio_param import ChatCompletionAudioParam
    from ...types.chat.chat_completion_message_param import ChatCompletionMessageParam
    from ...types.chat.chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
    from ...types.chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
    from ...types.chat.chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam
    from ...types.chat.chat_completion_tool_union_param import ChatCompletionToolUnionParam
    from ...types.chat.completion_create_params import (
        Function,
        FunctionCall,
        Moderation,
        PromptCacheOptions,
        ResponseFormat,
        WebSearchOptions,
    )
    from ...types.chat_model import ChatModel
    from ...types.shared.metadata import Metadata
    from ...types.shared.reasoning_effort import ReasoningEffort
    from .._async.chat_stream import AsyncChatCompletionStreamManager
    from .._sync.chat_stream import ChatCompletionStreamManager
    from ._typing import ResponseFormatT

__all__ = ["ChatStreamHelpers", "AsyncChatStreamHelpers"]

_HELPER_HEADER = {"X-Stainless-Helper-Method": "chat.completions.stream"}


def _create_arguments(arguments: Dict[str, Any]) -> Dict[str, Any]:
    """``create(..., stream=True)``'s keyword arguments for a ``stream`` call: a model
    ``response_format`` becomes a strict ``json_schema``, the helper is named in a header."""
    from .._parsing._completions import type_to_response_format_param

    params = {name: value for name, value in arguments.items() if name != "self"}
    params["response_format"] = type_to_response_format_param(params["response_format"])
    params["stream"] = True
    params["extra_headers"] = {**_HELPER_HEADER, **(params["extra_headers"] or {})}
    return params


def _tools_list(tools: Any) -> Any:
    return list(tools) if isinstance(tools, Iterable) and not isinstance(tools, (str, bytes, dict)) else tools


class ChatStreamHelpers(SyncAPIResource):
    def stream(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: Union[str, ChatModel],
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        response_format: ResponseFormat | type[ResponseFormatT] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        function_call: FunctionCall | Omit = omit,
        functions: Iterable[Function] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        modalities: Optional[List[Literal["text", "audio"]]] | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        n: Optional[int] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        stop: Optional[Union[str, SequenceNotStr[str]]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        web_search_options: WebSearchOptions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = not_given,
    ) -> ChatCompletionStreamManager[ResponseFormatT]:
        """`POST /chat/completions` with ``stream: true``, as typed events::

            with client.chat.completions.stream(model=..., messages=...) as stream:
                for event in stream:
                    if event.type == "content.delta":
                        print(event.delta, end="")
            completion = stream.get_final_completion()

        The request is sent when the ``with`` block is entered. ``response_format`` (a
        pydantic model) and strict ``tools`` are parsed as in ``parse()``.
        """
        tools = _tools_list(tools)
        arguments = _create_arguments(locals())
        from .._sync.chat_stream import ChatCompletionStreamManager

        create = cast(Any, self).create
        return ChatCompletionStreamManager(
            lambda: create(**arguments), response_format=response_format, input_tools=tools
        )


class AsyncChatStreamHelpers(AsyncAPIResource):
    def stream(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: Union[str, ChatModel],
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        response_format: ResponseFormat | type[ResponseFormatT] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        function_call: FunctionCall | Omit = omit,
        functions: Iterable[Function] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        modalities: Optional[List[Literal["text", "audio"]]] | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        n: Optional[int] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        stop: Optional[Union[str, SequenceNotStr[str]]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        web_search_options: WebSearchOptions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = not_given,
    ) -> AsyncChatCompletionStreamManager[ResponseFormatT]:
        """`POST /chat/completions` with ``stream: true``, as typed events, in an
        ``async with`` block; see ``OpenAI().chat.completions.stream``."""
        tools = _tools_list(tools)
        arguments = _create_arguments(locals())
        from .._async.chat_stream import AsyncChatCompletionStreamManager

        create = cast(Any, self).create
        return AsyncChatCompletionStreamManager(create(**arguments), response_format=response_format, input_tools=tools)
