# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .grader_inputs import GraderInputs as GraderInputs
    from .grader_inputs_param import GraderInputsParam as GraderInputsParam
    from .label_model_grader import LabelModelGrader as LabelModelGrader
    from .label_model_grader_param import LabelModelGraderParam as LabelModelGraderParam
    from .multi_grader import MultiGrader as MultiGrader
    from .multi_grader_param import MultiGraderParam as MultiGraderParam
    from .python_grader import PythonGrader as PythonGrader
    from .python_grader_param import PythonGraderParam as PythonGraderParam
    from .score_model_grader import ScoreModelGrader as ScoreModelGrader
    from .score_model_grader_param import ScoreModelGraderParam as ScoreModelGraderParam
    from .string_check_grader import StringCheckGrader as StringCheckGrader
    from .string_check_grader_param import StringCheckGraderParam as StringCheckGraderParam
    from .text_similarity_grader import TextSimilarityGrader as TextSimilarityGrader
    from .text_similarity_grader_param import TextSimilarityGraderParam as TextSimilarityGraderParam

__all__ = [
    "GraderInputs",
    "GraderInputsParam",
    "LabelModelGrader",
    "LabelModelGraderParam",
    "MultiGrader",
    "MultiGraderParam",
    "PythonGrader",
    "PythonGraderParam",
    "ScoreModelGrader",
    "ScoreModelGraderParam",
    "StringCheckGrader",
    "StringCheckGraderParam",
    "TextSimilarityGrader",
    "TextSimilarityGraderParam",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "GraderInputs": ".grader_inputs",
    "GraderInputsParam": ".grader_inputs_param",
    "LabelModelGrader": ".label_model_grader",
    "LabelModelGraderParam": ".label_model_grader_param",
    "MultiGrader": ".multi_grader",
    "MultiGraderParam": ".multi_grader_param",
    "PythonGrader": ".python_grader",
    "PythonGraderParam": ".python_grader_param",
    "ScoreModelGrader": ".score_model_grader",
    "ScoreModelGraderParam": ".score_model_grader_param",
    "StringCheckGrader": ".string_check_grader",
    "StringCheckGraderParam": ".string_check_grader_param",
    "TextSimilarityGrader": ".text_similarity_grader",
    "TextSimilarityGraderParam": ".text_similarity_grader_param",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "grader_inputs",
        "grader_inputs_param",
        "label_model_grader",
        "label_model_grader_param",
        "multi_grader",
        "multi_grader_param",
        "python_grader",
        "python_grader_param",
        "score_model_grader",
        "score_model_grader_param",
        "string_check_grader",
        "string_check_grader_param",
        "text_similarity_grader",
        "text_similarity_grader_param",
    }
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is not None:
            value = getattr(importlib.import_module(source, __name__), name)
            globals()[name] = value
            return value
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
