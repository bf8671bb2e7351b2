# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .annotation import Annotation as Annotation
    from .annotation_delta import AnnotationDelta as AnnotationDelta
    from .file_citation_annotation import FileCitationAnnotation as FileCitationAnnotation
    from .file_citation_delta_annotation import FileCitationDeltaAnnotation as FileCitationDeltaAnnotation
    from .file_path_annotation import FilePathAnnotation as FilePathAnnotation
    from .file_path_delta_annotation import FilePathDeltaAnnotation as FilePathDeltaAnnotation
    from .image_file import ImageFile as ImageFile
    from .image_file_content_block import ImageFileContentBlock as ImageFileContentBlock
    from .image_file_content_block_param import ImageFileContentBlockParam as ImageFileContentBlockParam
    from .image_file_delta import ImageFileDelta as ImageFileDelta
    from .image_file_delta_block import ImageFileDeltaBlock as ImageFileDeltaBlock
    from .image_file_param import ImageFileParam as ImageFileParam
    from .image_url import ImageURL as ImageURL
    from .image_url_content_block import ImageURLContentBlock as ImageURLContentBlock
    from .image_url_content_block_param import ImageURLContentBlockParam as ImageURLContentBlockParam
    from .image_url_delta import ImageURLDelta as ImageURLDelta
    from .image_url_delta_block import ImageURLDeltaBlock as ImageURLDeltaBlock
    from .image_url_param import ImageURLParam as ImageURLParam
    from .message import Message as Message
    from .message_content import MessageContent as MessageContent
    from .message_content_delta import MessageContentDelta as MessageContentDelta
    from .message_content_part_param import MessageContentPartParam as MessageContentPartParam
    from .message_create_params import MessageCreateParams as MessageCreateParams
    from .message_deleted import MessageDeleted as MessageDeleted
    from .message_delta import MessageDelta as MessageDelta
    from .message_delta_event import MessageDeltaEvent as MessageDeltaEvent
    from .message_list_params import MessageListParams as MessageListParams
    from .message_update_params import MessageUpdateParams as MessageUpdateParams
    from .refusal_content_block import RefusalContentBlock as RefusalContentBlock
    from .refusal_delta_block import RefusalDeltaBlock as RefusalDeltaBlock
    from .required_action_function_tool_call import RequiredActionFunctionToolCall as RequiredActionFunctionToolCall
    from .run import Run as Run
    from .run_create_params import RunCreateParams as RunCreateParams
    from .run_list_params import RunListParams as RunListParams
    from .run_status import RunStatus as RunStatus
    from .run_submit_tool_outputs_params import RunSubmitToolOutputsParams as RunSubmitToolOutputsParams
    from .run_update_params import RunUpdateParams as RunUpdateParams
    from .text import Text as Text
    from .text_content_block import TextContentBlock as TextContentBlock
    from .text_content_block_param import TextContentBlockParam as TextContentBlockParam
    from .text_delta import TextDelta as TextDelta
    from .text_delta_block import TextDeltaBlock as TextDeltaBlock

__all__ = [
    "Annotation",
    "AnnotationDelta",
    "FileCitationAnnotation",
    "FileCitationDeltaAnnotation",
    "FilePathAnnotation",
    "FilePathDeltaAnnotation",
    "ImageFile",
    "ImageFileContentBlock",
    "ImageFileContentBlockParam",
    "ImageFileDelta",
    "ImageFileDeltaBlock",
    "ImageFileParam",
    "ImageURL",
    "ImageURLContentBlock",
    "ImageURLContentBlockParam",
    "ImageURLDelta",
    "ImageURLDeltaBlock",
    "ImageURLParam",
    "Message",
    "MessageContent",
    "MessageContentDelta",
    "MessageContentPartParam",
    "MessageCreateParams",
    "MessageDeleted",
    "MessageDelta",
    "MessageDeltaEvent",
    "MessageListParams",
    "MessageUpdateParams",
    "RefusalContentBlock",
    "RefusalDeltaBlock",
    "RequiredActionFunctionToolCall",
    "Run",
    "RunCreateParams",
    "RunListParams",
    "RunStatus",
    "RunSubmitToolOutputsParams",
    "RunUpdateParams",
    "Text",
    "TextContentBlock",
    "TextContentBlockParam",
    "TextDelta",
    "TextDeltaBlock",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "Annotation": ".annotation",
    "AnnotationDelta": ".annotation_delta",
    "FileCitationAnnotation": ".file_citation_annotation",
    "FileCitationDeltaAnnotation": ".file_citation_delta_annotation",
    "FilePathAnnotation": ".file_path_annotation",
    "FilePathDeltaAnnotation": ".file_path_delta_annotation",
    "ImageFile": ".image_file",
    "ImageFileContentBlock": ".image_file_content_block",
    "ImageFileContentBlockParam": ".image_file_content_block_param",
    "ImageFileDelta": ".image_file_delta",
    "ImageFileDeltaBlock": ".image_file_delta_block",
    "ImageFileParam": ".image_file_param",
    "ImageURL": ".image_url",
    "ImageURLContentBlock": ".image_url_content_block",
    "ImageURLContentBlockParam": ".image_url_content_block_param",
    "ImageURLDelta": ".image_url_delta",
    "ImageURLDeltaBlock": ".image_url_delta_block",
    "ImageURLParam": ".image_url_param",
    "Message": ".message",
    "MessageContent": ".message_content",
    "MessageContentDelta": ".message_content_delta",
    "MessageContentPartParam": ".message_content_part_param",
    "MessageCreateParams": ".message_create_params",
    "MessageDeleted": ".message_deleted",
    "MessageDelta": ".message_delta",
    "MessageDeltaEvent": ".message_delta_event",
    "MessageListParams": ".message_list_params",
    "MessageUpdateParams": ".message_update_params",
    "RefusalContentBlock": ".refusal_content_block",
    "RefusalDeltaBlock": ".refusal_delta_block",
    "RequiredActionFunctionToolCall": ".required_action_function_tool_call",
    "Run": ".run",
    "RunCreateParams": ".run_create_params",
    "RunListParams": ".run_list_params",
    "RunStatus": ".run_status",
    "RunSubmitToolOutputsParams": ".run_submit_tool_outputs_params",
    "RunUpdateParams": ".run_update_params",
    "Text": ".text",
    "TextContentBlock": ".text_content_block",
    "TextContentBlockParam": ".text_content_block_param",
    "TextDelta": ".text_delta",
    "TextDeltaBlock": ".text_delta_block",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "annotation",
        "annotation_delta",
        "file_citation_annotation",
        "file_citation_delta_annotation",
        "file_path_annotation",
        "file_path_delta_annotation",
        "image_file",
        "image_file_content_block",
        "image_file_content_block_param",
        "image_file_delta",
        "image_file_delta_block",
        "image_file_param",
        "image_url",
        "image_url_content_block",
        "image_url_content_block_param",
        "image_url_delta",
        "image_url_delta_block",
        "image_url_param",
        "message",
        "message_content",
        "message_content_delta",
        "message_content_part_param",
        "message_create_params",
        "message_deleted",
        "message_delta",
        "message_delta_event",
        "message_list_params",
        "message_update_params",
        "refusal_content_block",
        "refusal_delta_block",
        "required_action_function_tool_call",
        "run",
        "run_create_params",
        "run_list_params",
        "run_status",
        "run_submit_tool_outputs_params",
        "run_update_params",
        "runs",
        "text",
        "text_content_block",
        "text_content_block_param",
        "text_delta",
        "text_delta_block",
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
