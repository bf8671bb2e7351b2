# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .beta_response_format_text_json_schema_config import BetaResponseFormatTextJSONSchemaConfig

__all__ = ["BetaResponseFormatTextConfig", "JSONObject", "Text"]


class Text(BaseModel):
    type: Literal["text"]


class JSONObject(BaseModel):
    type: Literal["json_object"]


BetaResponseFormatTextConfig: TypeAlias = Annotated[
    Union[Text, BetaResponseFormatTextJSONSchemaConfig, JSONObject], Field(discriminator="type")
]
