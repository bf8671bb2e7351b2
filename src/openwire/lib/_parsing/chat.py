"""``chat.completions.parse`` (structured outputs for Chat Completions), sync and async.

Light at import (every ``chat.completions`` resource imports it): the parsing machinery and
pydantic load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Union

from typing_extensions import Literal

from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import not_given, omit
from . import is_given

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
        WebSearchOptions,
    )
    from ...types.chat.parsed_chat_completion import ParsedChatCompletion
    from ...types.chat_model import ChatModel
    from ...types.shared.metadata import Metadata
    from ...types.shared.reasoning_effort import ReasoningEffort
    from ._completions import ResponseFormatT

__all__ = ["ChatParseHelpers", "AsyncChatParseHelpers"]

_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")
_HELPER_HEADER = {"X-Stainless-Helper-Method": "chat.completions.parse"}


def _parse_request(arguments: Dict[str, Any]) -> Dict[str, Any]:
    """The keyword arguments of ``_post`` for a ``parse`` call, from the call's arguments.

    The body holds the same keys, in the same order, as ``create(..., stream=False)`` would
    send, with the model turned into a strict ``json_schema`` response format. Parsing
    happens in the response's ``post_parser``, so ``with_raw_response.parse(...).parse()``
    gives the parsed completion too.
    """
    from ..._options import make_request_options
    from ...types.chat.chat_completion import ChatCompletion
    from ._completions import parse_chat_completion, type_to_response_format_param, validate_input_tools

    params = {name: value for name, value in arguments.items() if name != "self" and name not in _OPTIONS}
    response_format = params["response_format"]
    tools = params["tools"] = list(params["tools"]) if is_given(params["tools"]) else params["tools"]
    validate_input_tools(tools)
    params["response_format"] = type_to_response_format_param(response_format)
    params["stream"] = False
    required = {"messages": params.pop("messages"), "model": params.pop("model")}
    body = {**required, **dict(sorted(params.items()))}  # omitted values: left out by dump_json

    def parser(completion: ChatCompletion) -> ParsedChatCompletion[Any]:
        return parse_chat_completion(response_format=response_format, input_tools=tools, chat_completion=completion)

    options = make_request_options(**{name: arguments[name] for name in _OPTIONS}, post_parser=parser)
    options["headers"] = {**_HELPER_HEADER, **(options.get("headers") or {})}
    return {"body": body, "options": options, "cast_to": ChatCompletion, "stream": False}


class ChatParseHelpers(SyncAPIResource):
    def parse(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: Union[str, ChatModel],
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        response_format: type[ResponseFormatT] | Omit = omit,
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
    ) -> ParsedChatCompletion[ResponseFormatT]:
        """`POST /chat/completions` with a strict JSON schema made from ``response_format`` (a
        pydantic model class); ``choices[i].message.parsed`` is the answer as a model instance,
        and calls of strict function tools carry ``parsed_arguments``.

        Raises ``LengthFinishReasonError`` / ``ContentFilterFinishReasonError`` when the answer
        was cut by the token limit or withheld by the content filter.
        """
        # locals() is exactly the parameters above: one list, kept in the signature.
        response: ParsedChatCompletion[ResponseFormatT] = self._post("/chat/completions", **_parse_request(locals()))
        return response


class AsyncChatParseHelpers(AsyncAPIResource):
    async def parse(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: Union[str, ChatModel],
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        response_format: type[ResponseFormatT] | Omit = omit,
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
    ) -> ParsedChatCompletion[ResponseFormatT]:
        """`POST /chat/completions` with a strict JSON schema made from ``response_format``;
        see ``OpenAI().chat.completions.parse``."""
        # locals() is exactly the parameters above: one list, kept in the signature.
        response: ParsedChatCompletion[ResponseFormatT] = await self._post(
            "/chat/completions", **_parse_request(locals())
        )
        return response
