# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Union
from typing_extensions import Required, TypedDict


__all__ = ["ChatSessionWorkflowParam", "Tracing"]


class ChatSessionWorkflowParam(TypedDict, total=False):
    id: Required[str]
    state_variables: Dict[str, Union[str, int, bool, float]]
    tracing: "Tracing"
    version: str


class Tracing(TypedDict, total=False):
    enabled: bool
