# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import TypedDict

from .shared.metadata import Metadata

__all__ = ["EvalUpdateParams"]


class EvalUpdateParams(TypedDict, total=False):
    metadata: Optional["Metadata"]
    name: str
