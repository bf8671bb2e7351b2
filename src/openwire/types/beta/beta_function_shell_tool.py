# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .beta_container_auto import BetaContainerAuto
from .beta_container_reference import BetaContainerReference
from .beta_local_environment import BetaLocalEnvironment

__all__ = ["BetaFunctionShellTool", "Environment"]

Environment: TypeAlias = Optional[
    Annotated[Union[BetaContainerAuto, BetaLocalEnvironment, BetaContainerReference], Field(discriminator="type")]
]


class BetaFunctionShellTool(BaseModel):
    type: Literal["shell"]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    environment: Optional[Environment] = None
