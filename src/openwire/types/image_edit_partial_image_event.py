# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ImageEditPartialImageEvent"]


class ImageEditPartialImageEvent(BaseModel):
    type: Literal["image_edit.partial_image"]
    b64_json: str
    created_at: int
    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    quality: Literal["low", "medium", "high", "auto"]
    background: Literal["transparent", "opaque", "auto"]
    output_format: Literal["png", "webp", "jpeg"]
    partial_image_index: int
