# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict

from ...._types import SequenceNotStr

__all__ = ["NotificationChannel", "SpendAlertCreateParams"]


class NotificationChannel(TypedDict, total=False):
    type: Required[Literal["email"]]
    recipients: Required[SequenceNotStr[str]]
    subject_prefix: Optional[str]


class SpendAlertCreateParams(TypedDict, total=False):
    threshold_amount: Required[int]
    currency: Required[Literal["USD"]]
    interval: Required[Literal["month"]]
    notification_channel: Required["NotificationChannel"]
