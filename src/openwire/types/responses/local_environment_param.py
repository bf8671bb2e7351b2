# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable
from typing_extensions import Literal, Required, TypedDict

from .local_skill_param import LocalSkillParam

__all__ = ["LocalEnvironmentParam"]


class LocalEnvironmentParam(TypedDict, total=False):
    type: Required[Literal["local"]]
    skills: Iterable["LocalSkillParam"]
