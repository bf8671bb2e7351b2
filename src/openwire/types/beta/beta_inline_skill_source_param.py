# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaInlineSkillSourceParam"]


class BetaInlineSkillSourceParam(TypedDict, total=False):
    type: Required[Literal["base64"]]
    media_type: Required[Literal["application/zip"]]
    data: Required[str]
