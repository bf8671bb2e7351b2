# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["NotificationChannel", "ProjectSpendAlert"]


class NotificationChannel(BaseModel):
    type: Literal["email"]
    recipients: List[str]
    subject_prefix: Optional[str] = None


class ProjectSpendAlert(BaseModel):
    id: str
    object: Literal["project.spend_alert"]
    threshold_amount: int
    currency: Literal["USD"]
    interval: Literal["month"]
    notification_channel: NotificationChannel
