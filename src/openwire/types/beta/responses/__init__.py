# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .beta_response_item_list import BetaResponseItemList as BetaResponseItemList
    from .input_item_list_params import InputItemListParams as InputItemListParams
    from .input_token_count_params import InputTokenCountParams as InputTokenCountParams
    from .input_token_count_response import InputTokenCountResponse as InputTokenCountResponse

__all__ = ["BetaResponseItemList", "InputItemListParams", "InputTokenCountParams", "InputTokenCountResponse"]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "BetaResponseItemList": ".beta_response_item_list",
    "InputItemListParams": ".input_item_list_params",
    "InputTokenCountParams": ".input_token_count_params",
    "InputTokenCountResponse": ".input_token_count_response",
}
_SUBMODULES: frozenset[str] = frozenset(
    {"beta_response_item_list", "input_item_list_params", "input_token_count_params", "input_token_count_response"}
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
