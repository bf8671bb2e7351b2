# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypedDict

from ..._types import FileTypes

__all__ = ["TranslationCreateParams"]


class TranslationCreateParams(TypedDict, total=False):
    file: Required[FileTypes]
    model: Required[Union[str, Literal["whisper-1"]]]
    prompt: str
    response_format: Literal["json", "text", "srt", "verbose_json", "vtt"]
    temperature: float
