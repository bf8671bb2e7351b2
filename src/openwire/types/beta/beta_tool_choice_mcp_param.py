# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaToolChoiceMcpParam"]


class BetaToolChoiceMcpParam(TypedDict, total=False):
    type: Required[Literal["mcp"]]
    server_label: Required[str]
    name: Optional[str]
