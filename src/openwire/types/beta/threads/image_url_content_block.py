# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from .image_url import ImageURL

__all__ = ["ImageURLContentBlock"]


class ImageURLContentBlock(BaseModel):
    type: Literal["image_url"]
    image_url: ImageURL
