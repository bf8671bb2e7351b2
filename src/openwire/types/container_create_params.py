# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .responses.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from .responses.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from .responses.inline_skill_param import InlineSkillParam
from .responses.skill_reference_param import SkillReferenceParam

__all__ = ["ContainerCreateParams", "ExpiresAfter", "NetworkPolicy", "Skill"]


class ContainerCreateParams(TypedDict, total=False):
    name: Required[str]
    expires_after: "ExpiresAfter"
    file_ids: SequenceNotStr[str]
    memory_limit: Literal["1g", "4g", "16g", "64g"]
    network_policy: "NetworkPolicy"
    skills: Iterable["Skill"]


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["last_active_at"]]
    minutes: Required[int]


NetworkPolicy: TypeAlias = Union[ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam]


Skill: TypeAlias = Union[SkillReferenceParam, InlineSkillParam]
