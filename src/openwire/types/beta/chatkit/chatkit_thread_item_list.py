# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ...._models import BaseModel
from .chatkit_thread_assistant_message_item import ChatKitThreadAssistantMessageItem
from .chatkit_thread_user_message_item import ChatKitThreadUserMessageItem
from .chatkit_widget_item import ChatKitWidgetItem

__all__ = [
    "ChatKitThreadItemList",
    "Data",
    "DataChatKitClientToolCall",
    "DataChatKitTask",
    "DataChatKitTaskGroup",
    "DataChatKitTaskGroupTask",
]


class DataChatKitClientToolCall(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.client_tool_call"]
    status: Literal["in_progress", "completed"]
    call_id: str
    name: str
    arguments: str
    output: Optional[str] = None


class DataChatKitTask(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.task"]
    task_type: Literal["custom", "thought"]
    heading: Optional[str] = None
    summary: Optional[str] = None


class DataChatKitTaskGroupTask(BaseModel):
    type: Literal["custom", "thought"]
    heading: Optional[str] = None
    summary: Optional[str] = None


class DataChatKitTaskGroup(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.task_group"]
    tasks: List[DataChatKitTaskGroupTask]


Data: TypeAlias = Annotated[
    Union[
        ChatKitThreadUserMessageItem,
        ChatKitThreadAssistantMessageItem,
        ChatKitWidgetItem,
        DataChatKitClientToolCall,
        DataChatKitTask,
        DataChatKitTaskGroup,
    ],
    Field(discriminator="type"),
]


class ChatKitThreadItemList(BaseModel):
    object: Literal["list"]
    data: List[Data]
    has_more: bool
    first_id: Optional[str] = None
    last_id: Optional[str] = None
