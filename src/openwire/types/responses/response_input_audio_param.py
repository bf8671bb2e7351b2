# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["InputAudio", "ResponseInputAudioParam"]


class InputAudio(TypedDict, total=False):
    data: Required[str]
    format: Required[Literal["mp3", "wav"]]


class ResponseInputAudioParam(TypedDict, total=False):
    type: Required[Literal["input_audio"]]
    input_audio: Required["InputAudio"]
