# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...shared.metadata import Metadata
from ..code_interpreter_tool_param import CodeInterpreterToolParam
from .message_content_part_param import MessageContentPartParam

__all__ = ["Attachment", "AttachmentTool", "AttachmentToolFileSearch", "MessageCreateParams"]


class Attachment(TypedDict, total=False):
    file_id: str
    tools: Iterable["AttachmentTool"]


class AttachmentToolFileSearch(TypedDict, total=False):
    type: Required[Literal["file_search"]]


AttachmentTool: TypeAlias = Union[CodeInterpreterToolParam, AttachmentToolFileSearch]


class MessageCreateParams(TypedDict, total=False):
    role: Required[Literal["user", "assistant"]]
    content: Required[Union[str, Iterable["MessageContentPartParam"]]]
    attachments: Optional[Iterable["Attachment"]]
    metadata: Optional["Metadata"]
