# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict


__all__ = ["BetaContainerNetworkPolicyDomainSecretParam"]


class BetaContainerNetworkPolicyDomainSecretParam(TypedDict, total=False):
    domain: Required[str]
    name: Required[str]
    value: Required[str]
