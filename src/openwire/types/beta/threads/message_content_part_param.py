# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import TypeAlias

from .image_file_content_block_param import ImageFileContentBlockParam
from .image_url_content_block_param import ImageURLContentBlockParam
from .text_content_block_param import TextContentBlockParam

__all__ = ["MessageContentPartParam"]

MessageContentPartParam: TypeAlias = Union[ImageFileContentBlockParam, ImageURLContentBlockParam, TextContentBlockParam]
