# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict


__all__ = ["CertificateUpdateParams"]


class CertificateUpdateParams(TypedDict, total=False):
    name: str
