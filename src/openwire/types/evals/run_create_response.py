# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from ..graders.grader_inputs import GraderInputs
from ..responses.response_format_text_config import ResponseFormatTextConfig
from ..responses.response_input_audio import ResponseInputAudio
from ..responses.response_input_text import ResponseInputText
from ..responses.tool import Tool
from ..shared.metadata import Metadata
from ..shared.reasoning_effort import ReasoningEffort
from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from .create_eval_jsonl_run_data_source import CreateEvalJSONLRunDataSource
from .eval_api_error import EvalAPIError

__all__ = [
    "DataSource",
    "DataSourceResponses",
    "DataSourceResponsesInputMessages",
    "DataSourceResponsesInputMessagesItemReference",
    "DataSourceResponsesInputMessagesTemplate",
    "DataSourceResponsesInputMessagesTemplateTemplate",
    "DataSourceResponsesInputMessagesTemplateTemplateChatMessage",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItem",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItemContent",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage",
    "DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText",
    "DataSourceResponsesSamplingParams",
    "DataSourceResponsesSamplingParamsText",
    "DataSourceResponsesSource",
    "DataSourceResponsesSourceFileContent",
    "DataSourceResponsesSourceFileContentContent",
    "DataSourceResponsesSourceFileID",
    "DataSourceResponsesSourceResponses",
    "PerModelUsage",
    "PerTestingCriteriaResult",
    "ResultCounts",
    "RunCreateResponse",
]


class DataSourceResponsesSourceFileContentContent(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class DataSourceResponsesSourceFileContent(BaseModel):
    type: Literal["file_content"]
    content: List[DataSourceResponsesSourceFileContentContent]


class DataSourceResponsesSourceFileID(BaseModel):
    type: Literal["file_id"]
    id: str


class DataSourceResponsesSourceResponses(BaseModel):
    type: Literal["responses"]
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    instructions_search: Optional[str] = None
    metadata: Optional[Dict[str, object]] = None
    model: Optional[str] = None
    reasoning_effort: Optional[Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]] = None
    temperature: Optional[float] = None
    tools: Optional[List[str]] = None
    top_p: Optional[float] = None
    users: Optional[List[str]] = None


DataSourceResponsesSource: TypeAlias = Annotated[
    Union[DataSourceResponsesSourceFileContent, DataSourceResponsesSourceFileID, DataSourceResponsesSourceResponses],
    Field(discriminator="type"),
]


class DataSourceResponsesInputMessagesTemplateTemplateChatMessage(BaseModel):
    role: str
    content: str


class DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    type: Literal["output_text"]
    text: str


class DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    type: Literal["input_image"]
    image_url: str
    detail: Optional[str] = None


DataSourceResponsesInputMessagesTemplateTemplateEvalItemContent: TypeAlias = Union[
    str,
    ResponseInputText,
    DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText,
    DataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage,
    ResponseInputAudio,
    GraderInputs,
]


class DataSourceResponsesInputMessagesTemplateTemplateEvalItem(BaseModel):
    role: Literal["user", "assistant", "system", "developer"]
    content: DataSourceResponsesInputMessagesTemplateTemplateEvalItemContent
    type: Optional[Literal["message"]] = None


DataSourceResponsesInputMessagesTemplateTemplate: TypeAlias = Union[
    DataSourceResponsesInputMessagesTemplateTemplateChatMessage,
    DataSourceResponsesInputMessagesTemplateTemplateEvalItem,
]


class DataSourceResponsesInputMessagesTemplate(BaseModel):
    type: Literal["template"]
    template: List[DataSourceResponsesInputMessagesTemplateTemplate]


class DataSourceResponsesInputMessagesItemReference(BaseModel):
    type: Literal["item_reference"]
    item_reference: str


DataSourceResponsesInputMessages: TypeAlias = Annotated[
    Union[DataSourceResponsesInputMessagesTemplate, DataSourceResponsesInputMessagesItemReference],
    Field(discriminator="type"),
]


class DataSourceResponsesSamplingParamsText(BaseModel):
    format: Optional[ResponseFormatTextConfig] = None


class DataSourceResponsesSamplingParams(BaseModel):
    max_completion_tokens: Optional[int] = None
    reasoning_effort: Optional[ReasoningEffort] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    text: Optional[DataSourceResponsesSamplingParamsText] = None
    tools: Optional[List[Tool]] = None
    top_p: Optional[float] = None


class DataSourceResponses(BaseModel):
    type: Literal["responses"]
    source: DataSourceResponsesSource
    input_messages: Optional[DataSourceResponsesInputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[DataSourceResponsesSamplingParams] = None


DataSource: TypeAlias = Annotated[
    Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, DataSourceResponses],
    Field(discriminator="type"),
]


class PerModelUsage(BaseModel):
    run_model_name: str = Field(alias="model_name")
    invocation_count: int
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    cached_tokens: int


class PerTestingCriteriaResult(BaseModel):
    testing_criteria: str
    passed: int
    failed: int


class ResultCounts(BaseModel):
    total: int
    errored: int
    failed: int
    passed: int


class RunCreateResponse(BaseModel):
    object: Literal["eval.run"]
    id: str
    eval_id: str
    status: str
    model: str
    name: str
    created_at: int
    report_url: str
    result_counts: ResultCounts
    per_model_usage: List[PerModelUsage]
    per_testing_criteria_results: List[PerTestingCriteriaResult]
    data_source: DataSource
    error: EvalAPIError
    metadata: Optional[Metadata] = None
