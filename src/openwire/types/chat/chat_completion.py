# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from ..completion_usage import CompletionUsage
from .chat_completion_message import ChatCompletionMessage
from .chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = [
    "ChatCompletion",
    "Choice",
    "ChoiceLogprobs",
    "Moderation",
    "ModerationInput",
    "ModerationInputError",
    "ModerationInputModerationResults",
    "ModerationInputModerationResultsResult",
    "ModerationOutput",
    "ModerationOutputError",
    "ModerationOutputModerationResults",
    "ModerationOutputModerationResultsResult",
]


class ChoiceLogprobs(BaseModel):
    content: Optional[List[ChatCompletionTokenLogprob]] = None
    refusal: Optional[List[ChatCompletionTokenLogprob]] = None


class Choice(BaseModel):
    finish_reason: Literal["stop", "length", "tool_calls", "content_filter", "function_call"]
    index: int
    message: ChatCompletionMessage
    logprobs: Optional[ChoiceLogprobs] = None


class ModerationInputModerationResultsResult(BaseModel):
    type: Literal["moderation_result"]
    model: str
    flagged: bool
    categories: Dict[str, bool]
    category_scores: Dict[str, float]
    category_applied_input_types: Dict[str, List[Literal["text", "image"]]]


class ModerationInputModerationResults(BaseModel):
    type: Literal["moderation_results"]
    model: str
    results: List[ModerationInputModerationResultsResult]


class ModerationInputError(BaseModel):
    type: Literal["error"]
    code: str
    message: str


ModerationInput: TypeAlias = Annotated[
    Union[ModerationInputModerationResults, ModerationInputError], Field(discriminator="type")
]


class ModerationOutputModerationResultsResult(BaseModel):
    type: Literal["moderation_result"]
    model: str
    flagged: bool
    categories: Dict[str, bool]
    category_scores: Dict[str, float]
    category_applied_input_types: Dict[str, List[Literal["text", "image"]]]


class ModerationOutputModerationResults(BaseModel):
    type: Literal["moderation_results"]
    model: str
    results: List[ModerationOutputModerationResultsResult]


class ModerationOutputError(BaseModel):
    type: Literal["error"]
    code: str
    message: str


ModerationOutput: TypeAlias = Annotated[
    Union[ModerationOutputModerationResults, ModerationOutputError], Field(discriminator="type")
]


class Moderation(BaseModel):
    input: ModerationInput
    output: ModerationOutput


class ChatCompletion(BaseModel):
    id: str
    choices: List[Choice]
    created: int
    model: str
    object: Literal["chat.completion"]
    moderation: Optional[Moderation] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] = None
    system_fingerprint: Optional[str] = None
    usage: Optional[CompletionUsage] = None
