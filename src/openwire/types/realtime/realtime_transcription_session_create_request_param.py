# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List
from typing_extensions import Literal, Required, TypedDict

from .realtime_transcription_session_audio_param import RealtimeTranscriptionSessionAudioParam

__all__ = ["RealtimeTranscriptionSessionCreateRequestParam"]


class RealtimeTranscriptionSessionCreateRequestParam(TypedDict, total=False):
    type: Required[Literal["transcription"]]
    audio: "RealtimeTranscriptionSessionAudioParam"
    include: List[Literal["item.input_audio_transcription.logprobs"]]
