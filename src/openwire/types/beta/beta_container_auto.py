# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .beta_container_network_policy_allowlist import BetaContainerNetworkPolicyAllowlist
from .beta_container_network_policy_disabled import BetaContainerNetworkPolicyDisabled
from .beta_inline_skill import BetaInlineSkill
from .beta_skill_reference import BetaSkillReference

__all__ = ["BetaContainerAuto", "NetworkPolicy", "Skill"]

NetworkPolicy: TypeAlias = Annotated[
    Union[BetaContainerNetworkPolicyDisabled, BetaContainerNetworkPolicyAllowlist], Field(discriminator="type")
]


Skill: TypeAlias = Annotated[Union[BetaSkillReference, BetaInlineSkill], Field(discriminator="type")]


class BetaContainerAuto(BaseModel):
    type: Literal["container_auto"]
    file_ids: Optional[List[str]] = None
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]] = None
    network_policy: Optional[NetworkPolicy] = None
    skills: Optional[List[Skill]] = None
