# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .realtime_transcription_session_audio_input import RealtimeTranscriptionSessionAudioInput

__all__ = ["RealtimeTranscriptionSessionAudio"]


class RealtimeTranscriptionSessionAudio(BaseModel):
    input: Optional[RealtimeTranscriptionSessionAudioInput] = None
