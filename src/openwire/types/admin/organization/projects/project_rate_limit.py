# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["ProjectRateLimit"]


class ProjectRateLimit(BaseModel):
    object: Literal["project.rate_limit"]
    id: str
    model: str
    max_requests_per_1_minute: int
    max_tokens_per_1_minute: int
    batch_1_day_max_input_tokens: Optional[int] = None
    max_audio_megabytes_per_1_minute: Optional[int] = None
    max_images_per_1_minute: Optional[int] = None
    max_requests_per_1_day: Optional[int] = None
