# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from .image_file_delta_block import ImageFileDeltaBlock
from .image_url_delta_block import ImageURLDeltaBlock
from .refusal_delta_block import RefusalDeltaBlock
from .text_delta_block import TextDeltaBlock

__all__ = ["MessageContentDelta"]

MessageContentDelta: TypeAlias = Annotated[
    Union[ImageFileDeltaBlock, TextDeltaBlock, RefusalDeltaBlock, ImageURLDeltaBlock], Field(discriminator="type")
]
