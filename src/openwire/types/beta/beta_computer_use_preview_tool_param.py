# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaComputerUsePreviewToolParam"]


class BetaComputerUsePreviewToolParam(TypedDict, total=False):
    type: Required[Literal["computer_use_preview"]]
    environment: Required[Literal["windows", "mac", "linux", "ubuntu", "browser"]]
    display_width: Required[int]
    display_height: Required[int]
