# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from .._models import BaseModel
from .eval_custom_data_source_config import EvalCustomDataSourceConfig
from .eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig
from .evals.run_list_response import DataSourceResponsesInputMessagesTemplateTemplateEvalItem
from .graders.label_model_grader import LabelModelGrader
from .graders.score_model_grader import SamplingParams
from .graders.string_check_grader import StringCheckGrader
from .shared.metadata import Metadata

__all__ = [
    "DataSourceConfig",
    "DataSourceConfigLogs",
    "EvalUpdateResponse",
    "TestingCriterion",
    "TestingCriterionEvalGraderPython",
    "TestingCriterionEvalGraderScoreModel",
    "TestingCriterionEvalGraderTextSimilarity",
]


class DataSourceConfigLogs(BaseModel):
    type: Literal["logs"]
    schema_: Dict[str, object] = Field(alias="schema")
    metadata: Optional[Metadata] = None


class EvalUpdateResponse(BaseModel):
    object: Literal["eval"]
    id: str
    name: str
    data_source_config: DataSourceConfig
    testing_criteria: List[TestingCriterion]
    created_at: int
    metadata: Optional[Metadata] = None


class TestingCriterionEvalGraderPython(BaseModel):
    type: Literal["python"]
    name: str
    source: str
    image_tag: Optional[str] = None
    pass_threshold: Optional[float] = None


class TestingCriterionEvalGraderScoreModel(BaseModel):
    type: Literal["score_model"]
    name: str
    model: str
    input: List[DataSourceResponsesInputMessagesTemplateTemplateEvalItem]
    pass_threshold: Optional[float] = None
    range: Optional[List[float]] = None
    sampling_params: Optional[SamplingParams] = None


class TestingCriterionEvalGraderTextSimilarity(BaseModel):
    type: Literal["text_similarity"]
    name: str
    input: str
    reference: str
    evaluation_metric: Literal[
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
    pass_threshold: float


DataSourceConfig: TypeAlias = Annotated[
    Union[EvalCustomDataSourceConfig, DataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig],
    Field(discriminator="type"),
]


TestingCriterion: TypeAlias = Union[
    LabelModelGrader,
    StringCheckGrader,
    TestingCriterionEvalGraderTextSimilarity,
    TestingCriterionEvalGraderPython,
    TestingCriterionEvalGraderScoreModel,
]
