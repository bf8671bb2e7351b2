# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ..responses.response_input_audio import ResponseInputAudio
from ..responses.response_input_text import ResponseInputText
from ..shared.reasoning_effort import ReasoningEffort
from .grader_inputs import GraderInputs

__all__ = [
    "Input",
    "InputContent",
    "InputContentInputImage",
    "InputContentOutputText",
    "SamplingParams",
    "ScoreModelGrader",
]


class InputContentOutputText(BaseModel):
    type: Literal["output_text"]
    text: str


class InputContentInputImage(BaseModel):
    type: Literal["input_image"]
    image_url: str
    detail: Optional[str] = None


InputContent: TypeAlias = Union[
    str, ResponseInputText, InputContentOutputText, InputContentInputImage, ResponseInputAudio, GraderInputs
]


class Input(BaseModel):
    role: Literal["user", "assistant", "system", "developer"]
    content: InputContent
    type: Optional[Literal["message"]] = None


class SamplingParams(BaseModel):
    max_completions_tokens: Optional[int] = None
    reasoning_effort: Optional[ReasoningEffort] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None


class ScoreModelGrader(BaseModel):
    type: Literal["score_model"]
    name: str
    model: str
    input: List[Input]
    range: Optional[List[float]] = None
    sampling_params: Optional[SamplingParams] = None
