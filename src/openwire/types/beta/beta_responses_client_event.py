# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from ..chat_model import ChatModel
from .beta_response_conversation_param import BetaResponseConversationParam
from .beta_response_includable import BetaResponseIncludable
from .beta_response_inject_event import BetaResponseInjectEvent
from .beta_response_input_item import BetaResponseInputItem
from .beta_response_prompt import BetaResponsePrompt
from .beta_response_text_config import BetaResponseTextConfig
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
    "BetaResponsesClientEvent",
    "ResponseCreate",
    "ResponseCreateContextManagement",
    "ResponseCreateConversation",
    "ResponseCreateModeration",
    "ResponseCreateModerationPolicy",
    "ResponseCreateModerationPolicyInput",
    "ResponseCreateModerationPolicyOutput",
    "ResponseCreateMultiAgent",
    "ResponseCreatePromptCacheOptions",
    "ResponseCreateReasoning",
    "ResponseCreateStreamOptions",
    "ResponseCreateToolChoice",
    "ResponseCreateToolChoiceBetaSpecificProgrammaticToolCallingParam",
]


class ResponseCreateContextManagement(BaseModel):
    type: str
    compact_threshold: Optional[int] = None


ResponseCreateConversation: TypeAlias = Optional[Union[str, BetaResponseConversationParam]]


class ResponseCreateModerationPolicyInput(BaseModel):
    mode: Literal["score", "block"]


class ResponseCreateModerationPolicyOutput(BaseModel):
    mode: Literal["score", "block"]


class ResponseCreateModerationPolicy(BaseModel):
    input: Optional[ResponseCreateModerationPolicyInput] = None
    output: Optional[ResponseCreateModerationPolicyOutput] = None


class ResponseCreateModeration(BaseModel):
    model: str
    policy: Optional[ResponseCreateModerationPolicy] = None


class ResponseCreateMultiAgent(BaseModel):
    enabled: bool
    max_concurrent_subagents: Optional[int] = None


class ResponseCreatePromptCacheOptions(BaseModel):
    mode: Optional[Literal["implicit", "explicit"]] = None
    ttl: Optional[Literal["30m"]] = None


class ResponseCreateReasoning(BaseModel):
    context: Optional[Literal["auto", "current_turn", "all_turns"]] = None
    effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]] = None
    generate_summary: Optional[Literal["auto", "concise", "detailed"]] = None
    mode: Optional[Union[str, Literal["standard", "pro"]]] = None
    summary: Optional[Literal["auto", "concise", "detailed"]] = None


class ResponseCreateStreamOptions(BaseModel):
    include_obfuscation: Optional[bool] = None


class ResponseCreateToolChoiceBetaSpecificProgrammaticToolCallingParam(BaseModel):
    type: Literal["programmatic_tool_calling"]


ResponseCreateToolChoice: TypeAlias = Union[
    BetaToolChoiceOptions,
    BetaToolChoiceAllowed,
    BetaToolChoiceTypes,
    BetaToolChoiceFunction,
    BetaToolChoiceMcp,
    BetaToolChoiceCustom,
    ResponseCreateToolChoiceBetaSpecificProgrammaticToolCallingParam,
    BetaToolChoiceApplyPatch,
    BetaToolChoiceShell,
]


class ResponseCreate(BaseModel):
    type: Literal["response.create"]
    background: Optional[bool] = None
    context_management: Optional[List[ResponseCreateContextManagement]] = None
    conversation: Optional[ResponseCreateConversation] = None
    include: Optional[List[BetaResponseIncludable]] = None
    input: Optional[Union[str, List[BetaResponseInputItem]]] = None
    instructions: Optional[str] = None
    max_output_tokens: Optional[int] = None
    max_tool_calls: Optional[int] = None
    metadata: Optional[Dict[str, str]] = None
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
    ] = None
    moderation: Optional[ResponseCreateModeration] = None
    multi_agent: Optional[ResponseCreateMultiAgent] = None
    parallel_tool_calls: Optional[bool] = None
    previous_response_id: Optional[str] = None
    prompt: Optional[BetaResponsePrompt] = None
    prompt_cache_key: Optional[str] = None
    prompt_cache_options: Optional[ResponseCreatePromptCacheOptions] = None
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
    reasoning: Optional[ResponseCreateReasoning] = None
    safety_identifier: Optional[str] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] = None
    store: Optional[bool] = None
    stream: Optional[bool] = None
    stream_options: Optional[ResponseCreateStreamOptions] = None
    temperature: Optional[float] = None
    text: Optional[BetaResponseTextConfig] = None
    tool_choice: Optional[ResponseCreateToolChoice] = None
    tools: Optional[List[BetaTool]] = None
    top_logprobs: Optional[int] = None
    top_p: Optional[float] = None
    truncation: Optional[Literal["auto", "disabled"]] = None
    user: Optional[str] = None


BetaResponsesClientEvent: TypeAlias = Annotated[
    Union[ResponseCreate, BetaResponseInjectEvent], Field(discriminator="type")
]
