# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ConversationItemInputAudioTranscriptionDeltaEvent", "Logprob"]


class Logprob(BaseModel):
    token: str
    logprob: float
    bytes: List[int]


class ConversationItemInputAudioTranscriptionDeltaEvent(BaseModel):
    event_id: str
    type: Literal["conversation.item.input_audio_transcription.delta"]
    item_id: str
    content_index: Optional[int] = None
    delta: Optional[str] = None
    logprobs: Optional[List[Logprob]] = None
