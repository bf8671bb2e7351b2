# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ResponseCompactionItemParamParam"]


class ResponseCompactionItemParamParam(TypedDict, total=False):
    type: Required[Literal["compaction"]]
    encrypted_content: Required[str]
    id: Optional[str]
