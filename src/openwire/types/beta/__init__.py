# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant import Assistant as Assistant
    from .assistant_create_params import AssistantCreateParams as AssistantCreateParams
    from .assistant_deleted import AssistantDeleted as AssistantDeleted
    from .assistant_list_params import AssistantListParams as AssistantListParams
    from .assistant_response_format_option import AssistantResponseFormatOption as AssistantResponseFormatOption
    from .assistant_response_format_option_param import (
        AssistantResponseFormatOptionParam as AssistantResponseFormatOptionParam,
    )
    from .assistant_stream_event import AssistantStreamEvent as AssistantStreamEvent
    from .assistant_tool import AssistantTool as AssistantTool
    from .assistant_tool_choice import AssistantToolChoice as AssistantToolChoice
    from .assistant_tool_choice_function import AssistantToolChoiceFunction as AssistantToolChoiceFunction
    from .assistant_tool_choice_function_param import (
        AssistantToolChoiceFunctionParam as AssistantToolChoiceFunctionParam,
    )
    from .assistant_tool_choice_option import AssistantToolChoiceOption as AssistantToolChoiceOption
    from .assistant_tool_choice_option_param import AssistantToolChoiceOptionParam as AssistantToolChoiceOptionParam
    from .assistant_tool_choice_param import AssistantToolChoiceParam as AssistantToolChoiceParam
    from .assistant_tool_param import AssistantToolParam as AssistantToolParam
    from .assistant_update_params import AssistantUpdateParams as AssistantUpdateParams
    from .beta_apply_patch_tool import BetaApplyPatchTool as BetaApplyPatchTool
    from .beta_apply_patch_tool_param import BetaApplyPatchToolParam as BetaApplyPatchToolParam
    from .beta_compacted_response import BetaCompactedResponse as BetaCompactedResponse
    from .beta_computer_action import BetaComputerAction as BetaComputerAction
    from .beta_computer_action_list import BetaComputerActionList as BetaComputerActionList
    from .beta_computer_action_list_param import BetaComputerActionListParam as BetaComputerActionListParam
    from .beta_computer_action_param import BetaComputerActionParam as BetaComputerActionParam
    from .beta_computer_tool import BetaComputerTool as BetaComputerTool
    from .beta_computer_tool_param import BetaComputerToolParam as BetaComputerToolParam
    from .beta_computer_use_preview_tool import BetaComputerUsePreviewTool as BetaComputerUsePreviewTool
    from .beta_computer_use_preview_tool_param import BetaComputerUsePreviewToolParam as BetaComputerUsePreviewToolParam
    from .beta_container_auto import BetaContainerAuto as BetaContainerAuto
    from .beta_container_auto_param import BetaContainerAutoParam as BetaContainerAutoParam
    from .beta_container_network_policy_allowlist import (
        BetaContainerNetworkPolicyAllowlist as BetaContainerNetworkPolicyAllowlist,
    )
    from .beta_container_network_policy_allowlist_param import (
        BetaContainerNetworkPolicyAllowlistParam as BetaContainerNetworkPolicyAllowlistParam,
    )
    from .beta_container_network_policy_disabled import (
        BetaContainerNetworkPolicyDisabled as BetaContainerNetworkPolicyDisabled,
    )
    from .beta_container_network_policy_disabled_param import (
        BetaContainerNetworkPolicyDisabledParam as BetaContainerNetworkPolicyDisabledParam,
    )
    from .beta_container_network_policy_domain_secret import (
        BetaContainerNetworkPolicyDomainSecret as BetaContainerNetworkPolicyDomainSecret,
    )
    from .beta_container_network_policy_domain_secret_param import (
        BetaContainerNetworkPolicyDomainSecretParam as BetaContainerNetworkPolicyDomainSecretParam,
    )
    from .beta_container_reference import BetaContainerReference as BetaContainerReference
    from .beta_container_reference_param import BetaContainerReferenceParam as BetaContainerReferenceParam
    from .beta_custom_tool import BetaCustomTool as BetaCustomTool
    from .beta_custom_tool_param import BetaCustomToolParam as BetaCustomToolParam
    from .beta_easy_input_message import BetaEasyInputMessage as BetaEasyInputMessage
    from .beta_easy_input_message_param import BetaEasyInputMessageParam as BetaEasyInputMessageParam
    from .beta_file_search_tool import BetaFileSearchTool as BetaFileSearchTool
    from .beta_file_search_tool_param import BetaFileSearchToolParam as BetaFileSearchToolParam
    from .beta_function_shell_tool import BetaFunctionShellTool as BetaFunctionShellTool
    from .beta_function_shell_tool_param import BetaFunctionShellToolParam as BetaFunctionShellToolParam
    from .beta_function_tool import BetaFunctionTool as BetaFunctionTool
    from .beta_function_tool_param import BetaFunctionToolParam as BetaFunctionToolParam
    from .beta_inline_skill import BetaInlineSkill as BetaInlineSkill
    from .beta_inline_skill_param import BetaInlineSkillParam as BetaInlineSkillParam
    from .beta_inline_skill_source import BetaInlineSkillSource as BetaInlineSkillSource
    from .beta_inline_skill_source_param import BetaInlineSkillSourceParam as BetaInlineSkillSourceParam
    from .beta_local_environment import BetaLocalEnvironment as BetaLocalEnvironment
    from .beta_local_environment_param import BetaLocalEnvironmentParam as BetaLocalEnvironmentParam
    from .beta_local_skill import BetaLocalSkill as BetaLocalSkill
    from .beta_local_skill_param import BetaLocalSkillParam as BetaLocalSkillParam
    from .beta_namespace_tool import BetaNamespaceTool as BetaNamespaceTool
    from .beta_namespace_tool_param import BetaNamespaceToolParam as BetaNamespaceToolParam
    from .beta_response import BetaResponse as BetaResponse
    from .beta_response_apply_patch_tool_call import BetaResponseApplyPatchToolCall as BetaResponseApplyPatchToolCall
    from .beta_response_apply_patch_tool_call_output import (
        BetaResponseApplyPatchToolCallOutput as BetaResponseApplyPatchToolCallOutput,
    )
    from .beta_response_audio_delta_event import BetaResponseAudioDeltaEvent as BetaResponseAudioDeltaEvent
    from .beta_response_audio_done_event import BetaResponseAudioDoneEvent as BetaResponseAudioDoneEvent
    from .beta_response_audio_transcript_delta_event import (
        BetaResponseAudioTranscriptDeltaEvent as BetaResponseAudioTranscriptDeltaEvent,
    )
    from .beta_response_audio_transcript_done_event import (
        BetaResponseAudioTranscriptDoneEvent as BetaResponseAudioTranscriptDoneEvent,
    )
    from .beta_response_code_interpreter_call_code_delta_event import (
        BetaResponseCodeInterpreterCallCodeDeltaEvent as BetaResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .beta_response_code_interpreter_call_code_done_event import (
        BetaResponseCodeInterpreterCallCodeDoneEvent as BetaResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .beta_response_code_interpreter_call_completed_event import (
        BetaResponseCodeInterpreterCallCompletedEvent as BetaResponseCodeInterpreterCallCompletedEvent,
    )
    from .beta_response_code_interpreter_call_in_progress_event import (
        BetaResponseCodeInterpreterCallInProgressEvent as BetaResponseCodeInterpreterCallInProgressEvent,
    )
    from .beta_response_code_interpreter_call_interpreting_event import (
        BetaResponseCodeInterpreterCallInterpretingEvent as BetaResponseCodeInterpreterCallInterpretingEvent,
    )
    from .beta_response_code_interpreter_tool_call import (
        BetaResponseCodeInterpreterToolCall as BetaResponseCodeInterpreterToolCall,
    )
    from .beta_response_code_interpreter_tool_call_param import (
        BetaResponseCodeInterpreterToolCallParam as BetaResponseCodeInterpreterToolCallParam,
    )
    from .beta_response_compaction_item import BetaResponseCompactionItem as BetaResponseCompactionItem
    from .beta_response_compaction_item_param import BetaResponseCompactionItemParam as BetaResponseCompactionItemParam
    from .beta_response_compaction_item_param_param import (
        BetaResponseCompactionItemParamParam as BetaResponseCompactionItemParamParam,
    )
    from .beta_response_completed_event import BetaResponseCompletedEvent as BetaResponseCompletedEvent
    from .beta_response_computer_tool_call import BetaResponseComputerToolCall as BetaResponseComputerToolCall
    from .beta_response_computer_tool_call_output_item import (
        BetaResponseComputerToolCallOutputItem as BetaResponseComputerToolCallOutputItem,
    )
    from .beta_response_computer_tool_call_output_screenshot import (
        BetaResponseComputerToolCallOutputScreenshot as BetaResponseComputerToolCallOutputScreenshot,
    )
    from .beta_response_computer_tool_call_output_screenshot_param import (
        BetaResponseComputerToolCallOutputScreenshotParam as BetaResponseComputerToolCallOutputScreenshotParam,
    )
    from .beta_response_computer_tool_call_param import (
        BetaResponseComputerToolCallParam as BetaResponseComputerToolCallParam,
    )
    from .beta_response_container_reference import BetaResponseContainerReference as BetaResponseContainerReference
    from .beta_response_content_part_added_event import (
        BetaResponseContentPartAddedEvent as BetaResponseContentPartAddedEvent,
    )
    from .beta_response_content_part_done_event import (
        BetaResponseContentPartDoneEvent as BetaResponseContentPartDoneEvent,
    )
    from .beta_response_conversation_param import BetaResponseConversationParam as BetaResponseConversationParam
    from .beta_response_conversation_param_param import (
        BetaResponseConversationParamParam as BetaResponseConversationParamParam,
    )
    from .beta_response_created_event import BetaResponseCreatedEvent as BetaResponseCreatedEvent
    from .beta_response_custom_tool_call import BetaResponseCustomToolCall as BetaResponseCustomToolCall
    from .beta_response_custom_tool_call_input_delta_event import (
        BetaResponseCustomToolCallInputDeltaEvent as BetaResponseCustomToolCallInputDeltaEvent,
    )
    from .beta_response_custom_tool_call_input_done_event import (
        BetaResponseCustomToolCallInputDoneEvent as BetaResponseCustomToolCallInputDoneEvent,
    )
    from .beta_response_custom_tool_call_item import BetaResponseCustomToolCallItem as BetaResponseCustomToolCallItem
    from .beta_response_custom_tool_call_output import (
        BetaResponseCustomToolCallOutput as BetaResponseCustomToolCallOutput,
    )
    from .beta_response_custom_tool_call_output_item import (
        BetaResponseCustomToolCallOutputItem as BetaResponseCustomToolCallOutputItem,
    )
    from .beta_response_custom_tool_call_output_param import (
        BetaResponseCustomToolCallOutputParam as BetaResponseCustomToolCallOutputParam,
    )
    from .beta_response_custom_tool_call_param import BetaResponseCustomToolCallParam as BetaResponseCustomToolCallParam
    from .beta_response_error import BetaResponseError as BetaResponseError
    from .beta_response_error_event import BetaResponseErrorEvent as BetaResponseErrorEvent
    from .beta_response_failed_event import BetaResponseFailedEvent as BetaResponseFailedEvent
    from .beta_response_file_search_call_completed_event import (
        BetaResponseFileSearchCallCompletedEvent as BetaResponseFileSearchCallCompletedEvent,
    )
    from .beta_response_file_search_call_in_progress_event import (
        BetaResponseFileSearchCallInProgressEvent as BetaResponseFileSearchCallInProgressEvent,
    )
    from .beta_response_file_search_call_searching_event import (
        BetaResponseFileSearchCallSearchingEvent as BetaResponseFileSearchCallSearchingEvent,
    )
    from .beta_response_file_search_tool_call import BetaResponseFileSearchToolCall as BetaResponseFileSearchToolCall
    from .beta_response_file_search_tool_call_param import (
        BetaResponseFileSearchToolCallParam as BetaResponseFileSearchToolCallParam,
    )
    from .beta_response_format_text_config import BetaResponseFormatTextConfig as BetaResponseFormatTextConfig
    from .beta_response_format_text_config_param import (
        BetaResponseFormatTextConfigParam as BetaResponseFormatTextConfigParam,
    )
    from .beta_response_format_text_json_schema_config import (
        BetaResponseFormatTextJSONSchemaConfig as BetaResponseFormatTextJSONSchemaConfig,
    )
    from .beta_response_format_text_json_schema_config_param import (
        BetaResponseFormatTextJSONSchemaConfigParam as BetaResponseFormatTextJSONSchemaConfigParam,
    )
    from .beta_response_function_call_arguments_delta_event import (
        BetaResponseFunctionCallArgumentsDeltaEvent as BetaResponseFunctionCallArgumentsDeltaEvent,
    )
    from .beta_response_function_call_arguments_done_event import (
        BetaResponseFunctionCallArgumentsDoneEvent as BetaResponseFunctionCallArgumentsDoneEvent,
    )
    from .beta_response_function_call_output_item import (
        BetaResponseFunctionCallOutputItem as BetaResponseFunctionCallOutputItem,
    )
    from .beta_response_function_call_output_item_list import (
        BetaResponseFunctionCallOutputItemList as BetaResponseFunctionCallOutputItemList,
    )
    from .beta_response_function_call_output_item_list_param import (
        BetaResponseFunctionCallOutputItemListParam as BetaResponseFunctionCallOutputItemListParam,
    )
    from .beta_response_function_call_output_item_param import (
        BetaResponseFunctionCallOutputItemParam as BetaResponseFunctionCallOutputItemParam,
    )
    from .beta_response_function_shell_call_output_content import (
        BetaResponseFunctionShellCallOutputContent as BetaResponseFunctionShellCallOutputContent,
    )
    from .beta_response_function_shell_call_output_content_param import (
        BetaResponseFunctionShellCallOutputContentParam as BetaResponseFunctionShellCallOutputContentParam,
    )
    from .beta_response_function_shell_tool_call import (
        BetaResponseFunctionShellToolCall as BetaResponseFunctionShellToolCall,
    )
    from .beta_response_function_shell_tool_call_output import (
        BetaResponseFunctionShellToolCallOutput as BetaResponseFunctionShellToolCallOutput,
    )
    from .beta_response_function_tool_call import BetaResponseFunctionToolCall as BetaResponseFunctionToolCall
    from .beta_response_function_tool_call_item import (
        BetaResponseFunctionToolCallItem as BetaResponseFunctionToolCallItem,
    )
    from .beta_response_function_tool_call_output_item import (
        BetaResponseFunctionToolCallOutputItem as BetaResponseFunctionToolCallOutputItem,
    )
    from .beta_response_function_tool_call_param import (
        BetaResponseFunctionToolCallParam as BetaResponseFunctionToolCallParam,
    )
    from .beta_response_function_web_search import BetaResponseFunctionWebSearch as BetaResponseFunctionWebSearch
    from .beta_response_function_web_search_param import (
        BetaResponseFunctionWebSearchParam as BetaResponseFunctionWebSearchParam,
    )
    from .beta_response_image_gen_call_completed_event import (
        BetaResponseImageGenCallCompletedEvent as BetaResponseImageGenCallCompletedEvent,
    )
    from .beta_response_image_gen_call_generating_event import (
        BetaResponseImageGenCallGeneratingEvent as BetaResponseImageGenCallGeneratingEvent,
    )
    from .beta_response_image_gen_call_in_progress_event import (
        BetaResponseImageGenCallInProgressEvent as BetaResponseImageGenCallInProgressEvent,
    )
    from .beta_response_image_gen_call_partial_image_event import (
        BetaResponseImageGenCallPartialImageEvent as BetaResponseImageGenCallPartialImageEvent,
    )
    from .beta_response_in_progress_event import BetaResponseInProgressEvent as BetaResponseInProgressEvent
    from .beta_response_includable import BetaResponseIncludable as BetaResponseIncludable
    from .beta_response_incomplete_event import BetaResponseIncompleteEvent as BetaResponseIncompleteEvent
    from .beta_response_inject_created_event import BetaResponseInjectCreatedEvent as BetaResponseInjectCreatedEvent
    from .beta_response_inject_event import BetaResponseInjectEvent as BetaResponseInjectEvent
    from .beta_response_inject_event_param import BetaResponseInjectEventParam as BetaResponseInjectEventParam
    from .beta_response_inject_failed_event import BetaResponseInjectFailedEvent as BetaResponseInjectFailedEvent
    from .beta_response_input import BetaResponseInput as BetaResponseInput
    from .beta_response_input_content import BetaResponseInputContent as BetaResponseInputContent
    from .beta_response_input_content_param import BetaResponseInputContentParam as BetaResponseInputContentParam
    from .beta_response_input_file import BetaResponseInputFile as BetaResponseInputFile
    from .beta_response_input_file_content import BetaResponseInputFileContent as BetaResponseInputFileContent
    from .beta_response_input_file_content_param import (
        BetaResponseInputFileContentParam as BetaResponseInputFileContentParam,
    )
    from .beta_response_input_file_param import BetaResponseInputFileParam as BetaResponseInputFileParam
    from .beta_response_input_image import BetaResponseInputImage as BetaResponseInputImage
    from .beta_response_input_image_content import BetaResponseInputImageContent as BetaResponseInputImageContent
    from .beta_response_input_image_content_param import (
        BetaResponseInputImageContentParam as BetaResponseInputImageContentParam,
    )
    from .beta_response_input_image_param import BetaResponseInputImageParam as BetaResponseInputImageParam
    from .beta_response_input_item import BetaResponseInputItem as BetaResponseInputItem
    from .beta_response_input_item_param import BetaResponseInputItemParam as BetaResponseInputItemParam
    from .beta_response_input_message_content_list import (
        BetaResponseInputMessageContentList as BetaResponseInputMessageContentList,
    )
    from .beta_response_input_message_content_list_param import (
        BetaResponseInputMessageContentListParam as BetaResponseInputMessageContentListParam,
    )
    from .beta_response_input_message_item import BetaResponseInputMessageItem as BetaResponseInputMessageItem
    from .beta_response_input_param import BetaResponseInputParam as BetaResponseInputParam
    from .beta_response_input_text import BetaResponseInputText as BetaResponseInputText
    from .beta_response_input_text_content import BetaResponseInputTextContent as BetaResponseInputTextContent
    from .beta_response_input_text_content_param import (
        BetaResponseInputTextContentParam as BetaResponseInputTextContentParam,
    )
    from .beta_response_input_text_param import BetaResponseInputTextParam as BetaResponseInputTextParam
    from .beta_response_item import BetaResponseItem as BetaResponseItem
    from .beta_response_local_environment import BetaResponseLocalEnvironment as BetaResponseLocalEnvironment
    from .beta_response_mcp_call_arguments_delta_event import (
        BetaResponseMcpCallArgumentsDeltaEvent as BetaResponseMcpCallArgumentsDeltaEvent,
    )
    from .beta_response_mcp_call_arguments_done_event import (
        BetaResponseMcpCallArgumentsDoneEvent as BetaResponseMcpCallArgumentsDoneEvent,
    )
    from .beta_response_mcp_call_completed_event import (
        BetaResponseMcpCallCompletedEvent as BetaResponseMcpCallCompletedEvent,
    )
    from .beta_response_mcp_call_failed_event import BetaResponseMcpCallFailedEvent as BetaResponseMcpCallFailedEvent
    from .beta_response_mcp_call_in_progress_event import (
        BetaResponseMcpCallInProgressEvent as BetaResponseMcpCallInProgressEvent,
    )
    from .beta_response_mcp_list_tools_completed_event import (
        BetaResponseMcpListToolsCompletedEvent as BetaResponseMcpListToolsCompletedEvent,
    )
    from .beta_response_mcp_list_tools_failed_event import (
        BetaResponseMcpListToolsFailedEvent as BetaResponseMcpListToolsFailedEvent,
    )
    from .beta_response_mcp_list_tools_in_progress_event import (
        BetaResponseMcpListToolsInProgressEvent as BetaResponseMcpListToolsInProgressEvent,
    )
    from .beta_response_output_item import BetaResponseOutputItem as BetaResponseOutputItem
    from .beta_response_output_item_added_event import (
        BetaResponseOutputItemAddedEvent as BetaResponseOutputItemAddedEvent,
    )
    from .beta_response_output_item_done_event import BetaResponseOutputItemDoneEvent as BetaResponseOutputItemDoneEvent
    from .beta_response_output_message import BetaResponseOutputMessage as BetaResponseOutputMessage
    from .beta_response_output_message_param import BetaResponseOutputMessageParam as BetaResponseOutputMessageParam
    from .beta_response_output_refusal import BetaResponseOutputRefusal as BetaResponseOutputRefusal
    from .beta_response_output_refusal_param import BetaResponseOutputRefusalParam as BetaResponseOutputRefusalParam
    from .beta_response_output_text import BetaResponseOutputText as BetaResponseOutputText
    from .beta_response_output_text_annotation_added_event import (
        BetaResponseOutputTextAnnotationAddedEvent as BetaResponseOutputTextAnnotationAddedEvent,
    )
    from .beta_response_output_text_param import BetaResponseOutputTextParam as BetaResponseOutputTextParam
    from .beta_response_prompt import BetaResponsePrompt as BetaResponsePrompt
    from .beta_response_prompt_param import BetaResponsePromptParam as BetaResponsePromptParam
    from .beta_response_queued_event import BetaResponseQueuedEvent as BetaResponseQueuedEvent
    from .beta_response_reasoning_item import BetaResponseReasoningItem as BetaResponseReasoningItem
    from .beta_response_reasoning_item_param import BetaResponseReasoningItemParam as BetaResponseReasoningItemParam
    from .beta_response_reasoning_summary_part_added_event import (
        BetaResponseReasoningSummaryPartAddedEvent as BetaResponseReasoningSummaryPartAddedEvent,
    )
    from .beta_response_reasoning_summary_part_done_event import (
        BetaResponseReasoningSummaryPartDoneEvent as BetaResponseReasoningSummaryPartDoneEvent,
    )
    from .beta_response_reasoning_summary_text_delta_event import (
        BetaResponseReasoningSummaryTextDeltaEvent as BetaResponseReasoningSummaryTextDeltaEvent,
    )
    from .beta_response_reasoning_summary_text_done_event import (
        BetaResponseReasoningSummaryTextDoneEvent as BetaResponseReasoningSummaryTextDoneEvent,
    )
    from .beta_response_reasoning_text_delta_event import (
        BetaResponseReasoningTextDeltaEvent as BetaResponseReasoningTextDeltaEvent,
    )
    from .beta_response_reasoning_text_done_event import (
        BetaResponseReasoningTextDoneEvent as BetaResponseReasoningTextDoneEvent,
    )
    from .beta_response_refusal_delta_event import BetaResponseRefusalDeltaEvent as BetaResponseRefusalDeltaEvent
    from .beta_response_refusal_done_event import BetaResponseRefusalDoneEvent as BetaResponseRefusalDoneEvent
    from .beta_response_status import BetaResponseStatus as BetaResponseStatus
    from .beta_response_stream_event import BetaResponseStreamEvent as BetaResponseStreamEvent
    from .beta_response_text_config import BetaResponseTextConfig as BetaResponseTextConfig
    from .beta_response_text_config_param import BetaResponseTextConfigParam as BetaResponseTextConfigParam
    from .beta_response_text_delta_event import BetaResponseTextDeltaEvent as BetaResponseTextDeltaEvent
    from .beta_response_text_done_event import BetaResponseTextDoneEvent as BetaResponseTextDoneEvent
    from .beta_response_tool_search_call import BetaResponseToolSearchCall as BetaResponseToolSearchCall
    from .beta_response_tool_search_output_item import (
        BetaResponseToolSearchOutputItem as BetaResponseToolSearchOutputItem,
    )
    from .beta_response_tool_search_output_item_param import (
        BetaResponseToolSearchOutputItemParam as BetaResponseToolSearchOutputItemParam,
    )
    from .beta_response_tool_search_output_item_param_param import (
        BetaResponseToolSearchOutputItemParamParam as BetaResponseToolSearchOutputItemParamParam,
    )
    from .beta_response_usage import BetaResponseUsage as BetaResponseUsage
    from .beta_response_web_search_call_completed_event import (
        BetaResponseWebSearchCallCompletedEvent as BetaResponseWebSearchCallCompletedEvent,
    )
    from .beta_response_web_search_call_in_progress_event import (
        BetaResponseWebSearchCallInProgressEvent as BetaResponseWebSearchCallInProgressEvent,
    )
    from .beta_response_web_search_call_searching_event import (
        BetaResponseWebSearchCallSearchingEvent as BetaResponseWebSearchCallSearchingEvent,
    )
    from .beta_responses_client_event import BetaResponsesClientEvent as BetaResponsesClientEvent
    from .beta_responses_client_event_param import BetaResponsesClientEventParam as BetaResponsesClientEventParam
    from .beta_responses_server_event import BetaResponsesServerEvent as BetaResponsesServerEvent
    from .beta_skill_reference import BetaSkillReference as BetaSkillReference
    from .beta_skill_reference_param import BetaSkillReferenceParam as BetaSkillReferenceParam
    from .beta_tool import BetaTool as BetaTool
    from .beta_tool_choice_allowed import BetaToolChoiceAllowed as BetaToolChoiceAllowed
    from .beta_tool_choice_allowed_param import BetaToolChoiceAllowedParam as BetaToolChoiceAllowedParam
    from .beta_tool_choice_apply_patch import BetaToolChoiceApplyPatch as BetaToolChoiceApplyPatch
    from .beta_tool_choice_apply_patch_param import BetaToolChoiceApplyPatchParam as BetaToolChoiceApplyPatchParam
    from .beta_tool_choice_custom import BetaToolChoiceCustom as BetaToolChoiceCustom
    from .beta_tool_choice_custom_param import BetaToolChoiceCustomParam as BetaToolChoiceCustomParam
    from .beta_tool_choice_function import BetaToolChoiceFunction as BetaToolChoiceFunction
    from .beta_tool_choice_function_param import BetaToolChoiceFunctionParam as BetaToolChoiceFunctionParam
    from .beta_tool_choice_mcp import BetaToolChoiceMcp as BetaToolChoiceMcp
    from .beta_tool_choice_mcp_param import BetaToolChoiceMcpParam as BetaToolChoiceMcpParam
    from .beta_tool_choice_options import BetaToolChoiceOptions as BetaToolChoiceOptions
    from .beta_tool_choice_shell import BetaToolChoiceShell as BetaToolChoiceShell
    from .beta_tool_choice_shell_param import BetaToolChoiceShellParam as BetaToolChoiceShellParam
    from .beta_tool_choice_types import BetaToolChoiceTypes as BetaToolChoiceTypes
    from .beta_tool_choice_types_param import BetaToolChoiceTypesParam as BetaToolChoiceTypesParam
    from .beta_tool_param import BetaToolParam as BetaToolParam
    from .beta_tool_search_tool import BetaToolSearchTool as BetaToolSearchTool
    from .beta_tool_search_tool_param import BetaToolSearchToolParam as BetaToolSearchToolParam
    from .beta_web_search_preview_tool import BetaWebSearchPreviewTool as BetaWebSearchPreviewTool
    from .beta_web_search_preview_tool_param import BetaWebSearchPreviewToolParam as BetaWebSearchPreviewToolParam
    from .beta_web_search_tool import BetaWebSearchTool as BetaWebSearchTool
    from .beta_web_search_tool_param import BetaWebSearchToolParam as BetaWebSearchToolParam
    from .chatkit_workflow import ChatKitWorkflow as ChatKitWorkflow
    from .code_interpreter_tool import CodeInterpreterTool as CodeInterpreterTool
    from .code_interpreter_tool_param import CodeInterpreterToolParam as CodeInterpreterToolParam
    from .file_search_tool import FileSearchTool as FileSearchTool
    from .file_search_tool_param import FileSearchToolParam as FileSearchToolParam
    from .function_tool import FunctionTool as FunctionTool
    from .function_tool_param import FunctionToolParam as FunctionToolParam
    from .response_compact_params import ResponseCompactParams as ResponseCompactParams
    from .response_create_params import ResponseCreateParams as ResponseCreateParams
    from .response_retrieve_params import ResponseRetrieveParams as ResponseRetrieveParams
    from .thread import Thread as Thread
    from .thread_create_and_run_params import ThreadCreateAndRunParams as ThreadCreateAndRunParams
    from .thread_create_params import ThreadCreateParams as ThreadCreateParams
    from .thread_deleted import ThreadDeleted as ThreadDeleted
    from .thread_update_params import ThreadUpdateParams as ThreadUpdateParams

__all__ = [
    "Assistant",
    "AssistantCreateParams",
    "AssistantDeleted",
    "AssistantListParams",
    "AssistantResponseFormatOption",
    "AssistantResponseFormatOptionParam",
    "AssistantStreamEvent",
    "AssistantTool",
    "AssistantToolChoice",
    "AssistantToolChoiceFunction",
    "AssistantToolChoiceFunctionParam",
    "AssistantToolChoiceOption",
    "AssistantToolChoiceOptionParam",
    "AssistantToolChoiceParam",
    "AssistantToolParam",
    "AssistantUpdateParams",
    "BetaApplyPatchTool",
    "BetaApplyPatchToolParam",
    "BetaCompactedResponse",
    "BetaComputerAction",
    "BetaComputerActionList",
    "BetaComputerActionListParam",
    "BetaComputerActionParam",
    "BetaComputerTool",
    "BetaComputerToolParam",
    "BetaComputerUsePreviewTool",
    "BetaComputerUsePreviewToolParam",
    "BetaContainerAuto",
    "BetaContainerAutoParam",
    "BetaContainerNetworkPolicyAllowlist",
    "BetaContainerNetworkPolicyAllowlistParam",
    "BetaContainerNetworkPolicyDisabled",
    "BetaContainerNetworkPolicyDisabledParam",
    "BetaContainerNetworkPolicyDomainSecret",
    "BetaContainerNetworkPolicyDomainSecretParam",
    "BetaContainerReference",
    "BetaContainerReferenceParam",
    "BetaCustomTool",
    "BetaCustomToolParam",
    "BetaEasyInputMessage",
    "BetaEasyInputMessageParam",
    "BetaFileSearchTool",
    "BetaFileSearchToolParam",
    "BetaFunctionShellTool",
    "BetaFunctionShellToolParam",
    "BetaFunctionTool",
    "BetaFunctionToolParam",
    "BetaInlineSkill",
    "BetaInlineSkillParam",
    "BetaInlineSkillSource",
    "BetaInlineSkillSourceParam",
    "BetaLocalEnvironment",
    "BetaLocalEnvironmentParam",
    "BetaLocalSkill",
    "BetaLocalSkillParam",
    "BetaNamespaceTool",
    "BetaNamespaceToolParam",
    "BetaResponse",
    "BetaResponseApplyPatchToolCall",
    "BetaResponseApplyPatchToolCallOutput",
    "BetaResponseAudioDeltaEvent",
    "BetaResponseAudioDoneEvent",
    "BetaResponseAudioTranscriptDeltaEvent",
    "BetaResponseAudioTranscriptDoneEvent",
    "BetaResponseCodeInterpreterCallCodeDeltaEvent",
    "BetaResponseCodeInterpreterCallCodeDoneEvent",
    "BetaResponseCodeInterpreterCallCompletedEvent",
    "BetaResponseCodeInterpreterCallInProgressEvent",
    "BetaResponseCodeInterpreterCallInterpretingEvent",
    "BetaResponseCodeInterpreterToolCall",
    "BetaResponseCodeInterpreterToolCallParam",
    "BetaResponseCompactionItem",
    "BetaResponseCompactionItemParam",
    "BetaResponseCompactionItemParamParam",
    "BetaResponseCompletedEvent",
    "BetaResponseComputerToolCall",
    "BetaResponseComputerToolCallOutputItem",
    "BetaResponseComputerToolCallOutputScreenshot",
    "BetaResponseComputerToolCallOutputScreenshotParam",
    "BetaResponseComputerToolCallParam",
    "BetaResponseContainerReference",
    "BetaResponseContentPartAddedEvent",
    "BetaResponseContentPartDoneEvent",
    "BetaResponseConversationParam",
    "BetaResponseConversationParamParam",
    "BetaResponseCreatedEvent",
    "BetaResponseCustomToolCall",
    "BetaResponseCustomToolCallInputDeltaEvent",
    "BetaResponseCustomToolCallInputDoneEvent",
    "BetaResponseCustomToolCallItem",
    "BetaResponseCustomToolCallOutput",
    "BetaResponseCustomToolCallOutputItem",
    "BetaResponseCustomToolCallOutputParam",
    "BetaResponseCustomToolCallParam",
    "BetaResponseError",
    "BetaResponseErrorEvent",
    "BetaResponseFailedEvent",
    "BetaResponseFileSearchCallCompletedEvent",
    "BetaResponseFileSearchCallInProgressEvent",
    "BetaResponseFileSearchCallSearchingEvent",
    "BetaResponseFileSearchToolCall",
    "BetaResponseFileSearchToolCallParam",
    "BetaResponseFormatTextConfig",
    "BetaResponseFormatTextConfigParam",
    "BetaResponseFormatTextJSONSchemaConfig",
    "BetaResponseFormatTextJSONSchemaConfigParam",
    "BetaResponseFunctionCallArgumentsDeltaEvent",
    "BetaResponseFunctionCallArgumentsDoneEvent",
    "BetaResponseFunctionCallOutputItem",
    "BetaResponseFunctionCallOutputItemList",
    "BetaResponseFunctionCallOutputItemListParam",
    "BetaResponseFunctionCallOutputItemParam",
    "BetaResponseFunctionShellCallOutputContent",
    "BetaResponseFunctionShellCallOutputContentParam",
    "BetaResponseFunctionShellToolCall",
    "BetaResponseFunctionShellToolCallOutput",
    "BetaResponseFunctionToolCall",
    "BetaResponseFunctionToolCallItem",
    "BetaResponseFunctionToolCallOutputItem",
    "BetaResponseFunctionToolCallParam",
    "BetaResponseFunctionWebSearch",
    "BetaResponseFunctionWebSearchParam",
    "BetaResponseImageGenCallCompletedEvent",
    "BetaResponseImageGenCallGeneratingEvent",
    "BetaResponseImageGenCallInProgressEvent",
    "BetaResponseImageGenCallPartialImageEvent",
    "BetaResponseInProgressEvent",
    "BetaResponseIncludable",
    "BetaResponseIncompleteEvent",
    "BetaResponseInjectCreatedEvent",
    "BetaResponseInjectEvent",
    "BetaResponseInjectEventParam",
    "BetaResponseInjectFailedEvent",
    "BetaResponseInput",
    "BetaResponseInputContent",
    "BetaResponseInputContentParam",
    "BetaResponseInputFile",
    "BetaResponseInputFileContent",
    "BetaResponseInputFileContentParam",
    "BetaResponseInputFileParam",
    "BetaResponseInputImage",
    "BetaResponseInputImageContent",
    "BetaResponseInputImageContentParam",
    "BetaResponseInputImageParam",
    "BetaResponseInputItem",
    "BetaResponseInputItemParam",
    "BetaResponseInputMessageContentList",
    "BetaResponseInputMessageContentListParam",
    "BetaResponseInputMessageItem",
    "BetaResponseInputParam",
    "BetaResponseInputText",
    "BetaResponseInputTextContent",
    "BetaResponseInputTextContentParam",
    "BetaResponseInputTextParam",
    "BetaResponseItem",
    "BetaResponseLocalEnvironment",
    "BetaResponseMcpCallArgumentsDeltaEvent",
    "BetaResponseMcpCallArgumentsDoneEvent",
    "BetaResponseMcpCallCompletedEvent",
    "BetaResponseMcpCallFailedEvent",
    "BetaResponseMcpCallInProgressEvent",
    "BetaResponseMcpListToolsCompletedEvent",
    "BetaResponseMcpListToolsFailedEvent",
    "BetaResponseMcpListToolsInProgressEvent",
    "BetaResponseOutputItem",
    "BetaResponseOutputItemAddedEvent",
    "BetaResponseOutputItemDoneEvent",
    "BetaResponseOutputMessage",
    "BetaResponseOutputMessageParam",
    "BetaResponseOutputRefusal",
    "BetaResponseOutputRefusalParam",
    "BetaResponseOutputText",
    "BetaResponseOutputTextAnnotationAddedEvent",
    "BetaResponseOutputTextParam",
    "BetaResponsePrompt",
    "BetaResponsePromptParam",
    "BetaResponseQueuedEvent",
    "BetaResponseReasoningItem",
    "BetaResponseReasoningItemParam",
    "BetaResponseReasoningSummaryPartAddedEvent",
    "BetaResponseReasoningSummaryPartDoneEvent",
    "BetaResponseReasoningSummaryTextDeltaEvent",
    "BetaResponseReasoningSummaryTextDoneEvent",
    "BetaResponseReasoningTextDeltaEvent",
    "BetaResponseReasoningTextDoneEvent",
    "BetaResponseRefusalDeltaEvent",
    "BetaResponseRefusalDoneEvent",
    "BetaResponseStatus",
    "BetaResponseStreamEvent",
    "BetaResponseTextConfig",
    "BetaResponseTextConfigParam",
    "BetaResponseTextDeltaEvent",
    "BetaResponseTextDoneEvent",
    "BetaResponseToolSearchCall",
    "BetaResponseToolSearchOutputItem",
    "BetaResponseToolSearchOutputItemParam",
    "BetaResponseToolSearchOutputItemParamParam",
    "BetaResponseUsage",
    "BetaResponseWebSearchCallCompletedEvent",
    "BetaResponseWebSearchCallInProgressEvent",
    "BetaResponseWebSearchCallSearchingEvent",
    "BetaResponsesClientEvent",
    "BetaResponsesClientEventParam",
    "BetaResponsesServerEvent",
    "BetaSkillReference",
    "BetaSkillReferenceParam",
    "BetaTool",
    "BetaToolChoiceAllowed",
    "BetaToolChoiceAllowedParam",
    "BetaToolChoiceApplyPatch",
    "BetaToolChoiceApplyPatchParam",
    "BetaToolChoiceCustom",
    "BetaToolChoiceCustomParam",
    "BetaToolChoiceFunction",
    "BetaToolChoiceFunctionParam",
    "BetaToolChoiceMcp",
    "BetaToolChoiceMcpParam",
    "BetaToolChoiceOptions",
    "BetaToolChoiceShell",
    "BetaToolChoiceShellParam",
    "BetaToolChoiceTypes",
    "BetaToolChoiceTypesParam",
    "BetaToolParam",
    "BetaToolSearchTool",
    "BetaToolSearchToolParam",
    "BetaWebSearchPreviewTool",
    "BetaWebSearchPreviewToolParam",
    "BetaWebSearchTool",
    "BetaWebSearchToolParam",
    "ChatKitWorkflow",
    "CodeInterpreterTool",
    "CodeInterpreterToolParam",
    "FileSearchTool",
    "FileSearchToolParam",
    "FunctionTool",
    "FunctionToolParam",
    "ResponseCompactParams",
    "ResponseCreateParams",
    "ResponseRetrieveParams",
    "Thread",
    "ThreadCreateAndRunParams",
    "ThreadCreateParams",
    "ThreadDeleted",
    "ThreadUpdateParams",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "Assistant": ".assistant",
    "AssistantCreateParams": ".assistant_create_params",
    "AssistantDeleted": ".assistant_deleted",
    "AssistantListParams": ".assistant_list_params",
    "AssistantResponseFormatOption": ".assistant_response_format_option",
    "AssistantResponseFormatOptionParam": ".assistant_response_format_option_param",
    "AssistantStreamEvent": ".assistant_stream_event",
    "AssistantTool": ".assistant_tool",
    "AssistantToolChoice": ".assistant_tool_choice",
    "AssistantToolChoiceFunction": ".assistant_tool_choice_function",
    "AssistantToolChoiceFunctionParam": ".assistant_tool_choice_function_param",
    "AssistantToolChoiceOption": ".assistant_tool_choice_option",
    "AssistantToolChoiceOptionParam": ".assistant_tool_choice_option_param",
    "AssistantToolChoiceParam": ".assistant_tool_choice_param",
    "AssistantToolParam": ".assistant_tool_param",
    "AssistantUpdateParams": ".assistant_update_params",
    "BetaApplyPatchTool": ".beta_apply_patch_tool",
    "BetaApplyPatchToolParam": ".beta_apply_patch_tool_param",
    "BetaCompactedResponse": ".beta_compacted_response",
    "BetaComputerAction": ".beta_computer_action",
    "BetaComputerActionList": ".beta_computer_action_list",
    "BetaComputerActionListParam": ".beta_computer_action_list_param",
    "BetaComputerActionParam": ".beta_computer_action_param",
    "BetaComputerTool": ".beta_computer_tool",
    "BetaComputerToolParam": ".beta_computer_tool_param",
    "BetaComputerUsePreviewTool": ".beta_computer_use_preview_tool",
    "BetaComputerUsePreviewToolParam": ".beta_computer_use_preview_tool_param",
    "BetaContainerAuto": ".beta_container_auto",
    "BetaContainerAutoParam": ".beta_container_auto_param",
    "BetaContainerNetworkPolicyAllowlist": ".beta_container_network_policy_allowlist",
    "BetaContainerNetworkPolicyAllowlistParam": ".beta_container_network_policy_allowlist_param",
    "BetaContainerNetworkPolicyDisabled": ".beta_container_network_policy_disabled",
    "BetaContainerNetworkPolicyDisabledParam": ".beta_container_network_policy_disabled_param",
    "BetaContainerNetworkPolicyDomainSecret": ".beta_container_network_policy_domain_secret",
    "BetaContainerNetworkPolicyDomainSecretParam": ".beta_container_network_policy_domain_secret_param",
    "BetaContainerReference": ".beta_container_reference",
    "BetaContainerReferenceParam": ".beta_container_reference_param",
    "BetaCustomTool": ".beta_custom_tool",
    "BetaCustomToolParam": ".beta_custom_tool_param",
    "BetaEasyInputMessage": ".beta_easy_input_message",
    "BetaEasyInputMessageParam": ".beta_easy_input_message_param",
    "BetaFileSearchTool": ".beta_file_search_tool",
    "BetaFileSearchToolParam": ".beta_file_search_tool_param",
    "BetaFunctionShellTool": ".beta_function_shell_tool",
    "BetaFunctionShellToolParam": ".beta_function_shell_tool_param",
    "BetaFunctionTool": ".beta_function_tool",
    "BetaFunctionToolParam": ".beta_function_tool_param",
    "BetaInlineSkill": ".beta_inline_skill",
    "BetaInlineSkillParam": ".beta_inline_skill_param",
    "BetaInlineSkillSource": ".beta_inline_skill_source",
    "BetaInlineSkillSourceParam": ".beta_inline_skill_source_param",
    "BetaLocalEnvironment": ".beta_local_environment",
    "BetaLocalEnvironmentParam": ".beta_local_environment_param",
    "BetaLocalSkill": ".beta_local_skill",
    "BetaLocalSkillParam": ".beta_local_skill_param",
    "BetaNamespaceTool": ".beta_namespace_tool",
    "BetaNamespaceToolParam": ".beta_namespace_tool_param",
    "BetaResponse": ".beta_response",
    "BetaResponseApplyPatchToolCall": ".beta_response_apply_patch_tool_call",
    "BetaResponseApplyPatchToolCallOutput": ".beta_response_apply_patch_tool_call_output",
    "BetaResponseAudioDeltaEvent": ".beta_response_audio_delta_event",
    "BetaResponseAudioDoneEvent": ".beta_response_audio_done_event",
    "BetaResponseAudioTranscriptDeltaEvent": ".beta_response_audio_transcript_delta_event",
    "BetaResponseAudioTranscriptDoneEvent": ".beta_response_audio_transcript_done_event",
    "BetaResponseCodeInterpreterCallCodeDeltaEvent": ".beta_response_code_interpreter_call_code_delta_event",
    "BetaResponseCodeInterpreterCallCodeDoneEvent": ".beta_response_code_interpreter_call_code_done_event",
    "BetaResponseCodeInterpreterCallCompletedEvent": ".beta_response_code_interpreter_call_completed_event",
    "BetaResponseCodeInterpreterCallInProgressEvent": ".beta_response_code_interpreter_call_in_progress_event",
    "BetaResponseCodeInterpreterCallInterpretingEvent": ".beta_response_code_interpreter_call_interpreting_event",
    "BetaResponseCodeInterpreterToolCall": ".beta_response_code_interpreter_tool_call",
    "BetaResponseCodeInterpreterToolCallParam": ".beta_response_code_interpreter_tool_call_param",
    "BetaResponseCompactionItem": ".beta_response_compaction_item",
    "BetaResponseCompactionItemParam": ".beta_response_compaction_item_param",
    "BetaResponseCompactionItemParamParam": ".beta_response_compaction_item_param_param",
    "BetaResponseCompletedEvent": ".beta_response_completed_event",
    "BetaResponseComputerToolCall": ".beta_response_computer_tool_call",
    "BetaResponseComputerToolCallOutputItem": ".beta_response_computer_tool_call_output_item",
    "BetaResponseComputerToolCallOutputScreenshot": ".beta_response_computer_tool_call_output_screenshot",
    "BetaResponseComputerToolCallOutputScreenshotParam": ".beta_response_computer_tool_call_output_screenshot_param",
    "BetaResponseComputerToolCallParam": ".beta_response_computer_tool_call_param",
    "BetaResponseContainerReference": ".beta_response_container_reference",
    "BetaResponseContentPartAddedEvent": ".beta_response_content_part_added_event",
    "BetaResponseContentPartDoneEvent": ".beta_response_content_part_done_event",
    "BetaResponseConversationParam": ".beta_response_conversation_param",
    "BetaResponseConversationParamParam": ".beta_response_conversation_param_param",
    "BetaResponseCreatedEvent": ".beta_response_created_event",
    "BetaResponseCustomToolCall": ".beta_response_custom_tool_call",
    "BetaResponseCustomToolCallInputDeltaEvent": ".beta_response_custom_tool_call_input_delta_event",
    "BetaResponseCustomToolCallInputDoneEvent": ".beta_response_custom_tool_call_input_done_event",
    "BetaResponseCustomToolCallItem": ".beta_response_custom_tool_call_item",
    "BetaResponseCustomToolCallOutput": ".beta_response_custom_tool_call_output",
    "BetaResponseCustomToolCallOutputItem": ".beta_response_custom_tool_call_output_item",
    "BetaResponseCustomToolCallOutputParam": ".beta_response_custom_tool_call_output_param",
    "BetaResponseCustomToolCallParam": ".beta_response_custom_tool_call_param",
    "BetaResponseError": ".beta_response_error",
    "BetaResponseErrorEvent": ".beta_response_error_event",
    "BetaResponseFailedEvent": ".beta_response_failed_event",
    "BetaResponseFileSearchCallCompletedEvent": ".beta_response_file_search_call_completed_event",
    "BetaResponseFileSearchCallInProgressEvent": ".beta_response_file_search_call_in_progress_event",
    "BetaResponseFileSearchCallSearchingEvent": ".beta_response_file_search_call_searching_event",
    "BetaResponseFileSearchToolCall": ".beta_response_file_search_tool_call",
    "BetaResponseFileSearchToolCallParam": ".beta_response_file_search_tool_call_param",
    "BetaResponseFormatTextConfig": ".beta_response_format_text_config",
    "BetaResponseFormatTextConfigParam": ".beta_response_format_text_config_param",
    "BetaResponseFormatTextJSONSchemaConfig": ".beta_response_format_text_json_schema_config",
    "BetaResponseFormatTextJSONSchemaConfigParam": ".beta_response_format_text_json_schema_config_param",
    "BetaResponseFunctionCallArgumentsDeltaEvent": ".beta_response_function_call_arguments_delta_event",
    "BetaResponseFunctionCallArgumentsDoneEvent": ".beta_response_function_call_arguments_done_event",
    "BetaResponseFunctionCallOutputItem": ".beta_response_function_call_output_item",
    "BetaResponseFunctionCallOutputItemList": ".beta_response_function_call_output_item_list",
    "BetaResponseFunctionCallOutputItemListParam": ".beta_response_function_call_output_item_list_param",
    "BetaResponseFunctionCallOutputItemParam": ".beta_response_function_call_output_item_param",
    "BetaResponseFunctionShellCallOutputContent": ".beta_response_function_shell_call_output_content",
    "BetaResponseFunctionShellCallOutputContentParam": ".beta_response_function_shell_call_output_content_param",
    "BetaResponseFunctionShellToolCall": ".beta_response_function_shell_tool_call",
    "BetaResponseFunctionShellToolCallOutput": ".beta_response_function_shell_tool_call_output",
    "BetaResponseFunctionToolCall": ".beta_response_function_tool_call",
    "BetaResponseFunctionToolCallItem": ".beta_response_function_tool_call_item",
    "BetaResponseFunctionToolCallOutputItem": ".beta_response_function_tool_call_output_item",
    "BetaResponseFunctionToolCallParam": ".beta_response_function_tool_call_param",
    "BetaResponseFunctionWebSearch": ".beta_response_function_web_search",
    "BetaResponseFunctionWebSearchParam": ".beta_response_function_web_search_param",
    "BetaResponseImageGenCallCompletedEvent": ".beta_response_image_gen_call_completed_event",
    "BetaResponseImageGenCallGeneratingEvent": ".beta_response_image_gen_call_generating_event",
    "BetaResponseImageGenCallInProgressEvent": ".beta_response_image_gen_call_in_progress_event",
    "BetaResponseImageGenCallPartialImageEvent": ".beta_response_image_gen_call_partial_image_event",
    "BetaResponseInProgressEvent": ".beta_response_in_progress_event",
    "BetaResponseIncludable": ".beta_response_includable",
    "BetaResponseIncompleteEvent": ".beta_response_incomplete_event",
    "BetaResponseInjectCreatedEvent": ".beta_response_inject_created_event",
    "BetaResponseInjectEvent": ".beta_response_inject_event",
    "BetaResponseInjectEventParam": ".beta_response_inject_event_param",
    "BetaResponseInjectFailedEvent": ".beta_response_inject_failed_event",
    "BetaResponseInput": ".beta_response_input",
    "BetaResponseInputContent": ".beta_response_input_content",
    "BetaResponseInputContentParam": ".beta_response_input_content_param",
    "BetaResponseInputFile": ".beta_response_input_file",
    "BetaResponseInputFileContent": ".beta_response_input_file_content",
    "BetaResponseInputFileContentParam": ".beta_response_input_file_content_param",
    "BetaResponseInputFileParam": ".beta_response_input_file_param",
    "BetaResponseInputImage": ".beta_response_input_image",
    "BetaResponseInputImageContent": ".beta_response_input_image_content",
    "BetaResponseInputImageContentParam": ".beta_response_input_image_content_param",
    "BetaResponseInputImageParam": ".beta_response_input_image_param",
    "BetaResponseInputItem": ".beta_response_input_item",
    "BetaResponseInputItemParam": ".beta_response_input_item_param",
    "BetaResponseInputMessageContentList": ".beta_response_input_message_content_list",
    "BetaResponseInputMessageContentListParam": ".beta_response_input_message_content_list_param",
    "BetaResponseInputMessageItem": ".beta_response_input_message_item",
    "BetaResponseInputParam": ".beta_response_input_param",
    "BetaResponseInputText": ".beta_response_input_text",
    "BetaResponseInputTextContent": ".beta_response_input_text_content",
    "BetaResponseInputTextContentParam": ".beta_response_input_text_content_param",
    "BetaResponseInputTextParam": ".beta_response_input_text_param",
    "BetaResponseItem": ".beta_response_item",
    "BetaResponseLocalEnvironment": ".beta_response_local_environment",
    "BetaResponseMcpCallArgumentsDeltaEvent": ".beta_response_mcp_call_arguments_delta_event",
    "BetaResponseMcpCallArgumentsDoneEvent": ".beta_response_mcp_call_arguments_done_event",
    "BetaResponseMcpCallCompletedEvent": ".beta_response_mcp_call_completed_event",
    "BetaResponseMcpCallFailedEvent": ".beta_response_mcp_call_failed_event",
    "BetaResponseMcpCallInProgressEvent": ".beta_response_mcp_call_in_progress_event",
    "BetaResponseMcpListToolsCompletedEvent": ".beta_response_mcp_list_tools_completed_event",
    "BetaResponseMcpListToolsFailedEvent": ".beta_response_mcp_list_tools_failed_event",
    "BetaResponseMcpListToolsInProgressEvent": ".beta_response_mcp_list_tools_in_progress_event",
    "BetaResponseOutputItem": ".beta_response_output_item",
    "BetaResponseOutputItemAddedEvent": ".beta_response_output_item_added_event",
    "BetaResponseOutputItemDoneEvent": ".beta_response_output_item_done_event",
    "BetaResponseOutputMessage": ".beta_response_output_message",
    "BetaResponseOutputMessageParam": ".beta_response_output_message_param",
    "BetaResponseOutputRefusal": ".beta_response_output_refusal",
    "BetaResponseOutputRefusalParam": ".beta_response_output_refusal_param",
    "BetaResponseOutputText": ".beta_response_output_text",
    "BetaResponseOutputTextAnnotationAddedEvent": ".beta_response_output_text_annotation_added_event",
    "BetaResponseOutputTextParam": ".beta_response_output_text_param",
    "BetaResponsePrompt": ".beta_response_prompt",
    "BetaResponsePromptParam": ".beta_response_prompt_param",
    "BetaResponseQueuedEvent": ".beta_response_queued_event",
    "BetaResponseReasoningItem": ".beta_response_reasoning_item",
    "BetaResponseReasoningItemParam": ".beta_response_reasoning_item_param",
    "BetaResponseReasoningSummaryPartAddedEvent": ".beta_response_reasoning_summary_part_added_event",
    "BetaResponseReasoningSummaryPartDoneEvent": ".beta_response_reasoning_summary_part_done_event",
    "BetaResponseReasoningSummaryTextDeltaEvent": ".beta_response_reasoning_summary_text_delta_event",
    "BetaResponseReasoningSummaryTextDoneEvent": ".beta_response_reasoning_summary_text_done_event",
    "BetaResponseReasoningTextDeltaEvent": ".beta_response_reasoning_text_delta_event",
    "BetaResponseReasoningTextDoneEvent": ".beta_response_reasoning_text_done_event",
    "BetaResponseRefusalDeltaEvent": ".beta_response_refusal_delta_event",
    "BetaResponseRefusalDoneEvent": ".beta_response_refusal_done_event",
    "BetaResponseStatus": ".beta_response_status",
    "BetaResponseStreamEvent": ".beta_response_stream_event",
    "BetaResponseTextConfig": ".beta_response_text_config",
    "BetaResponseTextConfigParam": ".beta_response_text_config_param",
    "BetaResponseTextDeltaEvent": ".beta_response_text_delta_event",
    "BetaResponseTextDoneEvent": ".beta_response_text_done_event",
    "BetaResponseToolSearchCall": ".beta_response_tool_search_call",
    "BetaResponseToolSearchOutputItem": ".beta_response_tool_search_output_item",
    "BetaResponseToolSearchOutputItemParam": ".beta_response_tool_search_output_item_param",
    "BetaResponseToolSearchOutputItemParamParam": ".beta_response_tool_search_output_item_param_param",
    "BetaResponseUsage": ".beta_response_usage",
    "BetaResponseWebSearchCallCompletedEvent": ".beta_response_web_search_call_completed_event",
    "BetaResponseWebSearchCallInProgressEvent": ".beta_response_web_search_call_in_progress_event",
    "BetaResponseWebSearchCallSearchingEvent": ".beta_response_web_search_call_searching_event",
    "BetaResponsesClientEvent": ".beta_responses_client_event",
    "BetaResponsesClientEventParam": ".beta_responses_client_event_param",
    "BetaResponsesServerEvent": ".beta_responses_server_event",
    "BetaSkillReference": ".beta_skill_reference",
    "BetaSkillReferenceParam": ".beta_skill_reference_param",
    "BetaTool": ".beta_tool",
    "BetaToolChoiceAllowed": ".beta_tool_choice_allowed",
    "BetaToolChoiceAllowedParam": ".beta_tool_choice_allowed_param",
    "BetaToolChoiceApplyPatch": ".beta_tool_choice_apply_patch",
    "BetaToolChoiceApplyPatchParam": ".beta_tool_choice_apply_patch_param",
    "BetaToolChoiceCustom": ".beta_tool_choice_custom",
    "BetaToolChoiceCustomParam": ".beta_tool_choice_custom_param",
    "BetaToolChoiceFunction": ".beta_tool_choice_function",
    "BetaToolChoiceFunctionParam": ".beta_tool_choice_function_param",
    "BetaToolChoiceMcp": ".beta_tool_choice_mcp",
    "BetaToolChoiceMcpParam": ".beta_tool_choice_mcp_param",
    "BetaToolChoiceOptions": ".beta_tool_choice_options",
    "BetaToolChoiceShell": ".beta_tool_choice_shell",
    "BetaToolChoiceShellParam": ".beta_tool_choice_shell_param",
    "BetaToolChoiceTypes": ".beta_tool_choice_types",
    "BetaToolChoiceTypesParam": ".beta_tool_choice_types_param",
    "BetaToolParam": ".beta_tool_param",
    "BetaToolSearchTool": ".beta_tool_search_tool",
    "BetaToolSearchToolParam": ".beta_tool_search_tool_param",
    "BetaWebSearchPreviewTool": ".beta_web_search_preview_tool",
    "BetaWebSearchPreviewToolParam": ".beta_web_search_preview_tool_param",
    "BetaWebSearchTool": ".beta_web_search_tool",
    "BetaWebSearchToolParam": ".beta_web_search_tool_param",
    "ChatKitWorkflow": ".chatkit_workflow",
    "CodeInterpreterTool": ".code_interpreter_tool",
    "CodeInterpreterToolParam": ".code_interpreter_tool_param",
    "FileSearchTool": ".file_search_tool",
    "FileSearchToolParam": ".file_search_tool_param",
    "FunctionTool": ".function_tool",
    "FunctionToolParam": ".function_tool_param",
    "ResponseCompactParams": ".response_compact_params",
    "ResponseCreateParams": ".response_create_params",
    "ResponseRetrieveParams": ".response_retrieve_params",
    "Thread": ".thread",
    "ThreadCreateAndRunParams": ".thread_create_and_run_params",
    "ThreadCreateParams": ".thread_create_params",
    "ThreadDeleted": ".thread_deleted",
    "ThreadUpdateParams": ".thread_update_params",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "assistant",
        "assistant_create_params",
        "assistant_deleted",
        "assistant_list_params",
        "assistant_response_format_option",
        "assistant_response_format_option_param",
        "assistant_stream_event",
        "assistant_tool",
        "assistant_tool_choice",
        "assistant_tool_choice_function",
        "assistant_tool_choice_function_param",
        "assistant_tool_choice_option",
        "assistant_tool_choice_option_param",
        "assistant_tool_choice_param",
        "assistant_tool_param",
        "assistant_update_params",
        "beta_apply_patch_tool",
        "beta_apply_patch_tool_param",
        "beta_compacted_response",
        "beta_computer_action",
        "beta_computer_action_list",
        "beta_computer_action_list_param",
        "beta_computer_action_param",
        "beta_computer_tool",
        "beta_computer_tool_param",
        "beta_computer_use_preview_tool",
        "beta_computer_use_preview_tool_param",
        "beta_container_auto",
        "beta_container_auto_param",
        "beta_container_network_policy_allowlist",
        "beta_container_network_policy_allowlist_param",
        "beta_container_network_policy_disabled",
        "beta_container_network_policy_disabled_param",
        "beta_container_network_policy_domain_secret",
        "beta_container_network_policy_domain_secret_param",
        "beta_container_reference",
        "beta_container_reference_param",
        "beta_custom_tool",
        "beta_custom_tool_param",
        "beta_easy_input_message",
        "beta_easy_input_message_param",
        "beta_file_search_tool",
        "beta_file_search_tool_param",
        "beta_function_shell_tool",
        "beta_function_shell_tool_param",
        "beta_function_tool",
        "beta_function_tool_param",
        "beta_inline_skill",
        "beta_inline_skill_param",
        "beta_inline_skill_source",
        "beta_inline_skill_source_param",
        "beta_local_environment",
        "beta_local_environment_param",
        "beta_local_skill",
        "beta_local_skill_param",
        "beta_namespace_tool",
        "beta_namespace_tool_param",
        "beta_response",
        "beta_response_apply_patch_tool_call",
        "beta_response_apply_patch_tool_call_output",
        "beta_response_audio_delta_event",
        "beta_response_audio_done_event",
        "beta_response_audio_transcript_delta_event",
        "beta_response_audio_transcript_done_event",
        "beta_response_code_interpreter_call_code_delta_event",
        "beta_response_code_interpreter_call_code_done_event",
        "beta_response_code_interpreter_call_completed_event",
        "beta_response_code_interpreter_call_in_progress_event",
        "beta_response_code_interpreter_call_interpreting_event",
        "beta_response_code_interpreter_tool_call",
        "beta_response_code_interpreter_tool_call_param",
        "beta_response_compaction_item",
        "beta_response_compaction_item_param",
        "beta_response_compaction_item_param_param",
        "beta_response_completed_event",
        "beta_response_computer_tool_call",
        "beta_response_computer_tool_call_output_item",
        "beta_response_computer_tool_call_output_screenshot",
        "beta_response_computer_tool_call_output_screenshot_param",
        "beta_response_computer_tool_call_param",
        "beta_response_container_reference",
        "beta_response_content_part_added_event",
        "beta_response_content_part_done_event",
        "beta_response_conversation_param",
        "beta_response_conversation_param_param",
        "beta_response_created_event",
        "beta_response_custom_tool_call",
        "beta_response_custom_tool_call_input_delta_event",
        "beta_response_custom_tool_call_input_done_event",
        "beta_response_custom_tool_call_item",
        "beta_response_custom_tool_call_output",
        "beta_response_custom_tool_call_output_item",
        "beta_response_custom_tool_call_output_param",
        "beta_response_custom_tool_call_param",
        "beta_response_error",
        "beta_response_error_event",
        "beta_response_failed_event",
        "beta_response_file_search_call_completed_event",
        "beta_response_file_search_call_in_progress_event",
        "beta_response_file_search_call_searching_event",
        "beta_response_file_search_tool_call",
        "beta_response_file_search_tool_call_param",
        "beta_response_format_text_config",
        "beta_response_format_text_config_param",
        "beta_response_format_text_json_schema_config",
        "beta_response_format_text_json_schema_config_param",
        "beta_response_function_call_arguments_delta_event",
        "beta_response_function_call_arguments_done_event",
        "beta_response_function_call_output_item",
        "beta_response_function_call_output_item_list",
        "beta_response_function_call_output_item_list_param",
        "beta_response_function_call_output_item_param",
        "beta_response_function_shell_call_output_content",
        "beta_response_function_shell_call_output_content_param",
        "beta_response_function_shell_tool_call",
        "beta_response_function_shell_tool_call_output",
        "beta_response_function_tool_call",
        "beta_response_function_tool_call_item",
        "beta_response_function_tool_call_output_item",
        "beta_response_function_tool_call_param",
        "beta_response_function_web_search",
        "beta_response_function_web_search_param",
        "beta_response_image_gen_call_completed_event",
        "beta_response_image_gen_call_generating_event",
        "beta_response_image_gen_call_in_progress_event",
        "beta_response_image_gen_call_partial_image_event",
        "beta_response_in_progress_event",
        "beta_response_includable",
        "beta_response_incomplete_event",
        "beta_response_inject_created_event",
        "beta_response_inject_event",
        "beta_response_inject_event_param",
        "beta_response_inject_failed_event",
        "beta_response_input",
        "beta_response_input_content",
        "beta_response_input_content_param",
        "beta_response_input_file",
        "beta_response_input_file_content",
        "beta_response_input_file_content_param",
        "beta_response_input_file_param",
        "beta_response_input_image",
        "beta_response_input_image_content",
        "beta_response_input_image_content_param",
        "beta_response_input_image_param",
        "beta_response_input_item",
        "beta_response_input_item_param",
        "beta_response_input_message_content_list",
        "beta_response_input_message_content_list_param",
        "beta_response_input_message_item",
        "beta_response_input_param",
        "beta_response_input_text",
        "beta_response_input_text_content",
        "beta_response_input_text_content_param",
        "beta_response_input_text_param",
        "beta_response_item",
        "beta_response_local_environment",
        "beta_response_mcp_call_arguments_delta_event",
        "beta_response_mcp_call_arguments_done_event",
        "beta_response_mcp_call_completed_event",
        "beta_response_mcp_call_failed_event",
        "beta_response_mcp_call_in_progress_event",
        "beta_response_mcp_list_tools_completed_event",
        "beta_response_mcp_list_tools_failed_event",
        "beta_response_mcp_list_tools_in_progress_event",
        "beta_response_output_item",
        "beta_response_output_item_added_event",
        "beta_response_output_item_done_event",
        "beta_response_output_message",
        "beta_response_output_message_param",
        "beta_response_output_refusal",
        "beta_response_output_refusal_param",
        "beta_response_output_text",
        "beta_response_output_text_annotation_added_event",
        "beta_response_output_text_param",
        "beta_response_prompt",
        "beta_response_prompt_param",
        "beta_response_queued_event",
        "beta_response_reasoning_item",
        "beta_response_reasoning_item_param",
        "beta_response_reasoning_summary_part_added_event",
        "beta_response_reasoning_summary_part_done_event",
        "beta_response_reasoning_summary_text_delta_event",
        "beta_response_reasoning_summary_text_done_event",
        "beta_response_reasoning_text_delta_event",
        "beta_response_reasoning_text_done_event",
        "beta_response_refusal_delta_event",
        "beta_response_refusal_done_event",
        "beta_response_status",
        "beta_response_stream_event",
        "beta_response_text_config",
        "beta_response_text_config_param",
        "beta_response_text_delta_event",
        "beta_response_text_done_event",
        "beta_response_tool_search_call",
        "beta_response_tool_search_output_item",
        "beta_response_tool_search_output_item_param",
        "beta_response_tool_search_output_item_param_param",
        "beta_response_usage",
        "beta_response_web_search_call_completed_event",
        "beta_response_web_search_call_in_progress_event",
        "beta_response_web_search_call_searching_event",
        "beta_responses_client_event",
        "beta_responses_client_event_param",
        "beta_responses_server_event",
        "beta_skill_reference",
        "beta_skill_reference_param",
        "beta_tool",
        "beta_tool_choice_allowed",
        "beta_tool_choice_allowed_param",
        "beta_tool_choice_apply_patch",
        "beta_tool_choice_apply_patch_param",
        "beta_tool_choice_custom",
        "beta_tool_choice_custom_param",
        "beta_tool_choice_function",
        "beta_tool_choice_function_param",
        "beta_tool_choice_mcp",
        "beta_tool_choice_mcp_param",
        "beta_tool_choice_options",
        "beta_tool_choice_shell",
        "beta_tool_choice_shell_param",
        "beta_tool_choice_types",
        "beta_tool_choice_types_param",
        "beta_tool_param",
        "beta_tool_search_tool",
        "beta_tool_search_tool_param",
        "beta_web_search_preview_tool",
        "beta_web_search_preview_tool_param",
        "beta_web_search_tool",
        "beta_web_search_tool_param",
        "chatkit",
        "chatkit_workflow",
        "code_interpreter_tool",
        "code_interpreter_tool_param",
        "file_search_tool",
        "file_search_tool_param",
        "function_tool",
        "function_tool_param",
        "realtime",
        "response_compact_params",
        "response_create_params",
        "response_retrieve_params",
        "responses",
        "thread",
        "thread_create_and_run_params",
        "thread_create_params",
        "thread_deleted",
        "thread_update_params",
        "threads",
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
