# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
from .container_network_policy_disabled import ContainerNetworkPolicyDisabled
from .inline_skill import InlineSkill
from .skill_reference import SkillReference

__all__ = ["ContainerAuto", "NetworkPolicy", "Skill"]

NetworkPolicy: TypeAlias = Annotated[
    Union[ContainerNetworkPolicyDisabled, ContainerNetworkPolicyAllowlist], Field(discriminator="type")
]


Skill: TypeAlias = Annotated[Union[SkillReference, InlineSkill], Field(discriminator="type")]


class ContainerAuto(BaseModel):
    type: Literal["container_auto"]
    file_ids: Optional[List[str]] = None
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]] = None
    network_policy: Optional[NetworkPolicy] = None
    skills: Optional[List[Skill]] = None
