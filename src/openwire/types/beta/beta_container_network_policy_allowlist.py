# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_container_network_policy_domain_secret import BetaContainerNetworkPolicyDomainSecret

__all__ = ["BetaContainerNetworkPolicyAllowlist"]


class BetaContainerNetworkPolicyAllowlist(BaseModel):
    type: Literal["allowlist"]
    allowed_domains: List[str]
    domain_secrets: Optional[List[BetaContainerNetworkPolicyDomainSecret]] = None
