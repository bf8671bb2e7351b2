# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ..shared.metadata import Metadata
from ..shared.reasoning import Reasoning
from ..shared.responses_model import ResponsesModel
from .response_conversation_param import ResponseConversationParam
from .response_input_item import ResponseInputItem
from .response_prompt import ResponsePrompt
from .response_text_config import ResponseTextConfig
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
    "ContextManagement",
    "Conversation",
    "Moderation",
    "ModerationPolicy",
    "ModerationPolicyInput",
    "ModerationPolicyOutput",
    "PromptCacheOptions",
    "ResponsesClientEvent",
    "StreamOptions",
    "ToolChoice",
    "ToolChoiceSpecificProgrammaticToolCallingParam",
]


class ContextManagement(BaseModel):
    type: str
    compact_threshold: Optional[int] = None


Conversation: TypeAlias = Optional[Union[str, ResponseConversationParam]]


class ModerationPolicyInput(BaseModel):
    mode: Literal["score", "block"]


class ModerationPolicyOutput(BaseModel):
    mode: Literal["score", "block"]


class ModerationPolicy(BaseModel):
    input: Optional[ModerationPolicyInput] = None
    output: Optional[ModerationPolicyOutput] = None


class Moderation(BaseModel):
    model: str
    policy: Optional[ModerationPolicy] = None


class PromptCacheOptions(BaseModel):
    mode: Optional[Literal["implicit", "explicit"]] = None
    ttl: Optional[Literal["30m"]] = None


class StreamOptions(BaseModel):
    include_obfuscation: Optional[bool] = None


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


class ResponsesClientEvent(BaseModel):
    type: Literal["response.create"]
    background: Optional[bool] = None
    context_management: Optional[List[ContextManagement]] = None
    conversation: Optional[Conversation] = None
    include: Optional[
        List[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
    ] = None
    input: Optional[Union[str, List[ResponseInputItem]]] = None
    instructions: Optional[str] = None
    max_output_tokens: Optional[int] = None
    max_tool_calls: Optional[int] = None
    metadata: Optional[Metadata] = None
    model: Optional[ResponsesModel] = None
    moderation: Optional[Moderation] = None
    parallel_tool_calls: Optional[bool] = None
    previous_response_id: Optional[str] = None
    prompt: Optional[ResponsePrompt] = None
    prompt_cache_key: Optional[str] = None
    prompt_cache_options: Optional[PromptCacheOptions] = None
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
    reasoning: Optional[Reasoning] = None
    safety_identifier: Optional[str] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] = None
    store: Optional[bool] = None
    stream: Optional[bool] = None
    stream_options: Optional[StreamOptions] = None
    temperature: Optional[float] = None
    text: Optional[ResponseTextConfig] = None
    tool_choice: Optional[ToolChoice] = None
    tools: Optional[List[Tool]] = None
    top_logprobs: Optional[int] = None
    top_p: Optional[float] = None
    truncation: Optional[Literal["auto", "disabled"]] = None
    user: Optional[str] = None
