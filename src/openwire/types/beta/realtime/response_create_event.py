# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.realtime_tool_choice_config import RealtimeToolChoiceConfig
from ...shared.metadata import Metadata
from .conversation_item_with_reference import ConversationItemWithReference

__all__ = ["Response", "ResponseCreateEvent", "ResponseTool"]


class ResponseTool(BaseModel):
    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[Dict[str, object]] = None
    type: Optional[Literal["function"]] = None


class Response(BaseModel):
    conversation: Optional[Union[str, Literal["auto", "none"]]] = None
    input: Optional[List[ConversationItemWithReference]] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[object] = None
    metadata: Optional[Metadata] = None
    modalities: Optional[object] = None
    output_audio_format: Optional[Literal["g711_alaw", "g711_ulaw", "pcm16"]] = None
    temperature: Optional[float] = None
    tool_choice: Optional[RealtimeToolChoiceConfig] = None
    tools: Optional[List[ResponseTool]] = None
    voice: Optional[object] = None


class ResponseCreateEvent(BaseModel):
    type: Literal["response.create"]
    event_id: Optional[str] = None
    response: Optional[Response] = None
