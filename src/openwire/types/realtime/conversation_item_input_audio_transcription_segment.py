# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ConversationItemInputAudioTranscriptionSegment"]


class ConversationItemInputAudioTranscriptionSegment(BaseModel):
    event_id: str
    type: Literal["conversation.item.input_audio_transcription.segment"]
    item_id: str
    content_index: int
    text: str
    id: str
    speaker: str
    start: float
    end: float
