# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ..chat_model import ChatModel
from ..shared.function_parameters import FunctionParameters
from ..shared.metadata import Metadata
from ..shared_params.response_format_json_object import ResponseFormatJSONObject
from ..shared_params.response_format_json_schema import ResponseFormatJSONSchema
from ..shared_params.response_format_text import ResponseFormatText
from .chat_completion_audio_param import ChatCompletionAudioParam
from .chat_completion_function_call_option_param import ChatCompletionFunctionCallOptionParam
from .chat_completion_message_param import ChatCompletionMessageParam
from .chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
from .chat_completion_reasoning_effort import ChatCompletionReasoningEffort
from .chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
from .chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam
from .chat_completion_tool_union_param import ChatCompletionToolUnionParam

__all__ = [
    "CompletionCreateParams",
    "Function",
    "FunctionCall",
    "Moderation",
    "ModerationPolicy",
    "ModerationPolicyInput",
    "ModerationPolicyOutput",
    "PromptCacheOptions",
    "ResponseFormat",
    "WebSearchOptions",
    "WebSearchOptionsUserLocation",
    "WebSearchOptionsUserLocationApproximate",
]


class CompletionCreateParamsBase(TypedDict, total=False):
    messages: Required[Iterable["ChatCompletionMessageParam"]]
    model: Required[Union[str, "ChatModel"]]
    audio: Optional["ChatCompletionAudioParam"]
    frequency_penalty: Optional[float]
    function_call: "FunctionCall"
    functions: Iterable["Function"]
    logit_bias: Optional[Dict[str, int]]
    logprobs: Optional[bool]
    max_completion_tokens: Optional[int]
    max_tokens: Optional[int]
    metadata: Optional["Metadata"]
    modalities: Optional[List[Literal["text", "audio"]]]
    moderation: Optional["Moderation"]
    n: Optional[int]
    parallel_tool_calls: bool
    prediction: Optional["ChatCompletionPredictionContentParam"]
    presence_penalty: Optional[float]
    prompt_cache_key: Optional[str]
    prompt_cache_options: "PromptCacheOptions"
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    reasoning_effort: Optional["ChatCompletionReasoningEffort"]
    response_format: "ResponseFormat"
    safety_identifier: Optional[str]
    seed: Optional[int]
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]]
    stop: Optional[Union[str, SequenceNotStr[str]]]
    store: Optional[bool]
    stream_options: Optional["ChatCompletionStreamOptionsParam"]
    temperature: Optional[float]
    tool_choice: "ChatCompletionToolChoiceOptionParam"
    tools: Iterable["ChatCompletionToolUnionParam"]
    top_logprobs: Optional[int]
    top_p: Optional[float]
    user: str
    verbosity: Optional[Literal["low", "medium", "high"]]
    web_search_options: "WebSearchOptions"


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class CompletionCreateParamsStreaming(CompletionCreateParamsBase):
    stream: Required[Literal[True]]


CompletionCreateParams = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]


class Function(TypedDict, total=False):
    name: Required[str]
    description: str
    parameters: "FunctionParameters"


FunctionCall: TypeAlias = Union[Literal["none", "auto"], ChatCompletionFunctionCallOptionParam]


class Moderation(TypedDict, total=False):
    model: Required[str]
    policy: Optional["ModerationPolicy"]


class ModerationPolicy(TypedDict, total=False):
    input: Optional["ModerationPolicyInput"]
    output: Optional["ModerationPolicyOutput"]


class ModerationPolicyInput(TypedDict, total=False):
    mode: Required[Literal["score", "block"]]


class ModerationPolicyOutput(TypedDict, total=False):
    mode: Required[Literal["score", "block"]]


class PromptCacheOptions(TypedDict, total=False):
    mode: Literal["implicit", "explicit"]
    ttl: Literal["30m"]


ResponseFormat: TypeAlias = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]


class WebSearchOptions(TypedDict, total=False):
    search_context_size: Literal["low", "medium", "high"]
    user_location: Optional["WebSearchOptionsUserLocation"]


class WebSearchOptionsUserLocation(TypedDict, total=False):
    type: Required[Literal["approximate"]]
    approximate: Required["WebSearchOptionsUserLocationApproximate"]


class WebSearchOptionsUserLocationApproximate(TypedDict, total=False):
    city: str
    country: str
    region: str
    timezone: str
