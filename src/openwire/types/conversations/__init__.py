# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .computer_screenshot_content import ComputerScreenshotContent as ComputerScreenshotContent
    from .conversation import Conversation as Conversation
    from .conversation_create_params import ConversationCreateParams as ConversationCreateParams
    from .conversation_deleted_resource import ConversationDeletedResource as ConversationDeletedResource
    from .conversation_item import ConversationItem as ConversationItem
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .conversation_update_params import ConversationUpdateParams as ConversationUpdateParams
    from .input_file_content import InputFileContent as InputFileContent
    from .input_file_content_param import InputFileContentParam as InputFileContentParam
    from .input_image_content import InputImageContent as InputImageContent
    from .input_image_content_param import InputImageContentParam as InputImageContentParam
    from .input_text_content import InputTextContent as InputTextContent
    from .input_text_content_param import InputTextContentParam as InputTextContentParam
    from .item_create_params import ItemCreateParams as ItemCreateParams
    from .item_list_params import ItemListParams as ItemListParams
    from .item_retrieve_params import ItemRetrieveParams as ItemRetrieveParams
    from .message import Message as Message
    from .output_text_content import OutputTextContent as OutputTextContent
    from .output_text_content_param import OutputTextContentParam as OutputTextContentParam
    from .refusal_content import RefusalContent as RefusalContent
    from .refusal_content_param import RefusalContentParam as RefusalContentParam
    from .summary_text_content import SummaryTextContent as SummaryTextContent
    from .text_content import TextContent as TextContent

__all__ = [
    "ComputerScreenshotContent",
    "Conversation",
    "ConversationCreateParams",
    "ConversationDeletedResource",
    "ConversationItem",
    "ConversationItemList",
    "ConversationUpdateParams",
    "InputFileContent",
    "InputFileContentParam",
    "InputImageContent",
    "InputImageContentParam",
    "InputTextContent",
    "InputTextContentParam",
    "ItemCreateParams",
    "ItemListParams",
    "ItemRetrieveParams",
    "Message",
    "OutputTextContent",
    "OutputTextContentParam",
    "RefusalContent",
    "RefusalContentParam",
    "SummaryTextContent",
    "TextContent",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "ComputerScreenshotContent": ".computer_screenshot_content",
    "Conversation": ".conversation",
    "ConversationCreateParams": ".conversation_create_params",
    "ConversationDeletedResource": ".conversation_deleted_resource",
    "ConversationItem": ".conversation_item",
    "ConversationItemList": ".conversation_item_list",
    "ConversationUpdateParams": ".conversation_update_params",
    "InputFileContent": ".input_file_content",
    "InputFileContentParam": ".input_file_content_param",
    "InputImageContent": ".input_image_content",
    "InputImageContentParam": ".input_image_content_param",
    "InputTextContent": ".input_text_content",
    "InputTextContentParam": ".input_text_content_param",
    "ItemCreateParams": ".item_create_params",
    "ItemListParams": ".item_list_params",
    "ItemRetrieveParams": ".item_retrieve_params",
    "Message": ".message",
    "OutputTextContent": ".output_text_content",
    "OutputTextContentParam": ".output_text_content_param",
    "RefusalContent": ".refusal_content",
    "RefusalContentParam": ".refusal_content_param",
    "SummaryTextContent": ".summary_text_content",
    "TextContent": ".text_content",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "computer_screenshot_content",
        "conversation",
        "conversation_create_params",
        "conversation_deleted_resource",
        "conversation_item",
        "conversation_item_list",
        "conversation_update_params",
        "input_file_content",
        "input_file_content_param",
        "input_image_content",
        "input_image_content_param",
        "input_text_content",
        "input_text_content_param",
        "item_create_params",
        "item_list_params",
        "item_retrieve_params",
        "message",
        "output_text_content",
        "output_text_content_param",
        "refusal_content",
        "refusal_content_param",
        "summary_text_content",
        "text_content",
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
