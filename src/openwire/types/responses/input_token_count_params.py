# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..shared_params.reasoning import Reasoning
from .response_conversation_param_param import ResponseConversationParamParam
from .response_format_text_config_param import ResponseFormatTextConfigParam
from .response_input_item_param import ResponseInputItemParam
from .tool_choice_allowed_param import ToolChoiceAllowedParam
from .tool_choice_apply_patch_param import ToolChoiceApplyPatchParam
from .tool_choice_custom_param import ToolChoiceCustomParam
from .tool_choice_function_param import ToolChoiceFunctionParam
from .tool_choice_mcp_param import ToolChoiceMcpParam
from .tool_choice_options import ToolChoiceOptions
from .tool_choice_shell_param import ToolChoiceShellParam
from .tool_choice_types_param import ToolChoiceTypesParam
from .tool_param import ToolParam

__all__ = [
    "Conversation",
    "InputTokenCountParams",
    "Text",
    "ToolChoice",
    "ToolChoiceSpecificProgrammaticToolCallingParam",
]

Conversation: TypeAlias = Union[str, ResponseConversationParamParam]


class InputTokenCountParams(TypedDict, total=False):
    conversation: Optional["Conversation"]
    input: Optional[Union[str, Iterable["ResponseInputItemParam"]]]
    instructions: Optional[str]
    model: Optional[str]
    parallel_tool_calls: Optional[bool]
    personality: Union[str, Literal["friendly", "pragmatic"]]
    previous_response_id: Optional[str]
    reasoning: Optional["Reasoning"]
    text: Optional["Text"]
    tool_choice: Optional["ToolChoice"]
    tools: Optional[Iterable["ToolParam"]]
    truncation: Literal["auto", "disabled"]


class Text(TypedDict, total=False):
    format: "ResponseFormatTextConfigParam"
    verbosity: Optional[Literal["low", "medium", "high"]]


class ToolChoiceSpecificProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]


ToolChoice: TypeAlias = Union[
    ToolChoiceOptions,
    ToolChoiceAllowedParam,
    ToolChoiceTypesParam,
    ToolChoiceFunctionParam,
    ToolChoiceMcpParam,
    ToolChoiceCustomParam,
    ToolChoiceSpecificProgrammaticToolCallingParam,
    ToolChoiceApplyPatchParam,
    ToolChoiceShellParam,
]
