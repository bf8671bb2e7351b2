# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .realtime_audio_config_input import RealtimeAudioConfigInput
from .realtime_audio_config_output import RealtimeAudioConfigOutput

__all__ = ["RealtimeAudioConfig"]


class RealtimeAudioConfig(BaseModel):
    input: Optional[RealtimeAudioConfigInput] = None
    output: Optional[RealtimeAudioConfigOutput] = None
