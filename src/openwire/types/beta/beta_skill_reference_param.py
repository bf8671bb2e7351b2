# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaSkillReferenceParam"]


class BetaSkillReferenceParam(TypedDict, total=False):
    type: Required[Literal["skill_reference"]]
    skill_id: Required[str]
    version: str
