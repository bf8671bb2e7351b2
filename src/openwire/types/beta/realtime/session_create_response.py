# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ...._models import BaseModel

__all__ = [
    "ClientSecret",
    "InputAudioTranscription",
    "SessionCreateResponse",
    "Tool",
    "Tracing",
    "TracingTracingConfiguration",
    "TurnDetection",
]


class ClientSecret(BaseModel):
    value: str
    expires_at: int


class InputAudioTranscription(BaseModel):
    model: Optional[str] = None


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
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[str] = None


class SessionCreateResponse(BaseModel):
    client_secret: ClientSecret
    input_audio_format: Optional[str] = None
    input_audio_transcription: Optional[InputAudioTranscription] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[object] = None
    modalities: Optional[object] = None
    output_audio_format: Optional[str] = None
    speed: Optional[float] = None
    temperature: Optional[float] = None
    tool_choice: Optional[str] = None
    tools: Optional[List[Tool]] = None
    tracing: Optional[Tracing] = None
    turn_detection: Optional[TurnDetection] = None
    voice: Optional[object] = None
