# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Required, TypeAlias, TypedDict

from .._types import FileTypes
from .image_input_reference_param import ImageInputReferenceParam
from .video_model import VideoModel
from .video_seconds import VideoSeconds
from .video_size import VideoSize

__all__ = ["InputReference", "VideoCreateParams"]

InputReference: TypeAlias = Union[FileTypes, ImageInputReferenceParam]


class VideoCreateParams(TypedDict, total=False):
    prompt: Required[str]
    input_reference: "InputReference"
    model: "VideoModel"
    seconds: "VideoSeconds"
    size: "VideoSize"
