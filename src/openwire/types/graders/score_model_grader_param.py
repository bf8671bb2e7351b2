# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..responses.response_input_audio_param import ResponseInputAudioParam
from ..responses.response_input_text_param import ResponseInputTextParam
from ..shared.reasoning_effort import ReasoningEffort
from .grader_inputs_param import GraderInputsParam

__all__ = [
    "Input",
    "InputContent",
    "InputContentInputImage",
    "InputContentOutputText",
    "SamplingParams",
    "ScoreModelGraderParam",
]


class Input(TypedDict, total=False):
    role: Required[Literal["user", "assistant", "system", "developer"]]
    content: Required["InputContent"]
    type: Literal["message"]


class InputContentOutputText(TypedDict, total=False):
    type: Required[Literal["output_text"]]
    text: Required[str]


class InputContentInputImage(TypedDict, total=False):
    type: Required[Literal["input_image"]]
    image_url: Required[str]
    detail: str


InputContent: TypeAlias = Union[
    str,
    ResponseInputTextParam,
    InputContentOutputText,
    InputContentInputImage,
    ResponseInputAudioParam,
    GraderInputsParam,
]


class SamplingParams(TypedDict, total=False):
    max_completions_tokens: Optional[int]
    reasoning_effort: Optional["ReasoningEffort"]
    seed: Optional[int]
    temperature: Optional[float]
    top_p: Optional[float]


class ScoreModelGraderParam(TypedDict, total=False):
    type: Required[Literal["score_model"]]
    name: Required[str]
    model: Required[str]
    input: Required[Iterable["Input"]]
    range: List[float]
    sampling_params: "SamplingParams"
