# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ClientSecret", "InputAudioTranscription", "TranscriptionSession", "TurnDetection"]


class ClientSecret(BaseModel):
    value: str
    expires_at: int


class InputAudioTranscription(BaseModel):
    language: Optional[str] = None
    model: Optional[Literal["gpt-4o-mini-transcribe", "gpt-4o-transcribe", "whisper-1"]] = None
    prompt: Optional[str] = None


class TurnDetection(BaseModel):
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[str] = None


class TranscriptionSession(BaseModel):
    client_secret: ClientSecret
    input_audio_format: Optional[str] = None
    input_audio_transcription: Optional[InputAudioTranscription] = None
    modalities: Optional[object] = None
    turn_detection: Optional[TurnDetection] = None
