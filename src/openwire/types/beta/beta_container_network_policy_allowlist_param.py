# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable
from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from .beta_container_network_policy_domain_secret_param import BetaContainerNetworkPolicyDomainSecretParam

__all__ = ["BetaContainerNetworkPolicyAllowlistParam"]


class BetaContainerNetworkPolicyAllowlistParam(TypedDict, total=False):
    type: Required[Literal["allowlist"]]
    allowed_domains: Required[SequenceNotStr[str]]
    domain_secrets: Iterable["BetaContainerNetworkPolicyDomainSecretParam"]
