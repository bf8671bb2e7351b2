"""STAND-IN response models, until codegen produces ``openwire.types.chat``.

They mirror the shape of the API's ``ChatCompletion`` and ``ChatCompletionChunk`` (nested
choices, message/delta, usage with details) so that openwire parses as much structure as the
reference SDK does. The benchmark switches to the generated ``client.chat.completions.create``
as soon as the client has a ``chat`` attribute; then this module is no longer used.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from typing_extensions import Literal

from openwire import BaseModel

__all__ = ["ChatCompletion", "ChatCompletionChunk"]


class FunctionCall(BaseModel):
    name: str
    arguments: str


class ToolCall(BaseModel):
    id: str
    type: Literal["function"]
    function: FunctionCall


class ChatCompletionMessage(BaseModel):
    role: Literal["assistant"]
    content: Optional[str] = None
    refusal: Optional[str] = None
    annotations: Optional[List[Dict[str, Any]]] = None
    tool_calls: Optional[List[ToolCall]] = None
    function_call: Optional[FunctionCall] = None


class Choice(BaseModel):
    index: int
    message: ChatCompletionMessage
    finish_reason: Literal["stop", "length", "tool_calls", "content_filter", "function_call"]
    logprobs: Optional[Dict[str, Any]] = None


class PromptTokensDetails(BaseModel):
    cached_tokens: Optional[int] = None
    audio_tokens: Optional[int] = None


class CompletionTokensDetails(BaseModel):
    reasoning_tokens: Optional[int] = None
    audio_tokens: Optional[int] = None
    accepted_prediction_tokens: Optional[int] = None
    rejected_prediction_tokens: Optional[int] = None


class CompletionUsage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: Optional[PromptTokensDetails] = None
    completion_tokens_details: Optional[CompletionTokensDetails] = None


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: List[Choice]
    usage: Optional[CompletionUsage] = None
    service_tier: Optional[str] = None
    system_fingerprint: Optional[str] = None


class ChoiceDeltaToolCallFunction(BaseModel):
    name: Optional[str] = None
    arguments: Optional[str] = None


class ChoiceDeltaToolCall(BaseModel):
    index: int
    id: Optional[str] = None
    type: Optional[Literal["function"]] = None
    function: Optional[ChoiceDeltaToolCallFunction] = None


class ChoiceDelta(BaseModel):
    role: Optional[Literal["developer", "system", "user", "assistant", "tool"]] = None
    content: Optional[str] = None
    refusal: Optional[str] = None
    tool_calls: Optional[List[ChoiceDeltaToolCall]] = None
    function_call: Optional[ChoiceDeltaToolCallFunction] = None


class ChunkChoice(BaseModel):
    index: int
    delta: ChoiceDelta
    finish_reason: Optional[Literal["stop", "length", "tool_calls", "content_filter", "function_call"]] = None
    logprobs: Optional[Dict[str, Any]] = None


class ChatCompletionChunk(BaseModel):
    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: List[ChunkChoice]
    usage: Optional[CompletionUsage] = None
    service_tier: Optional[str] = None
    system_fingerprint: Optional[str] = None
