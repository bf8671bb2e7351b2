# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import TypeAlias

from .realtime_tools_config_union import RealtimeToolsConfigUnion

__all__ = ["RealtimeToolsConfig"]

RealtimeToolsConfig: TypeAlias = List[RealtimeToolsConfigUnion]
