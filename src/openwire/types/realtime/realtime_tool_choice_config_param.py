# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import TypeAlias

from ..responses.tool_choice_function_param import ToolChoiceFunctionParam
from ..responses.tool_choice_mcp_param import ToolChoiceMcpParam
from ..responses.tool_choice_options import ToolChoiceOptions

__all__ = ["RealtimeToolChoiceConfigParam"]

RealtimeToolChoiceConfigParam: TypeAlias = Union[ToolChoiceOptions, ToolChoiceFunctionParam, ToolChoiceMcpParam]
