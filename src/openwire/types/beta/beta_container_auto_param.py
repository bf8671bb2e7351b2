# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .beta_container_network_policy_allowlist_param import BetaContainerNetworkPolicyAllowlistParam
from .beta_container_network_policy_disabled_param import BetaContainerNetworkPolicyDisabledParam
from .beta_inline_skill_param import BetaInlineSkillParam
from .beta_skill_reference_param import BetaSkillReferenceParam

__all__ = ["BetaContainerAutoParam", "NetworkPolicy", "Skill"]


class BetaContainerAutoParam(TypedDict, total=False):
    type: Required[Literal["container_auto"]]
    file_ids: SequenceNotStr[str]
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]]
    network_policy: "NetworkPolicy"
    skills: Iterable["Skill"]


NetworkPolicy: TypeAlias = Union[BetaContainerNetworkPolicyDisabledParam, BetaContainerNetworkPolicyAllowlistParam]


Skill: TypeAlias = Union[BetaSkillReferenceParam, BetaInlineSkillParam]
