# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from .beta_response_input_file import BetaResponseInputFile
from .beta_response_input_image import BetaResponseInputImage
from .beta_response_input_text import BetaResponseInputText

__all__ = ["BetaResponseInputContent"]

BetaResponseInputContent: TypeAlias = Annotated[
    Union[BetaResponseInputText, BetaResponseInputImage, BetaResponseInputFile], Field(discriminator="type")
]
