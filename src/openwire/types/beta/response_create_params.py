# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..chat_model import ChatModel
from .beta_response_conversation_param_param import BetaResponseConversationParamParam
from .beta_response_includable import BetaResponseIncludable
from .beta_response_input_item_param import BetaResponseInputItemParam
from .beta_response_prompt_param import BetaResponsePromptParam
from .beta_tool_choice_allowed_param import BetaToolChoiceAllowedParam
from .beta_tool_choice_apply_patch_param import BetaToolChoiceApplyPatchParam
from .beta_tool_choice_custom_param import BetaToolChoiceCustomParam
from .beta_tool_choice_function_param import BetaToolChoiceFunctionParam
from .beta_tool_choice_mcp_param import BetaToolChoiceMcpParam
from .beta_tool_choice_options import BetaToolChoiceOptions
from .beta_tool_choice_shell_param import BetaToolChoiceShellParam
from .beta_tool_choice_types_param import BetaToolChoiceTypesParam
from .beta_tool_param import BetaToolParam
from .responses.input_token_count_params import Text

__all__ = [
    "ContextManagement",
    "Conversation",
    "Moderation",
    "ModerationPolicy",
    "ModerationPolicyInput",
    "ModerationPolicyOutput",
    "MultiAgent",
    "PromptCacheOptions",
    "Reasoning",
    "ResponseCreateParams",
    "StreamOptions",
    "ToolChoice",
    "ToolChoiceBetaSpecificProgrammaticToolCallingParam",
]


class ContextManagement(TypedDict, total=False):
    type: Required[str]
    compact_threshold: Optional[int]


Conversation: TypeAlias = Union[str, BetaResponseConversationParamParam]


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


class MultiAgent(TypedDict, total=False):
    enabled: Required[bool]
    max_concurrent_subagents: int


class PromptCacheOptions(TypedDict, total=False):
    mode: Literal["implicit", "explicit"]
    ttl: Literal["30m"]


class Reasoning(TypedDict, total=False):
    context: Optional[Literal["auto", "current_turn", "all_turns"]]
    effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]]
    generate_summary: Optional[Literal["auto", "concise", "detailed"]]
    mode: Union[str, Literal["standard", "pro"]]
    summary: Optional[Literal["auto", "concise", "detailed"]]


class ResponseCreateParamsBase(TypedDict, total=False):
    background: Optional[bool]
    betas: List[Literal["responses_multi_agent=v1"]]
    context_management: Optional[Iterable["ContextManagement"]]
    conversation: Optional["Conversation"]
    include: Optional[Iterable["BetaResponseIncludable"]]
    input: Union[str, Iterable["BetaResponseInputItemParam"]]
    instructions: Optional[str]
    max_output_tokens: Optional[int]
    max_tool_calls: Optional[int]
    metadata: Optional[Dict[str, str]]
    model: Union[
        str,
        "ChatModel",
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
    moderation: Optional["Moderation"]
    multi_agent: Optional["MultiAgent"]
    parallel_tool_calls: Optional[bool]
    previous_response_id: Optional[str]
    prompt: Optional["BetaResponsePromptParam"]
    prompt_cache_key: Optional[str]
    prompt_cache_options: "PromptCacheOptions"
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    reasoning: Optional["Reasoning"]
    safety_identifier: Optional[str]
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]]
    store: Optional[bool]
    stream_options: Optional["StreamOptions"]
    temperature: Optional[float]
    text: "Text"
    tool_choice: "ToolChoice"
    tools: Iterable["BetaToolParam"]
    top_logprobs: int
    top_p: Optional[float]
    truncation: Optional[Literal["auto", "disabled"]]
    user: str


class ResponseCreateParamsNonStreaming(ResponseCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class ResponseCreateParamsStreaming(ResponseCreateParamsBase):
    stream: Required[Literal[True]]


ResponseCreateParams = Union[ResponseCreateParamsNonStreaming, ResponseCreateParamsStreaming]


class StreamOptions(TypedDict, total=False):
    include_obfuscation: bool


class ToolChoiceBetaSpecificProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]


ToolChoice: TypeAlias = Union[
    BetaToolChoiceOptions,
    BetaToolChoiceAllowedParam,
    BetaToolChoiceTypesParam,
    BetaToolChoiceFunctionParam,
    BetaToolChoiceMcpParam,
    BetaToolChoiceCustomParam,
    ToolChoiceBetaSpecificProgrammaticToolCallingParam,
    BetaToolChoiceApplyPatchParam,
    BetaToolChoiceShellParam,
]
