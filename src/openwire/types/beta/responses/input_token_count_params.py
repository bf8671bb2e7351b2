# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..beta_response_conversation_param_param import BetaResponseConversationParamParam
from ..beta_response_format_text_config_param import BetaResponseFormatTextConfigParam
from ..beta_response_input_item_param import BetaResponseInputItemParam
from ..beta_tool_choice_allowed_param import BetaToolChoiceAllowedParam
from ..beta_tool_choice_apply_patch_param import BetaToolChoiceApplyPatchParam
from ..beta_tool_choice_custom_param import BetaToolChoiceCustomParam
from ..beta_tool_choice_function_param import BetaToolChoiceFunctionParam
from ..beta_tool_choice_mcp_param import BetaToolChoiceMcpParam
from ..beta_tool_choice_options import BetaToolChoiceOptions
from ..beta_tool_choice_shell_param import BetaToolChoiceShellParam
from ..beta_tool_choice_types_param import BetaToolChoiceTypesParam
from ..beta_tool_param import BetaToolParam

__all__ = [
    "Conversation",
    "InputTokenCountParams",
    "Reasoning",
    "Text",
    "ToolChoice",
    "ToolChoiceBetaSpecificProgrammaticToolCallingParam",
]

Conversation: TypeAlias = Union[str, BetaResponseConversationParamParam]


class InputTokenCountParams(TypedDict, total=False):
    betas: List[Literal["responses_multi_agent=v1"]]
    conversation: Optional["Conversation"]
    input: Optional[Union[str, Iterable["BetaResponseInputItemParam"]]]
    instructions: Optional[str]
    model: Optional[str]
    parallel_tool_calls: Optional[bool]
    personality: Union[str, Literal["friendly", "pragmatic"]]
    previous_response_id: Optional[str]
    reasoning: Optional["Reasoning"]
    text: Optional["Text"]
    tool_choice: Optional["ToolChoice"]
    tools: Optional[Iterable["BetaToolParam"]]
    truncation: Literal["auto", "disabled"]


class Reasoning(TypedDict, total=False):
    context: Optional[Literal["auto", "current_turn", "all_turns"]]
    effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]]
    generate_summary: Optional[Literal["auto", "concise", "detailed"]]
    mode: Union[str, Literal["standard", "pro"]]
    summary: Optional[Literal["auto", "concise", "detailed"]]


class Text(TypedDict, total=False):
    format: "BetaResponseFormatTextConfigParam"
    verbosity: Optional[Literal["low", "medium", "high"]]


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
