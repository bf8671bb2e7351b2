# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...shared.metadata import Metadata
from ...shared.reasoning_effort import ReasoningEffort
from ..assistant_response_format_option_param import AssistantResponseFormatOptionParam
from ..assistant_tool_choice_option_param import AssistantToolChoiceOptionParam
from ..assistant_tool_param import AssistantToolParam
from ..code_interpreter_tool_param import CodeInterpreterToolParam
from .message_content_part_param import MessageContentPartParam
from .runs.run_step_include import RunStepInclude

__all__ = [
    "AdditionalMessage",
    "AdditionalMessageAttachment",
    "AdditionalMessageAttachmentTool",
    "AdditionalMessageAttachmentToolFileSearch",
    "RunCreateParams",
    "TruncationStrategy",
]


class AdditionalMessage(TypedDict, total=False):
    role: Required[Literal["user", "assistant"]]
    content: Required[Union[str, Iterable["MessageContentPartParam"]]]
    attachments: Optional[Iterable["AdditionalMessageAttachment"]]
    metadata: Optional["Metadata"]


class AdditionalMessageAttachment(TypedDict, total=False):
    file_id: str
    tools: Iterable["AdditionalMessageAttachmentTool"]


class AdditionalMessageAttachmentToolFileSearch(TypedDict, total=False):
    type: Required[Literal["file_search"]]


AdditionalMessageAttachmentTool: TypeAlias = Union[CodeInterpreterToolParam, AdditionalMessageAttachmentToolFileSearch]


class RunCreateParamsBase(TypedDict, total=False):
    assistant_id: Required[str]
    additional_instructions: Optional[str]
    additional_messages: Optional[Iterable["AdditionalMessage"]]
    include: Iterable["RunStepInclude"]
    instructions: Optional[str]
    max_completion_tokens: Optional[int]
    max_prompt_tokens: Optional[int]
    metadata: Optional["Metadata"]
    model: Optional[
        Union[
            str,
            Literal[
                "gpt-5",
                "gpt-5-mini",
                "gpt-5-nano",
                "gpt-5-2025-08-07",
                "gpt-5-mini-2025-08-07",
                "gpt-5-nano-2025-08-07",
                "gpt-4.1",
                "gpt-4.1-mini",
                "gpt-4.1-nano",
                "gpt-4.1-2025-04-14",
                "gpt-4.1-mini-2025-04-14",
                "gpt-4.1-nano-2025-04-14",
                "o3-mini",
                "o3-mini-2025-01-31",
                "o1",
                "o1-2024-12-17",
                "gpt-4o",
                "gpt-4o-2024-11-20",
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4.5-preview",
                "gpt-4.5-preview-2025-02-27",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ],
        ]
    ]
    parallel_tool_calls: bool
    reasoning_effort: Optional["ReasoningEffort"]
    response_format: Optional["AssistantResponseFormatOptionParam"]
    temperature: Optional[float]
    tool_choice: Optional["AssistantToolChoiceOptionParam"]
    tools: Optional[Iterable["AssistantToolParam"]]
    top_p: Optional[float]
    truncation_strategy: "TruncationStrategy"


class RunCreateParamsNonStreaming(RunCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class RunCreateParamsStreaming(RunCreateParamsBase):
    stream: Required[Literal[True]]


RunCreateParams = Union[RunCreateParamsNonStreaming, RunCreateParamsStreaming]


class TruncationStrategy(TypedDict, total=False):
    type: Required[Literal["auto", "last_messages"]]
    last_messages: Optional[int]
