# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ..responses.response_input_audio import ResponseInputAudio
from ..responses.response_input_text import ResponseInputText
from .grader_inputs import GraderInputs

__all__ = ["Input", "InputContent", "InputContentInputImage", "InputContentOutputText", "LabelModelGrader"]


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


class LabelModelGrader(BaseModel):
    type: Literal["label_model"]
    name: str
    model: str
    input: List[Input]
    labels: List[str]
    passing_labels: List[str]
