# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam
from ..chat.chat_completion_reasoning_effort import ChatCompletionReasoningEffort
from ..graders.grader_inputs_param import GraderInputsParam
from ..responses.easy_input_message_param import EasyInputMessageParam
from ..responses.response_input_audio_param import ResponseInputAudioParam
from ..responses.response_input_text_param import ResponseInputTextParam
from ..shared.metadata import Metadata
from ..shared_params.response_format_json_object import ResponseFormatJSONObject
from ..shared_params.response_format_json_schema import ResponseFormatJSONSchema
from ..shared_params.response_format_text import ResponseFormatText

__all__ = [
    "CreateEvalCompletionsRunDataSourceParam",
    "InputMessages",
    "InputMessagesItemReference",
    "InputMessagesTemplate",
    "InputMessagesTemplateTemplate",
    "InputMessagesTemplateTemplateEvalItem",
    "InputMessagesTemplateTemplateEvalItemContent",
    "InputMessagesTemplateTemplateEvalItemContentInputImage",
    "InputMessagesTemplateTemplateEvalItemContentOutputText",
    "SamplingParams",
    "SamplingParamsResponseFormat",
    "Source",
    "SourceFileContent",
    "SourceFileContentContent",
    "SourceFileID",
    "SourceStoredCompletions",
]


class CreateEvalCompletionsRunDataSourceParam(TypedDict, total=False):
    type: Required[Literal["completions"]]
    source: Required["Source"]
    input_messages: "InputMessages"
    model: str
    sampling_params: "SamplingParams"


class InputMessagesTemplate(TypedDict, total=False):
    type: Required[Literal["template"]]
    template: Required[Iterable["InputMessagesTemplateTemplate"]]


class InputMessagesItemReference(TypedDict, total=False):
    type: Required[Literal["item_reference"]]
    item_reference: Required[str]


InputMessages: TypeAlias = Union[InputMessagesTemplate, InputMessagesItemReference]


class InputMessagesTemplateTemplateEvalItem(TypedDict, total=False):
    role: Required[Literal["user", "assistant", "system", "developer"]]
    content: Required["InputMessagesTemplateTemplateEvalItemContent"]
    type: Literal["message"]


InputMessagesTemplateTemplate: TypeAlias = Union[EasyInputMessageParam, InputMessagesTemplateTemplateEvalItem]


class InputMessagesTemplateTemplateEvalItemContentOutputText(TypedDict, total=False):
    type: Required[Literal["output_text"]]
    text: Required[str]


class InputMessagesTemplateTemplateEvalItemContentInputImage(TypedDict, total=False):
    type: Required[Literal["input_image"]]
    image_url: Required[str]
    detail: str


InputMessagesTemplateTemplateEvalItemContent: TypeAlias = Union[
    str,
    ResponseInputTextParam,
    InputMessagesTemplateTemplateEvalItemContentOutputText,
    InputMessagesTemplateTemplateEvalItemContentInputImage,
    ResponseInputAudioParam,
    GraderInputsParam,
]


class SamplingParams(TypedDict, total=False):
    max_completion_tokens: int
    reasoning_effort: Optional["ChatCompletionReasoningEffort"]
    response_format: "SamplingParamsResponseFormat"
    seed: int
    temperature: float
    tools: Iterable["ChatCompletionFunctionToolParam"]
    top_p: float


SamplingParamsResponseFormat: TypeAlias = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]


class SourceFileContent(TypedDict, total=False):
    type: Required[Literal["file_content"]]
    content: Required[Iterable["SourceFileContentContent"]]


class SourceFileID(TypedDict, total=False):
    type: Required[Literal["file_id"]]
    id: Required[str]


class SourceStoredCompletions(TypedDict, total=False):
    type: Required[Literal["stored_completions"]]
    created_after: Optional[int]
    created_before: Optional[int]
    limit: Optional[int]
    metadata: Optional["Metadata"]
    model: Optional[str]


Source: TypeAlias = Union[SourceFileContent, SourceFileID, SourceStoredCompletions]


class SourceFileContentContent(TypedDict, total=False):
    item: Required[Dict[str, object]]
    sample: Dict[str, object]
