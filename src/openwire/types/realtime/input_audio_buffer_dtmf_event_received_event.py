# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["InputAudioBufferDtmfEventReceivedEvent"]


class InputAudioBufferDtmfEventReceivedEvent(BaseModel):
    type: Literal["input_audio_buffer.dtmf_event_received"]
    event: str
    received_at: int
