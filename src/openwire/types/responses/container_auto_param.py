# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from .inline_skill_param import InlineSkillParam
from .skill_reference_param import SkillReferenceParam

__all__ = ["ContainerAutoParam", "NetworkPolicy", "Skill"]


class ContainerAutoParam(TypedDict, total=False):
    type: Required[Literal["container_auto"]]
    file_ids: SequenceNotStr[str]
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]]
    network_policy: "NetworkPolicy"
    skills: Iterable["Skill"]


NetworkPolicy: TypeAlias = Union[ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam]


Skill: TypeAlias = Union[SkillReferenceParam, InlineSkillParam]
