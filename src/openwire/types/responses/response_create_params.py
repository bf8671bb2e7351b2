# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..shared.metadata import Metadata
from ..shared.responses_model import ResponsesModel
from ..shared_params.reasoning import Reasoning
from .input_token_count_params import Text
from .response_conversation_param_param import ResponseConversationParamParam
from .response_includable import ResponseIncludable
from .response_input_item_param import ResponseInputItemParam
from .response_input_param import ResponseInputParam
from .response_prompt_param import ResponsePromptParam
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
    "ResponseInputParam",
    "ResponseIncludable",
    "ContextManagement",
    "Conversation",
    "Moderation",
    "ModerationPolicy",
    "ModerationPolicyInput",
    "ModerationPolicyOutput",
    "PromptCacheOptions",
    "ResponseCreateParams",
    "StreamOptions",
    "ToolChoice",
    "ToolChoiceSpecificProgrammaticToolCallingParam",
]


class ContextManagement(TypedDict, total=False):
    type: Required[str]
    compact_threshold: Optional[int]


Conversation: TypeAlias = Union[str, ResponseConversationParamParam]


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


class PromptCacheOptions(TypedDict, total=False):
    mode: Literal["implicit", "explicit"]
    ttl: Literal["30m"]


class ResponseCreateParamsBase(TypedDict, total=False):
    background: Optional[bool]
    context_management: Optional[Iterable["ContextManagement"]]
    conversation: Optional["Conversation"]
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
    ]
    input: Union[str, Iterable["ResponseInputItemParam"]]
    instructions: Optional[str]
    max_output_tokens: Optional[int]
    max_tool_calls: Optional[int]
    metadata: Optional["Metadata"]
    model: "ResponsesModel"
    moderation: Optional["Moderation"]
    parallel_tool_calls: Optional[bool]
    previous_response_id: Optional[str]
    prompt: Optional["ResponsePromptParam"]
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
    tools: Iterable["ToolParam"]
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
