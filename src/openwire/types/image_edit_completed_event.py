# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ImageEditCompletedEvent", "Usage", "UsageInputTokensDetails"]


class UsageInputTokensDetails(BaseModel):
    text_tokens: int
    image_tokens: int


class Usage(BaseModel):
    total_tokens: int
    input_tokens: int
    output_tokens: int
    input_tokens_details: UsageInputTokensDetails


class ImageEditCompletedEvent(BaseModel):
    type: Literal["image_edit.completed"]
    b64_json: str
    created_at: int
    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    quality: Literal["low", "medium", "high", "auto"]
    background: Literal["transparent", "opaque", "auto"]
    output_format: Literal["png", "webp", "jpeg"]
    usage: Usage
