# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["AudioTranscription"]


class AudioTranscription(BaseModel):
    delay: Optional[Literal["minimal", "low", "medium", "high", "xhigh"]] = None
    keywords: Optional[List[str]] = None
    language: Optional[str] = None
    languages: Optional[List[str]] = None
    model: Optional[
        Union[
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
    ] = None
    prompt: Optional[str] = None
