# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaToolSearchToolParam"]


class BetaToolSearchToolParam(TypedDict, total=False):
    type: Required[Literal["tool_search"]]
    description: Optional[str]
    execution: Literal["server", "client"]
    parameters: Optional[Dict[str, object]]
