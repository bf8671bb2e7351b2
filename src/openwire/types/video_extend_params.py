# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Required, TypeAlias, TypedDict

from .._types import FileTypes
from .video_seconds import VideoSeconds

__all__ = ["Video", "VideoExtendParams", "VideoVideoReferenceInputParam"]


class VideoVideoReferenceInputParam(TypedDict, total=False):
    id: Required[str]


Video: TypeAlias = Union[FileTypes, VideoVideoReferenceInputParam]


class VideoExtendParams(TypedDict, total=False):
    video: Required["Video"]
    prompt: Required[str]
    seconds: Required["VideoSeconds"]
