# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ...._models import BaseModel
from ...realtime.noise_reduction_type import NoiseReductionType

__all__ = [
    "InputAudioNoiseReduction",
    "InputAudioTranscription",
    "Session",
    "Tool",
    "Tracing",
    "TracingTracingConfiguration",
    "TurnDetection",
]


class InputAudioNoiseReduction(BaseModel):
    type: Optional[NoiseReductionType] = None


class InputAudioTranscription(BaseModel):
    language: Optional[str] = None
    model: Optional[
        Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-live-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe",
                "gpt-4o-transcribe-diarize",
                "gpt-realtime-whisper",
            ],
        ]
    ] = None
    prompt: Optional[str] = None


class Tool(BaseModel):
    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[Dict[str, object]] = None
    type: Optional[Literal["function"]] = None


class TracingTracingConfiguration(BaseModel):
    group_id: Optional[str] = None
    metadata: Optional[Dict[str, object]] = None
    workflow_name: Optional[str] = None


Tracing: TypeAlias = Union[Literal["auto"], TracingTracingConfiguration]


class TurnDetection(BaseModel):
    create_response: Optional[bool] = None
    eagerness: Optional[Literal["auto", "high", "low", "medium"]] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[Literal["semantic_vad", "server_vad"]] = None


class Session(BaseModel):
    id: Optional[str] = None
    input_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    input_audio_noise_reduction: Optional[InputAudioNoiseReduction] = None
    input_audio_transcription: Optional[InputAudioTranscription] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    modalities: Optional[object] = None
    model: Optional[
        Literal[
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-realtime",
            "gpt-realtime-2025-08-28",
        ]
    ] = None
    output_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    speed: Optional[float] = None
    temperature: Optional[float] = None
    tool_choice: Optional[str] = None
    tools: Optional[List[Tool]] = None
    tracing: Optional[Tracing] = None
    turn_detection: Optional[TurnDetection] = None
    voice: Optional[
        Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]]
    ] = None
