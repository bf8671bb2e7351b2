# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .graders.grader_inputs_param import GraderInputsParam
from .graders.score_model_grader_param import SamplingParams
from .graders.string_check_grader_param import StringCheckGraderParam
from .responses.response_input_audio_param import ResponseInputAudioParam
from .responses.response_input_text_param import ResponseInputTextParam
from .shared.metadata import Metadata

__all__ = [
    "DataSourceConfig",
    "DataSourceConfigCustom",
    "DataSourceConfigLogs",
    "DataSourceConfigStoredCompletions",
    "EvalCreateParams",
    "TestingCriterion",
    "TestingCriterionLabelModel",
    "TestingCriterionLabelModelInput",
    "TestingCriterionLabelModelInputEvalItem",
    "TestingCriterionLabelModelInputEvalItemContent",
    "TestingCriterionLabelModelInputEvalItemContentInputImage",
    "TestingCriterionLabelModelInputEvalItemContentOutputText",
    "TestingCriterionLabelModelInputSimpleInputMessage",
    "TestingCriterionPython",
    "TestingCriterionScoreModel",
    "TestingCriterionTextSimilarity",
]


class DataSourceConfigCustom(TypedDict, total=False):
    type: Required[Literal["custom"]]
    item_schema: Required[Dict[str, object]]
    include_sample_schema: bool


class DataSourceConfigLogs(TypedDict, total=False):
    type: Required[Literal["logs"]]
    metadata: Dict[str, object]


class DataSourceConfigStoredCompletions(TypedDict, total=False):
    type: Required[Literal["stored_completions"]]
    metadata: Dict[str, object]


DataSourceConfig: TypeAlias = Union[DataSourceConfigCustom, DataSourceConfigLogs, DataSourceConfigStoredCompletions]


class EvalCreateParams(TypedDict, total=False):
    data_source_config: Required["DataSourceConfig"]
    testing_criteria: Required[Iterable["TestingCriterion"]]
    metadata: Optional["Metadata"]
    name: str


class TestingCriterionLabelModel(TypedDict, total=False):
    type: Required[Literal["label_model"]]
    name: Required[str]
    model: Required[str]
    input: Required[Iterable["TestingCriterionLabelModelInput"]]
    labels: Required[SequenceNotStr[str]]
    passing_labels: Required[SequenceNotStr[str]]


class TestingCriterionTextSimilarity(TypedDict, total=False):
    type: Required[Literal["text_similarity"]]
    name: Required[str]
    input: Required[str]
    reference: Required[str]
    evaluation_metric: Required[
        Literal[
            "cosine",
            "fuzzy_match",
            "bleu",
            "gleu",
            "meteor",
            "rouge_1",
            "rouge_2",
            "rouge_3",
            "rouge_4",
            "rouge_5",
            "rouge_l",
        ]
    ]
    pass_threshold: Required[float]


class TestingCriterionPython(TypedDict, total=False):
    type: Required[Literal["python"]]
    name: Required[str]
    source: Required[str]
    image_tag: str
    pass_threshold: float


class TestingCriterionScoreModel(TypedDict, total=False):
    type: Required[Literal["score_model"]]
    name: Required[str]
    model: Required[str]
    input: Required[Iterable["TestingCriterionLabelModelInputEvalItem"]]
    pass_threshold: float
    range: List[float]
    sampling_params: "SamplingParams"


TestingCriterion: TypeAlias = Union[
    TestingCriterionLabelModel,
    StringCheckGraderParam,
    TestingCriterionTextSimilarity,
    TestingCriterionPython,
    TestingCriterionScoreModel,
]


class TestingCriterionLabelModelInputSimpleInputMessage(TypedDict, total=False):
    role: Required[str]
    content: Required[str]


class TestingCriterionLabelModelInputEvalItem(TypedDict, total=False):
    role: Required[Literal["user", "assistant", "system", "developer"]]
    content: Required["TestingCriterionLabelModelInputEvalItemContent"]
    type: Literal["message"]


TestingCriterionLabelModelInput: TypeAlias = Union[
    TestingCriterionLabelModelInputSimpleInputMessage, TestingCriterionLabelModelInputEvalItem
]


class TestingCriterionLabelModelInputEvalItemContentOutputText(TypedDict, total=False):
    type: Required[Literal["output_text"]]
    text: Required[str]


class TestingCriterionLabelModelInputEvalItemContentInputImage(TypedDict, total=False):
    type: Required[Literal["input_image"]]
    image_url: Required[str]
    detail: str


TestingCriterionLabelModelInputEvalItemContent: TypeAlias = Union[
    str,
    ResponseInputTextParam,
    TestingCriterionLabelModelInputEvalItemContentOutputText,
    TestingCriterionLabelModelInputEvalItemContentInputImage,
    ResponseInputAudioParam,
    GraderInputsParam,
]
