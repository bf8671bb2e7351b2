# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from ..responses.response_prompt import ResponsePrompt
from ..responses.tool_choice_function import ToolChoiceFunction
from ..responses.tool_choice_mcp import ToolChoiceMcp
from ..responses.tool_choice_options import ToolChoiceOptions
from .audio_transcription import AudioTranscription
from .noise_reduction_type import NoiseReductionType
from .realtime_audio_formats import RealtimeAudioFormats
from .realtime_function_tool import RealtimeFunctionTool
from .realtime_reasoning import RealtimeReasoning
from .realtime_truncation import RealtimeTruncation

__all__ = [
    "Audio",
    "AudioInput",
    "AudioInputNoiseReduction",
    "AudioInputTurnDetection",
    "AudioInputTurnDetectionSemanticVad",
    "AudioInputTurnDetectionServerVad",
    "AudioOutput",
    "RealtimeSessionCreateResponse",
    "Tool",
    "ToolChoice",
    "ToolMcpTool",
    "ToolMcpToolAllowedTools",
    "ToolMcpToolAllowedToolsMcpToolFilter",
    "ToolMcpToolRequireApproval",
    "ToolMcpToolRequireApprovalMcpToolApprovalFilter",
    "ToolMcpToolRequireApprovalMcpToolApprovalFilterAlways",
    "ToolMcpToolRequireApprovalMcpToolApprovalFilterNever",
    "Tracing",
    "TracingTracingConfiguration",
]


class AudioInputNoiseReduction(BaseModel):
    type: Optional[NoiseReductionType] = None


class AudioInputTurnDetectionServerVad(BaseModel):
    type: Literal["server_vad"]
    create_response: Optional[bool] = None
    idle_timeout_ms: Optional[int] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None


class AudioInputTurnDetectionSemanticVad(BaseModel):
    type: Literal["semantic_vad"]
    create_response: Optional[bool] = None
    eagerness: Optional[Literal["low", "medium", "high", "auto"]] = None
    interrupt_response: Optional[bool] = None


AudioInputTurnDetection: TypeAlias = Optional[
    Annotated[Union[AudioInputTurnDetectionServerVad, AudioInputTurnDetectionSemanticVad], Field(discriminator="type")]
]


class AudioInput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    noise_reduction: Optional[AudioInputNoiseReduction] = None
    transcription: Optional[AudioTranscription] = None
    turn_detection: Optional[AudioInputTurnDetection] = None


class AudioOutput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    speed: Optional[float] = None
    voice: Optional[
        Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]]
    ] = None


class Audio(BaseModel):
    input: Optional[AudioInput] = None
    output: Optional[AudioOutput] = None


ToolChoice: TypeAlias = Union[ToolChoiceOptions, ToolChoiceFunction, ToolChoiceMcp]


class ToolMcpToolAllowedToolsMcpToolFilter(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


ToolMcpToolAllowedTools: TypeAlias = Optional[Union[List[str], ToolMcpToolAllowedToolsMcpToolFilter]]


class ToolMcpToolRequireApprovalMcpToolApprovalFilterAlways(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


class ToolMcpToolRequireApprovalMcpToolApprovalFilterNever(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


class ToolMcpToolRequireApprovalMcpToolApprovalFilter(BaseModel):
    always: Optional[ToolMcpToolRequireApprovalMcpToolApprovalFilterAlways] = None
    never: Optional[ToolMcpToolRequireApprovalMcpToolApprovalFilterNever] = None


ToolMcpToolRequireApproval: TypeAlias = Optional[
    Union[ToolMcpToolRequireApprovalMcpToolApprovalFilter, Literal["always", "never"]]
]


class ToolMcpTool(BaseModel):
    type: Literal["mcp"]
    server_label: str
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    allowed_tools: Optional[ToolMcpToolAllowedTools] = None
    authorization: Optional[str] = None
    connector_id: Optional[
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
    ] = None
    defer_loading: Optional[bool] = None
    headers: Optional[Dict[str, str]] = None
    require_approval: Optional[ToolMcpToolRequireApproval] = None
    server_description: Optional[str] = None
    server_url: Optional[str] = None
    tunnel_id: Optional[str] = None


Tool: TypeAlias = Union[RealtimeFunctionTool, ToolMcpTool]


class TracingTracingConfiguration(BaseModel):
    group_id: Optional[str] = None
    metadata: Optional[Dict[str, object]] = None
    workflow_name: Optional[str] = None


Tracing: TypeAlias = Optional[Union[Literal["auto"], TracingTracingConfiguration]]


class RealtimeSessionCreateResponse(BaseModel):
    type: Literal["realtime"]
    id: str
    object: Literal["realtime.session"]
    audio: Optional[Audio] = None
    expires_at: Optional[int] = None
    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
    instructions: Optional[str] = None
    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    model: Optional[
        Union[
            str,
            Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ],
        ]
    ] = None
    output_modalities: Optional[List[Literal["text", "audio"]]] = None
    prompt: Optional[ResponsePrompt] = None
    reasoning: Optional[RealtimeReasoning] = None
    tool_choice: Optional[ToolChoice] = None
    tools: Optional[List[Tool]] = None
    tracing: Optional[Tracing] = None
    truncation: Optional[RealtimeTruncation] = None
