# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Union
from typing_extensions import Literal, TypeAlias, TypedDict


__all__ = ["RealtimeTracingConfigParam", "TracingConfiguration"]


class TracingConfiguration(TypedDict, total=False):
    group_id: str
    metadata: Dict[str, object]
    workflow_name: str


RealtimeTracingConfigParam: TypeAlias = Union[Literal["auto"], TracingConfiguration]
