# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaContainerReferenceParam"]


class BetaContainerReferenceParam(TypedDict, total=False):
    type: Required[Literal["container_reference"]]
    container_id: Required[str]
