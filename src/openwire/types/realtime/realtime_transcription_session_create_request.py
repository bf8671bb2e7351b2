# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .realtime_transcription_session_audio import RealtimeTranscriptionSessionAudio

__all__ = ["RealtimeTranscriptionSessionCreateRequest"]


class RealtimeTranscriptionSessionCreateRequest(BaseModel):
    type: Literal["transcription"]
    audio: Optional[RealtimeTranscriptionSessionAudio] = None
    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
