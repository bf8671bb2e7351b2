# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .log_prob_properties import LogProbProperties

__all__ = ["ConversationItemInputAudioTranscriptionDeltaEvent"]


class ConversationItemInputAudioTranscriptionDeltaEvent(BaseModel):
    event_id: str
    type: Literal["conversation.item.input_audio_transcription.delta"]
    item_id: str
    content_index: Optional[int] = None
    delta: Optional[str] = None
    logprobs: Optional[List[LogProbProperties]] = None
