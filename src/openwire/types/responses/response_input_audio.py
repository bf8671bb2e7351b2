# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["InputAudio", "ResponseInputAudio"]


class InputAudio(BaseModel):
    data: str
    format: Literal["mp3", "wav"]


class ResponseInputAudio(BaseModel):
    type: Literal["input_audio"]
    input_audio: InputAudio
