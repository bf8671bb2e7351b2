# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["InputAudioBufferClearEventParam"]


class InputAudioBufferClearEventParam(TypedDict, total=False):
    type: Required[Literal["input_audio_buffer.clear"]]
    event_id: str
