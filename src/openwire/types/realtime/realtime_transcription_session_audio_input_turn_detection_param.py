# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = ["RealtimeTranscriptionSessionAudioInputTurnDetectionParam", "SemanticVad", "ServerVad"]


class ServerVad(TypedDict, total=False):
    type: Required[Literal["server_vad"]]
    create_response: bool
    idle_timeout_ms: Optional[int]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float


class SemanticVad(TypedDict, total=False):
    type: Required[Literal["semantic_vad"]]
    create_response: bool
    eagerness: Literal["low", "medium", "high", "auto"]
    interrupt_response: bool


RealtimeTranscriptionSessionAudioInputTurnDetectionParam: TypeAlias = Union[ServerVad, SemanticVad]
