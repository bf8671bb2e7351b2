# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .code_interpreter_logs import CodeInterpreterLogs as CodeInterpreterLogs
    from .code_interpreter_output_image import CodeInterpreterOutputImage as CodeInterpreterOutputImage
    from .code_interpreter_tool_call import CodeInterpreterToolCall as CodeInterpreterToolCall
    from .code_interpreter_tool_call_delta import CodeInterpreterToolCallDelta as CodeInterpreterToolCallDelta
    from .file_search_tool_call import FileSearchToolCall as FileSearchToolCall
    from .file_search_tool_call_delta import FileSearchToolCallDelta as FileSearchToolCallDelta
    from .function_tool_call import FunctionToolCall as FunctionToolCall
    from .function_tool_call_delta import FunctionToolCallDelta as FunctionToolCallDelta
    from .message_creation_step_details import MessageCreationStepDetails as MessageCreationStepDetails
    from .run_step import RunStep as RunStep
    from .run_step_delta import RunStepDelta as RunStepDelta
    from .run_step_delta_event import RunStepDeltaEvent as RunStepDeltaEvent
    from .run_step_delta_message_delta import RunStepDeltaMessageDelta as RunStepDeltaMessageDelta
    from .run_step_include import RunStepInclude as RunStepInclude
    from .step_list_params import StepListParams as StepListParams
    from .step_retrieve_params import StepRetrieveParams as StepRetrieveParams
    from .tool_call import ToolCall as ToolCall
    from .tool_call_delta import ToolCallDelta as ToolCallDelta
    from .tool_call_delta_object import ToolCallDeltaObject as ToolCallDeltaObject
    from .tool_calls_step_details import ToolCallsStepDetails as ToolCallsStepDetails

__all__ = [
    "CodeInterpreterLogs",
    "CodeInterpreterOutputImage",
    "CodeInterpreterToolCall",
    "CodeInterpreterToolCallDelta",
    "FileSearchToolCall",
    "FileSearchToolCallDelta",
    "FunctionToolCall",
    "FunctionToolCallDelta",
    "MessageCreationStepDetails",
    "RunStep",
    "RunStepDelta",
    "RunStepDeltaEvent",
    "RunStepDeltaMessageDelta",
    "RunStepInclude",
    "StepListParams",
    "StepRetrieveParams",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallDeltaObject",
    "ToolCallsStepDetails",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "CodeInterpreterLogs": ".code_interpreter_logs",
    "CodeInterpreterOutputImage": ".code_interpreter_output_image",
    "CodeInterpreterToolCall": ".code_interpreter_tool_call",
    "CodeInterpreterToolCallDelta": ".code_interpreter_tool_call_delta",
    "FileSearchToolCall": ".file_search_tool_call",
    "FileSearchToolCallDelta": ".file_search_tool_call_delta",
    "FunctionToolCall": ".function_tool_call",
    "FunctionToolCallDelta": ".function_tool_call_delta",
    "MessageCreationStepDetails": ".message_creation_step_details",
    "RunStep": ".run_step",
    "RunStepDelta": ".run_step_delta",
    "RunStepDeltaEvent": ".run_step_delta_event",
    "RunStepDeltaMessageDelta": ".run_step_delta_message_delta",
    "RunStepInclude": ".run_step_include",
    "StepListParams": ".step_list_params",
    "StepRetrieveParams": ".step_retrieve_params",
    "ToolCall": ".tool_call",
    "ToolCallDelta": ".tool_call_delta",
    "ToolCallDeltaObject": ".tool_call_delta_object",
    "ToolCallsStepDetails": ".tool_calls_step_details",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "code_interpreter_logs",
        "code_interpreter_output_image",
        "code_interpreter_tool_call",
        "code_interpreter_tool_call_delta",
        "file_search_tool_call",
        "file_search_tool_call_delta",
        "function_tool_call",
        "function_tool_call_delta",
        "message_creation_step_details",
        "run_step",
        "run_step_delta",
        "run_step_delta_event",
        "run_step_delta_message_delta",
        "run_step_include",
        "step_list_params",
        "step_retrieve_params",
        "tool_call",
        "tool_call_delta",
        "tool_call_delta_object",
        "tool_calls_step_details",
    }
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is not None:
            value = getattr(importlib.import_module(source, __name__), name)
            globals()[name] = value
            return value
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
