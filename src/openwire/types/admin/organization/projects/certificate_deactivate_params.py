# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict

from ....._types import SequenceNotStr

__all__ = ["CertificateDeactivateParams"]


class CertificateDeactivateParams(TypedDict, total=False):
    certificate_ids: Required[SequenceNotStr[str]]
