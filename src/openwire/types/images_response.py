# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from .._models import BaseModel
from .image import Image

__all__ = ["ImagesResponse", "Usage", "UsageInputTokensDetails", "UsageOutputTokensDetails"]


class UsageInputTokensDetails(BaseModel):
    text_tokens: int
    image_tokens: int


class UsageOutputTokensDetails(BaseModel):
    image_tokens: int
    text_tokens: int


class Usage(BaseModel):
    input_tokens: int
    total_tokens: int
    output_tokens: int
    input_tokens_details: UsageInputTokensDetails
    output_tokens_details: Optional[UsageOutputTokensDetails] = None


class ImagesResponse(BaseModel):
    created: int
    background: Optional[Literal["transparent", "opaque"]] = None
    data: Optional[List[Image]] = None
    output_format: Optional[Literal["png", "webp", "jpeg"]] = None
    quality: Optional[Literal["low", "medium", "high"]] = None
    size: Optional[Literal["1024x1024", "1024x1536", "1536x1024"]] = None
    usage: Optional[Usage] = None
