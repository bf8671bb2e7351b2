# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from .transcription_session import TranscriptionSession

__all__ = ["TranscriptionSessionUpdatedEvent"]


class TranscriptionSessionUpdatedEvent(BaseModel):
    event_id: str
    type: Literal["transcription_session.updated"]
    session: TranscriptionSession
