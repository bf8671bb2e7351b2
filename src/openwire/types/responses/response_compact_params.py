# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from ..shared.responses_model import ResponsesModel
from .response_input_item_param import ResponseInputItemParam

__all__ = ["PromptCacheOptions", "ResponseCompactParams"]


class PromptCacheOptions(TypedDict, total=False):
    mode: Literal["implicit", "explicit"]
    ttl: Literal["30m"]


class ResponseCompactParams(TypedDict, total=False):
    model: Required[Optional[Union["ResponsesModel", str]]]
    input: Optional[Union[str, Iterable["ResponseInputItemParam"]]]
    instructions: Optional[str]
    previous_response_id: Optional[str]
    prompt_cache_key: Optional[str]
    prompt_cache_options: Optional["PromptCacheOptions"]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    service_tier: Optional[Literal["auto", "default", "fast", "flex", "priority"]]
