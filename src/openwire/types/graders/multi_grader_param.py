# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .label_model_grader_param import LabelModelGraderParam
from .python_grader_param import PythonGraderParam
from .score_model_grader_param import ScoreModelGraderParam
from .string_check_grader_param import StringCheckGraderParam
from .text_similarity_grader_param import TextSimilarityGraderParam

__all__ = ["Graders", "MultiGraderParam"]

Graders: TypeAlias = Union[
    StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam, LabelModelGraderParam
]


class MultiGraderParam(TypedDict, total=False):
    type: Required[Literal["multi"]]
    name: Required[str]
    graders: Required["Graders"]
    calculate_output: Required[str]
