# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Certificate", "CertificateDetails"]


class CertificateDetails(BaseModel):
    content: Optional[str] = None
    expires_at: Optional[int] = None
    valid_at: Optional[int] = None


class Certificate(BaseModel):
    object: Literal["certificate", "organization.certificate", "organization.project.certificate"]
    id: str
    created_at: int
    certificate_details: CertificateDetails
    active: Optional[bool] = None
    name: Optional[str] = None
