# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .grader_run_params import GraderRunParams as GraderRunParams
    from .grader_run_response import GraderRunResponse as GraderRunResponse
    from .grader_validate_params import GraderValidateParams as GraderValidateParams
    from .grader_validate_response import GraderValidateResponse as GraderValidateResponse

__all__ = ["GraderRunParams", "GraderRunResponse", "GraderValidateParams", "GraderValidateResponse"]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "GraderRunParams": ".grader_run_params",
    "GraderRunResponse": ".grader_run_response",
    "GraderValidateParams": ".grader_validate_params",
    "GraderValidateResponse": ".grader_validate_response",
}
_SUBMODULES: frozenset[str] = frozenset(
    {"grader_run_params", "grader_run_response", "grader_validate_params", "grader_validate_response"}
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
