# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ..responses.response_input_audio import ResponseInputAudio
from ..responses.response_input_text import ResponseInputText

__all__ = ["GraderInputItem", "GraderInputItemInputImage", "GraderInputItemOutputText", "GraderInputs"]


class GraderInputItemOutputText(BaseModel):
    type: Literal["output_text"]
    text: str


class GraderInputItemInputImage(BaseModel):
    type: Literal["input_image"]
    image_url: str
    detail: Optional[str] = None


GraderInputItem: TypeAlias = Union[
    str, ResponseInputText, GraderInputItemOutputText, GraderInputItemInputImage, ResponseInputAudio
]


GraderInputs: TypeAlias = List[GraderInputItem]
