# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel
from ...shared.metadata import Metadata
from ..assistant_response_format_option import AssistantResponseFormatOption
from ..assistant_tool import AssistantTool
from ..assistant_tool_choice_option import AssistantToolChoiceOption
from .required_action_function_tool_call import RequiredActionFunctionToolCall
from .run_status import RunStatus

__all__ = [
    "IncompleteDetails",
    "LastError",
    "RequiredAction",
    "RequiredActionSubmitToolOutputs",
    "Run",
    "TruncationStrategy",
    "Usage",
]


class IncompleteDetails(BaseModel):
    reason: Optional[Literal["max_completion_tokens", "max_prompt_tokens"]] = None


class LastError(BaseModel):
    code: Literal["server_error", "rate_limit_exceeded", "invalid_prompt"]
    message: str


class RequiredActionSubmitToolOutputs(BaseModel):
    tool_calls: List[RequiredActionFunctionToolCall]


class RequiredAction(BaseModel):
    type: Literal["submit_tool_outputs"]
    submit_tool_outputs: RequiredActionSubmitToolOutputs


class TruncationStrategy(BaseModel):
    type: Literal["auto", "last_messages"]
    last_messages: Optional[int] = None


class Usage(BaseModel):
    completion_tokens: int
    prompt_tokens: int
    total_tokens: int


class Run(BaseModel):
    id: str
    object: Literal["thread.run"]
    created_at: int
    thread_id: str
    assistant_id: str
    status: RunStatus
    model: str
    instructions: str
    tools: List[AssistantTool]
    parallel_tool_calls: bool
    cancelled_at: Optional[int] = None
    completed_at: Optional[int] = None
    expires_at: Optional[int] = None
    failed_at: Optional[int] = None
    incomplete_details: Optional[IncompleteDetails] = None
    last_error: Optional[LastError] = None
    max_completion_tokens: Optional[int] = None
    max_prompt_tokens: Optional[int] = None
    metadata: Optional[Metadata] = None
    required_action: Optional[RequiredAction] = None
    response_format: Optional[AssistantResponseFormatOption] = None
    started_at: Optional[int] = None
    temperature: Optional[float] = None
    tool_choice: Optional[AssistantToolChoiceOption] = None
    top_p: Optional[float] = None
    truncation_strategy: Optional[TruncationStrategy] = None
    usage: Optional[Usage] = None
