# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict
from typing_extensions import Literal, TypedDict


__all__ = ["RealtimeFunctionToolParam"]


class RealtimeFunctionToolParam(TypedDict, total=False):
    description: str
    name: str
    parameters: Dict[str, object]
    type: Literal["function"]
