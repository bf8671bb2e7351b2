# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from .beta_response_input_file_content import BetaResponseInputFileContent
from .beta_response_input_image_content import BetaResponseInputImageContent
from .beta_response_input_text_content import BetaResponseInputTextContent

__all__ = ["BetaResponseFunctionCallOutputItem"]

BetaResponseFunctionCallOutputItem: TypeAlias = Annotated[
    Union[BetaResponseInputTextContent, BetaResponseInputImageContent, BetaResponseInputFileContent],
    Field(discriminator="type"),
]
