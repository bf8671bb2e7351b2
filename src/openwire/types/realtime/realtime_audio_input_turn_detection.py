# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = ["RealtimeAudioInputTurnDetection", "SemanticVad", "ServerVad"]


class ServerVad(BaseModel):
    type: Literal["server_vad"]
    create_response: Optional[bool] = None
    idle_timeout_ms: Optional[int] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None


class SemanticVad(BaseModel):
    type: Literal["semantic_vad"]
    create_response: Optional[bool] = None
    eagerness: Optional[Literal["low", "medium", "high", "auto"]] = None
    interrupt_response: Optional[bool] = None


RealtimeAudioInputTurnDetection: TypeAlias = Optional[
    Annotated[Union[ServerVad, SemanticVad], Field(discriminator="type")]
]
