# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Literal

from .._models import BaseModel
from .video_create_error import VideoCreateError
from .video_model import VideoModel
from .video_seconds import VideoSeconds
from .video_size import VideoSize

__all__ = ["Video"]


class Video(BaseModel):
    id: str
    object: Literal["video"]
    model: VideoModel
    status: Literal["queued", "in_progress", "completed", "failed"]
    progress: int
    created_at: int
    size: VideoSize
    seconds: Union[str, VideoSeconds]
    completed_at: Optional[int] = None
    error: Optional[VideoCreateError] = None
    expires_at: Optional[int] = None
    prompt: Optional[str] = None
    remixed_from_video_id: Optional[str] = None
