# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...audio.speech_create_params import Voice

__all__ = [
    "ClientSecret",
    "ClientSecretExpiresAfter",
    "InputAudioNoiseReduction",
    "InputAudioTranscription",
    "SessionCreateParams",
    "Tool",
    "Tracing",
    "TracingTracingConfiguration",
    "TurnDetection",
]


class ClientSecret(TypedDict, total=False):
    expires_after: "ClientSecretExpiresAfter"


class ClientSecretExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: int


class InputAudioNoiseReduction(TypedDict, total=False):
    type: Literal["far_field", "near_field"]


class InputAudioTranscription(TypedDict, total=False):
    language: str
    model: str
    prompt: str


class SessionCreateParams(TypedDict, total=False):
    client_secret: Dict[str, object]
    input_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"]
    input_audio_noise_reduction: object
    input_audio_transcription: "InputAudioTranscription"
    instructions: str
    max_response_output_tokens: Union[int, Literal["inf"]]
    modalities: object
    model: Literal[
        "gpt-4o-mini-realtime-preview",
        "gpt-4o-mini-realtime-preview-2024-12-17",
        "gpt-4o-realtime-preview",
        "gpt-4o-realtime-preview-2024-10-01",
        "gpt-4o-realtime-preview-2024-12-17",
        "gpt-4o-realtime-preview-2025-06-03",
        "gpt-realtime",
        "gpt-realtime-2025-08-28",
    ]
    output_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"]
    speed: float
    temperature: float
    tool_choice: str
    tools: Iterable["Tool"]
    tracing: "Tracing"
    turn_detection: "TurnDetection"
    voice: "Voice"


class Tool(TypedDict, total=False):
    description: str
    name: str
    parameters: Dict[str, object]
    type: Literal["function"]


class TracingTracingConfiguration(TypedDict, total=False):
    group_id: str
    metadata: Dict[str, object]
    workflow_name: str


Tracing: TypeAlias = Union[Literal["auto"], TracingTracingConfiguration]


class TurnDetection(TypedDict, total=False):
    create_response: bool
    eagerness: Literal["auto", "high", "low", "medium"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["semantic_vad", "server_vad"]
