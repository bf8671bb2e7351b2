# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List
from typing_extensions import Literal, TypedDict


__all__ = ["CertificateRetrieveParams"]


class CertificateRetrieveParams(TypedDict, total=False):
    include: List[Literal["content"]]
