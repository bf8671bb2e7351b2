# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from ..chat_model import ChatModel
from .beta_response_input_item_param import BetaResponseInputItemParam

__all__ = ["PromptCacheOptions", "ResponseCompactParams"]


class PromptCacheOptions(TypedDict, total=False):
    mode: Literal["implicit", "explicit"]
    ttl: Literal["30m"]


class ResponseCompactParams(TypedDict, total=False):
    model: Required[
        Optional[
            Union[
                str,
                "ChatModel",
                Literal[
                    "o1-pro",
                    "o1-pro-2025-03-19",
                    "o3-pro",
                    "o3-pro-2025-06-10",
                    "o3-deep-research",
                    "o3-deep-research-2025-06-26",
                    "o4-mini-deep-research",
                    "o4-mini-deep-research-2025-06-26",
                    "computer-use-preview",
                    "computer-use-preview-2025-03-11",
                    "gpt-5-codex",
                    "gpt-5-pro",
                    "gpt-5-pro-2025-10-06",
                    "gpt-5.1-codex-max",
                    "gpt-daybreak-blue-latest",
                    "gpt-daybreak-red-latest",
                    "gpt-5.6-cyber",
                ],
            ]
        ]
    ]
    betas: List[Literal["responses_multi_agent=v1"]]
    input: Optional[Union[str, Iterable["BetaResponseInputItemParam"]]]
    instructions: Optional[str]
    previous_response_id: Optional[str]
    prompt_cache_key: Optional[str]
    prompt_cache_options: Optional["PromptCacheOptions"]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    service_tier: Optional[Literal["auto", "default", "fast", "flex", "priority"]]
