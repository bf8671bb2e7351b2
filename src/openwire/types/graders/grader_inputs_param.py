# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..responses.response_input_audio_param import ResponseInputAudioParam
from ..responses.response_input_text_param import ResponseInputTextParam

__all__ = [
    "GraderInputsParam",
    "GraderInputsParamItem",
    "GraderInputsParamItemInputImage",
    "GraderInputsParamItemOutputText",
]


class GraderInputsParamItemOutputText(TypedDict, total=False):
    type: Required[Literal["output_text"]]
    text: Required[str]


class GraderInputsParamItemInputImage(TypedDict, total=False):
    type: Required[Literal["input_image"]]
    image_url: Required[str]
    detail: str


GraderInputsParamItem: TypeAlias = Union[
    str,
    ResponseInputTextParam,
    GraderInputsParamItemOutputText,
    GraderInputsParamItemInputImage,
    ResponseInputAudioParam,
]


GraderInputsParam: TypeAlias = List[GraderInputsParamItem]
