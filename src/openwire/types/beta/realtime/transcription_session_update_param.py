# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List
from typing_extensions import Literal, Required, TypedDict


__all__ = [
    "Session",
    "SessionClientSecret",
    "SessionClientSecretExpiresAt",
    "SessionInputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTurnDetection",
    "TranscriptionSessionUpdateParam",
]


class Session(TypedDict, total=False):
    client_secret: object
    include: List[Literal["item.input_audio_transcription.logprobs"]]
    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    input_audio_noise_reduction: "SessionInputAudioNoiseReduction"
    input_audio_transcription: "SessionInputAudioTranscription"
    modalities: object
    turn_detection: "SessionTurnDetection"


class SessionClientSecret(TypedDict, total=False):
    expires_at: "SessionClientSecretExpiresAt"


class SessionClientSecretExpiresAt(TypedDict, total=False):
    anchor: Literal["created_at"]
    seconds: int


class SessionInputAudioNoiseReduction(TypedDict, total=False):
    type: Literal["far_field", "near_field"]


class SessionInputAudioTranscription(TypedDict, total=False):
    language: str
    model: Literal["gpt-4o-mini-transcribe", "gpt-4o-transcribe", "whisper-1"]
    prompt: str


class SessionTurnDetection(TypedDict, total=False):
    create_response: bool
    eagerness: Literal["auto", "high", "low", "medium"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["semantic_vad", "server_vad"]


class TranscriptionSessionUpdateParam(TypedDict, total=False):
    type: Required[Literal["transcription_session.update"]]
    session: Required["Session"]
    event_id: str
