# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from ....._models import BaseModel
from .run_step_delta_message_delta import RunStepDeltaMessageDelta
from .tool_call_delta_object import ToolCallDeltaObject

__all__ = ["RunStepDelta", "StepDetails"]

StepDetails: TypeAlias = Annotated[Union[RunStepDeltaMessageDelta, ToolCallDeltaObject], Field(discriminator="type")]


class RunStepDelta(BaseModel):
    step_details: Optional[StepDetails] = None
