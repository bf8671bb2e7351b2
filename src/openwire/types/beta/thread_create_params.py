# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ..shared.metadata import Metadata
from .code_interpreter_tool_param import CodeInterpreterToolParam
from .threads.message_content_part_param import MessageContentPartParam

__all__ = [
    "Message",
    "MessageAttachment",
    "MessageAttachmentTool",
    "MessageAttachmentToolFileSearch",
    "ThreadCreateParams",
    "ToolResources",
    "ToolResourcesCodeInterpreter",
    "ToolResourcesFileSearch",
    "ToolResourcesFileSearchVectorStore",
    "ToolResourcesFileSearchVectorStoreChunkingStrategy",
    "ToolResourcesFileSearchVectorStoreChunkingStrategyAuto",
    "ToolResourcesFileSearchVectorStoreChunkingStrategyStatic",
    "ToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic",
]


class Message(TypedDict, total=False):
    role: Required[Literal["user", "assistant"]]
    content: Required[Union[str, Iterable["MessageContentPartParam"]]]
    attachments: Optional[Iterable["MessageAttachment"]]
    metadata: Optional["Metadata"]


class MessageAttachment(TypedDict, total=False):
    file_id: str
    tools: Iterable["MessageAttachmentTool"]


class MessageAttachmentToolFileSearch(TypedDict, total=False):
    type: Required[Literal["file_search"]]


MessageAttachmentTool: TypeAlias = Union[CodeInterpreterToolParam, MessageAttachmentToolFileSearch]


class ThreadCreateParams(TypedDict, total=False):
    messages: Iterable["Message"]
    metadata: Optional["Metadata"]
    tool_resources: Optional["ToolResources"]


class ToolResources(TypedDict, total=False):
    code_interpreter: "ToolResourcesCodeInterpreter"
    file_search: "ToolResourcesFileSearch"


class ToolResourcesCodeInterpreter(TypedDict, total=False):
    file_ids: SequenceNotStr[str]


class ToolResourcesFileSearch(TypedDict, total=False):
    vector_store_ids: SequenceNotStr[str]
    vector_stores: Iterable["ToolResourcesFileSearchVectorStore"]


class ToolResourcesFileSearchVectorStore(TypedDict, total=False):
    chunking_strategy: "ToolResourcesFileSearchVectorStoreChunkingStrategy"
    file_ids: SequenceNotStr[str]
    metadata: Optional["Metadata"]


class ToolResourcesFileSearchVectorStoreChunkingStrategyAuto(TypedDict, total=False):
    type: Required[Literal["auto"]]


class ToolResourcesFileSearchVectorStoreChunkingStrategyStatic(TypedDict, total=False):
    type: Required[Literal["static"]]
    static: Required["ToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic"]


ToolResourcesFileSearchVectorStoreChunkingStrategy: TypeAlias = Union[
    ToolResourcesFileSearchVectorStoreChunkingStrategyAuto, ToolResourcesFileSearchVectorStoreChunkingStrategyStatic
]


class ToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic(TypedDict, total=False):
    max_chunk_size_tokens: Required[int]
    chunk_overlap_tokens: Required[int]
