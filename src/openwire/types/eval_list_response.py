# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from .._models import BaseModel
from .eval_custom_data_source_config import EvalCustomDataSourceConfig
from .eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig
from .graders.label_model_grader import LabelModelGrader
from .graders.python_grader import PythonGrader
from .graders.score_model_grader import ScoreModelGrader
from .graders.string_check_grader import StringCheckGrader
from .graders.text_similarity_grader import TextSimilarityGrader
from .shared.metadata import Metadata

__all__ = [
    "DataSourceConfig",
    "DataSourceConfigLogs",
    "EvalListResponse",
    "TestingCriterion",
    "TestingCriterionEvalGraderPython",
    "TestingCriterionEvalGraderScoreModel",
    "TestingCriterionEvalGraderTextSimilarity",
]


class DataSourceConfigLogs(BaseModel):
    type: Literal["logs"]
    schema_: Dict[str, object] = Field(alias="schema")
    metadata: Optional[Metadata] = None


DataSourceConfig: TypeAlias = Annotated[
    Union[EvalCustomDataSourceConfig, DataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig],
    Field(discriminator="type"),
]


class TestingCriterionEvalGraderTextSimilarity(TextSimilarityGrader):
    pass_threshold: float


class TestingCriterionEvalGraderPython(PythonGrader):
    pass_threshold: Optional[float] = None


class TestingCriterionEvalGraderScoreModel(ScoreModelGrader):
    pass_threshold: Optional[float] = None


TestingCriterion: TypeAlias = Union[
    LabelModelGrader,
    StringCheckGrader,
    TestingCriterionEvalGraderTextSimilarity,
    TestingCriterionEvalGraderPython,
    TestingCriterionEvalGraderScoreModel,
]


class EvalListResponse(BaseModel):
    object: Literal["eval"]
    id: str
    name: str
    data_source_config: DataSourceConfig
    testing_criteria: List[TestingCriterion]
    created_at: int
    metadata: Optional[Metadata] = None
