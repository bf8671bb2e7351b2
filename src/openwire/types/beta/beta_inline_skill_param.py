# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict

from .beta_inline_skill_source_param import BetaInlineSkillSourceParam

__all__ = ["BetaInlineSkillParam"]


class BetaInlineSkillParam(TypedDict, total=False):
    type: Required[Literal["inline"]]
    name: Required[str]
    description: Required[str]
    source: Required["BetaInlineSkillSourceParam"]
