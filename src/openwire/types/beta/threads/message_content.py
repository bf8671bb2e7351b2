# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from .image_file_content_block import ImageFileContentBlock
from .image_url_content_block import ImageURLContentBlock
from .refusal_content_block import RefusalContentBlock
from .text_content_block import TextContentBlock

__all__ = ["MessageContent"]

MessageContent: TypeAlias = Annotated[
    Union[ImageFileContentBlock, ImageURLContentBlock, TextContentBlock, RefusalContentBlock],
    Field(discriminator="type"),
]
