# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ...._models import BaseModel
from ...realtime.realtime_response_create_mcp_tool import RealtimeResponseCreateMcpTool
from ...responses.tool_choice_function import ToolChoiceFunction
from ...responses.tool_choice_mcp import ToolChoiceMcp
from ...responses.tool_choice_options import ToolChoiceOptions

__all__ = [
    "Session",
    "SessionClientSecret",
    "SessionClientSecretExpiresAfter",
    "SessionInputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTool",
    "SessionTracing",
    "SessionTracingTracingConfiguration",
    "SessionTurnDetection",
    "SessionUpdateEvent",
]


class SessionClientSecretExpiresAfter(BaseModel):
    anchor: Literal["created_at"]
    seconds: Optional[int] = None


class SessionClientSecret(BaseModel):
    expires_after: Optional[SessionClientSecretExpiresAfter] = None


class SessionInputAudioNoiseReduction(BaseModel):
    type: Optional[Literal["far_field", "near_field"]] = None


class SessionInputAudioTranscription(BaseModel):
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


class SessionTool(BaseModel):
    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[Dict[str, object]] = None
    type: Optional[Literal["function"]] = None


class SessionTracingTracingConfiguration(BaseModel):
    group_id: Optional[str] = None
    metadata: Optional[Dict[str, object]] = None
    workflow_name: Optional[str] = None


SessionTracing: TypeAlias = Union[Literal["auto"], SessionTracingTracingConfiguration]


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
    input_audio_format: Optional[Literal["g711_alaw", "g711_ulaw", "pcm16"]] = None
    input_audio_noise_reduction: Optional[SessionInputAudioNoiseReduction] = None
    input_audio_transcription: Optional[SessionInputAudioTranscription] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[object] = None
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
    output_audio_format: Optional[Literal["g711_alaw", "g711_ulaw", "pcm16"]] = None
    speed: Optional[float] = None
    temperature: Optional[float] = None
    tool_choice: Optional[Union[ToolChoiceOptions, ToolChoiceFunction, ToolChoiceMcp]] = None
    tools: Optional[List[Union[SessionTool, RealtimeResponseCreateMcpTool]]] = None
    tracing: Optional[SessionTracing] = None
    turn_detection: Optional[SessionTurnDetection] = None
    voice: Optional[object] = None


class SessionUpdateEvent(BaseModel):
    type: Literal["session.update"]
    session: Session
    event_id: Optional[str] = None
