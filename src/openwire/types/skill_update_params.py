# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict


__all__ = ["SkillUpdateParams"]


class SkillUpdateParams(TypedDict, total=False):
    default_version: Required[str]
