# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...realtime.realtime_response_create_mcp_tool_param import RealtimeResponseCreateMcpToolParam
from ...realtime.session_update_event_param import Session as SessionUpdateEventParamSession
from ...responses.tool_choice_function_param import ToolChoiceFunctionParam
from ...responses.tool_choice_mcp_param import ToolChoiceMcpParam
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
    "SessionUpdateEventParam",
]


class Session(TypedDict, total=False):
    client_secret: object
    input_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"]
    input_audio_noise_reduction: object
    input_audio_transcription: object
    instructions: str
    max_response_output_tokens: object
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
    tool_choice: Union["ToolChoiceOptions", "ToolChoiceFunctionParam", "ToolChoiceMcpParam"]
    tools: Iterable[Union["SessionTool", "RealtimeResponseCreateMcpToolParam"]]
    tracing: Optional["SessionTracing"]
    turn_detection: object
    voice: object


class SessionClientSecret(TypedDict, total=False):
    expires_after: "SessionClientSecretExpiresAfter"


class SessionClientSecretExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: int


class SessionInputAudioNoiseReduction(TypedDict, total=False):
    type: Literal["far_field", "near_field"]


class SessionInputAudioTranscription(TypedDict, total=False):
    language: str
    model: Union[
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
    prompt: str


class SessionTool(TypedDict, total=False):
    description: str
    name: str
    parameters: Dict[str, object]
    type: Literal["function"]


class SessionTracingTracingConfiguration(TypedDict, total=False):
    group_id: str
    metadata: Dict[str, object]
    workflow_name: str


SessionTracing: TypeAlias = Union[Literal["auto"], SessionTracingTracingConfiguration]


class SessionTurnDetection(TypedDict, total=False):
    create_response: bool
    eagerness: Literal["auto", "high", "low", "medium"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["semantic_vad", "server_vad"]


class SessionUpdateEventParam(TypedDict, total=False):
    type: Required[Literal["session.update"]]
    session: Required["SessionUpdateEventParamSession"]
    event_id: str
