# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_container_auto_param import BetaContainerAutoParam
from .beta_container_reference_param import BetaContainerReferenceParam
from .beta_local_environment_param import BetaLocalEnvironmentParam

__all__ = ["BetaFunctionShellToolParam", "Environment"]


class BetaFunctionShellToolParam(TypedDict, total=False):
    type: Required[Literal["shell"]]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]]
    environment: Optional["Environment"]


Environment: TypeAlias = Union[BetaContainerAutoParam, BetaLocalEnvironmentParam, BetaContainerReferenceParam]
