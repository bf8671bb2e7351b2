# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from .response_input_file_content import ResponseInputFileContent
from .response_input_image_content import ResponseInputImageContent
from .response_input_text_content import ResponseInputTextContent

__all__ = ["ResponseFunctionCallOutputItem"]

ResponseFunctionCallOutputItem: TypeAlias = Annotated[
    Union[ResponseInputTextContent, ResponseInputImageContent, ResponseInputFileContent], Field(discriminator="type")
]
