# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict


__all__ = ["BetaLocalSkillParam"]


class BetaLocalSkillParam(TypedDict, total=False):
    name: Required[str]
    description: Required[str]
    path: Required[str]
