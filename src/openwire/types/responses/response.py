# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from ..._output_text import ResponseOutputTextMixin
from ..shared.metadata import Metadata
from ..shared.reasoning import Reasoning
from ..shared.responses_model import ResponsesModel
from .response_error import ResponseError
from .response_input_item import ResponseInputItem
from .response_output_item import ResponseOutputItem
from .response_prompt import ResponsePrompt
from .response_status import ResponseStatus
from .response_text_config import ResponseTextConfig
from .response_usage import ResponseUsage
from .tool import Tool
from .tool_choice_allowed import ToolChoiceAllowed
from .tool_choice_apply_patch import ToolChoiceApplyPatch
from .tool_choice_custom import ToolChoiceCustom
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_mcp import ToolChoiceMcp
from .tool_choice_options import ToolChoiceOptions
from .tool_choice_shell import ToolChoiceShell
from .tool_choice_types import ToolChoiceTypes

__all__ = [
    "Conversation",
    "IncompleteDetails",
    "Moderation",
    "ModerationInput",
    "ModerationInputError",
    "ModerationInputModerationResult",
    "ModerationOutput",
    "ModerationOutputError",
    "ModerationOutputModerationResult",
    "PromptCacheOptions",
    "Response",
    "ToolChoice",
    "ToolChoiceSpecificProgrammaticToolCallingParam",
]


class Conversation(BaseModel):
    id: str


class IncompleteDetails(BaseModel):
    reason: Optional[Literal["max_output_tokens", "content_filter"]] = None


class ModerationInputModerationResult(BaseModel):
    type: Literal["moderation_result"]
    model: str
    flagged: bool
    categories: Dict[str, bool]
    category_scores: Dict[str, float]
    category_applied_input_types: Dict[str, List[Literal["text", "image"]]]


class ModerationInputError(BaseModel):
    type: Literal["error"]
    code: str
    message: str


ModerationInput: TypeAlias = Annotated[
    Union[ModerationInputModerationResult, ModerationInputError], Field(discriminator="type")
]


class ModerationOutputModerationResult(BaseModel):
    type: Literal["moderation_result"]
    model: str
    flagged: bool
    categories: Dict[str, bool]
    category_scores: Dict[str, float]
    category_applied_input_types: Dict[str, List[Literal["text", "image"]]]


class ModerationOutputError(BaseModel):
    type: Literal["error"]
    code: str
    message: str


ModerationOutput: TypeAlias = Annotated[
    Union[ModerationOutputModerationResult, ModerationOutputError], Field(discriminator="type")
]


class Moderation(BaseModel):
    input: ModerationInput
    output: ModerationOutput


class PromptCacheOptions(BaseModel):
    ttl: Literal["30m"]
    mode: Literal["implicit", "explicit"]


class ToolChoiceSpecificProgrammaticToolCallingParam(BaseModel):
    type: Literal["programmatic_tool_calling"]


ToolChoice: TypeAlias = Union[
    ToolChoiceOptions,
    ToolChoiceAllowed,
    ToolChoiceTypes,
    ToolChoiceFunction,
    ToolChoiceMcp,
    ToolChoiceCustom,
    ToolChoiceSpecificProgrammaticToolCallingParam,
    ToolChoiceApplyPatch,
    ToolChoiceShell,
]


class Response(ResponseOutputTextMixin, BaseModel):
    model: ResponsesModel
    tools: List[Tool]
    tool_choice: ToolChoice
    id: str
    object: Literal["response"]
    created_at: float
    output: List[ResponseOutputItem]
    parallel_tool_calls: bool
    background: Optional[bool] = None
    completed_at: Optional[float] = None
    conversation: Optional[Conversation] = None
    error: Optional[ResponseError] = None
    incomplete_details: Optional[IncompleteDetails] = None
    instructions: Optional[Union[str, List[ResponseInputItem]]] = None
    max_output_tokens: Optional[int] = None
    max_tool_calls: Optional[int] = None
    metadata: Optional[Metadata] = None
    moderation: Optional[Moderation] = None
    previous_response_id: Optional[str] = None
    prompt: Optional[ResponsePrompt] = None
    prompt_cache_key: Optional[str] = None
    prompt_cache_options: Optional[PromptCacheOptions] = None
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
    reasoning: Optional[Reasoning] = None
    safety_identifier: Optional[str] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] = None
    status: Optional[ResponseStatus] = None
    temperature: Optional[float] = None
    text: Optional[ResponseTextConfig] = None
    top_logprobs: Optional[int] = None
    top_p: Optional[float] = None
    truncation: Optional[Literal["auto", "disabled"]] = None
    usage: Optional[ResponseUsage] = None
    user: Optional[str] = None
