# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["JSONSchema", "ResponseFormatJSONSchema"]


class JSONSchema(TypedDict, total=False):
    name: Required[str]
    description: str
    schema: Dict[str, object]
    strict: Optional[bool]


class ResponseFormatJSONSchema(TypedDict, total=False):
    type: Required[Literal["json_schema"]]
    json_schema: Required["JSONSchema"]
