# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List
from typing_extensions import Literal, TypedDict


__all__ = [
    "ClientSecret",
    "ClientSecretExpiresAt",
    "InputAudioNoiseReduction",
    "InputAudioTranscription",
    "TranscriptionSessionCreateParams",
    "TurnDetection",
]


class ClientSecret(TypedDict, total=False):
    expires_at: "ClientSecretExpiresAt"


class ClientSecretExpiresAt(TypedDict, total=False):
    anchor: Literal["created_at"]
    seconds: int


class InputAudioNoiseReduction(TypedDict, total=False):
    type: Literal["far_field", "near_field"]


class InputAudioTranscription(TypedDict, total=False):
    language: str
    model: Literal["gpt-4o-mini-transcribe", "gpt-4o-transcribe", "whisper-1"]
    prompt: str


class TranscriptionSessionCreateParams(TypedDict, total=False):
    client_secret: object
    include: List[Literal["item.input_audio_transcription.logprobs"]]
    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    input_audio_noise_reduction: "InputAudioNoiseReduction"
    input_audio_transcription: "InputAudioTranscription"
    modalities: object
    turn_detection: "TurnDetection"


class TurnDetection(TypedDict, total=False):
    create_response: bool
    eagerness: Literal["auto", "high", "low", "medium"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["semantic_vad", "server_vad"]
