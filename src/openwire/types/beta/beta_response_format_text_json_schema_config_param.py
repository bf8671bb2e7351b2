# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaResponseFormatTextJSONSchemaConfigParam"]


class BetaResponseFormatTextJSONSchemaConfigParam(TypedDict, total=False):
    type: Required[Literal["json_schema"]]
    name: Required[str]
    schema: Required[Dict[str, object]]
    description: str
    strict: Optional[bool]
