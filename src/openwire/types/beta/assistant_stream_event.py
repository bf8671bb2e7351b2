# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ..shared.error_object import ErrorObject

__all__ = [
    "AssistantStreamEvent",
    "ErrorEvent",
    "ThreadCreated",
    "ThreadMessageCompleted",
    "ThreadMessageCreated",
    "ThreadMessageDelta",
    "ThreadMessageInProgress",
    "ThreadMessageIncomplete",
    "ThreadRunCancelled",
    "ThreadRunCancelling",
    "ThreadRunCompleted",
    "ThreadRunCreated",
    "ThreadRunExpired",
    "ThreadRunFailed",
    "ThreadRunInProgress",
    "ThreadRunIncomplete",
    "ThreadRunQueued",
    "ThreadRunRequiresAction",
    "ThreadRunStepCancelled",
    "ThreadRunStepCompleted",
    "ThreadRunStepCreated",
    "ThreadRunStepDelta",
    "ThreadRunStepExpired",
    "ThreadRunStepFailed",
    "ThreadRunStepInProgress",
]


class ErrorEvent(BaseModel):
    event: Literal["error"]
    data: ErrorObject


AssistantStreamEvent: TypeAlias = Union[Dict[str, object], ErrorEvent]


class ThreadCreated(BaseModel):
    event: Literal["thread.created"]
    data: ErrorObject
    enabled: Optional[bool] = None


class ThreadMessageCompleted(BaseModel):
    event: Literal["thread.message.completed"]
    data: ErrorObject


class ThreadMessageCreated(BaseModel):
    event: Literal["thread.message.created"]
    data: ErrorObject


class ThreadMessageDelta(BaseModel):
    event: Literal["thread.message.delta"]
    data: ErrorObject


class ThreadMessageInProgress(BaseModel):
    event: Literal["thread.message.in_progress"]
    data: ErrorObject


class ThreadMessageIncomplete(BaseModel):
    event: Literal["thread.message.incomplete"]
    data: ErrorObject


class ThreadRunCancelled(BaseModel):
    event: Literal["thread.run.cancelled"]
    data: ErrorObject


class ThreadRunCancelling(BaseModel):
    event: Literal["thread.run.cancelling"]
    data: ErrorObject


class ThreadRunCompleted(BaseModel):
    event: Literal["thread.run.completed"]
    data: ErrorObject


class ThreadRunCreated(BaseModel):
    event: Literal["thread.run.created"]
    data: ErrorObject


class ThreadRunExpired(BaseModel):
    event: Literal["thread.run.expired"]
    data: Literal["[DONE]"]


class ThreadRunFailed(BaseModel):
    event: Literal["thread.run.failed"]
    data: ErrorObject


class ThreadRunInProgress(BaseModel):
    event: Literal["thread.run.in_progress"]
    data: ErrorObject


class ThreadRunIncomplete(BaseModel):
    event: Literal["thread.run.incomplete"]
    data: ErrorObject


class ThreadRunQueued(BaseModel):
    event: Literal["thread.run.queued"]
    data: ErrorObject


class ThreadRunRequiresAction(BaseModel):
    event: Literal["thread.run.requires_action"]
    data: ErrorObject


class ThreadRunStepCancelled(BaseModel):
    event: Literal["thread.run.step.cancelled"]
    data: ErrorObject


class ThreadRunStepCompleted(BaseModel):
    event: Literal["thread.run.step.completed"]
    data: ErrorObject


class ThreadRunStepCreated(BaseModel):
    event: Literal["thread.run.step.created"]
    data: ErrorObject


class ThreadRunStepDelta(BaseModel):
    event: Literal["thread.run.step.delta"]
    data: ErrorObject


class ThreadRunStepExpired(BaseModel):
    event: Literal["thread.run.step.expired"]
    data: ErrorObject


class ThreadRunStepFailed(BaseModel):
    event: Literal["thread.run.step.failed"]
    data: ErrorObject


class ThreadRunStepInProgress(BaseModel):
    event: Literal["thread.run.step.in_progress"]
    data: ErrorObject
