# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .container_auto import ContainerAuto
from .container_reference import ContainerReference
from .local_environment import LocalEnvironment

__all__ = ["Environment", "FunctionShellTool"]

Environment: TypeAlias = Optional[
    Annotated[Union[ContainerAuto, LocalEnvironment, ContainerReference], Field(discriminator="type")]
]


class FunctionShellTool(BaseModel):
    type: Literal["shell"]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    environment: Optional[Environment] = None
