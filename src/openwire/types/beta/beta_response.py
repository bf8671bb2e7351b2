# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from ..chat_model import ChatModel
from .beta_response_error import BetaResponseError
from .beta_response_input_item import BetaResponseInputItem
from .beta_response_output_item import BetaResponseOutputItem
from .beta_response_prompt import BetaResponsePrompt
from .beta_response_text_config import BetaResponseTextConfig
from .beta_response_usage import BetaResponseUsage
from .beta_tool import BetaTool
from .beta_tool_choice_allowed import BetaToolChoiceAllowed
from .beta_tool_choice_apply_patch import BetaToolChoiceApplyPatch
from .beta_tool_choice_custom import BetaToolChoiceCustom
from .beta_tool_choice_function import BetaToolChoiceFunction
from .beta_tool_choice_mcp import BetaToolChoiceMcp
from .beta_tool_choice_options import BetaToolChoiceOptions
from .beta_tool_choice_shell import BetaToolChoiceShell
from .beta_tool_choice_types import BetaToolChoiceTypes

__all__ = [
    "BetaResponse",
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
    "Reasoning",
    "ToolChoice",
    "ToolChoiceBetaSpecificProgrammaticToolCallingParam",
]


class ToolChoiceBetaSpecificProgrammaticToolCallingParam(BaseModel):
    type: Literal["programmatic_tool_calling"]


ToolChoice: TypeAlias = Union[
    BetaToolChoiceOptions,
    BetaToolChoiceAllowed,
    BetaToolChoiceTypes,
    BetaToolChoiceFunction,
    BetaToolChoiceMcp,
    BetaToolChoiceCustom,
    ToolChoiceBetaSpecificProgrammaticToolCallingParam,
    BetaToolChoiceApplyPatch,
    BetaToolChoiceShell,
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


class Reasoning(BaseModel):
    context: Optional[Literal["auto", "current_turn", "all_turns"]] = None
    effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]] = None
    generate_summary: Optional[Literal["auto", "concise", "detailed"]] = None
    mode: Optional[Union[str, Literal["standard", "pro"]]] = None
    summary: Optional[Literal["auto", "concise", "detailed"]] = None


class BetaResponse(BaseModel):
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
    tools: List[BetaTool]
    tool_choice: ToolChoice
    id: str
    object: Literal["response"]
    created_at: float
    output: List[BetaResponseOutputItem]
    parallel_tool_calls: bool
    background: Optional[bool] = None
    completed_at: Optional[float] = None
    conversation: Optional[Conversation] = None
    error: Optional[BetaResponseError] = None
    incomplete_details: Optional[IncompleteDetails] = None
    instructions: Optional[Union[str, List[BetaResponseInputItem]]] = None
    max_output_tokens: Optional[int] = None
    max_tool_calls: Optional[int] = None
    metadata: Optional[Dict[str, str]] = None
    moderation: Optional[Moderation] = None
    previous_response_id: Optional[str] = None
    prompt: Optional[BetaResponsePrompt] = None
    prompt_cache_key: Optional[str] = None
    prompt_cache_options: Optional[PromptCacheOptions] = None
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
    reasoning: Optional[Reasoning] = None
    safety_identifier: Optional[str] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] = None
    status: Optional[Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]] = None
    temperature: Optional[float] = None
    text: Optional[BetaResponseTextConfig] = None
    top_logprobs: Optional[int] = None
    top_p: Optional[float] = None
    truncation: Optional[Literal["auto", "disabled"]] = None
    usage: Optional[BetaResponseUsage] = None
    user: Optional[str] = None
