# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_response_format_text_json_schema_config_param import BetaResponseFormatTextJSONSchemaConfigParam

__all__ = ["BetaResponseFormatTextConfigParam", "JSONObject", "Text"]


class Text(TypedDict, total=False):
    type: Required[Literal["text"]]


class JSONObject(TypedDict, total=False):
    type: Required[Literal["json_object"]]


BetaResponseFormatTextConfigParam: TypeAlias = Union[Text, BetaResponseFormatTextJSONSchemaConfigParam, JSONObject]
