# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import TypedDict


__all__ = ["ProjectUpdateParams"]


class ProjectUpdateParams(TypedDict, total=False):
    external_key_id: Optional[str]
    geography: Optional[str]
    name: Optional[str]
