# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["CertificateDeactivateResponse", "CertificateDetails"]


class CertificateDetails(BaseModel):
    expires_at: Optional[int] = None
    valid_at: Optional[int] = None


class CertificateDeactivateResponse(BaseModel):
    object: Literal["organization.certificate"]
    id: str
    created_at: int
    certificate_details: CertificateDetails
    active: bool
    name: Optional[str] = None
