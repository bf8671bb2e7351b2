# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .container_auto_param import ContainerAutoParam
from .container_reference_param import ContainerReferenceParam
from .local_environment_param import LocalEnvironmentParam

__all__ = ["Environment", "FunctionShellToolParam"]

Environment: TypeAlias = Union[ContainerAutoParam, LocalEnvironmentParam, ContainerReferenceParam]


class FunctionShellToolParam(TypedDict, total=False):
    type: Required[Literal["shell"]]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]]
    environment: Optional["Environment"]
