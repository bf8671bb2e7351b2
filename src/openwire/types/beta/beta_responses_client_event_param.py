# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..chat_model import ChatModel
from .beta_response_conversation_param_param import BetaResponseConversationParamParam
from .beta_response_includable import BetaResponseIncludable
from .beta_response_inject_event_param import BetaResponseInjectEventParam
from .beta_response_input_item_param import BetaResponseInputItemParam
from .beta_response_prompt_param import BetaResponsePromptParam
from .beta_response_text_config_param import BetaResponseTextConfigParam
from .beta_tool_choice_allowed_param import BetaToolChoiceAllowedParam
from .beta_tool_choice_apply_patch_param import BetaToolChoiceApplyPatchParam
from .beta_tool_choice_custom_param import BetaToolChoiceCustomParam
from .beta_tool_choice_function_param import BetaToolChoiceFunctionParam
from .beta_tool_choice_mcp_param import BetaToolChoiceMcpParam
from .beta_tool_choice_options import BetaToolChoiceOptions
from .beta_tool_choice_shell_param import BetaToolChoiceShellParam
from .beta_tool_choice_types_param import BetaToolChoiceTypesParam
from .beta_tool_param import BetaToolParam

__all__ = [
    "BetaResponsesClientEventParam",
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


class ResponseCreate(TypedDict, total=False):
    type: Required[Literal["response.create"]]
    background: Optional[bool]
    context_management: Optional[Iterable["ResponseCreateContextManagement"]]
    conversation: Optional["ResponseCreateConversation"]
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
    moderation: Optional["ResponseCreateModeration"]
    multi_agent: Optional["ResponseCreateMultiAgent"]
    parallel_tool_calls: Optional[bool]
    previous_response_id: Optional[str]
    prompt: Optional["BetaResponsePromptParam"]
    prompt_cache_key: Optional[str]
    prompt_cache_options: "ResponseCreatePromptCacheOptions"
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    reasoning: Optional["ResponseCreateReasoning"]
    safety_identifier: Optional[str]
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]]
    store: Optional[bool]
    stream: Optional[bool]
    stream_options: Optional["ResponseCreateStreamOptions"]
    temperature: Optional[float]
    text: "BetaResponseTextConfigParam"
    tool_choice: "ResponseCreateToolChoice"
    tools: Iterable["BetaToolParam"]
    top_logprobs: int
    top_p: Optional[float]
    truncation: Optional[Literal["auto", "disabled"]]
    user: str


BetaResponsesClientEventParam: TypeAlias = Union[ResponseCreate, BetaResponseInjectEventParam]


class ResponseCreateContextManagement(TypedDict, total=False):
    type: Required[str]
    compact_threshold: Optional[int]


ResponseCreateConversation: TypeAlias = Union[str, BetaResponseConversationParamParam]


class ResponseCreateModeration(TypedDict, total=False):
    model: Required[str]
    policy: Optional["ResponseCreateModerationPolicy"]


class ResponseCreateModerationPolicy(TypedDict, total=False):
    input: Optional["ResponseCreateModerationPolicyInput"]
    output: Optional["ResponseCreateModerationPolicyOutput"]


class ResponseCreateModerationPolicyInput(TypedDict, total=False):
    mode: Required[Literal["score", "block"]]


class ResponseCreateModerationPolicyOutput(TypedDict, total=False):
    mode: Required[Literal["score", "block"]]


class ResponseCreateMultiAgent(TypedDict, total=False):
    enabled: Required[bool]
    max_concurrent_subagents: int


class ResponseCreatePromptCacheOptions(TypedDict, total=False):
    mode: Literal["implicit", "explicit"]
    ttl: Literal["30m"]


class ResponseCreateReasoning(TypedDict, total=False):
    context: Optional[Literal["auto", "current_turn", "all_turns"]]
    effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]]
    generate_summary: Optional[Literal["auto", "concise", "detailed"]]
    mode: Union[str, Literal["standard", "pro"]]
    summary: Optional[Literal["auto", "concise", "detailed"]]


class ResponseCreateStreamOptions(TypedDict, total=False):
    include_obfuscation: bool


class ResponseCreateToolChoiceBetaSpecificProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]


ResponseCreateToolChoice: TypeAlias = Union[
    BetaToolChoiceOptions,
    BetaToolChoiceAllowedParam,
    BetaToolChoiceTypesParam,
    BetaToolChoiceFunctionParam,
    BetaToolChoiceMcpParam,
    BetaToolChoiceCustomParam,
    ResponseCreateToolChoiceBetaSpecificProgrammaticToolCallingParam,
    BetaToolChoiceApplyPatchParam,
    BetaToolChoiceShellParam,
]
