# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional
from typing_extensions import TypedDict

from ..responses.response_input_item_param import ResponseInputItemParam
from ..shared.metadata import Metadata

__all__ = ["ConversationCreateParams"]


class ConversationCreateParams(TypedDict, total=False):
    items: Optional[Iterable["ResponseInputItemParam"]]
    metadata: Optional["Metadata"]
