# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ..graders.grader_inputs_param import GraderInputsParam
from ..responses.response_format_text_config_param import ResponseFormatTextConfigParam
from ..responses.response_input_audio_param import ResponseInputAudioParam
from ..responses.response_input_text_param import ResponseInputTextParam
from ..responses.tool_param import ToolParam
from ..shared.metadata import Metadata
from ..shared.reasoning_effort import ReasoningEffort
from .create_eval_completions_run_data_source_param import CreateEvalCompletionsRunDataSourceParam
from .create_eval_jsonl_run_data_source_param import CreateEvalJSONLRunDataSourceParam

__all__ = [
    "DataSource",
    "DataSourceCreateEvalResponsesRunDataSource",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessages",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesItemReference",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplate",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItem",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContent",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentInputImage",
    "DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentOutputText",
    "DataSourceCreateEvalResponsesRunDataSourceSamplingParams",
    "DataSourceCreateEvalResponsesRunDataSourceSamplingParamsText",
    "DataSourceCreateEvalResponsesRunDataSourceSource",
    "DataSourceCreateEvalResponsesRunDataSourceSourceFileContent",
    "DataSourceCreateEvalResponsesRunDataSourceSourceFileContentContent",
    "DataSourceCreateEvalResponsesRunDataSourceSourceFileID",
    "DataSourceCreateEvalResponsesRunDataSourceSourceResponses",
    "RunCreateParams",
]


class DataSourceCreateEvalResponsesRunDataSource(TypedDict, total=False):
    type: Required[Literal["responses"]]
    source: Required["DataSourceCreateEvalResponsesRunDataSourceSource"]
    input_messages: "DataSourceCreateEvalResponsesRunDataSourceInputMessages"
    model: str
    sampling_params: "DataSourceCreateEvalResponsesRunDataSourceSamplingParams"


DataSource: TypeAlias = Union[
    CreateEvalJSONLRunDataSourceParam,
    CreateEvalCompletionsRunDataSourceParam,
    DataSourceCreateEvalResponsesRunDataSource,
]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplate(TypedDict, total=False):
    type: Required[Literal["template"]]
    template: Required[Iterable["DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate"]]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesItemReference(TypedDict, total=False):
    type: Required[Literal["item_reference"]]
    item_reference: Required[str]


DataSourceCreateEvalResponsesRunDataSourceInputMessages: TypeAlias = Union[
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplate,
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesItemReference,
]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage(TypedDict, total=False):
    role: Required[str]
    content: Required[str]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItem(TypedDict, total=False):
    role: Required[Literal["user", "assistant", "system", "developer"]]
    content: Required["DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContent"]
    type: Literal["message"]


DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate: TypeAlias = Union[
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage,
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItem,
]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentOutputText(
    TypedDict, total=False
):
    type: Required[Literal["output_text"]]
    text: Required[str]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentInputImage(
    TypedDict, total=False
):
    type: Required[Literal["input_image"]]
    image_url: Required[str]
    detail: str


DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContent: TypeAlias = Union[
    str,
    ResponseInputTextParam,
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentOutputText,
    DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentInputImage,
    ResponseInputAudioParam,
    GraderInputsParam,
]


class DataSourceCreateEvalResponsesRunDataSourceSamplingParams(TypedDict, total=False):
    max_completion_tokens: int
    reasoning_effort: Optional["ReasoningEffort"]
    seed: int
    temperature: float
    text: "DataSourceCreateEvalResponsesRunDataSourceSamplingParamsText"
    tools: Iterable["ToolParam"]
    top_p: float


class DataSourceCreateEvalResponsesRunDataSourceSamplingParamsText(TypedDict, total=False):
    format: "ResponseFormatTextConfigParam"


class DataSourceCreateEvalResponsesRunDataSourceSourceFileContent(TypedDict, total=False):
    type: Required[Literal["file_content"]]
    content: Required[Iterable["DataSourceCreateEvalResponsesRunDataSourceSourceFileContentContent"]]


class DataSourceCreateEvalResponsesRunDataSourceSourceFileID(TypedDict, total=False):
    type: Required[Literal["file_id"]]
    id: Required[str]


class DataSourceCreateEvalResponsesRunDataSourceSourceResponses(TypedDict, total=False):
    type: Required[Literal["responses"]]
    created_after: Optional[int]
    created_before: Optional[int]
    instructions_search: Optional[str]
    metadata: Optional[Dict[str, object]]
    model: Optional[str]
    reasoning_effort: Optional["ReasoningEffort"]
    temperature: Optional[float]
    tools: Optional[SequenceNotStr[str]]
    top_p: Optional[float]
    users: Optional[SequenceNotStr[str]]


DataSourceCreateEvalResponsesRunDataSourceSource: TypeAlias = Union[
    DataSourceCreateEvalResponsesRunDataSourceSourceFileContent,
    DataSourceCreateEvalResponsesRunDataSourceSourceFileID,
    DataSourceCreateEvalResponsesRunDataSourceSourceResponses,
]


class DataSourceCreateEvalResponsesRunDataSourceSourceFileContentContent(TypedDict, total=False):
    item: Required[Dict[str, object]]
    sample: Dict[str, object]


class RunCreateParams(TypedDict, total=False):
    data_source: Required["DataSource"]
    metadata: Optional["Metadata"]
    name: str
