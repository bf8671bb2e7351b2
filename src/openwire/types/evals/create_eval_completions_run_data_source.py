# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from ..chat.chat_completion_function_tool import ChatCompletionFunctionTool
from ..chat.chat_completion_reasoning_effort import ChatCompletionReasoningEffort
from ..graders.grader_inputs import GraderInputs
from ..responses.easy_input_message import EasyInputMessage
from ..responses.response_input_audio import ResponseInputAudio
from ..responses.response_input_text import ResponseInputText
from ..shared.metadata import Metadata
from ..shared.response_format_json_object import ResponseFormatJSONObject
from ..shared.response_format_json_schema import ResponseFormatJSONSchema
from ..shared.response_format_text import ResponseFormatText

__all__ = [
    "CreateEvalCompletionsRunDataSource",
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


class SourceFileContentContent(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class SourceFileContent(BaseModel):
    type: Literal["file_content"]
    content: List[SourceFileContentContent]


class SourceFileID(BaseModel):
    type: Literal["file_id"]
    id: str


class SourceStoredCompletions(BaseModel):
    type: Literal["stored_completions"]
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    limit: Optional[int] = None
    metadata: Optional[Metadata] = None
    model: Optional[str] = None


Source: TypeAlias = Annotated[
    Union[SourceFileContent, SourceFileID, SourceStoredCompletions], Field(discriminator="type")
]


class InputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    type: Literal["output_text"]
    text: str


class InputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    type: Literal["input_image"]
    image_url: str
    detail: Optional[str] = None


InputMessagesTemplateTemplateEvalItemContent: TypeAlias = Union[
    str,
    ResponseInputText,
    InputMessagesTemplateTemplateEvalItemContentOutputText,
    InputMessagesTemplateTemplateEvalItemContentInputImage,
    ResponseInputAudio,
    GraderInputs,
]


class InputMessagesTemplateTemplateEvalItem(BaseModel):
    role: Literal["user", "assistant", "system", "developer"]
    content: InputMessagesTemplateTemplateEvalItemContent
    type: Optional[Literal["message"]] = None


InputMessagesTemplateTemplate: TypeAlias = Union[EasyInputMessage, InputMessagesTemplateTemplateEvalItem]


class InputMessagesTemplate(BaseModel):
    type: Literal["template"]
    template: List[InputMessagesTemplateTemplate]


class InputMessagesItemReference(BaseModel):
    type: Literal["item_reference"]
    item_reference: str


InputMessages: TypeAlias = Annotated[
    Union[InputMessagesTemplate, InputMessagesItemReference], Field(discriminator="type")
]


SamplingParamsResponseFormat: TypeAlias = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]


class SamplingParams(BaseModel):
    max_completion_tokens: Optional[int] = None
    reasoning_effort: Optional[ChatCompletionReasoningEffort] = None
    response_format: Optional[SamplingParamsResponseFormat] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    tools: Optional[List[ChatCompletionFunctionTool]] = None
    top_p: Optional[float] = None


class CreateEvalCompletionsRunDataSource(BaseModel):
    type: Literal["completions"]
    source: Source
    input_messages: Optional[InputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[SamplingParams] = None
