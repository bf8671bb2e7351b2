"""The events of ``responses.stream``: the API's own events, four of them with more to say
(the text or arguments so far, the parsed text, the parsed final response)."""

from __future__ import annotations

from typing import Generic, Optional, TypeVar, Union

from pydantic import SerializeAsAny
from typing_extensions import TypeAlias

from ...._models import GenericModel
from ....types.responses import response_completed_event as _completed
from ....types.responses import response_function_call_arguments_delta_event as _arguments_delta
from ....types.responses import response_text_delta_event as _text_delta
from ....types.responses import response_text_done_event as _text_done
from ....types.responses.parsed_response import ParsedResponse
from ....types.responses.response_audio_delta_event import ResponseAudioDeltaEvent
from ....types.responses.response_audio_done_event import ResponseAudioDoneEvent
from ....types.responses.response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from ....types.responses.response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from ....types.responses.response_code_interpreter_call_code_delta_event import (
    ResponseCodeInterpreterCallCodeDeltaEvent,
)
from ....types.responses.response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent
from ....types.responses.response_code_interpreter_call_completed_event import (
    ResponseCodeInterpreterCallCompletedEvent,
)
from ....types.responses.response_code_interpreter_call_in_progress_event import (
    ResponseCodeInterpreterCallInProgressEvent,
)
from ....types.responses.response_code_interpreter_call_interpreting_event import (
    ResponseCodeInterpreterCallInterpretingEvent,
)
from ....types.responses.response_content_part_added_event import ResponseContentPartAddedEvent
from ....types.responses.response_content_part_done_event import ResponseContentPartDoneEvent
from ....types.responses.response_created_event import ResponseCreatedEvent
from ....types.responses.response_custom_tool_call_input_delta_event import ResponseCustomToolCallInputDeltaEvent
from ....types.responses.response_custom_tool_call_input_done_event import ResponseCustomToolCallInputDoneEvent
from ....types.responses.response_error_event import ResponseErrorEvent
from ....types.responses.response_failed_event import ResponseFailedEvent
from ....types.responses.response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
from ....types.responses.response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
from ....types.responses.response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
from ....types.responses.response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
from ....types.responses.response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
from ....types.responses.response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
from ....types.responses.response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
from ....types.responses.response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
from ....types.responses.response_in_progress_event import ResponseInProgressEvent
from ....types.responses.response_incomplete_event import ResponseIncompleteEvent
from ....types.responses.response_mcp_call_arguments_delta_event import ResponseMcpCallArgumentsDeltaEvent
from ....types.responses.response_mcp_call_arguments_done_event import ResponseMcpCallArgumentsDoneEvent
from ....types.responses.response_mcp_call_completed_event import ResponseMcpCallCompletedEvent
from ....types.responses.response_mcp_call_failed_event import ResponseMcpCallFailedEvent
from ....types.responses.response_mcp_call_in_progress_event import ResponseMcpCallInProgressEvent
from ....types.responses.response_mcp_list_tools_completed_event import ResponseMcpListToolsCompletedEvent
from ....types.responses.response_mcp_list_tools_failed_event import ResponseMcpListToolsFailedEvent
from ....types.responses.response_mcp_list_tools_in_progress_event import ResponseMcpListToolsInProgressEvent
from ....types.responses.response_output_item_added_event import ResponseOutputItemAddedEvent
from ....types.responses.response_output_item_done_event import ResponseOutputItemDoneEvent
from ....types.responses.response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
from ....types.responses.response_queued_event import ResponseQueuedEvent
from ....types.responses.response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
from ....types.responses.response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
from ....types.responses.response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
from ....types.responses.response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
from ....types.responses.response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
from ....types.responses.response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
from ....types.responses.response_refusal_delta_event import ResponseRefusalDeltaEvent
from ....types.responses.response_refusal_done_event import ResponseRefusalDoneEvent
from ....types.responses.response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
from ....types.responses.response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
from ....types.responses.response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent

__all__ = [
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseCompletedEvent",
    "ResponseStreamEvent",
]

TextFormatT = TypeVar("TextFormatT")


class ResponseTextDeltaEvent(_text_delta.ResponseTextDeltaEvent):
    snapshot: str
    """The text of this content part so far."""


class ResponseTextDoneEvent(_text_done.ResponseTextDoneEvent, GenericModel, Generic[TextFormatT]):
    parsed: Optional[TextFormatT] = None
    """With ``text_format``: the text parsed into the model."""


class ResponseFunctionCallArgumentsDeltaEvent(_arguments_delta.ResponseFunctionCallArgumentsDeltaEvent):
    snapshot: str
    """The arguments of this call so far."""


class ResponseCompletedEvent(_completed.ResponseCompletedEvent, GenericModel, Generic[TextFormatT]):
    # Dumped as what it is: the parsed response's classes are parametrised (or not) by the
    # ``text_format`` of the stream, which this field's annotation cannot know.
    response: SerializeAsAny[ParsedResponse[TextFormatT]]  # type: ignore[assignment]
    """The final response, with ``parsed`` text and ``parsed_arguments``."""


ResponseStreamEvent: TypeAlias = Union[
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent[TextFormatT],
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseCompletedEvent[TextFormatT],
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
    ResponseCodeInterpreterCallCodeDeltaEvent,
    ResponseCodeInterpreterCallCodeDoneEvent,
    ResponseCodeInterpreterCallCompletedEvent,
    ResponseCodeInterpreterCallInProgressEvent,
    ResponseCodeInterpreterCallInterpretingEvent,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseCreatedEvent,
    ResponseErrorEvent,
    ResponseFileSearchCallCompletedEvent,
    ResponseFileSearchCallInProgressEvent,
    ResponseFileSearchCallSearchingEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseInProgressEvent,
    ResponseFailedEvent,
    ResponseIncompleteEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ResponseReasoningSummaryPartAddedEvent,
    ResponseReasoningSummaryPartDoneEvent,
    ResponseReasoningSummaryTextDeltaEvent,
    ResponseReasoningSummaryTextDoneEvent,
    ResponseReasoningTextDeltaEvent,
    ResponseReasoningTextDoneEvent,
    ResponseRefusalDeltaEvent,
    ResponseRefusalDoneEvent,
    ResponseWebSearchCallCompletedEvent,
    ResponseWebSearchCallInProgressEvent,
    ResponseWebSearchCallSearchingEvent,
    ResponseImageGenCallCompletedEvent,
    ResponseImageGenCallGeneratingEvent,
    ResponseImageGenCallInProgressEvent,
    ResponseImageGenCallPartialImageEvent,
    ResponseMcpCallArgumentsDeltaEvent,
    ResponseMcpCallArgumentsDoneEvent,
    ResponseMcpCallCompletedEvent,
    ResponseMcpCallFailedEvent,
    ResponseMcpCallInProgressEvent,
    ResponseMcpListToolsCompletedEvent,
    ResponseMcpListToolsFailedEvent,
    ResponseMcpListToolsInProgressEvent,
    ResponseOutputTextAnnotationAddedEvent,
    ResponseQueuedEvent,
    ResponseCustomToolCallInputDeltaEvent,
    ResponseCustomToolCallInputDoneEvent,
]
