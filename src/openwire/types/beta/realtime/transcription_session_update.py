# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.noise_reduction_type import NoiseReductionType

__all__ = [
    "Session",
    "SessionClientSecret",
    "SessionClientSecretExpiresAt",
    "SessionInputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTurnDetection",
    "TranscriptionSessionUpdate",
]


class SessionClientSecretExpiresAt(BaseModel):
    anchor: Optional[Literal["created_at"]] = None
    seconds: Optional[int] = None


class SessionClientSecret(BaseModel):
    expires_at: Optional[SessionClientSecretExpiresAt] = None


class SessionInputAudioNoiseReduction(BaseModel):
    type: Optional[NoiseReductionType] = None


class SessionInputAudioTranscription(BaseModel):
    language: Optional[str] = None
    model: Optional[Literal["gpt-4o-mini-transcribe", "gpt-4o-transcribe", "whisper-1"]] = None
    prompt: Optional[str] = None


class SessionTurnDetection(BaseModel):
    create_response: Optional[bool] = None
    eagerness: Optional[Literal["auto", "high", "low", "medium"]] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[Literal["semantic_vad", "server_vad"]] = None


class Session(BaseModel):
    client_secret: Optional[SessionClientSecret] = None
    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
    input_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    input_audio_noise_reduction: Optional[SessionInputAudioNoiseReduction] = None
    input_audio_transcription: Optional[SessionInputAudioTranscription] = None
    modalities: Optional[object] = None
    turn_detection: Optional[SessionTurnDetection] = None


class TranscriptionSessionUpdate(BaseModel):
    type: Literal["transcription_session.update"]
    session: Session
    event_id: Optional[str] = None
