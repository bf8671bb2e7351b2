# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List
from typing_extensions import Literal, TypedDict


__all__ = ["InputItemListParams"]


class InputItemListParams(TypedDict, total=False):
    after: str
    include: List[
        Literal[
            "file_search_call.results",
            "web_search_call.results",
            "web_search_call.action.sources",
            "message.input_image.image_url",
            "computer_call_output.output.image_url",
            "code_interpreter_call.outputs",
            "reasoning.encrypted_content",
            "message.output_text.logprobs",
        ]
    ]
    limit: int
    order: Literal["asc", "desc"]
