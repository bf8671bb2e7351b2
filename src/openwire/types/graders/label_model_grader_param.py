# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ..responses.response_input_audio_param import ResponseInputAudioParam
from ..responses.response_input_text_param import ResponseInputTextParam
from .grader_inputs_param import GraderInputsParam

__all__ = ["Input", "InputContent", "InputContentInputImage", "InputContentOutputText", "LabelModelGraderParam"]


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


class LabelModelGraderParam(TypedDict, total=False):
    type: Required[Literal["label_model"]]
    name: Required[str]
    model: Required[str]
    input: Required[Iterable["Input"]]
    labels: Required[SequenceNotStr[str]]
    passing_labels: Required[SequenceNotStr[str]]
