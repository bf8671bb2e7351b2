# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable
from typing_extensions import Literal, Required, TypedDict

from .beta_local_skill_param import BetaLocalSkillParam

__all__ = ["BetaLocalEnvironmentParam"]


class BetaLocalEnvironmentParam(TypedDict, total=False):
    type: Required[Literal["local"]]
    skills: Iterable["BetaLocalSkillParam"]
