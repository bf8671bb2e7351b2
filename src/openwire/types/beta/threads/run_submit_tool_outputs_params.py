# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypedDict


__all__ = ["RunSubmitToolOutputsParams", "ToolOutput"]


class RunSubmitToolOutputsParamsBase(TypedDict, total=False):
    thread_id: Required[str]
    tool_outputs: Required[Iterable["ToolOutput"]]


class RunSubmitToolOutputsParamsNonStreaming(RunSubmitToolOutputsParamsBase, total=False):
    stream: Optional[Literal[False]]


class RunSubmitToolOutputsParamsStreaming(RunSubmitToolOutputsParamsBase):
    stream: Required[Literal[True]]


RunSubmitToolOutputsParams = Union[RunSubmitToolOutputsParamsNonStreaming, RunSubmitToolOutputsParamsStreaming]


class ToolOutput(TypedDict, total=False):
    output: str
    tool_call_id: str
